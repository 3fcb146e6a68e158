using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Ordinary people in the plural whose reporting verb stands in the perfect: "les riverains ont
// estimé que « … »", "i residenti hanno detto che «…»", "los vecinos han dicho que «…»", "os
// moradores têm dito que «…»". A plural of people nouns names a group only with its reporting
// verb beside it (Phrase.OpensGroup: "the pupils sang for her before she said" leaves the words to
// her); the perfect puts its auxiliary between the noun and the participle, so "les riverains
// estiment" read and "les riverains ont estimé" did not. Stops: only an auxiliary of the perfect
// (the lexicons' PerfectAuxiliaries), in lower case, with a reporting verb right after it; any other
// word between ("ont chanté pour elle avant qu'elle a dit", "ont aussi") still reads no group.
internal sealed partial class Phrase
{
    private bool IsPerfectReportingAt(IReadOnlyList<Token> sentence, int auxiliary)
        => auxiliary + 1 < sentence.Count && sentence[auxiliary].IsWord && sentence[auxiliary].IsLower
        && _words.PerfectAuxiliaries.Contains(sentence[auxiliary].Span) && IsReportingVerbAt(sentence, auxiliary + 1);
}
