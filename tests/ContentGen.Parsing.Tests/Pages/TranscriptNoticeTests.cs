using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 57: under a podcast's transcript the page notes that a machine wrote it ("This transcript was generated
/// automatically and may contain errors"): a note about the text, set aside as a notice (TranscriptNotices opening the
/// block, MachineMadeWords in it). A sentence of the article about a transcript opens otherwise, or is someone's words.
/// </summary>
public sealed class TranscriptNoticeTests
{
    [Theory]
    [InlineData("en", "This transcript was generated automatically and may contain errors.")]
    [InlineData("en", "This transcript was made with speech recognition software and checked by our producers. Some errors may remain.")]
    [InlineData("fr", "Cette transcription a été réalisée automatiquement et peut comporter des erreurs.")]
    [InlineData("de", "Dieses Transkript wurde maschinell erstellt und kann Fehler enthalten.")]
    [InlineData("de", "Dieses Transkript wurde maschinell erstellt, ein Irrtum ist nicht ausgeschlossen.")]
    [InlineData("es", "Esta transcripción se ha hecho con un sistema automático y puede contener errores.")]
    [InlineData("it", "Questa trascrizione è stata prodotta automaticamente e potrebbe contenere imprecisioni.")]
    [InlineData("pt", "Esta transcrição foi feita automaticamente e pode conter erros.")]
    [InlineData("nl", "Dit transcript is gemaakt met automatische spraakherkenning en kan fouten bevatten.")]
    public void AMachineTranscriptsNote_IsNoParagraph(string language, string note)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], note));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // An article's sentence about a transcript: no demonstrative opening it, no machine, or someone's words.
    [Theory]
    [InlineData("en", "The transcript of the hearing was generated automatically, and the defence says it contains errors.")]
    [InlineData("en", "This transcript was handed to the police on Monday.")]
    [InlineData("de", "Dieses Transkript sei automatisch erstellt worden und voller Fehler, sagte der Anwalt.")]
    [InlineData("es", "La transcripción automática del pleno contenía errores, según la oposición.")]
    [InlineData("en", "This transcript, made by the automatic recorder in the council chamber, shows that the mayor voted against the plan.")]
    [InlineData("fr", "Cette transcription automatique de l'audience, que nous avons pu consulter, contredit la version du maire.")]
    [InlineData("it", "Questa trascrizione, prodotta automaticamente dal sistema del tribunale, è stata depositata dalla difesa lunedì.")]
    public void AnArticlesSentenceAboutATranscript_StaysBody(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], sentence, p[3]));

        Assert.Equal(new[] { p[1], p[2], sentence, p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
