namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A person named in full and described at once by a relative clause set off by its comma, with no
/// person acting on them ("That answer did not satisfy Mark Dunn, who chairs the film society."), is
/// brought in: the next pronoun cue means them, not whoever spoke in the paragraph before
/// (SpeakerFinder.RelativeClauseNewcomer.cs). A person who opens the sentence and acts on the name, a
/// pronoun that opens it, or a list of two leave the pronoun as it was.
/// </summary>
public sealed class RelativeClauseNewcomerTests
{
    [Theory]
    [InlineData("en", "That answer did not satisfy Mark Dunn, who chairs the film society. \"The council found money for a car park,\" he said.", "Mark Dunn")]
    [InlineData("fr", "Cette réponse n'a pas convaincu Marc Dubois, qui préside le ciné-club. « La mairie a trouvé de l'argent pour un parking », a-t-il dit.", "Marc Dubois")]
    [InlineData("de", "Wenig begeistert zeigte sich Markus Dorn, der den Filmclub leitet. „Für einen Parkplatz war Geld da“, sagte er.", "Markus Dorn")]
    [InlineData("es", "La respuesta no convenció a Marcos Durán, que preside el cineclub. «Para un aparcamiento sí hubo dinero», dijo.", "Marcos Durán")]
    [InlineData("it", "La risposta non ha convinto Marco Dondi, che presiede il cineforum. «Per un parcheggio i soldi li hanno trovati», ha detto.", "Marco Dondi")]
    [InlineData("pt", "A resposta não convenceu Marco Duarte, que preside ao cineclube. “Para um parque de estacionamento houve dinheiro”, disse.", "Marco Duarte")]
    [InlineData("nl", "Niet overtuigd is Mark Donker, die de filmclub voorzit. \"Voor een parkeerplaats was wel geld\", zei hij.", "Mark Donker")]
    [InlineData("en", "One of the new players is Mark Dunn, who fled Eritrea last year. He speaks through an interpreter. \"Here you do not wait, you run,\" he says.", "Mark Dunn")]
    [InlineData("nl", "Een van de nieuwe spelers is Mark Donker, die vorig jaar uit Eritrea vluchtte. Hij spreekt via een tolk. \"Hier wacht je niet, hier ren je\", zegt hij.", "Mark Donker")]
    public void ANameDescribedByARelativeClause_IsWhomTheNextPronounMeans(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a person opens the sentence and acts on the name, or a pronoun opens it: the
    // paragraph stays with them, and the pronoun with the earlier speaker, as before.
    [Theory]
    [InlineData("en", "The mayor thanked Mark Dunn, who chairs the film society. \"The council found money for a car park,\" he said.")]
    [InlineData("en", "He pointed to Mark Dunn, who chairs the film society. \"The council found money for a car park,\" he said.")]
    [InlineData("fr", "Le maire a remercié Marc Dubois, qui préside le ciné-club. « La mairie a trouvé de l'argent pour un parking », a-t-il dit.")]
    [InlineData("fr", "Il a salué Marc Dubois, qui préside le ciné-club. « La mairie a trouvé de l'argent pour un parking », a-t-il dit.")]
    [InlineData("es", "El alcalde agradeció a Marcos Durán, que preside el cineclub. «Para un aparcamiento sí hubo dinero», dijo.")]
    [InlineData("it", "Il sindaco ha ringraziato Marco Dondi, che presiede il cineforum. «Per un parcheggio i soldi li hanno trovati», ha detto.")]
    [InlineData("pt", "O presidente agradeceu a Marco Duarte, que preside ao cineclube. “Para um parque de estacionamento houve dinheiro”, disse.")]
    [InlineData("de", "Er verwies auf Markus Dorn, der den Filmclub leitet. „Für einen Parkplatz war Geld da“, sagte er.")]
    [InlineData("nl", "Hij wees naar Mark Donker, die de filmclub voorzit. \"Voor een parkeerplaats was wel geld\", zei hij.")]
    public void APersonOrPronounActingOnTheName_KeepsTheEarlierSpeaker(string language, string paragraph)
        => Assert.Equal(ProbeArticle.EarlierSpeakerName(language), ProbeArticle.LastSpeaker(language, paragraph));

    // Guard: two people described so are a list; neither is whom the pronoun means.
    [Theory]
    [InlineData("en", "That answer did not satisfy Mark Dunn, who chairs the film society, and Jon Vale, who runs the café. \"The council found money for a car park,\" he said.")]
    [InlineData("es", "La respuesta no convenció a Marcos Durán, que preside el cineclub, y a Luis Vidal, que lleva el bar. «Para un aparcamiento sí hubo dinero», dijo.")]
    public void TwoPeopleDescribedSo_AreAListAndNeitherIsMeant(string language, string paragraph)
    {
        var speaker = ProbeArticle.LastSpeaker(language, paragraph);
        Assert.NotEqual("Mark Dunn", speaker);
        Assert.NotEqual("Marcos Durán", speaker);
    }
}
