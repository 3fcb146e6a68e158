using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An organisation's name headed by its noun, read alone: two adjectives at most before its first
/// complement, a complement needed, a capital needed somewhere, complements taken for ten tokens;
/// and an elided article before an organisation's word (one named before) or an acronym.
/// </summary>
public sealed class OrganisationNameBoundsTests
{
    private static readonly OrganisationName s_names = new(SpeechTables.All);

    private static List<Token> Tokens(string text) => Token.Read(text, QuoteScanner.Scan(text).Quotes, new List<Token>());

    private static (string? Name, int End) Read(string words)
    {
        var subject = s_names.Read(Tokens(words), 0);
        return subject.IsFound ? (subject.Text, subject.End) : (null, -1);
    }

    [Theory]
    [InlineData("l'Agence régionale de santé de Valmont", "Agence régionale de santé de Valmont", 6)]
    [InlineData("l'Agence régionale nationale de santé", "Agence régionale nationale de santé", 5)]
    [InlineData("la préfecture de la Somme a dit", "préfecture de la Somme", 5)]
    [InlineData("l'Union des usagers de Valmont", "Union des usagers de Valmont", 5)]
    public void AnOrganisationsName_RunsFromItsNounThroughItsComplements(string words, string name, int end)
        => Assert.Equal((name, end), Read(words));

    [Theory]
    [InlineData("l'Agence régionale nationale publique de santé")]
    [InlineData("la préfecture de police")]
    [InlineData("le Collectif")]
    [InlineData("le Collectif des")]
    [InlineData("le Collectif a dit")]
    [InlineData("la maison de Valmont")]
    public void ThreeAdjectives_NoComplement_NoCapital_OrNoOrganisationNoun_NameNone(string words)
        => Assert.Equal((null, -1), Read(words));

    [Fact]
    public void Complements_AreTakenForTenTokensFromTheNoun()
        => Assert.Equal(
            ("Union des usagers de la ville de Valmont de la région", 11),
            Read("l'Union des usagers de la ville de Valmont de la région de Lière"));

    [Theory]
    [InlineData("l'ONU", "Name", "ONU")]
    [InlineData("l’ARS a dit", "Name", "ARS")]
    [InlineData("l'association a dit", "Organisation", "association")]
    [InlineData("l'O", "None", null)]
    [InlineData("l'Oréal", "None", null)]
    [InlineData("l'association Valmont Santé", "None", null)]
    [InlineData("ONU", "None", null)]
    public void AnElidedArticle_BeforeAnOrganisationsWord_PointsBack_BeforeAnAcronymNamesIt(string words, string kind, string? name)
    {
        var subject = s_names.ReadElided(Tokens(words), 0);

        Assert.Equal((kind, name), (subject.Kind.ToString(), subject.IsFound ? subject.Text : null));
        Assert.Equal(subject.IsFound ? 1 : 0, subject.End);
    }
}
