using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

// Today only its stopwords (to tell a foreign closing block from the body) and the particles
// of its names; the speaker and page-reading work fills in its other lists as English has them.

/// <summary>German.</summary>
internal static class German
{
    public static Lexicon Lexicon { get; } = new("de")
    {
        Speech = Speech.GermanSpeech.Words,
        Stopwords = Words("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wie wird bei nach sie er wir"),
        NameJoiners = Words("von"),
    };
}
