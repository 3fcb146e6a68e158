namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// French shapes: a sentence opened by a continuation word, a link and a reporting infinitive
/// ("Avant d'ajouter : « … »", "Et de poursuivre : « … »") goes on with the report of the
/// sentence just before; adverbs between the auxiliary and the verb ("a cependant nuancé",
/// "a tout d'abord rappelé") leave the cue whole.
/// </summary>
public sealed class FrenchContinuationAndAdverbTests
{
    private const string Quay = "Le quai aux grains de Valmont sera refait cette année. « Le chantier sera long », a assuré le maire Paul Ravel.";

    [Theory]
    [InlineData(Quay + " Avant d'ajouter : « Les grues arrivent en mars. »")]
    [InlineData(Quay + " Et de poursuivre : « Les grues arrivent en mars. »")]
    [InlineData(Quay + " Puis de conclure : « Les grues arrivent en mars. »")]
    public void AnInfinitiveContinuation_GoesOnWithTheSpeaker(string paragraph)
        => Assert.Equal(new[] { "Paul Ravel", "Paul Ravel" }, QuoteSpeakers.Under("Le quai aux grains", paragraph));

    [Fact]
    public void AnItalianInfinitiveContinuation_GoesOnWithTheSpeaker()
        => Assert.Equal(
            new[] { "Marco Neri", "Marco Neri" },
            QuoteSpeakers.Under("Il molo", "Il molo del grano di Roccabella sarà rifatto quest'anno. «Il cantiere sarà lungo», ha detto il sindaco Marco Neri. Prima di aggiungere: «Le gru arrivano a marzo»."));

    // Guards: an infinitive that reports nothing; a sentence between the quote and the continuation.
    [Theory]
    [InlineData(Quay + " Avant de partir : « Les grues arrivent en mars. »")]
    [InlineData(Quay + " Claire Morin, qui dirige le port, a visité le quai mardi. Avant d'ajouter : « Les grues arrivent en mars. »")]
    public void NoReportingInfinitiveRightAfterTheQuote_GoesOnWithNoOne(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Le quai aux grains", paragraph)[^1]);

    [Theory]
    [InlineData("« Le chantier sera long », a cependant nuancé le maire Paul Ravel.")]
    [InlineData("« Le chantier sera long », a tout d'abord rappelé le maire Paul Ravel.")]
    [InlineData("« Le chantier sera long », a une nouvelle fois assuré le maire Paul Ravel.")]
    [InlineData("Le maire Paul Ravel a tout d'abord rappelé que le chantier serait « long ».")]
    public void AnAdverbBetweenAuxiliaryAndVerb_LeavesTheCue(string paragraph)
        => Assert.Equal(new[] { "Paul Ravel" }, QuoteSpeakers.Under("Le quai aux grains", "Le quai aux grains de Valmont sera refait cette année. " + paragraph));

    // Guard: an opening adverb now listed as a filler leaves the sentence's own subject, and
    // gives a quote with no cue to no one. (Session 23: "parler de" reports, so the last sentence's
    // verb is one that does not: "les habitants parlent d'un « … »" is the residents' word.)
    [Fact]
    public void AnOpeningAdverb_LeavesTheSubjectAlone()
        => Assert.Equal(
            new[] { "Paul Ravel", "Claire Morin", null },
            QuoteSpeakers.Under("Le quai aux grains", Quay + " Cependant, Claire Morin juge le calendrier « intenable ». Désormais, les habitants subissent un « chantier sans fin »."));
}
