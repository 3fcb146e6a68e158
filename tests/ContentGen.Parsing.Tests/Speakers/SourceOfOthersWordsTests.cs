namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A source given by "según", "secondo" or "according to" that tells of someone else's words,
/// whose reporting verb stands between the source and the quote with a subject of its own
/// ("Según Salinas, la empresa le había asegurado que había «…»"), does not say them: that verb's
/// subject did, and when no verb sieve can say who it is, no one does. Before, the source took
/// them. A source whose clause reports no one still holds the view.
/// </summary>
public sealed class SourceOfOthersWordsTests
{
    [Fact]
    public void ANestedReportersWords_AreNotTheSources_InSpanish()
        => Assert.Equal(
            new string?[] { "Marta Salinas", null },
            QuoteSpeakers.Under(
                "Vertido en el río",
                LanguageLeads.Spanish,
                "«Llevamos años pidiendo controles», dijo Marta Salinas. Según Salinas, la empresa le había asegurado en marzo que había «vigilancia permanente» en la zona."));

    [Fact]
    public void ANestedReportersWords_AreNotTheSources_InItalian()
        => Assert.Equal(
            new string?[] { "Marta Salvi", null },
            QuoteSpeakers.Under(
                "Scarico nel fiume",
                LanguageLeads.Italian,
                "«Chiediamo controlli da anni», ha detto Marta Salvi. Secondo Salvi, l'azienda le aveva assicurato a marzo che c'era «vigilanza costante» nella zona."));

    // Guards: a view with no reporting verb of another subject stays the source's.
    [Theory]
    [InlineData("Según Salinas, el proyecto está «parado» desde marzo.")]
    [InlineData("Según ella, hay que «empezar de cero».")]
    public void AViewWithNoOtherReporter_IsTheSources_InSpanish(string sentence)
        => Assert.Equal(
            new[] { "Marta Salinas", "Marta Salinas" },
            QuoteSpeakers.Under("Vertido en el río", LanguageLeads.Spanish, "«Llevamos años pidiendo controles», dijo Marta Salinas. " + sentence));

    [Fact]
    public void AViewWithNoOtherReporter_IsTheSources_InEnglish()
        => Assert.Equal(
            new[] { "Tom Fox", "Jane Roe" },
            QuoteSpeakers.Under("Road plan", "\"We will keep to the timetable,\" said Tom Fox. According to Jane Roe, the plan was \"dead in the water\"."));
}
