namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A trade's family at the cue ("cuenta la artista", "diz a cantora", "aconselha o médico", "sagt die
/// Künstlerin", "zegt de muzikant") means the one person the article gave a trade of that family in the
/// same paragraph or the one before ("la escultora Amparo Gil", "a fadista Matilde Lopes", "o pediatra Rui
/// Sousa"), with sentences between, though the article never wrote the family's noun. Two people given a
/// trade of the family, a trade of another family, a person of the other gender than the cue's noun, or a
/// holder two paragraphs back give no one. English reads its occupations as role nouns, not here. Each
/// positive gives no one without the families: where a family's noun was read before as the person in
/// focus (`musicista`, `Künstlerin`, `Mediziner`, `muzikant`), someone else named between makes it no one.
/// </summary>
public sealed class TradeFamilyTests
{
    [Theory]
    [InlineData("es", "La escultora Amparo Gil abrió ayer su primera muestra en el pueblo. La sala estaba llena desde las siete. «Aquí aprendí a mirar el hierro», cuenta la artista.", "Amparo Gil")]
    [InlineData("es", "El pediatra Luis Mora Pardo atiende a los niños del valle. La consulta abre tres días por semana. «Hay que vacunar antes del invierno», explica el médico.", "Luis Mora Pardo")]
    [InlineData("pt", "O cartaz inclui ainda a fadista Matilde Lopes, natural da vila. A entrada é gratuita. «Cantar em casa é outra coisa», diz a cantora.", "Matilde Lopes")]
    [InlineData("pt", "O pediatra Rui Sousa Almeida acompanha as famílias da serra. As consultas são às terças. «Não há motivo para alarme», aconselha o médico.", "Rui Sousa Almeida")]
    [InlineData("it", "La scultrice Ada Neri espone trenta opere nella vecchia filanda. L'ingresso è libero. «Qui ho imparato a guardare il ferro», racconta l'artista.", "Ada Neri")]
    [InlineData("it", "Il chitarrista Paolo Fedeli suona stasera in piazza. Il sindaco Carlo Bassi ha aperto la serata. «Questa chitarra ha cent'anni», sorride il musicista.", "Paolo Fedeli")]
    [InlineData("fr", "Le pianiste Marc Dury joue ce soir à l'église. Les places sont parties en une heure. « Ce piano a cent ans », sourit le musicien.", "Marc Dury")]
    [InlineData("fr", "La sculptrice Anne Roux expose trente pièces dans l'ancienne filature. L'entrée est libre. « Ici, j'ai appris à regarder le fer », raconte l'artiste.", "Anne Roux")]
    [InlineData("de", "Die Bildhauerin Eva Roth zeigt ihre Arbeiten im alten Kornhaus. Bürgermeister Karl Hahn eröffnete die Schau. „Hier habe ich das Schweißen gelernt“, sagt die Künstlerin.", "Eva Roth")]
    [InlineData("de", "Der Kinderarzt Jan Lenz betreut die Familien im Tal. Landrat Peter Wolf besuchte am Montag die Praxis. „Vor dem Winter sollte geimpft werden“, sagt der Mediziner.", "Jan Lenz")]
    [InlineData("nl", "Pianist Joost Wit speelt vanavond in de kerk. Burgemeester Karel Smit opent het concert. \"Deze vleugel is honderd jaar oud\", zegt de muzikant.", "Joost Wit")]
    [InlineData("nl", "Beeldhouwster Ria Bos toont haar werk in de oude graanschuur. De toegang is gratis. \"Hier leerde ik lassen\", zegt de kunstenares.", "Ria Bos")]
    public void TheCuesTradeFamily_MeansTheOnePersonGivenATradeOfIt(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph));

    // The trade given in the paragraph before still means its holder by its family.
    [Theory]
    [InlineData("es", "La escultora Amparo Gil abrió ayer su primera muestra en el pueblo.", "«Aquí aprendí a mirar el hierro», cuenta la artista.", "Amparo Gil")]
    [InlineData("pt", "O cartaz inclui ainda a fadista Matilde Lopes, natural da vila.", "«Cantar em casa é outra coisa», diz a cantora.", "Matilde Lopes")]
    public void ATradeGivenInTheParagraphBefore_MeansItsHolderByItsFamily(string language, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), first, second));

    // Near-misses: two people given a trade of the family, a trade of another family, a holder of the
    // other gender than the cue's noun (or of a trade both genders write alike, "o fadista", whose given
    // name says no gender), a trade of no family of the cue's noun.
    [Theory]
    [InlineData("es", "La escultora Amparo Gil y la pintora Rosa Pardo exponen juntas en el pueblo. La sala estaba llena desde las siete. «Aquí aprendí a mirar el hierro», cuenta la artista.")]
    [InlineData("es", "La ingeniera Amparo Gil abrió ayer la nueva nave del pueblo. La sala estaba llena desde las siete. «Aquí aprendí a mirar el hierro», cuenta la artista.")]
    [InlineData("es", "El escultor Pedro Gil abrió ayer su primera muestra en el pueblo. La sala estaba llena desde las siete. «Aquí aprendí a mirar el hierro», cuenta la artista.")]
    [InlineData("pt", "O cartaz inclui ainda o fadista Rui Lopes, natural da vila. A entrada é gratuita. «Cantar em casa é outra coisa», diz a cantora.")]
    [InlineData("pt", "O cartaz inclui ainda o fadista Tó Lopes, natural da vila. A entrada é gratuita. «Cantar em casa é outra coisa», diz a cantora.")]
    [InlineData("pt", "O cartaz inclui a fadista Rita Lopes e a fadista Inês Vieira, ambas da vila. A entrada é gratuita. «Cantar em casa é outra coisa», diz a cantora.")]
    [InlineData("it", "La pittrice Ada Neri e la scultrice Lia Conti espongono insieme nella filanda. L'ingresso è libero. «Qui ho imparato a guardare il ferro», racconta l'artista.")]
    [InlineData("fr", "Le curé Marc Dury ouvre l'église ce soir. Les places sont parties en une heure. « Ce piano a cent ans », sourit le musicien.")]
    [InlineData("de", "Der Bildhauer Jan Roth zeigt seine Arbeiten im alten Kornhaus. Der Eintritt ist frei. „Hier habe ich das Schweißen gelernt“, sagt die Künstlerin.")]
    [InlineData("de", "Die Architektin Eva Roth zeigt ihre Pläne im alten Kornhaus. Der Eintritt ist frei. „Hier habe ich das Zeichnen gelernt“, sagt die Künstlerin.")]
    [InlineData("nl", "Pianist Joost Wit en gitarist Kees Smit spelen vanavond in de kerk. De kaarten waren binnen een uur op. \"Deze vleugel is honderd jaar oud\", zegt de muzikant.")]
    public void AFamilyNoOnePersonFits_MeansNoOne(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph)[^1]);

    [Fact]
    public void AHolderTwoParagraphsBack_IsNotMeantByTheFamily()
        => Assert.Null(QuoteSpeakers.Under(
            "Headline",
            LanguageLeads.Spanish,
            "La escultora Amparo Gil abrió ayer su primera muestra en el pueblo.",
            "La sala estaba llena desde las siete y los vecinos hicieron cola en la calle.",
            "«Aquí aprendí a mirar el hierro», cuenta la artista.")[^1]);
}
