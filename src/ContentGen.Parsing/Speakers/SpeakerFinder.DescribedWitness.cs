using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "A plumber from the estate, who did not give his name, said the lift had been "…"", "Eine
// Frau, die am Kai wartete, sagte: „…“": someone unnamed, brought in by an indefinite article and
// their noun, described by a relative clause between commas, reports the quote with the verb right
// after the clause. The noun gives them, as a role noun does after "said one trader", when the
// lexicons know it as a person's or the relative pronoun stands only for a person ("who").
internal sealed partial class SpeakerFinder
{
    private const int MaxWitnessNounTokens = 3;
    private const int MaxWitnessComplementTokens = 8;
    private const int MaxWitnessClauseTokens = 16;

    // The noun of the described witness who reports the quote at `quote`, or null.
    private string? DescribedWitness(IReadOnlyList<Token> sentence, int quote)
    {
        var start = 0;
        if (sentence.Count > 0 && !_cues.Is(sentence[0], WordClass.Indefinite))
        {
            // "À la sortie de l'école, une mère …": one opening phrase closed by a comma, in lower
            // case past its first word ("Tom Baker, a father of two, who …, said" is his).
            start = 1;
            while (start < sentence.Count && start <= MaxWitnessClauseTokens && sentence[start].IsWord && sentence[start].IsLower)
            {
                start++;
            }

            if (start == 1 || start >= sentence.Count || sentence[start].Kind != TokenKind.Comma)
            {
                return null;
            }

            start++;
        }

        if (start + 4 >= quote || !sentence[start].IsWord || !_cues.Is(sentence[start], WordClass.Indefinite))
        {
            return null;
        }

        // The noun: the last of a few words in lower case (every noun capitalised in German), before
        // its complement or the comma.
        var noun = -1;
        var k = start + 1;
        while (k < quote && k - start <= MaxWitnessNounTokens && sentence[k].IsWord && (sentence[k].IsLower || _cues.Words.CapitalisesNouns)
            && !IsComplementLink(sentence[k]) && !_cues.Words.Locatives.Contains(sentence[k].Span) && !_cues.Is(sentence[k], WordClass.Preposition))
        {
            noun = k++;

            // "un passant sur le quai": the lexicons' person's noun ends the noun, whatever word
            // follows it.
            if (IsUnnamedPersonsNoun(sentence[noun]))
            {
                break;
            }
        }

        if (noun < 0 || !IsWitnessNoun(sentence[noun]))
        {
            return null;
        }

        // "A number of residents, who …", "Una decena de vecinos, quienes …": a quantity's noun
        // before a bare noun of one word is no one; a person's noun by the lexicons, or a longer
        // complement ("a plumber from the estate", "a baker at the Elm Road market"), is someone.
        if (k + 2 < quote && !IsUnnamedPersonsNoun(sentence[noun]) && sentence[k].IsLower && IsComplementLink(sentence[k]) && !_cues.Words.ContractedArticles.Contains(sentence[k].Span)
            && sentence[k + 1].IsLower && !_cues.Is(sentence[k + 1], WordClass.Article) && sentence[k + 2].Kind == TokenKind.Comma)
        {
            return null;
        }

        // Its complement: a link or a preposition, then a few words of any case ("at the Elm Road market").
        // After a person's noun by the lexicons, any lower-case word opens it ("on the quay", "sul molo").
        if (k < quote && sentence[k].IsLower && (IsComplementLink(sentence[k]) || _cues.Words.Locatives.Contains(sentence[k].Span) || _cues.Is(sentence[k], WordClass.Preposition)
            || (sentence[k].IsWord && IsUnnamedPersonsNoun(sentence[noun]))))
        {
            var first = k;
            while (k < quote && k - first <= MaxWitnessComplementTokens && sentence[k].IsWord)
            {
                k++;
            }
        }

        // The relative clause or the apposition between commas, then the reporting verb (past
        // fillers and auxiliaries).
        if (k + 2 >= quote || sentence[k].Kind != TokenKind.Comma)
        {
            return null;
        }

        var close = sentence[k + 1].IsLower && _cues.Words.RelativePronouns.Contains(sentence[k + 1].Span)
            ? RelativeClauseEnd(sentence, noun, k, quote)
            : AppositionEnd(sentence, noun, k, quote);
        if (close < 0 || close + 1 >= quote || sentence[close].Kind != TokenKind.Comma)
        {
            return null;
        }

        var verb = _cues.Phrase.SkipFillers(sentence, close + 1);
        if (verb >= quote || !_cues.IsReportingVerb(sentence[verb]) || _cues.IsListenerOnly(sentence[verb]))
        {
            return null;
        }

        // Nothing capitalised between the verb and the quote: no one else is named who may speak.
        for (var j = verb + 1; j < quote; j++)
        {
            if (sentence[j].IsCapitalized || sentence[j].Kind == TokenKind.Quote)
            {
                return null;
            }
        }

        var text = sentence[noun].Text;
        _descriptions.Add(text);
        return text;
    }

    // The comma that closes the relative clause opened after the comma at `comma`, or -1. The
    // noun must be a person's by the lexicons, or the relative pronoun stand only for a person
    // ("who", "quien"): "Un banco, que tiene sede en Marlo, aseguró …" is a body's words.
    private int RelativeClauseEnd(IReadOnlyList<Token> sentence, int noun, int comma, int quote)
    {
        if (!IsUnnamedPersonsNoun(sentence[noun]) && !_cues.Words.PersonRelativePronouns.Contains(sentence[comma + 1].Span))
        {
            return -1;
        }

        var close = comma + 2;
        while (close < quote && close - comma <= MaxWitnessClauseTokens && sentence[close].IsWord)
        {
            close++;
        }

        return close;
    }

    // The comma that closes an apposition after the comma at `comma` ("Un client de la
    // boulangerie, infirmier à la retraite, explique"), or -1: only after a noun the lexicons know
    // as a person's, and only words that describe, opening in lower case, with no pronoun, no
    // reporting verb and no two capitalised words in a row ("A neighbour, Tom Reed, said" is his;
    // "A neighbour, she said, …" is hers).
    private int AppositionEnd(IReadOnlyList<Token> sentence, int noun, int comma, int quote)
    {
        if (!IsUnnamedPersonsNoun(sentence[noun]) || !sentence[comma + 1].IsWord || !sentence[comma + 1].IsLower)
        {
            return -1;
        }

        var close = comma + 1;
        while (close < quote && close - comma <= MaxWitnessClauseTokens && sentence[close].IsWord)
        {
            var word = sentence[close];
            if (_cues.Is(word, WordClass.Pronoun) || _cues.IsReportingVerb(word) || (word.IsCapitalized && sentence[close - 1].IsCapitalized))
            {
                return -1;
            }

            close++;
        }

        return close;
    }

    // A person's noun, as far as the lexicons can say: not a spokesman's or an official's (who
    // speak for someone), an organisation's, a document's or a day's, nor a pronoun or a number.
    private bool IsWitnessNoun(Token noun)
        => noun.IsWord && noun.Span.Length > 1 && char.IsLetter(noun.First)
        && !_cues.Words.SpokesNouns.Contains(noun.Span) && !_cues.Words.OfficialNouns.Contains(noun.Span)
        && !_cues.Words.OrganisationNouns.Contains(noun.Span) && !_cues.Words.DocumentNouns.Contains(noun.Span)
        && !_cues.Is(noun, WordClass.Pronoun) && !_cues.Is(noun, WordClass.Definite)
        && !Lexicons.LexiconTables.Calendar.Contains(noun.Span);
}
