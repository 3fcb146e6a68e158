using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A quote carried on from a speaker of the paragraph before (no cue, a pronoun or a dropped
// subject) in a paragraph that, before it, gives someone else's view in an opening phrase and
// never names that speaker: "Secondo i conti di Marina Colombo, che sta alla cassa, l'emporio
// perde … . «…», ha spiegato.", "Für den Umweltschützer Vasco Tavares von der Organisation Rio
// Vivo liegt das Problem nicht allein am Regen. „…“, sagte er." (an "according to" phrase,
// AccordingTo, or a view preposition opening the sentence, ViewPrepositions). The subject
// shapes of SpeakerFinder.ParagraphNewcomer.cs do not read a name inside such a phrase, and the
// words went to the speaker before, though the writer has turned to the person whose view is
// given. Whether the words are that person's is unsure too (an "according to" source may give
// figures, not words), so the quote is no one's: a wrong speaker is worse than none. Only a view
// phrase turns the paragraph so: a name that is only an object elsewhere ("The club thanked its
// chairman, Jon Vale") leaves the pronoun to the earlier speaker (ParagraphIntroducedPersonTests).
// Kept: a quote with a cue naming someone, a paragraph whose sentence opens on a pronoun
// (checked before this is asked), a name the pronoun cannot mean by the role before it ("la
// directrice Anne Ferrand" before "a-t-il dit"), and a paragraph holding a role word that
// introduces no one named after it ("Il presidente ha parlato con Anna Ferri"): the role may be
// the speaker kept. Since session 70 a view's preposition that names one person puts them in focus
// (SpeakerFinder.ViewHolderFocus.cs), so the pronoun after it is theirs and this refuses only the rest.
internal sealed partial class SpeakerFinder
{
    // "il sindaco di Castelvaro, Paolo Guidotti": how far a role word may stand before the name it
    // introduces, across its complement and a comma.
    private const int MaxRoleToName = 6;

    // "Secondo la preside dell'istituto comprensivo, Luisa Fabbro,": how far into its sentence a
    // name may start and still belong to the opening view phrase.
    private const int MaxViewOpening = 8;

    // The words of the longest "according to" phrase ("nach Ansicht von", "in the words of").
    private const int MaxViewPhraseWords = 5;

    // Whether the paragraph's sentences before the quote's own give the view of a person of the
    // article other than `speaker` in an opening phrase, with no role word left that may mean the
    // speaker and no mention of the speaker's surname.
    private bool NamesOnlyOthersBefore(IReadOnlyList<TokenRange> sentences, int count, string speaker, Subject subject)
    {
        var named = false;
        for (var k = FirstPlainSentenceRead(count); k < _paragraphPlain.Count && _paragraphPlain[k] < count; k++)
        {
            var before = sentences[_paragraphPlain[k]];

            var viewReach = OpensOnView(before) ? ViewPhraseEnd(before) : 0;

            // The index of the last name's last word read so far, and a role word not yet followed
            // by the name it introduces.
            var lastNameEnd = -1;
            var pendingRole = -1;
            for (var i = 0; i < before.Count && i < Cues.MaxReach; i++)
            {
                var token = before[i];
                if (IsRoleLike(token))
                {
                    if (pendingRole >= 0)
                    {
                        return false;
                    }

                    pendingRole = i;
                    continue;
                }

                if (!token.IsCapitalized || (i + 1 < before.Count && before[i + 1].IsCapitalized))
                {
                    if (pendingRole >= 0 && i - pendingRole > MaxRoleToName)
                    {
                        return false;
                    }

                    continue;
                }

                var first = i;
                while (first > 0 && i - first + 1 < MaxNewcomerNameWords && before[first - 1].IsCapitalized)
                {
                    first--;
                }

                if (first <= lastNameEnd || NamePlausibility.IsPossessive(token.Span))
                {
                    continue;
                }

                var person = NewcomerNamed(before, first, i, out var gender);
                if (person is null)
                {
                    if (pendingRole >= 0 && i - pendingRole > MaxRoleToName)
                    {
                        return false;
                    }

                    continue;
                }

                if (string.Equals(person, speaker, StringComparison.Ordinal) || EndsWithWord(speaker, LastWord(person))
                    || (pendingRole >= 0 && !IntroducesName(before, pendingRole, first)))
                {
                    // "Il presidente ha parlato con Anna Ferri": the role, not the name's, may be the speaker.
                    return false;
                }

                // "die Wirtin Maria Pichler", "la caissière Anne Ferrand" before "sagte er", "a-t-il
                // dit": not whom the pronoun means.
                if (gender == Gender.Unknown && pendingRole >= 0)
                {
                    gender = pendingRole > 0 ? RoleGenderAt(before, pendingRole - 1, first) : Gender.Unknown;
                    gender = gender == Gender.Unknown ? RoleGenderAt(before, pendingRole, first) : gender;
                }

                named |= first < viewReach && PronounMayMean(subject, gender);
                lastNameEnd = i;
                pendingRole = -1;
            }

            if (pendingRole >= 0)
            {
                return false;
            }
        }

        return named;
    }

    // "Secondo i conti di …", "Für den Umweltschützer …", "According to …": a sentence that opens
    // on someone's view.
    private bool OpensOnView(IReadOnlyList<Token> sentence)
        => sentence.Count > 2 && sentence[0].IsCapitalized
        && (_cues.Words.ViewPrepositions.Contains(sentence[0].Span)
            || (_cues.Is(sentence[0], WordClass.AccordingToStart) && Cues.LongestPhrase(sentence, 0, _cues.Words.AccordingTo, MaxViewPhraseWords) > 0));

    // Where the opening view phrase ends, within MaxViewOpening words. An "according to" phrase runs
    // on over its own words ("According to figures kept by Anna Fenn"). A view preposition's phrase
    // is its noun phrase: it ends at a mark other than a comma before a name in apposition ("Per il
    // sindaco di Castelvaro, Paolo Guidotti,"), at a copula or a reporting verb, and at an article
    // after a lower-case word that no preposition, article or possessive is, which opens the
    // sentence's subject: "Per tre giorni il comune ha cercato Marco Neri", "For the regatta the
    // town hired Tom Vale" end at "il" and "the", and the name the verb takes after them is no view
    // given. The lexicon knows no other verbs, so "Per tre giorni ha cercato Marco Neri" still reads
    // Marco Neri as the view's.
    private int ViewPhraseEnd(IReadOnlyList<Token> sentence)
    {
        var reach = Math.Min(sentence.Count, MaxViewOpening);
        if (!_cues.Words.ViewPrepositions.Contains(sentence[0].Span))
        {
            return reach;
        }

        for (var k = 1; k < reach; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma ? k + 1 >= sentence.Count || !sentence[k + 1].IsCapitalized
                : !token.IsWord || _cues.Is(token, WordClass.Copula | WordClass.Reporting)
                || (_cues.Is(token, WordClass.Article) && sentence[k - 1].IsWord && sentence[k - 1].IsLower
                    && !_cues.Is(sentence[k - 1], WordClass.Preposition | WordClass.Article | WordClass.Possessive)))
            {
                return k;
            }
        }

        return reach;
    }

    // "der Kassiererin Anna Ferber", "il sindaco di Castelvaro, Paolo Guidotti": a role right
    // before the name, or set off from it by a comma after the role's complement.
    private static bool IntroducesName(IReadOnlyList<Token> sentence, int role, int first)
        => first - role <= MaxRoleToName && (first - 1 == role || sentence[first - 1].Kind == TokenKind.Comma);
}
