using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A word alone before a colon: a transcript's speaker when the article names that person in
/// full, otherwise a topic's label ("Europe : « … »" in an interview), which names no one.
/// </summary>
public sealed class ColonLabelTests
{
    [Fact]
    public void ATopicBeforeAColon_NamesNoOne()
        => Assert.Equal(
            new string?[] { null, null },
            QuoteSpeakers.Under(
                "Entretien avec une élue",
                "Claire Vasseur, députée de la Somme, publie un livre sur les territoires.",
                "Logement : « Il faut construire davantage et plus vite. »",
                "Europe : « Nous défendons une Europe des nations et des régions. »"));

    [Fact]
    public void ASurnameBeforeAColon_NamesWhomTheArticleNamedInFull()
        => Assert.Equal(
            new[] { "Tom Fox" },
            QuoteSpeakers.Under(
                "Harbour board meets",
                "Tom Fox chairs the harbour board.",
                "Fox: \"We will vote on the plan next month.\""));

    [Fact]
    public void AFullNameBeforeAColon_Spoke()
        => Assert.Equal(
            new[] { "Tom Fox" },
            QuoteSpeakers.Under("Harbour board meets", "Tom Fox: \"We will vote on the plan next month.\""));
}
