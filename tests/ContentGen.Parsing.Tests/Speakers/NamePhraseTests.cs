using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// What of a phrase before or after a reporting verb is the speaker's name: not a party, a
/// nationality or an appositive's employer, and a middle initial does not split it.
/// </summary>
public sealed class NamePhraseTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour plan approved", paragraphs);

    [Theory]
    [InlineData("Liberal Democrat Alan Beith said the plan was \"acting against the spirit of the Act\".", "Alan Beith")]
    [InlineData("Fellow Lib Dem Norman Baker said: \"The episode paints an unflattering picture.\"", "Norman Baker")]
    [InlineData("\"The episode paints an unflattering picture,\" said Spaniard Rafael Nadal.", "Rafael Nadal")]
    [InlineData("Der Spanier Rafael Nadal sagte: „Die Sache zeichnet ein schlechtes Bild.“", "Rafael Nadal")]
    public void APartyOrANationality_BeforeAName_IsNoPartOfIt(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Fact]
    public void ANationalityAlone_IsAnEpithetForWhoeverWasNamed()
        => Assert.Equal(
            new[] { "Jose Reyes", "Jose Reyes" },
            Speakers(
                "\"I have seen the stories in the papers,\" said Jose Reyes.",
                "The Spaniard believed he was talking to a director. \"I love the way they play,\" he had said."));

    [Theory]
    [InlineData("Dr John E. Kelly said: \"True leadership is about more than numbers.\"", "John E. Kelly")]
    [InlineData("\"True leadership is about more than numbers,\" said Dr John E. Kelly.", "John E. Kelly")]
    [InlineData("„Wahre Führung ist mehr als Zahlen“, sagte Hans W. Vogt.", "Hans W. Vogt")]
    public void AMiddleInitial_StaysInTheName(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Theory]
    [InlineData("\"A map is a working document,\" explains Herbert Hansen of Respond's Belgian partner Keyobs.", "Herbert Hansen")]
    [InlineData("«Un mapa es un documento de trabajo», explicó Herbert Hansen de la empresa belga Keyobs.", "Herbert Hansen")]
    public void APossessiveAfterAnEmployerLink_IsTheEmployers_TheNameIsBeforeTheLink(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers("\"Our users are not familiar with satellite maps at all,\" said Mr Voigt.", paragraph)[1]);

    [Fact]
    public void ASentenceOpenedByForAName_IsNotNamedFor()
        => Assert.Equal(
            new[] { "Rick Dean" },
            Speakers("For Rick Dean, director of business development at THX, the future is bright. \"There was a time when the worlds were separate,\" says Mr Dean."));

    [Fact]
    public void ATitleAndANameBetweenCommas_BeforeAColon_AreTheSubject()
        => Assert.Equal(
            new[] { "Tom McCabe" },
            Speakers("Scottish Finance Minister, Tom McCabe MSP, said: \"Last week in parliament I announced an additional sum.\""));

    [Theory]
    [InlineData("In a statement, Dr John Kelly, IBM senior vice president, said: \"True leadership is about more than numbers.\"", "John Kelly")]
    [InlineData("Dans un communiqué, Paul Lemoine, directeur de Valmont Santé, a déclaré : « Nous restons très inquiets. »", "Paul Lemoine")]
    public void AnAppositiveBeforeAColon_DescribesTheNameBeforeIt_ItIsNoClause(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);
}
