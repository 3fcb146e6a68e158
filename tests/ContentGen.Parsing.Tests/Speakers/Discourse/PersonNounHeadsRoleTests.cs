namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A person's noun whose complement holds a role ("explica un vecino del ministro",
/// "diz um assessor do ministro") is the speaker; the role is whose neighbour or aide they are. The role
/// search reading on from the article gave the words to the minister in fr, es, it and pt. Each paragraph
/// names a minister first, who must not take the words.
/// </summary>
public sealed class PersonNounHeadsRoleTests
{
    [Theory]
    [InlineData("en", "Minister Tom Fenwick visited the square on Wednesday.", "\"We lost everything in the cellar,\" said a neighbour of the minister.", "neighbour")]
    [InlineData("fr", "Le ministre Thomas Ferrand a visité la place mercredi.", "« Nous avons tout perdu dans la cave », explique un voisin du ministre.", "voisin")]
    [InlineData("fr", "Le ministre Thomas Ferrand a visité la place mercredi.", "« Nous avons tout perdu dans la cave », glisse une collaboratrice de la ministre.", "collaboratrice")]
    [InlineData("es", "El ministro Tomás Ferrer visitó la plaza el miércoles.", "«Lo perdimos todo en el sótano», explica un vecino del ministro.", "vecino")]
    [InlineData("es", "El ministro Tomás Ferrer visitó la plaza el miércoles.", "«El texto está listo desde hace semanas», admite un asesor del ministro.", "asesor")]
    [InlineData("it", "Il ministro Tommaso Ferri ha visitato la piazza mercoledì.", "«Abbiamo perso tutto in cantina», spiega un vicino del ministro.", "vicino")]
    [InlineData("it", "Il ministro Tommaso Ferri ha visitato la piazza mercoledì.", "«Abbiamo perso tutto in cantina», spiega un vicino dell'assessore.", "vicino")]
    [InlineData("pt", "O ministro Tomás Ferreira visitou a praça na quarta-feira.", "“O texto está pronto há semanas”, explica um assessor do ministro.", "assessor")]
    [InlineData("pt", "O ministro Tomás Ferreira visitou a praça na quarta-feira.", "“Perdemos tudo na cave”, conta uma vizinha do ministro.", "vizinha")]
    [InlineData("de", "Minister Thomas Ferber besuchte am Mittwoch den Platz.", "„Wir haben im Keller alles verloren“, sagt ein Nachbar des Ministers.", "Nachbar")]
    [InlineData("nl", "Minister Tom Verbeek bezocht woensdag het plein.", "\"We zijn alles kwijt in de kelder\", zegt een buurman van de minister.", "buurman")]
    public void APersonsNounBeforeARoleComplement_IsTheSpeaker(string language, string before, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, before, paragraph));

    // The minister's name right after the complement's role is the minister's, not the speaker's: the
    // neighbour still speaks.
    [Theory]
    [InlineData("es", "«Lo perdimos todo en el sótano», explica un vecino del ministro Tomás Ferrer.", "vecino")]
    [InlineData("pt", "“Perdemos tudo na cave”, explica um vizinho do ministro Tomás Ferreira.", "vizinho")]
    public void ARoleHoldersNameInTheComplement_DoesNotSpeak(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Near-misses the rule must not take: the role alone is the minister, and a person's noun after the
    // role is whom the minister speaks to.
    [Theory]
    [InlineData("es", "El ministro Tomás Ferrer visitó la plaza el miércoles.", "«Lo perdimos todo en el sótano», explica el ministro a un vecino.", "Tomás Ferrer")]
    [InlineData("fr", "Le ministre Thomas Ferrand a visité la place mercredi.", "« Nous avons tout perdu dans la cave », explique le ministre.", "Thomas Ferrand")]
    [InlineData("it", "Il ministro Tommaso Ferri ha visitato la piazza mercoledì.", "«Abbiamo perso tutto in cantina», spiega il ministro.", "Tommaso Ferri")]
    [InlineData("pt", "O ministro Tomás Ferreira visitou a praça na quarta-feira.", "“Perdemos tudo na cave”, explica o ministro.", "Tomás Ferreira")]
    public void ARoleHeadingItsPhrase_IsReadAsBefore(string language, string before, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, before, paragraph));
}
