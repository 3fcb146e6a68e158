using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The first constituent of a German or Dutch main clause, before its finite verb: "Mit leiser
/// Stimme sagte X:", "Op Facebook schreef X:", "Auf die Frage, ob …, antwortete X:". The clause's
/// subject stands after the verb; the nouns of the phrase before it are never the subject.
/// </summary>
internal sealed partial class Cues
{
    // The opening phrase's own words, and those of a dependent clause it holds: "Auf die Frage, ob
    // es eine Transfergesellschaft geben werde,". Longer, the sentence is likely something else.
    private const int MaxOpeningConstituentTokens = 16;

    /// <summary>
    /// Whether the tokens before <paramref name="verb"/> make one phrase that a preposition opens
    /// at the sentence's start, of words only, or holding one dependent clause set off by commas
    /// that a word like "ob" or "dass" opens, with the verb right after its closing comma; or a day
    /// or a month alone ("Maandag zei X:").
    /// </summary>
    public bool OpensBeforeSecondVerb(IReadOnlyList<Token> sentence, int verb)
    {
        // "Maandag zei wethouder X:", "Montag sagte X:": a day or a month alone opens the clause too.
        if (Words.VerbSecond && verb == 1 && sentence.Count > 1 && sentence[0].IsCapitalized && Lexicons.LexiconTables.Calendar.Contains(sentence[0].Span))
        {
            return true;
        }

        // "Zurückhaltend äußerte sich der Abgeordnete X": see Cues.AdverbialOpening.cs.
        if (AdverbialOpening(sentence, verb))
        {
            return true;
        }

        if (!Words.VerbSecond || verb < 2 || verb > MaxOpeningConstituentTokens || verb >= sentence.Count || !sentence[0].IsCapitalized
            || !IsOpeningPreposition(sentence[0]))
        {
            return false;
        }

        // "Auf die Frage, ob …, antwortete", "Op de vraag of …, zei": a comma right before the verb
        // closes a dependent clause the phrase holds, which the comma or the phrase's words open.
        if (sentence[verb - 1].Kind == TokenKind.Comma)
        {
            return HoldsDependentClause(sentence, verb - 1);
        }

        for (var k = 1; k < verb; k++)
        {
            if (!sentence[k].IsWord || IsReportingVerb(sentence[k]))
            {
                return false;
            }
        }

        return true;
    }

    // The phrase before `comma` is a preposition's words and then a dependent clause: its opener
    // after a word or two, or after a comma; its own verbs, of saying too ("ob er das gesagt
    // habe"), are its own. No other comma or mark stands in it.
    private bool HoldsDependentClause(IReadOnlyList<Token> sentence, int comma)
    {
        for (var k = 2; k < comma - 1; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return (IsDependentClauseOpener(sentence[k + 1]) && AllWords(sentence, k + 2, comma)) || ClosesPhraseClause(sentence, k + 1, comma);
            }

            if (!sentence[k].IsWord || IsReportingVerb(sentence[k]))
            {
                return false;
            }

            if (IsDependentClauseOpener(sentence[k]))
            {
                return AllWords(sentence, k + 1, comma);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="token"/> is a preposition that may open a sentence's opening phrase of
    /// place or time: one of place, one whose object is no subject, or one of the opening phrase alone.
    /// </summary>
    /// <remarks>
    /// Not any preposition the lexicons know: where the language is unknown, every language's words
    /// are read, and "A" (Spanish, Italian, Portuguese "to") opens English "A spokeswoman".
    /// </remarks>
    public bool IsOpeningPreposition(Token token)
        => Words.OpeningPrepositions.Contains(token.Span) || Words.Locatives.Contains(token.Span) || Is(token, WordClass.Preposition);

    private bool IsDependentClauseOpener(Token token)
        => token.IsLower && (Words.DependentClauseOpeners.Contains(token.Span) || Words.Subordinators.Contains(token.Span));

    private static bool AllWords(IReadOnlyList<Token> sentence, int from, int to)
    {
        if (from >= to)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!sentence[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }
}
