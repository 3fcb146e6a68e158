using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Entre ellos, Fermín Olazábal, pastor jubilado, mira el humo.", "Accanto a lei, il nipote Carlo
// Dalmasso, 29 anni, sistema le cassette.", "Across the square, Tom Pengarth, a retired postman,
// watches the smoke.": a sentence with no quote that, after an opening adverbial and its comma,
// brings in a new person by full name as its subject (a verb follows the name) or sets the name off
// with a description (a comma follows). The writer has moved on from the last speaker to the
// newcomer, whom a quote with no cue after it, a pronoun or a dropped subject means. A name after a
// preposition is an object or a possessor ("la lettera di Carlo Dalmasso"), which no comma sets off
// as the subject, so it is not read here.
internal sealed partial class SpeakerFinder
{
    // "Entre los vecinos", "Accanto a lei", "Across the square": the adverbial's words before its comma.
    private const int MaxAdverbialTokens = 5;

    // "il nipote", "o vizinho", "a retired postman": an article and a noun for a person before the name.
    private const int MaxNounTokensBeforeName = 3;

    // After a sentence with no quote of its own: the newcomer it sets off ends the last speaker's
    // turn. Where a noun for a person or an age shows the name is a person's, the newcomer is the
    // sentence's subject, whom the next quote with no cue, pronoun or dropped subject means; where
    // nothing does ("En verano, San Lorenzo, pueblo de …", a place as often), no one is.
    private void TrackSetOffNewcomer(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || SetOffNewcomer(sentence, out var shownPerson) is not { } newcomer)
        {
            return;
        }

        _state.OtherSubjectSinceQuoted = true;
        if (!shownPerson)
        {
            return;
        }

        NewSubject(newcomer);
    }

    // `name` is the sentence's subject, alone: a dropped subject or a pronoun after it means them.
    private void NewSubject(string name)
    {
        _state.Mentioned(name);
        _state.LastSubject = name;
        _state.LastSubjectSentence = _state.Sentence;
        _lastSubjectAlone = true;
    }

    // The person named in full after the opening adverbial's comma, past an article and a noun for
    // a person, when a comma or a verb that does not report follows the name; null otherwise, or
    // when the name is the last speaker's, an organisation's, or joined to a second one.
    // `shownPerson` says whether a noun before the name or its description shows it is a person's.
    private string? SetOffNewcomer(IReadOnlyList<Token> sentence, out bool shownPerson)
    {
        shownPerson = false;
        if (sentence.Count < 6 || !sentence[0].IsCapitalized || !sentence[0].IsWord
            || _cues.Is(sentence[0], WordClass.Article | WordClass.TitleOrRole)
            || _cues.Is(sentence[0], WordClass.Pronoun | WordClass.Possessive)
            || _cues.Words.Demonstratives.Contains(sentence[0].Span))
        {
            // A sentence opened by its subject ("The mayor, Jane Roe, …", "Sa fille, Anne Roux,
            // …") is read elsewhere.
            return null;
        }

        var comma = OpeningAdverbialComma(sentence);
        if (comma < 0)
        {
            return null;
        }

        var start = comma + 1;
        var limit = start + MaxNounTokensBeforeName;
        var nounBefore = false;
        while (start < sentence.Count && start < limit && sentence[start].IsWord && sentence[start].IsLower && IsWordBeforeNewcomer(sentence[start]))
        {
            nounBefore |= !_cues.Is(sentence[start], WordClass.Article) && !_cues.Is(sentence[start], WordClass.Possessive);
            start++;
        }

        if (start >= sentence.Count || !sentence[start].IsCapitalized)
        {
            return null;
        }

        var phrase = _cues.Phrase.ReadForward(sentence, start);
        if (phrase.Kind != SubjectKind.Name || phrase.IsOrganisation || phrase.Text.IndexOf(' ') < 0 || phrase.End >= sentence.Count
            || !IsSetOffEnd(sentence[phrase.End]) || _names.Complete(phrase.Text) is not { } person
            || !IsPersonNamed(person) || _bodies.Contains(person)
            || string.Equals(person, _state.LastQuoted, StringComparison.Ordinal))
        {
            return null;
        }

        shownPerson = nounBefore || DescribesPerson(sentence, phrase.End);
        return person;
    }

    // Whether the description set off after a name at `comma` shows a person: it opens on a noun
    // for one ("pêcheur depuis trente ans", "the nurse") or on an age (", 29 anni,", ", de 58 años,").
    private bool DescribesPerson(IReadOnlyList<Token> sentence, int comma)
    {
        const int MaxAgeTokens = 2;
        if (comma + 1 >= sentence.Count || sentence[comma].Kind != TokenKind.Comma)
        {
            return false;
        }

        var first = comma + 1;
        if (sentence[first].IsLower && _cues.Is(sentence[first], WordClass.Article) && first + 1 < sentence.Count)
        {
            first++;
        }

        if (sentence[first].IsWord && sentence[first].IsLower && IsNounForAPerson(sentence[first]))
        {
            return true;
        }

        for (var k = comma + 1; k < sentence.Count && k <= comma + MaxAgeTokens; k++)
        {
            if (char.IsDigit(sentence[k].First))
            {
                return true;
            }
        }

        return false;
    }

    // The comma closing a short opening adverbial: a capitalised word, then lower-case words only,
    // none a reporting verb ("Selon lui, …" reports, and is read elsewhere); -1 when there is none.
    private int OpeningAdverbialComma(IReadOnlyList<Token> sentence)
    {
        for (var i = 1; i < sentence.Count && i <= MaxAdverbialTokens; i++)
        {
            if (sentence[i].Kind == TokenKind.Comma)
            {
                return i;
            }

            if (!sentence[i].IsWord || !sentence[i].IsLower || _cues.IsReportingVerb(sentence[i]))
            {
                return -1;
            }
        }

        return -1;
    }

    // An article, a possessive, or a noun or epithet for a person: words a name may follow as
    // its holder's ("il nipote", "o vizinho", "the retired nurse"); not a preposition or a verb.
    private bool IsWordBeforeNewcomer(Token token)
        => _cues.Is(token, WordClass.Article | WordClass.Possessive)
        || IsNounForAPerson(token);

    // "vizinho", "pêcheur", "nipote": an ordinary person, a role or a kin word.
    private bool IsNounForAPerson(Token token)
        => IsPersonNoun(token) || IsRoleLike(token) || KinGender(token) != Gender.Unknown;

    // What may follow the newcomer's name: a comma opening its description, or its verb, which
    // neither reports (a cue is read elsewhere) nor joins a second name ("y Rosa León").
    private bool IsSetOffEnd(Token token)
        => token.Kind == TokenKind.Comma
        || (token.IsWord && token.IsLower && !_cues.IsReportingVerb(token) && !_cues.Is(token, WordClass.Coordinator)
            && !_cues.Is(token, WordClass.Preposition));
}
