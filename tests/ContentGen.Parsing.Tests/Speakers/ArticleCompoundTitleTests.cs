namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A compound the lexicon does not list whose last part is a listed title ("Betriebsrats|vorsitzende",
/// "Bezirks|vorsteherin"), after a definite article and before a name, is read as the listed title is:
/// the name after it speaks. The article must agree with the part's form, and the part must name no body.
/// </summary>
public sealed class ArticleCompoundTitleTests
{
    // A paragraph before the quote, so that the article is read in its own language alone.
    private const string German = "Am Montag ging es im Rathaus wieder um die Zukunft des Werks und um die Arbeitsplätze in der Stadt.";
    private const string Dutch = "Op maandag ging het in het gemeentehuis weer over de toekomst van de fabriek en de banen in de stad.";

    private static string? Speaker(string paragraph)
        => QuoteSpeakers.Under("Werk schließt", paragraph.Contains('„') ? German : Dutch, paragraph)[0];

    [Theory]
    [InlineData("„Das ist kein Sparplan“, sagte die Betriebsratsvorsitzende Gerda Wollny.", "Gerda Wollny")]
    [InlineData("„Wir waren schnell vor Ort“, sagte der Kreisbrandmeister Jonas Pfeuffer.", "Jonas Pfeuffer")]
    [InlineData("„Der Platz bleibt offen“, sagte die Bezirksvorsteherin Ilse Maderthaner.", "Ilse Maderthaner")]
    [InlineData("„Wir stimmen nicht zu“, sagte der Fraktionsvorsitzende Bernd Kallweit.", "Bernd Kallweit")]
    [InlineData("„Das Dorf steht zusammen“, sagte die Ortsbürgermeisterin Rita Hensel.", "Rita Hensel")]
    [InlineData("Die Schulleiterin Anke Dorsch sagte am Montag: „Der Unterricht fällt nicht aus.“", "Anke Dorsch")]
    [InlineData("\"Het budget is op\", zei de fractievoorzitter Joris Wildeman.", "Joris Wildeman")]
    [InlineData("\"We beginnen in mei\", zei de projectleider Sanne Hoekema.", "Sanne Hoekema")]
    public void ACompoundEndingInATitle_AfterItsArticle_IsTheNamesTitle(string paragraph, string speaker)
        => Assert.Equal(speaker, Speaker(paragraph));

    // "der" before a woman's form is a dative or a genitive, never the subject: the fire chief here is
    // spoken to, not speaking.
    [Fact]
    public void AMasculineArticleBeforeAWomansForm_IsNoSubject()
        => Assert.Null(Speaker("„Die Leitung hält“, erklärte der Kreisbrandmeisterin Edda Wiesner ein Helfer."));

    // "die" before a man's form is the plural: several fire chiefs, not the one named first.
    [Fact]
    public void AFeminineArticleBeforeAMansForm_IsAPlural_AndNamesNoOne()
        => Assert.NotEqual("Jonas Pfeuffer", Speaker("„Wir sind bereit“, sagten die Kreisbrandmeister Jonas Pfeuffer und Edda Wiesner."));

    // "Vorstand" ends a compound that names a board, a body: a place after it is no person's name.
    [Fact]
    public void ACompoundEndingInABodysTitle_NamesNoOneAfterIt()
        => Assert.Null(Speaker("„Wir stimmen dem Plan zu“, teilte der Landesvorstand Hessen mit."));

    // At the cue with nothing after it, the compound is an epithet for the person the sentence before
    // named as its subject, as a listed trade is ("sagt die Biologin").
    [Theory]
    [InlineData("Der Kreisbrandmeister Jonas Pfeuffer leitete den Einsatz. „Wir waren schnell vor Ort“, sagte der Kreisbrandmeister.", "Jonas Pfeuffer")]
    [InlineData("Gerda Wollny führt den Betriebsrat seit zehn Jahren. „Das ist kein Sparplan“, sagte die Betriebsratsvorsitzende.", "Gerda Wollny")]
    [InlineData("Ilse Maderthaner kennt den Platz seit ihrer Kindheit. „Er bleibt offen“, sagt die Bezirksvorsteherin.", "Ilse Maderthaner")]
    [InlineData("Joris Wildeman leidt de fractie al jaren. \"Het budget is op\", zei de fractievoorzitter.", "Joris Wildeman")]
    [InlineData("Sanne Hoekema begon vorig jaar aan de bouw. \"We beginnen in mei\", zegt de projectleider.", "Sanne Hoekema")]
    public void ACompoundEndingInATitle_AtTheCue_MeansWhomTheSentenceBeforeNamed(string paragraph, string speaker)
        => Assert.Equal(speaker, Speaker(paragraph));

    // No one named before: the compound's holder is someone new, never the last speaker.
    [Fact]
    public void ACompoundEndingInATitle_AtTheCue_IsNoOneWhereNoOneWasNamedBefore()
        => Assert.Equal(
            new string?[] { "Tom Weber", null },
            QuoteSpeakers.Under(
                "Werk schließt",
                German,
                "„Das Feuer ist aus“, sagte Bürgermeister Tom Weber.",
                "Der Einsatz dauerte die ganze Nacht. „Wir waren schnell vor Ort“, sagte der Kreisbrandmeister."));

    // "die" before a man's form at the cue is the plural: the fire chiefs together, not the one named before.
    [Fact]
    public void AFeminineArticleBeforeAMansForm_AtTheCue_IsNoEpithet()
        => Assert.NotEqual("Jonas Pfeuffer", Speaker("Jonas Pfeuffer traf sich am Abend mit seinen Kollegen. „Wir sind bereit“, sagten die Kreisbrandmeister."));
}
