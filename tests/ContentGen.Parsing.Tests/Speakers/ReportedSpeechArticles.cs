namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The harbour dispute both reported-speech test classes read: a first paragraph that names two people (a woman and a
/// man) in German or in Dutch, so that a later quote can be told from the other person's.
/// </summary>
internal static class ReportedSpeechArticles
{
    private const string People =
        "Landrätin Birgit Obermann hat den Plan verteidigt. Stadtrat Jörg Pfannmüller hält ihn für zu teuer.";

    private const string DutchPeople =
        "Wethouder Karin Dijkstra verdedigt het plan. Raadslid Pieter Hoekstra vindt het te duur.";

    public static string?[] German(params string[] paragraphs)
        => QuoteSpeakers.Under("Streit um den Hafen", [People, .. paragraphs]);

    public static string?[] Dutch(params string[] paragraphs)
        => QuoteSpeakers.Under("Ruzie over de haven", [DutchPeople, .. paragraphs]);
}
