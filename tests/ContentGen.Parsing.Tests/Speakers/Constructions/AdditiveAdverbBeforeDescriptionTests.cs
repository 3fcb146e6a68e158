namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// An additive adverb opening the sentence before a described subject (<c>Anche la sindaca di
/// Valmarina, Paola Neri, ha festeggiato</c>, <c>También la alcaldesa de X, Rosa Gil, …</c>): the name
/// set off after the description is the subject, whom a dropped subject after means, even when the
/// quote before it went to no one.
/// </summary>
public sealed class AdditiveAdverbBeforeDescriptionTests
{
    private static readonly Dictionary<string, string> UnattributedBefore = new()
    {
        ["es"] = "Un aficionado con la bufanda del club se paró ante el estadio. «Merecíamos al menos el empate.»",
        ["it"] = "Un tifoso con la sciarpa granata si è fermato davanti allo stadio. «Meritavamo almeno il pareggio.»",
        ["pt"] = "Um adepto com o cachecol do clube parou à porta do estádio. «Merecíamos pelo menos o empate.»",
    };

    [Theory]
    [InlineData("it", "Anche la sindaca di Valmarina, Paola Neri, presente in tribuna, ha festeggiato sui social. «Una serata che la città ricorderà», ha scritto.", "Paola Neri")]
    [InlineData("es", "También la alcaldesa de Valmarina, Rosa Gil, presente en la grada, lo celebró en las redes. «Una noche que la ciudad recordará», escribió.", "Rosa Gil")]
    [InlineData("pt", "Também a presidente da câmara de Valmarina, Rosa Gil, presente na bancada, festejou nas redes. «Uma noite que a cidade vai recordar», escreveu.", "Rosa Gil")]
    public void ANameSetOffAfterTheAdverbAndDescription_IsTheSubject(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), UnattributedBefore[language], paragraph));

    // Where it must not fire: a place set off after the description is no person, and the
    // adverb makes it no subject: the quote goes to no one (not to the place, nor to the speaker
    // quoted before the cue-less quote).
    [Theory]
    [InlineData("it", "Anche la piazza di Valmarina, Piazza Garibaldi, era piena di gente. «Una serata che la città ricorderà», ha scritto.")]
    [InlineData("es", "También la plaza de Valmarina, Plaza Mayor, estaba llena de gente. «Una noche que la ciudad recordará», escribió.")]
    public void APlaceSetOff_IsNoSubject(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), UnattributedBefore[language], paragraph));
}
