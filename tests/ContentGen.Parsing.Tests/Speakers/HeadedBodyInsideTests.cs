namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body whose capitalised noun heads its name, the name going on through lower-case links ("a
/// Associação de Regantes do Vale Fundo", "l'Associazione dei Mugnai di Valfonda"), named inside a
/// sentence rather than as its subject, is one the article names: its noun alone later means it, so
/// "A associação diz que … «…»" is that body's (Speakers/Cast.HeadedBodyInside.cs). A run of
/// capitals stops at "de", and only a subject's reading recorded such a name before. Stops: a noun
/// of another kind never means it; a name cut at a coordinator is not recorded.
/// </summary>
public sealed class HeadedBodyInsideTests
{
    [Fact]
    public void APortugueseBodyNamedAsObject_IsMeantByItsNoun()
        => Assert.Equal(
            new[] { "Associação de Regantes do Vale Fundo" },
            QuoteSpeakers.Under(
                "Pomares em debate",
                "Os números não convencem a Associação de Regantes do Vale Fundo. A associação diz que o relatório mistura «situações diferentes»."));

    [Fact]
    public void ASpanishBodyNamedAsObject_IsMeantByItsNoun()
        => Assert.Equal(
            new[] { "Asociación de Regantes del Valle Hondo" },
            QuoteSpeakers.Under(
                "Debate sobre el riego",
                "Los datos no convencen a la Asociación de Regantes del Valle Hondo. La asociación dice que el informe mezcla «situaciones distintas»."));

    [Fact]
    public void AnItalianBodyNamedAsObject_IsMeantByItsNoun()
        => Assert.Equal(
            new[] { "Associazione dei Mugnai di Valfonda" },
            QuoteSpeakers.Under(
                "Il mulino contestato",
                "I numeri non convincono l'Associazione dei Mugnai di Valfonda. «Il rapporto confonde situazioni diverse», ha detto l'associazione."));

    [Fact]
    public void AFrenchBodyNamedAsObject_IsMeantByItsNoun()
        => Assert.Equal(
            new[] { "Association des Meuniers de Valfonde" },
            QuoteSpeakers.Under(
                "Le moulin contesté",
                "Les chiffres ne convainquent pas l'Association des Meuniers de Valfonde. « Le rapport mélange des situations différentes », estime l'association."));

    // Stop: a noun of another kind is another body, never the one named inside the sentence before.
    [Fact]
    public void ANounOfAnotherKind_IsNotTheBodyNamedInside()
        => Assert.DoesNotContain(
            "Associação de Regantes do Vale Fundo",
            QuoteSpeakers.Under(
                "Pomares em debate",
                "Os números não convencem a Associação de Regantes do Vale Fundo. A cooperativa diz que o relatório mistura «situações diferentes»."));

    // Stop: a name the reading cuts at a coordinator may go on past it ("dei Mugnai e dei Fornai"),
    // so no body is recorded cut short.
    [Fact]
    public void ANameCutAtACoordinator_IsNotRecorded()
        => Assert.DoesNotContain(
            "Associazione dei Mugnai",
            QuoteSpeakers.Under(
                "Il mulino contestato",
                "I numeri non convincono l'Associazione dei Mugnai e dei Fornai di Valfonda. «Il rapporto confonde situazioni diverse», ha detto l'associazione."));
}
