using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "« Le port est loin, explique l'un d'eux, qui prépare une thèse. Nous n'avons qu'une voiture. »",
// "«El puerto está lejos, explica una de ellas. Solo tenemos un coche».": a cue inside the marks
// whose subject picks one person out of a group ("l'un d'eux", "uno de ellos", "uno di loro", "um
// deles") names someone of that group, whom the reader cannot name. The words are that person's,
// never a continuation of whoever was quoted before: the quote is no one's. The same subject after
// the marks ("», explique l'un d'eux.") already names no one, as between dashes
// (SpeakerFinder.InnerCue.cs, ReportsAfterDash).
internal sealed partial class SpeakerFinder
{
    // The words between "one" and the group's pronoun: a link ("of", "von", "di") or French's
    // "d'entre"; a longer run is no partitive.
    private const int MaxPartitiveSpan = 2;

    // Whether a reporting verb, after any filler, opens the words at `start` with such a subject after it.
    private bool ReportsOneOfAGroup(List<Token> tokens, int start)
    {
        var verb = _cues.Phrase.SkipFillers(tokens, start);
        return verb < tokens.Count && _cues.IsReportingVerb(tokens[verb]) && IsOneOfAGroup(tokens, _cues.SkipToInvertedSubject(tokens, verb + 1));
    }

    // Whether the words at `at` pick one out of a group: "one" (SpeechWords.PartitiveOnes), then the
    // group's pronoun within a link's reach, its elided link aside ("d'eux" is read as "eux").
    private bool IsOneOfAGroup(List<Token> tokens, int at)
    {
        var words = _cues.Words;
        if (at >= tokens.Count || !tokens[at].IsLower || !words.PartitiveOnes.Contains(tokens[at].Span))
        {
            return false;
        }

        for (var k = at + 1; k < tokens.Count && k <= at + MaxPartitiveSpan; k++)
        {
            if (!tokens[k].IsLower)
            {
                return false;
            }

            if (words.PartitivePronouns.Contains(Elision.Tail(tokens[k].Span)))
            {
                return true;
            }
        }

        return false;
    }
}
