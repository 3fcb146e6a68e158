using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S2, when the clause before the colon has no subject followed by its verb: a short lead-in that
/// opens the sentence and ends on one person or organisation, named in full, right before the
/// colon (<c>Soddisfatto anche il sindaco X: «…»</c>, <c>Also pleased was mayor X: "…"</c>,
/// <c>Pronta la replica di X: «…»</c>). Whoever it names speaks. A listener or a place (a
/// preposition of either before the name), two people joined, a thing's complement ("la proposta
/// del sindaco X"), a reporting verb (read by the other sieves) or a longer clause name no one.
/// </summary>
internal sealed partial class VerblessColonLead
{
    // "Zufrieden zeigte sich auch", "Contre, en revanche,": the words before the name.
    private const int MaxLeadWords = 5;

    // A name phrase with its role and an appositive: "the harbour master, Tom Wade".
    private const int MaxLeadTokens = 16;

    // "Réponse immédiate de X": a response noun, an adjective, the link.
    private const int MaxResponseReach = 3;

    private readonly Cues _cues;
    private readonly Func<string, bool> _isKnownSurname;

    public VerblessColonLead(Cues cues, Func<string, bool> isKnownSurname)
    {
        _cues = cues;
        _isKnownSurname = isKnownSurname;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        var colon = quote - 1;
        if (colon < 2 || colon > MaxLeadTokens || sentence[colon].Kind != TokenKind.Colon || !sentence[0].IsCapitalized)
        {
            return Subject.None;
        }

        // The lead-in opens the sentence: no other quote or colon, and no "and" joining two people.
        for (var k = 0; k < colon; k++)
        {
            var token = sentence[k];
            if (token.Kind is TokenKind.Quote or TokenKind.Colon or TokenKind.Terminal || (token.IsWord && _cues.Is(token, WordClass.Coordinator)))
            {
                return Subject.None;
            }
        }

        var words = 0;
        for (var start = 1; start < colon && words < MaxLeadWords; start++)
        {
            if (sentence[start - 1].IsWord)
            {
                words++;
            }

            // A verb of saying before the name is the other sieves' to read (a response's noun
            // after its article, "la replica", is no verb); the name's own description may hold one.
            if (_cues.Is(sentence[start - 1], WordClass.Reporting) && !IsResponseNounOpening(sentence, start - 1))
            {
                return Subject.None;
            }

            // The name phrase opens on an article, a role or a title, or a capital: "anche il
            // sindaco X" is read from "il".
            if (!sentence[start].IsWord || !OpensNamePhrase(sentence[start]))
            {
                continue;
            }

            // A capital that is no title or role opens the name itself ("Kritik gegen
            // Bürgermeister X" is read from the title, past the noun and its preposition).
            var named = _cues.Phrase.ReadForward(sentence, start);
            if (RoleAfterResponse(sentence, start, named, colon) is { IsFound: true } role)
            {
                return role;
            }

            if (named.Kind != SubjectKind.Name || !(named.End == colon || DescribedUpTo(sentence, named.End, colon))
                || (sentence[start].IsCapitalized && !_cues.Is(sentence[start], WordClass.TitleOrRole)
                    && !named.Text.AsSpan().StartsWith(sentence[start].Span, StringComparison.Ordinal)))
            {
                continue;
            }

            return LeadsToSpeaker(sentence, start) && (named.Text.IndexOf(' ') > 0 || _isKnownSurname(named.Text)) ? named : Subject.None;
        }

        return Subject.None;
    }

    // Whether the word before the name phrase at `start` lets it speak: not a preposition naming a
    // listener, a place or what something is for or against ("al sindaco", "a Porto Valdora",
    // "contro il sindaco"); a link only after a response's noun
    // ("la replica di X", not "la proposta del sindaco X").
    private bool LeadsToSpeaker(IReadOnlyList<Token> sentence, int name)
    {
        var start = NounPhraseStart(sentence, name);
        if (start == 0 || !TakesAStance(sentence, start))
        {
            return false;
        }

        var before = sentence[start - 1];
        if (!before.IsWord || !before.IsLower)
        {
            return before.Kind == TokenKind.Comma;
        }

        var words = _cues.Words;
        var span = before.Span;
        if (words.EmployerLinks.Contains(span) || words.HeadLinks.Contains(span) || words.OrganisationLinks.Contains(span) || IsResponseLink(sentence, start - 1))
        {
            for (var k = start - 2; k >= 0 && k >= start - 1 - MaxResponseReach; k--)
            {
                if (sentence[k].IsWord && words.ResponseNouns.Contains(sentence[k].Span))
                {
                    return true;
                }
            }

            return false;
        }

        // "anche il sindaco", "was mayor", "zeigte sich auch Bürgermeister": an adverb or a copula
        // puts the name after a lead-in that says how it stands. A verb the lexicons do not know
        // may take the name as its object ("Fans cheered mayor X:"), who then need not speak.
        return (words.Fillers.Contains(span) || words.Copulas.Contains(span) || words.StanceWords.Contains(span)) && !IsPlaceOrObjectPreposition(span)
            && !PrepositionInLead(sentence, start - 1);
    }

    // Whether the lead-in before `start` says how the one named reacts: a word of a stance
    // ("Soddisfatto", "Also pleased"), a response's noun ("Pronta la replica"), or "against" set
    // off by its comma ("Contre, …"). A lead-in with none may tell what was done to them
    // ("Indagato anche il sindaco X:", "Gearresteerd is burgemeester X:"), and the words after the
    // colon are then anyone's.
    private bool TakesAStance(IReadOnlyList<Token> sentence, int start)
    {
        var words = _cues.Words;
        for (var k = 0; k < start; k++)
        {
            var word = sentence[k];
            if (word.IsWord && (words.StanceWords.Contains(word.Span) || words.ResponseNouns.Contains(word.Span)
                || (words.ObjectPrepositions.Contains(word.Span) && k + 1 < sentence.Count && sentence[k + 1].Kind == TokenKind.Comma)))
            {
                return true;
            }
        }

        return false;
    }

    // Where the noun phrase around the name at `name` starts: back over its article, its
    // organisation's, role's or title's noun and an adjective after that noun ("l'associazione
    // ambientalista X", "the Green Valley Society").
    private int NounPhraseStart(IReadOnlyList<Token> sentence, int name)
    {
        const int MaxPhraseWords = 3;
        var k = name;
        while (k > 0 && name - k < MaxPhraseWords && sentence[k - 1].IsWord)
        {
            if (IsNounPhraseHead(sentence[k - 1]) || (sentence[k - 1].IsLower && k > 1 && IsNounPhraseHead(sentence[k - 2])))
            {
                k--;
                continue;
            }

            break;
        }

        return k;
    }

    // A response's noun heads no name ("Réponse de X" is X's reply, not an organisation's name).
    private bool IsNounPhraseHead(Token word)
    {
        if (!word.IsWord || _cues.Words.ResponseNouns.Contains(word.Span))
        {
            return false;
        }

        if (_cues.Is(word, WordClass.Article | WordClass.OrganisationNoun | WordClass.TitleOrRole))
        {
            return true;
        }

        return word.IsLower && Elision.TrySplit(word.Span, out var head, out _) && _cues.Words.Definites.Contains(head);
    }

    // A preposition of a place, a medium, a brief, what something is for or against, or what
    // someone is named as ("named as X", English "as" being the lexicons' QuotedAs).
    private bool IsPlaceOrObjectPreposition(ReadOnlySpan<char> word)
    {
        var words = _cues.Words;
        return words.ObjectPrepositions.Contains(word) || words.QuotedAs.Contains(word) || words.Locatives.Contains(word) || words.Media.Contains(word)
            || words.BriefLinks.Contains(word) || words.ContractedArticles.Contains(word) || words.Prepositions.Contains(word);
    }

    // Whether a preposition governs the words between the lead-in's last comma (or its start) and
    // the name, which are then its complement: "Nel mirino il sindaco X:" puts the mayor in the
    // sights, and the words may be anyone's. "to" and "a" before a verb ("Quick to reply was",
    // "A parlare è stato") govern no noun.
    private bool PrepositionInLead(IReadOnlyList<Token> sentence, int end)
    {
        for (var k = end - 1; k >= 0; k--)
        {
            var word = sentence[k];
            if (word.Kind == TokenKind.Comma)
            {
                return false;
            }

            if (!word.IsWord)
            {
                continue;
            }

            if (IsPlaceOrObjectPreposition(word.Span))
            {
                return true;
            }

            if (_cues.Words.ListenerPrepositions.Contains(word.Span) && k + 1 < sentence.Count && sentence[k + 1].IsWord
                && (sentence[k + 1].IsCapitalized || _cues.Is(sentence[k + 1], WordClass.Article | WordClass.Possessive)))
            {
                return true;
            }
        }

        return false;
    }

    // "X, candidata della lista civica:": the name's comma, then a few words that describe it and
    // name no one else (no two capitals in a row: "insieme con Gino Rossi"; German writes its
    // nouns with one, "seit Mai im Amt").
    private bool DescribedUpTo(IReadOnlyList<Token> sentence, int comma, int colon)
    {
        const int MaxDescriptionWords = 6;
        if (comma + 1 >= colon || colon - comma - 1 > MaxDescriptionWords || sentence[comma].Kind != TokenKind.Comma || !sentence[comma + 1].IsLower)
        {
            return false;
        }

        for (var k = comma + 1; k < colon; k++)
        {
            var word = sentence[k];
            if (!word.IsWord || (!word.IsLower && !(_cues.Words.CapitalisesNouns && !sentence[k - 1].IsCapitalized)))
            {
                return false;
            }
        }

        return true;
    }

    // A response's noun opens no name ("die Antwort von X").
    private bool OpensNamePhrase(Token word)
        => (word.IsCapitalized && !_cues.Words.ResponseNouns.Contains(word.Span))
        || _cues.Is(word, WordClass.Article | WordClass.TitleOrRole)
        || (Elision.TrySplit(word.Span, out var head, out _) && _cues.Words.Definites.Contains(head));

    // "la replica", and "Reply from X:", "Risposta di X:" opening the sentence: a response's noun
    // after its article or as the headline-like lead's first word, whose form a verb may share.
    private bool IsResponseNounOpening(IReadOnlyList<Token> sentence, int k)
        => _cues.Words.ResponseNouns.Contains(sentence[k].Span)
        && (k == 0 ? k + 1 < sentence.Count && sentence[k + 1].IsWord && sentence[k + 1].IsLower : _cues.Is(sentence[k - 1], WordClass.Article));

    // "Prompt kam die Antwort von X": a preposition the lexicons do not hold as a link, right
    // after a response's noun. One that names a listener ("Reply to X:", "Réponse à X :") tells
    // whom the answer is for, not who gives it.
    private bool IsResponseLink(IReadOnlyList<Token> sentence, int link)
        => link > 0 && sentence[link - 1].IsWord && _cues.Words.ResponseNouns.Contains(sentence[link - 1].Span)
        && !_cues.Words.ListenerPrepositions.Contains(sentence[link].Span);
}
