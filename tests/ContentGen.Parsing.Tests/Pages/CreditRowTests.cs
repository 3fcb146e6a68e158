using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 72, credits: a podcast's or a programme's credits on one row, each part a short label, a colon and a name,
/// parted by middle dots or bars ("Presentation: Jane Roe · Editing: Tom Fox · Music: Studio Wren"). They name the
/// episode's makers: no headline, and the title splitter must not cut their last part off as the outlet. A headline with
/// one colon, a headline with a middle dot and no labels, and a label before words in lower case stay headlines.
/// </summary>
public sealed class CreditRowTests
{
    [Theory]
    [InlineData("en", "Presentation: Jane Roe · Editing: Tom Fox · Music: Studio Wren")]
    [InlineData("fr", "Présentation : Jeanne Roux · Réalisation : Paul Fort · Musique : Studio Brume")]
    [InlineData("de", "Moderation: Jana Kolb · Redaktion: Tim Vogt · Musik: Studio Kranich")]
    [InlineData("es", "Presentación: Ana Gil · Edición: Luis Mora · Música: Estudio Alba")]
    [InlineData("it", "Conduzione: Paola Neri · Montaggio: Luca Riva · Musica: Studio Faro")]
    [InlineData("pt", "Apresentação: Rita Sá · Edição: Rui Mota · Música: Estúdio Cais")]
    [InlineData("nl", "Presentatie: Anna Berg · Montage: Jan Smit · Muziek: Studio Waalbocht")]
    public void ACreditsRow_OverTheHeadline_IsNoHeadlineAndNamesNoOutlet(string language, string credits)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", credits, p[0], p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Null(article.Source);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Presentation: Jane Roe · Editing: Tom Fox · Music: Studio Wren")]
    [InlineData("Présentation : Jeanne Roux · Réalisation : Paul Fort")]
    [InlineData("Moderation: Jana Kolb · Redaktion: Tim Vogt")]
    [InlineData("Presentación: Ana Gil · Edición: Luis Mora")]
    [InlineData("Conduzione: Paola Neri · Montaggio: Luca Riva")]
    [InlineData("Apresentação: Rita Sá · Edição: Rui Mota")]
    [InlineData("Presentatie: Anna Berg · Montage: Jan Smit · Muziek: Studio Waalbocht")]
    // Bars part the credits as well; a name keeps its particles; a label may be a few words.
    [InlineData("Presentation: Jane Roe | Sound: Tom Fox")]
    [InlineData("Réalisation : Jean de la Roche · Directeur de la photographie : Paul Fort")]
    [InlineData("Regie: Anna van der Berg · Geluid: Piet de Vries")]
    public void LabelsAndNamesBetweenSeparators_MakeACreditsRow(string line)
        => Assert.True(CreditRows.IsCreditRow(line.AsSpan()));

    [Theory]
    // One colon is a headline's: one "Label: Name" alone is as much a headline's shape as a credit's.
    [InlineData("Brexit: May wins the vote")]
    [InlineData("Brexit: May")]
    [InlineData("Retraites : le Sénat adopte la réforme")]
    // A middle dot with no labels: a headline's, or a kicker's path.
    [InlineData("Stadtrat beschließt Haushalt · Opposition protestiert")]
    [InlineData("Sport · Fußball · Regionalliga")]
    // A label before words in lower case reads a clause, not a name.
    [InlineData("Update: talks resume · Live: the vote")]
    [InlineData("Directo: el pleno vota · Última hora: dimite el alcalde")]
    [InlineData("Ultim'ora: il sindaco si dimette · Video: la piena del fiume")]
    [InlineData("Actualização: a ponte reabre · Vídeo: as cheias em Coimbra")]
    [InlineData("Update: gemeenteraad stemt in · Video: de pont vaart weer")]
    // A sentence's stop after a name, or a part with no label among the credits.
    [InlineData("Presentation: Jane Roe · Editing: Tom Fox.")]
    [InlineData("Presentation: Jane Roe · Listen on Spotify")]
    public void AHeadlineOrALabelBeforeAClause_IsNoCreditsRow(string line)
        => Assert.False(CreditRows.IsCreditRow(line.AsSpan()));

    [Theory]
    [InlineData("en", "Brexit: May wins the vote in the Commons")]
    [InlineData("fr", "Retraites : le Sénat adopte la réforme en première lecture")]
    [InlineData("nl", "Update: de gemeenteraad stemt in met de nieuwe pont")]
    public void AHeadlineWithOneColon_StaysTheHeadline(string language, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", headline, p[1], p[2], p[3]);

        Assert.Equal(headline, ArticleParser.Parse(page).Title);
    }
}
