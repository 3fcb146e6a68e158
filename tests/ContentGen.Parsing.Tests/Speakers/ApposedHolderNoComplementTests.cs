namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where nouns are capitalised, a role after its article with the holder set off by commas right
/// after it ("die Präfektin, Claire Montaubert,") gives the role to that holder, as it did only
/// with a complement between ("die Bürgermeisterin von Talheim, Ruth Keller,"). A later "sagte die
/// Präfektin" then means her. A name that no comma closes (a list) gives the role to no one.
/// </summary>
public sealed class ApposedHolderNoComplementTests
{
    [Fact]
    public void TheNameSetOffAfterTheRole_HoldsIt()
        => Assert.Equal(
            new[] { "Claire Montaubert" },
            QuoteSpeakers.Under("Hochwasser", LanguageLeads.German,
                "Mehr als 300 Menschen kamen, um die Präfektin, Claire Montaubert, zu hören.",
                "„Wir haben die Anwohner nicht früh genug gewarnt“, sagte die Präfektin."));

    [Fact]
    public void AnOfficeSetOffSo_IsReadTheSame()
        => Assert.Equal(
            new[] { "Ruth Keller" },
            QuoteSpeakers.Under("Hochwasser", LanguageLeads.German,
                "Im Saal saßen auch die Bürgermeisterin, Ruth Keller, und zwei Gemeinderäte.",
                "„Die Deiche werden erhöht“, versprach die Bürgermeisterin."));

    [Fact]
    public void ANameThatNoCommaCloses_HoldsNothing()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Hochwasser", LanguageLeads.German,
                "Gekommen waren die Bürgermeisterin, Ruth Keller und Paul Brandt.",
                "„Die Deiche werden erhöht“, versprach die Bürgermeisterin."));
}
