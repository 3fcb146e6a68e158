namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "„…“, sagt der Landwirt.": where nouns are capitalised, a role noun ending its sentence was read as
/// a one-word name after it, and so recorded as its own holder; the quote then went to the word
/// "Landwirt". The role holds itself no more than it names anyone: it means the person the article
/// gave it, else whom a role means (the person in focus), and a later "sagt er" goes on with that
/// person. A role written before a name ("Landwirt Josef Haller") is still that name's.
/// </summary>
public sealed class RoleEndingSentenceTests
{
    [Fact]
    public void ARoleEndingItsSentence_IsNotItsOwnHolder()
        => Assert.Equal(
            new[] { "Josef Haller", "Josef Haller" },
            QuoteSpeakers.Under("Im Dorf", LanguageLeads.German,
                "Josef Haller bewirtschaftet den Hof hinter den Gleisen. Mit der Bürgermeisterin ist er nicht verwandt. „Das sind jeden Tag zwanzig Minuten mehr“, sagt der Landwirt.",
                "Den Hof hat sein Urgroßvater gegründet. „Passiert ist nie etwas“, sagt er."));

    // The stop: the role given to someone named before the name is that holder's, as it was.
    [Fact]
    public void ARoleGivenBeforeAName_IsStillThatHolders()
        => Assert.Equal(
            "Josef Haller",
            QuoteSpeakers.Under("Im Dorf", LanguageLeads.German,
                "Landwirt Josef Haller bewirtschaftet den Hof hinter den Gleisen.",
                "Die Bahn will den Übergang schließen. Ihr Sprecher Tom Brandt sagte das am Montag. „Das sind jeden Tag zwanzig Minuten mehr“, sagt der Landwirt.")[^1]);

    // No quote ever goes to the role's own word.
    [Fact]
    public void TheRolesOwnWord_IsNoSpeaker()
        => Assert.NotEqual(
            "Landwirt",
            QuoteSpeakers.Under("Im Dorf", LanguageLeads.German,
                "Landwirte und Anwohner fürchten lange Umwege.",
                "„Das sind jeden Tag zwanzig Minuten mehr“, sagt der Landwirt.")[^1]);
}
