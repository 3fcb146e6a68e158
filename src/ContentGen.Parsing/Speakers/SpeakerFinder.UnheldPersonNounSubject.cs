using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "The chairman of the club was angry. '…,' he said.", "El alcalde del pueblo vecino está
// furioso. «…», afirmó.", "Il parroco, padre di tre figli, ha aperto la chiesa.": a sentence whose
// quotes, if it has any, go to no one (a quote there is the newcomer's own, and keeps no earlier
// speaker's turn) opens on a definite article and the noun of a person (a role, a title, a
// listed trade, an ordinary person's noun) that a complement ties to a place or a body of its own,
// or that a description set off by commas brings in (a person's noun or an indefinite after the
// comma), and the article gives that noun to no one it names. The writer has turned to someone
// new, whom a later pronoun or dropped subject means; without this, the cue after the newcomer's
// quote reached back to the speaker quoted before, in every language (an indefinite opening, "A
// neighbour disagreed", already ended the turn). A bare noun ("Der Metzgermeister ist …", "A
// agricultora diz …") or one set off by an age ("El veterano comerciante, de 63 años,") is as
// often the person just named, and is read as before; so is a sentence that names someone or
// reports.
internal sealed partial class SpeakerFinder
{
    // `reports`: the sentence has a reporting subject or a source ("Le chef de l'État estime que …"),
    // whom the rules for reports resolve (there, often the person named before under an epithet).
    private void TrackUnheldPersonNounSubject(IReadOnlyList<Token> sentence, string? sentenceSpeaker, string? named, bool reports)
    {
        // Before anyone is quoted there is no turn to end, and a role is as often the first mention
        // of the person the headline names ("Le ministre de l'Intérieur a présenté son texte").
        if (sentenceSpeaker is not null || named is not null || reports || _state.LastQuoted is null || OpeningNewPersonNoun(sentence) is not { } noun
            || _roles.Gave(Text.StringCache.Get(Elision.Tail(sentence[noun].Span))) || NamesOrReports(sentence, noun + 1))
        {
            // "Mayor Tom Vale … The mayor of Harbourside was angry.": the noun names whom the article gave it to.
            return;
        }

        _state.OtherSubjectSinceQuoted = true;
        _state.Mentioned(null);
    }

    // A definite article, at most two describing words ("The local baker"), a person's noun, then
    // its complement or a description set off by a comma: the noun's index, or null.
    private int? OpeningNewPersonNoun(IReadOnlyList<Token> sentence)
    {
        const int MaxDescribingWords = 2;
        if (sentence.Count < 5 || !sentence[0].IsWord || !_cues.Is(sentence[0], WordClass.Definite))
        {
            return null;
        }

        var noun = 1;
        // The word before the comma is the noun, listed or not ("De bakker, vader van …").
        while (noun <= MaxDescribingWords && sentence[noun].IsWord && sentence[noun + 1].IsWord && !IsUnnamedPersonsNoun(sentence[noun]) && IsDescribingWord(sentence, noun))
        {
            noun++;
        }

        if (noun + 2 >= sentence.Count || !sentence[noun].IsWord)
        {
            return null;
        }

        var listed = IsUnnamedPersonsNoun(sentence[noun]);
        var next = sentence[noun + 1];
        var after = sentence[noun + 2];
        if (next.Kind == TokenKind.Comma)
        {
            // "The baker, a father of three,", "Il parroco, padre di tre figli,": not an age or a
            // name. A trade read by its ending only here, and only with a person's noun after the
            // comma ("Der Bäcker, Vater von drei Kindern,", "…, ein Vater von drei Kindern,"):
            // "Der Hubschrauber, ein älteres Modell," and "Das Feuer" end so too.
            if (!after.IsWord || !(after.IsLower || _cues.Words.CapitalisesNouns))
            {
                return null;
            }

            if (listed)
            {
                return _cues.Is(after, WordClass.Indefinite) || IsUnnamedPersonsNoun(after) ? noun : null;
            }

            return AgentNouns.Is(_cues.Words, sentence[noun].Span, out _)
                && (IsUnnamedPersonsNoun(after) || (_cues.Is(after, WordClass.Indefinite) && noun + 3 < sentence.Count && sentence[noun + 3].IsWord && IsUnnamedPersonsNoun(sentence[noun + 3])))
                ? noun : null;
        }

        if (!listed)
        {
            return null;
        }

        // "le maire de la commune voisine" (the complement links SpeakerFinder.IsComplementLink
        // reads), "der Bürgermeister der Nachbargemeinde" (a genitive's article).
        return next.IsWord && (IsComplementLink(next) || (next.IsLower && (_cues.Is(next, WordClass.Definite) || _cues.Words.GenitiveArticles.Contains(next.Span)))) ? noun : null;
    }

    // A capitalised word after a comma or after another capitalised word, past `from`: a name
    // ("O filho, Rui,", "Der Besitzer der Scheune, Landwirt Herbert Stangl,"), which the rules for
    // names read; or a reporting verb ("Le chef de l'État estime que …"): a report's subject is
    // resolved by the rules for reports, which read an epithet for the person named before. One
    // pass over at most Cues.MaxReach tokens past `from`, as Cues.HasReportingVerb reaches.
    // Where every noun is capitalised ("Vater von drei Kindern"), only two capitalised words in a row count.
    private bool NamesOrReports(IReadOnlyList<Token> sentence, int from)
    {
        var afterComma = !_cues.Words.CapitalisesNouns;
        var end = Math.Min(sentence.Count, from + Cues.MaxReach);
        for (var k = from; k < end; k++)
        {
            if (sentence[k].IsWord && ((sentence[k].IsLower && _cues.IsReportingVerb(sentence[k]))
                || (sentence[k].IsCapitalized && ((afterComma && sentence[k - 1].Kind == TokenKind.Comma) || (sentence[k - 1].IsWord && sentence[k - 1].IsCapitalized)))))
            {
                return true;
            }
        }

        return false;
    }
}
