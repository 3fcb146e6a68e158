namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An adverb of manner between the auxiliary and the verb of saying ("Il a simplement évoqué
/// « … »", "ha duramente criticato", "has strongly criticised") is stepped over as the listed
/// fillers are: a word with the language's adverb ending (the lexicons' AdverbSuffixes: "-ment",
/// "-mente", "-ly") right after a perfect auxiliary. Before, only the listed adverbs were.
/// </summary>
public sealed class AdverbAfterAuxiliaryTests
{
    [Fact]
    public void FrenchPronounWithAnAdverbBeforeTheVerb_IsTheSpeaker()
        => Assert.Equal(
            new[] { "Paul Girard" },
            QuoteSpeakers.Under(
                "Piscine de Morlac",
                "Le maire Paul Girard était absent lundi soir. Il a simplement évoqué « des travaux urgents » devant le conseil."));

    [Fact]
    public void FrenchNameWithAnAdverbBeforeTheVerb_IsTheSpeaker()
        => Assert.Equal(
            new[] { "Paul Girard" },
            QuoteSpeakers.Under(
                "Piscine de Morlac",
                LanguageLeads.French + " Paul Girard a longuement dénoncé « un gâchis » devant le conseil municipal."));

    [Fact]
    public void ItalianNameWithAnAdverbBeforeTheVerb_IsTheSpeaker()
        => Assert.Equal(
            new[] { "Franco Bellini" },
            QuoteSpeakers.Under(
                "Mercato di Vallerosa",
                LanguageLeads.Italian + " Franco Bellini ha duramente criticato il progetto «faraonico» della giunta."));

    [Fact]
    public void SpanishNameWithAnAdverbBeforeTheVerb_IsTheSpeaker()
        => Assert.Equal(
            new[] { "Ramón Ferrer" },
            QuoteSpeakers.Under(
                "Mercado de Villalba",
                LanguageLeads.Spanish + " Ramón Ferrer ha duramente criticado el proyecto «faraónico» del gobierno municipal."));

    [Fact]
    public void EnglishNameWithAnAdverbBeforeTheVerb_IsTheSpeaker()
        => Assert.Equal(
            new[] { "Tom Baker" },
            QuoteSpeakers.Under(
                "Harbour plan",
                "Harbour councillor Tom Baker has strongly criticised the \"reckless\" plan for the old quay."));

    // Guard: past the adverb, a verb that reports nothing gives the quote no speaker.
    [Fact]
    public void AnAdverbBeforeAVerbThatReportsNothing_GivesNoSpeaker()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Piscine de Morlac",
                LanguageLeads.French + " Paul Girard a longuement visité le chantier du centre « Aqua Morlac » lundi."));
}
