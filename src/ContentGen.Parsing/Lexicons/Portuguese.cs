using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

// Today only its stopwords (to tell a foreign closing block from the body) and the particles
// of its names; the speaker and page-reading work fills in its other lists as English has them.

/// <summary>Portuguese.</summary>
internal static class Portuguese
{
    public static Lexicon Lexicon { get; } = new("pt")
    {
        Speech = Speech.PortugueseSpeech.Words,
        Stopwords = Words("o a os as de do da dos das e em que um uma para com não se por mais como mas ao foi é está são"),
        NameJoiners = Words("da dos das"),
    };
}
