namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Reported speech running on into a quote (SpeakerFinder.ReportedSpeechRunsOn.cs): after a
/// sentence that names who reports, or whose subject is that person, up to two sentences in the
/// mood of reported speech (German Konjunktiv I, or II where I reads as the indicative; Dutch
/// "zou") go on with that person's words, and a quote alone after them, or a fragment inside one,
/// is theirs. Not through a new person as subject, an indicative sentence, or a condition.
/// </summary>
public sealed class ReportedSpeechRunsOnTests
{
    [Fact]
    public void AQuoteAfterTheReportersRun_IsTheReporters()
        => Assert.Equal(
            new[] { "Birgit Obermann" },
            ReportedSpeechArticles.German("Obermann betonte, der Kreis habe die Kosten geprüft. Ein Verzicht komme nicht in Betracht. „Das wäre ein falsches Signal an alle Pendler.“"));

    [Fact]
    public void AQuoteAfterTheSubjectsRun_IsTheSubjects()
        => Assert.Equal(
            new[] { "Jörg Pfannmüller" },
            ReportedSpeechArticles.German("Pfannmüller versuchte zu beschwichtigen. Zuständig sei nicht der Kreis, sondern das Land. „Uns sind hier leider die Hände gebunden.“"));

    [Fact]
    public void AFragmentInsideTheRun_IsTheSubjects()
        => Assert.Equal(
            new[] { "Birgit Obermann" },
            ReportedSpeechArticles.German("Obermann dankte den Helfern. Was die Vereine geleistet hätten, sei „schlicht großartig“."));

    [Fact]
    public void AQuoteOpeningTheNextParagraph_GoesOnWithTheRun()
        => Assert.Equal(
            new[] { "Birgit Obermann" },
            ReportedSpeechArticles.German("Obermann betonte, der Kreis habe die Kosten geprüft. Ein Verzicht komme nicht in Betracht.", "„Das wäre ein falsches Signal an alle Pendler.“"));

    [Fact]
    public void ADutchClaimWithZou_GoesOnWithTheSubject()
        => Assert.Equal(
            new[] { "Karin Dijkstra" },
            ReportedSpeechArticles.Dutch("Dijkstra spreekt dat tegen. De gemeenten zouden al in het voorjaar zijn geïnformeerd. “We hebben er meerdere keren over gesproken.”"));

    // Guards: another person as subject in between (whose the quote is then is not this rule's to
    // say); an indicative sentence in between; a condition ("wenn … wäre"); a run longer than two
    // sentences.
    [Theory]
    [InlineData("Obermann betonte, der Kreis habe die Kosten geprüft. Pfannmüller habe davon nichts gewusst. „Das wäre ein falsches Signal an alle Pendler.“")]
    [InlineData("Obermann betonte, der Kreis habe die Kosten geprüft. Der Hafen liegt am Fluss. „Das wäre ein falsches Signal an alle Pendler.“")]
    [InlineData("Obermann dankte den Helfern. Wenn der Hafen fertig wäre, gäbe es mehr Arbeit. „Das ist ein falsches Signal an alle Pendler.“")]
    [InlineData("Obermann betonte, der Kreis habe geprüft. Ein Verzicht komme nicht in Betracht. Der Bund müsse helfen. Das Land solle zahlen. „Das wäre ein falsches Signal an alle Pendler.“")]
    public void WithTheRunBroken_TheQuoteIsNotTheReporters(string paragraph)
        => Assert.DoesNotContain("Birgit Obermann", ReportedSpeechArticles.German(paragraph));

    [Fact]
    public void ADutchConditionWithZou_LeavesTheQuoteNoOnes()
        => Assert.Equal(
            new string?[] { null },
            ReportedSpeechArticles.Dutch("Dijkstra spreekt dat tegen. Als de brug dicht ging, zou de bus omrijden. “We hebben er meerdere keren over gesproken.”"));
}
