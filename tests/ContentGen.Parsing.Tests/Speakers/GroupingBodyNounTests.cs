namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// French "groupement", a grouping of a trade's firms, heads a body's name as "syndicat" and "union" do: "le Groupement
/// des hôteliers de Val-Fleuri" speaks under its whole name, not as "Groupement" cut at its first lower-case word
/// (FrenchSpeech.OrganisationNouns, session 74). A French word: the other languages' groupings ("group", "agrupación")
/// are read by their own nouns. Invented sentences.
/// </summary>
public sealed class GroupingBodyNounTests
{
    [Theory]
    [InlineData("« Nous avons été prévenus par un simple courriel », regrette le Groupement des hôteliers de Val-Fleuri.")]
    [InlineData("« Nous avons été prévenus par un simple courriel », regrette le Groupement des hôteliers de Val-Fleuri, qui réclame un report.")]
    public void AGroupingNamedInFull_SpeaksUnderItsWholeName(string paragraphs)
        => QuoteSpeakers.Check("fr", paragraphs, "Groupement des hôteliers de Val-Fleuri");
}
