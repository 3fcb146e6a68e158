using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Recognises the short lines a news page prints around its headline: datelines, bylines,
/// photo captions with their credits, and breadcrumbs. They are not the title and not body.
/// </summary>
internal static class PageLines
{
    private const int MaxDatelineWords = 16;
    private const int MaxBylineWords = 8;
    private const int MaxCaptionWords = 60;

    private static readonly string[] s_datePrefixes =
    {
        "publié", "publie", "mis à jour", "modifié", "actualisé", "updated", "published", "posted", "last updated", "édition du",
    };

    private static readonly string[] s_bylinePrefixes =
    {
        "par ", "by ", "texte par", "article rédigé par", "written by", "reporting by", "propos recueillis par",
        "source:", "source :", "sources:", "sources :", "with agencies", "avec agences",
    };

    private static readonly string[] s_creditMarks =
    {
        "©", "/ afp", "/afp", "afp)", "afp]", "/ reuters", "reuters)", "/ ap", "ap)", "getty images", "crédit photo", "crédit :", "credit:", "photo :", "photo:",
        "photo d'illustration", "photo d’illustration", "image d'illustration", "image d’illustration", "(photo", "[photo",
    };

    private static readonly string[] s_months =
    {
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>Whether <paramref name="text"/> says when the article was published or who wrote it.</summary>
    public static bool IsBylineOrDate(string text) => IsDateline(text) || IsAuthorLine(text);

    /// <summary>
    /// Whether <paramref name="text"/> names the author: a byline, or one that goes on into its
    /// timestamps ("Par La rédaction avec AFP - 31 déc. 2022 à 14:12 | mis à jour …"), too long
    /// for a list of names but given away by its clock time.
    /// </summary>
    public static bool IsAuthorLine(string text) => IsByline(text) || (StartsWithAny(text, s_bylinePrefixes) && HasClockTime(text));

    /// <summary>Whether <paramref name="text"/> is a dateline: "Publié le 29/12/2022 à 16:45", "Céline Regnard • 12 octobre 2022".</summary>
    public static bool IsDateline(string text)
    {
        if (StartsWithAny(text, s_datePrefixes))
        {
            return true;
        }

        var words = Words.Split(text);
        if (words.Count == 0 || words.Count > MaxDatelineWords || Punctuation.EndsSentence(text))
        {
            return false;
        }

        return IsRelativeDate(text, words) || HasNumericDate(text) || HasClockTime(text) || (HasYear(words) && HasMonth(words));
    }

    /// <summary>Whether <paramref name="text"/> is a short "Published 14 March 2023", "Publié le 12/04/2023 à 08:15" stamp.</summary>
    public static bool IsPublicationStamp(string text)
    {
        if (!StartsWithAny(text, s_datePrefixes) || Words.Count(text) > MaxDatelineWords)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // "Il y a 6 jours", "3 hours ago"
    private static bool IsRelativeDate(string text, System.Collections.Generic.List<string> words)
    {
        var hasNumber = words.Exists(w => char.IsDigit(w[0]));
        return hasNumber
            && (text.StartsWith("Il y a ", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" ago", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether <paramref name="text"/> names the author: "Par Jane Doe", "By John Smith", "Article rédigé par".</summary>
    public static bool IsByline(string text)
    {
        if (!StartsWithAny(text, s_bylinePrefixes))
        {
            return false;
        }

        var words = Words.Split(text);
        if (words.Count > MaxBylineWords || Punctuation.EndsSentence(text))
        {
            return false;
        }

        // After the opening word, a byline is names: capitalised words or nothing at all.
        var lowerCount = 0;
        for (var i = 1; i < words.Count; i++)
        {
            if (char.IsLower(words[i][0]) && !Stopwords.IsStopword(words[i]))
            {
                lowerCount++;
            }
        }

        return lowerCount <= 1;
    }

    /// <summary>Whether <paramref name="text"/> is a photo caption or credit.</summary>
    public static bool IsCaption(string text)
    {
        if (Words.Count(text) > MaxCaptionWords)
        {
            return false;
        }

        foreach (var mark in s_creditMarks)
        {
            if (text.IndexOf(mark, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> is a trail of links: "Accueil > Monde > …", "Home » News » …".</summary>
    public static bool IsBreadcrumb(string text)
    {
        var separators = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if ((text[i] == '>' || text[i] == '»' || text[i] == '›' || text[i] == '/') && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                separators++;
            }
        }

        return separators >= 2;
    }

    private static bool HasNumericDate(string text)
    {
        // dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy: two separators between digit runs.
        var run = 0;
        var separators = 0;
        char separator = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '0' && c <= '9')
            {
                run++;
                continue;
            }

            if ((c == '/' || c == '.' || c == '-') && run is >= 1 and <= 4 && (separator == '\0' || separator == c)
                && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                separator = c;
                separators++;
                if (separators == 2)
                {
                    return true;
                }
            }
            else
            {
                separators = 0;
                separator = '\0';
            }

            run = 0;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> gives a time of day: 16:45, 07h06, 8h33.</summary>
    public static bool HasClockTime(string text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if ((text[i] == ':' || text[i] == 'h') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
                && (i + 3 >= text.Length || !char.IsDigit(text[i + 3])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasYear(System.Collections.Generic.List<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal))
                && char.IsDigit(word[2]) && char.IsDigit(word[3]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMonth(System.Collections.Generic.List<string> words)
    {
        foreach (var word in words)
        {
            foreach (var month in s_months)
            {
                if (string.Equals(word, month, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsWithAny(string text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
