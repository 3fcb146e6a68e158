using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dump that doubles its blank lines sets each speaker's label ("Q:", "Pregunta:", "ANNA BERG") two blank lines over
/// the answer: the labels stay the transcript's, in the body, as with one blank line. A line set aside between a label
/// and the prose still parts them.
/// </summary>
public sealed class DoubledBlankSpeakerLabelTests
{
    // language | the question's label | the answer's label
    public static TheoryData<string, string, string> Labels() => new()
    {
        { "en", "Q:", "A:" },
        { "fr", "Question :", "Réponse :" },
        { "de", "Frage:", "Antwort:" },
        { "es", "Pregunta:", "Respuesta:" },
        { "it", "Domanda:", "Risposta:" },
        { "pt", "Pergunta:", "Resposta:" },
        { "nl", "Vraag:", "Antwoord:" },
        { "en", "ANNA BERG", "JAN KOOL" },
        { "de", "INTERVIEWER", "KAROLINE WEISS" },
        { "it", "GIULIA", "MARCO" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void LabelsTwoBlankLinesOverTheirText_StayInTheBody(string language, string question, string answer)
    {
        var p = Articles.Of(language);
        var turns = new[] { (question, p[1]), (answer, p[2]), (question, p[3]), (answer, Articles.Closing(language)) };
        var page = p[0] + "\n\n\n" + string.Join("\n\n\n", turns.Select(t => t.Item1 + "\n\n\n" + t.Item2));

        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Equal(turns.SelectMany(t => new[] { t.Item1, t.Item2 }), article.Paragraphs.Select(x => x.Text));
    }

    // Guard: past one blank line, a share bar set aside between each short line and the text parts them: the short line
    // is no label, as a section's label left alone over a menu is none.
    // ("Question :" and "Domanda:" stay in the body there by another rule, the interview's question labels.)
    [Theory]
    [InlineData("en", "Q:", "A:")]
    [InlineData("de", "Frage:", "Antwort:")]
    [InlineData("es", "Pregunta:", "Respuesta:")]
    [InlineData("pt", "Pergunta:", "Resposta:")]
    [InlineData("nl", "Vraag:", "Antwoord:")]
    [InlineData("en", "ANNA BERG", "JAN KOOL")]
    [InlineData("de", "INTERVIEWER", "KAROLINE WEISS")]
    [InlineData("it", "GIULIA", "MARCO")]
    public void ALineSetAsideBetween_StillPartsTheLabelFromTheText(string language, string question, string answer)
    {
        var p = Articles.Of(language);
        var turns = new[] { (question, p[1]), (answer, p[2]), (question, p[3]), (answer, Articles.Closing(language)) };
        var page = p[0] + "\n\n" + string.Join("\n\n", turns.Select(t => t.Item1 + "\n\nShare on Facebook\n" + t.Item2));

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text == question || x.Text == answer);
    }
}
