using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// An organisation's noun and its name after an inverted verb, in a language that capitalises its nouns.
internal sealed partial class Phrase
{
    /// <summary>
    /// The subject after an inverted verb when it is an article, an organisation's noun and a name
    /// that closes the clause, in a language that writes every noun with a capital: "sagte die
    /// Gewerkschaft Verdi" is the organisation, named with its noun. Only after the verb: inside a
    /// clause the German verb comes last, and a capitalised word after a noun may be its object.
    /// Any capitalised word may be a noun, so a name that holds a day, a month, a part of one, or
    /// those who listen ("der Verband Anfang März", "die Gewerkschaft Reportern") is no name, and a
    /// noun no list holds before the words ("die Nachbarin Kindern Süßigkeiten") says nothing of them.
    /// <see cref="Subject.None"/> otherwise.
    /// </summary>
    public Subject ReadNounAndName(IReadOnlyList<Token> sentence, int start)
    {
        var noun = start + 1;
        if (noun + 1 >= sentence.Count || !sentence[start].IsLower || !Is(sentence[start], WordClass.Definite)
            || !sentence[noun].IsCapitalized || !Is(sentence[noun], WordClass.OrganisationNoun))
        {
            return Subject.None;
        }

        var name = ReadForward(sentence, noun + 1);
        if (name.Kind != SubjectKind.Name || name.IsOrganisation || (name.End < sentence.Count && sentence[name.End].IsCapitalized))
        {
            return Subject.None;
        }

        for (var k = noun + 1; k < name.End; k++)
        {
            if (Lexicons.LexiconTables.Calendar.Contains(sentence[k].Span) || _words.ListenerNouns.Contains(sentence[k].Span) || Is(sentence[k], WordClass.NotName))
            {
                return Subject.None;
            }
        }

        var named = sentence[noun].Text + " " + name.Text;
        return new Subject(SubjectKind.Name, named, name.End, employer: named, isOrganisation: true);
    }
}
