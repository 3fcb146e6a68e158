using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A radio's or a television's page stamps the piece with the day it went on air ("Emitido el 21/05/2025 a las 08:15",
/// "Diffusé le …", "Ausgestrahlt am …"): that stamp is the page's dateline, under the byline as "Publié le …" would stand,
/// and gives the published date. Only with a number: a line that opens so and gives no date is prose or a heading.
/// </summary>
public sealed class BroadcastStampTests
{
    [Theory]
    [InlineData("en", "By Jane Roe", "Broadcast on 21 May 2025 at 08:15", "2025-05-21T08:15")]
    [InlineData("en", "By Jane Roe", "First broadcast 21 May 2025", "2025-05-21")]
    [InlineData("fr", "Par Jeanne Roux", "Diffusé le 21/05/2025 à 08h15", "2025-05-21T08:15")]
    [InlineData("fr", "Par Jeanne Roux", "Diffusée le 21 mai 2025", "2025-05-21")]
    [InlineData("de", "Von Jana Rohde", "Ausgestrahlt am 21.05.2025 um 08:15 Uhr", "2025-05-21T08:15")]
    [InlineData("de", "Von Jana Rohde", "Gesendet am 21. Mai 2025", "2025-05-21")]
    [InlineData("es", "Por Juana Roldán", "Emitido el 21/05/2025 a las 08:15", "2025-05-21T08:15")]
    [InlineData("es", "Por Juana Roldán", "Emitida el 21 de mayo de 2025", "2025-05-21")]
    [InlineData("it", "Di Giovanna Rossi", "Andato in onda il 21/05/2025 alle 08:15", "2025-05-21T08:15")]
    [InlineData("it", "Di Giovanna Rossi", "Trasmessa il 21 maggio 2025", "2025-05-21")]
    [InlineData("pt", "Por Joana Rocha", "Emitido em 21/05/2025 às 08:15", "2025-05-21T08:15")]
    [InlineData("pt", "Por Joana Rocha", "Transmitida em 21 de maio de 2025", "2025-05-21")]
    [InlineData("nl", "Door Janneke Ruis", "Uitgezonden op 21 mei 2025 om 08:15", "2025-05-21T08:15")]
    public void ABroadcastStamp_UnderTheBylineAndTheStandfirst_GivesTheDate(string language, string byline, string stamp, string published)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], byline + "\n" + stamp, p[2], p[3]));

        Assert.Equal(published, article.Published);
        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }

    // A paragraph that opens with the broadcast's word and gives no date is prose ("Emitido el domingo, el reportaje …").
    [Theory]
    [InlineData("en", "Broadcast on a Sunday night, the first episode drew only a few thousand viewers, but the series ran for another eleven years.")]
    [InlineData("fr", "Diffusé le soir même sur la chaîne locale, le reportage a suscité des dizaines d'appels de riverains inquiets pour la digue.")]
    [InlineData("de", "Ausgestrahlt am späten Abend, erreichte die Sendung trotzdem mehr Zuschauer als jede andere Folge der Reihe in diesem Jahr.")]
    [InlineData("es", "Emitido el pasado domingo por la noche, el reportaje provocó decenas de llamadas de vecinos preocupados por el puente.")]
    [InlineData("it", "Andato in onda il sabato sera, il servizio ha raccolto decine di telefonate di residenti preoccupati per il ponte.")]
    [InlineData("pt", "Emitido em horário nobre, o programa recebeu dezenas de telefonemas de moradores preocupados com o estado da ponte.")]
    [InlineData("nl", "Uitgezonden op een zondagavond trok de eerste aflevering maar een paar duizend kijkers, toch liep de reeks nog elf jaar.")]
    public void AParagraphOpeningWithABroadcastWord_StaysInTheBody(string language, string paragraph)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], paragraph, p[2], p[3]));

        Assert.Equal(new[] { p[1], paragraph, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Null(article.Published);
    }

    // A short line that opens so but gives no number is a heading or a fragment of prose, never a stamp: it stays.
    [Theory]
    [InlineData("en", "Broadcast on the high street")]
    [InlineData("fr", "Diffusé le soir même")]
    [InlineData("de", "Gesendet am Küchentisch")]
    [InlineData("es", "Emitido el último programa")]
    [InlineData("it", "Trasmesso il messaggio")]
    [InlineData("pt", "Transmitido em direto")]
    [InlineData("nl", "Uitgezonden op de markt")]
    public void AnUndatedLineOpeningWithABroadcastWord_IsNoStamp(string language, string line)
    {
        Assert.False(PageLines.IsDateline(line), language);
    }
}
