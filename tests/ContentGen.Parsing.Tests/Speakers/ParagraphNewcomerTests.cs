namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote whose speaker is only carried from an earlier paragraph (a pronoun, an age noun, no cue)
/// in a paragraph whose earlier sentences made someone else their subject, not only the sentence
/// right before: that person when the paragraph brought in one of the pronoun's gender, no one
/// when it brought in two. Kept: a paragraph
/// that names the speaker too, one with a sentence opening on a pronoun, a name that is only an
/// object, a newcomer of the other gender than the pronoun's, and a newcomer after whom someone
/// reports ("Our reporter said that …"), most often the speaker under a role noun.
/// </summary>
public sealed class ParagraphNewcomerTests
{
    [Fact]
    public void APronoun_TwoSentencesAfterAnInvertedNewcomer_IsTheNewcomers_Dutch()
        => Assert.Equal(
            new string?[] { "Karin de Wit", "Els Hoekstra" },
            QuoteSpeakers.Under(
                "Laatste bakker van Oudervaart sluit",
                "\"We verliezen een stuk van het dorp\", zegt wethouder Karin de Wit.",
                "Achter de toonbank staat zaterdag Els Hoekstra. De winkel bestaat veertig jaar. \"Ik heb nog nooit zo weinig verkocht\", zegt ze."));

    [Fact]
    public void AnAgeNoun_AfterANewcomerClosingAVerbSecondSentence_IsTheNewcomers_German()
        => Assert.Equal(
            new string?[] { "Martina Vogl", "Lea Brandstätter" },
            QuoteSpeakers.Under(
                "Volleyballerinnen aus Sarnbach steigen auf",
                "„Das war unser bestes Jahr“, sagte Trainerin Martina Vogl.",
                "Am Netz glänzte vor allem Lea Brandstätter. Die Studentin kam im Winter aus Graz. „Ich war bis zur Pause nervös“, sagte die 22-Jährige."));

    [Fact]
    public void APronoun_AfterAnInvertedNewcomerWithAnAppositive_IsTheNewcomers_German()
        => Assert.Equal(
            new string?[] { "Stefan Auer", "Konrad Pichler" },
            QuoteSpeakers.Under(
                "Neue Seilbahn am Hochkogel",
                "„Die Bahn bringt uns Gäste im Sommer“, sagte Bürgermeister Stefan Auer.",
                "Skeptischer zeigte sich Konrad Pichler, Vorsitzender des Alpenvereins im Tal, der seit vierzig Jahren Touren führt. „Wir brauchen keine weitere Bahn“, sagte er."));

    [Fact]
    public void ADroppedSubject_AfterANewcomerAfterAnOpeningPhrase_IsTheNewcomers_Italian()
        => Assert.Equal(
            new string?[] { "Luigi Carrara", "Andrea Molinari" },
            QuoteSpeakers.Under(
                "Il mercato di Valdeaguas chiude il lunedì",
                "«Non ci sono abbastanza clienti», ha detto l'assessore Luigi Carrara.",
                "Nel pomeriggio Andrea Molinari non ha cambiato idea. I suoi figli non vogliono continuare. «Qui finisce tutto», ha lamentato."));

    [Fact]
    public void TwoNewcomers_LeaveTheQuoteNoOnes_German()
        => Assert.Equal(
            new string?[] { "Martina Vogl", null },
            QuoteSpeakers.Under(
                "Volleyballerinnen aus Sarnbach steigen auf",
                "„Das war unser bestes Jahr“, sagte Trainerin Martina Vogl.",
                "Am Netz glänzte vor allem Lea Brandstätter. Im Aufschlag überzeugte dagegen Anna Kofler. „Ich war bis zur Pause nervös“, sagte sie."));

    [Fact]
    public void SomeoneReportingAfterTheNewcomer_KeepsTheSpeaker_German()
        => Assert.Equal(
            new string?[] { "Stefan Auer", "Stefan Auer" },
            QuoteSpeakers.Under(
                "Neue Seilbahn am Hochkogel",
                "„Die Bahn bringt uns Gäste im Sommer“, sagte Bürgermeister Stefan Auer.",
                "Skeptischer zeigte sich Konrad Pichler, Vorsitzender des Alpenvereins im Tal. Der Bürgermeister sagte, er wolle mit dem Verein reden. „Wir finden eine Lösung“, fügte er hinzu."));

    [Fact]
    public void AParagraphNamingTheSpeakerToo_KeepsTheSpeaker_English()
        => Assert.Equal(
            new string?[] { "Tom Reeve", "Tom Reeve" },
            QuoteSpeakers.Under(
                "Village hall plans divide Ashcombe",
                "\"The hall has served us for a century,\" said councillor Tom Reeve.",
                "Peter Lowe himself has lived opposite the hall for forty years. Reeve visited him on Monday. \"Nobody will lose their hall,\" he said."));

    [Fact]
    public void ANewcomerOfTheOtherGender_KeepsTheSpeaker_German()
        => Assert.Equal(
            new string?[] { "Stefan Auer", "Stefan Auer" },
            QuoteSpeakers.Under(
                "Neue Seilbahn am Hochkogel",
                "„Die Bahn bringt uns Gäste im Sommer“, sagte Bürgermeister Stefan Auer.",
                "Am Hang wartete zur selben Zeit die Wirtin Maria Pichler. Die Hütte ist seit Mai geschlossen. „Wir brauchen die Gäste“, sagte er."));

    [Fact]
    public void ANameOnlyAfterAPreposition_KeepsTheSpeaker_Dutch()
        => Assert.Equal(
            new string?[] { "Karin de Wit", "Karin de Wit" },
            QuoteSpeakers.Under(
                "Laatste bakker van Oudervaart sluit",
                "\"We verliezen een stuk van het dorp\", zegt wethouder Karin de Wit.",
                "Op zaterdag sprak de wethouder met Els Hoekstra. De winkel bestaat veertig jaar. \"We zoeken een opvolger\", zegt ze."));

    [Fact]
    public void ANameOnlyAfterAPreposition_KeepsTheSpeaker_German()
        => Assert.Equal(
            new string?[] { "Stefan Auer", "Stefan Auer" },
            QuoteSpeakers.Under(
                "Neue Seilbahn am Hochkogel",
                "„Die Bahn bringt uns Gäste im Sommer“, sagte Bürgermeister Stefan Auer.",
                "Am Samstag traf sich der Bürgermeister mit Konrad Pichler. Der Verein ist dagegen. „Wir finden eine Lösung“, sagte er."));
}
