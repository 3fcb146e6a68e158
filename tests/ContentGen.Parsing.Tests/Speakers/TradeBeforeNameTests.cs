namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A trade written before a full name (<c>ranger Tom X</c>, <c>boswachter Henk X</c>, <c>le garde forestier
/// Paul X</c>, <c>Schäfer Anton X</c> where the article also writes <c>der Schäfer</c>) makes the name a person
/// whose trade is that word: in a frame (<c>According to</c>, <c>Volgens</c>, <c>Selon</c>), and later at a bare
/// cue (<c>the ranger said</c>, <c>zegt de boswachter</c>, <c>sagt der Schäfer</c>) in the next paragraph. Before,
/// a trade in lower case with no article, or a second noun of the trade, was no role and the name was never
/// reached. Negatives: one word after the trade, a surname that is a trade's word, a double first name, a
/// firm and a plural.
/// </summary>
public sealed class TradeBeforeNameTests
{
    [Theory]
    [InlineData("en", "According to ranger Tom Haldane, the otters \"came back on their own\".", "Tom Haldane")]
    [InlineData("nl", "Volgens boswachter Henk Rozema zijn de otters ‘vanzelf teruggekomen’.", "Henk Rozema")]
    [InlineData("fr", "Selon le garde forestier Paul Ravenel, les loutres « sont revenues seules ».", "Paul Ravenel")]
    // Languages whose trade takes its article, read so before: kept as the shape's probes.
    [InlineData("es", "Según el pescador Juan Ortega, las olas «llegaron a seis metros».", "Juan Ortega")]
    [InlineData("it", "Secondo il pastore Marco Ferlandi, il lupo «non ha paura di nessuno».", "Marco Ferlandi")]
    [InlineData("pt", "Segundo o pescador João Mourato, as ondas «chegaram aos seis metros».", "João Mourato")]
    public void TheNameAfterATrade_InAFrame_IsTheSource(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);

    [Theory]
    [InlineData("en", "According to ranger Tom Haldane, the otters \"came back on their own\". ¶ \"We just leave them in peace,\" the ranger said.", "Tom Haldane|Tom Haldane")]
    [InlineData("nl", "Volgens boswachter Henk Rozema zijn de otters ‘vanzelf teruggekomen’. ¶ ‘We laten ze met rust,’ zegt de boswachter.", "Henk Rozema|Henk Rozema")]
    [InlineData("de", "Laut Schäfer Anton Brucker hat der Wolf „keine Angst vor Menschen“. ¶ „Nachts schlafe ich nicht mehr“, sagt der Schäfer.", "Anton Brucker|Anton Brucker")]
    [InlineData("pt", "Segundo o pescador João Mourato, as ondas «chegaram aos seis metros». ¶ «Nunca vi uma coisa assim», diz o pescador.", "João Mourato|João Mourato")]
    [InlineData("es", "Según el pescador Juan Ortega, las olas «llegaron a seis metros». ¶ «Nunca vi nada igual», dice el pescador.", "Juan Ortega|Juan Ortega")]
    public void TheTradeAtALaterCue_MeansThePersonItWasGivenTo(string language, string paragraphs, string speakers)
        => LanguageLeads.CheckSpeakers(language, paragraphs, speakers);

    [Theory]
    // One word after the trade may be a first name or a surname alone: no one named in full.
    [InlineData("en", "According to ranger Tom, the otters \"came back on their own\".", "-")]
    // A plural and a body after it: no person.
    [InlineData("nl", "Volgens boswachters van Staatsbosbeheer zijn de otters ‘vanzelf teruggekomen’.", "-")]
    // A double first name, a Dutch one and a German one, stays whole.
    [InlineData("nl", "Volgens Pieter Jan Bakker zijn de otters ‘vanzelf teruggekomen’.", "Pieter Jan Bakker")]
    [InlineData("de", "Laut Walter Hans Brucker hat der Wolf „keine Angst vor Menschen“.", "Walter Hans Brucker")]
    // "Schäfer" a surname: "der Schäfer" at the cue is no one named so.
    [InlineData("de", "Laut Martin Schäfer hat der Wolf „keine Angst vor Menschen“. ¶ „Nachts schlafe ich nicht mehr“, sagt der Schäfer.", "Martin Schäfer|-")]
    // The article never writes "Schäfer" as a common noun: the run is read whole, as before.
    [InlineData("de", "Laut Schäfer Anton Brucker hat der Wolf „keine Angst vor Menschen“.", "Schäfer Anton Brucker")]
    // A firm and no shepherd named: no one.
    [InlineData("de", "Die Hessler Natursteine GmbH liefert die Steine. ¶ „Nachts schlafe ich nicht mehr“, sagt der Schäfer.", "-")]
    // A verb before the name, no trade: the relative clause's subject, as before.
    [InlineData("fr", "Le maire remercie Paul Ravenel, qui juge que les loutres « sont revenues seules ».", "Paul Ravenel")]
    public void NoTradeBeforeAFullName_ReadsAsBefore(string language, string paragraphs, string speakers)
        => LanguageLeads.CheckSpeakers(language, paragraphs, speakers);
}
