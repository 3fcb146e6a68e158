using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "'…,' he said. At the market, she hears the same complaints. '…'", "En el mercado, él oye …",
// "Op de markt hoort zij …": the subject pronoun after an opening phrase that says when or where is
// read by the other gender's turn (SpeakerFinder.OtherGenderTurn.cs) as a pronoun opening the sentence
// is: past a last speaker shown to be of the other gender, the one other person who spoke and is not,
// else no one. The phrase is found as SpeakerFinder.PronounAfterOpeningPhrase.cs finds it (a
// preposition or a day, then a comma; or, where the verb stands second, the phrase, the verb, the
// pronoun), and must name nobody: a phrase with a name in it ("Chez Julie Morel, elle", "Bei Petra
// Lang hört er") may bring in the one the pronoun means, whom the turn would pass over. Reads a few
// tokens at the sentence's start.
internal sealed partial class SpeakerFinder
{
    // The index of the singular subject pronoun after an opening phrase that names nobody, or -1.
    private int PronounAfterNamelessOpeningPhrase(IReadOnlyList<Token> sentence)
    {
        var pronoun = SingularPronounAfterOpeningPhrase(sentence);
        return pronoun < 0 || OpeningPhraseNamesSomeone(sentence, pronoun) ? -1 : pronoun;
    }

    // Whether a name stands in the opening phrase before `pronoun`: in a language that writes its nouns
    // lower-case, any capital past the first word; in German, whose nouns are capitalised, a capital right
    // after the opening word or two capitals in a row ("Bei Petra Lang", "mit Petra Lang"), not a noun
    // after its article ("Auf dem Markt"). A day or a month names no one ("On Sunday, she", "Am Sonntag hört er").
    private bool OpeningPhraseNamesSomeone(IReadOnlyList<Token> sentence, int pronoun)
    {
        var nounsCapitalised = _cues.Words.CapitalisesNouns;
        for (var k = 1; k < pronoun; k++)
        {
            if (!sentence[k].IsCapitalized || Lexicons.LexiconTables.Calendar.Contains(sentence[k].Span))
            {
                continue;
            }

            if (!nounsCapitalised || k == 1 || sentence[k - 1].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }
}
