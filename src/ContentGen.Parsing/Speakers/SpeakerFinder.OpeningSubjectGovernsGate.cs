using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

// Which sentences the opening subject's verb (SpeakerFinder.OpeningSubjectGoverns.cs) can give
// a speaker in, read from the sentence's summary before the sieve's first read.
internal sealed partial class SpeakerFinder
{
    /// <summary>
    /// Whether <see cref="GoverningOpeningSubject"/> can find nothing in <paramref name="sentence"/>:
    /// it has no reporting verb, and its language has no limiting phrase ("se limitó a decir").
    /// </summary>
    /// <remarks>
    /// The sieve gives a subject on two paths only. Read after an opening phrase, the subject follows
    /// a word that <see cref="Cues.IsReportingVerb"/>; read from the sentence's start, the word after
    /// the subject is such a verb or opens a limiting phrase (<see cref="Cues.GovernsAsLimitingPhrase"/>,
    /// which needs a word of <see cref="SpeechTables.LimitingVerbs"/>). A reporting verb is a token of
    /// the class <see cref="WordClass.Reporting"/>, which the summary holds (a sentence not summed turns
    /// nothing away). Asked of about a third of the quotes on BBC, whose sentences have no such verb.
    /// </remarks>
    internal static bool OpeningSubjectCannotGovern(IReadOnlyList<Token> sentence, SpeechTables words)
        => SentenceSummary.Of(sentence).Lacks(WordClass.Reporting) && words.LimitingVerbs.Count == 0;
}
