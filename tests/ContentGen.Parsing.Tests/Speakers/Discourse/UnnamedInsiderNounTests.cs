namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// Session 72 (fresh2): the people inside a government, a party, a ministry or an office whom
/// political and crime copy quotes without their name, an aide, an insider, a civil servant, an
/// adviser, a member of staff ("said one aide", "zei een ingewijde", "spiega un funzionario che ha
/// lavorato al dossier"). The people lists lacked them in every language, so their words went to
/// no one; read through the lexicons, they speak as the other unnamed people's nouns do
/// (<see cref="UnnamedIndefiniteSpeakerTests"/>).
/// </summary>
public sealed class UnnamedInsiderNounTests
{
    [Theory]
    [InlineData("en", "\"We counted the votes twice and still got it wrong,\" said one aide.", "aide")]
    [InlineData("en", "\"The chancellor had already made up his mind,\" said an insider.", "insider")]
    [InlineData("en", "\"Nobody in the building expected the vote to fail,\" said a senior staffer.", "staffer")]
    [InlineData("de", "„Die Zahlen lagen seit Wochen auf dem Tisch“, sagte ein Beamter des Ministeriums.", "Beamter")]
    [InlineData("de", "„Am Ende entscheidet die Kanzlerin“, sagt eine Beraterin aus dem Kanzleramt.", "Beraterin")]
    [InlineData("de", "„Der Entwurf ist längst fertig“, sagt ein Insider.", "Insider")]
    [InlineData("fr", "« Le texte est prêt depuis des semaines », explique un fonctionnaire du ministère.", "fonctionnaire")]
    [InlineData("fr", "« Personne ne s'attendait à ce vote », glisse une collaboratrice de la ministre.", "collaboratrice")]
    [InlineData("es", "«El texto está listo desde hace semanas», explica un funcionario del ministerio.", "funcionario")]
    [InlineData("es", "«Nadie esperaba esa votación», admite una asesora del Gobierno.", "asesora")]
    [InlineData("it", "«Il testo è pronto, mancano solo le firme», spiega un funzionario che ha lavorato al dossier.", "funzionario")]
    [InlineData("it", "«Nessuno si aspettava quel voto», ammette una collaboratrice del ministero.", "collaboratrice")]
    [InlineData("pt", "“O texto está pronto há semanas”, explica um assessor do ministério.", "assessor")]
    [InlineData("pt", "“Ninguém esperava aquela votação”, admite uma colaboradora do gabinete.", "colaboradora")]
    [InlineData("nl", "\"Er is vanavond geen winnaar\", zei een ingewijde.", "ingewijde")]
    [InlineData("nl", "\"De tekst ligt al weken klaar\", zegt een ambtenaar van het ministerie.", "ambtenaar")]
    public void AnInsiderQuotedUnnamed_IsGivenByTheNoun(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: the new nouns after a preposition or as the verb's object are whom the words were
    // said to, so the earlier speaker keeps them; a name set off after the noun is the speaker.
    [Theory]
    [InlineData("en", "\"We counted the votes twice,\" he said to an aide.", "Tom Baker")]
    [InlineData("de", "„Die Zahlen lagen seit Wochen auf dem Tisch“, sagte er einem Beamten.", "Paul Wendt")]
    [InlineData("fr", "« Le texte est prêt », dit-il à un fonctionnaire.", "Paul Morel")]
    [InlineData("es", "«El texto está listo», dijo a un funcionario.", "Pablo Ruiz")]
    [InlineData("it", "«Il testo è pronto», ha detto a un funzionario.", "Paolo Rossi")]
    [InlineData("nl", "\"De tekst ligt klaar\", zei hij tegen een ambtenaar.", "Paul de Wit")]
    [InlineData("es", "«El texto está listo», explica un asesor, Jorge Llamas.", "Jorge Llamas")]
    public void AnInsiderAsAListenerOrBeforeAName_IsNotTheSpeaker(string language, string paragraph, string? expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // The English aide's words, in a senior aide's cue with a listener after it, as the
    // fresh politics copy writes it: the aide speaks, not the one the aide serves.
    [Theory]
    [InlineData("en", "\"We counted wrong, and then we counted wrong again,\" said one senior aide to Ms Marchbank.", "aide")]
    public void AnAideToSomeoneNamed_IsTheAide(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // A group of them speaks as one, as the other people nouns' plurals do ("sagten die
    // Nachbarn", "dicen los vecinos" read so before).
    [Theory]
    [InlineData("de", "„Die Zahlen lagen seit Wochen auf dem Tisch“, sagten die Beamten.", "Beamten")]
    [InlineData("es", "«El texto está listo», dicen los funcionarios.", "funcionarios")]
    public void AGroupOfThem_SpeaksAsOne(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: the words are each lexicon's own, so French "aide" (help) and "une aide de l'État"
    // bring in no one, nor does English "aid".
    [Theory]
    [InlineData("fr", "« Le chèque arrivera en mars », prévoit une aide de l'État.")]
    [InlineData("en", "\"Help is on its way,\" said a statement on aid.")]
    public void AnotherLanguagesWord_GivesNoOne(string language, string paragraph)
        => Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));
}
