namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A question without a question word opens on its verb ("Gaat Marleen zelf ook klompen maken?",
/// "Bleibt Jonas in Lauterfeld?", "¿Seguirá Marta en el taller?"), capitalised because it opens the
/// sentence. Read into the name after it, the verb made a full name ("Gaat Marleen") that the
/// first name alone then stood for, and every later quote of hers went to it (fresh articles of
/// session 56). The person named in full before is meant.
/// </summary>
public sealed class QuestionVerbBeforeNameTests
{
    [Theory]
    [InlineData("nl", "Sanne Vos (41) runt sinds vorig jaar de bakkerij van haar ouders.", "Blijft Sanne ook na de verbouwing in de zaak? Daar twijfelt niemand aan.", "‘Zolang ik kan,’ zegt Sanne.", "Sanne Vos")]
    [InlineData("nl", "Pieter Hoek (63) repareert al veertig jaar fietsen.", "Wil Pieter ooit stoppen? Zijn vrouw lacht.", "‘Nooit,’ zegt Pieter.", "Pieter Hoek")]
    [InlineData("de", "Jonas Ebert (34) führt die Werkstatt seit drei Jahren.", "Bleibt Jonas auch nach dem Umbau in Lauterfeld? Die Nachbarn hoffen es.", "„Ganz sicher“, sagt Jonas.", "Jonas Ebert")]
    [InlineData("de", "Vera Olbrich (52) hat die Gärtnerei von ihrem Vater übernommen.", "Verkauft Vera irgendwann an einen Konzern? Ihr Sohn schüttelt den Kopf.", "„Niemals“, sagt Vera.", "Vera Olbrich")]
    [InlineData("es", "Marta Ruiz abrió el taller en 1998 con dos máquinas prestadas.", "¿Seguirá Marta al frente cuando cumpla setenta? Nadie en el pueblo lo duda.", "«Mientras pueda coser», dice Marta.", "Marta Ruiz")]
    [InlineData("it", "Carla Benvenuti ha aperto la bottega nel 1991.", "Lascerà Carla la bottega ai nipoti? In paese nessuno ne dubita.", "«Finché ho mani», dice Carla.", "Carla Benvenuti")]
    [InlineData("pt", "Rosa Antunes abriu a oficina em 1994.", "Vai Rosa passar a oficina à neta? Ninguém na aldeia duvida.", "«Enquanto puder», diz Rosa.", "Rosa Antunes")]
    [InlineData("en", "Sarah Pengelly opened the forge in 1994.", "Does Sarah ever think of selling? Her son laughs at the idea.", "\"Never,\" says Sarah.", "Sarah Pengelly")]
    public void AQuestionsVerb_IsNoPartOfTheNameAfterIt(string language, string first, string question, string quote, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Titel", LanguageLeads.For(language), first, question, quote)[^1]);

    // Negatives: a name that opens a question is still the name ("Marleen Brinkers?"), and a
    // question's verb before a surname alone leaves the person named in full before.
    [Theory]
    [InlineData("nl", "Marleen Brinkers nam vorig jaar de boekhouding over. Waarom?", "‘Iemand moet het doen,’ zegt Marleen Brinkers.", "Marleen Brinkers")]
    [InlineData("de", "Anna Berger übernahm den Laden im Frühjahr. Warum sie?", "„Einer muss es ja machen“, sagt Anna Berger.", "Anna Berger")]
    public void ANameOpeningItsOwnSentence_IsStillTheName(string language, string first, string quote, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Titel", LanguageLeads.For(language), first, quote)[^1]);

    // Negatives: a full name that opens a question on its own verb is the question's subject, not a
    // verb and a first name: the article names the person so elsewhere ("zegt Kees Mulder"), or a
    // finite verb follows the two words ("Sarah Pengelly is leaving?"). The person keeps the quotes.
    [Theory]
    [InlineData("nl", "‘Het hout is op’, zegt Kees Mulder in zijn werkplaats.", "Kees Mulder stopt echt? Zijn klanten geloven het niet.", "‘Mijn rug wil niet meer’, belooft Mulder.", "Kees Mulder")]
    [InlineData("nl", "‘De brug moet open’, zegt wethouder Jan de Vries.", "Kees Mulder stopt echt? Veel dorpsgenoten schrikken. Kees Mulder zelf is er rustig onder.", "‘Mijn rug wil niet meer’, zegt hij.", "Kees Mulder")]
    [InlineData("en", "\"The forge is my life,\" said blacksmith Tom Harris.", "Sarah Pengelly is leaving? Her customers cannot believe it.", "\"My back has had enough,\" said Pengelly.", "Sarah Pengelly")]
    [InlineData("de", "„Die Werkstatt bleibt“, sagt Jonas Ebert.", "Jonas Ebert hört wirklich auf? Die Kunden glauben es nicht. Jonas Ebert selbst ist gelassen.", "„Mein Rücken will nicht mehr“, sagt er.", "Jonas Ebert")]
    public void AFullNameOpeningAQuestion_IsStillTheName(string language, string first, string question, string quote, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Titel", LanguageLeads.For(language), first, question, quote)[^1]);
}
