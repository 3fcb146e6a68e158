using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The word shapes the noun-phrase reader tests before a verb, each at its edge: "It" is an
/// organisation's pronoun in lower case or opening the sentence, never "IT" and never mid-sentence;
/// a capitalised compound whose last part is lower case ("Fly-half", "ITV-based", "Pro-") describes
/// the name after it; a role after an elided article ("l'avocate") or a prefix joined by a hyphen
/// ("co-chairman", "Co-Chairman") is a role; a post-nominal title ends a name only when no article
/// stands in the two words before the run ("a senior Glasgow Kelvin MP" is someone described).
/// </summary>
public sealed class WordShapeBoundaryTests
{
    private static Subject Before(string sentence, string verb = "said") => OneSentence.Before(sentence, verb);

    [Fact]
    public void It_OpeningTheSentence_IsAnOrganisation()
        => Assert.Equal(SubjectKind.Organisation, Before("It said it would").Kind);

    [Theory]
    [InlineData("IT said it would")]
    [InlineData("Then It said it would")]
    public void ItInCapitals_OrMidSentence_IsNoOrganisationsPronoun(string sentence)
        => Assert.NotEqual(SubjectKind.Organisation, Before(sentence).Kind);

    [Theory]
    [InlineData("Fly-half Tom Fox said it would")]
    [InlineData("ITV-based Tom Fox said it would")]
    [InlineData("Pro- Tom Fox said it would")]
    public void ACompoundEndingInLowerCase_DescribesTheNameAfterIt(string sentence)
    {
        var subject = Before(sentence);

        Assert.Equal((SubjectKind.Name, "Tom Fox"), (subject.Kind, subject.Text));
    }

    [Theory]
    [InlineData("l'avocate a déclaré que", "déclaré", "l'avocate")]
    [InlineData("The party co-chairman said it would", "said", "co-chairman")]
    [InlineData("The Conservative Party Co-Chairman said it would", "said", "Co-Chairman")]
    public void ARoleAfterAnElidedArticleOrAHyphenatedPrefix_IsARole(string sentence, string verb, string role)
    {
        var subject = Before(sentence, verb);

        Assert.Equal((SubjectKind.Role, role), (subject.Kind, subject.Text));
    }

    [Theory]
    [InlineData("the Glasgow Kelvin MP said it would")]
    [InlineData("a senior Glasgow Kelvin MP said it would")]
    public void APostNominalTitle_AfterAnArticleInTheTwoWordsBefore_DescribesSomeone(string sentence)
        => Assert.Equal(SubjectKind.Role, Before(sentence).Kind);

    [Theory]
    [InlineData("Then senior Glasgow Kelvin MP said it would", "Glasgow Kelvin")]
    [InlineData("Glasgow Kelvin Tom Fox MP said it would", "Glasgow Kelvin Tom Fox")]
    public void APostNominalTitle_WithNoArticleBefore_EndsTheName(string sentence, string name)
    {
        var subject = Before(sentence);

        Assert.Equal((SubjectKind.Name, name), (subject.Kind, subject.Text));
    }
}
