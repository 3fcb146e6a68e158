namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The name after a sentence's opening phrase is read once a sentence and kept for the questions
/// tracking asks of it again: a kept reading is never another sentence's, though the finder sets
/// the same ranges again for the next paragraph's sentences.
/// </summary>
public sealed class AfterOpeningPhraseOnceTests
{
    // The finder sets the range of a paragraph's one sentence again for the next paragraph's first.
    [Theory]
    [InlineData("en", "At her side, Jane Roe nods slowly.", "Across the room, Tom Pengarth frowns. \"Mine are grown.\"", "Tom Pengarth")]
    [InlineData("fr", "À côté d'elle, Anne Roy hoche la tête.", "Au fond de la salle, Paul Morvan fronce les sourcils. « Les miens sont grands. »", "Paul Morvan")]
    [InlineData("es", "A su lado, Ana Ruiz asiente con la cabeza.", "Al fondo de la sala, Pedro Lamas frunce el ceño. «Los míos ya son mayores».", "Pedro Lamas")]
    public void TheNextParagraphsOpeningPhrase_GivesItsOwnPerson(string language, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + first, second));

    [Theory]
    [InlineData("en", "At her side, Jane Roe nods slowly. \"My youngest is six.\" Across the room, Tom Pengarth frowns. \"Mine are grown.\"", "Jane Roe", "Tom Pengarth")]
    [InlineData("it", "Accanto a lei, Anna Rossi scuote la testa. «Il mio più piccolo ha sei anni». In fondo alla sala, Marco Neri aggrotta la fronte. «I miei sono grandi».", "Anna Rossi", "Marco Neri")]
    public void EachSentencesOpeningPhrase_GivesItsOwnPerson(string language, string paragraph, string firstSpeaker, string secondSpeaker)
        => Assert.Equal(new[] { firstSpeaker, secondSpeaker }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph));
}
