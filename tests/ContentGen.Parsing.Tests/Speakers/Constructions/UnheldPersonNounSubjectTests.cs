namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A sentence with no quote that opens on a definite article and a person's noun the article gives
/// to no one named (<c>The chairman of the club was angry.</c>, <c>El panadero está preocupado.</c>)
/// makes someone new its subject: a pronoun or dropped subject after it no longer means whoever
/// was quoted in the paragraph before.
/// </summary>
public sealed class UnheldPersonNounSubjectTests
{
    private static string Before(string language) => language switch
    {
        "fr" => "Paul Roux a défendu le projet. « Nous n'avons pas le choix », a-t-il dit.",
        "de" => "Peter Brandt verteidigte den Plan. „Wir haben keine Wahl“, sagte er.",
        "es" => "Juan Pérez defendió el plan. «No hay alternativa», dijo.",
        "it" => "Mario Rossi ha difeso il piano. «Non c'è alternativa», ha detto.",
        "pt" => "João Silva defendeu o plano. «Não há alternativa», disse.",
        "nl" => "Peter Jansen verdedigde het plan. \"We hebben geen keus\", zei hij.",
        _ => "Peter Wells defended the plan. \"We have no choice,\" he said.",
    };

    private static string Earlier(string language) => language switch
    {
        "fr" => "Paul Roux",
        "de" => "Peter Brandt",
        "es" => "Juan Pérez",
        "it" => "Mario Rossi",
        "pt" => "João Silva",
        "nl" => "Peter Jansen",
        _ => "Peter Wells",
    };

    [Theory]
    [InlineData("en", "The chairman of the club was angry. \"This is not acceptable,\" he said.")]
    [InlineData("en", "The farmer, a father of three, was less sure. \"It will hurt my trade,\" he said.")]
    [InlineData("en", "The baker, a father of three, was less sure. \"It will hurt my trade,\" he said.")]
    [InlineData("fr", "Le maire de la commune voisine est furieux. « C'est inacceptable », a-t-il lancé.")]
    [InlineData("fr", "Le boulanger, père de trois enfants, est inquiet. « Mon commerce va souffrir », dit-il.")]
    [InlineData("de", "Der Bürgermeister der Nachbargemeinde ist wütend. „Das ist unerhört“, sagte er.")]
    [InlineData("de", "Der Bäcker, Vater von drei Kindern, ist besorgt. „Mein Geschäft leidet“, sagte er.")]
    [InlineData("nl", "De burgemeester van het buurdorp is boos. \"Dit kan niet\", zei hij.")]
    [InlineData("nl", "De bakker, vader van drie kinderen, is bezorgd. \"Mijn zaak lijdt eronder\", zegt hij.")]
    [InlineData("es", "El alcalde del pueblo vecino está furioso. «Es inaceptable», afirmó.")]
    [InlineData("es", "El panadero, padre de tres hijos, está preocupado. «Mi negocio sufre», dice.")]
    [InlineData("it", "Il sindaco del paese vicino è furioso. «È inaccettabile», ha detto.")]
    [InlineData("it", "Il parroco, padre di tre figli, ha aperto la chiesa. «Tutti sono benvenuti», ha spiegato.")]
    [InlineData("pt", "O presidente da junta vizinha está furioso. «É inaceitável», afirmou.")]
    [InlineData("pt", "O padeiro, pai de três filhos, está preocupado. «O meu negócio sofre», diz.")]
    public void APersonsNounNoOneHolds_EndsTheEarlierSpeakersTurn(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, Before(language), paragraph));

    // Where the rule must not fire: the article gave the noun to the earlier speaker, who is still meant.
    [Theory]
    [InlineData("en", "Mayor Peter Wells defended the plan. \"We have no choice,\" he said.", "The mayor was angry. \"This is not acceptable,\" he said.", "Peter Wells")]
    [InlineData("es", "El alcalde, Juan Pérez, defendió el plan. «No hay alternativa», dijo.", "El alcalde está furioso. «Es inaceptable», afirmó.", "Juan Pérez")]
    [InlineData("de", "Bürgermeister Peter Brandt verteidigte den Plan. „Wir haben keine Wahl“, sagte er.", "Der Bürgermeister ist wütend. „Das ist unerhört“, sagte er.", "Peter Brandt")]
    public void ANounTheArticleGaveToTheSpeaker_KeepsThatSpeaker(string language, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, before, paragraph));

    // Nor on a bare noun or one set off by an age, which often mean the person just named; nor
    // when the sentence names someone after a comma (the rules for names read the name).
    [Theory]
    [InlineData("en", "The farmer was less sure. \"It will hurt my trade,\" he said.")]
    [InlineData("es", "El panadero, de 63 años, está preocupado. «Mi negocio sufre», dice.")]
    [InlineData("de", "Der Bürgermeister der Nachbargemeinde, Hans Kühn, ist wütend. „Das ist unerhört“, sagte er.", "Hans Kühn")]
    [InlineData("pt", "O filho, Rui Lopes, está preocupado. «O meu negócio sofre», diz.", "Rui Lopes")]
    // A thing's noun ending like a trade ("Hubschrauber"), set off by an indefinite and no person's
    // noun, is no newcomer: the earlier speaker is still meant.
    [InlineData("de", "Der Hubschrauber, ein älteres Modell, musste landen. „Das war knapp“, sagte er.")]
    public void ABareNounAnAgeOrAName_IsReadAsBefore(string language, string paragraph, string? speaker = null)
        => Assert.Equal(speaker ?? Earlier(language), ConstructionProbe.LastSpeaker(language, Before(language), paragraph));

    // Nor before anyone is quoted: there is no turn to end, and the role is as often the first
    // mention of the person the headline names.
    [Fact]
    public void ARoleBeforeAnyQuote_IsTheHeadlinesPerson()
        => Assert.Equal(new string?[] { "Jean Morel" }, QuoteSpeakers.Under(
            "Jean Morel présente sa loi",
            "Jean Morel a parlé lundi à Lyon devant les maires de la région.",
            "Le ministre de l'Intérieur a présenté son texte mardi. « C'est un bon texte », a-t-il dit."));

    // Nor when the sentence reports: the rules for reports read its subject, here an epithet for
    // the president named before.
    [Fact]
    public void ARoleThatReports_IsReadByTheRulesForReports()
        => Assert.Equal("Jean Morel", ConstructionProbe.LastSpeaker(
            "fr",
            "Le président Jean Morel a défendu la loi lundi. « C'est un bon texte », a-t-il dit.",
            "Le chef de l'État juge que la réforme mêlera « rigueur » et « solidarité ».",
            "Il assure que le projet va « aider les communes »."));
}
