using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The gender evidence is read once for both questions: what the paragraphs given so far show, and
/// what the whole article shows (read ahead). Evidence read ahead must not answer the first question
/// before its paragraph is given, and a paragraph given that is not the one read ahead drops what
/// was read ahead.
/// </summary>
public sealed class GendersReadOnceTests
{
    private static List<TextBlock> Blocks(params string[] texts)
        => texts.Select(text => new TextBlock(SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToList())).ToList();

    [Fact]
    public void EvidenceReadAhead_AnswersTheWholeArticle_ButNotTheParagraphsGivenSoFar()
    {
        var blocks = Blocks("Mr Vale spoke first.", "Mrs Vale smiled. Mr Brandt left.", "Nothing more.");
        var genders = new Genders(SpeechTables.All);
        genders.Read(blocks[0].Text);

        Assert.True(genders.ReadAhead(blocks, 2));
        Assert.Equal(Gender.Unknown, genders.OfWholeArticle("Vale"));
        Assert.Equal(Gender.Male, genders.OfWholeArticle("Brandt"));
        Assert.Equal(Gender.Male, genders.Of("Vale"));
        Assert.Equal(Gender.Unknown, genders.Of("Brandt"));
        Assert.False(genders.IsTitledSurname("Brandt"));

        genders.Read(blocks[1].Text);
        Assert.Equal(Gender.Unknown, genders.Of("Vale"));
        Assert.Equal(Gender.Male, genders.Of("Brandt"));
        Assert.True(genders.IsTitledSurname("Brandt"));
        Assert.True(genders.ReadsAhead);
    }

    [Fact]
    public void AParagraphGivenThatIsNotTheOneReadAhead_DropsWhatWasReadAhead()
    {
        var blocks = Blocks("Mr Vale spoke first.", "Mrs Vale smiled. Mr Brandt left.");
        var genders = new Genders(SpeechTables.All);
        genders.Read(blocks[0].Text);
        Assert.True(genders.ReadAhead(blocks, 1));
        Assert.Equal(Gender.Unknown, genders.OfWholeArticle("Vale"));

        genders.Read("Ms Brandt left.");
        Assert.False(genders.ReadsAhead);
        Assert.Equal(Gender.Male, genders.Of("Vale"));
        Assert.Equal(Gender.Female, genders.Of("Brandt"));
    }

    [Fact]
    public void ParagraphsGivenThatAreNotTheArticlesFirst_AreNotReadOn()
    {
        var blocks = Blocks("Mr Vale spoke first.", "Mrs Vale smiled.");
        var genders = new Genders(SpeechTables.All);
        genders.Read("Ms Brandt left.");

        Assert.False(genders.ReadAhead(blocks, 1));
        Assert.False(genders.ReadsAhead);
        Assert.Equal(Gender.Female, genders.Of("Brandt"));
        Assert.Equal(Gender.Unknown, genders.Of("Vale"));
    }
}
