using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A French role noun before a name says the person's gender as a title does ("la préfète Anne
/// Roux", "l'avocate", "le préfet Paul Roux"): "il" then never means a woman named so.
/// </summary>
public sealed class GenderedRoleTests
{
    [Theory]
    [InlineData("La préfète Anne Roux a visité le camp lundi.")]
    [InlineData("L'avocate Anne Roux a visité le camp lundi.")]
    [InlineData("La militante Anne Roux a visité le camp lundi.")]
    public void HeNeverMeans_AWomanAFeminineRoleNames(string opening)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Calais : les associations inquiètes",
            opening,
            "« Rien n'est réglé », avait-il déclaré en 2019."));

    [Fact]
    public void HeMeans_AManAMasculineRoleNames_PastAWoman()
        => Assert.Equal(new[] { "Paul Roux" }, QuoteSpeakers.Under(
            "Calais : les associations inquiètes",
            "Le préfet Paul Roux a visité le camp lundi avec la militante Anne Morel.",
            "« Rien n'est réglé », a-t-il déclaré."));
}
