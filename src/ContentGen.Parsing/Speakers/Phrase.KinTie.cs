using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class Phrase
{
    /// <summary>
    /// The relative a family tie counted from the owner at <paramref name="owner"/> names: "his son
    /// Stephen", "Horne's daughter, Ellen Horne,", "sein Sohn Stefan" give the name, without the
    /// tie. The tie alone ("his son said") is a role that only the person the article gave it holds
    /// (the lexicons make every tie a holder-only role), never the owner in focus. None when no tie
    /// follows the owner or a name after it is an organisation's.
    /// </summary>
    public Subject RelativeAfter(IReadOnlyList<Token> sentence, int owner)
    {
        var tie = owner + 1;
        if (tie >= sentence.Count)
        {
            return Subject.None;
        }

        if (!IsKinNoun(sentence[tie]))
        {
            return CompanionAfter(sentence, tie);
        }

        var name = tie + 1;
        var setOff = name < sentence.Count && sentence[name].Kind == TokenKind.Comma;
        if (setOff)
        {
            name++;
        }

        if (name < sentence.Count && sentence[name].IsCapitalized)
        {
            var named = ReadForward(sentence, name);
            // "contó su viuda, Encarnación Lobato.": a name set off at the sentence's end is closed by it.
            var closed = !setOff || named.End >= sentence.Count || sentence[named.End].Kind is TokenKind.Comma or TokenKind.Terminal;
            return named.Kind == SubjectKind.Name && !named.IsOrganisation && closed ? named : Subject.None;
        }

        return setOff ? Subject.None : new Subject(SubjectKind.Role, sentence[tie].Text, tie + 1);
    }

    // "Zijn klasgenoot Noor El Amrani", "Ihre Kollegin Eva Lind": a person's noun between the owner
    // and a full name describes that person by a tie to the owner (a classmate, a colleague, a
    // neighbour), and the name is the phrase's. Only a noun the lexicon reads as a person's (a
    // people's noun, or an agent's by its ending), and only a full name of two words or more, no
    // organisation's, right after it: "his film Star Wars", "zijn club Ajax", "seine Firma Acme" and a
    // noun with no name after it ("his colleague said") give nothing, and the tie is no role.
    private Subject CompanionAfter(IReadOnlyList<Token> sentence, int noun)
    {
        var name = noun + 1;
        if (!sentence[noun].IsWord || (!sentence[noun].IsLower && !_words.CapitalisesNouns) || IsTitleOrRole(sentence[noun])
            || !(_words.PeopleNouns.Contains(sentence[noun].Span) || AgentNouns.Is(_words, sentence[noun].Span, out _))
            || name + 1 >= sentence.Count || !sentence[name].IsCapitalized || !sentence[name + 1].IsCapitalized)
        {
            return Subject.None;
        }

        // "Zijn klasgenoot X en zijn vriend Y": a subject joined to another is neither's alone.
        var named = ReadForward(sentence, name);
        var joined = named.End < sentence.Count && sentence[named.End].IsLower && Is(sentence[named.End], WordClass.Coordinator);
        return named.Kind == SubjectKind.Name && !named.IsOrganisation && named.Text.IndexOf(' ') > 0 && !joined ? named : Subject.None;
    }

    // "son", "Tochter", "fille": a noun of a family tie.
    private bool IsKinNoun(Token token)
        => token.IsWord && (_words.MaleKinNouns.Contains(token.Span) || _words.FemaleKinNouns.Contains(token.Span));
}
