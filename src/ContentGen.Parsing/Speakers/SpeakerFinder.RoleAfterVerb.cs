using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "„…“, betonte die Bürgermeisterin.", "„…“, sagte der Rathauschef.": a definite role noun (or a
// word the press writes for an office) as the subject of a reporting verb after the quote, which
// the sieves left unread where nouns are capitalised. The cast then says whose role it is: the
// holder the article named with it before.
internal sealed partial class SpeakerFinder
{
    private Subject RoleAfterInvertedVerb(IReadOnlyList<Token> sentence, int quote)
    {
        var verb = quote + 1 < sentence.Count && sentence[quote + 1].Kind == TokenKind.Comma ? quote + 2 : quote + 1;
        for (var auxiliaries = 0; verb < sentence.Count && auxiliaries < MaxAuxiliariesBeforeVerb && sentence[verb].IsLower
            && !_cues.IsReportingVerb(sentence[verb]) && _cues.Is(sentence[verb], WordClass.Filler); auxiliaries++)
        {
            verb++;
        }

        if (verb >= sentence.Count || !(_cues.IsReportingVerb(sentence[verb]) || IsSplitStem(sentence[verb])) || HasJoinedPronoun(sentence[verb]))
        {
            return Subject.None;
        }

        var article = verb + 1;
        for (var fillers = 0; article < sentence.Count && fillers < MaxAuxiliariesBeforeVerb && sentence[article].IsLower
            && _cues.Is(sentence[article], WordClass.Filler); fillers++)
        {
            article++;
        }

        // "betonte am Montag die Staatsanwältin": see SpeakerFinder.PhraseBeforeRole.cs.
        article = PastPhraseBeforeRole(sentence, article);
        var role = article + 1;
        if (role >= sentence.Count || !sentence[article].IsLower || !_cues.Is(sentence[article], WordClass.Definite) || !sentence[role].IsWord)
        {
            return Subject.None;
        }

        // The clause ends right after the role, or after a phrase that says where, when or to whom
        // ("l'assessora in apertura di seduta", "la letrada a la salida del tribunal"): a complement
        // ("der Bürgermeister der Nachbarstadt", "von Neudorf", "a. D.") may name another holder,
        // and a capitalised word the holder's name, which the sieves read.
        if (role + 1 < sentence.Count && sentence[role + 1].IsWord && !IsCircumstanceToClauseEnd(sentence, role + 1)
            && !IsMiddleFieldToClauseEnd(sentence, role + 1))
        {
            return Subject.None;
        }

        if (!_cues.IsReportingVerb(sentence[verb]) && _cues.SplitReportEnd(sentence, verb, role + 1) < 0)
        {
            return Subject.None;
        }

        // Only a role the article gave someone: salience alone would give the words to whoever
        // spoke last, and the role may be someone unnamed's.
        var word = sentence[role].Span;
        var office = _cues.Words.OfficeEpithetPhrases.Flags(word) - 1;
        if (office >= 0 && office < _cues.Words.OfficeEpithetRoles.Length)
        {
            var roles = _cues.Words.OfficeEpithetRoles[office];
            var holderOnly = _cues.Words.HolderOnlyEpithets.Contains(word) ? Text.StringCache.Get(word) : null;
            return _roles.GaveAnyForm(roles) ? new Subject(SubjectKind.Role, roles, role + 1, holderOnlyEpithet: holderOnly) : Subject.None;
        }

        return _cues.Words.RoleNouns.Contains(word) && !_cues.Words.SpokesNouns.Contains(word) && !_cues.Words.OfficialNouns.Contains(word)
            && (_roles.Gave(Text.StringCache.Get(word)) || _roles.GaveCompound(Text.StringCache.Get(word)))
            ? new Subject(SubjectKind.Role, Text.StringCache.Get(word), role + 1)
            : Subject.None;
    }

    // "in apertura di seduta", "a la salida del tribunal", "ai carabinieri": a preposition of place,
    // medium or listener, then lower-case words up to the clause's end (a comma, a mark or the
    // sentence's end). A capitalised word there may be another holder's place ("in Neudorf").
    private bool IsCircumstanceToClauseEnd(IReadOnlyList<Token> sentence, int from)
    {
        const int MaxCircumstanceWords = 6;
        var words = _cues.Words;
        var opener = sentence[from];
        if (!opener.IsLower || !(words.Locatives.Contains(opener.Span) || words.ListenerPrepositions.Contains(opener.Span) || WordClasses.Has(words, opener, WordClass.Medium)))
        {
            return false;
        }

        var k = from + 1;
        for (; k < sentence.Count && sentence[k].IsWord; k++)
        {
            if (k > from + MaxCircumstanceWords || !sentence[k].IsLower || _cues.IsReportingVerb(sentence[k]))
            {
                return false;
            }
        }

        return k > from + 1;
    }
}
