namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch open a sentence on a trade or a person's noun, with no article, before the full
/// name it describes ("Verpleegkundige Sanne de Vries werkt …", "Nachbarin Rosa von Dahlen wohnt …"): the
/// noun is no first name, and a pronoun after the sentence means the name alone. English reads its own
/// such nouns through its role nouns; French, Spanish, Italian and Portuguese open such a sentence on an
/// article, and a bare capitalised word there is a first name, whatever noun it is spelt like.
/// </summary>
public sealed class PersonNounBeforeNameTests
{
    private const string BakerBefore = "Bäckermeister Jonas Krell betreibt einen Laden am Hafen. „Wir warten seit Monaten“, sagt er.";

    [Theory]
    [InlineData("de", "Nachbarin Rosa von Dahlen wohnt seit Jahren am Kai. „Das ist eine gute Nachricht für uns“, sagt sie.", "Rosa von Dahlen")]
    [InlineData("nl", "Buurvrouw Rosa van Dam woont al jaren aan de kade. 'Dit is goed nieuws voor ons', zegt ze.", "Rosa van Dam")]
    [InlineData("nl", "Verpleegkundige Sanne de Vries werkt al twintig jaar in het ziekenhuis. 'We wachten al maanden', zegt ze.", "Sanne de Vries")]
    [InlineData("nl", "Zoogdierecoloog Pieter van Ommen wijst op de duiker onder de weg. 'Die staat bij hoog water vol', zegt hij.", "Pieter van Ommen")]
    // English already read its own through its role nouns, and still does.
    [InlineData("en", "Pensioner Gladys Reeve, 71, has lived on the quay for years. \"This is good news for us,\" she said.", "Gladys Reeve")]
    public void APersonsNounOpeningTheSentence_IsNoFirstName(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);

    // A jury's member and a cheesemaker before their full name (session 68): German and Dutch compound them ("Jurylid",
    // "Boerenkaasmaakster", "Bergkäserin"), English writes them as a trade; the pronoun after the sentence means the name.
    [Theory]
    [InlineData("nl", "Jurylid Femke van Loon noemde het optreden moedig. 'Dit was de beste ronde van het seizoen', zegt ze.", "Femke van Loon")]
    [InlineData("nl", "Boerenkaasmaakster Wietske Hoekstra-Bos staat elke zaterdag op de markt. 'De vraag loopt terug', zegt ze.", "Wietske Hoekstra-Bos")]
    [InlineData("nl", "Kaasmaker Joost Dijkhuis verkoopt al jaren op de markt. 'De vraag loopt terug', zegt hij.", "Joost Dijkhuis")]
    [InlineData("de", "Jurorin Lena Kessler lobte den Auftritt. „Das war die beste Runde der Staffel“, sagt sie.", "Lena Kessler")]
    [InlineData("de", "Bergkäserin Anna Moser verkauft seit Jahren auf dem Markt. „Die Touristen kaufen wenig“, sagt sie.", "Anna Moser")]
    [InlineData("en", "Juror Ella Marsh called the act brave. \"It was the best round of the series,\" she said.", "Ella Marsh")]
    [InlineData("en", "Cheesemaker Tom Hale has sold at the market for years. \"Demand is falling,\" he said.", "Tom Hale")]
    public void AJurorOrACheesemakerBeforeTheirName_IsNoFirstName(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);

    // A surname spelt like such a trade keeps its place: "Käser" is left out of the lists for it.
    [Theory]
    [InlineData("de", "Anna Käser verkauft seit Jahren auf dem Markt. „Die Touristen kaufen wenig“, sagt sie.", "Anna Käser")]
    [InlineData("nl", "Mabel Janssen verkoopt al jaren op de markt. 'De vraag loopt terug', zegt ze.", "Mabel Janssen")]
    public void ASurnameSpeltLikeTheNewTrades_StaysInTheName(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);

    // A first name opening the sentence, spelt like no listed noun or like a noun of a language that
    // writes an article there, keeps its place in the name; so does a trade that is a surname.
    [Theory]
    [InlineData("de", "Walter Brandt, 58, ist skeptisch. „Ich glaube erst daran, wenn gebaut wird“, sagt er.", "Walter Brandt")]
    [InlineData("nl", "Pieter Bakker (58) is sceptisch. 'Ik geloof het pas als er gebouwd wordt', zegt hij.", "Pieter Bakker")]
    [InlineData("en", "Walker Evans runs the café on the quay. \"We are ready,\" he said.", "Walker Evans")]
    [InlineData("fr", "Marin Dupré tient le café du quai depuis vingt ans. « Nous sommes prêts », dit-il.", "Marin Dupré")]
    [InlineData("es", "Marino Ruiz regenta el bar del muelle desde hace veinte años. «Estamos listos», dice.", "Marino Ruiz")]
    [InlineData("it", "Marino Bassi gestisce il bar del molo da vent'anni. «Siamo pronti», dice.", "Marino Bassi")]
    [InlineData("pt", "Marinho Costa gere o café do cais há vinte anos. «Estamos prontos», diz.", "Marinho Costa")]
    public void AFirstNameOpeningTheSentence_StaysInTheName(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);

    // "Rentner Udo, 58, …": before a first name alone the noun is not taken off. The first name alone
    // keeps no one in focus, and the pronoun after it would go back to the baker named before.
    [Fact]
    public void APersonsNounBeforeAFirstNameAlone_NeverSendsThePronounBack()
        => Assert.NotEqual(
            "Jonas Krell",
            QuoteSpeakers.Under("Probe", LanguageLeads.German, BakerBefore, "Rentner Udo, 58, ist skeptisch. „Ich glaube erst daran, wenn gebaut wird“, sagt er.")[^1]);
}
