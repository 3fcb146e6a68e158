using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Recognises the line that ends an article on a web page: a comments section, a newsletter
/// box, a list of related stories. Everything after it is trailer, however well written,
/// since reader comments are prose too.
/// </summary>
internal static class Terminators
{
    private const int MaxWords = 12;

    private static readonly string[] s_prefixes =
    {
        "commentaires", "commentaire", "comments", "comment on this", "have your say", "réagir", "réagissez",
        "laisser un commentaire", "laissez un commentaire", "leave a comment", "leave a reply", "add a comment",
        "newsletter", "sur le même sujet", "dans la même rubrique", "à lire également", "à voir aussi", "à suivre aussi",
        "ailleurs sur le web", "dernières actualités", "les plus lus", "les plus partagés", "vous aimerez aussi",
        "vous aimerez peut-être", "nos abonnés ont lu", "related stories", "related articles", "more on this story",
        "more from", "you may also like", "recommended", "most read", "top stories", "partager cet article",
        "share this article", "mots-clés", "tags :", "tags:", "contenus sponsorisés", "sponsored content",
    };

    /// <summary>Whether <paramref name="text"/> opens the part of a page that follows the article.</summary>
    public static bool IsTerminator(string text)
    {
        var words = Words.Split(text);
        if (words.Count == 0 || words.Count > MaxWords)
        {
            return false;
        }

        foreach (var prefix in s_prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "24 réponses", "3 Comments", "0 Commentaire(s)"
        return words.Count <= 3 && char.IsDigit(words[0][0]) && words.Count >= 2
            && (StartsWith(words[1], "réponse") || StartsWith(words[1], "comment") || StartsWith(words[1], "repl"));
    }

    private static bool StartsWith(string word, string prefix) => word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
