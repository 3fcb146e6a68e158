using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The surname-particle reading (NameRegistry.ParticleSurname.cs, SpeakerFinder.ParticleSurnameOpening.cs)
/// holds for German and Dutch only, also when the article's language is unknown: the tables of every
/// language then carry no particle, so a Spanish or Portuguese sentence opening on "De" before a
/// place ("De Lagos llegan …") is not the person the article named "Pedro de Lagos", with its
/// language given or not.
/// </summary>
public sealed class ParticleSurnameGateTests
{
    [Fact]
    public void OnlyGermanAndDutchTablesCarrySurnameParticles()
    {
        Assert.True(SpeechTables.For("nl").SurnameParticles.Contains("de"));
        Assert.True(SpeechTables.For("de").SurnameParticles.Contains("von"));
        Assert.False(SpeechTables.For("es").SurnameParticles.Contains("de"));
        Assert.False(SpeechTables.For(null).SurnameParticles.Contains("de"));
        Assert.False(SpeechTables.For(null).SurnameParticles.Contains("von"));
    }

    public static TheoryData<string, string, string, string> RomanceOpeningsOnDe => new()
    {
        { "es", "\"Vamos a cerrar\", dijo el panadero Luis Mora. También vino el concejal Pedro de Lagos.",
            "De Lagos llegan los camiones cada mañana. \"Es una pérdida para el pueblo.\"", "Pedro de Lagos" },
        { "pt", "\"Vamos fechar\", disse o padeiro Luís Moura. Também o vereador Rui de Lagos veio ver.",
            "De Lagos chegam os camiões todas as manhãs. \"É uma perda para a vila.\"", "Rui de Lagos" },
        { "es", "\"Vamos a cerrar\", dijo el panadero Luis Mora. También vino el concejal Pedro de la Fuente.",
            "De la Fuente sale agua desde el verano. \"Es una pérdida para el pueblo.\"", "Pedro de la Fuente" },
    };

    [Theory]
    [MemberData(nameof(RomanceOpeningsOnDe))]
    public void ARomanceSentenceOpeningOnDe_WithItsLanguageGiven_IsNotThePersonNamedSo(string language, string before, string paragraph, string person)
        => Assert.NotEqual(person, ArticleParser.Parse("Noticias\n\n" + before + "\n\n" + paragraph, language)
            .Quotes.Where(q => q.Place == QuotePlace.Body).Select(q => q.Speaker).Last());

    [Theory]
    [MemberData(nameof(RomanceOpeningsOnDe))]
    public void ARomanceSentenceOpeningOnDe_WithNoLanguage_IsNotThePersonNamedSo(string language, string before, string paragraph, string person)
    {
        _ = language;
        var blocks = new[] { before, paragraph }.Select(Block).ToList();
        Assert.NotEqual(person, QuoteReader.Read(blocks, new List<Problem>(), null).Select(q => q.Speaker).Last());
    }

    private static TextBlock Block(string text)
        => new(SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToList());
}
