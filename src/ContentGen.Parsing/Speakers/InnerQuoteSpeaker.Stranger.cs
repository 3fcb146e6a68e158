using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Someone new or someone by their role as the subject of the cue makes the first person after them
/// an object, whether or not the lexicons know their noun: <c>« Un pompier nous a dit : “ … ” »</c>,
/// <c>« Le gérant nous a dit : “ … ” »</c>, where French <c>nous</c> is a subject's form too. The
/// newcomer and role readings (InnerQuoteSpeaker.Newcomer.cs, InnerQuoteSpeaker.DefiniteRole.cs) give
/// the noun they may; otherwise the inner words are still not the outer speaker's, and no one is given.
/// </summary>
internal static partial class InnerQuoteSpeaker
{
    /// <summary>
    /// Whether the outer quote's clause right before the inner mark at <paramref name="innerOpen"/>
    /// opens with an article and a lower-case noun, right followed by a first-person subject's form:
    /// <c>Un voisin nous a crié :</c>, <c>Le gérant nous a dit :</c>. Reads the clause back to a stop, a comma, a
    /// quote mark or the outer mark, at most <see cref="MaxCueWords"/> words, on the stack.
    /// </summary>
    public static bool SomeoneNewBeforeFirstPerson(string text, int outerOpen, int innerOpen, SpeechTables words)
    {
        Span<int> starts = stackalloc int[MaxCueWords];
        Span<int> ends = stackalloc int[MaxCueWords];
        var count = ClauseBack(text, outerOpen, LastMarkBefore(text, outerOpen, innerOpen), starts, ends, brackets: false, joiners: "", out _);
        // -1, past the words a cue may take, is too few as well.
        if (count < 4)
        {
            return false;
        }

        // Last first: the clause opens at count - 1.
        var article = text.AsSpan(starts[count - 1], ends[count - 1] - starts[count - 1]);
        var noun = text.AsSpan(starts[count - 2], ends[count - 2] - starts[count - 2]);
        var person = text.AsSpan(starts[count - 3], ends[count - 3] - starts[count - 3]);
        return IsSubjectArticle(article, words) && (char.IsLower(noun[0]) || words.CapitalisesNouns) && !words.FirstPersonSubjects.Contains(noun)
            && words.FirstPersonSubjects.Contains(person);
    }
}
