namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Issue 10, session 59: an age at the cue after the quote ("said the 70-year-old", "a dit l'octogénaire")
/// means the one person in the scene the article gave that age with the name (SpeakerFinder.AgeGiven.cs),
/// not the person in focus. In every language, in other words than the articles that showed it; negatives
/// where the age fits two people, none in focus, or is a plural. The probes not read yet are listed in the
/// session's notes (docs/speakers.md, session 59 epithet).
/// Paragraphs are separated by " ¶ "; the expected speakers by "|", "-" for no one.
/// </summary>
public sealed class AgeGivenEpithetTests
{
    // An age at the cue that the article gave with one of two people of one gender.
    [Theory]
    [InlineData("en", "Tom Fenwick, 52, and Harry Dunn, 70, were both at the gate. \"We saw the smoke first,\" said the 70-year-old.", "Harry Dunn")]
    [InlineData("de", "Jonas Brenner, 52, und Paul Ritter, 70, standen beide am Tor. „Wir haben den Rauch zuerst gesehen“, sagte der 70-Jährige.", "Paul Ritter")]
    [InlineData("nl", "Joost Verbeek (52) en Piet Mulder (70) stonden allebei bij het hek. \"We zagen de rook als eerste\", zei de 70-jarige.", "Piet Mulder")]
    [InlineData("fr", "Paul Garnier, 52 ans, et Henri Caron, 83 ans, étaient tous deux au portail. « Nous avons vu la fumée les premiers », a dit l'octogénaire.", "Henri Caron")]
    [InlineData("es", "Tomás Herrero, de 52 años, y Julián Ortega, de 83 años, estaban en la verja. «Vimos el humo los primeros», dijo el octogenario.", "Julián Ortega")]
    [InlineData("it", "Paolo Ferri, 52 anni, e Carlo Bassi, 83 anni, erano al cancello. «Abbiamo visto il fumo per primi», ha detto l'ottantenne.", "Carlo Bassi")]
    [InlineData("pt", "Paulo Ferreira, de 52 anos, e Joaquim Santos, de 83 anos, estavam no portão. «Vimos o fumo primeiro», disse o octogenário.", "Joaquim Santos")]
    public void AnAge_TheOneOfTwoGivenIt(string language, string paragraphs, string expected)
        => LanguageLeads.CheckSpeakers(language, paragraphs, expected);

    // Negatives: an age that fits two people given it, a plural, an age the person in focus was not given.
    [Theory]
    [InlineData("en", "Tom Fenwick, 70, and Harry Dunn, 70, were both at the gate. \"We saw the smoke first,\" said the 70-year-old.", "-")]
    [InlineData("de", "Jonas Brenner, 70, und Paul Ritter, 70, standen beide am Tor. „Wir haben den Rauch zuerst gesehen“, sagte der 70-Jährige.", "-")]
    [InlineData("es", "Tomás Herrero, de 83 años, y Julián Ortega, de 83 años, estaban en la verja. «Vimos el humo los primeros», dijo el octogenario.", "-")]
    [InlineData("it", "Paolo Ferri, 83 anni, e Carlo Bassi, 83 anni, erano al cancello. «Abbiamo visto il fumo per primi», ha detto l'ottantenne.", "-")]
    [InlineData("de", "Jonas Brenner, 52, und Paul Ritter, 70, standen beide am Tor. „Wir haben den Rauch zuerst gesehen“, sagten die beiden 70-Jährigen.", "-")]
    [InlineData("en", "Tom Fenwick, 52, and Harry Dunn, 70, were both at the gate. \"We saw the smoke first,\" said the two 70-year-olds.", "-")]
    [InlineData("en", "Tom Fenwick, 52, told the council the gate was locked. \"We saw the smoke first,\" said the 70-year-old.", "-")]
    [InlineData("nl", "Joost Verbeek (52) en zijn buurman stonden bij het hek. \"We zagen de rook als eerste\", zei de 70-jarige.", "-")]
    [InlineData("nl", "Piet Mulder (45) en zijn vrouw Anna (43) stonden bij het hek. \"We zagen de rook als eerste\", zei de 43-jarige.", "-")]
    [InlineData("nl", "Piet Mulder (45) zag de rook. Zijn buurvrouw Anna Smit belde de brandweer. \"Ik was doodsbang\", zei de 38-jarige.", "-")]
    public void AnAge_FittingNoOneOrTwo_IsNoOne(string language, string paragraphs, string expected)
        => LanguageLeads.CheckSpeakers(language, paragraphs, expected);
}
