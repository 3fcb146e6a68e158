using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Für Alain Roux liegt das Problem woanders: „…“", "Voor Castillo is het duidelijk: "…"": where the
// finite verb stands second, a view's holder opens the sentence with no comma after it, the verb
// follows, and the clause ends on a colon before the quote or on the quote itself. The holder's
// view is what the quote says. A name, a quote, a comma or a verb of saying before the quote
// brings in someone else, whose words they may be.
internal sealed partial class AccordingTo
{
    private Subject OpeningViewVerbSecond(IReadOnlyList<Token> sentence, int quote)
    {
        var subject = VerbSecondViewHolder(sentence);
        if (!subject.IsFound || subject.End >= quote - 1)
        {
            return Subject.None;
        }

        var colon = sentence[quote - 1].Kind == TokenKind.Colon ? quote - 1 : quote;
        if (colon == quote && !EndsSentence(sentence, quote))
        {
            return Subject.None;
        }

        for (var k = subject.End; k < colon; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || _cues.IsReportingVerb(token)
                || (token.IsCapitalized && !(k > 0 && sentence[k - 1].IsWord && IsArticle(sentence[k - 1]))))
            {
                return Subject.None;
            }
        }

        return NamedInFull(subject);
    }

    // The holder after a view's preposition opening a verb-second sentence ("Für den Umweltschützer
    // X von der Organisation Y liegt …"): a name, a role or a pronoun, and a lower-case word right
    // after it (the verb), or after where the holder works.
    private Subject VerbSecondViewHolder(IReadOnlyList<Token> sentence)
    {
        if (!_cues.Words.VerbSecond || sentence.Count < 5 || !sentence[0].IsCapitalized || !_cues.Words.ViewPrepositions.Contains(sentence[0].Span))
        {
            return Subject.None;
        }

        var subject = ReadView(sentence, 1);
        return subject.Kind is SubjectKind.Name or SubjectKind.Role or SubjectKind.Pronoun && subject.End < sentence.Count
            && sentence[subject.End].IsLower && !_cues.IsReportingVerb(sentence[subject.End])
            && !_cues.Is(sentence[subject.End], WordClass.Article)
            ? subject
            : Subject.None;
    }
}
