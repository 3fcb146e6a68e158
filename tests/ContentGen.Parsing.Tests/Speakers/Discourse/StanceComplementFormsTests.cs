namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A reflexive verb of stance whose complement is the quote, in the forms a reporter writes it:
/// Portuguese joins the reflexive after the verb (<c>Rui Matos mostrou-se «surpreendido»</c>), and a
/// party in lower case may stand in brackets after a name set off by commas (<c>Le maire, Jean Roux
/// (divers droite), s'est dit « abasourdi »</c>), as an acronym could before.
/// </summary>
public sealed class StanceComplementFormsTests
{
    [Theory]
    [InlineData("pt", "Rui Matos mostrou-se «surpreendido».", "Rui Matos")]
    [InlineData("pt", "O presidente da câmara, Rui Matos, mostrou-se «surpreendido». A autarquia não foi avisada.", "Rui Matos")]
    [InlineData("fr", "Le maire de Villers, Jean Roux (divers droite), s'est dit « abasourdi ». La commune n'a pas été prévenue.", "Jean Roux")]
    [InlineData("fr", "Le maire de Villers, Jean Roux (divers droite), a dénoncé « un scandale ».", "Jean Roux")]
    [InlineData("es", "El alcalde de Villaseca, Luis Pardo (independiente), se mostró «indignado».", "Luis Pardo")]
    [InlineData("it", "Il sindaco di Valmora, Gianni Valli (lista civica), si è detto «sconcertato».", "Gianni Valli")]
    public void TheSubjectOfTheStance_SaysTheQuotedWord(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guard: a second person joined after the bracket makes no one the subject.
    [Theory]
    [InlineData("fr", "Le maire de Villers, Jean Roux (divers droite) et Paul Marin, se sont dits « abasourdis ».")]
    public void TwoPeopleJoined_AreNoOneSubject(string language, string paragraph)
        => Assert.NotEqual("Jean Roux", ProbeArticle.LastSpeaker(language, paragraph));
}
