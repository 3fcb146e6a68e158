using ContentGen.Parsing;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An interview sets its questions apart as a heading would be set, but they speak to the person
/// interviewed ("Comment êtes-vous arrivé… ?", "Was sagen Sie…?"). Two such questions make the article
/// an interview: its questions stay in the text, whatever word they open with. An explainer's questions
/// ask about others, and head their sections.
/// </summary>
public sealed class InterviewQuestionTests
{
    public static TheoryData<string, string, string> Interviews() => new()
    {
        { "en", "How did you come to run the night buses?", "What would you say to the villagers who waited?" },
        { "fr", "Comment êtes-vous arrivé à la tête du réseau ?", "Que répondez-vous aux habitants qui attendaient ?" },
        { "de", "Wie sind Sie zu diesem Amt gekommen?", "Was sagen Sie den Bewohnern im Tal?" },
        { "es", "¿Cómo llegó usted a dirigir el servicio?", "¿Qué les dice usted a los vecinos del valle?" },
        { "it", "Come siete arrivati voi a questa scelta?", "Cosa dite voi agli abitanti della valle?" },
        { "pt", "Como é que você chegou à direção da rede?", "O que diz você aos moradores do vale?" },
        { "nl", "Hoe bent u bij het busbedrijf terechtgekomen?", "Wat zegt u tegen de bewoners van het dal?" },
    };

    [Theory]
    [MemberData(nameof(Interviews))]
    public void QuestionsPutToThePersonInterviewed_StayInTheText(string language, string first, string second)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], first, p[2], second, closing, p[3]));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Equal(new[] { p[1], first, p[2], second, closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Questions that name no one ("Pourquoi avoir choisi la vallée ?") are an interviewer's when the answers under them speak in the first person.
    public static TheoryData<string, string, string, string, string> AnsweredInTheFirstPerson() => new()
    {
        {
            "fr", "Pourquoi avoir choisi la vallée ?", "J'ai grandi dans un de ces villages, et je sais combien les soirées y sont longues sans voiture.",
            "Et le coût du service ?", "Nous avons trouvé un accord avec les communes voisines, qui paieront leur part pendant deux ans."
        },
        {
            "en", "Why the valley first?", "I grew up in one of those villages, and I know how long the evenings are there without a car.",
            "And the cost of the service?", "We reached a deal with the neighbouring towns, which will pay their share for two years."
        },
        {
            "de", "Warum gerade das Tal?", "Ich bin in einem dieser Dörfer aufgewachsen und weiß, wie lang die Abende dort ohne Auto sind.",
            "Und die Kosten?", "Wir haben uns mit den Nachbargemeinden geeinigt, die zwei Jahre lang ihren Anteil zahlen."
        },
    };

    [Theory]
    [MemberData(nameof(AnsweredInTheFirstPerson))]
    public void QuestionsAnsweredInTheFirstPerson_StayInTheText(string language, string first, string answer, string second, string reply)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], first, answer, second, reply, closing));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Equal(new[] { p[1], first, answer, second, reply, closing }, article.Paragraphs.Select(x => x.Text));
    }

    // One question that speaks to the reader ("What does it mean for you?") does not make an interview.
    [Theory]
    [InlineData("en", "What does the new timetable mean for you?", "Who pays for the extra routes?")]
    [InlineData("fr", "Qu'est-ce qui change pour vous ?", "Qui paiera les nouvelles lignes ?")]
    public void AnExplainersQuestionToTheReader_StillHeadsItsSection(string language, string first, string second)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], first, p[2], second, closing, p[3]));

        Assert.Equal(new[] { first, second }, article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading));
    }

    // An explainer's questions hold words that speak or answer in another language: French "du" (of the) is
    // German "du" (you), French "je" (I) is Dutch "je" (you). The page's own language decides what they are.
    [Fact]
    public void AFrenchExplainersQuestionsWithDuAndJe_HeadTheirSections()
    {
        var p = Articles.Of("fr");
        var closing = Articles.Closing("fr");
        var first = "Où puis-je acheter un billet du nouveau bac ?";
        var second = "Quand ouvrira le marché du dimanche ?";
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], first, p[2], second, closing, p[3]));

        Assert.Equal(new[] { first, second }, article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading));
    }

    // Italian "I" (the) opening an explainer's answers is not English "I".
    [Fact]
    public void AnItalianExplainersAnswersOpeningWithI_LeaveItsQuestionsHeadings()
    {
        var p = Articles.Of("it");
        var closing = Articles.Closing("it");
        var first = "Chi pagherà i lavori al porto?";
        var answer = "I comuni della costa verseranno la loro quota per tre anni, secondo l'accordo firmato in primavera con la regione.";
        var second = "Quando partirà il primo traghetto?";
        var reply = "I primi traghetti lasceranno il molo alle sei del mattino, e gli orari saranno rivisti dopo l'estate.";
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], first, answer, second, reply, closing));

        Assert.Equal(new[] { first, second }, article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading));
    }

    // When the page's language is unknown, a word two languages write tells nothing; a word of one language alone still does.
    [Fact]
    public void WithoutThePagesLanguage_OnlyWordsNoOtherLanguageWritesCount()
    {
        var words = InterviewWords.For(null);

        Assert.False(words.Address.Contains("du"));
        Assert.False(words.Address.Contains("je"));
        Assert.False(words.FirstPerson.Contains("i"));
        Assert.False(words.FirstPerson.Contains("je"));
        Assert.False(words.Address.Contains("tu"));
        Assert.False(words.FirstPerson.Contains("eu"));
        Assert.True(words.Address.Contains("vous"));
        Assert.True(words.Address.Contains("usted"));
        Assert.True(words.FirstPerson.Contains("ich"));
        Assert.True(words.Polite.Contains("Sie"));
        Assert.True(InterviewWords.For("de").Address.Contains("du"));
        Assert.True(InterviewWords.For("nl").Address.Contains("je"));
        Assert.False(InterviewWords.For("fr").Address.Contains("du"));
        Assert.True(InterviewWords.For("it").Address.Contains("tu"));
    }
}
