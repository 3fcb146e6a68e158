using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// The tables built once from the lexicons into static fields, built again here so that their
/// construction is asked directly: the months with their numbers in every language, the byline
/// leads without their colons and spaces, stopwords flagged with their languages, and a
/// case-sensitive union.
/// </summary>
public sealed class LexiconTableBuildTests
{
    private static int Bit(string language) => 1 << Lexicon.All.ToList().FindIndex(l => l.Language == language);

    [Theory]
    [InlineData("january", 1)]
    [InlineData("March", 3)]
    [InlineData("décembre", 12)]
    [InlineData("Januar", 1)]
    [InlineData("marzo", 3)]
    [InlineData("oktober", 10)]
    [InlineData("Harbour", 0)]
    public void TheMonthTable_NumbersEveryLanguagesMonths(string word, int month)
        => Assert.Equal(month, DateReader.MonthTable().Flags(word.AsSpan()));

    [Fact]
    public void TheMonthTable_HoldsTwelveMonthsOfEveryLanguage()
    {
        var table = DateReader.MonthTable();
        foreach (var lexicon in Lexicon.All)
        {
            for (var m = 0; m < 12; m++)
            {
                Assert.Equal(m + 1, table.Flags(lexicon.Months[m].AsSpan()));
            }
        }
    }

    // "by:" and "autor:" lead as "by" and "autor"; "par " as "par"; "source :" as "source".
    [Theory]
    [InlineData("by", true)]
    [InlineData("par", true)]
    [InlineData("autor", true)]
    [InlineData("tekst", true)]
    [InlineData("source", true)]
    [InlineData("article rédigé par", true)]
    [InlineData("autor:", false)]
    [InlineData("par ", false)]
    public void TheBylineLeads_AreThePrefixesWithoutTheirColonOrSpace(string lead, bool expected)
        => Assert.Equal(expected, AuthorReader.Leads().Contains(lead));

    [Theory]
    [InlineData("Autor:")]
    [InlineData("Tekst:")]
    [InlineData("Source :")]
    public void ALeadWithItsColon_OnlyAnnouncesNames(string line) => Assert.True(AuthorReader.IsBylineLead(line.AsSpan()));

    [Fact]
    public void Stopwords_AreFlaggedWithEachOfTheirLanguages()
    {
        var stopwords = LexiconTables.ByLanguage(l => l.Stopwords);

        Assert.Equal(Bit("en"), stopwords.Flags("the".AsSpan()) & (Bit("en") | Bit("de")));
        Assert.Equal(Bit("de"), stopwords.Flags("und".AsSpan()) & (Bit("en") | Bit("de")));
        var de = stopwords.Flags("de".AsSpan());
        Assert.Equal(Bit("fr") | Bit("nl"), de & (Bit("fr") | Bit("nl") | Bit("en")));
    }

    [Fact]
    public void AUnion_HoldsEveryListOfEveryLanguage_AndKeepsCaseWhenAsked()
    {
        var calendar = LexiconTables.Union(ignoreCase: true, l => l.Months, l => l.Weekdays);
        Assert.True(calendar.Contains("Monday"));
        Assert.True(calendar.Contains("mars"));
        Assert.True(calendar.Contains("MONTAG"));

        var abbreviations = LexiconTables.Union(ignoreCase: false, l => l.Abbreviations);
        Assert.True(abbreviations.Contains("Mr"));
        Assert.True(abbreviations.Contains("Mme"));
        Assert.False(abbreviations.Contains("MR"));
        Assert.False(abbreviations.Contains("mme"));
    }
}
