using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// "Brandl & Söhne, das Familienunternehmen aus dem Talgrund, schließt …", "Brinkhorst Coatings,
// de verffabriek aan de Slenkweg, …", "A Conservas Atlântida, a última fábrica da vila, …", "Edilnova,
// l'azienda di Borgoalto, …": a name opening its sentence, set off by an appositive that says what
// kind of body it is, names a body of that kind, which the appositive's noun later means ("das
// Unternehmen", "de fabriek", "a fábrica", "l'azienda"). The name holds no organisation's word of its
// own, so only the appositive tells it from a person's; a person described by a role ("Jan Smit, de
// directeur van het bedrijf,") is no body, since the appositive's head is the role.
internal sealed partial class Cast
{
    // "Estaleiros Navais de Vila Sardinha": a company's name is a few words.
    private const int MaxApposedNameTokens = 6;

    // "a última fábrica de conservas": the appositive's noun comes after its article and a few words.
    private const int MaxApposedModifiers = 2;

    private void ReadApposedBody(IReadOnlyList<Token> sentence, int comma, int paragraph)
    {
        if (comma == 0 || comma + 2 >= sentence.Count || !sentence[comma - 1].IsCapitalized)
        {
            return;
        }

        // The name: capitalised words back to the sentence's start (past an article, or a dash
        // after a dateline), with "&" and lower-case links inside it.
        var start = comma - 1;
        while (start > 0 && comma - start < MaxApposedNameTokens && IsApposedNameToken(sentence, start - 1))
        {
            start--;
        }

        while (!sentence[start].IsCapitalized || _cues.Is(sentence[start], WordClass.Definite))
        {
            if (++start >= comma)
            {
                return;
            }
        }

        var inside = !OpensSentence(sentence, start);
        var bare = inside && !AfterArticle(sentence, start);
        if (bare && !MayBeBareFirm(sentence, start, comma))
        {
            return;
        }

        for (var k = start; k < comma; k++)
        {
            if (_cues.Is(sentence[k], WordClass.TitleOrRole))
            {
                return;
            }
        }

        var noun = ApposedNoun(sentence, comma + 1, inside, out var kind);
        if (noun < 0 || kind is null || (bare && !HeadsBareFirmAppositive(sentence, comma, noun)))
        {
            return;
        }

        // The name may read as a person's ("Hendrik Jansen, een chemicaliënbedrijf uit Deventer,"):
        // the appositive says otherwise.
        var name = Phrase.Join(sentence, start, comma);
        Organisation(name, paragraph);
        // A firm's noun ("the maker of …") gives no kind: "the company" or "the firm" means it as any firm named last.
        if (kind.Length > 0)
        {
            SetKind(name, kind);
        }
    }

    // A word of a name: capitalised, "&", or a lower-case link between capitalised words ("de", "van").
    private bool IsApposedNameToken(IReadOnlyList<Token> sentence, int k)
        => sentence[k].IsCapitalized
        || (sentence[k].Kind == TokenKind.Other && sentence[k].Span.Length == 1 && sentence[k].Span[0] == '&')
        || (sentence[k].IsLower && k > 0 && sentence[k - 1].IsCapitalized
            && (_cues.Words.OrganisationLinks.Contains(sentence[k].Span) || _cues.Is(sentence[k], WordClass.EmployerLink)));

    // The name opens its sentence, after an article ("A Conservas Atlântida") or a dateline's dash at most.
    private bool OpensSentence(IReadOnlyList<Token> sentence, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var before = sentence[start - 1];
        return (start == 1 && before.IsWord && _cues.Is(before, WordClass.Definite))
            || (before.Kind == TokenKind.Other && before.Span.Length == 1 && before.Span[0] is '-' or '–' or '—');
    }

    // The appositive's head after the comma: an article (or an article elided onto the noun,
    // "l'azienda"), at most a few lower-case words, and a body's noun or a compound ending in one.
    // Its kind is the noun a later mention uses: the listed noun, a German compound whole (its
    // head means it, see IsCompoundOf), or a lower-case compound's head ("verffabriek": "fabriek").
    private int ApposedNoun(IReadOnlyList<Token> sentence, int at, bool inside, out string? kind)
    {
        kind = null;
        if (sentence[at].IsWord && _cues.Phrase.ElidedOrganisationNoun(sentence[at]) is { IsEmpty: false } elided)
        {
            kind = elided.ToString();
            return at;
        }

        if (!sentence[at].IsWord || !_cues.Is(sentence[at], WordClass.Article))
        {
            return -1;
        }

        for (var k = at + 1; k < sentence.Count && k <= at + 1 + MaxApposedModifiers; k++)
        {
            var word = sentence[k];
            if (!word.IsWord || _cues.Is(word, WordClass.TitleOrRole) || _cues.IsReportingVerb(word)
                || _cues.Words.DocumentNouns.Contains(word.Span))
            {
                return -1;
            }

            if (_cues.Words.OrganisationNouns.Contains(word.Span) || _cues.Words.IsCompoundBody(word.Span))
            {
                kind = word.Text;
                return Heads(sentence, k, inside) ? k : -1;
            }

            if (ApposedFirmNoun(sentence, k, inside))
            {
                kind = string.Empty;
                return k;
            }

            if (word.IsLower && _cues.Words.CompoundBodyHead(word.Span) is { IsEmpty: false } head)
            {
                kind = Text.StringCache.Get(head);
                return Heads(sentence, k, inside) ? k : -1;
            }

            // "un membro del consiglio": past a link the noun is another's complement. A capitalised
            // compound adjective ("the Leeds-based maker") describes the noun.
            if ((!word.IsLower && !IsCompoundAdjective(word)) || _cues.Is(word, WordClass.Preposition | WordClass.EmployerLink | WordClass.Article)
                || _cues.Words.OrganisationLinks.Contains(word.Span))
            {
                return -1;
            }
        }

        return -1;
    }

    // The noun heads its phrase when the appositive ends with it or goes on past a preposition
    // ("aus dem Talgrund", "aan de Slenkweg", "de conservas"): "a council member", "the company
    // chairman" make it a modifier of the person's role.
    private bool HeadsPhrase(IReadOnlyList<Token> sentence, int noun)
    {
        var next = noun + 1;
        if (next >= sentence.Count || !sentence[next].IsWord)
        {
            return true;
        }

        var word = sentence[next];
        return word.IsLower
            && (_cues.Is(word, WordClass.Preposition | WordClass.EmployerLink) || _cues.Words.OrganisationLinks.Contains(word.Span)
                || _cues.Words.SourcePrepositions.Contains(word.Span) || _cues.Words.RelativePronouns.Contains(word.Span)
                || SeatedAfter(sentence, next)
                || (next + 1 < sentence.Count && sentence[next + 1].IsWord
                    && (sentence[next + 1].IsCapitalized || _cues.Is(sentence[next + 1], WordClass.Article))));
    }

    // The body named in this sentence whose appositive's noun is <paramref name="noun"/>: "Lokalsender"
    // read as the subject's name after "Radio Talwelle, der Lokalsender …" is Radio Talwelle.
    private string? ApposedOwner(string noun, int sentence)
    {
        if (_kinds is null)
        {
            return null;
        }

        foreach (var (name, _, named, document) in _recent)
        {
            if (named != sentence)
            {
                break;
            }

            if (document is null && name is not null && !string.Equals(name, noun, StringComparison.Ordinal)
                && _kinds.TryGetValue(name, out var kind) && string.Equals(kind, noun, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is known as a body by what the article says of it: an
    /// organisation's word in the name or before it, a company's word, capitals alone. A name the
    /// cast holds only because a report went on with "it" may still be a person's.
    /// </summary>
    public bool IsNamedAsBody(string name) => NounIn(name) is not null || HoldsCompanyWord(name) || LetterCase.IsAcronym(name.AsSpan());

    /// <summary>
    /// The body of the cast whose name <paramref name="word"/> opens ("Kroeze" for "Kroeze Coatings",
    /// "Brandl" for "Brandl &amp; Söhne"), the latest named; null when none does, or when the word is a whole name.
    /// </summary>
    public string? BodyOpenedBy(string word)
    {
        foreach (var (name, _, _, document) in _recent)
        {
            if (document is null && name is not null && name.Length > word.Length + 1 && name[word.Length] == ' '
                && name.StartsWith(word, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }
}
