using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// German and Dutch join a desk to the writer's job in one word ("Politikredakteur", "Auslandskorrespondentin",
/// "sportverslaggever"), and a job's line may say where the job is held when the job opens it. Such a line stands
/// between the writer's name and the dateline; a sentence that merely holds a job's word is none.
/// </summary>
public sealed class CompoundRoleLineTests
{
    [Theory]
    [InlineData("Politikredakteur")]
    [InlineData("Auslandskorrespondentin")]
    [InlineData("Sportverslaggever")]
    [InlineData("Wirtschaftskorrespondentin für Südamerika und die Karibik")]
    [InlineData("Redacteur binnenland en politiek bij de regionale omroep")]
    public void ACompoundJob_OrAJobThatOpensTheLine_IsARoleLine(string line)
        => Assert.True(AuthorReader.IsRoleLine(line.AsSpan()));

    [Theory]
    [InlineData("Redaktion")]
    [InlineData("Der Korrespondent sprach lange mit den Anwohnern über die Pläne.")]
    [InlineData("Stadtrat")]
    [InlineData("Geschichte des Hafens und seiner Fähren bis heute")]
    public void ASentenceOrAShortWord_IsNoRoleLine(string line)
    {
        var expected = line == "Redaktion";
        Assert.Equal(expected, AuthorReader.IsRoleLine(line.AsSpan()));
    }

    [Theory]
    [InlineData("de", "Jürgen Albers\nPolitikredakteur\n12.03.2024", "Jürgen Albers")]
    [InlineData("nl", "Pieter de Vries\nSportverslaggever\n12 maart 2024", "Pieter de Vries")]
    public void ANameOverACompoundJobOverTheDate_NamesTheWriter(string language, string meta, string expected)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], meta, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(expected, article.Author);
    }
}
