namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The session-25 review's probes, kept as guards: a relative introduced after a possessive
/// leaves the possessor's own next quote to the possessor, and a thing described between commas
/// keeps the last speaker's turn, in several languages.
/// </summary>
public sealed class ReviewS25GuardTests
{
    [Theory]
    [InlineData("en", "\"We worked hard for this,\" said coach Mary Stone. Her son Tom plays in goal for the team. \"I am very proud of him,\" she said.", "Mary Stone")]
    [InlineData("fr", "« Nous avons travaillé dur », a déclaré l'entraîneuse Marie Dupont. Son fils Paul joue dans les buts de l'équipe. « Je suis très fière de lui », a-t-elle dit.", "Marie Dupont")]
    [InlineData("nl", "\"We hebben hard gewerkt\", zei trainer Anna de Boer. Haar zoon Tim speelt in het doel. \"Ik ben heel trots op hem\", zei ze.", "Anna de Boer")]
    [InlineData("de", "„Das ist ein guter Tag“, sagte Bürgermeisterin Anna Berg. Ein Gutachten, im Mai veröffentlicht, zeigt große Mängel an der alten Brücke. „Wir können nicht länger warten“, fügte sie hinzu.", "Anna Berg")]
    public void TheLastSpeaker_KeepsHerNextQuote(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    private static string Lead(string language) => language switch
    {
        "fr" => LanguageLeads.French,
        "nl" => LanguageLeads.Dutch,
        "de" => LanguageLeads.German,
        _ => "The harbour board has approved a new quay after months of talks. Work starts in the spring and will take two years.",
    };
}
