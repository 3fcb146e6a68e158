using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Session 57, pages: the note under an episode's transcript that a machine wrote it ("This transcript was generated
/// automatically and may contain errors", "Dieses Transkript wurde automatisch erstellt …"): the page's note about the
/// text, set aside as a <see cref="BoilerplateKind.Notice"/>. It opens on the transcript named with a demonstrative
/// (<see cref="Lexicon.TranscriptNotices"/>), says how the text was made (<see cref="Lexicon.MachineMadeWords"/>) and
/// warns of its faults (<see cref="Lexicon.TextFlawWords"/>); an article's sentence about a transcript ("The transcript of
/// the hearing …") opens otherwise or reports what the transcript shows, and one reported as someone's words is theirs.
/// </summary>
internal static class TranscriptNotices
{
    // The note is a sentence or two; an article's paragraph runs longer.
    private const int MaxWords = 40;

    /// <summary>Whether <paramref name="text"/>, a block of <paramref name="words"/> words, is a machine transcript's note.</summary>
    public static bool IsTranscriptNotice(ReadOnlySpan<char> text, int words)
        => words <= MaxWords && LexiconTables.TranscriptNotices.StartsAny(text) && LexiconTables.MachineMadeWords.FoundIn(text)
            && LexiconTables.TextFlawWords.FoundIn(text) && !AttributedSpeech.IsAttributed(text);
}
