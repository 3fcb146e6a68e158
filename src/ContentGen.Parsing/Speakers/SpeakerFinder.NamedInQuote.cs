using System;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Speakers;

// "“Sander heeft gelijk. …”, zegt de dierenarts", "«Julio tiene toda mi confianza», aseguró el
// presidente", "“Tom, you're wrong,” she said": the person the quote's own words name, spoken of
// or spoken to, is not the one saying them. A pronoun, a role, an epithet or a continuation
// that the cast resolves to that person has passed over the speaker; no one, rather than the
// person talked about. A name in the cue itself ("…, said Tom Fox") stands as it is read.
internal sealed partial class SpeakerFinder
{
    private bool IsNamedInOwnWords(ReadOnlySpan<char> inner, Subject subject, string? speaker)
        => speaker is not null && subject.Kind != SubjectKind.Name && KindOf(speaker) == SpeakerKind.Person
        && NamesPartOf(inner, speaker);

    // « Ça ne peut plus durer, s'agace Marc Lenoir. … », "«… —dice Luis Pardo— …»": a quote
    // whose words may hold their own cue names its speaker there; the words are not read for
    // anyone spoken of (SpeakerFinder.InnerCue.cs reads them).
    private static bool MayHoldInnerCue(QuoteSpan quote, string paragraph, ReadOnlySpan<char> inner)
        => HasDashBeforeLowerCase(inner) || (quote.Open >= 0 && paragraph[quote.Open] == '«' && HasCommaBeforeLowerCase(inner));

    // "the teenage Michael Howard", "the same Juan Carlos": a name after an article and a word or
    // two is the speaker's own self of another time, not someone else spoken of.
    private const int MaxWordsAfterArticle = 2;

    // A capitalised word of the quote that is a whole word of the name ("Sander" of "Sander Kok",
    // "Vries" of "Anouk de Vries"); lower-case particles, initials and titles ("Mr") are no evidence, nor a
    // surname two people of the article share ("Ibarra" of Carmen and Tomás Ibarra) or a first
    // name that opens two full names: either may be the one spoken of.
    private bool NamesPartOf(ReadOnlySpan<char> inner, string name)
    {
        var reader = new Text.WordReader(inner);
        // Lower-case words read since an article, or -1 with no article in reach; a capitalised
        // run right after them is the article's.
        var sinceArticle = -1;
        var inRun = false;
        while (reader.Read())
        {
            var word = reader.Word;
            var capital = char.IsUpper(word[0]);
            if (word.Length > 1 && capital && sinceArticle < 0 && !_cues.Words.Titles.Contains(word)
                && IsWordOf(name.AsSpan(), word) && !IsSharedNameWord(name, word))
            {
                return true;
            }

            if (_cues.Words.Definites.Contains(word))
            {
                sinceArticle = 0;
                inRun = false;
            }
            else if (capital)
            {
                inRun = sinceArticle >= 0;
            }
            else
            {
                sinceArticle = sinceArticle >= 0 && !inRun && sinceArticle < MaxWordsAfterArticle ? sinceArticle + 1 : -1;
                inRun = false;
            }
        }

        return false;
    }

    private bool IsSharedNameWord(string name, ReadOnlySpan<char> word)
    {
        var text = Text.StringCache.Get(word);
        return (name.EndsWith(text, StringComparison.Ordinal) && _plausibility.IsAmbiguousSurname(text))
            || (name.StartsWith(text, StringComparison.Ordinal) && _names.OpensSeveralFullNames(text));
    }

    private static bool IsWordOf(ReadOnlySpan<char> name, ReadOnlySpan<char> word)
    {
        while (name.Length > 0)
        {
            var space = name.IndexOf(' ');
            var part = space < 0 ? name : name.Slice(0, space);
            if (part.SequenceEqual(word))
            {
                return true;
            }

            if (space < 0)
            {
                return false;
            }

            name = name.Slice(space + 1);
        }

        return false;
    }
}
