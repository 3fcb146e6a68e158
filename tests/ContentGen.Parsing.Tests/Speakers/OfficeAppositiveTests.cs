using ContentGen.Parsing.Tests.Pages;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An office and where it is held, in lower-case words whatever the office's noun ("el patrón
/// mayor de la cofradía", "the lamplighter of the old quay"), then a comma and a full name: the
/// name is the office holder's, and the holder speaks. A work's title in the same place ("The
/// maker of the film, A Long Tide") names no one.
/// </summary>
public sealed class OfficeAppositiveTests
{
    [Theory]
    [InlineData("es", "“No podemos vivir así”, dijo el patrón mayor de la cofradía, Manuel Otero.", "Manuel Otero")]
    [InlineData("es", "“No podemos vivir así”, dijo a este periódico el patrón mayor de la cofradía, Manuel Otero.", "Manuel Otero")]
    [InlineData("es", "“No podemos vivir así”, dijo a Efe Manuel Otero.", "Manuel Otero")]
    [InlineData("en", "\"We cannot live like this,\" said the lamplighter of the old quay, Tom Otley.", "Tom Otley")]
    public void AnOfficeInLowerCaseWords_ThenAFullName_IsTheHoldersCue(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(Articles.Headline(language), Articles.Of(language)[1], paragraph));

    [Fact]
    public void AWorksTitle_NamesNoSubject()
        => Assert.DoesNotContain(
            "Long Tide",
            QuoteSpeakers.Under("Harbour film opens", "Jane Roe spoke at the launch. \"I had to explain myself,\" said the maker of the film, A Long Tide.")[0] ?? string.Empty);
}
