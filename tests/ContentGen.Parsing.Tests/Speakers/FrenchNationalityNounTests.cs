using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A French nationality noun is capitalised ("le Belge", "l'Italienne") and stands before a name as an
/// epithet: it describes the person and is no part of the name, as "Belgian" in "Belgian Anna Visser".
/// </summary>
public sealed class FrenchNationalityNounTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Étape au sprint", paragraphs);

    [Theory]
    [InlineData("Le Belge Pieter Claes, deuxième, ne cachait pas sa déception. « Personne ne voulait rouler », a-t-il regretté.", "Pieter Claes")]
    [InlineData("L'Italienne Giulia Ferraro, troisième, souriait. « Je suis contente de ma course », a-t-elle dit.", "Giulia Ferraro")]
    public void ANationalityNounBeforeAName_IsNoPartOfTheName(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Fact]
    public void ANationalityBeforeAName_InEnglish_IsNoPartOfTheName()
        => Assert.Equal("Pieter Claes", Speakers("Belgian Pieter Claes was second. \"Nobody wanted to ride,\" he said.")[0]);

    [Fact]
    public void ANationalityNounAlone_NamesNoOne()
        => Assert.Null(Speakers("Le Belge a longtemps mené la course. « Personne ne voulait rouler », a-t-il regretté.")[0]);
}
