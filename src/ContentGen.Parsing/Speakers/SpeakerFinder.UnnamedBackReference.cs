using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Un riverain du moulin se souvient de l'odeur. « … », raconte ce retraité.", "A local trader
// said the market was quiet. '…,' the trader said.": someone unnamed opens a sentence with an
// indefinite article and a person's noun, and the quote of the sentence right after is given to
// a definite article or a demonstrative and a person's noun. The article points back to that
// person, whom its noun describes; the speaker is the noun, as "said one trader" is. With no one
// unnamed just before, the reading stays the role's (no one, or the holder the article named).
internal sealed partial class SpeakerFinder
{
    // The sentence that last opened on someone unnamed, or -1.
    private int _unnamedOpenerSentence = -1;

    // Notes a sentence with no speaker that opens on an indefinite article and a person's noun.
    private void NoteUnnamedOpener(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is null && sentence.Count > 3 && sentence[0].IsCapitalized && _cues.Is(sentence[0], WordClass.Indefinite)
            && PersonNounAfterArticle(sentence, 0, sentence.Count, out _) is not null)
        {
            _unnamedOpenerSentence = _state.Sentence;
        }
    }

    // The noun of "ce retraité", "the trader" giving the quote at `quote`, when the sentence just
    // before opened on someone unnamed; null otherwise.
    private string? UnnamedBackReference(IReadOnlyList<Token> sentence, int quote)
    {
        if (_unnamedOpenerSentence < 0 || _unnamedOpenerSentence != _state.Sentence - 1 || quote + 3 >= sentence.Count)
        {
            return null;
        }

        var at = sentence[quote + 1].Kind == TokenKind.Comma ? quote + 2 : quote + 1;

        // "'…,' the trader said": the article, the noun, then the verb.
        if (IsArticleOrDemonstrative(sentence[at]) && at + 2 < sentence.Count && IsPersonNoun(sentence[at + 1]) && sentence[at + 1].IsLower
            && _cues.IsReportingVerb(sentence[at + 2]))
        {
            return sentence[at + 1].Text;
        }

        // "« … », raconte ce retraité", "», a expliqué le riverain": the verb, then the subject, which ends the sentence.
        var verb = at;
        while (verb < sentence.Count && verb - at < 2 && IsAuxiliaryOrFiller(sentence[verb]))
        {
            verb++;
        }

        if (verb + 2 >= sentence.Count || !_cues.IsReportingVerb(sentence[verb]) || HasJoinedPronoun(sentence[verb]))
        {
            return null;
        }

        var article = verb + 1;
        var noun = article + 1;
        return IsArticleOrDemonstrative(sentence[article]) && IsPersonNoun(sentence[noun]) && sentence[noun].IsLower
            && (noun + 1 >= sentence.Count || !sentence[noun + 1].IsWord)
            ? sentence[noun].Text
            : null;
    }

    private bool IsArticleOrDemonstrative(Token token)
        => token.IsWord && (_cues.Is(token, WordClass.Definite) || _cues.Words.Demonstratives.Contains(token.Span));
}
