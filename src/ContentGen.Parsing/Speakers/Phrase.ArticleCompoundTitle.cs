using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "sagte die Betriebsratsvorsitzende Petra Vogt", "sagte der Kreisbrandmeister Jan Rau": German and
// Dutch write an office as a compound no list can hold, and German puts the article before it as before
// a listed title ("sagte die Vorsitzende Petra Vogt"). A compound whose last part is a title that ends
// compounds (SpeechTables.TitleEnds), between a definite article and a name, is read as that title: the
// name after it speaks. At the cue with nothing after it ("sagte die Betriebsratsvorsitzende.", "zei de
// fractievoorzitter.") it is an epithet, read as a trade's is (Phrase.AgentEpithet.cs).
// Stopped where the article and the part's form disagree (German "der" before a woman's form is a
// dative or a genitive, "die" before a man's form the plural), where the part is a body's noun too,
// and where the compound names a body. Before a name, a name of two words at least must follow:
// "der Landesvorstand Hessen" is a board and its region, no one's title and name.
internal sealed partial class Phrase
{
    private const int MaxTitleEnding = 16;

    private bool IsArticleCompoundTitle(IReadOnlyList<Token> sentence, int article, int title)
        => title == article + 1 && title + 2 < sentence.Count && sentence[title].IsCapitalized
        && sentence[title + 1].IsCapitalized && sentence[title + 2].IsCapitalized
        && Is(sentence[article], WordClass.Definite) && IsCompoundTitleAfter(sentence[article], sentence[title]);

    private bool IsCompoundTitleAfter(Token article, Token word)
    {
        // An office's epithet the lexicon lists ("der Rathauschef") keeps its own reading.
        if (!word.IsWord || Is(word, WordClass.Title) || IsRoleNoun(word) || _words.OfficeEpithetPhrases.Contains(word.Span)
            || _words.IsCompoundBody(word.Span) || !_words.TitleEnds.EndsAny(word.Span))
        {
            return false;
        }

        var tail = TitleEnding(word.Span);
        if (tail.IsEmpty || _words.IsOrganisationNoun(tail) || _words.AnyBodyNouns.Contains(tail) || _words.BodyNouns.Contains(tail))
        {
            return false;
        }

        // The part's form by the lexicon's titles of each gender and its agents' endings; where the lexicons
        // of several languages are read at once and their endings say both ("-ster", "-er"), no form is sure.
        var female = _words.FemaleTitles.Contains(tail) || _words.FemaleAgentNounEndings.HoldsEndingOf(tail, MaxTitleEnding, 1);
        var male = _words.MaleTitles.Contains(tail) || _words.AgentNounEndings.HoldsEndingOf(tail, MaxTitleEnding, 1);
        if (_words.MasculineArticles.Count == 0)
        {
            return true;
        }

        var masculine = _words.MasculineArticles.Contains(article.Span);
        return female ? !male && !masculine : !male || masculine;
    }

    // The longest title that ends the word, after a first part of a few letters ("Bezirks|vorsteherin").
    private ReadOnlySpan<char> TitleEnding(ReadOnlySpan<char> word)
    {
        const int MinFirstPart = 3;
        for (var start = MinFirstPart; start < word.Length; start++)
        {
            if (_words.TitleEnds.Contains(word.Slice(start)))
            {
                return word.Slice(start);
            }
        }

        return ReadOnlySpan<char>.Empty;
    }
}
