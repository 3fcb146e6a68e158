using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 57: a podcast episode's player prints, under the headline, summary and date, a line telling the listener to
/// ask a voice assistant for the show ("Ask your smart speaker to "play …"", VoiceAssistantPrompts, the line's opening
/// words) and a button opening the transcript ("Transcript", "Transkript", PlayerLines, whole lines only). The prompt
/// with its quoted words was taken for the headline over the chapters' list, losing the real headline and summary; the
/// transcript's button was kept as a paragraph.
/// </summary>
public sealed class PodcastPlayerLineTests
{
    [Theory]
    [InlineData("en", "Episode 41", "Published 12 February 2026 · 31 min", "Ask your smart speaker to \"play The Harrowdale Hour\"", "Share this episode", "Chapters", "Transcript")]
    [InlineData("fr", "Épisode 23", "Publié le 9 février 2026 · 27 min", "Demandez à votre enceinte connectée « Joue Les Voix du Val »", "Partager cet épisode", "Chapitres", "Transcription")]
    [InlineData("de", "Folge 58", "Veröffentlicht am 10. Februar 2026 · 29 Min.", "Sagen Sie Ihrem Smart Speaker „Spiele Tannenfeld hört zu“", "Diese Folge teilen", "Kapitel", "Transkript")]
    [InlineData("es", "Episodio 17", "Publicado el 11 de febrero de 2026 · 22 min", "Pide a tu altavoz inteligente «Pon Voces del Jalón»", "Compartir este episodio", "Capítulos", "Transcripción")]
    [InlineData("it", "Puntata 34", "Pubblicato il 13 febbraio 2026 · 26 min", "Chiedi al tuo altoparlante intelligente «Riproduci Voci di valle»", "Condividi questa puntata", "Capitoli", "Trascrizione")]
    [InlineData("pt", "Episódio 9", "Publicado a 10 de fevereiro de 2026 · 25 min", "Peça à sua coluna inteligente «Reproduzir Vozes do Ceira»", "Partilhar este episódio", "Capítulos", "Transcrição")]
    [InlineData("nl", "Aflevering 72", "Gepubliceerd op 12 februari 2026 · 28 min", "Vraag je slimme speaker „Speel Veenland Luistert”", "Deel deze aflevering", "Hoofdstukken", "Transcript")]
    public void APlayersVoicePromptAndTranscriptButton_AreChrome(
        string language, string episode, string dateline, string prompt, string share, string chapters, string transcript)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", "Harrowdale Gazette", "Home | News | Sport | Podcasts", "Log in") + "\n\n"
            + string.Join("\n", "Harrowdale Hour · " + episode, p[0], p[1], dateline) + "\n\n"
            + string.Join("\n", "Play", "00:00 / 31:02", "1x", prompt, share) + "\n\n"
            + string.Join("\n", chapters, "00:00 Intro", "03:12 Part two", "11:40 Outro") + "\n\n"
            + transcript + "\n" + p[2] + "\n\n" + p[3];

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The prompt's words in an article's own sentence or headline, which ends on a stop or speaks of the devices.
    [Theory]
    [InlineData("en", "Ask your smart speaker for the bus times and it will read them out, the council says.")]
    [InlineData("de", "Fragen Sie Ihren Sprachassistenten nach dem Wetter, antwortet er künftig auch auf Plattdeutsch.")]
    [InlineData("es", "Pide a tu altavoz la previsión del tiempo y te contestará en aragonés, según la empresa.")]
    [InlineData("nl", "Vraag je slimme speaker naar de bustijden en hij leest ze voor, zegt de gemeente.")]
    public void AnArticlesSentenceOpeningWithThePromptsWords_StaysBody(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[3]));

        Assert.Equal(new[] { p[1], sentence, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "Smart speakers in the village hall will read out the bus times")]
    [InlineData("fr", "Transcription des débats : le conseil municipal publiera ses séances")]
    public void AHeadlineNamingTheDevicesOrATranscript_StaysTheTitle(string language, string headline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", headline, p[1], p[2], p[3]));

        Assert.Equal(headline, article.Title);
    }
}
