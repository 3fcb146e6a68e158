using ContentGen.Parsing;

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
}
