namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A paragraph that brings in someone who acts, with a role or a description, in a shape whose
/// subject the reader does not record (a description opening the sentence, an appositive between
/// commas, a passive's agent), and then quotes a pronoun or a dropped subject: the pronoun means the
/// person the paragraph brought in, not whoever spoke in the paragraph before. Before, the earlier
/// speaker took the words.
/// </summary>
public sealed class ParagraphIntroducedPersonTests
{
    private const string English = "\"We will appeal,\" said Tom Baker on Monday.";

    [Theory]
    [InlineData("en", English, "The new ferry was launched by the mayor Jon Vale on Friday. \"The town has waited long enough,\" he said.", "Jon Vale")]
    [InlineData("de", "„Wir geben nicht auf“, sagte Paul Wendt am Mittwoch.", "Der Historiker Jan Vogt von der Hochschule kennt die Fähre seit Jahren. „Die Fähre ist alt“, fügte er hinzu.", "Jan Vogt")]
    [InlineData("it", "«Non ci arrendiamo», ha detto Paolo Rossi.", "Sul molo, la capitana del porto, la comandante Lucia Neri, controlla le barche. «Il mare è calmo», ha detto.", "Lucia Neri")]
    [InlineData("fr", "« Nous ne céderons pas », a déclaré Paul Morel.", "La fête du port était animée par le journaliste Luc Girard. « Laissez-les danser », a-t-il demandé.", "Luc Girard")]
    [InlineData("nl", "\"We geven niet op\", zei Paul de Wit.", "Ook de havenmeester Jan Visser van de gemeente controleert de boten. \"De zee is rustig\", voegde hij eraan toe.", "Jan Visser")]
    [InlineData("es", "«No nos rendimos», dijo Pablo Ruiz.", "Más tranquila se mostró la patrona del barco, Ana Gil, que lleva veinte años en el mar. «El mar está en calma», explicó.", "Ana Gil")]
    [InlineData("pt", "“Não desistimos”, disse Paulo Reis.", "No cais espera a mestre do barco, Rita Lopes, que trabalha há vinte anos no mar. “O mar está calmo”, explicou.", "Rita Lopes")]
    public void APronounAfterSomeoneBroughtInByTheParagraph_IsThatPerson(string language, string first, string second, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second).Last());

    // Two people brought in, in sentences of their own: the pronoun may mean either, so no one.
    [Fact]
    public void TwoPeopleBroughtIn_GiveNoOne()
        => Assert.Equal(
            new[] { "Tom Baker", null },
            QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), English, "The new ferry was launched by the mayor Jon Vale. The bell was rung by the chairman Tim Hale. \"The town has waited long enough,\" he said."));

    // Guards: people brought in together are a list, which a singular pronoun does not mean.
    [Fact]
    public void AListOfPeopleBroughtIn_LeavesThePronounToTheEarlierSpeaker()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), English, "The new ferry was launched by the mayor Jon Vale and the chairman Tim Hale. \"The town has waited long enough,\" he said."));

    // A name an active verb or another preposition governs is an object, no one brought in, in any
    // language; so is a name in the phrase that opens the sentence before the clause's own subject.
    [Theory]
    [InlineData("en", English, "The club thanked its chairman, Jon Vale, for his work. \"The town has waited long enough,\" he said.", "Tom Baker")]
    [InlineData("en", English, "Yesterday the club thanked its chairman Jon Vale for his work. \"The town has waited long enough,\" he said.", "Tom Baker")]
    [InlineData("en", English, "The club, which was bought by investors in May, thanked its chairman Jon Vale for his work. \"The town has waited long enough,\" he said.", "Tom Baker")]
    [InlineData("en", English, "Most residents backed the mayor Jon Vale in the vote. \"We were fooled,\" he said.", "Tom Baker")]
    [InlineData("en", English, "Last year residents elected the mayor Jon Vale on a promise to keep the ferry. \"We were fooled,\" he said.", "Tom Baker")]
    [InlineData("en", English, "Fees went up under the former mayor Jon Vale. \"That was the start of it,\" he said.", "Tom Baker")]
    [InlineData("en", English, "After talks with the harbour mayor Jon Vale, the union agreed to wait. \"We will give them a month,\" he said.", "Tom Baker")]
    [InlineData("en", English, "After talks with the harbour mayor Jon Vale, union members agreed to wait. \"We will give them a month,\" he said.", "Tom Baker")]
    [InlineData("it", "«Non ci arrendiamo», ha detto Paolo Rossi.", "Ieri il sindaco ha ringraziato l'assessore Marco Neri per il lavoro. «Lasciateli parlare», ha detto.", "Paolo Rossi")]
    [InlineData("it", "«Non ci arrendiamo», ha detto Paolo Rossi.", "Molti residenti hanno votato il sindaco Marco Neri a maggio. «Ci hanno ingannati», ha aggiunto.", "Paolo Rossi")]
    [InlineData("es", "«No nos rendimos», dijo Pablo Ruiz.", "Muchos vecinos apoyaron al alcalde Luis Pardo en la votación. «Nos engañaron», añadió.", "Pablo Ruiz")]
    [InlineData("pt", "“Não desistimos”, disse Paulo Reis.", "Muitos moradores votaram no presidente Rui Lopes em maio. “Enganaram-nos”, acrescentou.", "Paulo Reis")]
    [InlineData("fr", "« Nous ferons appel », a déclaré Paul Morel.", "Après une réunion avec le maire Luc Girard, le syndicat a accepté d’attendre. « Nous leur donnons un mois », a-t-il dit.", "Paul Morel")]
    [InlineData("fr", "« Nous ferons appel », a déclaré Paul Morel.", "Les discussions avec le maire Luc Girard ont échoué en mai. « Nous continuerons », a-t-il ajouté.", "Paul Morel")]
    [InlineData("de", "„Wir geben nicht auf“, sagte Paul Wendt am Mittwoch.", "Gespräche mit dem Bürgermeister Jan Vogt scheiterten im Mai. „Wir kämpfen weiter“, fügte er hinzu.", "Paul Wendt")]
    [InlineData("nl", "\"We geven niet op\", zei Paul de Wit.", "Gesprekken met de burgemeester Jan Visser liepen in mei vast. \"We vechten door\", voegde hij eraan toe.", "Paul de Wit")]
    public void AnObjectOrANameInAnOpeningPhrase_LeavesThePronounToTheEarlierSpeaker(string language, string first, string second, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second).Last());

    // A name with no role or description (an opponent, an object) brings in no one.
    [Fact]
    public void ANameWithNoRole_LeavesThePronounToTheEarlierSpeaker()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), "\"I knew I could win,\" said Tom Baker.", "On Saturday the rower beat Jon Vale by a length at the quay. \"It was close,\" he said."));

    // The paragraph names the earlier speaker too: the pronoun still means them.
    [Fact]
    public void AParagraphNamingTheEarlierSpeaker_LeavesThePronounToThem()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), "\"We will appeal,\" said Tom Baker.", "Baker's letter to the chairman, Ann Lee, was read out on Monday. \"It was time,\" he said."));

    // A sentence opening on a pronoun goes on with the earlier speaker.
    [Fact]
    public void AParagraphGoingOnWithAPronoun_LeavesThePronounToTheEarlierSpeaker()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), "\"We will appeal,\" said Tom Baker.", "He met the new harbour mayor Ann Lee on Monday. \"It went well,\" he said."));

    // Someone of the other gender brought in is no one "she" means.
    [Fact]
    public void SomeoneOfTheOtherGender_LeavesThePronounToTheEarlierSpeaker()
        => Assert.Equal(
            new[] { "Jane Roe", "Jane Roe" },
            QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), "Jane Roe said she would appeal. \"We will fight,\" she said.", "The new ferry was launched by the mayor, Mr Tom Baker. \"We will win,\" she said."));

    // Within the paragraph where the earlier speaker spoke, the reading is as before.
    [Fact]
    public void InTheSpeakersOwnParagraph_ThePronounIsReadAsBefore()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), "\"We will appeal,\" said Tom Baker. The letter went to the harbour mayor Ann Lee. \"We will win,\" he said."));

    // The pronoun's own sentence names someone else: the person brought in is no sure guess.
    [Fact]
    public void ThePronounsOwnSentenceNamingSomeoneElse_GivesNoOne()
        => Assert.Equal(
            new[] { "Tom Baker", null },
            QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), "Ann Lee won the rowing cup. \"We will go on,\" said Tom Baker.", "The boat was named by the mayor Jon Vale. Lee, standing on the deck, called the day \"a good start. I am proud,\" she said."));

    // An event's name after an article and a capitalised word is no one brought in.
    [Fact]
    public void AnEventsNameAfterACapitalisedWord_BringsInNoOne()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), "\"I want to row faster,\" said Tom Baker.", "A time of six minutes was good enough for the Northern Harbour Regatta. \"I am through now and that is what matters,\" he said."));
}
