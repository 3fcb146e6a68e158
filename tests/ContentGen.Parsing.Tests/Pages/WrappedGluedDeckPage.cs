namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page a text dump wrapped at a fixed width, with a headline and deck glued together under its header: the
/// page the glued-deck tests read, at the width each asks for.
/// </summary>
internal static class WrappedGluedDeckPage
{
    // The page's header printed as one group of lines: skip link, masthead, menu and account buttons.
    private const string Header = "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in";

    public static string Of(string language, string headlineAndDeck, int width)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", Header, headlineAndDeck, "12/03/2024 08:15", HardWrap.Lines(p[1], width), HardWrap.Lines(p[2], width), HardWrap.Lines(p[3], width));
    }
}
