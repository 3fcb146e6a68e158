namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch give a view's holder at the head of a verb-second clause with no comma after
/// it ("Für X liegt das Problem woanders: „…“", "Voor X is het duidelijk: "…""), where French and
/// Spanish set it off ("Pour X, … : « … »"). Before, the preposition was read as the name's first
/// word ("Für X"). Someone who reports between the holder and the quote speaks instead.
/// A possessive inside a phrase of giving word ("Nach seinen Worten", "naar haar zeggen") points
/// back as "selon lui" does, and "nach Ansicht von X" names the holder after "von".
/// </summary>
public sealed class VerbSecondViewTests
{
    [Fact]
    public void AGermanViewHolderBeforeTheVerb_HoldsTheQuoteAfterTheColon()
        => Assert.Equal(
            new[] { "Tobias Henning" },
            QuoteSpeakers.Under("Baugebiet", LanguageLeads.German,
                "Für Tobias Henning liegt das Problem woanders: „Seit Jahren wird am Fluss gebaut.“"));

    [Fact]
    public void ADutchViewHolderBeforeTheVerb_HoldsTheQuoteAfterTheColon()
        => Assert.Equal(
            new[] { "Ruud Kamphuis", "Ruud Kamphuis" },
            QuoteSpeakers.Under("Dijkversterking", LanguageLeads.Dutch,
                "Voorzitter Ruud Kamphuis opende de avond. \"We beginnen in maart\", zei hij.",
                "Voor Kamphuis is het duidelijk: \"Uitstel kost levens.\""));

    [Fact]
    public void SomeoneReportingBetweenTheHolderAndTheQuote_Speaks()
        => Assert.Equal(
            new[] { "Paul Brandt" },
            QuoteSpeakers.Under("Baugebiet", LanguageLeads.German,
                "Für Tobias Henning ist die Sache klar, doch Paul Brandt widerspricht: „Die Pläne waren genehmigt.“"));

    [Fact]
    public void APossessiveInAPhraseOfGivingWord_PointsBack()
        => Assert.Equal(
            new[] { "Gerd Lohmann", "Gerd Lohmann" },
            QuoteSpeakers.Under("Hochwasser", LanguageLeads.German,
                "„Ohne die Freiwilligen hätten wir Tote gehabt“, sagte Bürgermeister Gerd Lohmann.",
                "Nach seinen Worten kam die Warnung „vier Stunden zu spät“."));

    [Fact]
    public void ADutchPossessiveInAPhraseOfGivingWord_PointsBack()
        => Assert.Equal(
            new[] { "Ilse Veenstra", "Ilse Veenstra" },
            QuoteSpeakers.Under("Dijkversterking", LanguageLeads.Dutch,
                "\"We zijn te laat gewaarschuwd\", zei bewoonster Ilse Veenstra.",
                "Naar haar zeggen is de schade \"niet te overzien\"."));

    [Fact]
    public void APossessiveOfTheReaders_IsNoOnesView()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Hochwasser", LanguageLeads.German,
                "Nach unseren Informationen kam die Warnung „vier Stunden zu spät“."));

    [Fact]
    public void AHolderAfterVon_HoldsTheView()
        => Assert.Equal(
            new[] { "Vasco Tavares", "Vasco Tavares" },
            QuoteSpeakers.Under("Dürre", LanguageLeads.German,
                "„Hier wird seit Jahren zu viel bewässert“, sagte Vasco Tavares.",
                "Nach Ansicht von Tavares wurde der Stausee „für eine andere Landwirtschaft geplant“."));
}
