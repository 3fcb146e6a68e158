namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S6, French view opening its sentence: "Pour elle, ce règlement ne sert qu'à « … »." gives
/// the view holder the quoted words the sentence ends on, when nobody reports in between; a quote
/// inside the clause (a name) or after another reporting verb is not the view holder's.
/// </summary>
public sealed class OpeningViewTests
{
    private const string Headline = "Rétention : un député en visite à Valmont";
    private const string Visit = "La députée Claire Morel a passé la matinée de lundi au centre de rétention de Valmont.";

    [Fact]
    public void QuoteEndingASentenceOpenedByAView_IsTheViewHolders()
        => Assert.Equal(new[] { "Claire Morel" }, QuoteSpeakers.Under(
            Headline,
            Visit,
            "Pour elle, ce nouveau règlement ne sert qu'à « compliquer la vie des familles du quartier »."));

    [Fact]
    public void QuoteInsideTheClause_IsNotTheViewHolders()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            Headline,
            Visit,
            "Pour elle, le projet « Habiter Valmont autrement » devra être revu avant le printemps."));

    [Fact]
    public void QuoteAfterAnotherReportingVerb_IsNotTheViewHolders()
        => Assert.DoesNotContain("Claire Morel", QuoteSpeakers.Under(
            Headline,
            Visit,
            "Pour elle, le préfet a eu tort de déclarer que le centre était « un modèle pour toute la région »."));
}
