using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Una vecina de Villanueva de la Sierra que …", "Een buurvrouw uit Bergen op Zoom die …", "Una cassiera di
// Castel di Sangro, che …": the place the unnamed person brought in (SpeakerFinder.UnnamedBroughtIn.cs) is from
// is named in several capitalised words joined by a preposition or an article. SpeakerFinder.UnnamedFromPlace.cs
// reads a place of one word only, so the place's first word was read as a name and the sentence as one that names
// someone: the quote after it went to the person named before. Read as naming no one: the place's words
// start after lower-case words of which one links a person to a place, each later capitalised word follows one or
// two lower-case prepositions or articles, the place is followed by no other capitalised word, and the relative
// pronoun comes right after it (a comma at most between). Two capitalised words in a row ("de María Ruiz") are not
// read here: they may be a person. Only the few words between the noun and the relative pronoun are read.
internal sealed partial class SpeakerFinder
{
    private const int MaxPlaceWords = 5;

    // The index of the last word of the place of several words that starts at `k`, or -1.
    private int PlaceOfSeveralWordsEnd(IReadOnlyList<Token> sentence, int end, int k)
    {
        if (k <= end || k - end > MaxWordsBeforeRelative)
        {
            return -1;
        }

        if (!IsLinkedLead(sentence, end, k))
        {
            return -1;
        }

        var last = k;
        var next = k + 1;
        while (next < sentence.Count && next - k < MaxPlaceWords)
        {
            var joined = next;
            while (joined < sentence.Count && joined - next < 2 && IsPlaceJoint(sentence[joined]))
            {
                joined++;
            }

            if (joined == next || joined >= sentence.Count || !IsPlaceWord(sentence[joined]))
            {
                break;
            }

            last = joined;
            next = joined + 1;
        }

        if (last == k || (next < sentence.Count && IsPlaceWord(sentence[next])))
        {
            return -1;
        }

        if (next < sentence.Count && sentence[next].Kind == TokenKind.Comma)
        {
            next++;
        }

        return next < sentence.Count && sentence[next].IsWord && sentence[next].IsLower && _cues.Words.RelativePronouns.Contains(sentence[next].Span)
            ? last
            : -1;
    }

    private bool IsPlaceJoint(Token token)
        => token.IsWord && token.IsLower && _cues.Is(token, WordClass.Preposition | WordClass.Definite);

    private static bool IsPlaceWord(Token token)
        => token.IsWord && token.IsCapitalized && token.Span.Length > 1;
}
