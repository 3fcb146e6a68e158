namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence with no quote whose reporting verb has someone unnamed as its subject ("Hinweise gebe
/// es nicht, sagte ein Sprecher.", "Er zijn geen aanwijzingen, zei een woordvoerder.") ends the last
/// speaker's turn: a quote standing alone after it is that unnamed person's, not the words of the
/// person quoted before. A named reporter there still goes on.
/// </summary>
public sealed class UnnamedReporterTurnTests
{
    [Theory]
    [InlineData("de", "„Wir hatten 200 Kräfte vor Ort“, sagte Kreisbrandrat Stefan Oberhuber.", "Hinweise auf Brandstiftung gebe es bislang nicht, sagte ein Sprecher. „Wir schließen aber nichts aus.“", "Stefan Oberhuber")]
    [InlineData("nl", "\"We hadden tweehonderd man ter plaatse\", zei brandweercommandant Piet Mol.", "Er zijn geen aanwijzingen voor brandstichting, zei een woordvoerder. \"We sluiten niets uit.\"", "Piet Mol")]
    public void AQuoteAfterAnUnnamedReporter_IsNotTheLastSpeakers(string language, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker, null }, QuoteSpeakers.Under("Brand im Recyclinghof", LanguageLeads.For(language), first, second));

    [Theory]
    [InlineData("de", "„Wir hatten 200 Kräfte vor Ort“, sagte Kreisbrandrat Stefan Oberhuber.", "Hinweise auf Brandstiftung gebe es bislang nicht, sagte Oberhuber. „Wir schließen aber nichts aus.“", "Stefan Oberhuber")]
    [InlineData("nl", "\"We hadden tweehonderd man ter plaatse\", zei brandweercommandant Piet Mol.", "Er zijn geen aanwijzingen voor brandstichting, zei Mol. \"We sluiten niets uit.\"", "Piet Mol")]
    public void AQuoteAfterANamedReporter_IsTheirs(string language, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under("Brand im Recyclinghof", LanguageLeads.For(language), first, second));
}
