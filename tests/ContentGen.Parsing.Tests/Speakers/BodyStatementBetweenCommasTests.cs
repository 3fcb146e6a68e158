namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body named before, its statement given between commas or after its verb ("Il consorzio, in
/// una nota, ha assicurato", "Die Stadt teilte in einer Mitteilung mit"): the body speaks.
/// </summary>
public sealed class BodyStatementBetweenCommasTests
{
    private static string?[] Speakers(string headline, params string[] paragraphs) => QuoteSpeakers.Under(headline, paragraphs);

    [Theory]
    [InlineData("Il depuratore di Valpiana", "Il Consorzio Val Tarno gestisce i lavori del depuratore.", "Il consorzio, in una nota, ha assicurato che il cantiere «ripartirà a maggio».", "Consorzio Val Tarno")]
    [InlineData("El comedor de Vallesur", "El servicio lo gestiona la empresa Cocinas Robledal.", "La empresa, en un comunicado, aseguró que trabaja para cubrir las bajas «en el menor plazo posible».", "Cocinas Robledal")]
    [InlineData("Harbour quay closed", "The quay is run by Northbay Council.", "The council, in a statement, said it would reopen the quay \"as soon as it is safe\".", "Northbay Council")]
    [InlineData("Le quai de Valmont", "Le quai dépend de la mairie de Valmont.", "La mairie, dans un communiqué, a indiqué que le quai rouvrirait « dès que possible ».", "mairie")]
    [InlineData("Kai in Hollbach", "Für den Kai ist die Stadt Hollbach zuständig.", "Die Stadt teilte in einer Mitteilung mit, der Kai werde „so bald wie möglich“ wieder geöffnet.", "Stadt")]
    [InlineData("Kade Heemsterdijk", "De kade valt onder de gemeente Heemsterdijk.", "De gemeente liet in een verklaring weten dat de kade „zo snel mogelijk” weer opengaat.", "Heemsterdijk")]
    [InlineData("O cais de Ribafria", "O cais é gerido pela Câmara Municipal de Ribafria.", "A câmara, em nota, garantiu que o cais reabre «logo que possível».", "câmara")]
    [InlineData("Il depuratore di Valpiana", "Il Consorzio Val Tarno gestisce i lavori del depuratore.", "Il consorzio, in una nota, assicura che il cantiere «ripartirà a maggio».", "Consorzio Val Tarno")]
    public void ABodysStatement_BetweenCommas_IsTheBodys(string headline, string first, string second, string body)
        => Assert.Equal(body, Speakers(headline, first, second)[^1]);

    // A split verb of saying ("teilte … mit", "deelde … mee") whose subject stands before its stem
    // and whose particle closes the clause, a statement's phrase between them or not, governs the quote.
    [Theory]
    [InlineData("Kai in Hollbach", "Für den Kai ist die Stadtverwaltung zuständig.", "Die Stadtverwaltung teilte in einer Mitteilung mit, der Kai werde „so bald wie möglich“ wieder geöffnet.", "Stadtverwaltung")]
    [InlineData("Kai in Hollbach", "Für den Kai ist die Stadtverwaltung zuständig.", "Die Stadtverwaltung teilte mit: „Der Kai wird so bald wie möglich wieder geöffnet.“", "Stadtverwaltung")]
    [InlineData("Kade Heemsterdijk", "De kade valt onder de gemeente Heemsterdijk.", "De gemeente deelde in een verklaring mee dat de kade „zo snel mogelijk” weer opengaat.", "Heemsterdijk")]
    [InlineData("Kade Heemsterdijk", "De kade valt onder de gemeente Heemsterdijk.", "Wethouder Els Smit voegde eraan toe dat de kade „zo snel mogelijk” weer opengaat.", "Els Smit")]
    public void ASplitVerbOfSaying_ClosedBeforeItsClause_GovernsTheQuote(string headline, string first, string second, string speaker)
        => Assert.Equal(speaker, Speakers(headline, first, second)[^1]);

    // Guard: a split verb of no saying ("teilte … auf", shared out) governs nothing.
    [Fact]
    public void ASplitVerbOfNoSaying_GovernsNothing()
        => Assert.Null(Speakers("Kai in Hollbach", "Für den Kai ist die Stadtverwaltung zuständig.", "Die Stadtverwaltung teilte die Kosten auf, und der Kai soll „so bald wie möglich“ öffnen.")[^1]);
}
