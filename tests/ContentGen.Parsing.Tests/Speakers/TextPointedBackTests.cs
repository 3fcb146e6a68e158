namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch point back to a text by a pronominal adverb opening the sentence and read it
/// impersonally: "… veröffentlichte eine Stellungnahme. Darin heißt es: „…“", "… stuurde de raad een
/// brief. Daarin staat: “…”". The text is the one the sentence before gave its subject to write, so its
/// words are that subject's, a person's or a body's. Before, such quotes went to no one. Guards: a
/// subject who received the text, a text whose owner is named after it, no text in the sentence before,
/// a verb of saying of its own inside the reported clause. The German articles have a second paragraph
/// so that their language is known, as a real article's is.
/// </summary>
public sealed class TextPointedBackTests
{
    [Theory]
    [InlineData("Darin heißt es: „Wir sind am Ende unserer Geduld.“")]
    [InlineData("Darin hieß es: „Wir sind am Ende unserer Geduld.“")]
    [InlineData("Darin heißt es nun: „Wir sind am Ende unserer Geduld.“")]
    public void German_BodysTextPointedBack_IsTheBodys(string reading)
        => Assert.Equal(
            new[] { "Bauernverband Talgrund" },
            QuoteSpeakers.Under(
                "Bauern protestieren",
                "Der Bauernverband Talgrund veröffentlichte am Montag eine Erklärung. " + reading,
                "Die Landesregierung will sich in der kommenden Woche mit den Bauern treffen."));

    [Fact]
    public void German_PersonsLetterPointedBack_IsHers()
        => Assert.Equal(
            new[] { "Anna Berg" },
            QuoteSpeakers.Under(
                "Dorfladen sucht Nachfolger",
                "Anna Berg hat dem Bürgermeister im Mai einen Brief geschrieben. Darin heißt es: „Ich will den Laden retten.“"));

    [Fact]
    public void German_ReportedClauseAfterComma_IsTheBodys()
        => Assert.Equal(
            new[] { "Bauernverband Talgrund" },
            QuoteSpeakers.Under(
                "Bauern protestieren",
                "Der Bauernverband Talgrund verschickte einen Brief an seine Mitglieder. Darin hieß es, man sei „zutiefst enttäuscht“ von der Regierung.",
                "Die Landesregierung will sich in der kommenden Woche mit den Bauern treffen."));

    [Fact]
    public void Dutch_BodysLetterPointedBack_IsTheBodys()
        => Assert.Equal(
            new[] { "Fietsersbond" },
            QuoteSpeakers.Under(
                "Fietsersbond boos",
                "De Fietsersbond stuurde de gemeente dinsdag een brief. Daarin staat: \"We zijn teleurgesteld over het besluit.\""));

    [Fact]
    public void Dutch_ThatClausePointedBack_IsThePersons()
        => Assert.Equal(
            new[] { "Jan de Vries" },
            QuoteSpeakers.Under(
                "Bewoners boos",
                "Jan de Vries schreef de wethouder vorige week een brief. Daarin staat dat de buurt \"zich in de steek gelaten voelt\" door de gemeente."));

    // Guards.
    [Fact]
    public void German_ReceiverOfTheText_GivesNoOne()
        => Assert.Null(QuoteSpeakers.Under(
            "Bauern protestieren",
            "Der Bauernverband Talgrund erhielt am Montag einen Brief. Darin heißt es: „Wir sind am Ende unserer Geduld.“")[0]);

    [Fact]
    public void Dutch_ReceiverOfTheText_GivesNoOne()
        => Assert.Null(QuoteSpeakers.Under(
            "Fietsersbond boos",
            "De Fietsersbond ontving dinsdag een brief. Daarin staat: \"We zijn teleurgesteld over het besluit.\"")[0]);

    [Fact]
    public void German_TextWithItsOwnOwner_IsNotTheSubjects()
        => Assert.NotEqual(
            "Anna Berg",
            QuoteSpeakers.Under(
                "Dorfladen sucht Nachfolger",
                "Anna Berg übergab dem Bürgermeister am Abend einen Brief des Vereins Dorfladen Talheim. Darin heißt es: „Wir brauchen neue Mitglieder.“")[0]);

    [Fact]
    public void German_NoTextBefore_GivesNoOne()
        => Assert.Null(QuoteSpeakers.Under(
            "Bauern protestieren",
            "Der Bauernverband Talgrund traf sich am Montag in einer Halle. Darin heißt es: „Wir sind am Ende unserer Geduld.“")[0]);

    [Fact]
    public void German_VerbOfSayingInTheClause_IsNotTheWriters()
        => Assert.NotEqual(
            "Anna Berg",
            QuoteSpeakers.Under(
                "Dorfladen sucht Nachfolger",
                "Anna Berg hat dem Bürgermeister im Mai einen Brief geschrieben. Darin heißt es, der Pfarrer habe von „einer Schande“ gesprochen.")[0]);

    // Only a text its subject wrote or sent: finding, showing or holding one gives no words.
    [Fact]
    public void German_TextFoundNotWritten_GivesNoOne()
        => Assert.Null(QuoteSpeakers.Under(
            "Fund im Wald",
            "Die Polizei fand bei dem Mann einen Brief. Darin heißt es: „Ich komme nicht zurück.“",
            "Die Ermittlungen dauern an, teilte die Behörde am Abend mit.")[0]);

    [Fact]
    public void Dutch_TextFoundNotWritten_GivesNoOne()
        => Assert.Null(QuoteSpeakers.Under(
            "Vondst in het bos",
            "De politie vond een brief bij de man. Daarin staat: “Ik kom niet terug.”",
            "Het onderzoek loopt nog, meldde de politie woensdag.")[0]);

    // A text sent inside a clause that a verb of saying reports is the clause subject's, not the reporter's.
    [Fact]
    public void German_TextSentInAReportedClause_IsNotTheReporters()
        => Assert.NotEqual(
            "Anna Berg",
            QuoteSpeakers.Under(
                "Verein in Not",
                "Anna Berg sagte, der Verein habe einen Brief geschickt. Darin heißt es: „Wir geben nicht auf.“",
                "Die Stadt will in der kommenden Woche mit dem Verein sprechen.")[0]);

    [Fact]
    public void Dutch_TextSentInAReportedClause_IsNotTheReporters()
        => Assert.NotEqual(
            "Anna de Vries",
            QuoteSpeakers.Under(
                "Club in nood",
                "Anna de Vries zei dat de club een brief had gestuurd. Daarin staat: “Wij geven niet op.”",
                "De gemeente wil volgende week met de club praten.")[0]);
}
