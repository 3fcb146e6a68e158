using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

// Today only its stopwords (to tell a foreign closing block from the body) and the particles
// of its names; the speaker and page-reading work fills in its other lists as English has them.

/// <summary>Dutch.</summary>
internal static class Dutch
{
    public static Lexicon Lexicon { get; } = new("nl")
    {
        Speech = Speech.DutchSpeech.Words,
        Stopwords = Words("de het een en van in is dat op te zijn voor met die niet aan er maar om ook als bij door naar wordt"),
        NameJoiners = Words("van der den ter ten"),
    };
}
