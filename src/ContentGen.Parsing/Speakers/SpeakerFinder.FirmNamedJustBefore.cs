using System;

namespace ContentGen.Parsing.Speakers;

// "Transalpina Distribuzione respinge le accuse. «…», fa sapere l'azienda in una nota.", "Severnmoor
// Water said the pipe had "failed". "…," the company said in a statement.": a firm named with no noun
// of its kind, the subject of the sentence just before (quoted in it, reporting in it, or opening it),
// is what a company's or a firm's noun at the next quote's cue means, when the cast knows no body for
// the noun. An editor reads the turn so because the name itself says it is a firm's: a word of its
// trade stands in it ("Water", "Distribuzione", "Residencial"; SpeechWords.FirmNameWords), and its
// first word is no given name. Once read so, the name is a body: "it" and the noun later mean it too.
// Session 70 (orgref) built this with no sign of a firm but the absence of a person's, and a person
// named in full then took a company's words (thirteen negatives of the tests); the sign is what this
// rule adds.
// Stops (precision first):
// - only a company's or a firm's noun ("the company", "the operator", "l'azienda", "la empresa",
//   "het bedrijf", "das Unternehmen"), never a body of another kind ("the association" names its
//   kind, and a name that holds it is read by the cast);
// - only the sentence just before, and only its subject: the speaker it quoted, with no other subject
//   since, the name that reported in it with no quote (DiscourseState.LastReporter), or the name that
//   opened it (DiscourseState.LastSubject);
// - only a name of two words or more holding a word of a firm's trade, whose first word is in no
//   given-name list ("Marco Energia" stays a person's);
// - never a name the article shows as a person: a gender (a pronoun, a title), a description, the
//   last word written alone ("… Bellini non ha voluto commentare"), a name the cast holds as a body of
//   its own kind (the cast judged it already).
internal sealed partial class SpeakerFinder
{
    private string? FirmNamedJustBefore(string noun)
    {
        var kind = Elision.Tail(noun.AsSpan());
        if (!(_cues.Words.CompanyNouns.Contains(kind) || _cues.Words.FirmNouns.Contains(kind)))
        {
            return null;
        }

        var previous = _state.Sentence - 1;
        string? named = null;
        if (_state.LastQuoted is { } quoted && _state.LastQuotedSentence == previous && !_state.OtherSubjectSinceQuoted)
        {
            named = quoted;
        }
        else if (_state.LastReporter is { } reporter && _state.LastReporterSentence == previous && _state.ReporterJustBefore)
        {
            // "Solvaria Cruise Lines said the visit had been planned for two years.": it reported with no quote.
            named = reporter;
        }
        else if (_state.LastSubject is { } subject && _state.LastSubjectSentence == previous && _state.LastSubjectSentence > _state.LastQuotedSentence)
        {
            named = subject;
        }

        if (named is null || !NamedAsFirm(named) || ShownAsPerson(named))
        {
            return null;
        }

        _cast.Organisation(named, _state.Paragraph);
        return named;
    }

    // "Severnmoor Water", "Ristorazione Valtreviale": two words or more, one of a firm's trade, and the
    // first no given name of any list.
    private bool NamedAsFirm(string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var first = name.AsSpan(0, space);
        if (GivenNameGender.IsListed(_cues.Words, first))
        {
            return false;
        }

        var rest = name.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest.Slice(0, end);
            if (_cues.Words.FirmNameWords.Contains(word))
            {
                return true;
            }

            rest = end < 0 ? ReadOnlySpan<char>.Empty : rest.Slice(end + 1);
        }

        return false;
    }

    // A gender shown anywhere in the article (a title, "Ms Hendry"), linked by a quote's pronoun ("…,"
    // she said), a description, a body the cast judged by its kind, or the last word written alone.
    private bool ShownAsPerson(string name)
        => _cast.IsOrganisation(name) || _descriptions.Contains(name) || _genderOf(name) != Gender.Unknown
            || _linkedGenders.ContainsKey(name) || LaterGenderOf(name) != Gender.Unknown || WritesLastWordAlone(name);

    // Whether a paragraph of the article writes the last word of `name` without the words before it:
    // "Rubén Salgado … lamentó Salgado" calls a person by the surname; a firm is called by its first
    // word ("Severnmoor knew") or by its kind.
    private bool WritesLastWordAlone(string name)
    {
        if (_aheadParagraphs is null)
        {
            return true;
        }

        var space = name.LastIndexOf(' ');
        var last = name.AsSpan(space + 1);
        var before = name.AsSpan(0, space + 1);
        for (var p = 0; p <= _aheadLast && p < _aheadParagraphs.Count; p++)
        {
            var text = _aheadParagraphs[p].Text.AsSpan();
            var from = 0;
            while (from < text.Length && text.Slice(from).IndexOf(last, StringComparison.Ordinal) is var at and >= 0)
            {
                var start = from + at;
                var end = start + last.Length;
                from = end;
                if ((start > 0 && char.IsLetter(text[start - 1])) || (end < text.Length && char.IsLetter(text[end])))
                {
                    continue;
                }

                if (!text.Slice(0, start).EndsWith(before, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
