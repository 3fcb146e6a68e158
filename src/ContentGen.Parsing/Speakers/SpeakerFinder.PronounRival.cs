using System;

namespace ContentGen.Parsing.Speakers;

// "Mark Fenton came with the chairwoman, Laura Pike. "…," she said.": a pronoun of one gender whose
// antecedent (the sentence's subject) has no gender the article shows, while the sentence just before
// brought in beside that subject ("with", "avec", "mit", "con", "com", "met") someone a title or a
// role shows to be of the pronoun's gender. Given names are never read for a gender, so the reader
// cannot tell which of the two the writer meant: no one, rather than a guess, since a wrong speaker
// is worse than none.
//
// Stops: a pronoun of no gender (a dropped subject, "they", Dutch "ze") asks nothing; an antecedent
// the article shows to be of the pronoun's gender is meant; a rival of the other gender, or of none
// shown, is no rival (the subject is most often meant: reading every pair as no one's lost far more
// right speakers than it saved); someone merely named in the sentence before ("Mr Conte's
// allegations", an object) is no companion; only the sentence just before, in the same paragraph,
// and naming the antecedent too, brings a companion in.
internal sealed partial class SpeakerFinder
{
    // How far before the companion's surname its word may stand: "with the chairwoman, Laura Pike".
    private const int CompanionReach = 6;

    // Whether someone other than `meant`, brought in beside them in the sentence just before, may be
    // whom a pronoun of `asked` means while nothing shows `meant`'s gender.
    private bool PronounHasRival(string meant, Gender asked)
    {
        if (asked == Gender.Unknown || _sentenceBefore is not { } before || (GenderForPronoun(meant) != Gender.Unknown && !IsGenderOnlyGivenName(meant))
            || !IsPersonNamed(meant) || !Names(before, LastWord(meant)))
        {
            return false;
        }

        ReadParagraphPeople();
        foreach (var named in _paragraphNamed)
        {
            if (string.Equals(named, meant, StringComparison.Ordinal) || EndsWithWord(meant, LastWord(named)) || !IsPersonNamed(named))
            {
                continue;
            }

            // "with the chairwoman, Laura Pike": the companion's own role may show what the article does not (SpeakerFinder.CompanionRole.cs).
            var shown = RivalGender(named);
            if ((shown == asked && IsCompanion(before, LastWord(named)))
                || ((shown == asked || shown == Gender.Unknown) && CompanionRoleGender(before, LastWord(named)) == asked))
            {
                return true;
            }
        }

        return false;
    }

    // Whether `sentence` holds `surname` as a word within a cue's reach of its start. Bounded: this
    // is asked once per pronoun-cued quote, so a long sentence before is not walked again for each.
    private static bool Names(TokenRange sentence, string surname)
    {
        for (var i = 0; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            if (sentence[i].IsCapitalized && sentence[i].Span.Equals(surname.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Whether `surname` stands in `sentence` a few words after a companion word, with only words and
    // commas between: "with Mrs Laura Pike", "avec la maire, Sophie Lenoir". Bounded as Names: a
    // companion beyond a cue's reach is never among the paragraph's people (ReadPeople) anyway.
    private bool IsCompanion(TokenRange sentence, string surname)
    {
        for (var i = 1; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            if (!sentence[i].IsCapitalized || !sentence[i].Span.Equals(surname.AsSpan(), StringComparison.Ordinal))
            {
                continue;
            }

            for (var k = i - 1; k >= 0 && k >= i - CompanionReach && (sentence[k].IsWord || sentence[k].Kind == TokenKind.Comma); k--)
            {
                if (sentence[k].IsWord && sentence[k].IsLower && _cues.Words.CompanionWords.Contains(sentence[k].Span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The gender a title before the name or a gendered role it holds shows; a pronoun read after a
    // name ("The Eastfield Harriers hurdler ran his best time") may have given a club one.
    private Gender RivalGender(string named)
        => _genders.IsTitled(named) && OfSurname(named) is var titled && titled != Gender.Unknown ? titled : _roles.GenderOfHolder(named);
}
