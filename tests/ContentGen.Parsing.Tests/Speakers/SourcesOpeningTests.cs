namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Unnamed sources of an organisation opening the sentence speak for it, over the quote their verb
/// governs (SpeakerFinder.OpeningSubjectGoverns.cs, <c>SourcesOpening</c>).
/// </summary>
public sealed class SourcesOpeningTests
{
    [Theory]
    [InlineData("Incendio en Valdeiro", "Fuentes de la Policía Local señalaron que «no se descarta ninguna causa» por ahora.", "Policía Local")]
    [InlineData("Obras en Valdeiro", "Fuentes de la empresa constructora, Viales Norte, aseguraron que los trabajos «no sufrirán retrasos».", "Viales Norte")]
    [InlineData("Incendio a Borgoleone", "Fonti della Protezione Civile hanno confermato che la situazione è «sotto controllo».", "Protezione Civile")]
    public void SourcesOfANamedOrganisation_SpeakForIt(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    // Sources of no organisation: no one.
    [InlineData("Fuentes consultadas por este diario aseguran que los trabajos «no sufrirán retrasos».")]
    // An organisation by its noun alone that the article never named: no one.
    [InlineData("Fuentes de la empresa aseguraron que los trabajos «no sufrirán retrasos».")]
    public void SourcesOfNoOneNamed_GiveNoSpeaker(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Obras en Valdeiro", paragraph));

    [Fact]
    public void AnotherVerbOfSaying_KeepsTheQuoteFromTheSources()
        => Assert.NotEqual(
            "Policía Local",
            QuoteSpeakers.Under("Obras en Valdeiro", "Fuentes de la Policía Local señalaron que la alcaldesa calificó el corte de «inevitable».")[0]);
}
