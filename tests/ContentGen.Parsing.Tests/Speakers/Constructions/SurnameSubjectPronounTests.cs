namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A paragraph opening on the surname alone of someone the article named in full, as the subject of
/// a verb that is no verb of saying (<c>Hennig schließt nicht aus, dass …</c>), then a quote whose cue
/// is a pronoun: the pronoun means that person, not whoever was quoted in the paragraph before.
/// </summary>
public sealed class SurnameSubjectPronounTests
{
    [Theory]
    [InlineData("de",
        "„Wir prüfen jede Beschwerde“, sagte Marktleiter Klaus Hennig.",
        "Der Händlerverein hat Unterschriften gesammelt. Bis Freitag hätten 300 Menschen unterschrieben, sagte die Vorsitzende Petra Wolfram. „Das zeigt, wie wütend die Leute sind.“",
        "Hennig schließt nicht aus, dass die Gebühr wieder sinkt. „Wir sehen uns die Zahlen im Frühjahr an“, sagte er.",
        "Klaus Hennig")]
    [InlineData("nl",
        "‘We bekijken elke klacht’, zei marktmeester Klaas Hennink.",
        "De vereniging van marktkooplui heeft handtekeningen verzameld. Tot vrijdag tekenden er 300 mensen, zei voorzitter Petra Wolters. ‘Dat laat zien hoe boos de mensen zijn.’",
        "Hennink sluit niet uit dat het tarief weer daalt. ‘We bekijken de cijfers in het voorjaar’, zei hij.",
        "Klaas Hennink")]
    [InlineData("en",
        "\"We look at every complaint,\" said market manager Keith Henning.",
        "The traders' association has gathered signatures. By Friday 300 people had signed, said its chair, Petra Walton. \"That shows how angry people are.\"",
        "Henning does not rule out a cut in the fee. \"We will look at the figures in the spring,\" he said.",
        "Keith Henning")]
    public void ThePronounAfterASurnameSubject_MeansThatPerson(string language, string first, string second, string third, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, first, second, third));

    // Stop: a surname two people of the article share means neither, so the pronoun is left unread
    // rather than given to either of them or to the speaker before.
    [Theory]
    [InlineData("de",
        "„Wir prüfen jede Beschwerde“, sagte Marktleiter Klaus Hennig.",
        "Sein Bruder, der Händler Jonas Hennig, sieht das anders. „Das ist zu teuer“, sagte er.",
        "Hennig schließt nicht aus, dass die Gebühr wieder sinkt. „Wir sehen uns die Zahlen im Frühjahr an“, sagte er.")]
    public void ASurnameOfTwoPeople_GivesNoOne(string language, string first, string second, string third)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, first, second, third));
}
