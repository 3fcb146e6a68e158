using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name given with its acronym in brackets before the verb ("The Harbour Chambers of Commerce
/// (HCC) said") is an organisation's, at each edge: the acronym is two capitals or more, alone
/// between round brackets right after a capitalised name; two such names joined name neither; one
/// after a preposition is what someone speaks for. Anything else in the brackets is stepped over,
/// and the name before them read as any other.
/// </summary>
public sealed class AcronymBoundaryTests
{
    private static Subject Before(string sentence) => OneSentence.Before(sentence);

    [Theory]
    [InlineData("The Harbour Chambers of Commerce (HCC) said it would", "Harbour Chambers of Commerce")]
    [InlineData("Harbour Trust (HT) said it would", "Harbour Trust")]
    public void ANameWithItsAcronym_IsAnOrganisations(string sentence, string name)
    {
        var subject = Before(sentence);

        Assert.Equal((SubjectKind.Name, name, true), (subject.Kind, subject.Text, subject.IsOrganisation));
    }

    [Theory]
    [InlineData("The Harbour Trust (H) said it would")]
    [InlineData("The Harbour Trust (Ht) said it would")]
    [InlineData("The Harbour Trust (the HT) said it would")]
    public void NoAcronymInTheBrackets_LeavesTheNameBeforeThemAsAnyName(string sentence)
    {
        var subject = Before(sentence);

        Assert.Equal((SubjectKind.Name, "Harbour Trust", false), (subject.Kind, subject.Text, subject.IsOrganisation));
    }

    [Theory]
    [InlineData("The Harbour Fund (HF) and the Vale Trust (VT) said it would")]
    [InlineData("the harbour trust (HT) said it would")]
    [InlineData("The Harbour Trust (HT] said it would")]
    [InlineData("The Harbour Trust HT) said it would")]
    [InlineData("(HT) said it would")]
    public void TwoJoinedNames_NoCapitalisedName_OrNoPairOfBrackets_NameNoOne(string sentence)
        => Assert.False(Before(sentence).IsFound);

    // "Gesundheitsministerin Sabine Roth (CSU) sagte": a party's initials are the person's
    // affiliation; the name before them is read as any other, without its title.
    [Theory]
    [InlineData("Gesundheitsministerin Sabine Roth (CSU) sagte, sie", "sagte", "Sabine Roth")]
    [InlineData("Councillor Jane Roe (SNP) said she", "said", "Jane Roe")]
    public void APartysInitialsAfterAName_AreNoOrganisations(string sentence, string verb, string name)
    {
        var subject = OneSentence.Before(sentence, verb);

        Assert.Equal((SubjectKind.Name, name, false), (subject.Kind, subject.Text, subject.IsOrganisation));
    }

    [Fact]
    public void ANameWithItsAcronym_AfterASpokesmansPreposition_IsWhomTheSpokesmanSpeaksFor()
    {
        var subject = Before("a spokesman for the Harbour Recording Guild (HRG) said it would");

        Assert.Equal(("Harbour Recording Guild", "Harbour Recording Guild"), (subject.Text, subject.Employer));
    }
}
