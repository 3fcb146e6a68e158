namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A paragraph that brings in someone with a role or a description, in a shape whose subject the
/// reader does not record (an appositive after a description, a name after a profession, an object),
/// and then quotes a pronoun or a dropped subject: the pronoun means the person the paragraph brought
/// in, not whoever spoke in the paragraph before. Before, the earlier speaker took the words.
/// </summary>
public sealed class ParagraphIntroducedPersonTests
{
    [Theory]
    [InlineData("en", "\"We will appeal,\" said Tom Baker on Monday.", "The report was welcomed by the shadow harbours secretary Jon Vale. \"The town has waited long enough,\" he said.", "Jon Vale")]
    [InlineData("de", "„Wir geben nicht auf“, sagte Paul Wendt am Mittwoch.", "Der Historiker Jan Vogt von der Universität hält den Schaden für groß. „Das Geld kommt nicht zurück“, fügte er hinzu.", "Jan Vogt")]
    [InlineData("it", "«Non ci arrendiamo», ha detto Paolo Rossi.", "Alla fine il moderatore della serata, il giornalista Marco Neri, ha chiesto calma al pubblico. «Lasciateli parlare», ha detto.", "Marco Neri")]
    [InlineData("fr", "« Nous ne céderons pas », a déclaré Paul Morel.", "Le débat était animé par le journaliste Luc Girard. « Laissez-les parler », a-t-il demandé.", "Luc Girard")]
    [InlineData("nl", "\"We geven niet op\", zei Paul de Wit.", "Ook de historicus Jan Visser van de universiteit schat de schade hoog in. \"Dat geld komt niet terug\", voegde hij eraan toe.", "Jan Visser")]
    [InlineData("es", "«No nos rendimos», dijo Pablo Ruiz.", "Más prudente se mostró el colega de la Federación de Pescadores, Luis Pardo, que no ahorra críticas. «La huelga es el último recurso», explicó.", "Luis Pardo")]
    [InlineData("pt", "“Não desistimos”, disse Paulo Reis.", "Mais cauteloso, o colega da Federação dos Pescadores, Rui Lopes, que não poupa críticas à empresa. “A greve é o último recurso”, explicou.", "Rui Lopes")]
    public void APronounAfterSomeoneBroughtInByTheParagraph_IsThatPerson(string language, string first, string second, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead(language), first, second).Last());

    // Two people brought in, in sentences of their own: the pronoun may mean either, so no one.
    [Fact]
    public void TwoPeopleBroughtIn_GiveNoOne()
        => Assert.Equal(
            new[] { "Tom Baker", null },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"We will appeal,\" said Tom Baker on Monday.", "The report was welcomed by the shadow harbours secretary Jon Vale. The vote was called by the harbour chairman Tim Hale. \"The town has waited long enough,\" he said."));

    // Guards: people brought in together are a list, which a singular pronoun does not mean; a name
    // that is the object of the sentence's own subject leaves the paragraph to that subject.
    [Fact]
    public void AListOfPeopleBroughtIn_LeavesThePronounToTheEarlierSpeaker()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"We will appeal,\" said Tom Baker on Monday.", "The report was welcomed by the shadow harbours secretary Jon Vale and the harbour chairman Tim Hale. \"The town has waited long enough,\" he said."));

    [Fact]
    public void AnObjectOfTheSentencesOwnSubject_LeavesThePronounToTheEarlierSpeaker()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"We will appeal,\" said Tom Baker on Monday.", "The club thanked its chairman, Jon Vale, for his work. \"The town has waited long enough,\" he said."));

    // Guards: a name with no role or description (an opponent, an object) brings in no one.
    [Fact]
    public void ANameWithNoRole_LeavesThePronounToTheEarlierSpeaker()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"I knew I could win,\" said Tom Baker.", "The 22-year-old pipped Jon Vale on the line in the final. \"It was close,\" he said."));

    // The paragraph names the earlier speaker too: the pronoun still means them.
    [Fact]
    public void AParagraphNamingTheEarlierSpeaker_LeavesThePronounToThem()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"We will appeal,\" said Tom Baker.", "Baker's letter to the chairman, Ann Lee, was read out on Monday. \"It was time,\" he said."));

    // A sentence opening on a pronoun goes on with the earlier speaker.
    [Fact]
    public void AParagraphGoingOnWithAPronoun_LeavesThePronounToTheEarlierSpeaker()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"We will appeal,\" said Tom Baker.", "He met the new harbour mayor Ann Lee on Monday. \"It went well,\" he said."));

    // Someone of the other gender brought in is no one "she" means.
    [Fact]
    public void SomeoneOfTheOtherGender_LeavesThePronounToTheEarlierSpeaker()
        => Assert.Equal(
            new[] { "Jane Roe", "Jane Roe" },
            QuoteSpeakers.Under("Probe", Lead("en"), "Jane Roe said she would appeal. \"We will fight,\" she said.", "The club chairman, Mr Tom Baker, did not comment. \"We will win,\" she said."));

    // Within the paragraph where the earlier speaker spoke, the reading is as before.
    [Fact]
    public void InTheSpeakersOwnParagraph_ThePronounIsReadAsBefore()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"We will appeal,\" said Tom Baker. The letter went to the harbour mayor Ann Lee. \"We will win,\" he said."));

    // The pronoun's own sentence names someone else: the person brought in is no sure guess.
    [Fact]
    public void ThePronounsOwnSentenceNamingSomeoneElse_GivesNoOne()
        => Assert.Equal(
            new[] { "Tom Baker", null },
            QuoteSpeakers.Under("Probe", Lead("en"), "Ann Lee won the prize. \"We will go on,\" said Tom Baker.", "It stars the actress Kate Moss as a mother. Lee, from Harbour in Vale County, described her win as \"a fine day. I am proud,\" she said."));

    // The object of a subject after a short adverb, or past an agent's preposition in a clause of
    // its own, is no one the paragraph brings in either.
    [Theory]
    [InlineData("en", "\"We will appeal,\" said Tom Baker.", "Yesterday the club thanked its chairman Jon Vale for his work. \"The town has waited long enough,\" he said.", "Tom Baker")]
    [InlineData("it", "«Non ci arrendiamo», ha detto Paolo Rossi.", "Ieri il sindaco ha ringraziato l'assessore Marco Neri per il lavoro. «Lasciateli parlare», ha detto.", "Paolo Rossi")]
    [InlineData("en", "\"We will appeal,\" said Tom Baker.", "The club, which was bought by investors in May, thanked its chairman Jon Vale for his work. \"The town has waited long enough,\" he said.", "Tom Baker")]
    public void AnObjectAfterAnAdverbOrPastAClause_LeavesThePronounToTheEarlierSpeaker(string language, string first, string second, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead(language), first, second).Last());

    // An event's name after an article and a capitalised word is no one brought in.
    [Fact]
    public void AnEventsNameAfterACapitalisedWord_BringsInNoOne()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"I want to run faster,\" said Tom Baker.", "A time of one minute was good enough for the European Harbour Games. \"I am qualified now and that is what matters,\" he said."));

    // A name in the phrase that opens the sentence, before the clause's own subject, is no one the
    // paragraph brings in.
    [Theory]
    [InlineData("en", "\"We will appeal,\" said Tom Baker.", "After talks with the harbour mayor Jon Vale, the union agreed to wait. \"We will give them a month,\" he said.", "Tom Baker")]
    [InlineData("fr", "« Nous ferons appel », a déclaré Paul Morel.", "Après une réunion avec le maire Luc Girard, le syndicat a accepté d’attendre. « Nous leur donnons un mois », a-t-il dit.", "Paul Morel")]
    public void ANameInTheOpeningPhrase_LeavesThePronounToTheEarlierSpeaker(string language, string first, string second, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead(language), first, second).Last());

    private static string Lead(string language) => language switch
    {
        "de" => LanguageLeads.German,
        "nl" => LanguageLeads.Dutch,
        "es" => LanguageLeads.Spanish,
        "pt" => LanguageLeads.Portuguese,
        "it" => LanguageLeads.Italian,
        "fr" => LanguageLeads.French,
        _ => "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.",
    };
}
