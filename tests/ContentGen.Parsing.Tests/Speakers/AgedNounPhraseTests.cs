namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "a confié le jeune homme de 21 ans": a definite article, any noun for a person, and an age given
/// by a link and a number of years call the person the article named by their age, as "the
/// 21-year-old" does (English reads that already). An indefinite or a possessive is someone else; a
/// phrase that goes on past the years, or a person out of the scene, is no one.
/// </summary>
public sealed class AgedNounPhraseTests
{
    [Theory]
    [InlineData("fr", "Entré en jeu, Hugo Vidal a marqué sur son premier ballon. « J'ai frappé et j'ai prié », a confié le jeune homme de 21 ans.", "Hugo Vidal")]
    [InlineData("fr", "Odette Marchal vit seule au bout du chemin. « Le bus ne passe plus », regrette la retraitée de 84 ans.", "Odette Marchal")]
    [InlineData("fr", "Hugo Vidal a marqué sur son premier ballon. « J'ai frappé et j'ai prié », a confié l'attaquant de 21 ans, encore ému.", "Hugo Vidal")]
    [InlineData("es", "Ana Gil vive sola desde hace años. «Nadie viene a verme», dice la mujer de 84 años.", "Ana Gil")]
    [InlineData("en", "Tom Ashby scored twice on Saturday. \"I just hit it,\" the 21-year-old said.", "Tom Ashby")]
    public void ANounWithItsAge_IsThePersonNamed(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Stops: someone else's ("son fils de 12 ans"), a phrase going on past the years, another person
    // named in the paragraph before the quote.
    [Theory]
    [InlineData("fr", "Hugo Vidal a remplacé Paul Roux à la pause. « J'ai frappé et j'ai prié », a confié le jeune homme de 21 ans.")]
    [InlineData("es", "Ana Gil presentó a su vecino Luis Mora en la feria. «Nadie viene a verme», dice la mujer de 84 años.")]
    [InlineData("fr", "Hugo Vidal a marqué sur son premier ballon. « J'ai frappé et j'ai prié », a confié son fils de 12 ans.")]
    [InlineData("fr", "Hugo Vidal a perdu son portefeuille au marché. « Il était sous un banc », a raconté l'homme de 30 ans qui l'a trouvé.")]
    public void AnotherPersonsAgedNoun_IsNoOneNamed(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // An indefinite brings someone new in, described: never the person named before.
    [Fact]
    public void AnIndefiniteAgedNoun_IsSomeoneNew()
        => Assert.NotEqual(
            new string?[] { "Hugo Vidal" },
            QuoteSpeakers.Under("Probe", LanguageLeads.French, "Hugo Vidal a marqué sur son premier ballon. « J'ai frappé et j'ai prié », a confié un homme de 45 ans."));

    // Out of the scene: a person named two paragraphs back is not whom the age means.
    [Fact]
    public void AnAgedNoun_DoesNotReachPastTheSceneBefore()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Probe",
                LanguageLeads.French,
                "Hugo Vidal a marqué sur son premier ballon.",
                "Le match a ensuite été interrompu par la pluie pendant vingt minutes.",
                "L'arbitre a finalement renvoyé les équipes aux vestiers avant la fin.",
                "« J'ai frappé et j'ai prié », a confié le jeune homme de 21 ans."));
}
