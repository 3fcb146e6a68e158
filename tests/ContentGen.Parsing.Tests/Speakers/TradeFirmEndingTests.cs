namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A trade's firm is named by its noun's ending, whatever the trade: Dutch "-erij" ("rederij",
/// "brouwerij", "drukkerij"), German "-erei" ("Reederei", "Brauerei", "Druckerei"). Opening the
/// sentence before a name, the noun describes the firm and is no part of its name; "Rederij
/// Harbourline Ferries" had spoken as a name of three words.
/// </summary>
public sealed class TradeFirmEndingTests
{
    [Theory]
    [InlineData("nl", "Rederij Harbourline Ferries laat in een verklaring weten \"teleurgesteld\" te zijn door de uitslag.", "Harbourline Ferries")]
    [InlineData("nl", "Drukkerij Velders Print laat weten dat de lonen \"niet langer houdbaar\" zijn.", "Velders Print")]
    [InlineData("de", "Reederei Harbourline Ferries teilte mit, man sei „enttäuscht, aber nicht überrascht“.", "Harbourline Ferries")]
    public void ATradesFirmNounOpeningTheSentence_DescribesTheNameAfterIt(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // A firm by its kind's compound (session 68): Dutch "-maatschappij" and "-label", German "-label", opening the
    // sentence or, where every noun is capitalised, after the definite article opening it.
    [Theory]
    [InlineData("nl", "Platenmaatschappij Zeewind laat weten \"in gesprek\" te zijn met de zangeres.", "Zeewind")]
    [InlineData("nl", "Verzekeringsmaatschappij Hollandia Zorg laat weten dat de premie \"niet omhoog\" gaat.", "Hollandia Zorg")]
    [InlineData("de", "Das Plattenlabel Nordwind Music teilte mit, das Album sei „das meistbestellte des Jahres“.", "Nordwind Music")]
    [InlineData("de", "Plattenlabel Nordwind Music teilte mit, das Album sei „das meistbestellte des Jahres“.", "Nordwind Music")]
    [InlineData("de", "Die Reederei Harbourline Ferries teilte mit, man sei „enttäuscht, aber nicht überrascht“.", "Harbourline Ferries")]
    public void AFirmsKindCompoundBeforeItsName_DescribesTheName(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Stops: a compound's first part has three letters at least, so a short name ending so stays a
    // person's ("Anna Derij"), and opening the sentence before a name it stays the name's first word
    // ("Derij Velders"); a brawl after its article is no firm that speaks.
    [Theory]
    [InlineData("nl", "\"We gaan door\", zei Anna Derij na afloop.", "Anna Derij")]
    [InlineData("nl", "Derij Velders laat weten dat de lonen \"niet langer houdbaar\" zijn.", "Derij Velders")]
    [InlineData("nl", "\"We gaan door\", zei Mabel Janssen na afloop.", "Mabel Janssen")]
    [InlineData("de", "Nach der Schlägerei vor dem Lokal sagte ein Zeuge, es sei „alles sehr schnell gegangen“.", null)]
    public void AWordEndingSoThatNamesNoFirm_StaysAsItWas(string language, string paragraph, string? expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));
}
