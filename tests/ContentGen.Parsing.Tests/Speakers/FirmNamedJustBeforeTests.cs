namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A company's or a firm's noun at a quote's cue ("the company said in a statement", "fa sapere l'azienda",
/// "teilte das Unternehmen mit") means the name with no noun of its kind that was the subject of the sentence
/// just before, when the name holds a word of a firm's trade and its first word is no given name (session 71,
/// firm; built and taken back in session 70 without that sign). Invented firms, verbs and sentences;
/// paragraphs separated by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class FirmNamedJustBeforeTests
{
    [Theory]
    // The name quoted just before.
    [InlineData("The road closes in May. ¶ Harrowmere Water said the main had \"failed badly\" at a joint. \"Our crews worked through the night,\" the company said in a statement.", "Harrowmere Water|Harrowmere Water")]
    // The name that reported just before, with no quote.
    [InlineData("The road closes in May. ¶ Brackenford Cruise Lines said the visit had been planned for years. \"We spread passengers across the day,\" the operator said in a statement.", "Brackenford Cruise Lines")]
    // The name that opened the sentence just before.
    [InlineData("Die Straße wird im Mai gesperrt. ¶ Brandel Logistik weist die Vorwürfe zurück. „Wir haben alle Regeln eingehalten“, teilte das Unternehmen mit.", "Brandel Logistik")]
    [InlineData("La carretera cierra en mayo. ¶ Norvalia Residencial defiende su actuación. «Hemos cumplido la ley», indicó la empresa en una nota.", "Norvalia Residencial")]
    [InlineData("La strada chiude a maggio. ¶ Transvalle Distribuzione respinge le accuse. «Applichiamo tutti i contratti», fa sapere l'azienda in una nota.", "Transvalle Distribuzione")]
    [InlineData("La route ferme en mai. ¶ Thermivelle Énergie conteste les chiffres. « La hausse reflète le coût du bois », précise l'entreprise.", "Thermivelle Énergie")]
    [InlineData("De weg gaat in mei dicht. ¶ Dataveld Vastgoed houdt vast aan het plan. ‘We hebben alles drie keer aangepast’, aldus het bedrijf.", "Dataveld Vastgoed")]
    public void FirmNounAfterFirmNameJustBefore_IsThatName(string paragraphs, string expected) => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // Portuguese names its firms with the article; a lead this short reads as no language of its own.
    [InlineData("A estrada fecha em maio. ¶ A Lusomar Logística rejeita as críticas. «Cumprimos todos os contratos», afirmou a empresa em comunicado.", "Lusomar Logística")]
    [InlineData("A estrada fecha em maio. ¶ A Atlântida Investimentos rejeita essa leitura. Em resposta escrita, a empresa afirma que o valor «está em linha com o mercado».", "Atlântida Investimentos")]
    public void PortugueseFirmNounAfterFirmNameJustBefore_IsThatName(string paragraphs, string expected) => QuoteSpeakers.Check("pt", paragraphs, expected);

    [Theory]
    // The twin of the positive above with the name's last word written alone later: a person's surname.
    [InlineData("A estrada fecha em maio na vila de Alvarim. ¶ A Tavolim Seguros rejeita as críticas. «Cumprimos todos os contratos», afirmou a empresa.", "Tavolim Seguros")]
    [InlineData("A estrada fecha em maio na vila de Alvarim. ¶ A Tavolim Seguros rejeita as críticas. «Cumprimos todos os contratos», afirmou a empresa. Seguros não quis comentar.", "-")]
    public void PortugueseLastWordWrittenAlone_IsNoFirm(string paragraphs, string expected) => QuoteSpeakers.Check("pt", paragraphs, expected);

    [Theory]
    // A person quoted just before, whom a pronoun shows as one: the company is someone else.
    [InlineData("The road closes in May. ¶ Laura Hendry said the depot had been locked. \"We believe this was deliberate,\" she said. \"We are heartbroken,\" the company said.", "Laura Hendry|-")]
    // A given name first, though a trade's word ends the name.
    [InlineData("The road closes in May. ¶ Hannah Lines said the main had \"failed badly\" at a joint. \"Our crews worked through the night,\" the company said in a statement.", "Hannah Lines|-")]
    [InlineData("La strada chiude a maggio. ¶ Marco Servizi respinge le accuse. «Applichiamo tutti i contratti», fa sapere l'azienda in una nota.", "-")]
    // A name with no word of a firm's trade: a person named in full as much as a firm.
    [InlineData("Die Straße wird im Mai gesperrt. ¶ Brandel Kessler weist die Vorwürfe zurück. „Wir haben alle Regeln eingehalten“, teilte das Unternehmen mit.", "-")]
    [InlineData("La carretera cierra en mayo. ¶ Rubén Salgado lamenta la decisión. «Hemos cumplido la ley», indicó la empresa. Salgado no quiso añadir más.", "-")]
    // A one-word name, with no sign at all (nor is the lone name read as the fragment's speaker).
    [InlineData("The road closes in May. ¶ Harrowmere said the main had \"failed badly\" at a joint. \"Our crews worked through the night,\" the company said in a statement.", "-|-")]
    // A title given to the name.
    [InlineData("La route ferme en mai. ¶ Julien Énergie conteste les chiffres. « La hausse reflète le coût du bois », précise l'entreprise. M. Énergie n'a pas répondu.", "-")]
    // A body's noun of another kind than a firm's.
    [InlineData("Die Straße wird im Mai gesperrt. ¶ Brandel Logistik weist die Vorwürfe zurück. „Wir haben alle Regeln eingehalten“, teilte der Verein mit.", "-")]
    // The name two sentences back, another subject between.
    [InlineData("De weg gaat in mei dicht. ¶ Dataveld Vastgoed houdt vast aan het plan. De bewoners zijn boos. ‘We hebben alles drie keer aangepast’, aldus het bedrijf.", "-")]
    public void FirmNounAfterPersonOrFarName_IsNoOne(string paragraphs, string expected) => QuoteSpeakers.Check(paragraphs, expected);
}
