using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Katrin Seidl zieht ein Tuch durch das Gras. Sieben kleine Punkte. „…“, sagt die Biologin.",
// "In der Praxis von Bernd Achatz … Im vergangenen Jahr hat er … „…“, sagt der Hausarzt.", "In de
// stal van Sanne Bakker … Vorig jaar heeft ze … \"…\", zegt de schaapherder.": a trade at the cue
// whose sentence before names no one alone as its subject (a verbless sentence, a pronoun, the name
// inside a phrase) means the one person the paragraph named before the quote. Only where nothing
// else may be meant: the paragraph names no second person anywhere (a subject, a preposition's
// object, a first name alone), no body, and quotes no one before; the quote's own cue names no one
// (a person its words address, „Frau Roth, …“, is turned away as for any cue: SpeakerFinder.NamedInQuote.cs).
// A person named only in an earlier paragraph is not meant: the writer may have turned to an
// unnamed one. Read in the verb-second languages only (German, Dutch), whose feature writing
// brings a person in this way: a Spanish "dijo el ingeniero de la empresa" is the firm's
// engineer, a complement this reading does not see.
internal sealed partial class SpeakerFinder
{
    // The one person the current paragraph named before the quote's sentence, or null: in the
    // verb-second languages, and when the sentence just before, read as naming its subject with
    // someone else ("visitó las obras con una arquitecta"), has not told whom the trade may mean.
    private string? ParagraphsOnePerson()
        => _cues.Words.VerbSecond && _paragraphSentences is { } sentences && _paragraphSentence > 0 && _paragraphSentence < sentences.Count
            && !CueHasComplement(sentences[_paragraphSentence])
            ? ParagraphsOneNamedPerson()
            : null;

    // The one person this paragraph named before the quote's sentence, no one else, no body, and
    // no one quoted before; the quote's own sentence names no one outside its quote. A trade at the
    // cue (above) and a people noun at a bare cue (SpeakerFinder.PeopleNounAtCue.cs) both mean them.
    private string? ParagraphsOneNamedPerson()
    {
        if (_paragraphSentences is not { } sentences || _paragraphSentence == 0 || _paragraphSentence >= sentences.Count
            || _cast.NamesBodyIn(_state.Paragraph) || (_state.LastSubjectSentence == _state.Sentence - 1 && !_lastSubjectAlone))
        {
            return null;
        }

        string? person = null;
        var firstNames = new List<string>();
        for (var s = 0; s < _paragraphSentence; s++)
        {
            var before = sentences[s];
            if (HoldsQuote(before, 0, before.Count) || !OnePersonIn(before, ref person, firstNames))
            {
                return null;
            }
        }

        // The quote's own sentence: its cue names no one, the person neither.
        string? own = null;
        if (person is null || !OnePersonIn(sentences[_paragraphSentence], ref own, firstNames) || own is not null)
        {
            return null;
        }

        // "Renate": a first name that is no word of the person's name is someone else.
        foreach (var firstName in firstNames)
        {
            if (!ContainsWord(person, firstName.AsSpan()))
            {
                return null;
            }
        }

        return IsPersonNamed(person) ? person : null;
    }

    // Reads the people `sentence` names, outside its quotes, into `person`, and the words it writes
    // as first names into `firstNames`: false when it names someone other than `person`, a body, or
    // a word the article writes as a name it cannot read.
    private bool OnePersonIn(IReadOnlyList<Token> sentence, ref string? person, List<string> firstNames)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            var token = sentence[i];
            if (!token.IsWord || !token.IsCapitalized || (i + 1 < sentence.Count && sentence[i + 1].IsWord && sentence[i + 1].IsCapitalized))
            {
                continue;
            }

            var span = token.Span;
            var word = span.Slice(0, span.Length - NamePlausibility.PossessiveEnding(span));
            string? named = null;
            if (i >= 2 && sentence[i - 1].IsWord && sentence[i - 1].IsLower && _cues.Is(sentence[i - 1], WordClass.NameJoiner) && sentence[i - 2].IsCapitalized
                && !_plausibility.EndsAnyFullName(word))
            {
                // "Jan de Vries": the name runs over its particles, from its first capitalised word.
                named = PersonEndingAt(sentence, i - 2, i, floor: 0);
                if (named is null)
                {
                    return false;
                }
            }
            else if (word.Length > 0 && _plausibility.EndsAnyFullName(word))
            {
                var text = Text.StringCache.Get(word);
                named = _plausibility.IsKnownSurname(text) ? _plausibility.FullNameOf(text) : null;
                if (named is null || _cast.IsOrganisation(named))
                {
                    return false;
                }
            }
            else if (word.Length > 0 && _genderOf(Text.StringCache.Get(word)) != Gender.Unknown)
            {
                firstNames.Add(Text.StringCache.Get(word));
            }
            else if (i >= 2 && sentence[i - 1].IsWord && sentence[i - 1].IsCapitalized)
            {
                // "traf am Samstag Max Brenninger": two capitalised words inside the sentence name
                // someone, whom the article may not give in full elsewhere.
                named = PersonEndingAt(sentence, i - 1, i, floor: 1);
                if (named is null)
                {
                    return false;
                }
            }
            else if (!_cues.Words.CapitalisesNouns && i > 0 && sentence[i - 1].IsWord)
            {
                // "Naast hem staat Kees Verhoef", where nouns are lower-case: a capitalised word
                // inside the sentence that reads as no one's name may be anyone's.
                return false;
            }

            if (named is null)
            {
                continue;
            }

            if (person is not null && !string.Equals(person, named, StringComparison.Ordinal))
            {
                return false;
            }

            person = named;
        }

        return true;
    }

    // Whether the cue after the sentence's last quote runs past its verb, article and noun before a
    // comma, a coordinator or the sentence's end: "dijo el ingeniero de la empresa" is the firm's
    // engineer, whoever was named; only the bare cue ("sagt der Schäfer.", "zegt de imker,") is read.
    private bool CueHasComplement(IReadOnlyList<Token> sentence)
    {
        const int CueWords = 3;
        var k = sentence.Count - 1;
        while (k >= 0 && sentence[k].Kind != TokenKind.Quote)
        {
            k--;
        }

        k++;
        if (k < sentence.Count && sentence[k].Kind == TokenKind.Comma)
        {
            k++;
        }

        var words = 0;
        for (; k < sentence.Count && sentence[k].IsWord && !_cues.Is(sentence[k], WordClass.Coordinator); k++)
        {
            words++;
        }

        return words > CueWords;
    }

    // The person the capitalised run ending at `last` names, completed: the run is walked back from
    // `from` over capitalised words, never before `floor` nor past the longest name a newcomer has.
    // Null when it names no person.
    private string? PersonEndingAt(IReadOnlyList<Token> sentence, int from, int last, int floor)
    {
        var first = from;
        while (first > floor && last - first < MaxNewcomerNameWords && sentence[first - 1].IsWord && sentence[first - 1].IsCapitalized)
        {
            first--;
        }

        var named = _names.Complete(Text.StringCache.Get(sentence[first].Through(sentence[last])));
        return named is not null && IsPersonNamed(named) ? named : null;
    }
}
