using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Make known" reports as one verb does in every Romance language, as French "fait savoir" does:
/// Italian "fa sapere", Spanish "hace saber", Portuguese "faz saber", after the quote. (Before a
/// quote, "X fa sapere che «…»", the phrase governs the quote as one verb does: <see cref="GoverningPhraseTests"/>.)
/// "Fa" or "hace" alone, or before another infinitive, reports nothing.
/// </summary>
public sealed class MakeKnownPhraseTests
{
    [Theory]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "«Il molo riaprirà a maggio», fa sapere Marco Bellini.")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "«Il molo riaprirà a maggio», ha fatto sapere Marco Bellini.")]
    [InlineData("El puerto cierra en invierno", LanguageLeads.Spanish, "«El muelle abrirá en mayo», hizo saber Marco Bellini.")]
    [InlineData("Porto fecha no inverno", LanguageLeads.Portuguese, "“O cais reabre em maio”, fez saber Marco Bellini.")]
    public void MakeKnown_ReportsAsOneVerb(string headline, string lead, string sentence)
        => Assert.Equal(new[] { "Marco Bellini" }, QuoteSpeakers.Under(headline, lead, sentence));

    [Theory]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "«Il molo riaprirà a maggio», fa notare il cartello affisso da Marco Bellini.")]
    [InlineData("El puerto cierra en invierno", LanguageLeads.Spanish, "«El muelle abrirá en mayo», hace falta repetir ante Marco Bellini.")]
    public void MakeOrDo_BeforeAnotherWord_ReportsNothing(string headline, string lead, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, lead, sentence));
}
