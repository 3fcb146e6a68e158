using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Dem Gutachter Thomas Brenner zufolge waren die Zeiten „…“", "Der Statikerin Anna Berg zufolge
// …": German puts the source before its "according to", in the dative, and a person's noun with
// its article may stand before the name as it does anywhere ("sagte der Gutachter Thomas Brenner").
// SourceBefore gives up at an article, since "Dem Bericht zufolge" and "Einer Umfrage zufolge" are a
// document's and a poll's words; here the noun after the article must name a person (a title, a role,
// a trade, a person's noun, or an agent noun by its ending that no list reads as a firm's or a
// body's), and two or three capitalised words after it the name. A noun alone after the article
// ("Dem Sprecher zufolge") names no one, and a body's noun ("Dem Betreiber Acme Solar zufolge") or
// a document's ("Dem Bericht der Firma Acme zufolge") no person. The words are those SourceBefore
// walked already, so the rule reads nothing further.
internal sealed partial class AccordingTo
{
    // "Dem Gutachter Thomas Brenner", "Der Ärztin Anna Maria Roth": a first name, maybe a second, and the surname.
    private const int MinSourceNameWords = 2;
    private const int MaxSourceNameWords = 3;

    // `noun` is the capitalised word after the article, `at` the "zufolge" the run ends at.
    private Subject NameAfterPersonsNoun(IReadOnlyList<Token> sentence, int noun, int at)
    {
        var words = at - noun - 1;
        if (!_cues.Words.CapitalisesNouns || words < MinSourceNameWords || words > MaxSourceNameWords || !IsPersonsNoun(sentence[noun]))
        {
            return Subject.None;
        }

        for (var k = noun + 1; k < at; k++)
        {
            // A first name may end like an agent noun ("Peter", "Walter"): only the lists say a word is no name.
            if (_cues.Is(sentence[k], WordClass.Title | WordClass.OrganisationNoun | WordClass.RoleNoun) || _cues.Words.PeopleNouns.Contains(sentence[k].Span)
                || Lexicons.LexiconTables.Calendar.Contains(sentence[k].Span))
            {
                return Subject.None;
            }
        }

        return new Subject(SubjectKind.Name, Phrase.Join(sentence, noun + 1, at), at);
    }

    private bool IsPersonsNoun(Token word)
        => _cues.Is(word, WordClass.Title) || _cues.Words.RoleNouns.Contains(word.Span) || _cues.Words.ProfessionEpithets.Contains(word.Span)
        || _cues.Words.PeopleNouns.Contains(word.Span) || AgentNouns.Is(_cues.Words, word.Span, out _);
}
