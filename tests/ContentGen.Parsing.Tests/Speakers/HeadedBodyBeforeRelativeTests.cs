namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A relative clause set off after a body whose noun heads its name, lower-case words and links going on to a
/// capitalised place ("au Comité régional des pêches de Pointe-Sauvage, qui dénonce … « … »"), describes the body:
/// its words are the body's, under its whole name, not the place's (Speakers/Phrase.HeadedBodyBeforeRelative.cs).
/// The same body inside an apposition after a person's name is that person's complement, and the clause is theirs.
/// German and Dutch write such a name in capitals (OrganisationName reads no lower-case links there): their probes
/// keep the place from speaking. Invented sentences; paragraphs separated by " ¶ ".
/// </summary>
public sealed class HeadedBodyBeforeRelativeTests
{
    [Theory]
    [InlineData("fr", "Même colère au Comité régional des pêches de Pointe-Sauvage, qui dénonce une saisie « disproportionnée et politique ».", "Comité régional des pêches de Pointe-Sauvage")]
    [InlineData("it", "Stessa rabbia al Consorzio dei pescatori di Valle Scura, che denuncia un sequestro «sproporzionato e politico».", "Consorzio dei pescatori di Valle Scura")]
    [InlineData("es", "La misma indignación en la Cofradía de pescadores de Punta Brava, que denuncia una incautación «desproporcionada y política».", "Cofradía de pescadores de Punta Brava")]
    [InlineData("pt", "A mesma indignação na Associação regional dos pescadores de Vila Nova, que denuncia uma apreensão “desproporcionada e política”.", "Associação regional dos pescadores de Vila Nova")]
    [InlineData("en", "The same anger came from the Federation of Inshore Fishermen of North Devon, which called the seizure \"disproportionate and political\".", "Federation of Inshore Fishermen of North Devon")]
    public void ABodyBeforeItsRelativeClause_SpeaksUnderItsWholeName(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // A second person in the sentence: the body is the complement of an apposition after a name, and the clause is the name's.
    [Theory]
    [InlineData("fr", "Même colère chez Jean Dupont, président du Comité régional des pêches de Pointe-Sauvage, qui dénonce une saisie « disproportionnée ».", "Jean Dupont")]
    [InlineData("fr", "« Une ligne en panne ? », ironise Hélène Da Silva, économiste de la santé à l'université de Vauclair, qui dénonce des prix « tirés vers le bas ».", "Hélène Da Silva|Hélène Da Silva")]
    [InlineData("fr", "« Nous bloquerons les ferries », a prévenu Jean Dupont, président du Comité régional des pêches de Pointe-Sauvage, qui dénonce une saisie.", "Jean Dupont")]
    [InlineData("it", "Stessa rabbia per Marco Galli, presidente del Consorzio dei pescatori di Valle Scura, che denuncia un sequestro «sproporzionato».", "Marco Galli")]
    [InlineData("es", "La misma indignación en Marta Gil, presidenta de la Cofradía de pescadores de Punta Brava, que denuncia una incautación «desproporcionada».", "Marta Gil")]
    [InlineData("pt", "A mesma indignação em Rui Lopes, presidente da Associação regional dos pescadores de Vila Nova, que denuncia uma apreensão “desproporcionada”.", "Rui Lopes")]
    public void ABodyInsideAnApposition_LeavesTheClauseToTheName(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // The place that ends the body's name never speaks, where the language writes the name in capitals.
    [Theory]
    [InlineData("de", "Ebenso verärgert zeigt sich der Fischereiverband Nordland, der die Beschlagnahme „unverhältnismäßig und politisch“ nennt.")]
    [InlineData("nl", "Even boos is de Vissersbond Noordland, die de inbeslagname ‘buitenproportioneel en politiek’ noemt.")]
    public void APlaceEndingACapitalisedName_IsNoSpeaker(string language, string paragraphs)
        => Assert.DoesNotContain(QuoteSpeakers.InLanguage(language, "Probe", paragraphs), speaker => speaker is "Nordland" or "Noordland");
}
