namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch put the finite verb second: a day opening the sentence puts its subject after
/// the verb (<c>Maandag was oppositieleider Sanne Visser kritisch</c>), whom the next pronoun
/// means; and a preposition fused with its article before a day (<c>Am Freitag</c>) names no one.
/// </summary>
public sealed class VerbSecondSubjectTests
{
    [Theory]
    [InlineData("Maandag was oppositieleider Sanne Visser kritisch. \"Het college kijkt alleen naar de kosten,\" zei ze.", "Sanne Visser")]
    [InlineData("Op dinsdag reageerde wethouder Sanne Visser. \"Het college kijkt alleen naar de kosten,\" zei ze.", "Sanne Visser")]
    public void Dutch_TheSubjectAfterTheVerb_IsWhomThePronounMeans(string paragraph, string speaker)
        => Assert.Equal(
            new[] { speaker },
            QuoteSpeakers.Under("Zwembad Lindewaard gaat dicht", "Voorzitter Jeroen Mulder sprak van een zwarte dag voor de wijk.", paragraph));

    [Fact]
    public void German_TheSubjectAfterTheVerb_IsWhomThePronounMeans()
        => Assert.Equal(
            new[] { "Eva Roth" },
            QuoteSpeakers.Under(
                "Hallenbad schließt",
                "Der Vorsitzende Jonas Brandt sprach von einem schwarzen Tag.",
                "Am Freitag traf Eva Roth die Schwimmer. „Wir suchen jetzt ein neues Becken“, sagte sie."));

    [Theory]
    [InlineData("Am Montag sagte ein Mitglied, man sei „fassungslos“.")]
    [InlineData("Am Freitag lobte die Trainerin die Schwimmer. „Wir haben heute alles richtig gemacht“, sagte sie.")]
    public void German_ADayAfterAm_IsNoOne(string paragraph)
        => Assert.DoesNotContain(
            QuoteSpeakers.Under("Hallenbad schließt", paragraph),
            speaker => speaker is not null && speaker.StartsWith("Am ", StringComparison.Ordinal));

    [Fact]
    public void German_ACompoundDezernentin_IsATitle()
        => Assert.Equal(
            new[] { "Petra Lindner" },
            QuoteSpeakers.Under("Hallenbad schließt", "„Wir können das Bad nicht länger halten“, sagte Sportdezernentin Petra Lindner nach der Sitzung."));
}
