using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// How a language's speech tables are made, asked on tables built afresh for one lexicon: the
/// reporting verbs hold every inflected form, only languages whose verbs invert ("said Smith",
/// "sagte Weber") let the inflected forms precede a subject, the participles come from the
/// lemmas, long titles end compounds only where the language writes them, and subjects are
/// dropped only by the languages that drop them.
/// </summary>
public sealed class SpeechTablesBuildTests
{
    private static Lexicon Of(string language) => Lexicon.All.Single(l => l.Language == language);

    [Fact]
    public void ReportingVerbs_HoldTheListedFormsAndEveryInflectedLemma()
    {
        var english = SpeechTables.Build(new[] { Of("en") });
        Assert.True(english.ReportingVerbs.Contains("said")); // listed
        Assert.True(english.ReportingVerbs.Contains("warned")); // "warn", inflected
        Assert.True(english.ReportingVerbs.Contains("warns"));

        var german = SpeechTables.Build(new[] { Of("de") });
        Assert.True(german.ReportingVerbs.Contains("warnte")); // "warnen", from the speech words' lemmas
        Assert.True(german.ReportingVerbs.Contains("gewarnt"));
        Assert.False(german.ReportingVerbs.Contains("warned"));
    }

    [Fact]
    public void InvertingVerbs_HoldTheInflectedLemmas_OnlyWhereVerbsInvert()
    {
        var english = SpeechTables.Build(new[] { Of("en") });
        Assert.True(english.InvertingVerbs.Contains("said"));
        Assert.False(english.InvertingVerbs.Contains("warned"));

        var german = SpeechTables.Build(new[] { Of("de") });
        Assert.True(german.InvertingVerbs.Contains("sagte"));
        Assert.True(german.InvertingVerbs.Contains("warnte"));
    }

    [Fact]
    public void Participles_ComeFromTheLemmas()
    {
        var english = SpeechTables.Build(new[] { Of("en") });
        Assert.True(english.Participles.Contains("warning"));
        Assert.True(english.Participles.Contains("saying"));

        var spanish = SpeechTables.Build(new[] { Of("es") });
        Assert.True(spanish.Participles.Contains("declarando"));
        Assert.False(spanish.Participles.Contains("warning"));
    }

    // Offices of four letters or more end a compound ("Oberbürgermeister", "Klinikchef"); courtesy
    // titles ("Herr", "heer") and shorter ones ("Dr") end too many names.
    [Fact]
    public void TitleEnds_AreTheOffices_OfLanguagesThatCompoundThem()
    {
        var german = SpeechTables.Build(new[] { Of("de") });
        Assert.True(german.TitleEnds.Contains("bürgermeister"));
        Assert.True(german.TitleEnds.Contains("chefin"));
        Assert.True(german.TitleEnds.Contains("chef"));
        Assert.False(german.TitleEnds.Contains("herr"));
        Assert.False(german.TitleEnds.Contains("frau"));
        Assert.False(german.TitleEnds.Contains("dr"));
        Assert.False(SpeechTables.Build(new[] { Of("nl") }).TitleEnds.Contains("heer"));

        Assert.False(SpeechTables.Build(new[] { Of("en") }).TitleEnds.Contains("attorney"));
    }

    [Fact]
    public void DropsSubjects_WhenAnyOfTheLexiconsDoes()
    {
        Assert.True(SpeechTables.Build(new[] { Of("es") }).DropsSubjects);
        Assert.False(SpeechTables.Build(new[] { Of("en") }).DropsSubjects);
        Assert.True(SpeechTables.Build(new[] { Of("es"), Of("en") }).DropsSubjects);
        Assert.True(SpeechTables.Build(new[] { Of("en"), Of("es") }).DropsSubjects);
    }
}
