using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A hard-wrapped page prints its headline, wrapped onto a line or two, with its dateline glued under it and no blank line
/// between: the date line, wholly a date and its time, opens a block of its own, so the headline stays the title and the
/// date still dates the page. A paragraph whose last line opens with a date, or a sentence that goes on into a date, keeps
/// its lines together.
/// </summary>
public sealed class HeadlineDatelineTests
{
    private const int Width = 72;

    // A page's headlines wrap at 60 columns here (a dump's width of 60 to 80), onto two lines both so long that the date's
    // first word would not fit after the second: the width alone glues the date to them.
    private const int HeadlineWidth = 60;

    private static string Headline(string language) => language switch
    {
        "en" => "New pedestrian lights at the school crossing on Linden Street will not be switched on before the autumn term",
        "fr" => "Les nouveaux feux pour piétons devant l'école de la rue des Tilleuls ne seront pas allumés avant les vacances d'automne",
        "de" => "Die neue Fußgängerampel vor der Grundschule an der Lindenstraße geht erst nach den Sommerferien in Betrieb",
        "es" => "El nuevo semáforo para peatones junto al colegio de la calle de los Tilos no se encenderá hasta después del verano",
        "it" => "Il nuovo semaforo pedonale davanti alla scuola elementare di via dei Tigli non sarà acceso prima della fine dell'estate",
        "pt" => "O novo semáforo para peões junto à escola primária da rua das Tílias só vai ser ligado depois das férias de verão",
        _ => "Het nieuwe voetgangerslicht bij de basisschool aan de Lindenstraat werkt pas na de zomervakantie in het najaar",
    };

    // Headlines on one line. A line that ends on a function word of any language keeps the line under it (Dutch "… in het
    // dal" ends on Italian "dal"), so these end on nouns.
    private static string OneLine(string language) => language switch
    {
        "en" => "Night buses will reach the valley villages from April",
        "fr" => "Les bus de nuit desserviront les villages de la vallée",
        "de" => "Nachtbusse fahren ab April auch in die Dörfer im Tal",
        "es" => "Los autobuses nocturnos llegarán a los pueblos del valle",
        "it" => "Gli autobus notturni arriveranno nei paesi della valle",
        "pt" => "Os autocarros noturnos vão chegar às aldeias do vale",
        _ => "Nachtbussen rijden vanaf april ook naar de dorpen in de vallei",
    };

    // The page's date and time as its dateline prints them.
    private static string Dateline(string language) => language switch
    {
        "en" => "14 May 2025, 06:45",
        "fr" => "14 mai 2025 à 06h45",
        "de" => "14.05.2025, 06:45 Uhr",
        "es" => "14/05/2025 06:45",
        "it" => "14 maggio 2025, 06:45",
        "pt" => "14/05/2025 06h45",
        _ => "14 mei 2025, 06:45",
    };

    private static string[] Split(params string[] lines) => SplitBlocks.Of(lines);

    private static string Page(string language, string headlineAndDate)
    {
        var p = Articles.Of(language);
        var body = string.Join("\n\n", new[] { p[1], p[2], p[3], Articles.Closing(language) }.Select(paragraph => HardWrap.Lines(paragraph, Width)));
        return CourierHeader.Lines(language) + "\n\n" + headlineAndDate + "\n\n" + body + "\n\n© 2025 " + CourierHeader.Site;
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void ADateLine_UnderAWrappedHeadline_IsABlockOfItsOwn(string language)
    {
        var wrapped = HardWrap.Lines(Headline(language), HeadlineWidth).Split('\n');
        Assert.Equal(2, wrapped.Length);

        Assert.Equal([Headline(language), Dateline(language)], Split([.. wrapped, Dateline(language)]));
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void ADateLine_UnderAOneLineHeadline_IsABlockOfItsOwn(string language)
        => Assert.Equal([OneLine(language), Dateline(language)], Split(OneLine(language), Dateline(language)));

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheWrappedHeadline_GluedOverItsDateline_IsTheTitle_AndTheDateDatesThePage(string language)
    {
        var article = ArticleParser.Parse(Page(language, HardWrap.Lines(Headline(language), HeadlineWidth) + "\n" + Dateline(language)));

        Assert.Equal(Headline(language), article.Title);
        Assert.Equal("2025-05-14T06:45", article.Published);
        Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AOneLineHeadline_GluedOverItsDateline_IsTheTitle_AndTheDateDatesThePage(string language)
    {
        var article = ArticleParser.Parse(Page(language, OneLine(language) + "\n" + Dateline(language)));

        Assert.Equal(OneLine(language), article.Title);
        Assert.Equal("2025-05-14T06:45", article.Published);
    }

    // A wrapped paragraph whose last line opens with a date ("… the works began on" / "14 May 2025, …") is one sentence:
    // its lines stay one block.
    [Theory]
    [InlineData(
        "Residents of the lower town had waited for the new crossing since the",
        "winter, and the council now says the lights will be switched on before",
        "14 May 2025 at noon.")]
    [InlineData(
        "Die Eltern der Grundschule hatten die neue Ampel schon lange erwartet,",
        "und die Stadt will sie nun bis spätestens zum Mittwoch, den",
        "14.05.2025, 06:45 Uhr")]
    [InlineData(
        "Les parents d'élèves attendaient les nouveaux feux depuis l'hiver, et la",
        "mairie promet désormais de les mettre en service avant le mercredi",
        "14 mai 2025 à 06h45.")]
    public void AParagraphsLastLine_OpeningWithADate_StaysInTheParagraph(string first, string second, string third)
        => Assert.Single(Split(first, second, third));

    // A sentence that goes on into a date on the next line ("… will open on" / "14 May 2025, 06:45") is no headline over
    // its dateline: the line above ends on a word that needs what follows.
    [Theory]
    [InlineData("The new crossing at the school will open to pupils and parents on", "14 May 2025, 06:45")]
    [InlineData("La nouvelle traversée devant l'école ouvrira aux élèves le", "14 mai 2025 à 06h45")]
    [InlineData("Der neue Übergang an der Schule wird für die Kinder geöffnet am", "14.05.2025, 06:45 Uhr")]
    [InlineData("El nuevo paso de peatones junto al colegio se abrirá el", "14/05/2025 06:45")]
    public void ASentence_GoingOnIntoADate_IsNotSplit(string line, string date)
        => Assert.Single(Split(line, date));

    // A writer's box of name, role and date ("Marta Ruiz Gil" / "Profesora de Historia …" / "23 de abril de 2024"): the role
    // over the date opens no group, so it is no headline, and the box is left as it was.
    [Theory]
    [InlineData("Marta Ruiz Gil", "Profesora de Historia Moderna en la Universidad de Valdemar", "23 de abril de 2024")]
    [InlineData("Helen Marsh", "Professor of Human Geography at the University of Crabley", "23 April 2024")]
    [InlineData("Luc Martin", "Professeur de géographie humaine à l'université de Valmont", "23 avril 2024")]
    public void ADateLine_UnderAWritersRole_InItsBox_IsNoHeadlinesDateline(string name, string role, string date)
        => Assert.DoesNotContain(date, Split(name, role, date));
}
