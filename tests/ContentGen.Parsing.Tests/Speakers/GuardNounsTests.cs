using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Those who watch over a building by night or a museum's rooms by day (docs/speakers.md, "Session 65:
/// short army ranks, the woman's Latin agent nouns, watchmen"): the press quotes them unnamed, and German
/// and Dutch write their compound before a name as a trade ("Nachtwächter Jens Ahlers"). Each
/// language's nouns are people's nouns now; invented sentences, in other nouns and verbs than any article.
/// </summary>
public sealed class GuardNounsTests
{
    // Someone named speaks; then a watchman comes in by their noun and a relative clause and speaks
    // under a pronoun or a dropped subject: the words are theirs, given by their noun.
    [Theory]
    [InlineData("The museum's director, Ian Reid, backed the new hours. \"It was overdue,\" he said.",
        "A night watchman who asked not to be named was less sure. \"The rooms are empty after six,\" he said.", "watchman")]
    [InlineData("Le directeur du musée, Paul Girard, défend les nouveaux horaires. « Il était temps », assure-t-il.",
        "Un vigile, qui préfère rester anonyme, hausse les épaules. « Les salles sont vides après six heures », dit-il.", "vigile")]
    [InlineData("El director del museo, Tomás Herrero, defiende el nuevo horario. «Era necesario», aseguró.",
        "Un vigilante que no quiso identificarse se encoge de hombros. «Las salas están vacías a partir de las seis», dice.", "vigilante")]
    [InlineData("Il direttore del museo, Paolo Gatti, difende il nuovo orario. «Era necessario», assicura.",
        "Un custode che preferisce restare anonimo alza le spalle. «Dopo le sei le sale sono vuote», racconta.", "custode")]
    [InlineData("O diretor do museu, Paulo Garcia, defende o novo horário. «Era necessário», garante.",
        "Um vigia que pediu para não ser identificado encolhe os ombros. «Depois das seis as salas estão vazias», diz.", "vigia")]
    [InlineData("De directeur van het museum, Paul de Graaf, verdedigt de nieuwe openingstijden. ‘Het werd tijd’, zegt hij.",
        "Een suppoost die niet met naam in de krant wil, haalt zijn schouders op. ‘Na zessen zijn de zalen leeg’, zegt hij.", "suppoost")]
    [InlineData("Der Museumsdirektor, Paul Gruber, verteidigt die neuen Öffnungszeiten. „Es war überfällig“, sagt er.",
        "Ein Wachmann, der anonym bleiben möchte, zuckt mit den Schultern. „Nach sechs sind die Säle leer“, sagt er.", "Wachmann")]
    public void AnUnnamedWatchman_SpeaksUnderTheirNoun(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // "Der damalige Nachtwächter Jens Ahlers", "Museumsaufseherin Ute Kranz": German and Dutch write the
    // watchman's compound before the name as a trade; the name alone speaks, and the article's later
    // words on the person go back to the full name.
    [Theory]
    [InlineData("de", "Der damalige Nachtwächter Jens Ahlers erinnert sich an die Nacht. „Der Alarm ging um drei“, sagte der heute 70-Jährige.", "Jens Ahlers")]
    [InlineData("de", "„Nach sechs sind die Säle leer“, sagte Museumsaufseherin Ute Kranz am Abend.", "Ute Kranz")]
    [InlineData("nl", "“Na zessen zijn de zalen leeg”, zei museumbewaker Jan Brands.", "Jan Brands")]
    public void AWatchmansCompoundBeforeAName_IsNoPartOfIt(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.InLanguage(language, "Probe", LanguageLeads.For(language), sentence));

    // The noun as an object, and a surname that is a watchman's noun ("Wächter"): no watchman speaks.
    [Theory]
    [InlineData("Der Museumsdirektor, Paul Gruber, verteidigt die neuen Öffnungszeiten. „Es war überfällig“, sagt er.",
        "Er lobte einen Wachmann, der die ganze Nacht geblieben war. „Er war großartig“, sagt er.", "Wachmann")]
    [InlineData("Il direttore del museo, Paolo Gatti, difende il nuovo orario. «Era necessario», assicura.",
        "Ha ringraziato un custode che era rimasto tutta la notte. «È stato bravissimo», racconta.", "custode")]
    public void TheNounAsAnObject_IsNoSpeaker(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);

    [Fact]
    public void ASurnameThatIsAWatchmansNoun_IsReadAsAName()
        => Assert.Equal(new[] { "Anna Wächter" }, QuoteSpeakers.InLanguage("de", "Probe", LanguageLeads.German, "„Nach sechs sind die Säle leer“, sagte Anna Wächter am Abend."));
}
