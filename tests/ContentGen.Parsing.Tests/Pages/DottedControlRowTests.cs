using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A reading view's or a read-later app's controls printed on one line between middle dots ("Ajouter un tag · Archiver
/// · ★ Favori · Partager") under the saved article's stamp: chrome, never the headline. Most parts are buttons; a short
/// icon's name among them ("Aa Affichage") is borne. A byline's line, a teaser with its age, a row of places or a row with
/// a headline among its parts stays.
/// </summary>
public sealed class DottedControlRowTests
{
    [Theory]
    [InlineData("en", "Add tags · Archive · ★ Favourite · Share · Aa Display", "By Tom Vale")]
    [InlineData("fr", "Ajouter un tag · Archiver · ★ Favori · Partager · Aa Affichage", "Par Anne Lorin")]
    [InlineData("de", "Tags hinzufügen · Archivieren · ★ Favorit · Teilen", "Von Jana Kolb")]
    [InlineData("es", "Añadir etiqueta · Archivar · ★ Favorito · Compartir", "Por Marta Ruiz")]
    [InlineData("it", "Aggiungi tag · Archivia · ★ Preferito · Condividi", "di Paolo Neri")]
    [InlineData("pt", "Adicionar etiqueta · Arquivar · ★ Favorito · Partilhar", "Texto: Rui Sousa")]
    [InlineData("nl", "Tag toevoegen · Archiveren · ★ Favoriet · Delen", "Door Eva Mol")]
    public void AReadLaterAppsControls_UnderTheSavedStamp_AreNoHeadline(string language, string row, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Lectio\nMy list · Settings", "coastalgazette.example\n19/06/2025 08:12\n" + row,
            p[0], byline + "\n18/06/2025 07:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Add tags · Archive · Favourite · Share", true)]
    [InlineData("Ajouter un tag · Archiver · ★ Favori · Partager · Aa Affichage", true)]
    [InlineData("Tags hinzufügen · Archivieren · Favorit · Teilen", true)]
    [InlineData("Añadir etiqueta · Archivar · Favorito · Compartir", true)]
    [InlineData("Aggiungi tag · Archivia · Preferito · Condividi", true)]
    [InlineData("Adicionar etiqueta · Arquivar · Favorito · Partilhar", true)]
    [InlineData("Tag toevoegen · Archiveren · Favoriet · Delen", true)]
    // Two parts only: a label and a headline's word, or a button beside a place.
    [InlineData("Archive · Share", false)]
    // Half the parts buttons, no more.
    [InlineData("Archiver · Partager · Quimper · Brest", false)]
    // A headline, a byline's line, a teaser's age, a row of places.
    [InlineData("Le Courrier de l'Estuaire · Par Gwenaëlle Le Floc'h · 18 juin 2025", false)]
    [InlineData("Teilen · Archivieren · Gemeinderat beschließt neuen Haushalt", false)]
    [InlineData("Compartir · Archivar · hace 2 horas", false)]
    [InlineData("Arnhem · Nijmegen · Tiel · Zaltbommel", false)]
    [InlineData("Condividi · Archivia · Il ponte di Vernasco riapre a maggio", false)]
    [InlineData("Partilhar · Arquivar · 3 comentários", false)]
    // Buttons parted by bars or spaces are other rows' (IsBarredNavigation, IsGappedButtonRow).
    [InlineData("Add tags | Archive | Favourite", false)]
    public void MostPartsButtons_AndNoLongOrDatedPart_MakeARow(string line, bool row)
        => Assert.Equal(row, BoilerplateLines.IsDottedControlRow(line.AsSpan()));
}
