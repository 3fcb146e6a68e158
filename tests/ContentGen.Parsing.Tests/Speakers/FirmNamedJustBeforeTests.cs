namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A company's or a firm's noun at a quote's cue ("the company said in a statement", "fa sapere l'azienda",
/// "teilte das Unternehmen mit") means the name with no noun of its kind that was the subject of the sentence
/// just before, when the cast knows no body for the noun (session 70, orgref). Invented firms, verbs and
/// sentences; paragraphs separated by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class FirmNamedJustBeforeTests
{
    [Theory]
    // The name quoted just before.
    [InlineData("The road closes in May. ¶ Harrowmere Water said the main had \"failed badly\" at a joint. \"Our crews worked through the night,\" the company said in a statement.", "Harrowmere Water|Harrowmere Water")]
    [InlineData("The road closes in May. ¶ Brackenford Crossings, which runs the bridge, said it had \"no other choice\". \"The safety of drivers comes first,\" the operator said in a statement.", "Brackenford Crossings|Brackenford Crossings")]
    // The name that opened the sentence just before, with no quote.
    [InlineData("Die Straße wird im Mai gesperrt. ¶ Brandel Technik weist die Vorwürfe zurück. „Wir haben alle Regeln eingehalten“, teilte das Unternehmen mit.", "Brandel Technik")]
    [InlineData("La carretera cierra en mayo. ¶ Norvalia Capital defiende su actuación. «Hemos cumplido la ley», indicó la empresa en una nota.", "Norvalia Capital")]
    [InlineData("La strada chiude a maggio. ¶ Transvalle Logistica respinge le accuse. «Applichiamo tutti i contratti», fa sapere l'azienda in una nota.", "Transvalle Logistica")]
    [InlineData("La route ferme en mai. ¶ Thermivelle Énergie conteste les chiffres. « La hausse reflète le coût du bois », précise l'entreprise.", "Thermivelle Énergie")]
    [InlineData("De weg gaat in mei dicht. ¶ Dataveld Groep houdt vast aan het plan. ‘We hebben alles drie keer aangepast’, aldus het bedrijf.", "Dataveld Groep")]
    public void FirmNounAfterNameJustBefore_IsThatName(string paragraphs, string expected) => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // A person quoted just before, whom a pronoun shows as one: the company is someone else.
    [InlineData("The road closes in May. ¶ Laura Hendry said the depot had been locked. \"We believe this was deliberate,\" she said. \"We are heartbroken,\" the company said.", "Laura Hendry|-")]
    // A person named in full and then by the surname alone.
    [InlineData("La strada chiude a maggio. ¶ Marco Bellini respinge le accuse. «Applichiamo tutti i contratti», fa sapere l'azienda in una nota. Bellini non ha voluto commentare.", "-")]
    [InlineData("La carretera cierra en mayo. ¶ Rubén Salgado lamenta la decisión. «Hemos cumplido la ley», indicó la empresa. Salgado no quiso añadir más.", "-")]
    // A person the article gives a title.
    [InlineData("La route ferme en mai. ¶ Julien Mercadier conteste les chiffres. « La hausse reflète le coût du bois », précise l'entreprise. M. Mercadier n'a pas répondu.", "-")]
    // A body's noun of another kind than a firm's.
    [InlineData("Die Straße wird im Mai gesperrt. ¶ Brandel Technik weist die Vorwürfe zurück. „Wir haben alle Regeln eingehalten“, teilte der Verein mit.", "-")]
    // The name two sentences back, another subject between.
    [InlineData("De weg gaat in mei dicht. ¶ Dataveld Groep houdt vast aan het plan. De bewoners zijn boos. ‘We hebben alles drie keer aangepast’, aldus het bedrijf.", "-")]
    public void FirmNounAfterPersonOrFarName_IsNoOne(string paragraphs, string expected) => QuoteSpeakers.Check(paragraphs, expected);
}
