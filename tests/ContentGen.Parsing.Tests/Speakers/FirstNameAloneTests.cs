namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "«…», dice Lidia" after "Su sobrina, Lidia Carrasco, …": a feature names a person met in full by
/// the first name alone. The word stands for the one salient person whose full name it opens,
/// when no full name of the article ends with it; two people of that first name leave it as written.
/// </summary>
public sealed class FirstNameAloneTests
{
    [Theory]
    [InlineData("Tienda", "Su sobrina, Lidia Carrasco, lleva hoy la tienda. «No pienso cerrar», dice Lidia.", "Lidia Carrasco")]
    [InlineData("Werkstatt", "Ute Brandl führt die Schreinerei seit 2019. „Ich bleibe hier“, sagt Ute.", "Ute Brandl")]
    [InlineData("Forno", "Piero Galli apre il forno alle quattro. «È la mia vita», racconta Piero.", "Piero Galli")]
    [InlineData("Bakkerij", "Kees Mulder begint om vier uur in de bakkerij. \"Dit is mijn leven\", zegt Kees.", "Kees Mulder")]
    [InlineData("Padaria", "Rosa Lima abre a padaria às quatro. «É a minha vida», conta Rosa.", "Rosa Lima")]
    [InlineData("Lock committee", "Ivo Pell chaired the lock committee on Tuesday. Later Ivo told reporters: \"The vote was close.\"", "Ivo Pell")]
    public void AFirstNameAlone_IsTheSalientPersonItOpens(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Across a paragraph: the first name after the person's own quote.
    [Fact]
    public void AFirstNameInTheNextParagraph_IsTheSamePerson()
        => Assert.Equal(
            new[] { "Kenta Ishida", "Kenta Ishida" },
            QuoteSpeakers.Under(
                "Taller",
                "Entre sus alumnos está Kenta Ishida, que llegó en 2010. «Me enseñó a escuchar la madera», dijo Ishida.",
                "«Cuando llegué no sabía nada», añadió Kenta."));

    // A sentence opening on the first name alone, paragraphs after the full name, makes its person
    // the one a dropped subject means, as a surname alone does; not the person quoted last.
    [Fact]
    public void AFirstNameOpeningASentence_IsWhomTheDroppedSubjectMeans()
        => Assert.Equal(
            new[] { "Marta Ruiz", "Encarna Lobo" },
            QuoteSpeakers.Under(
                "Taller",
                "La viuda, Encarna Lobo, vive arriba del taller.",
                "Su hija, Marta Ruiz, dirige hoy el negocio. «Voy a seguir», dice Marta.",
                "Encarna guarda las cartas. Por eso insiste: «A él no le interesaba el dinero»."));

    // Guards: two people of that first name, whom the word alone does not tell apart.
    [Theory]
    [InlineData("Tienda", "Lidia Carrasco y Lidia Mora llevan hoy la tienda. «No pienso cerrar», dice Lidia.", "Lidia")]
    [InlineData("Bakkerij", "Kees Mulder en Kees Smit bakken samen het brood. \"Dit is ons leven\", zegt Kees.", "Kees")]
    public void AFirstNameOfTwoPeople_IsNotExpanded(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));
}
