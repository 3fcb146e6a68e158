using System;

namespace ContentGen.Parsing.Speakers;

// "Para la investigadora Carmen Lozoya, el conflicto era previsible. «…», explica.", "Voor zeebioloog
// Jelmer de Vries is de uitbreiding een risico. ‘…’, zegt hij.", "Für Hasslinger ist es das letzte
// Jubiläum. „…“, sagt er.": a sentence that opens on a view's preposition (ViewPrepositions: for, pour,
// für, para, per, voor) gives the view of the one person its phrase names; the writer has turned to
// them, and a pronoun or a dropped subject in the quote that follows means them, as an editor reads it.
// Before, the subject readers took no name inside such a phrase, so the cue reached back to the person
// quoted before, whom SpeakerFinder.MentionedNewcomer.cs then refused, or found no one at all (es, it,
// pt, and de, nl after a noun before the name). Only a view's preposition: an "according to" source
// (AccordingTo) may give figures, not words, and is left to MentionedNewcomer. Not read: a phrase
// that names two people or none, a sentence that names another person after the phrase ("Para
// Carmen Lozoya, Pedro Gil tiene razón": whose words follow is not said), a sentence with a quote of
// its own, and a name the article never gives in full (NewcomerNamed's guards: a title, a body, a
// German noun run read as no person).
internal sealed partial class SpeakerFinder
{
    // After a sentence with no quote of its own: the one person named in its opening view phrase.
    private void TrackViewHolder(TokenRange sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || ViewHolder(sentence) is not { } holder)
        {
            return;
        }

        _state.Mentioned(holder);
        _state.OtherSubjectSinceQuoted = true;
        _state.LastSubject = holder;
        _state.LastSubjectSentence = _state.Sentence;
        _lastSubjectAlone = true;
    }

    // The one person the sentence names, inside a phrase opened by a view's preposition; or null.
    private string? ViewHolder(TokenRange sentence)
    {
        // The cheap look first: a capitalised view preposition opens the sentence.
        if (sentence.Count < 5 || !sentence[0].IsCapitalized || !_cues.Words.ViewPrepositions.Contains(sentence[0].Span))
        {
            return null;
        }

        var reach = ViewPhraseEnd(sentence);
        string? holder = null;
        var lastNameEnd = 0;
        for (var i = 1; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            var token = sentence[i];
            if (token.Kind == TokenKind.Quote)
            {
                return null;
            }

            if (!token.IsCapitalized || (i + 1 < sentence.Count && sentence[i + 1].IsCapitalized) || ParticleFollows(sentence, i))
            {
                continue;
            }

            var first = NameRunStart(sentence, lastNameEnd + 1, i);
            if (_cues.Is(sentence[first], WordClass.OrganisationNoun) || _cues.Is(sentence[first - 1], WordClass.OrganisationNoun) || FollowsComplementLink(sentence, first))
            {
                // "vom Verein Klares Wasser", "de la asociación Vecinos Unidos", "vom Wattforum Norderwehl":
                // a body named by its kind or where someone works, no person.
                lastNameEnd = i;
                continue;
            }

            // "Für den Umweltschützer Vasco Tavares": a noun run's last words may be the name.
            var person = NewcomerNamed(sentence, first, i, out var gender);
            var nameStart = first;
            for (var start = first + 1; person is null && start <= i && _cues.Words.CapitalisesNouns; start++)
            {
                person = NewcomerNamed(sentence, start, i, out gender);
                nameStart = start;
            }

            // "Voor zeebioloog Jelmer de Vries": a name with its particles, met here first.
            if (person is null && first < i && !_cues.Words.CapitalisesNouns && Phrase.Join(sentence, first, i + 1) is var joined && IsPersonNamed(joined))
            {
                person = _names.Complete(joined);
                gender = person is null ? Gender.Unknown : ShownGenderOf(person);
            }

            lastNameEnd = i;
            if (person is null || string.Equals(person, holder, StringComparison.Ordinal))
            {
                continue;
            }

            // A second person, or the one person named after the view's phrase: not the view's holder.
            if (holder is not null || first >= reach)
            {
                return null;
            }

            holder = person;

            // "Para la investigadora Carmen Lozoya": the role's article and noun show the gender the
            // name does not, so that "dice él" after it passes over her.
            if (gender == Gender.Unknown)
            {
                gender = RoleGenderAt(sentence, 1, first);
                gender = gender == Gender.Unknown && first > 2 ? RoleGenderAt(sentence, first - 1, first) : gender;
                NoteDescribedGender(holder, gender);
            }

            // "For example in West Ham", "Per esempio a Borgo Alto", "Para Villa Alta": a capitalised run
            // met first after the preposition is the view's holder only when the article shows a person
            // there (a role, a trade or a people noun before the name, a gender the name or the role
            // gives) or has named them before; a place or a body named alone is not.
            if (gender == Gender.Unknown && ShownGenderOf(holder) == Gender.Unknown && _state.MentionedIn(holder) < 0 && !ShowsPersonBefore(sentence, _cues.Words.CapitalisesNouns ? i : nameStart))
            {
                return null;
            }
        }

        return holder;
    }

    // Whether the words before `first` are a complement's link, with or without its article ("vom",
    // "von der", "do", "of the"), after the preposition that opens the sentence.
    private bool FollowsComplementLink(TokenRange sentence, int first)
    {
        var link = first - 1;
        if (link > 1 && _cues.Is(sentence[link], WordClass.Article) && sentence[link].IsLower)
        {
            link--;
        }

        return link > 0 && IsComplementLink(sentence[link]);
    }

    // Whether a role, a trade or a people noun stands in the view's phrase before `end` (the name's
    // first word; in German, whose nouns are capitalised, its last, the noun run and name being one run)
    // ("Para la investigadora X", "Voor zeebioloog X", "Für den Umweltschützer X",
    // "Per l'economista X"): the writer shows a person, where "For example in West Ham" shows none.
    private bool ShowsPersonBefore(TokenRange sentence, int nameStart)
    {
        for (var k = 1; k < nameStart; k++)
        {
            var token = sentence[k];
            if (!token.IsWord)
            {
                continue;
            }

            var noun = Elision.Tail(token.Span);
            if (_cues.Is(token, WordClass.RoleNoun) || _cues.Words.RoleNouns.Contains(noun) || _cues.Words.PeopleNouns.Contains(noun)
                || _cues.Words.ProfessionEpithets.Contains(noun) || AgentNouns.Is(_cues.Words, noun, out _))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a surname's particle and a capitalised word follow `i`: "Jelmer" in "Jelmer de Vries".
    private bool ParticleFollows(TokenRange sentence, int i)
        => i + 2 < sentence.Count && sentence[i + 1].IsLower && _cues.Words.SurnameParticles.Contains(sentence[i + 1].Span) && sentence[i + 2].IsCapitalized;

    // The first word of the name whose last word stands at `last`: back over its capitalised words and,
    // where the lexicon has them, a surname's lower-case particles ("Jelmer de Vries"), not before `floor`.
    private int NameRunStart(TokenRange sentence, int floor, int last)
    {
        var first = last;
        while (first > floor && last - first + 1 < MaxNewcomerNameWords)
        {
            if (sentence[first - 1].IsCapitalized)
            {
                first--;
            }
            else if (first - 2 >= floor && sentence[first - 1].IsLower && _cues.Words.SurnameParticles.Contains(sentence[first - 1].Span) && sentence[first - 2].IsCapitalized)
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }

        return first;
    }
}
