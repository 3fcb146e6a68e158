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
        if (tie >= sentence.Count || !IsKinNoun(sentence[tie]))
        {
            return Subject.None;
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
            var closed = !setOff || named.End >= sentence.Count || sentence[named.End].Kind == TokenKind.Comma;
            return named.Kind == SubjectKind.Name && !named.IsOrganisation && closed ? named : Subject.None;
        }

        return setOff ? Subject.None : new Subject(SubjectKind.Role, sentence[tie].Text, tie + 1);
    }

    // "son", "Tochter", "fille": a noun of a family tie.
    private bool IsKinNoun(Token token)
        => token.IsWord && (_words.MaleKinNouns.Contains(token.Span) || _words.FemaleKinNouns.Contains(token.Span));
}
