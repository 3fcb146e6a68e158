namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch put the finite verb second: a phrase opened by a preposition ("Mit ruhiger
/// Stimme", "Op haar website", "Auf die Frage, ob …,") stands before the verb, and the subject
/// after it says the quote after the colon, past adverbs and objects in the rest of the clause
/// (Sieves/ColonCue.VerbSecond.cs, Cues.VerbSecondOpening.cs). The phrase's nouns are never the
/// speaker, and the person last named is not the speaker only for having been named last.
/// </summary>
public sealed class VerbSecondColonTests
{
    private const string GermanPeople =
        "Bürgermeisterin Hanna Kesselring stellte den Plan am Montag vor. Stadtrat Jörg Pfannmüller hält ihn für zu teuer.";

    private const string DutchPeople =
        "Wethouder Hanna Kesselaar presenteerde maandag het plan. Raadslid Joris Pannekoek vindt het te duur.";

    [Theory]
    [InlineData("Mit ruhiger Stimme sagte Kesselring: „Wir haben jede Zahl geprüft.“")]
    [InlineData("Auf ihrer Internetseite schrieb Kesselring: „Wir haben jede Zahl geprüft.“")]
    [InlineData("Auf die Frage, ob die Kosten noch steigen könnten, antwortete Kesselring knapp: „Wir haben jede Zahl geprüft.“")]
    [InlineData("Nach der Sitzung sagte Kesselring den Reportern: „Wir haben jede Zahl geprüft.“")]
    public void GermanSubjectAfterTheSecondVerb_SaysTheQuote(string sentence)
        => Assert.Equal(new[] { "Hanna Kesselring" }, QuoteSpeakers.Under("Streit um die Brücke", GermanPeople, sentence));

    [Theory]
    [InlineData("Met rustige stem zei Kesselaar: \"We hebben elk getal gecontroleerd.\"")]
    [InlineData("Op haar website schreef Kesselaar: \"We hebben elk getal gecontroleerd.\"")]
    [InlineData("Op de vraag of de kosten nog kunnen stijgen, antwoordde Kesselaar kort: \"We hebben elk getal gecontroleerd.\"")]
    public void DutchSubjectAfterTheSecondVerb_SaysTheQuote(string sentence)
        => Assert.Equal(new[] { "Hanna Kesselaar" }, QuoteSpeakers.Under("Ruzie over de brug", DutchPeople, sentence));

    // Guards: a name inside the opening phrase is no subject; a verb that acts on the person after
    // it ("lobte") may name its object; a comma in the rest of the clause opens a second clause,
    // whose subject may be another's.
    [Theory]
    [InlineData("Nach dem Treffen mit Kesselring sagte ein Anwohner: „Wir haben jede Zahl geprüft.“", "Hanna Kesselring")]
    [InlineData("Nach der Sitzung lobte Pfannmüller Kesselring: „Wir haben jede Zahl geprüft.“", "Hanna Kesselring")]
    [InlineData("Mit ruhiger Stimme sagte Kesselring, Pfannmüller habe geschrieben: „Wir haben jede Zahl geprüft.“", "Hanna Kesselring")]
    public void GermanNounsOutsideTheSubject_AreNotTheSpeaker(string sentence, string notTheSpeaker)
        => Assert.NotEqual(notTheSpeaker, QuoteSpeakers.Under("Streit um die Brücke", GermanPeople, sentence)[0]);

    [Theory]
    [InlineData("Na het gesprek met Kesselaar zei een bewoner: \"We hebben elk getal gecontroleerd.\"", "Hanna Kesselaar")]
    [InlineData("Op de vraag of Kesselaar het wist zei Pannekoek: \"We hebben elk getal gecontroleerd.\"", "Hanna Kesselaar")]
    public void DutchNounsOutsideTheSubject_AreNotTheSpeaker(string sentence, string notTheSpeaker)
        => Assert.NotEqual(notTheSpeaker, QuoteSpeakers.Under("Ruzie over de brug", DutchPeople, sentence)[0]);
}
