namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "el portavoz de la empresa aseguró que «…»": read back from its verb, a spokes noun whose
/// complement is the body's noun means the spokesperson the article named for the body, given the
/// noun with the same body noun ("El portavoz de la empresa, Luis Gómez,") or with none ("Su
/// portavoz, Marta Lezo,"); before, the body's noun alone was read, and the body spoke. With no
/// spokesperson named, another body's ("el portavoz del sindicato"), or two, the body speaks as
/// before. Invented text; the subject before the verb is read back so in Spanish and French only
/// (the other languages' probes give no one before and after, listed in docs/speakers.md).
/// </summary>
public sealed class SpokespersonOfBodyNounTests
{
    [Theory]
    [InlineData("es", "La empresa gestora, Aguas Sur, subió las tarifas. ¶ El portavoz de la empresa, Luis Gómez, explicó que habrá cortes. ¶ Días después, el portavoz de la empresa aseguró que «no hay alternativa».", "Luis Gómez")]
    [InlineData("es", "La compañía Transportes Irati subió los billetes. ¶ Su portavoz, Marta Lezo, habló con los vecinos. ¶ Ayer el portavoz de la compañía afirmó que «los horarios no cambiarán».", "Marta Lezo")]
    [InlineData("es", "El portavoz de la empresa, Luis Gómez, explicó que habrá cortes. ¶ El portavoz de la empresa aseguró que «no hay alternativa».", "Luis Gómez")]
    [InlineData("fr", "La société Calor Vallée a relevé ses tarifs. ¶ Le porte-parole de la société, Paul Marin, a évoqué les coûts. ¶ Plus tard, le porte-parole de la société a assuré que « rien ne changera ».", "Paul Marin")]
    [InlineData("fr", "La société Calor Vallée a relevé ses tarifs. ¶ Son porte-parole, Julie Ferrand, a évoqué les coûts. ¶ Mardi, le porte-parole de la société a répété que « rien ne changera ».", "Julie Ferrand")]
    public void TheSpokesNounOfTheBody_MeansTheSpokespersonNamedForIt(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // Negatives: no spokesperson named, another body's, or two; the body speaks, as before.
    [Theory]
    [InlineData("es", "La empresa gestora, Aguas Sur, subió las tarifas. ¶ Días después, el portavoz de la empresa aseguró que «no hay alternativa».", "Aguas Sur")]
    [InlineData("es", "La empresa gestora, Aguas Sur, subió las tarifas. ¶ El portavoz del sindicato, Luis Gómez, protestó. ¶ Días después, el portavoz de la empresa aseguró que «no hay alternativa».", "Aguas Sur")]
    [InlineData("es", "La empresa gestora, Aguas Sur, subió las tarifas. ¶ Su portavoz, Luis Gómez, habló el lunes. ¶ El portavoz de la empresa, Pedro Sanz, habló el martes. ¶ Días después, el portavoz de la empresa aseguró que «no hay alternativa».", "Aguas Sur")]
    [InlineData("fr", "La société Calor Vallée a relevé ses tarifs. ¶ Plus tard, le porte-parole de la société a assuré que « rien ne changera ».", "Calor Vallée")]
    [InlineData("fr", "La société Calor Vallée a relevé ses tarifs. ¶ Le porte-parole du syndicat, Paul Marin, a protesté. ¶ Plus tard, le porte-parole de la société a assuré que « rien ne changera ».", "Calor Vallée")]
    public void WithNoSpokespersonOfItsOwn_TheBodySpeaks(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
