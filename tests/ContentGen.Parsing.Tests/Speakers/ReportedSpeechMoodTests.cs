namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German reports speech in its own mood (Konjunktiv I): a sentence whose verb stands in it ("sei",
/// "seien", "könne") right after a quoted sentence goes on with that speaker's report, whatever its
/// grammatical subject (SpeakerFinder.ReportedSpeech.cs). Not when no one was quoted just before,
/// when the writer speaks ("Ich habe"), or when the sentence names a speaker of its own.
/// </summary>
public sealed class ReportedSpeechMoodTests
{
    private const string People =
        "Landrätin Birgit Obermann hat den Plan verteidigt. Stadtrat Jörg Pfannmüller hält ihn für zu teuer.";

    [Theory]
    [InlineData("„Wir bauen weiter“, sagte Obermann am Montag. Die Kritiker seien „schlecht informiert“.")]
    [InlineData("„Wir bauen weiter“, sagte Obermann am Montag. Ein Verzicht auf den Bau sei „keine Lösung“.")]
    [InlineData("„Wir bauen weiter“, sagte Obermann am Montag. Der Kreis könne die Kosten „ohne Probleme“ tragen.")]
    public void AFragmentInReportedSpeech_IsTheLastSpeakers(string paragraph)
        => Assert.Equal(new[] { "Birgit Obermann", "Birgit Obermann" }, QuoteSpeakers.Under("Streit um den Hafen", People, paragraph));

    // Guards: no quote just before; the writer's own "ich habe"; a sentence in the indicative; a
    // speaker the sentence names itself.
    [Theory]
    [InlineData("„Wir bauen weiter“, sagte Obermann. Ich habe den Plan „mit Sorge“ gelesen.", "Birgit Obermann")]
    [InlineData("„Wir bauen weiter“, sagte Obermann. Die Kritiker sind „schlecht informiert“.", "Birgit Obermann")]
    public void WithNoReportJustBefore_TheFragmentIsNoOnes(string paragraph, string? first)
        => Assert.Equal(new[] { first, null }, QuoteSpeakers.Under("Streit um den Hafen", People, paragraph));

    [Fact]
    public void WithNoQuoteBefore_TheFragmentIsNoOnes()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Streit um den Hafen", People, "Der Hafen liegt am Fluss. Die Kritiker seien „schlecht informiert“."));

    [Fact]
    public void ASpeakerNamedInTheSentence_SaysItsQuote()
        => Assert.Equal(
            new[] { "Birgit Obermann", "Jörg Pfannmüller" },
            QuoteSpeakers.Under("Streit um den Hafen", People, "„Wir bauen weiter“, sagte Obermann. Die Kosten seien „viel zu hoch“, meinte dagegen Pfannmüller."));
}
