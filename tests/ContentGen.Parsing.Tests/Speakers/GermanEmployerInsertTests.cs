namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German gives where someone works after the name with "von" and capitalised words ("Peter
/// Sommer von der Hochschule Nordheim sagte"), as English does with "from" or "of": the insert
/// stands between the name and its verb, so the name is the verb's subject, whom a later "er"
/// means. Before, the name was lost and "er" went to someone named earlier.
/// </summary>
public sealed class GermanEmployerInsertTests
{
    private const string Neighbour = "Ein Nachbar, der nachts ein Auto gehört haben will, schilderte die Nacht so: „Da fuhr einer ohne Licht.“";

    [Fact]
    public void ANameBeforeVonAndItsEmployer_IsTheVerbsSubject()
        => Assert.Equal(
            new[] { "Nachbar", "Peter Sommer", "Peter Sommer" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, Neighbour, "Peter Sommer von der Hochschule Nordheim sagte, das Haus sei „eine Million“ wert. „Verkaufen lässt es sich kaum“, fügte er hinzu."));

    [Fact]
    public void ADescribedNameBeforeVonAndItsEmployer_IsWhomErMeans()
        => Assert.Equal(
            new[] { "Nachbar", null, "Peter Sommer" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, Neighbour, "Der Architekt Peter Sommer von der Hochschule Nordheim schätzt den Schaden auf „eine Million“. „Verkaufen lässt es sich kaum“, fügte er hinzu."));

    // Guard: "von" inside a name stays a name particle.
    [Fact]
    public void VonInsideAName_StaysInTheName()
        => Assert.Equal(
            new[] { "Klaus von Arnim" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "Klaus von Arnim sagte am Montag: „Das reicht nicht.“"));
}
