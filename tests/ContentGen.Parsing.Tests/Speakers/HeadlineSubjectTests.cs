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
    [InlineData("Kennedy begins pre-election tour", "Liberal Democrat leader Charles Kennedy has begun a tour to persuade voters they are the \"real opposition\".", "Charles Kennedy")]
    [InlineData("Darmanin défend sa loi", "Gérald Darmanin, ministre de l'Intérieur, a présenté un texte « ferme et humain » devant les députés.", "Gérald Darmanin")]
    public void AStandfirstQuote_BelongsToTheSubjectTheHeadlineNames(string title, string standfirst, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(title, standfirst, "The tour starts in Cardiff on Monday."));

    [Theory]
    [InlineData("Labour councillors in court", "Three Labour councillors were caught running a \"vote-rigging factory\", a court heard.")]
    [InlineData("Blair plans tour", "Liberal Democrat leader Charles Kennedy has begun a tour to persuade voters they are the \"real opposition\".")]
    public void AStandfirstQuote_BelongsToNoOne_WithoutAPersonTheHeadlineNamesAsItsSubject(string title, string standfirst)
        => Assert.Equal(new string?[] { null }, Speakers(title, standfirst, "The tour starts in Cardiff on Monday."));

    [Fact]
    public void OnlyTheStandfirst_TakesTheHeadlinesSubject()
        => Assert.Equal(
            new string?[] { null },
            Speakers(
                "Kennedy begins pre-election tour",
                "The tour starts in Cardiff on Monday.",
                "Liberal Democrat leader Charles Kennedy has begun a tour to persuade voters they are the \"real opposition\"."));
}
