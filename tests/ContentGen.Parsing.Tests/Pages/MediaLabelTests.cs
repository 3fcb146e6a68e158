using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A broadcaster's page puts a "watch" or "listen" block between the standfirst and the byline: the label
/// alone on its line ("Ver vídeo", "Anhören", "Luister"), then the clip's title with its length. The clip's
/// title stands right over the byline as a headline would, but it is the clip's: the headline is the one
/// above the standfirst, and the standfirst is the article's.
/// </summary>
public sealed class MediaLabelTests
{
    public static TheoryData<string, string, string> Blocks() => new()
    {
        { "pt", "Ver vídeo", "Entrevista com o presidente da junta de freguesia (3 min)" },
        { "pt", "Ouvir", "O programa da manhã sobre o novo horário dos autocarros (12 min)" },
        { "es", "Ver vídeo", "Entrevista con la alcaldesa sobre los nuevos horarios (3 min)" },
        { "es", "Escuchar", "El programa de la mañana sobre los autobuses nocturnos (12 min)" },
        { "de", "Anhören", "Das Morgenmagazin über den neuen Fahrplan (12 Min)" },
        { "it", "Ascolta", "La trasmissione del mattino sui nuovi orari (12 min)" },
        { "nl", "Luister", "Het ochtendprogramma over de nieuwe dienstregeling (12 min)" },
        { "en", "Listen", "The morning programme on the new timetable (12 min)" },
        { "fr", "Écouter", "L'émission du matin sur les nouveaux horaires (12 min)" },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void AClipsTitleUnderAMediaLabel_OverTheByline_IsNoHeadline(string language, string label, string clip)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Skip\nRadio Valley\nNews Sport Weather", "Region", p[0], p[1], label + "\n" + clip, "Jane Roe\n12/03/2024 18:05", p[2], closing, p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == clip);
    }
}
