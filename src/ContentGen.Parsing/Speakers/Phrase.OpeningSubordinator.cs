using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Weil Kranz krank war, …", "Nachdem Kranz gegangen war, …", "Omdat Kranz ziek was, …": a word that
// opens a dependent clause is capitalised when the clause opens the sentence, and is no first name of
// the surname after it. Read into the name, it made "Weil Kranz" a speaker ("Als" and "Toen" were
// passed by only as stopwords or prepositions). After a conjunction of time or cause the name is the
// clause's actor, read as "Als Kranz ankam" is, in every language: it is most often the person the
// sentence is about ("Wenn Anton Hasslinger von der Wanne spricht, meint er …", "When Tom Vale
// arrived, he …"; read as no one, German tuning articles lost six quotes). After the opener of an
// indirect question ("Ob Kranz das Werk öffnet, weiß niemand", "Of Kranz …") the name is what is
// asked about, no subject at all. SpeakerFinder.SubjectAfterOpeningClause.cs does not contradict
// this: where a person is named after the verb that follows the clause ("Weil …, wollte Kranz …"),
// that subject is the sentence's and is asked first; the clause's actor counts only where it names none.
internal sealed partial class Phrase
{
    // Where the name read from the sentence's first word starts: past a capitalised conjunction, or -1
    // after the opener of an indirect question; `start` itself otherwise.
    private int PastOpeningSubordinator(IReadOnlyList<Token> sentence, int start, int end)
    {
        if (start != 0 || end < 2 || !sentence[0].IsCapitalized)
        {
            return start;
        }

        if (_words.DependentClauseOpeners.Contains(sentence[0].Span))
        {
            return -1;
        }

        return _words.Subordinators.Contains(sentence[0].Span) ? 1 : start;
    }
}
