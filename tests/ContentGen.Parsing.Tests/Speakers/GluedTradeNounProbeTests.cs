namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A trade noun written before a name with no article, opening its sentence ("Esportsspeler X stond …",
/// "Profifußballer X sagt …"; issue 10, session 64): the person is the name, the trade noun is no part of it.
/// Read at the base already where the trade noun, or its compound's last part, is listed ("koopman", "Verkäufer",
/// German nouns); a Dutch compound of an unlisted trade ("Profvoetballer Kees Wolters") is still read as one name with
/// it (not built; session 64's report). Invented sentences; paragraphs separated by " ¶ ".
/// </summary>
public sealed class GluedTradeNounProbeTests
{
    [Theory]
    [InlineData("nl", "Marktkoopman Piet Hazelaar stond al om zes uur klaar. ‘Niemand kwam opdagen,’ vertelt hij.", "Piet Hazelaar")]
    [InlineData("de", "Profifußballerin Lena Brandt stand um drei Uhr auf dem Platz. „Es war ein zäher Nachmittag“, sagt sie.", "Lena Brandt")]
    [InlineData("de", "Marktverkäufer Jonas Reuter war schon um sechs Uhr da. „Niemand kam“, erzählt er.", "Jonas Reuter")]
    public void TradeNounBeforeTheName_IsNoPartOfIt(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
