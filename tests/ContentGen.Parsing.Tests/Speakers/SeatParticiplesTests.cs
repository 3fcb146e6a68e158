using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The seat participles (Cast.SeatedAfter) are a word class: every participle a language writes
/// after a body's noun to place it ("based", "installée", "sediada") or date it ("founded",
/// "créée", "nata"), in each gender where it agrees. A list that misses the commonest one
/// ("créée", "creada") reads one body and not the next.
/// </summary>
public sealed class SeatParticiplesTests
{
    [Theory]
    [InlineData("en", "based headquartered located situated founded established created formed incorporated registered")]
    [InlineData("fr", "basé implanté installé établi situé localisé domicilié sis fondé créé né")]
    [InlineData("es", "ubicado situado localizado radicado instalado asentado afincado basado domiciliado fundado establecido creado nacido")]
    [InlineData("it", "basato situato sito ubicato localizzato insediato domiciliato fondato costituito creato nato stabilito")]
    [InlineData("pt", "sediado localizado situado instalado baseado radicado fundado constituído criado nascido estabelecido")]
    [InlineData("nl", "gevestigd gelegen opgericht opgezet ontstaan")]
    public void EachLanguage_ListsEveryParticipleThatPlacesOrDatesABody(string language, string masculines)
    {
        var listed = new HashSet<string>(Of(language).Speech.SeatParticiples, StringComparer.Ordinal);
        var missing = masculines.Split(' ').SelectMany(word => new[] { word, Feminine(language, word) })
            .Where(form => form is not null && !listed.Contains(form)).ToList();
        Assert.True(missing.Count == 0, language + " misses: " + string.Join(" ", missing));
    }

    // German writes these participles before the noun, inflected ("ein in Lindau ansässiges
    // Unternehmen"), where Cast.SeatedAfter never looks: the class has no member there.
    [Fact]
    public void German_HasNone_AsItsParticiplesStandBeforeTheNoun()
        => Assert.Empty(Of("de").Speech.SeatParticiples);

    // The feminine each Romance participle agrees in: "-o" to "-a", French "-é" to "-ée" and "sis" to "sise".
    private static string? Feminine(string language, string masculine) => language switch
    {
        "fr" => masculine.EndsWith('é') ? masculine + "e" : masculine.EndsWith('i') || masculine.EndsWith('s') ? masculine + "e" : null,
        "es" or "it" or "pt" when masculine.EndsWith('o') => masculine[..^1] + "a",
        _ => null,
    };

    private static Lexicon Of(string language) => Lexicon.All.Single(lexicon => lexicon.Language == language);
}
