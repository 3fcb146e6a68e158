using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A short interview inside a report, brought in with no interview phrase: a paragraph that ends on
/// a colon and names one person ("Drei Fragen an Jonas Keller, …:"), or a sentence of the writer's
/// that names one person ("We asked Dr Ann Lowe … whether …"), then a question on a line of its own
/// and an answer that is all quote. The answers are the guest's while question and answer take
/// turns. Invented sentences, in other words than the articles that showed the construction.
/// </summary>
public sealed class AskedGuestTests
{
    private static string?[] Speakers(string language, params string[] paragraphs)
        => QuoteSpeakers.InLanguage(language, "Bericht", paragraphs);

    [Theory]
    [InlineData("en", "Three questions for Mark Selby, a farm economist:", "Will the ban hurt growers?", "\"Some of them, yes. Those on sandy soil most of all.\"", "How long can it last?", "\"Until the reservoirs fill again, which may take a wet winter.\"", "Mark Selby")]
    [InlineData("fr", "Trois questions à Claire Dumas, agronome à l’université de Rennes :", "L’interdiction va-t-elle pénaliser les maraîchers ?", "« Certains, oui. Surtout ceux des sols sableux. »", "Combien de temps peut-elle durer ?", "« Jusqu’à ce que les nappes remontent, ce qui demandera un hiver pluvieux. »", "Claire Dumas")]
    [InlineData("de", "Drei Fragen an Jonas Keller, Agrarökonom an der Universität Kassel:", "Schadet das Verbot den Gemüsebauern?", "„Einigen schon. Vor allem denen auf sandigen Böden.“", "Wie lange kann es dauern?", "„Bis die Speicher wieder voll sind, und dafür braucht es einen nassen Winter.“", "Jonas Keller")]
    [InlineData("es", "Tres preguntas a Lucía Navarro, economista agraria de la Universidad de Granada:", "¿Perjudica la prohibición a los hortelanos?", "«A algunos, sí. Sobre todo a los de suelos arenosos.»", "¿Cuánto puede durar?", "«Hasta que se llenen los embalses, y para eso hace falta un invierno lluvioso.»", "Lucía Navarro")]
    [InlineData("it", "Tre domande a Paolo Rinaldi, economista agrario dell’Università di Pavia:", "Il divieto danneggia gli orticoltori?", "«Alcuni sì. Soprattutto quelli sui terreni sabbiosi.»", "Quanto può durare?", "«Finché gli invasi non si riempiono, e serve un inverno piovoso.»", "Paolo Rinaldi")]
    [InlineData("pt", "Três perguntas a Marta Lopes, economista agrária da Universidade de Évora:", "A proibição prejudica os horticultores?", "«Alguns, sim. Sobretudo os dos solos arenosos.»", "Quanto tempo pode durar?", "«Até as albufeiras encherem, e para isso é preciso um inverno chuvoso.»", "Marta Lopes")]
    [InlineData("nl", "Drie vragen aan Sanne Bakker, landbouweconoom aan de Universiteit Wageningen:", "Schaadt het verbod de tuinders?", "‘Sommigen wel. Vooral die op zandgrond.’", "Hoe lang kan het duren?", "‘Tot de bekkens weer vol zijn, en daarvoor is een natte winter nodig.’", "Sanne Bakker")]
    public void AnswersAfterAColonThatNamesOnePerson_AreThatPersons(string language, string intro, string question, string answer, string question2, string answer2, string guest)
        => Assert.Equal(new[] { guest, guest }, Speakers(language, intro, question, answer, question2, answer2));

    [Theory]
    [InlineData("en", "We asked Dr Ann Lowe, a water engineer at Kestwick University, whether the ban came too late.", "Did it?", "\"By a month at least. The signs were there in May.\"", "Ann Lowe")]
    [InlineData("en", "I put the question to Owen Pryce, who runs the allotments.", "What will the plots do without hoses?", "\"Watering cans and a lot of walking. We've done it before.\"", "Owen Pryce")]
    [InlineData("fr", "Nous avons interrogé Hugo Lemaire, hydrologue au bureau d’études Aqualis, sur ce calendrier.", "L’arrêté arrive-t-il trop tard ?", "« D’un mois au moins. Les signes étaient là dès mai. »", "Hugo Lemaire")]
    [InlineData("nl", "Wij vroegen Pieter Mulder, hydroloog bij het waterschap, of het verbod te laat kwam.", "Kwam het te laat?", "‘Minstens een maand. De signalen waren er in mei al.’", "Pieter Mulder")]
    [InlineData("de", "Ich habe Lena Vogt, Hydrologin beim Wasserverband, nach dem Zeitpunkt gefragt.", "Kam das Verbot zu spät?", "„Um mindestens einen Monat. Die Zeichen waren im Mai schon da.“", "Lena Vogt")]
    public void AnAnswerAfterTheWritersQuestionToOnePerson_IsThatPersons(string language, string intro, string question, string answer, string guest)
        => Assert.Equal(new[] { guest }, Speakers(language, intro, question, answer));

    [Fact]
    public void AQuestionTheBodyReaderSetsApartAsAHeading_IsStillAsked()
    {
        // The question stands alone after a paragraph that ends on a full stop, as a subheading would: the page
        // keeps it as its section's heading, and the speaker reading hears it as the interviewer's question.
        var article = ArticleParser.Parse(
            "Bericht\n\nI put the question to Owen Pryce, who runs the allotments.\n\nWhat will the plots do without hoses?\n\n\"Watering cans and a lot of walking. We've done it before.\"",
            "en");
        Assert.Contains("What will the plots do without hoses?", article.Sections.Select(s => s.Heading));
        Assert.Equal(new[] { "Owen Pryce" }, article.Quotes.Where(q => q.Place == QuotePlace.Body).Select(q => q.Speaker));
    }

    [Fact]
    public void AQuestionQuotedFromSomeone_IsNoInterviewersQuestion()
        => Assert.NotEqual(
            "Mark Selby",
            Speakers(
                "en",
                "Three questions for Mark Selby, a farm economist at Dunmere College:",
                "\"Why now?\" asked Tom Price, who grows leeks near the river.",
                "\"The reservoirs were full in March.\"")[1]);

    [Theory]
    [InlineData("en", "Three questions for Mark Selby and Anna Price, who farm near Dunmere:", "Will the ban hurt growers?", "\"Some of them, yes. Those on sandy soil most of all.\"")]
    [InlineData("de", "Drei Fragen an Jonas Keller und Eva Brandt, Landwirte bei Kassel:", "Schadet das Verbot den Gemüsebauern?", "„Einigen schon. Vor allem denen auf sandigen Böden.“")]
    [InlineData("en", "Mark Selby farms forty acres near Dunmere.", "Will the ban hurt growers?", "\"Some of them, yes. Those on sandy soil most of all.\"")]
    public void TwoPeopleNamed_OrNoOneBroughtIn_LeaveTheAnswerToNoOne(string language, string intro, string question, string answer)
        => Assert.Null(Speakers(language, intro, question, answer)[0]);

    [Fact]
    public void AParagraphBetweenTheGuestAndTheQuestion_EndsTheInterview()
        => Assert.Null(
            Speakers(
                "en",
                "Three questions for Mark Selby, a farm economist at Dunmere College:",
                "The ban starts on Monday and runs to the end of September.",
                "Will it hurt growers?",
                "\"Some of them, yes. Those on sandy soil most of all.\"")[0]);

    [Fact]
    public void AnAnswerWithItsOwnCue_IsTheCuesSpeaker()
        => Assert.Equal(
            "Tom Price",
            Speakers(
                "en",
                "Three questions for Mark Selby, a farm economist at Dunmere College:",
                "Will the ban hurt growers?",
                "\"It will hurt me,\" said Tom Price, who grows leeks near the river.")[0]);
}
