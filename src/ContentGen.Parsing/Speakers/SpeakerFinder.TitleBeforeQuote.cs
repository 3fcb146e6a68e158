using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "a report titled "…"", "une note intitulée « … »", "ein Papier betitelt „…“", "un informe titulado «…»",
// "un dossier intitolato «…»", "um estudo intitulado «…»", "een notitie getiteld ‘…’": a participle of titling right
// before the quote says the words are a work's title. "under the slogan "…"", "mit dem Titel „…“", "sous le titre
// « … »", "bajo el lema «…»", "dal titolo «…»", "sob o lema «…»", "onder het motto ‘…’": a noun of title or slogan
// after a preposition (and its article) does the same. Either way the quote is quoted from nobody, whoever reports
// in the sentence or is its subject (a title is no more its author's words than its reader's).
// Stops: other words between the participle and the quote ("entitled to an answer, said: "…""); other words between
// the noun and the quote than one preposition ("sous le titre de"); the noun with no preposition before it or its
// article ("winning the title "meant everything"", where the quote is the speaker's partial).
internal sealed partial class SpeakerFinder
{
    private bool IsTitledQuote(IReadOnlyList<Token> sentence, int quote)
    {
        var words = _cues.Words;
        var at = quote - 1;
        if (at < 0 || !sentence[at].IsWord)
        {
            return false;
        }

        if (words.TitlingWords.Contains(sentence[at].Span))
        {
            return true;
        }

        var noun = NounBeforeQuote(sentence, quote, words.TitleNouns);
        if (noun < 1)
        {
            return false;
        }

        // "dal titolo", "met als titel": the preposition right before the noun; "under the slogan": over its article.
        // Only the prepositions that bring in a title (TitlePrepositions): "for the title "…"" may be a contest's.
        return IsLinkBeforeTitle(sentence[noun - 1])
            || (noun >= 2 && _cues.Is(sentence[noun - 1], WordClass.Article) && sentence[noun - 2].IsWord && IsLinkBeforeTitle(sentence[noun - 2]));
    }

    private bool IsLinkBeforeTitle(Token word)
        => word.IsLower && _cues.Words.TitlePrepositions.Contains(word.Span);
}
