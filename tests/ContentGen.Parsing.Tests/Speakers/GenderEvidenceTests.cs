using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The gender evidence an article gives: a title before a run of four capitalised words at most
/// makes its last word a man's or a woman's surname, a surname seen with both titles is unknown,
/// and a pronoun, inverted or not, gives its antecedent's gender.
/// </summary>
public sealed class GenderEvidenceTests
{
    private static Genders Read(params string[] paragraphs)
    {
        var genders = new Genders(SpeechTables.All);
        foreach (var paragraph in paragraphs)
        {
            genders.Read(paragraph);
        }

        return genders;
    }

    [Theory]
    [InlineData("Mr Howard said it would.", "Howard", "Male")]
    [InlineData("He met Mr Howard", "Howard", "Male")]
    [InlineData("Mme Vautrin a répondu.", "Vautrin", "Female")]
    [InlineData("Selon la députée Anne Roux, rien.", "Roux", "Female")]
    [InlineData("Frau Vogt sagte nichts.", "Vogt", "Female")]
    [InlineData("Howard said it would.", "Howard", "Unknown")]
    [InlineData("Mr howard said it would.", "howard", "Unknown")]
    public void ATitle_GivesTheGenderOfTheSurnameAfterIt(string paragraph, string surname, string gender)
        => Assert.Equal(gender, Read(paragraph).Of(surname).ToString());

    [Fact]
    public void TheSurname_IsTheLastWordOfTheName_WhenItIsAskedFor()
    {
        var genders = Read("Mr John Howard said it would.");

        Assert.Equal(Gender.Male, genders.Of("John Howard"));
        Assert.Equal(Gender.Male, genders.Of("Howard"));
        Assert.Equal(Gender.Unknown, genders.Of("John"));
        Assert.Equal(Gender.Unknown, genders.Of(null));
    }

    [Fact]
    public void ARunOfNames_EndsAfterFourWords()
    {
        var genders = Read("Mr John Paul George Ringo Starr played.");

        Assert.Equal(Gender.Male, genders.Of("Ringo"));
        Assert.Equal(Gender.Unknown, genders.Of("Starr"));
    }

    [Fact]
    public void ATitle_EndsTheRunBeforeIt_AndOpensItsOwn()
    {
        var genders = Read("Mr Howard Mrs Smith met.");

        Assert.Equal(Gender.Male, genders.Of("Howard"));
        Assert.Equal(Gender.Female, genders.Of("Smith"));
    }

    [Fact]
    public void ASurnameSeenWithBothTitles_IsUnknown_AndTheSameTitleTwiceKeepsIt()
    {
        Assert.Equal(Gender.Unknown, Read("Mr Howard spoke.", "Mrs Howard spoke.").Of("Howard"));
        Assert.Equal(Gender.Unknown, Read("Mrs Howard spoke.", "Mr Howard spoke.", "Mrs Howard spoke.").Of("Howard"));
        Assert.Equal(Gender.Male, Read("Mr Howard spoke.", "Later Mr Howard left.").Of("Howard"));
    }

    [Theory]
    [InlineData("he", "Male")]
    [InlineData("she", "Female")]
    [InlineData("elle", "Female")]
    [InlineData("a-t-il", "Male")]
    [InlineData("dit-elle", "Female")]
    [InlineData("it", "Unknown")]
    [InlineData("a-t-on", "Unknown")]
    public void APronoun_GivesItsAntecedentsGender(string pronoun, string gender)
        => Assert.Equal(gender, Read().OfPronoun(pronoun).ToString());
}
