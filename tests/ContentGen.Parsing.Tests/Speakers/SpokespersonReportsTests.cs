namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A bare spokesperson ("a spokesman", "ein Sprecher", "un porte-parole") who reports with no quote
/// of their own speaks for the organisation the sentence before made its subject, so the quote with
/// no cue right after is that organisation's. In German a capitalised common noun after its article
/// ("die Kritik", "zur Brandursache") is no second name in that sentence. A person as the subject, a
/// second name, a sentence between or someone's spokesperson gives no one.
/// </summary>
public sealed class SpokespersonReportsTests
{
    [Theory]
    [InlineData("en", "The Harbour Board defended the plan on Monday. The work would go ahead, a spokesman said. \"Nothing has changed.\"", "Harbour Board")]
    [InlineData("de", "Die Polizeiinspektion Hollstein ermittelt. Hinweise gebe es nicht, sagte ein Sprecher. „Wir schließen nichts aus.“", "Polizeiinspektion Hollstein")]
    [InlineData("fr", "L'Union des usagers de Valmont a contesté la décision mardi. La mesure sera contestée, a déclaré un porte-parole. « Nous irons devant le tribunal. »", "Union des usagers de Valmont")]
    [InlineData("it", "Il Consorzio Alto Serio ha respinto le accuse. Nessuno scarico è fuori norma, ha detto un portavoce. «I controlli sono regolari.»", "Consorzio Alto Serio")]
    [InlineData("nl", "Waterschap Lage Wetering wees de kritiek af. Het werk gaat door, zei een woordvoerder. \"Er is niets veranderd.\"", "Waterschap Lage Wetering")]
    public void AQuoteAfterABareSpokespersonsReport_IsTheOrganisationsBefore(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("Die Stadtwerke Talheim wiesen die Kritik zurück. „Die Preise sind fair“, sagte eine Sprecherin.")]
    [InlineData("Die Polizeiinspektion Hollstein ermittelt zur Brandursache. „Wir schließen nichts aus“, sagte ein Sprecher.")]
    [InlineData("Die Stadtwerke Talheim wiesen die Kritik zurück. Die Preise seien fair, sagte eine Sprecherin. „Wir haben nichts zu verbergen.“")]
    public void AGermanCommonNounAfterItsArticle_IsNoSecondName(string paragraph)
        => Assert.Equal(paragraph.StartsWith("Die Polizei", StringComparison.Ordinal) ? "Polizeiinspektion Hollstein" : "Stadtwerke Talheim",
            QuoteSpeakers.Under("Probe", LanguageLeads.German, paragraph)[0]);

    // Stops: a second name or a person as the subject before; a sentence between the report and the
    // quote; a spokesman for someone; a German noun's capital after a preposition or another name.
    [Theory]
    [InlineData("en", "The Harbour Board met Tom Fox on Monday. The work would go ahead, a spokesman said. \"Nothing has changed.\"")]
    [InlineData("en", "Tom Fox defended the plan on Monday. The work would go ahead, a spokesman said. \"Nothing has changed.\"")]
    [InlineData("en", "The Harbour Board defended the plan on Monday. The work would go ahead, a spokesman said. Ferries will run as usual. \"Nothing has changed.\"")]
    [InlineData("en", "The Harbour Board defended the plan on Monday. The work would go ahead, a spokesman for the chairman said. \"Nothing has changed.\"")]
    [InlineData("de", "Die Stadtwerke Talheim stritten mit dem Verband Nordwald. Die Preise seien fair, sagte eine Sprecherin. „Wir haben nichts zu verbergen.“")]
    [InlineData("de", "Die Stadtwerke Talheim wiesen die Kritik von Hans Vogt zurück. Die Preise seien fair, sagte eine Sprecherin. „Wir haben nichts zu verbergen.“")]
    public void AnotherNameBefore_ASentenceBetween_OrSomeonesSpokesman_GivesNoOne(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));
}
