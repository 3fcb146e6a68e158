namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote after a colon that a verb of reading out and a text bring in ("a lu le message du
/// maire :", "read out the mayor's letter:") is the text's words, not the reader's: no one. A clause
/// after a conjunction, or a reading verb with no text after it, leaves the colon's subject speaking.
/// </summary>
public sealed class ReadAloudTests
{
    [Theory]
    [InlineData("Le maire Luc Morel n'était pas présent.", "Une habitante, Claire Dumas, a lu le message du maire : « Je soutiens votre combat. »")]
    [InlineData("Mayor Tom Hale could not attend.", "Resident Jane Price read out the mayor's letter: \"I support your campaign.\"")]
    [InlineData("El alcalde Juan Ruiz no pudo asistir.", "Una vecina, Laura Pons, leyó la carta del alcalde: «Apoyo vuestra lucha».")]
    [InlineData("Il sindaco Carlo Lodi era assente.", "Una residente, Anna Greco, ha letto la lettera del sindaco: «Sostengo la vostra battaglia».")]
    [InlineData("O presidente Rui Matos não pôde estar presente.", "Uma moradora, Ana Lopes, leu a mensagem do presidente: «Apoio a vossa luta».")]
    [InlineData("Bürgermeister Max Berg war verhindert.", "Die Anwohnerin Eva Roth verlas seinen Brief: „Ich unterstütze Sie.“")]
    public void AQuoteReadOutFromAText_IsNotTheReaders(string first, string second)
        => Assert.Null(QuoteSpeakers.Under("Probe", first + " " + second).Last());

    // Stop: after a conjunction the clause before the colon is the reader's own ("et conclut").
    [Fact]
    public void AClauseAfterAConjunction_KeepsItsSubject()
        => Assert.Equal("Claire Dumas", QuoteSpeakers.Under("Probe",
            "Claire Dumas a lu le rapport et conclut : « Rien n'a changé. »").Last());

    // Stop: a reading verb with no text after it ("read the figures") is no document read out.
    [Fact]
    public void AReadingVerbWithoutAText_KeepsItsSubject()
        => Assert.Equal("Jane Price", QuoteSpeakers.Under("Probe",
            "Jane Price read the figures: \"We are short by ten thousand pounds.\"").Last());

    // Stop: a second clause with no comma before the colon, its own subject and verb of saying.
    [Theory]
    [InlineData("After she read the letter Jane Price told reporters: \"We will fight on.\"", "Jane Price")]
    [InlineData("Après avoir lu le message du maire Claire Dumas a déclaré : « Nous continuerons. »", "Claire Dumas")]
    public void ASecondClauseWithoutAComma_KeepsItsSubject(string sentence, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Probe", sentence).Last());

    // Stop: a word spelt like a reading verb that is a noun here: Italian "legge" (a law), "letto"
    // (a bed) with no auxiliary before it, French "lit" (a bed).
    [Theory]
    [InlineData("Il ministro Carlo Lodi difende la legge nel suo messaggio: «Non cambieremo nulla».", "Carlo Lodi")]
    [InlineData("Carlo Lodi manda dal suo letto d'ospedale un messaggio: «Tornerò presto».", "Carlo Lodi")]
    [InlineData("Paul Viard envoie depuis son lit d'hôpital un message : « Je reviendrai vite. »", "Paul Viard")]
    public void ANounSpeltLikeAReadingVerb_KeepsTheSubject(string sentence, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Probe", sentence).Last());

    // German "schreiben" is a letter only as a noun, capitalised; in lower case it is to write.
    [Fact]
    public void TheLetterDasSchreiben_IsReadOut()
        => Assert.Null(QuoteSpeakers.Under("Probe", "Bürgermeister Max Berg war verhindert. Die Anwohnerin Eva Roth verlas das Schreiben des Bürgermeisters: „Ich unterstütze Sie.“").Last());

    [Fact]
    public void TheVerbSchreiben_IsNoText()
        => Assert.Equal("Eva Roth", QuoteSpeakers.Under("Probe",
            "Die Anwohnerin Eva Roth verlas die Namen statt selbst zu schreiben: „Wir bleiben hier.“").Last());
}
