namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An ampersand between two capitalised words inside a firm's or a body's name (session 69): "Brink &amp; Voskuil",
/// "der Patientenverband Lunge &amp; Atmung". The run of the name stopped at the sign and gave the words on one side of
/// it, a body the article never names or a person's surname (a wrong speaker). Invented sentences, other firms, bodies
/// and verbs than the articles that showed the class; paragraphs separated by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class AmpersandNameTests
{
    [Theory]
    [InlineData("en", "\"We expect a ruling in the spring,\" said Brink & Voskuil, the firm acting for the residents.", "Brink & Voskuil")]
    [InlineData("en", "Brink & Voskuil, the firm acting for the residents, said: \"We expect a ruling in the spring.\"", "Brink & Voskuil")]
    [InlineData("en", "Analysts at the bank Nordahl & Vik said in a note that the closure would \"save about 18 million a year\".", "Nordahl & Vik")]
    [InlineData("de", "Die Kanzlei Brenner & Vogt vertritt die Kläger. „Wir rechnen mit einem Urteil im Frühjahr“, sagte Brenner & Vogt.", "Brenner & Vogt")]
    [InlineData("de", "Der Patientenverband Lunge & Atmung mahnt zur Ruhe. „Niemand sollte das Medikament eigenmächtig absetzen“, heißt es in einer Mitteilung des Verbands.", "Patientenverband Lunge & Atmung")]
    [InlineData("fr", "« Nous attendons un jugement au printemps », a déclaré le cabinet Brunel & Vogt.", "Brunel & Vogt")]
    [InlineData("fr", "Les analystes de la banque Nordahl & Vik estiment, dans une note, que la fermeture permettra d'économiser « environ 18 millions d'euros par an ».", "Nordahl & Vik")]
    [InlineData("es", "«Esperamos una sentencia en primavera», ha dicho el bufete Brunet & Vidal.", "Brunet & Vidal")]
    [InlineData("it", "«Aspettiamo una sentenza in primavera», ha detto lo studio Bruni & Valli.", "Bruni & Valli")]
    [InlineData("pt", "«Esperamos uma sentença na primavera», disse o escritório Brandão & Vaz.", "Brandão & Vaz")]
    [InlineData("nl", "‘We verwachten een uitspraak in het voorjaar’, zegt advocatenkantoor Brink & Voskuil.", "Brink & Voskuil")]
    public void AmpersandBetweenCapitalisedWords_IsInsideTheName(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // A person named before the firm that bears the sign: the person speaks, and the firm's name stays out of theirs.
    [InlineData("en", "\"We expect a ruling in the spring,\" said Tom Brink, a partner at Brink & Voskuil.", "Tom Brink")]
    [InlineData("de", "„Wir rechnen mit einem Urteil im Frühjahr“, sagte Anna Vogt, Partnerin bei Brenner & Vogt.", "Anna Vogt")]
    [InlineData("fr", "« Nous attendons un jugement au printemps », a déclaré Anne Brunel, associée du cabinet Brunel & Vogt.", "Anne Brunel")]
    [InlineData("es", "«Esperamos una sentencia en primavera», ha dicho Ana Brunet, socia del bufete Brunet & Vidal.", "Ana Brunet")]
    [InlineData("it", "«Aspettiamo una sentenza in primavera», ha detto Anna Bruni, socia dello studio Bruni & Valli.", "Anna Bruni")]
    [InlineData("pt", "«Esperamos uma sentença na primavera», disse Ana Brandão, sócia do escritório Brandão & Vaz.", "Ana Brandão")]
    [InlineData("nl", "‘We verwachten een uitspraak in het voorjaar’, zegt Anna Brink, partner bij Brink & Voskuil.", "Anna Brink")]
    // A lower-case word after the sign ("& co."), or a sentence that ends before it: no name goes on through it.
    [InlineData("en", "\"We expect a ruling in the spring,\" said Tom Brink & co.", "Tom Brink")]
    [InlineData("en", "\"We expect a ruling in the spring,\" said Tom Brink. & that was all.", "Tom Brink")]
    public void AmpersandOutsideAName_LeavesTheName(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
