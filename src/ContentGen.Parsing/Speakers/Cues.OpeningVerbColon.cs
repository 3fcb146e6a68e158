using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class Cues
{
    // "Añadió: «…»", "Aggiunse: «…»", "Acrescentou: “…”": in a language that drops its subjects, a
    // reporting verb that alone opens the sentence (so written with a capital), then a colon and the
    // quote, governs it with its subject dropped: whoever a pronoun would mean. The verb is the
    // sentence's only word before the quote, so nothing else can be its subject ("Dice il sindaco:
    // «…»" has one, and is left to the inversion). A noun written like the verb that labels a quote
    // in an interview or a box ("Pregunta:", "Domanda:", "Nota:") says no one spoke: the lexicons
    // list such labels (QuoteLabels), and they are left alone. Reads the two tokens before the quote only.
    private bool OpensWithDroppedSubjectBeforeColon(IReadOnlyList<Token> sentence, int end)
        => Words.DropsSubjects && end == 2 && sentence[1].Kind == TokenKind.Colon
        && sentence[0].IsCapitalized && Is(sentence[0], WordClass.Reporting)
        && !Words.QuoteLabels.Contains(sentence[0].Span);
}
