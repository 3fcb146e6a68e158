using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An explainer numbers its questions ("1. What changes?", "2. Wird es teurer?") and answers each in a
/// paragraph: the number marks a section's heading as a question word does, so a numbered question of up to
/// ten words heads what follows, whether it opens with a question word or with its verb.
/// </summary>
public sealed class NumberedQuestionHeadingTests
{
    public static TheoryData<string, string, string> Questions() => new()
    {
        { "en", "3. Who is paying for the new buses?", "4. Will the timetable change again next year?" },
        { "de", "2. Wird der Fahrplan im Sommer dünner?", "3. Kann ich mein Monatsticket weiter nutzen?" },
        { "fr", "2. Le tarif va-t-il augmenter en juillet ?", "3. Qui paiera les nouveaux bus de nuit ?" },
        { "es", "2. ¿Cambiará el horario en verano?", "3. ¿Quién paga los autobuses nuevos de la línea?" },
        { "it", "2. Cambierà l'orario durante l'estate?", "3. Chi paga i nuovi autobus notturni?" },
        { "pt", "2. O horário muda durante o verão?", "3. Quem paga os novos autocarros noturnos?" },
        { "nl", "2. Waarom doet de gemeente dit nu?", "3. Geldt de nieuwe regeling voor iedereen?" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void ANumberedQuestion_BetweenParagraphs_HeadsTheAnswer(string language, string first, string second)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], first, p[2], second, p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { first, second }, article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading));
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // A numbered line that asks more than a heading would, or ends as a sentence, is the article's list item or paragraph.
    [Theory]
    [InlineData("en", "2. Is it fair that the villages at the far end of the valley should wait another year for the service?")]
    [InlineData("de", "2. Die Busse fahren ab April auch nachts.")]
    [InlineData("fr", "2. Les bus circuleront aussi la nuit à partir d'avril.")]
    [InlineData("nl", "2. Waarom, vroeg een bewoner, moet het dorp zo lang wachten?")]
    public void ANumberedSentence_StaysAParagraph(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], line, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Contains(article.Paragraphs, x => x.Text == line);
    }
}
