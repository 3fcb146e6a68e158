using System;

namespace ContentGen.Parsing.Speakers;

// "Transalpina Distribuzione respinge le accuse. «…», fa sapere l'azienda in una nota.", "Severnmoor
// Water said the pipe had "failed". "…," the company said in a statement.": a name with no noun of its
// kind that is the subject of the sentence just before (opening it, or quoted in it) is what a
// company's or a firm's noun at the next quote's cue means, when the cast knows no body for the noun.
// An editor reads the turn so: a body is named doing or saying something, and the next quote is "the
// company"'s. Before, such a name was no body the cast held (nothing in it says "company"), and the
// noun meant no one. Once read so, the name is a body: "it" and the noun later mean it too.
// Stops (precision first):
// - only a company's or a firm's noun ("the company", "the operator", "l'azienda", "la empresa",
//   "het bedrijf", "das Unternehmen"), never a body of another kind ("the association" names its
//   kind, and a name that holds it is read by the cast);
// - only the sentence just before, and only its subject: the speaker it quoted, with no other subject
//   since, the name that reported in it with no quote (DiscourseState.LastReporter), or the name that
//   opened it (DiscourseState.LastSubject);
// - never a name the article shows as a person: a gender (a pronoun, a title), a description, the
//   surname or the first name of someone named in full, a name the cast holds as a body of its own
//   kind (the cast judged it already).
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
            // "Solvaria said the visit had been planned for two years.": it reported with no quote.
            named = reporter;
        }
        else if (_state.LastSubject is { } subject && _state.LastSubjectSentence == previous && _state.LastSubjectSentence > _state.LastQuotedSentence)
        {
            named = subject;
        }

        if (named is null || !MayBeFirm(named))
        {
            return null;
        }

        _cast.Organisation(named, _state.Paragraph);
        return named;
    }

    // A name nothing in the article shows as a person, nor as a body the cast has judged by its kind.
    private bool MayBeFirm(string name)
    {
        // A gender shown anywhere in the article (a title, "Ms Hendry") or linked by a quote's pronoun
        // ("…," she said) is a person's.
        if (_cast.IsOrganisation(name) || _descriptions.Contains(name) || _genderOf(name) != Gender.Unknown
            || _linkedGenders.ContainsKey(name) || LaterGenderOf(name) != Gender.Unknown)
        {
            return false;
        }

        var space = name.IndexOf(' ');
        if (space < 0)
        {
            // "Quillfen": no surname of someone named in full, nor a first name opening one.
            return !_plausibility.IsKnownSurname(name) && !_names.OpensSeveralFullNames(name) && _state.OnlySalientOpenedBy(name) is null;
        }

        // "Rubén Salgado … lamentó Salgado": a person named in full is called by the surname alone; a
        // body by its first word ("Severnmoor knew"), or by its kind.
        return !WritesLastWordAlone(name);
    }

    // Whether a paragraph of the article writes the last word of `name` without the words before it.
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
