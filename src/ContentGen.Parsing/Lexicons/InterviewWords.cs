using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Lexicons;

/// <summary>
/// The words that tell an interview (<see cref="Lexicon.AddressWords"/>, <see cref="Lexicon.FirstPersonWords"/>,
/// <see cref="Lexicon.PoliteReaderWords"/>) of one language, built once per language. They are never pooled:
/// a common word of one language is an interview word of another (German "du" is French "du", English "I" is
/// Italian "i", Dutch "je" is French "je"). When the page's language is unknown, only the words no other
/// language writes (as a stopword, an interview word or one of its <see cref="Lexicon.InterviewHomographs"/>) are kept.
/// </summary>
internal sealed class InterviewWords
{
    private static readonly InterviewWords?[] s_byLanguage = new InterviewWords?[Lexicon.All.Count];
    private static InterviewWords? s_unambiguous;

    private InterviewWords(List<string> address, List<string> firstPerson, List<string> polite)
    {
        Address = WordTable.Of(address);
        FirstPerson = WordTable.Of(firstPerson);
        Polite = WordTable.Of(polite, ignoreCase: false);
    }

    /// <summary>Words with which a question speaks to the person asked ("vous", "you", "u").</summary>
    public WordTable Address { get; }

    /// <summary>First-person words ("je", "ich", "nous") with which an answer speaks.</summary>
    public WordTable FirstPerson { get; }

    /// <summary>Polite forms that speak to the one asked only when capitalised past a line's first word ("Sie"), compared exactly.</summary>
    public WordTable Polite { get; }

    /// <summary>
    /// The words of <paramref name="language"/> (ISO 639-1), or, when it is <see langword="null"/> or has no
    /// lexicon, every language's words that no other language shares.
    /// </summary>
    public static InterviewWords For(string? language)
    {
        for (var i = 0; language is not null && i < Lexicon.All.Count; i++)
        {
            if (string.Equals(Lexicon.All[i].Language, language, StringComparison.OrdinalIgnoreCase))
            {
                var lexicon = Lexicon.All[i];
                return s_byLanguage[i] ??= new InterviewWords(
                    new List<string>(lexicon.AddressWords), new List<string>(lexicon.FirstPersonWords), new List<string>(lexicon.PoliteReaderWords));
            }
        }

        return s_unambiguous ??= Unambiguous();
    }

    // Each language's interview words that no other language writes, as a stopword, an interview word or a homograph of one.
    private static InterviewWords Unambiguous()
    {
        var languages = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Lexicon.All.Count; i++)
        {
            var lexicon = Lexicon.All[i];
            foreach (var list in new[] { lexicon.Stopwords, lexicon.AddressWords, lexicon.FirstPersonWords, lexicon.PoliteReaderWords, lexicon.InterviewHomographs })
            {
                foreach (var word in list)
                {
                    languages[word] = (languages.TryGetValue(word, out var flags) ? flags : 0) | (1 << i);
                }
            }
        }

        var address = new List<string>();
        var firstPerson = new List<string>();
        var polite = new List<string>();
        for (var i = 0; i < Lexicon.All.Count; i++)
        {
            var lexicon = Lexicon.All[i];
            AddOwn(lexicon.AddressWords, i, languages, address);
            AddOwn(lexicon.FirstPersonWords, i, languages, firstPerson);
            AddOwn(lexicon.PoliteReaderWords, i, languages, polite);
        }

        return new InterviewWords(address, firstPerson, polite);
    }

    private static void AddOwn(string[] words, int language, Dictionary<string, int> languages, List<string> own)
    {
        foreach (var word in words)
        {
            if (languages[word] == 1 << language)
            {
                own.Add(word);
            }
        }
    }
}
