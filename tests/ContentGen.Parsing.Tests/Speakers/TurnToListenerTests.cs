using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 69 (TurnToListener.cs): right after someone's quote, a sentence whose only words before the colon are a
/// lead of turning to a listener ("Then, turning to the traders:", "Poi, rivolta ai commercianti:", "Dann, an die
/// Händler gewandt:") goes on with that speaker; the listener speaks no word of it.
/// </summary>
public sealed class TurnToListenerTests
{
    [Theory]
    [InlineData("en", "Then, turning to the traders: \"We will not forget you.\"", "Jane Roe")]
    [InlineData("en", "Turning to the traders: \"We will not forget you.\"", "Jane Roe")]
    [InlineData("fr", "Puis, se tournant vers les commerçants : « Nous ne vous oublierons pas. »", "Julie Caron")]
    [InlineData("fr", "Puis, s'adressant aux commerçants : « Nous ne vous oublierons pas. »", "Julie Caron")]
    [InlineData("de", "Dann, an die Händler gewandt: „Wir vergessen euch nicht.“", "Jana Rau")]
    [InlineData("nl", "Daarna, zich wendend tot de handelaren: \"We vergeten jullie niet.\"", "Anna Roos")]
    [InlineData("es", "Luego, dirigiéndose a los comerciantes: «No os olvidaremos».", "Ana Ruiz")]
    [InlineData("it", "Poi, rivolta ai commercianti: «Non vi dimenticheremo».", "Anna Rossi")]
    [InlineData("pt", "Depois, virando-se para os comerciantes: «Não vos esqueceremos».", "Ana Rocha")]
    public void ALeadOfTurningRightAfterAQuote_GoesOnWithItsSpeaker(string language, string lead, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language) + " " + lead));

    [Theory]
    // A sentence between the quote and the lead: the turn is no longer the speaker's.
    [InlineData("en", "The traders said nothing for a while.", "Then, turning to the traders: \"We will not forget you.\"")]
    [InlineData("it", "I commercianti sono rimasti in silenzio.", "Poi, rivolta ai commercianti: «Non vi dimenticheremo».")]
    [InlineData("de", "Die Händler schwiegen eine Weile.", "Dann, an die Händler gewandt: „Wir vergessen euch nicht.“")]
    public void ALeadOfTurningAfterAnotherSentence_GoesOnWithNoOne(string language, string between, string lead)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language) + " " + between + " " + lead));

    [Theory]
    // A name opening the lead is its own subject; words after the quote say whose it is.
    [InlineData("en", "Tom Hale, turning to the traders: \"We will not forget you.\"")]
    [InlineData("it", "Luca Neri, rivolto ai commercianti: «Non vi dimenticheremo».")]
    [InlineData("es", "Pedro Gil, dirigiéndose a los comerciantes: «No os olvidaremos».")]
    [InlineData("pt", "Depois, virando-se para os comerciantes: «Não vos esqueceremos», gritou um vendedor.")]
    [InlineData("nl", "Daarna, zich wendend tot de handelaren: \"We vergeten jullie niet\", riep een verkoper.")]
    [InlineData("fr", "Puis, se tournant vers les commerçants : « Nous ne vous oublierons pas », a crié un vendeur.")]
    public void ALeadWithASubjectOrAWordAfterTheQuote_IsNotTheSpeakerBefore(string language, string lead)
    {
        var earlier = ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language));
        Assert.NotEqual(earlier, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language) + " " + lead));
    }
}
