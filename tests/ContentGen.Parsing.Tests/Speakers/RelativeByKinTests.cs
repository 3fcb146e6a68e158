namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A relative named after a possessive and a noun of kin, opening the sentence as its subject
/// ("Zijn dochter Ellen stond naast hem."), is a person, whom the next pronoun means, though the
/// article gives no surname (lexicon <c>KinNouns</c>). Before, the pronoun went to the last speaker.
/// </summary>
public sealed class RelativeByKinTests
{
    [Theory]
    [InlineData("nl", "\"Ik ben blij\", zei Kees Bakker. Zijn dochter Ellen stond naast hem. \"Hij slaapt er slecht van\", zei ze.", "Kees Bakker", "Ellen")]
    [InlineData("en", "\"I am glad,\" said Ken Baker. His daughter Ellen stood next to him. \"He hardly sleeps,\" she said.", "Ken Baker", "Ellen")]
    [InlineData("fr", "« Je suis content », a dit Jean Baron. Sa fille Claire se tenait à côté de lui. « Il dort mal », a-t-elle dit.", "Jean Baron", "Claire")]
    [InlineData("de", "„Ich bin froh“, sagte Karl Becker. Seine Tochter Ella stand neben ihm. „Er schläft schlecht“, sagte sie.", "Karl Becker", "Ella")]
    [InlineData("es", "«Estoy contento», dijo Juan Barrio. Su hija Elena estaba a su lado. «Duerme mal», dijo.", "Juan Barrio", "Elena")]
    public void ARelativeNamedAfterANounOfKin_IsWhomThePronounMeans(string language, string paragraph, string first, string second)
        => Assert.Equal(new[] { first, second }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    // Guards: a possessive before a club, an appositive after the noun, two joined subjects.
    [Theory]
    [InlineData("His club Harbour United lost again. \"We need a striker,\" he said.")]
    [InlineData("His wife, a nurse, stood next to him. \"We need a striker,\" he said.")]
    [InlineData("His son Tom and his wife stood next to him. \"We need a striker,\" he said.")]
    [InlineData("His son Tom plays for Harbour United. \"We need a striker,\" he said.")]
    public void OtherOpenings_AreReadAsBefore(string sentences)
        => Assert.Equal(new[] { "Ken Baker", "Ken Baker" }, QuoteSpeakers.Under("Probe", Lead("en"), "\"I am glad,\" said Ken Baker. " + sentences));

    private static string Lead(string language) => language switch
    {
        "es" => LanguageLeads.Spanish,
        "fr" => LanguageLeads.French,
        "nl" => LanguageLeads.Dutch,
        "de" => LanguageLeads.German,
        _ => "The harbour board has approved a new quay after months of talks. Work starts in the spring and will take two years.",
    };
}
