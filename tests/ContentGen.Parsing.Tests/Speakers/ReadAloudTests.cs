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
}
