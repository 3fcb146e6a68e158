using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Il raconte qu'un élève lui a demandé la semaine dernière : « … »", "erzählt, eine ältere Frau
// habe ihn neulich gefragt: „…“", "Ruggeri racconta che una cliente gli ha detto: «…»", "Vorige
// week riep een bewoner hem na: ‘…’": a teller reports words someone else said, and the quote
// after the colon is that person's, not the teller's, whom the sentence's subject or the story
// around gives. The cue right before the colon decides: a clause (opened by a complementiser, a
// comma or the sentence's start) whose subject is an unnamed person, an indefinite article and a
// person's noun, before its one verb of saying or asking ("a woman asked him"); in a language
// that puts its verb second, the noun right after the verb of a main clause ("riep een bewoner
// hem na"). The speaker is the noun, by the label convention. Only the quote's speaker changes:
// the teller stays the one the story follows, who speaks again after ("sagt er"). A pronoun or a
// first person before the noun is the clause's subject ("Sie erzählt mir:", "il a demandé à un
// élève :", where the one asked is a listener); a name, another person's noun or a second verb of
// saying gives no reading. Reads back from the colon over one clause of words.
internal sealed partial class SpeakerFinder
{
    // "qu'un élève de sixième lui a demandé la semaine dernière :": the words the clause may hold.
    private const int MaxToldClauseTokens = 14;

    // "gefragt: ", "lui a demandé la semaine dernière :", "le soltó ayer al subir:": the words after the verb.
    private const int MaxAfterToldVerb = 4;

    // "Vorige week riep", "Gestern rief": the words of a main clause before its verb, in a verb-second language.
    private const int MaxBeforeVerbSecond = 3;

    private string? ToldBySomeoneElse(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 4 || sentence[quote - 1].Kind != TokenKind.Colon)
        {
            return null;
        }

        var words = _cues.Words;
        var colon = quote - 1;

        // The clause: back to a complementiser ("che", "que", "dass", an elided "qu'un"), a comma or the sentence's start.
        var start = -1;
        var opened = false;
        for (var k = colon - 1; k >= 0 && k >= colon - MaxToldClauseTokens; k--)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma)
            {
                // "erzählt, eine ältere Frau habe …": only a verb of telling right before the comma opens a
                // reported clause ("Jean Roux, une habitante du quartier raconte :" apposes a noun to a name).
                if (k == 0 || !_cues.IsReportingVerb(sentence[k - 1]))
                {
                    return null;
                }

                start = k + 1;
                opened = true;
                break;
            }

            if (!token.IsWord)
            {
                return null;
            }

            if (IsReportedClauseOpener(token))
            {
                start = k + 1;
                opened = true;
                break;
            }

            if (IsElidedComplementiser(token))
            {
                start = k;
                opened = true;
                break;
            }

            if (k == 0)
            {
                start = 0;
            }
        }

        // A clause that opens the sentence is the sentence's own ("Another correspondent wrote:", left to
        // the readings of unnamed leads), but for a verb-second main clause read below.
        if (start < 0 || colon - start < 3)
        {
            return null;
        }

        // One verb of saying or asking in the clause, and no first person anywhere in it.
        var verb = -1;
        for (var k = start; k < colon; k++)
        {
            var token = sentence[k];
            if (words.FirstPersonSubjects.Contains(Elision.Tail(token.Span)))
            {
                return null;
            }

            if (k > start && _cues.IsReportingVerb(token) || (k == start && !opened && _cues.IsReportingVerb(token)))
            {
                if (verb >= 0)
                {
                    return null;
                }

                verb = k;
            }
        }

        if (verb < 0 || colon - verb - 1 > MaxAfterToldVerb)
        {
            return null;
        }

        // The unnamed subject: before the verb, or right after it in a verb-second main clause.
        var article = -1;
        for (var k = start; k < verb; k++)
        {
            if (IsIndefiniteAt(sentence[k]))
            {
                article = k;
                break;
            }

            if (!IsQuietWord(sentence, k, start, opened))
            {
                return null;
            }
        }

        if (article >= 0 && !opened)
        {
            return null;
        }

        var afterVerb = false;
        if (article < 0)
        {
            if (!words.VerbSecond || opened || verb - start < 1 || verb - start > MaxBeforeVerbSecond || verb + 1 >= colon || !IsIndefiniteAt(sentence[verb + 1]))
            {
                return null;
            }

            article = verb + 1;
            afterVerb = true;
        }

        if (PersonNounAfterArticle(sentence, article, afterVerb ? colon : verb, out var end) is not { } noun || !IsWitnessNoun(sentence[end - 1]))
        {
            return null;
        }

        // "An executive spokesman said:": a noun that another person's noun follows only describes that one.
        if (end < colon && (IsPersonNoun(sentence[end]) || words.SpokesNouns.Contains(sentence[end].Span) || words.OfficialNouns.Contains(sentence[end].Span)))
        {
            return null;
        }

        // Between the noun and the colon: no name, no other person, no pronoun of the subject before
        // the verb; after the verb, a listener pronoun or a time ("lui", "ihn", "la semaine dernière") only.
        for (var k = end; k < colon; k++)
        {
            if (k == verb)
            {
                continue;
            }

            var token = sentence[k];
            if (IsPersonNoun(token) || (token.IsCapitalized && !words.CapitalisesNouns) || _cues.Is(token, WordClass.Indefinite)
                || (k < verb && token.IsLower && IsSubjectPronoun(token) && !IsObjectBeforeVerb(sentence, k, verb)))
            {
                return null;
            }
        }

        return noun;
    }

    // The word that opens a clause of reported speech: "that", "que", "dass", "dat", "che".
    private bool IsReportedClauseOpener(Token token) => token.IsLower && _cues.Is(token, WordClass.Complementiser);

    // "qu'un", "qu'une": a complementiser elided into the article that follows it.
    private bool IsElidedComplementiser(Token token)
        => token.IsLower && Elision.TrySplit(token.Span, out var head, out var tail)
        && _cues.Words.ElidedComplementisers.Contains(head) && _cues.Words.Indefinites.Contains(tail);

    private bool IsIndefiniteAt(Token token)
        => _cues.Is(token, WordClass.Indefinite) || IsElidedComplementiser(token);

    // Before the subject: an adverb or a time ("già il primo giorno", "neulich"), no name, person,
    // pronoun or verb. The first word of a sentence is capitalised whatever it is.
    private bool IsQuietWord(IReadOnlyList<Token> sentence, int k, int start, bool opened)
    {
        var token = sentence[k];
        var words = _cues.Words;
        if (token.IsLower && _cues.Is(token, WordClass.Definite) && !_cues.Is(token, WordClass.Indefinite))
        {
            // "il primo giorno": an article, though French writes its pronoun so.
            return true;
        }

        if (!token.IsWord || IsPersonNoun(token) || IsSubjectPronoun(token) || _cues.IsReportingVerb(token) || _cues.Is(token, WordClass.Possessive)
            || words.Coordinators.Contains(token.Span) || words.FirstPersonSubjects.Contains(token.Span))
        {
            return false;
        }

        if (token.IsLower || (words.CapitalisesNouns && k > start))
        {
            return true;
        }

        // A capitalised first word opens a phrase of time or place ("Vorige week", "Ayer por la tarde") or
        // is a time itself ("Gestern"); a name ("Jan vroeg", "Anna Weber fragte") is neither.
        return k == start && !opened
            && (words.Fillers.Contains(token.Span) || words.TimeNouns.Contains(token.Span) || Lexicons.LexiconTables.Calendar.Contains(token.Span)
                || (k + 1 < sentence.Count && sentence[k + 1].IsLower && !_cues.IsReportingVerb(sentence[k + 1])));
    }

    // "una cliente gli ha detto", "un élève lui a demandé": a pronoun right before the verb or its
    // auxiliary, once the subject is read, is the one spoken to.
    private bool IsObjectBeforeVerb(IReadOnlyList<Token> sentence, int k, int verb)
    {
        for (var j = k + 1; j < verb; j++)
        {
            if (!sentence[j].IsLower || !(_cues.Words.PerfectAuxiliaries.Contains(sentence[j].Span) || _cues.Words.ReportedSpeechForms.Contains(sentence[j].Span)))
            {
                return false;
            }
        }

        return true;
    }
}
