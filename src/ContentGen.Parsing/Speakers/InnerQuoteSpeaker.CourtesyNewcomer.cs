using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Someone new named by a courtesy title or a trade the lexicons list as a title, after an
/// indefinite article, says the inner words as any newcomer does: <c>«Una signora mi ha detto: “…”»</c>,
/// <c>«Un señor me paró y me dijo: “…”»</c>, <c>«Um senhor disse-me: “…”»</c>, <c>‘Een mevrouw vroeg me:
/// “…”’</c>, <c>« Une dame nous a dit : “…” »</c>. Before a name the word is a title ("la signora Rossi");
/// after "una", "un", "um", "een" or "une" it is a noun for a person the teller met, never someone the
/// article named. Only the gendered titles count (a courtesy, or a trade the lexicons write before names):
/// the bare titles include a spokesman's ("portavoce") and offices a body holds.
/// </summary>
internal static partial class InnerQuoteSpeaker
{
    // The noun after an indefinite article that brings in someone new: a person's noun, a role or a trade
    // (InnerQuoteSpeaker.Newcomer.cs), or a gendered title used as a noun ("una signora", "um senhor").
    private static bool IsNewcomerHead(ReadOnlySpan<char> word, SpeechTables words)
        => IsNewcomerNoun(word, words)
        || (words.IsAny(word, WordClass.MaleTitle | WordClass.FemaleTitle)
            && !words.SpokesNouns.Contains(word) && !words.OfficialNouns.Contains(word)
            && !words.OrganisationNouns.Contains(word) && !words.DocumentNouns.Contains(word));
}
