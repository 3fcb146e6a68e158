using System.Collections.Generic;

namespace ContentGen.Parsing.Text;

/// <summary>Splits text into words: runs of letters, digits and in-word apostrophes or hyphens.</summary>
internal static class Words
{
    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i, start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text.Substring(start, i - start));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>How many words <paramref name="text"/> has.</summary>
    public static int Count(string text) => Split(text).Count;

    // An apostrophe or hyphen belongs to a word only between two letters: "don't", "Kilroy-Silk".
    private static bool IsJoiner(string text, int i, bool inWord)
        => inWord
        && (text[i] == '\'' || text[i] == '’' || text[i] == '-')
        && i + 1 < text.Length
        && char.IsLetter(text[i + 1]);
}
