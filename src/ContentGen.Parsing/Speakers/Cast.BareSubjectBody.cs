using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "A Vialink subiu os preços … ¶ «…», disse a operadora", "Nordfracht24 stellt … um. ¶ „…“, teilte das
// Unternehmen mit": a body named by a bare name, with no body's word and no noun of its kind, as the
// subject opening its sentence, which a firm's noun ("the company", "la empresa", "a operadora") later
// means. Before, the cast never recorded such a name and the noun meant no one.
// Stops (precision first: a wrong speaker is worse than none):
// - only a single word opening its sentence (after a definite article outside German, where the word
//   after an article is a noun), with a lower-case word after it that is no preposition, coordinator or
//   article (the verb's place): "Ana Gil cerró", "The Kelbrook X5 sold", "Nordfracht24 und Paketblitz"
//   record nothing;
// - only a word whose shape no person or place has: a figure in it ("Fietsplaza24") or a capital inside
//   it after a small letter ("KoelDirect"); or a word after a definite article ("La Ferronor cerrará",
//   "A Vialink subiu": news gives a person's bare first name no article, and a person named in full
//   has a second capitalised word); never a surname of someone the article names in full, nor a word
//   of the lexicons' classes (a title, a role, a demonym, no name);
// - only a company's or a firm's noun (the lexicons' CompanyNouns and FirmNouns), when the cast found
//   no body for it; only when exactly one such name opened a sentence, and no body was named after it
//   (a body of another kind named between may be the one meant).
// Cost: the opening's first two tokens' case and classes are asked once a sentence; a name is made (a
// string) only for a word of such a shape.
internal sealed partial class Cast
{
    // The bare name that opened a sentence, the sentence, and whether a second such name was seen.
    private string? _bareSubject;
    private int _bareSubjectSentence = -1;
    private bool _bareSubjectRival;

    private void ClearBareSubject()
    {
        _bareSubject = null;
        _bareSubjectSentence = -1;
        _bareSubjectRival = false;
    }

    private void ReadBareSubject(IReadOnlyList<Token> sentence)
    {
        // Once a second name has been seen, no later sentence changes the answer (BareSubjectOfKind gives no one).
        if (_bareSubjectRival)
        {
            return;
        }

        var at = 0;
        var afterArticle = false;
        if (sentence.Count > 2 && sentence[0].IsWord && _cues.Is(sentence[0], WordClass.Definite))
        {
            if (_cues.Words.CapitalisesNouns)
            {
                return;
            }

            at = 1;
            afterArticle = true;
        }

        if (at + 1 >= sentence.Count || !sentence[at].IsCapitalized || !sentence[at + 1].IsLower)
        {
            return;
        }

        var word = sentence[at];
        var next = sentence[at + 1];
        if (_cues.Is(next, WordClass.Preposition | WordClass.Coordinator | WordClass.Article | WordClass.EmployerLink)
            || _cues.Is(word, WordClass.TitleOrRole | WordClass.NotName | WordClass.Demonym | WordClass.NationalityNoun
                | WordClass.OrganisationNoun | WordClass.Article | WordClass.Pronoun))
        {
            return;
        }

        if (!afterArticle && !HasNoPersonsShape(word.Span))
        {
            return;
        }

        // "The BBC's new show aims …": a possessive or an acronym is no bare firm's name read here.
        var span = word.Span;
        if (span.IndexOfAny('\'', '\u2019') >= 0 || (span.Length > 1 && char.IsUpper(span[1])))
        {
            return;
        }

        var name = word.Text;
        if (_isSurname(name) || IsOrganisation(name))
        {
            return;
        }

        if (_bareSubject is null)
        {
            _bareSubject = name;
            _bareSubjectSentence = _sentence;
        }
        else if (!string.Equals(_bareSubject, name, StringComparison.Ordinal))
        {
            _bareSubjectRival = true;
        }
    }

    // "Fietsplaza24", "KoelDirect": a figure, or a capital after a small letter, in one word.
    private static bool HasNoPersonsShape(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsDigit(word[i]) || (char.IsUpper(word[i]) && char.IsLower(word[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // The bare name a firm's noun means when the cast found no body for it, or null.
    private string? BareSubjectOfKind(string noun)
    {
        if (_bareSubject is null || _bareSubjectRival || noun.Length == 0
            || !(_cues.Words.CompanyNouns.Contains(noun.AsSpan()) || _cues.Words.FirmNouns.Contains(noun.AsSpan())))
        {
            return null;
        }

        foreach (var (name, _, sentence, _) in _recent)
        {
            if (sentence >= _bareSubjectSentence && name is not null)
            {
                return null;
            }
        }

        return _bareSubject;
    }
}
