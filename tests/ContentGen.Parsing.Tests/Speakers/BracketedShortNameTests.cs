namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An acronym alone in brackets right after a body's name that opens the sentence is the body's short name
/// (session 70, engineer ptfem): the verb after the brackets is still the body's, and a later "dijo la asociación"
/// means it. Before, the bracket ended the opening subject and the kind noun meant no one. Invented sentences;
/// paragraphs separated by " ¶ ".
/// </summary>
public sealed class BracketedShortNameTests
{
    [Theory]
    [InlineData("es", "La Asociación de Vecinos de Lomar (AVL) ha abierto una oficina. ¶ «No vamos a parar», dijo la asociación.", "Asociación de Vecinos de Lomar")]
    [InlineData("es", "Los vecinos de Lomar se quejan. La Asociación de Vecinos de Lomar (AVL) ha abierto una oficina. ¶ «No vamos a parar», dijo la asociación.", "Asociación de Vecinos de Lomar")]
    [InlineData("pt", "A Associação de Moradores de Lomar (AML) abriu um escritório. ¶ «Não vamos parar», disse a associação.", "Associação de Moradores de Lomar")]
    [InlineData("fr", "L'Association des Riverains de Lomar (ARL) a ouvert un bureau. ¶ « Nous ne lâcherons rien », a dit l'association.", "Association des Riverains de Lomar")]
    // Read before: the brackets further into the sentence, or after an elided article, or in English.
    [InlineData("fr", "Hier, l'Association des Riverains de Lomar (ARL) a ouvert un bureau. ¶ « Nous ne lâcherons rien », a dit l'association.", "Association des Riverains de Lomar")]
    [InlineData("it", "L'Associazione Residenti di Lomar (ARL) ha aperto un ufficio. ¶ «Non ci fermeremo», ha detto l'associazione.", "Associazione Residenti di Lomar")]
    [InlineData("en", "The Lomar Residents Association (LRA) opened an office. ¶ \"We will not give up,\" the association said.", "Lomar Residents Association")]
    // The short name itself at the cue.
    [InlineData("es", "La Asociación de Vecinos de Lomar (AVL) ha abierto una oficina. ¶ «No vamos a parar», dijo la AVL.", "AVL")]
    public void AcronymAfterTheBodysName_IsItsShortName(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // The same sentences without the acronym read as they did.
    [InlineData("es", "La Asociación de Vecinos de Lomar ha abierto una oficina. ¶ «No vamos a parar», dijo la asociación.", "Asociación de Vecinos de Lomar")]
    [InlineData("pt", "A Associação de Moradores de Lomar abriu um escritório. ¶ «Não vamos parar», disse a associação.", "Associação de Moradores de Lomar")]
    [InlineData("fr", "L'Association des Riverains de Lomar a ouvert un bureau. ¶ « Nous ne lâcherons rien », a dit l'association.", "Association des Riverains de Lomar")]
    [InlineData("nl", "De Vereniging Bewoners Lomar heeft een kantoor geopend. ¶ ‘We geven niet op’, zei de vereniging.", "Vereniging Bewoners Lomar")]
    // Portuguese feminine article after the verb: the body called back by its kind reads, as the masculine does.
    [InlineData("pt", "A associação Rio Limpo recolheu mil assinaturas. ¶ «Não vamos parar», disse a associação.", "Rio Limpo")]
    [InlineData("pt", "O sindicato Terra Firme recolheu mil assinaturas. ¶ «Não vamos parar», disse o sindicato.", "Terra Firme")]
    [InlineData("pt", "A Câmara Municipal de Vale Fundo aprovou o plano. ¶ «O plano é bom», disse a câmara.", "Câmara Municipal de Vale Fundo")]
    // "a" and "à" as a preposition after a named subject: the named person speaks, never the body.
    [InlineData("pt", "Rui Campos falou com a câmara. ¶ «Não vamos parar», disse Rui Campos à câmara.", "Rui Campos")]
    [InlineData("pt", "A associação Rio Limpo recolheu mil assinaturas. ¶ «Não vamos parar», disse à associação o ministro Rui Campos.", "Rui Campos")]
    public void WithoutTheAcronym_ReadsAsBefore(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);
}
