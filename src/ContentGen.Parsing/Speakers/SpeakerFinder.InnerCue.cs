using System;
using System.Collections.Generic;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Speakers;

// « Ça ne peut plus durer, s'agace la maire. Il faut agir. »: French (and often Italian, Spanish
// and Portuguese) writes the cue inside the guillemets, set off by commas, rather than closing the
// marks around it. A quote that found no speaker outside is read for such a cue inside.
internal sealed partial class SpeakerFinder
{
    private static readonly QuoteSpan[] NoQuotes = [];

    // The inner words' tokens: one list serves every quote of the finder.
    private readonly List<Token> _innerTokens = new();

    // The speaker a cue inside a guillemet quote gives: a comma, an inverted reporting verb and
    // its subject, which closes its clause (a full stop, a comma or the quote's end); or, inside
    // any marks, such a cue set off by dashes ("«No vamos a parar —ha advertido el portavoz, X—
    // hasta …»"). Null when there is none: a comma or a dash before a lower-case word is looked for
    // first, without reading tokens. `unread` says a reporting verb stood after a dash but named no
    // one the reader takes: the quote is then no one's, rather than a continuation's.
    private string? InnerCue(QuoteSpan quote, string paragraph, out bool unread)
    {
        unread = false;
        if (quote.IsHeadless || quote.Open < 0 || quote.Continuations is not null)
        {
            return null;
        }

        var inner = WordsOf(quote, paragraph);
        var commas = paragraph[quote.Open] == '«' && HasCommaBeforeLowerCase(inner);
        var dashes = HasDashBeforeLowerCase(inner);
        if (!commas && !dashes)
        {
            return null;
        }

        var tokens = Token.Read(inner.ToString(), NoQuotes, _innerTokens, _cues.Words);
        // A dash may follow the quote's first word ("«Seguiremos —dicen los vecinos— …»").
        for (var k = 1; k < tokens.Count - 2; k++)
        {
            var dash = dashes && Phrase.IsDash(tokens[k]);
            if (k < 2 && !dash)
            {
                continue;
            }

            if (!(dash || (commas && tokens[k].Kind == TokenKind.Comma)) || !tokens[k + 1].IsLower)
            {
                continue;
            }

            // "…, explique l'un d'eux, …": one of a group speaks, whom no one named before is (SpeakerFinder.OneOfThem.cs).
            if (ReportsOneOfAGroup(tokens, k + 1))
            {
                tokens.Clear();
                unread = true;
                return null;
            }

            // "—dicen los vecinos—": between dashes a group reports as one, as after the marks.
            var subject = _adjacent.After(tokens, k);
            // "…, a-t-elle rétorqué. …": a verb with its pronoun inverted is the subject's one word,
            // which the reading after the marks gives no end.
            var end = subject.Kind == SubjectKind.Pronoun && subject.End == 0 ? k + 2 : subject.End;
            if ((subject.Kind is SubjectKind.Name or SubjectKind.Role or SubjectKind.Pronoun || (dash && subject.Kind == SubjectKind.Group))
                && end > k + 1 && ClosesClause(tokens, end, dash))
            {
                var speaker = Resolve(subject);
                tokens.Clear();
                // "« …, a-t-elle rétorqué. … »" after his words: a cue inside that names someone
                // the reader cannot take (a pronoun of the other gender) says the words are not a
                // continuation of whoever spoke before.
                unread = speaker is null && (dash || subject.Kind == SubjectKind.Pronoun);
                return speaker;
            }

            // "—ha advertido uno de ellos—": a report set off by dashes whose subject is not read.
            unread |= dash && ReportsAfterDash(tokens, k + 1);
        }

        tokens.Clear();
        return null;
    }

    // Whether a reporting verb, after any auxiliary or adverb, opens the words at `start`, with
    // what reads as its subject after it: an article, a pronoun, a capital, or a word its
    // complement's link follows ("uno de ellos", "one of them"). "– said to cost £5m –" reports
    // nothing.
    private bool ReportsAfterDash(List<Token> tokens, int start)
    {
        // "– so die Gegner –": a word that gives its source after it reports as a verb does.
        var verb = _cues.Phrase.SkipFillers(tokens, start);
        if (verb >= tokens.Count || !(_cues.IsReportingVerb(tokens[verb]) || (tokens[verb].IsLower && _cues.Words.InvertedCues.Contains(tokens[verb].Span))))
        {
            return false;
        }

        var at = _cues.SkipToInvertedSubject(tokens, verb + 1);
        if (at >= tokens.Count || !tokens[at].IsWord)
        {
            return false;
        }

        var words = _cues.Words;
        var word = tokens[at];
        return word.IsCapitalized || WordClasses.Has(words, word, WordClass.Definite) || words.PluralDefinites.Contains(word.Span) || WordClasses.Has(words, word, WordClass.Indefinite | WordClass.Pronoun)
            || WordClasses.Has(words, word, WordClass.Possessive) || (Elision.TrySplit(word.Span, out var head, out _) && words.Definites.Contains(head))
            || (at + 1 < tokens.Count && tokens[at + 1].IsWord && (words.HeadLinks.Contains(tokens[at + 1].Span) || WordClasses.Has(words, tokens[at + 1], WordClass.EmployerLink)
                || (Elision.TrySplit(tokens[at + 1].Span, out var link, out _) && words.ElidedLinks.Contains(link))));
    }

    // Whether the cue's subject, ending at `end`, closes its clause: at the words' end, or before a
    // full stop or a comma, past an adjective or two ("se désole le député écologiste."); a cue
    // opened by a dash may close with one.
    private static bool ClosesClause(List<Token> tokens, int end, bool dashed)
    {
        const int MaxTrailingWords = 2;
        for (var i = end; i < tokens.Count && i <= end + MaxTrailingWords; i++)
        {
            if (tokens[i].Kind is TokenKind.Terminal or TokenKind.Comma || (dashed && Phrase.IsDash(tokens[i])))
            {
                return true;
            }

            if (!tokens[i].IsLower)
            {
                return false;
            }
        }

        return end >= tokens.Count;
    }

    // Whether a dash standing alone ("—", "–", or "-" with a space before it) and a lower-case
    // letter, a space between or not, stand in the words: "parar —ha advertido", "stop - said".
    private static bool HasDashBeforeLowerCase(ReadOnlySpan<char> words)
    {
        for (var i = 1; i + 1 < words.Length; i++)
        {
            var c = words[i];
            if (!(c is '—' or '–' || (c == '-' && words[i - 1] == ' ')))
            {
                continue;
            }

            var next = words[i + 1] == ' ' && i + 2 < words.Length ? words[i + 2] : words[i + 1];
            if (char.IsLower(next) && (c != '-' || words[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    // Whether ", " and a lower-case letter stand in the words.
    private static bool HasCommaBeforeLowerCase(ReadOnlySpan<char> words)
    {
        for (var i = words.IndexOf(','); i >= 0 && i + 2 < words.Length; i = words.Slice(i + 1).IndexOf(',') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (words[i + 1] == ' ' && char.IsLower(words[i + 2]))
            {
                return true;
            }
        }

        return false;
    }
}
