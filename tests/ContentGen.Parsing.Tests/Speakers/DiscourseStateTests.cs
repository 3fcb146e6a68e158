using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The reading's record, asked alone: paragraphs since the last quote, the four most salient
/// people a pronoun may mean (the latest first, none further back than the reach, someone unnamed
/// ending the search, the other gender passed over for positive evidence only), and a reporter
/// in the sentence just before.
/// </summary>
public sealed class DiscourseStateTests
{
    private static Gender Unknown(string name) => Gender.Unknown;

    [Fact]
    public void ParagraphsSinceTheLastQuote_AreCountedFromTheQuote()
    {
        var state = new DiscourseState();
        state.NextParagraph();
        state.NextParagraph();

        Assert.Equal(1, state.Paragraph);
        Assert.Equal(int.MaxValue, state.ParagraphsSinceQuoted);

        state.Sentence = 5;
        state.Quoted("Jane Doe");
        state.NextParagraph();

        Assert.Equal(("Jane Doe", 5, 1), (state.LastQuoted, state.LastQuotedSentence, state.ParagraphsSinceQuoted));
    }

    [Fact]
    public void APronoun_MeansTheLatestPersonNamed()
    {
        var state = Named("Anna Kim", "John Smith");

        Assert.Equal("John Smith", state.Antecedent(Gender.Unknown, Unknown, reach: 1));

        state.Mentioned("Anna Kim");
        Assert.Equal("Anna Kim", state.Antecedent(Gender.Unknown, Unknown, reach: 1));
    }

    [Fact]
    public void APersonNamedAgain_IsRecordedOnce_AndTakesNoOtherPersonsPlace()
    {
        // Bob, then Anna twice, Cara and Dana: four people, Bob among them.
        var state = Named("Bob Lee", "Anna Kim", "Anna Kim", "Cara Roe", "Dana Fox");
        static Gender genderOf(string name) => name == "Bob Lee" ? Gender.Male : Gender.Female;

        Assert.Equal("Bob Lee", state.Antecedent(Gender.Male, genderOf, reach: 1));
        Assert.Equal("Dana Fox", state.Antecedent(Gender.Female, genderOf, reach: 1));
    }

    [Fact]
    public void FourPeople_AreRemembered_NotFive()
    {
        static Gender genderOf(string name) => name == "Anna Kim" ? Gender.Female : Gender.Male;

        Assert.Equal("Anna Kim", Named("Anna Kim", "Bob Lee", "Carl Roe", "Dan Fox").Antecedent(Gender.Female, genderOf, reach: 1));
        Assert.Null(Named("Anna Kim", "Bob Lee", "Carl Roe", "Dan Fox", "Ed Hart").Antecedent(Gender.Female, genderOf, reach: 1));
    }

    [Fact]
    public void APersonNamedBeyondTheReach_IsNotMeant()
    {
        var state = Named("Anna Kim");
        state.NextParagraph();
        state.NextParagraph();

        Assert.Null(state.Antecedent(Gender.Unknown, Unknown, reach: 1));
        Assert.Equal("Anna Kim", state.Antecedent(Gender.Unknown, Unknown, reach: 2));
    }

    [Fact]
    public void SomeoneUnnamed_IsWhomAPronounMeans_SoItMeansNobodyNamed()
    {
        var state = Named("Anna Kim");
        state.Mentioned(null);
        state.Mentioned(null);

        Assert.Null(state.Antecedent(Gender.Unknown, Unknown, reach: 1));
    }

    [Fact]
    public void PastSomeoneOfTheOtherGender_OnlyPositiveEvidenceWillDo()
    {
        static Gender genderOf(string name) => name == "John Smith" ? Gender.Male : Gender.Unknown;

        Assert.Null(Named("Alex Kim", "John Smith").Antecedent(Gender.Female, genderOf, reach: 1));
        Assert.Equal("John Smith", Named("Alex Kim", "John Smith").Antecedent(Gender.Male, genderOf, reach: 1));
        Assert.Equal("Alex Kim", Named("John Smith", "Alex Kim").Antecedent(Gender.Female, genderOf, reach: 1));
    }

    [Fact]
    public void AReporter_IsJustBefore_InTheSentenceBefore_AfterTheLastQuote()
    {
        var state = new DiscourseState { Sentence = 3 };
        state.Reported("Tom Dunn");

        state.Sentence = 4;
        Assert.True(state.ReporterJustBefore);
        Assert.Equal(("Tom Dunn", 3), (state.LastReporter, state.LastReporterSentence));

        state.Sentence = 5;
        Assert.False(state.ReporterJustBefore);

        state.Sentence = 3;
        state.Quoted("Jane Doe");
        state.Sentence = 4;
        Assert.False(state.ReporterJustBefore);
    }

    private static DiscourseState Named(params string[] names)
    {
        var state = new DiscourseState();
        state.NextParagraph();
        foreach (var name in names)
        {
            state.Mentioned(name);
        }

        return state;
    }
}
