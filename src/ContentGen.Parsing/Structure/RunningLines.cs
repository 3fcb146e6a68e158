using System;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Tells a line that goes on from the line above it, mid-sentence: a dump wraps a paragraph wherever
/// the width runs out, so its last line may be one word that is also a menu's ("home.", "vidéo.") or a
/// clause with a sign-up word ("s'abonner à la lettre de la mairie"). Such a line belongs to its
/// paragraph and is never judged alone as chrome.
/// </summary>
internal static class RunningLines
{

    /// <summary>
    /// Whether <paramref name="line"/> goes on from <paramref name="previous"/>: the line above stops
    /// on a word, an amount or a comma, and either this line starts in lower case or the line above ends on a
    /// function word ("… leave their" / "home.", "… eine Frage der" / "Politik."), which no headline
    /// or menu item does.
    /// </summary>
    public static bool GoesOn(ReadOnlySpan<char> previous, ReadOnlySpan<char> line)
    {
        if (previous.Length == 0 || line.Length == 0)
        {
            return false;
        }

        // An amount ends on its unit: "… dès 1 €" / "le premier mois.", "… de 5 %" / "cette année.".
        var last = previous[previous.Length - 1];
        if (!(char.IsLetterOrDigit(last) || last == ',' || last == '%' || char.GetUnicodeCategory(last) == System.Globalization.UnicodeCategory.CurrencySymbol))
        {
            return false;
        }

        return char.IsLower(line[0]) || (char.IsLetter(last) && EndsOnFunctionWord(LastWord(previous)));
    }

    // "… eine Frage der", "… qu'il", "… and it's": a function word, one an elided article opens ("qu'il") or a contraction
    // of one ("it's", "we're"); "… tutto l'inverno" ends on a noun, however its article is elided.
    private const int MaxContractionLetters = 2;

    private static bool EndsOnFunctionWord(ReadOnlySpan<char> word)
    {
        var apostrophe = word.LastIndexOfAny('\'', '’');
        if (apostrophe < 0)
        {
            return Stopwords.IsStopword(word);
        }

        var after = word.Slice(apostrophe + 1);
        return Stopwords.IsStopwordOrElision(word) && (Stopwords.IsStopword(after) || after.Length <= MaxContractionLetters);
    }

    /// <summary>The last word of <paramref name="text"/>, after its last white space.</summary>
    public static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text.Slice(start);
    }
}
