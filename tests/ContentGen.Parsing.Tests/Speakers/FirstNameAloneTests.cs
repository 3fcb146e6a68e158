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

    // A family sharing a surname: "Ramón" alone is the son named after his mother, paragraphs and
    // four other speakers later, not the body quoted in the paragraph before.
    [Theory]
    [InlineData("Taller", "La fundadora, Lucía Ordás, abrió el taller en 1970. Su hijo, Ramón Ordás, lo dirige hoy.", "«Hay trabajo», dice Ana Vidal.", "«Falta gente», afirma Pedro Soto.", "«Los precios suben», explica Clara Bueno.", "«Vamos a crecer», asegura Tomás Gil.", "La Asociación de Vecinos ha elogiado el taller.", "Ramón mira a su madre. «Eso ya no me toca a mí», dice.", "Ramón Ordás")]
    [InlineData("Werkstatt", "Die Gründerin, Ute Brandl, eröffnete die Werkstatt 1970. Ihr Sohn, Jonas Brandl, führt sie heute.", "„Es gibt Arbeit“, sagt Anna Vogt.", "„Es fehlen Leute“, sagt Peter Kern.", "„Die Preise steigen“, sagt Clara Busch.", "„Wir wachsen“, sagt Tom Geier.", "Der Verein der Nachbarn lobte die Werkstatt.", "Jonas schaut zu seiner Mutter. „Das ist nicht mehr meine Sache“, sagt er.", "Jonas Brandl")]
    [InlineData("Bottega", "La fondatrice, Lucia Orsini, aprì la bottega nel 1970. Suo figlio, Marco Orsini, la guida oggi.", "«C'è lavoro», dice Anna Villa.", "«Manca gente», afferma Pietro Sala.", "«I prezzi salgono», spiega Chiara Bruno.", "«Cresceremo», assicura Tommaso Gallo.", "L'Associazione dei Vicini ha lodato la bottega.", "Marco guarda sua madre. «Non tocca più a me», dice.", "Marco Orsini")]
    [InlineData("Oficina", "A fundadora, Lúcia Orta, abriu a oficina em 1970. O seu filho, Rui Orta, dirige-a hoje.", "«Há trabalho», diz Ana Vidal.", "«Falta gente», afirma Pedro Souto.", "«Os preços sobem», explica Clara Bento.", "«Vamos crescer», garante Tomás Gil.", "A Associação de Vizinhos elogiou a oficina.", "Rui olha para a mãe. «Isso já não é comigo», diz.", "Rui Orta")]
    [InlineData("Werkplaats", "De oprichtster, Ria Bakker, opende de werkplaats in 1970. Haar zoon, Joost Bakker, leidt die nu.", "\"Er is werk\", zegt Anna Visser.", "\"Er zijn te weinig mensen\", zegt Piet Kok.", "\"De prijzen stijgen\", zegt Clara Bos.", "\"We groeien\", zegt Tom Geel.", "De Vereniging van Buren prees de werkplaats.", "Joost kijkt naar zijn moeder. \"Dat is niet meer aan mij\", zegt hij.", "Joost Bakker")]
    [InlineData("Workshop", "The founder, Ruth Pellow, opened the workshop in 1970. Her son, Owen Pellow, runs it today.", "\"There is work,\" said Anna Vane.", "\"We lack staff,\" said Peter Kell.", "\"Prices are rising,\" said Clara Bunt.", "\"We will grow,\" said Tom Gale.", "The Residents Association praised the workshop.", "Owen looks at his mother. \"That is no longer up to me,\" he said.", "Owen Pellow")]
    public void AFirstNameOfAFamilyMember_IsThePersonItOpens(string headline, string p1, string p2, string p3, string p4, string p5, string p6, string p7, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, p1, p2, p3, p4, p5, p6, p7)[4]);

    // Guard: two people of that first name, one of a family and one not, are not told apart.
    [Fact]
    public void AFirstNameOfAFamilyMemberAndAnother_IsNotExpanded()
        => Assert.NotEqual(
            "Ramón Pérez",
            QuoteSpeakers.Under(
                "Taller",
                "La fundadora, Lucía Ordás, abrió el taller en 1970. Su hijo, Ramón Ordás, lo dirige hoy con su socio, Ramón Pérez.",
                "«Hay trabajo», dice Ana Vidal.",
                "«Falta gente», afirma Pedro Soto.",
                "«Los precios suben», explica Clara Bueno.",
                "«Vamos a crecer», asegura Tomás Gil.",
                "Ramón mira a su madre. «Eso ya no me toca a mí», dice.")[4]);

    // Two people of the first name, one of them of a family: the sentence opening on it turns to one
    // of them, so the dropped subject or pronoun after it no longer means the body quoted before.
    [Theory]
    [InlineData("Taller", "La fundadora, Lucía Ordás, abrió el taller en 1970. Su hijo, Ramón Ordás, lo dirige hoy con su socio, Ramón Pérez.", "«Es un ejemplo para la comarca», afirma la Asociación de Vecinos.", "Ramón mira a su madre. «Eso ya no me toca a mí», dice.", null)]
    [InlineData("Workshop", "The founder, Ruth Pellow, opened the workshop in 1970. Her son, Owen Pellow, runs it today with his partner, Owen Tarrant.", "\"It is a model for the valley,\" said the Residents Association.", "Owen looks at his mother. \"That is no longer up to me.\"", "Owen")]
    public void AFirstNameOfSeveralOpeningASentence_EndsTheTurnBefore(string headline, string p1, string p2, string p3, string? speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, p1, p2, p3)[1]);

    // Guard: the person quoted last is one of them, and goes on.
    [Fact]
    public void AFirstNameOfSeveral_KeepsTheOneQuotedLast()
        => Assert.Equal(
            new[] { "Ramón Ordás", "Ramón Ordás" },
            QuoteSpeakers.Under(
                "Taller",
                "La fundadora, Lucía Ordás, abrió el taller en 1970. Su hijo, Ramón Ordás, lo dirige hoy con su socio, Ramón Pérez.",
                "«Hay mucho trabajo», dice Ramón Ordás.",
                "Ramón mira a su madre. «Eso ya no me toca a mí», dice."));
}
