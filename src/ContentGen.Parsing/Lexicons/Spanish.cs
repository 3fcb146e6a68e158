using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

// Today only its stopwords (to tell a foreign closing block from the body) and the particles
// of its names; the speaker and page-reading work fills in its other lists as English has them.

/// <summary>Spanish.</summary>
internal static class Spanish
{
    public static Lexicon Lexicon { get; } = new("es")
    {
        Speech = Speech.SpanishSpeech.Words,
        Stopwords = Words("el la los las de del y en que un una es por con para no se su al lo como más pero sus le ya o este está"),
        NameJoiners = Words("del"),
    };
}
