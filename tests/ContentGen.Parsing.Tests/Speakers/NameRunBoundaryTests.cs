using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A run of capitalised words made a name, at each rule's edge: a possessive inside the run ends
/// the owner's part unless an organisation's noun closes the run; a title's complement of one or
/// two capitalised words is a place or a brief, not a name; a nationality after a title is a
/// surname, alone it is no one, and before a full name it is cut; an employer after "of" loses its
/// article.
/// </summary>
public sealed class NameRunBoundaryTests
{
    private static Subject Before(string sentence) => OneSentence.Before(sentence);

    [Theory]
    [InlineData("Deutsche Bank's Champion said it would", "Champion", false)]
    [InlineData("Minister Acme's Tom Fox said it would", "Tom Fox", false)]
    [InlineData("the Harbour Registrar's Office said it would", "Harbour Registrar's Office", true)]
    public void APossessiveInsideTheRun_EndsTheOwner_UnlessAnOrganisationsNounClosesTheRun(string sentence, string name, bool organisation)
    {
        var subject = Before(sentence);

        Assert.Equal((SubjectKind.Name, name, organisation), (subject.Kind, subject.Text, subject.IsOrganisation));
    }

    [Theory]
    [InlineData("the Labour MP for Birkenhead said it would")]
    [InlineData("the Labour MP for Greater London said it would")]
    public void ATitlesComplementOfOneOrTwoWords_IsAPlace_AndTheSubjectTheTitlesHolder(string sentence)
    {
        var subject = Before(sentence);

        Assert.Equal((SubjectKind.Role, ""), (subject.Kind, subject.Text));
    }

    [Fact]
    public void ANationalityAfterATitle_IsASurname()
    {
        var subject = Before("Mr English said it would");

        Assert.Equal((SubjectKind.Name, "English"), (subject.Kind, subject.Text));
    }

    [Theory]
    [InlineData("The Irish said it would")]
    [InlineData("Irish Welsh said it would")]
    public void NationalitiesAlone_AreNoOne(string sentence)
        => Assert.False(Before(sentence).IsFound);

    [Fact]
    public void ANationalityNounBeforeAFullName_IsCut_AndAloneIsAnEpithet()
    {
        Assert.Equal("Rafael Nadal", Before("Spaniard Rafael Nadal said it would").Text);

        var epithet = Before("The Spaniard said it would");
        Assert.Equal((SubjectKind.Role, "Spaniard"), (epithet.Kind, epithet.Text));
    }

    [Theory]
    [InlineData("Brian Taylor of Harbour Savings said it would")]
    [InlineData("Brian Taylor of the Harbour Savings said it would")]
    public void AnEmployerAfterOf_IsReadWithoutItsArticle(string sentence)
    {
        var subject = Before(sentence);

        Assert.Equal(("Brian Taylor", "Harbour Savings"), (subject.Text, subject.Employer));
    }

    [Fact]
    public void AnOrganisationsNounBeforeOf_KeepsTheNameWhole()
    {
        var subject = Before("the Muslim Council of Britain said it would");

        Assert.Equal(("Muslim Council of Britain", null), (subject.Text, subject.Employer));
    }
}
