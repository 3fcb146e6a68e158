using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// What stands between an inverted reporting verb and its subject: a date with its day's number,
/// a medium written in lower case, a party's acronym before the name.
/// </summary>
public sealed class InvertedSubjectTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Le projet de loi contesté", paragraphs);

    [Theory]
    [InlineData("« Ce texte ne réglera rien », a estimé mardi 6 décembre Martin Leclerc, président de l'association.")]
    [InlineData("« Ce texte ne réglera rien », a estimé lundi 12 juin 2023 Martin Leclerc.")]
    public void ADayNumber_BelongsToTheDate_NotToTheSubject(string paragraph)
        => Assert.Equal("Martin Leclerc", Speakers(paragraph)[0]);

    [Theory]
    [InlineData("« Ce texte ne réglera rien », a estimé sur franceinfo Martin Leclerc.")]
    [InlineData("« Ce texte ne réglera rien », a estimé mardi sur franceinfo Martin Leclerc, président de l'association.")]
    public void AMediumInLowerCase_IsOneWord_AndTheNameAfterItSpoke(string paragraph)
        => Assert.Equal("Martin Leclerc", Speakers(paragraph)[0]);

    [Fact]
    public void AMediumInCapitals_StillEndsBeforeItsArticle()
        => Assert.Equal("Martin Leclerc", Speakers("« Ce texte ne réglera rien », a estimé sur France Bleu le président Martin Leclerc.")[0]);

    [Fact]
    public void APartyAcronym_BeforeAName_IsNoPartOfIt()
        => Assert.Equal(
            new[] { "Sophie Garnier" },
            Speakers("La députée LR Sophie Garnier a pris la parole. « Notre politique est dans l'impasse », a-t-elle dit."));
}
