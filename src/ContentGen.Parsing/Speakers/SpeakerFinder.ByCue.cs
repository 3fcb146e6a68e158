using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// The first reading of a quote: the cue that links it to a mention in its sentence, and the
// rules that give a speaker to a mention naming no one.
internal sealed partial class SpeakerFinder
{
    // "« … », explique-t-elle, « … »": the half after the cue that broke a quote is said by
    // whoever said the half before, when the words between the halves are that cue ("D'après X,
    // « … », tandis que selon Y, « … »" breaks nothing), and unless a cue of its own follows it.
    // Otherwise the sieves, in order of precision, find the mention and the cast says whom it means.
    private string? ByCue(TokenRange sentence, int quote, List<string?> speakers, out Subject subject)
    {
        if (InterruptedQuote.FirstHalf(sentence, quote) is var firstHalf and >= 0 && speakers[sentence[firstHalf].QuoteIndex] is { } firstSpeaker
            && _adjacent.Find(sentence, firstHalf) is { IsFound: true } cue && !_adjacent.Find(sentence, quote).IsFound)
        {
            subject = cue;
            return firstSpeaker;
        }

        subject = Sift(sentence, quote);
        var speaker = OpeningSubjectMeant(sentence, quote, subject) ?? Resolve(subject);
        // "«…», racconta la volontaria" after Gina Pardini: see SpeakerFinder.PeopleNounAtCue.cs.
        speaker ??= PeopleNounAtCue(sentence, quote, subject);
        return speaker is not null && (IsAnotherClausesSubject(sentence, subject, speaker) || IsElidedOpenerOfNoOneHolder(sentence, subject, speaker)
            || IsAgentEpithetTooWeakFor(subject, speaker)) ? null : speaker;
    }

    private Subject Sift(IReadOnlyList<Token> sentence, int quote)
    {
        foreach (var sieve in _sieves)
        {
            var subject = sieve.Find(sentence, quote);
            if (subject.IsFound)
            {
                return subject;
            }
        }

        return Subject.None;
    }

    // "Un voisin arrive mais la gardienne intervient : « … »", "Tom Lake came in, and the warden
    // stepped in: '…'": a role the article uses here for the first time, read after the name that
    // opened the sentence, brings someone else in than that name, whom salience alone would give
    // it. A role used before ("Jane Roe was named minister in May") points back, as before. The
    // name is compared as read, with nothing recorded: only a plain person's name counts.
    private bool IsAnotherClausesSubject(IReadOnlyList<Token> sentence, Subject subject, string speaker)
        => subject.Kind == SubjectKind.Role
        && ((!_roles.Gave(subject.Text) && !_roles.UsedBefore(subject.Text)
                && OpeningSubject(sentence) is { Kind: SubjectKind.Name, IsBody: false, IsOrganisation: false, IsEpithet: false, IsDocumentOwner: false } opening
                && opening.End < subject.End
                && string.Equals(FirstNameOfSalient(_names.Complete(opening.Text)), speaker, StringComparison.Ordinal))
            || IsSourceBefore(sentence, subject, speaker));

    // "Selon elle, le maire lui avait assuré que … « … »", "According to her, the chairman had
    // promised …": the source tells of what someone else said; a role read after it, however the
    // cast resolves it, is not the source (who would have said "I" or "she").
    // A quote between the source and the role is the source's own, and the role may be a source of
    // its own ("D'après X, « … », et selon la présidente, « … »").
    private bool IsSourceBefore(IReadOnlyList<Token> sentence, Subject subject, string speaker)
        => _accordingTo.FindSource(sentence) is { IsFound: true } source && source.End < subject.End && !HoldsQuote(sentence, source.End, subject.End)
        && string.Equals(Resolve(source), speaker, StringComparison.Ordinal);

    private static bool HoldsQuote(IReadOnlyList<Token> sentence, int from, int to)
    {
        for (var k = from; k < to && k < sentence.Count; k++)
        {
            if (sentence[k].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }

    // Someone the cue describes but does not name, in order: a spokesman of the organisation just
    // before, someone described, the holder of a role nobody holds, a group. `firstOfSentence`
    // says whether this quote's speaker is its sentence's, and so what a later pronoun may mean.
    private string? SomeoneUnnamed(IReadOnlyList<Token> sentence, Subject subject, bool firstOfSentence)
    {
        // "But the Harbour Trust stood by the plan. A spokesman said: '…'": a spokesman brought
        // in with no organisation of their own speaks for the one the sentence before made its
        // subject, if it named nothing else.
        if (subject.Kind == SubjectKind.Unnamed && _state.OrganisationJustBefore is { } focus && IsBareSpokesperson(sentence, subject.Text))
        {
            _unnamedSpeaker = firstOfSentence;
            return focus;
        }

        // "…," said one trader: someone unnamed speaking for no organisation is given by the
        // description, the role noun. A spokesman speaks for someone, and the one not named
        // leaves the quote to no one.
        // An ordinary person's noun too, after its indefinite article: "une mère de trois enfants résume :".
        if (subject.Kind == SubjectKind.Unnamed && (_cues.Phrase.IsDescription(subject.Text) || _cues.Words.PeopleNouns.Contains(subject.Text.AsSpan()))
            && BringsInDescribed(sentence, subject.Text))
        {
            _descriptions.Add(subject.Text);
            return subject.Text;
        }

        // "…," said the owner of a small ferry firm: someone unnamed, by the role's words.
        // "…, confie la directrice du port" with no one named so, and no one named near: someone
        // unnamed, whom the role describes.
        if ((subject.Kind == SubjectKind.Unnamed && subject.IsUnheld) || IsUnheldRole(sentence, subject))
        {
            return Unheld(subject);
        }

        // "Les syndicats ont dénoncé « … »": a group speaking together is given by its noun.
        if (subject.Kind == SubjectKind.Group)
        {
            _descriptions.Add(subject.Text);
            _groupSpeaker |= firstOfSentence;
            return subject.Text;
        }

        return null;
    }

    // "a spokesman said", "said a spokeswoman", "un porte-parole": a spokes noun right after an
    // indefinite article, with no organisation after it ("a spokesman for the author"). A
    // possessive's ("the chairman's spokesman") or a described one ("An executive spokesman")
    // speaks for someone else.
    private bool IsBareSpokesperson(IReadOnlyList<Token> sentence, string role)
    {
        for (var k = 0; k + 1 < sentence.Count; k++)
        {
            // German capitalises the noun: "Ein Sprecher sagte".
            if (sentence[k].IsWord && _cues.Is(sentence[k], WordClass.Indefinite) && sentence[k + 1].IsWord
                && _cues.Words.SpokesNouns.Contains(sentence[k + 1].Span) && sentence[k + 1].Span.SequenceEqual(role.AsSpan()))
            {
                return k + 2 >= sentence.Count || !IsLink(sentence[k + 2]);
            }
        }

        return false;
    }

    // "one trader", "a senior economic adviser", "une habitante": the role noun brought in by an
    // indefinite article, a few lower-case words at most between them, and no noun after it. "Our
    // correspondent" and "Scotland's first minister" point to someone named elsewhere, and "an
    // executive spokesman" is a spokesman. An age in figures describes as an adjective does ("a
    // 19-year-old student"), and German writes the noun capitalised ("ein 19-jähriger Besucher").
    private bool BringsInDescribed(IReadOnlyList<Token> sentence, string role)
    {
        const int MaxModifiers = 3;
        for (var i = 1; i < sentence.Count; i++)
        {
            if (!(sentence[i].IsLower || (_cues.Words.CapitalisesNouns && sentence[i - 1].IsWord && IsAgeInFigures(sentence[i - 1])))
                || !sentence[i].Span.SequenceEqual(role.AsSpan()))
            {
                continue;
            }

            if (i + 1 < sentence.Count && sentence[i + 1].IsLower
                && (_cues.Is(sentence[i + 1], WordClass.RoleNoun) || _cues.Words.SpokesNouns.Contains(sentence[i + 1].Span) || _cues.Words.OfficialNouns.Contains(sentence[i + 1].Span)))
            {
                return false;
            }

            for (var j = i - 1; j >= 0 && j >= i - 1 - MaxModifiers && sentence[j].IsWord; j--)
            {
                if (_cues.Is(sentence[j], WordClass.Indefinite))
                {
                    return true;
                }

                if (!(sentence[j].IsLower || IsAgeInFigures(sentence[j])) || _cues.Is(sentence[j], WordClass.Definite) || NamePlausibility.IsPossessive(sentence[j].Span))
                {
                    break;
                }
            }
        }

        return false;
    }
}
