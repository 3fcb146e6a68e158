using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A tag for the form of what a page carries, printed in capitals before a stop or a colon on the headline's own line
/// ("VIDÉO. À Saint-Brel, …", "LIVE: …"), is the page's chrome, not the headline's words: the title is read without it
/// and its word stays in the model as boilerplate. A genre's label ("REPORTAGE."), a place before a colon, a tag in
/// sentence case ("Liveblog: …") or a tag with no headline after it keep reading as before.
/// </summary>
public sealed class HeadlineKickerTests
{
    [Theory]
    [InlineData("VIDÉO. À Saint-Brel, le lavoir du bourg retrouve son toit après dix ans", "VIDÉO.")]
    [InlineData("EN DIRECT : les pompiers luttent toujours contre le feu de la lande de Kerlo", "EN DIRECT :")]
    [InlineData("LIVE: Ferry crossings to Holm Isle cancelled as gales reach the harbour", "LIVE:")]
    [InlineData("WATCH: Volunteers lift the old lifeboat back into its shed at Saltmarsh Quay", "WATCH:")]
    [InlineData("VIDEO: Feuerwehr rettet Schwan aus dem zugefrorenen Mühlteich in Ostbach", "VIDEO:")]
    [InlineData("EXCLUSIVO. El alcalde de Villaseca renuncia a su sueldo durante un año", "EXCLUSIVO.")]
    [InlineData("FOTO. La sagra delle castagne riempie le piazze di Montebruno", "FOTO.")]
    [InlineData("EXCLUSIEF: Gemeente verkoopt het oude gemaal aan de Lekdijk", "EXCLUSIEF:")]
    [InlineData("AO VIVO: Cheias no rio Lima obrigam a cortar a ponte de Arcos", "AO VIVO:")]
    [InlineData("VIDEO | Schaatsers rijden weer op de Veenplas bij Oudekerk na tien jaar", "VIDEO |")]
    [InlineData("LIVE | Gales close the coast road between Holm and Saltmarsh Quay", "LIVE |")]
    [InlineData("FOTO | La sagra delle castagne riempie le piazze di Montebruno", "FOTO |")]
    [InlineData("VIDÉO | Le lavoir du bourg de Saint-Brel retrouve son toit", "VIDÉO |")]
    public void AFormTagBeforeTheHeadline_IsSetApart(string line, string tag)
    {
        var headline = line.Substring(tag.Length + 1);

        Assert.Equal(tag.Length + 1, HeadlineKickers.HeadlineStart(line));
        var article = ArticleParser.Parse(line + "\n\n" + string.Join("\n\n", Articles.Of("fr").Skip(1)));
        Assert.Equal(headline, article.Title);
        var chrome = Assert.Single(article.Boilerplate, b => b.Text == tag);
        Assert.Equal(BoilerplateKind.Navigation, chrome.Kind);
    }

    // Guards: a genre's label, a place or a topic before a colon, a tag in sentence case, a tag in a headline's middle,
    // a tag with a headline too short to stand alone, and a headline whose opening word only looks like a tag.
    [Theory]
    [InlineData("REPORTAGE. À Saint-Brel, la dernière épicerie ferme et le village s'organise")]
    [InlineData("LYON : le tramway T9 ouvrira finalement en septembre")]
    [InlineData("Liveblog: snelweg A28 dicht na ongeluk met vrachtwagen")]
    [InlineData("Video: how the lifeboat crew rescued two kayakers")]
    [InlineData("Le maire de Brel: VIDÉO. Les images du chantier")]
    [InlineData("VIDÉO. Le lavoir")]
    [InlineData("LIVE MUSIC returns to the harbour pub after five years")]
    [InlineData("VIDÉO.")]
    [InlineData("HAVEN | Nieuwe kade bij Oudekerk gaat in mei open voor vissers")]
    [InlineData("VIDEO| Schaatsers rijden weer op de Veenplas bij Oudekerk")]
    [InlineData("VIDEO | schaatsers rijden weer op de Veenplas bij Oudekerk")]
    public void WithoutAFormTagInCapitals_NothingIsSetApart(string line)
    {
        Assert.Equal(-1, HeadlineKickers.HeadlineStart(line));
    }
}
