using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A noun and a name after an inverted verb, in a language that capitalises its nouns.
internal sealed partial class Phrase
{
    /// <summary>
    /// The subject after an inverted verb when it is an article, a capitalised noun and a name that
    /// closes the clause, in a language that writes every noun with a capital: "sagte die
    /// Gewerkschaft Verdi" is the organisation named with its noun; "sagte die Ingenieurin Sabine
    /// Roth" is the person, described by a noun the lexicons need not list, when the name has two
    /// words at least. Only after the verb: inside a clause the German verb comes last, and a
    /// capitalised word after a noun may be its object. <see cref="Subject.None"/> otherwise.
    /// </summary>
    public Subject ReadNounAndName(IReadOnlyList<Token> sentence, int start)
    {
        var noun = start + 1;
        if (noun + 1 >= sentence.Count || !sentence[start].IsLower || !Is(sentence[start], WordClass.Definite)
            || !sentence[noun].IsCapitalized || IsTitleOrRole(sentence[noun]) || Is(sentence[noun], WordClass.NotName))
        {
            return Subject.None;
        }

        var name = ReadForward(sentence, noun + 1);
        if (name.Kind != SubjectKind.Name || (name.End < sentence.Count && sentence[name.End].IsCapitalized))
        {
            return Subject.None;
        }

        if (Is(sentence[noun], WordClass.OrganisationNoun))
        {
            var named = sentence[noun].Text + " " + name.Text;
            return new Subject(SubjectKind.Name, named, name.End, employer: named, isOrganisation: true);
        }

        return name.Text.IndexOf(' ') > 0 && !name.IsOrganisation ? name : Subject.None;
    }
}
