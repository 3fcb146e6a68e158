using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Datelines print months as their region spells them ("12. Jänner 2024" in Austria, "12 de setiembre de 2023" in Peru or
/// Uruguay) or as a dump that lost the accents prints them ("12 fevrier 2024", "3 aout 2024"): the lexicons list these
/// spellings (<c>MonthVariants</c>), each with the month it stands for. A name that looks like a month without its
/// accent ("Marco Rossi") is none.
/// </summary>
public sealed class MonthSpellingTests
{
    [Theory]
    [InlineData("12. Jänner 2024", "2024-01-12")]
    [InlineData("3. Feber 2025, 14:30 Uhr", "2025-02-03T14:30")]
    [InlineData("12 de setiembre de 2023", "2023-09-12")]
    [InlineData("Publié le 12 fevrier 2024 à 18h05", "2024-02-12T18:05")]
    [InlineData("3 aout 2024", "2024-08-03")]
    [InlineData("24 decembre 2023", "2023-12-24")]
    public void AnotherSpellingOfAMonth_GivesItsDate(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("de", "Stand: 12. Jänner 2024, 18:05 Uhr", "2024-01-12T18:05")]
    [InlineData("es", "Lima, 12 de setiembre de 2023", "2023-09-12")]
    [InlineData("fr", "Publié le 12 fevrier 2024 à 18h05", "2024-02-12T18:05")]
    public void AnArticleDatedSo_IsDated(string language, string dateline, string expected)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], dateline, p[1], p[2], p[3]);

        Assert.Equal(expected, ArticleParser.Parse(page).Published);
    }

    [Theory]
    [InlineData("12 Marco Rossi")]
    [InlineData("Marco 2024")]
    public void ANameLikeAMonthWithoutItsAccent_GivesNoDate(string line) => Assert.Null(DateReader.Read(line.AsSpan()));

    [Fact]
    public void ABylineWithSuchAName_StillNamesTheWriter()
    {
        var p = Articles.Of("it");
        var page = string.Join("\n\n", "Menu\nCerca\nAccedi", p[0], "di Marco Rossi\n12 marzo 2024", p[1], p[2], p[3]);

        Assert.Equal("Marco Rossi", ArticleParser.Parse(page).Author);
    }

    // Each spelling is written "spelling=month", with one '=' and a month its own lexicon lists.
    [Fact]
    public void EverySpelling_NamesOneOfItsLanguagesMonths()
    {
        foreach (var lexicon in ContentGen.Parsing.Lexicons.Lexicon.All)
        {
            foreach (var variant in lexicon.MonthVariants)
            {
                var parts = variant.Split('=');
                Assert.True(parts.Length == 2 && parts[0].Length > 0, variant);
                Assert.Contains(parts[1], lexicon.Months);
            }
        }
    }
}
