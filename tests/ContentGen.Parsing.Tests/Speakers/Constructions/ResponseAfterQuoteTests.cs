namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A response's noun brought on after the quote by a verb of coming or a copula (<c>"…," came the
/// reply from X</c>, <c>« … », fut la réponse de X</c>, <c>„…“, lautete die Antwort von X</c>): the one
/// named after the noun speaks. A reply given to someone, or a verb that does something to the
/// reply ("criticised the reply of X"), names no speaker.
/// </summary>
public sealed class ResponseAfterQuoteTests
{
    [Theory]
    [InlineData("en", "\"We are still waiting,\" came the reply from Ann Lee.", "Ann Lee")]
    [InlineData("fr", "« Nous attendons toujours », fut la réponse de Anne Roy.", "Anne Roy")]
    [InlineData("fr", "« Nous attendons toujours », a été la réponse de Anne Roy.", "Anne Roy")]
    [InlineData("es", "«Seguimos esperando», fue la respuesta de Ana Ruiz.", "Ana Ruiz")]
    [InlineData("it", "«Stiamo ancora aspettando», è stata la risposta di Anna Rossi.", "Anna Rossi")]
    [InlineData("pt", "«Continuamos à espera», foi a resposta de Ana Rocha.", "Ana Rocha")]
    [InlineData("de", "„Wir warten noch immer“, lautete die Antwort von Ute Kranz.", "Ute Kranz")]
    [InlineData("nl", "\"We wachten nog steeds\", luidde het antwoord van Els Smit.", "Els Smit")]
    public void TheOneWhoseReplyItIs_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("en", "\"We are still waiting,\" came the reply to Ann Lee.")]
    [InlineData("es", "«Seguimos esperando», criticó la respuesta de Ana Ruiz.")]
    [InlineData("fr", "« Nous attendons toujours », fut la réponse à Anne Roy.")]
    [InlineData("de", "„Wir warten noch immer“, lautete die Antwort an Ute Kranz.")]
    [InlineData("it", "«Stiamo ancora aspettando», è stata la risposta di Anna Rossi al sindaco.")]
    public void AReplyToSomeoneOrActedOn_NamesNoSpeaker(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));
}
