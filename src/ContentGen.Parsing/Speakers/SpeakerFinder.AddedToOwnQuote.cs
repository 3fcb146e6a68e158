using System;

namespace ContentGen.Parsing.Speakers;

// "«…», lamenta José Prieto. «…», añade el ganadero.", "„…“, sagt Paul Berger. „…“, ergänzt der
// Landwirt.", "\"…,\" said Tom Holt. \"…,\" the farmer added.": a second quote opens its sentence
// right after the one before, and its cue calls the speaker by a profession with a verb of adding
// (SpeechWords.AddingVerbs). Adding goes on with one's own words; whoever answers replies,
// objects or says. So the profession describes the one quoted just before, where after another
// verb ("«…», a répondu l'ingénieur") it may be someone answering, and ProfessionMeant refuses that
// person. Read only when the one quoted was the subject of the sentence before and named no one else
// in it, and when the noun or its article shows no gender the person is known not to have
// ("añade el ganadero" after Marta Gil is someone else).
internal sealed partial class SpeakerFinder
{
    // The quote, its comma, the verb and its article: the noun stands within these tokens.
    private const int MaxAddingCueTokens = 5;

    // The person quoted in the sentence just before, whom the profession `noun` at a cue of adding
    // in the sentence being read goes on from; or null.
    private string? AddedToOwnQuote(string noun, Subject? subject)
    {
        if (subject is not { } epithet || _readingSentence is not { } sentence || _sentenceBefore is not { } before
            || _state.LastQuoted is not { } quoted || _state.LastQuotedSentence != _state.Sentence - 1
            || !OpensOnQuoteWithAddingCue(sentence, epithet.End) || !NamesOnePersonAfterQuote(before) || !IsPersonNamed(quoted))
        {
            return null;
        }

        var known = _genderOf(quoted) is var shown && shown != Gender.Unknown ? shown : GivenNameGender.Of(_cues.Words, quoted);
        if (known == Gender.Unknown)
        {
            return quoted;
        }

        var word = Elision.Tail(noun.AsSpan());
        var articleGender = EpithetArticleGender(epithet);
        var nounGender = _cues.Words.FemaleTitles.Contains(word) ? Gender.Female
            : _cues.Words.MaleTitles.Contains(word) ? Gender.Male
            : AgentNouns.Is(_cues.Words, word, out var agent) ? agent
            : Gender.Unknown;
        return (articleGender != Gender.Unknown && articleGender != known) || (nounGender != Gender.Unknown && nounGender != known)
            ? null
            : quoted;
    }

    // Whether the sentence before, in the same paragraph, opens on its quote and its cue names one
    // person and no profession: "«…», lamenta José Prieto." ("«…», lamenta Pedro Gil ante el
    // alcalde Luis Prado." names two, either of whom the profession may mean).
    private bool NamesOnePersonAfterQuote(TokenRange before)
    {
        if (before.Count < 3 || before[0].Kind != TokenKind.Quote)
        {
            return false;
        }

        var runs = 0;
        for (var k = 1; k < before.Count; k++)
        {
            var token = before[k];
            if (token.Kind == TokenKind.Quote || (token.IsWord && _cues.Words.ProfessionEpithets.Contains(Elision.Tail(token.Span))))
            {
                return false;
            }

            if (token.IsCapitalized && !before[k - 1].IsCapitalized && ++runs > 1)
            {
                return false;
            }
        }

        return runs == 1;
    }

    // Whether the sentence opens on a quote whose cue, ending at most a few tokens after it, holds
    // a verb of adding before the noun that ends at `subjectEnd` or right after it ("the farmer added").
    private bool OpensOnQuoteWithAddingCue(TokenRange sentence, int subjectEnd)
    {
        if (sentence.Count < 3 || sentence[0].Kind != TokenKind.Quote || subjectEnd < 2 || subjectEnd > MaxAddingCueTokens)
        {
            return false;
        }

        for (var k = 1; k <= subjectEnd && k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote)
            {
                return false;
            }

            if (token.IsLower && _cues.Words.AddingVerbs.Contains(token.Span))
            {
                return true;
            }
        }

        return false;
    }
}
