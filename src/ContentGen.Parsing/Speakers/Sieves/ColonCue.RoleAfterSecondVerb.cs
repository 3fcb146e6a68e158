using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Dann sagt der Bürgermeister:", "Dazu meint die Vorsitzende:", "Am Ende sagt die Bürgermeisterin:",
// "Toch zegt de voorzitter:": where the finite verb stands second, an adverb or a prepositional
// phrase opens the sentence and the subject follows the verb: here a role after its article, right
// before the colon. The phrase reader reads "der Bürgermeister" after a verb as a title whose name
// never comes, and the clause reading takes the opening adverb for a name ("Dazu"), so the quote
// went to no one. Stops: the opening must be one word that is no name's (an adverb, a filler) or a
// phrase opened by a preposition, so that it holds no subject of its own; otherwise the article
// and role may be the verb's dative object, the one spoken to ("Anna Berger sagt der
// Bürgermeisterin:"). A verb of telling names its listener after it.
internal sealed partial class ColonCue
{
    // "Am Ende", "Nach der langen Sitzung": the opening phrase's words before the verb.
    private const int MaxOpeningWordsBeforeRole = 4;

    private Subject RoleAfterSecondVerb(IReadOnlyList<Token> sentence, int quote)
    {
        var role = quote - 2;
        var verb = quote - 4;
        if (!_cues.Words.VerbSecond || verb < 1 || verb > MaxOpeningWordsBeforeRole)
        {
            return Subject.None;
        }

        var article = sentence[quote - 3];
        var noun = sentence[role];
        if (!article.IsLower || !_cues.Is(article, WordClass.Definite) || !noun.IsWord || !_cues.Is(noun, WordClass.TitleOrRole)
            || !sentence[verb].IsLower || !_cues.IsReportingVerb(sentence[verb]) || _cues.IsListenerOnly(sentence[verb])
            || _cues.Words.PersonObjectVerbs.Contains(sentence[verb].Span) || !OpensWithoutSubject(sentence, verb))
        {
            return Subject.None;
        }

        return new Subject(SubjectKind.Role, noun.Text, role + 1);
    }

    // Whether the words before the verb at `verb` hold no subject: one word that is no name (a
    // filler, or a word the lexicons say names no one), or a phrase a preposition opens.
    private bool OpensWithoutSubject(IReadOnlyList<Token> sentence, int verb)
    {
        for (var k = 0; k < verb; k++)
        {
            if (!sentence[k].IsWord)
            {
                return false;
            }
        }

        var first = sentence[0];
        return verb == 1
            ? _cues.Is(first, WordClass.Filler | WordClass.NotName) && !_cues.Is(first, WordClass.TitleOrRole)
            : _cues.IsOpeningPreposition(first) && !_cues.Is(first, WordClass.TitleOrRole);
    }
}
