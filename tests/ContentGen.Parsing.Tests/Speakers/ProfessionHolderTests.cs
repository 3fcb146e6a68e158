namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A profession after its article at the cue ("dijo la ingeniera", "sagte die Architektin", "zei
/// de ingenieur") means the one person the article gave that profession in the same paragraph or
/// the one before ("la ingeniera Ana Gil", "Ana Gil, ingeniera de caminos,"), however many
/// sentences between; else the person the sentence just before named alone, now in German and
/// Dutch too, and in Italian's feminine "l'ingegnera". Two holders, a holder of another
/// profession, a newcomer or an answer to the last speaker give no one, or the newcomer, as before.
/// </summary>
public sealed class ProfessionHolderTests
{
    [Theory]
    [InlineData("es", "La ingeniera Ana Gil dirige las obras. La grúa llegó el martes. «Las obras terminarán en mayo», dijo la ingeniera.", "Ana Gil")]
    [InlineData("es", "Ana Gil, ingeniera de caminos, dirige las obras. La grúa llegó el martes. «Las obras terminarán en mayo», dijo la ingeniera.", "Ana Gil")]
    [InlineData("fr", "L'ingénieure Claire Dumont dirige le chantier. Les grues sont arrivées mardi. « Les travaux seront terminés en mai », a précisé l'ingénieure.", "Claire Dumont")]
    [InlineData("it", "L'ingegnera Giulia Neri dirige il cantiere. Le gru sono arrivate martedì. «I lavori finiranno a maggio», ha spiegato l'ingegnera.", "Giulia Neri")]
    [InlineData("pt", "A engenheira Ana Rita Costa dirige as obras. As gruas chegaram na terça-feira. “As obras vão terminar em maio”, sublinhou a engenheira.", "Ana Rita Costa")]
    [InlineData("nl", "Ingenieur Els de Vries leidt de bouw. De kranen kwamen dinsdag. \"De brug is in mei klaar\", zei de ingenieur.", "Els de Vries")]
    [InlineData("de", "Die Soziologin Katrin Vogel leitet die Studie. Die Ergebnisse kamen am Dienstag. „Die Befragung ist abgeschlossen“, sagte die Soziologin.", "Katrin Vogel")]
    public void AProfessionGivenBefore_MeansItsHolder_WithSentencesBetween(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph));

    // The holder given the profession, not the sentence's subject: "visitó las obras con la
    // arquitecta Ana Ruiz" makes her the architect (before, no one).
    [Fact]
    public void TheHolderOfTheProfession_NotTheSubjectBeside_IsMeant()
        => Assert.Equal(
            new[] { "Ana Ruiz" },
            QuoteSpeakers.Under("Headline", LanguageLeads.Spanish, "Andrés Molina visitó las obras con la arquitecta Ana Ruiz. «Las obras terminarán en mayo», dijo la arquitecta."));

    // The profession given in the paragraph before still means its holder.
    [Theory]
    [InlineData("es", "La arquitecta Ana Ruiz presentó el proyecto.", "«Las obras terminarán en mayo», dijo la arquitecta.", "Ana Ruiz")]
    [InlineData("fr", "Claire Dumont, architecte du projet, a présenté les plans.", "« Les travaux seront terminés en mai », a précisé l'architecte.", "Claire Dumont")]
    public void AProfessionGivenInTheParagraphBefore_MeansItsHolder(string language, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), first, second));

    // German and Dutch trades after their article mean the person the sentence just before named alone.
    [Theory]
    [InlineData("de", "Katrin Vogel leitet die Baustelle seit zehn Jahren. „Die Arbeiten werden im Frühjahr abgeschlossen“, sagte die Ingenieurin.", "Katrin Vogel")]
    [InlineData("de", "Jürgen Albers leitet die Baustelle seit zehn Jahren. „Die Arbeiten werden im Frühjahr abgeschlossen“, betonte der Architekt.", "Jürgen Albers")]
    [InlineData("nl", "Els de Vries leidt de bouw al tien jaar. \"De brug is in mei klaar\", zei de ingenieur.", "Els de Vries")]
    [InlineData("nl", "Piet Bakker leidt de bouw al tien jaar. \"De brug is in mei klaar\", benadrukte de architect.", "Piet Bakker")]
    [InlineData("it", "Giulia Neri dirige il cantiere da dieci anni. «I lavori finiranno a maggio», ha spiegato l'ingegnera.", "Giulia Neri")]
    public void ATradeAfterItsArticle_MeansThePersonJustNamed(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph));

    // The experts a report quotes (biologists, geologists, vets, pharmacists, psychologists), in
    // every language with professions.
    [Theory]
    [InlineData("es", "Lucía Prieto estudia el río desde hace veinte años. «El agua está limpia», explicó la bióloga.", "Lucía Prieto")]
    [InlineData("pt", "Marta Sousa estuda o rio há vinte anos. “A água está limpa”, explicou a bióloga.", "Marta Sousa")]
    [InlineData("it", "Paolo Ferri studia il fiume da vent'anni. «L'acqua è pulita», ha spiegato il geologo.", "Paolo Ferri")]
    [InlineData("fr", "Julie Caron soigne les chevaux du village depuis vingt ans. « Les bêtes vont bien », a assuré la vétérinaire.", "Julie Caron")]
    [InlineData("de", "Jonas Weber untersucht den Fluss seit zwanzig Jahren. „Das Wasser ist sauber“, erklärte der Biologe.", "Jonas Weber")]
    [InlineData("nl", "Sanne Visser onderzoekt de rivier al twintig jaar. \"Het water is schoon\", zei de bioloog.", "Sanne Visser")]
    public void AnExpertsTrade_MeansThePersonJustNamed(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph));

    // Guards: two holders of the profession, a holder of another profession, a holder two
    // paragraphs back, someone else named beside the subject, the last speaker answered.
    [Theory]
    [InlineData("es", "La ingeniera Ana Gil y la ingeniera Rosa Pardo dirigen las obras. «Las obras terminarán en mayo», dijo la ingeniera.")]
    [InlineData("es", "La arquitecta Ana Ruiz dirige las obras. «Las obras terminarán en mayo», dijo la ingeniera.")]
    [InlineData("it", "L'architetta Giulia Neri dirige il cantiere. «I lavori finiranno a maggio», ha spiegato l'ingegnera.")]
    [InlineData("de", "Katrin Vogel traf am Montag Jürgen Albers. „Die Arbeiten werden im Frühjahr abgeschlossen“, sagte die Soziologin.")]
    [InlineData("nl", "Els de Vries sprak maandag met Piet Bakker. \"De brug is in mei klaar\", zei de ingenieur.")]
    [InlineData("nl", "\"Het gaat goed\", zei Els de Vries. \"De brug is in mei klaar\", antwoordde de ingenieur.")]
    [InlineData("de", "„Es geht voran“, sagte Katrin Vogel. „Die Arbeiten werden im Frühjahr abgeschlossen“, entgegnete die Soziologin.")]
    public void TheLastQuote_HasNoProfessionSpeaker(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph)[^1]);

    [Fact]
    public void AHolderTwoParagraphsBack_IsNotMeant()
        => Assert.Null(QuoteSpeakers.Under(
            "Headline",
            LanguageLeads.Spanish,
            "La ingeniera Ana Gil dirige las obras.",
            "La grúa llegó el martes y los vecinos protestaron.",
            "«Las obras terminarán en mayo», dijo la ingeniera.")[^1]);

    // Someone new brought in by an indefinite article is that newcomer, as before.
    [Theory]
    [InlineData("de", "Katrin Vogel leitet die Baustelle seit zehn Jahren. „Die Arbeiten werden im Frühjahr abgeschlossen“, sagte eine Nachbarin.", "Nachbarin")]
    [InlineData("es", "Ana Gil dirige las obras desde hace diez años. «Las obras terminarán en mayo», dijo una vecina.", "vecina")]
    public void ANewcomer_IsNoOneNamedBefore(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph)[^1]);

    // Where the article's language is unknown, Portuguese "a" is also the English indefinite: before
    // a profession's feminine form it is the definite article; before a word English shares, not.
    [Fact]
    public void APortugueseFeminineProfession_UnderAnUnknownLanguage_MeansThePersonJustNamed()
        => Assert.Equal(
            new[] { "Ana Rita Costa" },
            QuoteSpeakers.Under("Câmara aprova nova ponte", "Ana Rita Costa dirige as obras há dez anos. “As obras vão terminar na primavera”, disse a engenheira."));

    [Fact]
    public void AnEnglishIndefinite_UnderAnUnknownLanguage_IsSomeoneNew()
        => Assert.NotEqual(
            "Anna Clarke",
            QuoteSpeakers.Under("Ferry plan", "Anna Clarke has run the ferry for 30 years. \"The crossing is safe,\" said a journalist.")[^1]);
}
