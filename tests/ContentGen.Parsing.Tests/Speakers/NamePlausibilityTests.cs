using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// What can name a speaker, asked of the article's own text: capitalised words without digits or
/// possessives, not a date, a nationality or a quoted title; a single word only when the article
/// capitalises it inside a sentence or uses it as the surname of a full name, and never a word it
/// also writes in lower case. Full names are two capitalised words in a row, after any titles,
/// nationalities, possessives and descriptive compounds.
/// </summary>
public sealed class NamePlausibilityTests
{
    private static NamePlausibility Article(params string[] paragraphs) => new(paragraphs, [], SpeechTables.All);

    [Theory]
    [InlineData("Jane Doe")]
    [InlineData("Aguas de Valdeoro")]
    [InlineData("Jean-Luc Picard")]
    public void CapitalisedWords_AndTheJoinersOfNames_CanNameASpeaker(string name)
        => Assert.True(Article("Nothing here names anyone.").IsPlausible(name));

    [Theory]
    [InlineData("Jane D0e")]
    [InlineData("Acme's Boss")]
    [InlineData("Jones' Boss")]
    [InlineData("Acme’s Boss")]
    [InlineData("Jane  Doe")]
    [InlineData("Jane the Doe")]
    [InlineData("jane Doe")]
    [InlineData("Monday Tuesday")]
    [InlineData("March")]
    [InlineData("British")]
    [InlineData("Former Fellow")]
    public void ADigit_APossessive_ALowerCaseWord_OrOnlyDatesAndEpithets_NameNobody(string name)
        => Assert.False(Article("Nothing here names anyone, Monday, March, British, Former.").IsPlausible(name));

    [Theory]
    [InlineData("Harbour Lights")]
    [InlineData("harbour lights")]
    public void AQuotedTitle_NamesNobody_WhateverItsCase(string name)
    {
        var article = new NamePlausibility(["The band played at the pier."], [" Harbour Lights "], SpeechTables.All);

        Assert.False(article.IsPlausible(name));
        Assert.True(article.IsPlausible("Harbour Master"));
    }

    [Theory]
    [InlineData("The report was written by Okafor and her team.", true)]
    [InlineData("Yes, Okafor was right.", true)]
    [InlineData("Okafor wrote the report.", false)]
    [InlineData("It rained. Okafor was right.", false)]
    [InlineData("He said: Okafor was right.", false)]
    [InlineData("\"Okafor was right,\" he said.", false)]
    [InlineData("Was it right? Okafor said so.", false)]
    [InlineData("Was it right! Okafor said so.", false)]
    [InlineData("Helen Okafor wrote the report.", true)]
    [InlineData("The report went to Okafor. The okafor is a bird.", false)]
    public void ASingleWord_IsANameOnlyWhenTheArticleCapitalisesItInsideASentence_OrItEndsAFullName(string paragraph, bool plausible)
        => Assert.Equal(plausible, Article(paragraph).IsPlausible("Okafor"));

    [Fact]
    public void AHyphenatedWord_IsOneName()
        => Assert.True(Article("He met Smith-Jones today.").IsPlausible("Smith-Jones"));

    [Theory]
    [InlineData("He joined Acme's board in May.")]
    [InlineData("He joined Acme’s board in May.")]
    [InlineData("He joined Acme' board in May.")]
    public void APossessive_ShowsItsOwnerIsAName(string paragraph)
        => Assert.True(Article(paragraph).IsPlausible("Acme"));

    // An apostrophe inside a name is part of it: "O'Brien" is not "O" and a possessive.
    [Theory]
    [InlineData("The report was written by O'Brien and her team.", "O'Brien")]
    [InlineData("The report was written by O’Brien and her team.", "O’Brien")]
    [InlineData("The plan went to D'Souza on Monday.", "D'Souza")]
    [InlineData("He joined O'Brien's team in May.", "O'Brien")]
    public void AnApostropheInsideAName_KeepsTheNameWhole(string paragraph, string name)
        => Assert.True(Article(paragraph).IsPlausible(name));

    [Fact]
    public void AStopword_IsNoName_EvenCapitalisedInsideASentence()
        => Assert.False(Article("He asked The Who to play.").IsPlausible("The"));

    [Theory]
    [InlineData("Rolf Fennimore won. Fennimore said little.", "Rolf Fennimore")]
    [InlineData("Tennis star British Tim Hollis won.", "Tim Hollis")]
    [InlineData("Arsenal's Thierry Henry scored.", "Thierry Henry")]
    [InlineData("Top-seeded Rolf Fennimore won.", "Rolf Fennimore")]
    [InlineData("Rolf Fennimore won, and Rolf Fennimore said little.", "Rolf Fennimore")]
    [InlineData("Jean-Luc Picard won.", "Jean-Luc Picard")]
    [InlineData("Germans Anna Weber won.", "Anna Weber")]
    [InlineData("Rolf Fennimore's racket won.", "Rolf Fennimore")]
    public void AFullName_IsTwoCapitalisedWords_AfterTitlesNationalitiesAndPossessives(string paragraph, string full)
    {
        var article = Article(paragraph);
        var surname = full.Split(' ')[1];

        Assert.Equal(full, article.FullNameOf(surname));
        Assert.True(article.IsKnownSurname(surname));
        Assert.False(article.IsAmbiguousSurname(surname));
    }

    [Theory]
    [InlineData("Anna Maria Fennimore won.")]
    [InlineData("Roger, Fennimore won.")]
    [InlineData("Christmas. Fennimore won.")]
    [InlineData("Fennimore won.")]
    [InlineData("Room 101 Fennimore won.")]
    public void ThreeWords_OrWordsSetApart_MakeNoFullName(string paragraph)
    {
        var article = Article(paragraph);

        Assert.Null(article.FullNameOf("Fennimore"));
        Assert.False(article.IsKnownSurname("Fennimore"));
    }

    [Fact]
    public void ASurnameOfTwoFullNames_IsAmbiguous_AndNamesNeither()
    {
        var article = Article("Rolf Fennimore won.", "Anna Fennimore lost.");

        Assert.True(article.IsAmbiguousSurname("Fennimore"));
        Assert.Null(article.FullNameOf("Fennimore"));
        Assert.False(article.IsAmbiguousSurname("Okafor"));
    }

    [Fact]
    public void ASurname_IsKnownOnlyWhenItCanNameSomeone()
        => Assert.False(Article("Roger Monday won.").IsKnownSurname("Monday"));

    [Theory]
    [InlineData("Boeing's", true)]
    [InlineData("Boeing’s", true)]
    [InlineData("Jones'", true)]
    [InlineData("Jones’", true)]
    [InlineData("Boeing", false)]
    [InlineData("Boeings", false)]
    public void APossessive_EndsInAnApostropheAndS_OrAnApostrophe(string word, bool possessive)
        => Assert.Equal(possessive, NamePlausibility.IsPossessive(word.AsSpan()));
}
