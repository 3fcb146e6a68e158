using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// What of a phrase before or after a reporting verb is the speaker's name: not a party, a
/// nationality or an appositive's employer, and a middle initial does not split it.
/// </summary>
public sealed class NamePhraseTests
{
    [Theory]
    [InlineData("Liberal Democrat Alan Roe said the plan was \"going against what the law meant\".", "Alan Roe")]
    [InlineData("Fellow Lib Dem Sam Baker said: \"The whole affair looks bad for them.\"", "Sam Baker")]
    [InlineData("\"The whole affair looks bad for them,\" said Spaniard Pablo Ruiz.", "Pablo Ruiz")]
    [InlineData("Der Spanier Pablo Ruiz sagte: „Die ganze Sache sieht schlecht aus.“", "Pablo Ruiz")]
    public void APartyOrANationality_BeforeAName_IsNoPartOfIt(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Fact]
    public void ANationalityAlone_IsAnEpithetForWhoeverWasNamed()
        => Assert.Equal(
            new[] { "Luis Ortega", "Luis Ortega" },
            QuoteSpeakers.UnderHarbourPlan(
                "\"I read what they wrote about me,\" said Luis Ortega.",
                "The Spaniard thought he was on the phone to a coach. \"I like how they pass the ball,\" he had said."));

    [Theory]
    [InlineData("Dr John Q. Vale said: \"Good design is more than a low price.\"", "John Q. Vale")]
    [InlineData("\"Good design is more than a low price,\" said Dr John Q. Vale.", "John Q. Vale")]
    [InlineData("„Gutes Design ist mehr als ein Preis“, sagte Hans W. Vogt.", "Hans W. Vogt")]
    public void AMiddleInitial_StaysInTheName(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Theory]
    [InlineData("\"A chart is only a first draft,\" explains Erik Lund of Acme's Danish partner Kortvej.", "Erik Lund")]
    [InlineData("«Una carta es solo un primer borrador», explicó Erik Lund de la empresa danesa Kortvej.", "Erik Lund")]
    public void APossessiveAfterAnEmployerLink_IsTheEmployers_TheNameIsBeforeTheLink(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan("\"Our sailors have never used these charts before,\" said Mr Brandt.", paragraph)[1]);

    [Fact]
    public void ASentenceOpenedByForAName_IsNotNamedFor()
        => Assert.Equal(
            new[] { "Rick Hale" },
            QuoteSpeakers.UnderHarbourPlan("For Rick Hale, director of sales at Acme, the outlook is good. \"Once the two trades never met,\" says Mr Hale."));

    [Fact]
    public void ATitleAndANameBetweenCommas_BeforeAColon_AreTheSubject()
        => Assert.Equal(
            new[] { "Tom Vale" },
            QuoteSpeakers.UnderHarbourPlan("Scottish Finance Minister, Tom Vale MSP, said: \"On Tuesday I set aside more money for the ferries.\""));

    [Theory]
    [InlineData("In a statement, Dr John Vale, Acme senior vice president, said: \"Good design is more than a low price.\"", "John Vale")]
    [InlineData("Dans un communiqué, Paul Lemoine, directeur de Valmont Santé, a déclaré : « Nous restons très inquiets. »", "Paul Lemoine")]
    public void AnAppositiveBeforeAColon_DescribesTheNameBeforeIt_ItIsNoClause(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);
}
