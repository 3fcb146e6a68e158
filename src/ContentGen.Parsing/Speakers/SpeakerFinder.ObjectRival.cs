using System;

namespace ContentGen.Parsing.Speakers;

// "Luis Martín recibió a Carmen Sanz. «…», dijo ella.", "Marco Bassi ha ricevuto Lucia Moretti. «…», ha
// spiegato lei.": a language that drops its subjects writes a subject pronoun out only to set one
// person against another (ContrastingPronouns: "dijo ella", "ha detto lei", "disse ela"). When the
// sentence before names the pronoun's antecedent and, after it, a second person (the object of its
// verb, or anyone it names later) whose gender nothing shows or the article shows to be the pronoun's
// (a title, a gendered role, an article before a noun for a person: "a la testigo Ana Ruiz"), either
// may be meant. PronounRival reads only a companion brought in by "with"; given names are never read
// for a gender, so the reader cannot tell: no one, rather than the subject, since a wrong speaker is
// worse than none.
//
// Stops: a pronoun a language writes with every verb (English, German, Dutch, French) asks nothing:
// there the subject is most often meant even beside a second person of the pronoun's gender (read
// on every pronoun, the rule lost ten right speakers of the invented tuning articles, and read on
// titled objects it left twenty-one BBC pages with no one where the subject had been given); an antecedent the article shows to be of the
// pronoun's gender is meant (PronounHasRival's own gate); a second person of the other gender shown
// is no rival ("recibió a la concejala Carmen Sanz. «…», dijo él" stays his); a second person named
// before the antecedent is no object of its verb; a role after a link of belonging ("al marido de la
// concejala, Pedro Ruiz") shows nothing of the name after it.
internal sealed partial class SpeakerFinder
{
    // "a la testigo Ana Ruiz", "la consigliera, Lucia Moretti": how far before the given name a role
    // may open (an article, the role, a comma).
    private const int ObjectRoleReach = 3;

    // Whether someone named after `meant` in the sentence just before may be whom the pronoun
    // `pronoun` of `asked` means while nothing shows `meant`'s gender (see the comment above).
    private bool ObjectHasRival(string meant, Gender asked, string pronoun)
    {
        if (asked == Gender.Unknown || !_cues.Words.ContrastingPronouns.Contains(pronoun.AsSpan()) || _sentenceBefore is not { } before
            || (GenderForPronoun(meant) != Gender.Unknown && !IsGenderOnlyGivenName(meant)) || !IsPersonNamed(meant))
        {
            return false;
        }

        var at = SurnameIndex(before, LastWord(meant), 0);
        if (at < 0)
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

            var surname = SurnameIndex(before, LastWord(named), at + 1);
            if (surname < 0)
            {
                continue;
            }

            var shown = RivalGender(named);
            if (shown == Gender.Unknown)
            {
                shown = ObjectRoleGender(before, surname - WordCount(named) + 1);
            }

            if (shown == asked || shown == Gender.Unknown)
            {
                return true;
            }
        }

        return false;
    }

    // Where `surname` stands as a capitalised word in `sentence` from `from` on, within a cue's reach
    // of its start; -1 when it does not. Asked once per pronoun-cued quote and person, so bounded.
    private static int SurnameIndex(TokenRange sentence, string surname, int from)
    {
        for (var i = from; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            if (sentence[i].IsCapitalized && sentence[i].Span.Equals(surname.AsSpan(), StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // Whether the role phrase at `at` follows a link of belonging, with an article between at most.
    private bool IsAfterHeadLink(TokenRange sentence, int at)
    {
        var before = at - 1;
        if (before >= 0 && sentence[before].IsWord && (ArticleGender(sentence[before].Span) != Gender.Unknown
            || _cues.Is(sentence[before], WordClass.Article)))
        {
            before--;
        }

        return before >= 0 && sentence[before].IsWord && sentence[before].IsLower && _cues.Words.HeadLinks.Contains(sentence[before].Span);
    }

    // The gender a role right before the name opening at `first` shows: "la concejala Carmen Sanz",
    // "la consigliera, Lucia Moretti" (a comma may stand between).
    private Gender ObjectRoleGender(TokenRange sentence, int first)
    {
        var end = first > 0 && sentence[first - 1].Kind == TokenKind.Comma ? first - 1 : first;
        for (var at = end - 1; at >= 0 && at >= end - ObjectRoleReach + 1; at--)
        {
            if (!sentence[at].IsWord)
            {
                break;
            }

            // "al marido de la concejala, Pedro Ruiz": a role after a link of belonging is someone else's.
            if (IsAfterHeadLink(sentence, at))
            {
                return Gender.Unknown;
            }

            var gender = RoleGenderAt(sentence, at, end);
            if (gender != Gender.Unknown)
            {
                return gender;
            }

            // "la testigo Ana Ruiz", "a testemunha Ana Lopes": a noun for a person no role list
            // holds, whose article shows the gender.
            if (at + 2 == end && ArticleGender(sentence[at].Span) is var article && article != Gender.Unknown
                && sentence[at + 1].IsWord && IsNounForAPerson(sentence[at + 1]))
            {
                return article;
            }
        }

        return Gender.Unknown;
    }
}
