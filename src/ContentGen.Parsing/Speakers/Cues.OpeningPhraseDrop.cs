using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "En declaraciones a la prensa, explicó: «…»", "In un'intervista alla Gazzetta di Valtresa ha
// aggiunto: «…»": in a language that drops subjects, a sentence that opens with a preposition's
// phrase (where, how or to whom it was said), then the reporting verb right before the colon and
// the quote, has its subject dropped, whom a pronoun would mean. The phrase holds only its own
// complements: an opening article ("Um morador em Serrana disse:", German "um" aside), an article that follows no preposition, a capitalised run after a noun, a pronoun,
// a title or a role opens a subject of its own, and the sentence is read as before.
internal sealed partial class Cues
{
    // "En declaraciones a la prensa", "In un'intervista alla Gazzetta di Valtresa": a short phrase.
    private const int MaxOpeningPhraseWords = 8;

    private bool DropsSubjectPastOpeningPhrase(IReadOnlyList<Token> sentence, int end)
    {
        var colon = end - 1;
        var verb = colon - 1;
        if (!Words.DropsSubjects || verb < 2 || end > MaxReach || sentence[colon].Kind != TokenKind.Colon
            || !sentence[verb].IsLower || !IsReportingVerb(sentence[verb]) || !sentence[0].IsCapitalized
            || !IsPhraseLink(sentence[0]) || Is(sentence[0], WordClass.Article))
        {
            return false;
        }

        // "ha aggiunto", "ha poi aggiunto": an auxiliary and a filler before the participle.
        var first = verb;
        while (first > 1 && sentence[first - 1].IsLower
            && (Words.PerfectAuxiliaries.Contains(sentence[first - 1].Span) || Is(sentence[first - 1], WordClass.Filler)))
        {
            first--;
        }

        var phraseEnd = sentence[first - 1].Kind == TokenKind.Comma ? first - 1 : first;
        if (phraseEnd < 2 || phraseEnd > MaxOpeningPhraseWords + 1)
        {
            return false;
        }

        for (var k = 1; k < phraseEnd; k++)
        {
            var token = sentence[k];
            var before = sentence[k - 1];
            if (!token.IsWord || Is(token, WordClass.Pronoun | WordClass.TitleOrRole)
                || (Is(token, WordClass.Article) && token.IsLower && !IsPhraseLink(before))
                || (token.IsCapitalized && !before.IsCapitalized && !(before.IsLower && (IsPhraseLink(before) || Is(before, WordClass.Definite)))))
            {
                return false;
            }
        }

        return true;
    }

    // A preposition of any kind: "en", "in", "a", "con", "alla", "di".
    private bool IsPhraseLink(Token token)
        => token.IsWord && (Is(token, WordClass.Preposition | WordClass.Medium | WordClass.EmployerLink | WordClass.NameJoiner)
            || Words.Locatives.Contains(token.Span) || Words.ListenerPrepositions.Contains(token.Span) || Words.MannerPrepositions.Contains(token.Span)
            || Words.ObjectPrepositions.Contains(token.Span) || Words.SourcePrepositions.Contains(token.Span));
}
