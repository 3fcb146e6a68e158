using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Marta Quillon quit the show over what she called "bullying"", "X a quitté l'émission en
// dénonçant ce qu'elle appelle « … »", "X verließ die Sendung wegen dessen, was er „…“ nannte":
// the pronoun of the cue stands in the clause the sentence's own opening subject governs, and
// means that subject. The discourse state learns of the sentence's people only once the sentence
// is read (SpeakerFinder.Tracking.cs), so without this the pronoun meant whoever the article spoke
// of before the sentence, or no one.
internal sealed partial class SpeakerFinder
{
    // The opening subject a pronoun of the cue means: a person's name in full, before the pronoun,
    // of the pronoun's gender (or of none the article shows), with no other full name between; otherwise null,
    // and the pronoun is resolved as before. A pronoun that may mean several people ("they", "sie",
    // "zij") or shows no gender is not one person's.
    // The pronoun must stand before the quote, in the clause that holds it: in ""…", he said" the
    // sentence's subject is what is spoken of. A pronoun right after a comma opens the main clause
    // ("Praising X and Y, she said: …"), unless it is a parenthesis ("who, he claims, is …").
    private string? OpeningSubjectMeant(IReadOnlyList<Token> sentence, int quote, Subject subject)
    {
        if (subject.Kind != SubjectKind.Pronoun || subject.Text.Length == 0
            || PluralPronoun.Means(subject.Text, _cues.Words.PluralPronouns))
        {
            return null;
        }

        var pronoun = PronounBefore(sentence, quote, subject.Text);
        if (pronoun < 1 || (sentence[pronoun - 1].Kind == TokenKind.Comma && !IsParenthesis(sentence, pronoun, quote)))
        {
            return null;
        }

        var asked = _genders.OfPronoun(subject.Text);
        if (asked == Gender.Unknown
            || OpeningSubject(sentence) is not { Kind: SubjectKind.Name, IsBody: false, IsOrganisation: false, IsEpithet: false, IsDocumentOwner: false } opening
            || opening.End >= subject.End || opening.Text.IndexOf(' ') < 0
            || NamesSomeoneBetween(sentence, opening.End, Math.Min(subject.End, sentence.Count)))
        {
            return null;
        }

        var person = FirstNameOfSalient(_names.Complete(opening.Text));
        if (person is null || !IsOnePerson(person))
        {
            return null;
        }

        // A gender the article shows must be the pronoun's; the sentence's own subject, with none
        // shown, is the pronoun's nearest reading, as no one else is named between.
        var known = _genderOf(person);
        return known == Gender.Unknown || known == asked ? person : null;
    }

    // Where the cue's pronoun stands before the quote, within the predicate's reach (the quote is
    // its verb's object or complement), elided or not ("qu'elle"); -1 if not there.
    private static int PronounBefore(IReadOnlyList<Token> sentence, int quote, string pronoun)
    {
        for (var k = quote - 1; k >= 0 && k >= quote - MaxPredicateTokens; k--)
        {
            if (!sentence[k].IsWord)
            {
                continue;
            }

            var word = Elision.TrySplit(sentence[k].Span, out _, out var tail) ? tail : sentence[k].Span;
            if (word.Equals(pronoun.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }

    // Whether a comma closes the pronoun's clause before the quote: "…, he claims, is "…"".
    private static bool IsParenthesis(IReadOnlyList<Token> sentence, int pronoun, int quote)
    {
        for (var k = pronoun + 1; k < quote; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return true;
            }
        }

        return false;
    }

    // Whether two capitalised words in a row, a full name, stand between `from` and `to`.
    private static bool NamesSomeoneBetween(IReadOnlyList<Token> sentence, int from, int to)
    {
        for (var k = Math.Max(from, 1); k + 1 < to; k++)
        {
            if (sentence[k].IsCapitalized && sentence[k + 1].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }
}
