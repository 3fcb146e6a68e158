using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

// Today only its stopwords (to tell a foreign closing block from the body) and the particles
// of its names; the speaker and page-reading work fills in its other lists as English has them.

/// <summary>Italian.</summary>
internal static class Italian
{
    public static Lexicon Lexicon { get; } = new("it")
    {
        Speech = Speech.ItalianSpeech.Words,
        Stopwords = Words("il lo la gli le di del della e è che un una per non con si da al nel sono come anche più ma questo"),
        NameJoiners = Words("di"),
    };
}
