using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// After an opening phrase of place or time and its comma, an indefinite article and a person's
/// noun open the clause a colon ends: someone unnamed, described by the noun, speaks. No name of
/// the opening phrase is the speaker, and a noun that is no person's says nothing.
/// </summary>
public sealed class UnnamedSubjectAfterOpeningPhraseTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Les parents n'y croient plus", paragraphs);

    [Theory]
    [InlineData("Devant l'école Jean-Moulin, mardi midi, une mère de trois enfants résume le sentiment général : « On n'y croit plus. »", "mère")]
    [InlineData("Devant la mairie, un habitant a déclaré : « Personne ne nous a demandé notre avis. »", "habitant")]
    [InlineData("Outside the school on Tuesday, a mother said: \"Nobody believes it any more.\"", "mother")]
    public void AnIndefinitePersonNounAfterAnOpeningPhrase_IsTheUnnamedSpeaker(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Theory]
    [InlineData("Devant l'école Jean-Moulin, un panneau annonce : « Fermé le lundi. »")]
    [InlineData("Outside the Harbour Hall, a sign said: \"Closed on Mondays.\"")]
    public void AThingsNounAfterAnOpeningPhrase_NamesNoOne(string paragraph)
        => Assert.Null(Speakers(paragraph)[0]);

    [Fact]
    public void ASpokesmanAfterAnOpeningPhrase_SpeaksForTheBodyBefore()
        => Assert.Equal(
            "Harbour Vale University",
            Speakers("Harbour Vale University confirmed the closure. Asked whether the station could be sold, a university spokesman said: \"All options remain on the table.\"")[0]);
}
