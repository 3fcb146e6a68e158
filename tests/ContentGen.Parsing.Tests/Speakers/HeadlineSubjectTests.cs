using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S10: a quote of the standfirst with no cue belongs to its sentence's subject, when the
/// headline names that person first and a title or role says the subject is a person.
/// </summary>
public sealed class HeadlineSubjectTests
{
    private static string?[] Speakers(string title, params string[] paragraphs)
        => ArticleParser.Parse(title + "\n\n" + string.Join("\n\n", paragraphs)).Quotes.Select(q => q.Speaker).ToArray();

    [Theory]
    [InlineData("Moss starts coastal bus tour", "Liberal Democrat leader Jane Moss has set off on a bus tour to convince voters they are the \"only real choice\".", "Jane Moss")]
    [InlineData("Girard défend sa loi", "Paul Girard, ministre de l'Intérieur, a présenté un texte « juste et clair » devant les députés.", "Paul Girard")]
    public void AStandfirstQuote_BelongsToTheSubjectTheHeadlineNames(string title, string standfirst, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(title, standfirst, "The tour starts in Valmont on Monday."));

    [Theory]
    [InlineData("Labour councillors in court", "Two Labour councillors ran a \"ballot-stuffing scheme\", a court heard.")]
    [InlineData("Fox plans tour", "Liberal Democrat leader Jane Moss has set off on a bus tour to convince voters they are the \"only real choice\".")]
    public void AStandfirstQuote_BelongsToNoOne_WithoutAPersonTheHeadlineNamesAsItsSubject(string title, string standfirst)
        => Assert.Equal(new string?[] { null }, Speakers(title, standfirst, "The tour starts in Valmont on Monday."));

    [Fact]
    public void OnlyTheStandfirst_TakesTheHeadlinesSubject()
        => Assert.Equal(
            new string?[] { null },
            Speakers(
                "Moss starts coastal bus tour",
                "The tour starts in Valmont on Monday.",
                "Liberal Democrat leader Jane Moss has set off on a bus tour to convince voters they are the \"only real choice\"."));
}
