namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Reported speech after a source frame (SpeakerFinder.ReportedSpeechAfterSource.cs): a sentence
/// with no quote whose words an "according to" frame gives to a named person ("X zufolge", "Laut
/// X", "Nach Angaben von X", Dutch "Volgens X") reports that person's view, and the sentences in
/// the mood of reported speech right after it (German Konjunktiv I, Dutch "zou") go on with it.
/// Not after a frame that names a document or a body, nor through an indicative sentence.
/// </summary>
public sealed class ReportedSpeechAfterSourceTests
{
    [Fact]
    public void AFragmentAfterASourceBeforeZufolge_IsTheSources()
        => Assert.Equal(
            new[] { "Birgit Obermann" },
            ReportedSpeechArticles.German("Obermann zufolge fehlen dem Kreis noch zwölf Millionen Euro. Man habe lange nach Geldgebern gesucht. Der Ausbau sei teuer, aber „unverzichtbar für die Region“."));

    [Fact]
    public void AFragmentAfterLaut_IsTheSources()
        => Assert.Equal(
            new[] { "Jörg Pfannmüller" },
            ReportedSpeechArticles.German("Laut Pfannmüller liegen die Kosten längst über dem Plan. Der Kreis müsse deshalb „endlich ehrlich rechnen“."));

    [Fact]
    public void AFragmentAfterNachAngabenVon_IsTheSources()
        => Assert.Equal(
            new[] { "Birgit Obermann" },
            ReportedSpeechArticles.German("Nach Angaben von Obermann beginnen die Arbeiten im März. Die Schiffe könnten dann „ohne lange Wartezeiten“ anlegen."));

    [Fact]
    public void ADutchClaimWithZouAfterVolgens_IsTheSources()
        => Assert.Equal(
            new[] { "Pieter Hoekstra" },
            ReportedSpeechArticles.Dutch("Volgens Hoekstra lopen de kosten al maanden op. De gemeente zou \"veel te optimistisch\" hebben gerekend."));

    [Fact]
    public void ADutchClaimAfterVolgensWithThereAsSubject_IsTheSources()
        => Assert.Equal(
            new[] { "Pieter Hoekstra" },
            ReportedSpeechArticles.Dutch("Volgens Hoekstra ontbreken er nog twaalf miljoen euro. De uitbreiding zou \"zonder alternatief\" zijn."));

    [Fact]
    public void AGermanFragmentAfterLautWithAnAdverb_IsTheSources()
        => Assert.Equal(
            new[] { "Jörg Pfannmüller" },
            ReportedSpeechArticles.German("Laut Pfannmüller fehlen dem Kreis inzwischen zwölf Millionen Euro. Die Schließung des Hafens sei „ohne jede Alternative“."));

    [Fact]
    public void ADutchClaimAfterVolgens_WithTheSourcesFirstParagraphOnAnotherSubject_IsTheSources()
        => Assert.Equal(
            new[] { "Frank de Wit" },
            QuoteSpeakers.Under("Verpleeghuis sluit afdeling", [
                "Het verpleeghuis aan het Stadspark sluit een afdeling. Directeur Frank de Wit bevestigde de plannen woensdag.",
                "Volgens De Wit ontbreken er twaalf verzorgenden. De sluiting zou \"zonder alternatief\" zijn."]));

    // Guards: a frame naming a document or a body gives no person; an indicative sentence breaks
    // the run; a quote in the frame's own sentence is read as before.
    [Theory]
    [InlineData("Dem Gutachten zufolge fehlen dem Kreis noch zwölf Millionen Euro. Der Ausbau sei teuer, aber „unverzichtbar für die Region“.")]
    [InlineData("Obermann zufolge fehlen dem Kreis noch zwölf Millionen Euro. Der Hafen liegt am Fluss. Der Ausbau sei teuer, aber „unverzichtbar für die Region“.")]
    public void WithoutANamedSourceJustBefore_TheFragmentIsNotTheSources(string paragraph)
        => Assert.DoesNotContain("Birgit Obermann", ReportedSpeechArticles.German(paragraph));

    [Fact]
    public void ADutchClaimAfterADocument_IsNoOnes()
        => Assert.Equal(
            new string?[] { null },
            ReportedSpeechArticles.Dutch("Volgens het rapport lopen de kosten al maanden op. De gemeente zou \"veel te optimistisch\" hebben gerekend."));
}
