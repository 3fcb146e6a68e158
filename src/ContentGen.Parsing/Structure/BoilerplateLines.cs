using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Recognises site chrome, in English and French: navigation, sharing, advertising, sign-up
/// and rights notices. Text is judged alone, so the rules only fire on short text, never on a
/// sentence of body text that happens to use the same words.
/// </summary>
internal static class BoilerplateLines
{
    private const int MaxWordsForPhraseMatch = 16;
    private const int MaxWordsForLinkLine = 40;

    private static readonly HashSet<string> s_exactNavigation = new(StringComparer.OrdinalIgnoreCase)
    {
        "skip to content", "skip to main content", "skip to navigation", "jump to content",
        "share", "share this", "share this article", "share this story", "share this page",
        "share on facebook", "share on twitter", "tweet", "email", "e-mail", "print",
        "advertisement", "advertisements", "advert", "sponsored", "sponsored content",
        "read more", "related", "related articles", "related stories", "related topics", "see also",
        "more on this story", "top stories", "most read", "back to top", "top of page",
        "menu", "main menu", "search", "home", "close", "sign in", "log in", "subscribe", "newsletter",
        "lire aussi", "à lire aussi", "a lire aussi", "a lire", "à lire", "lire la suite", "voir aussi", "à voir aussi",
        "publicité", "rechercher", "accueil", "fermer", "se connecter", "s'abonner", "s’abonner",
        "je m'abonne", "je m’abonne", "partager", "partager sur facebook", "partager sur twitter",
        "imprimer", "haut de page", "accéder au contenu principal", "aller au contenu", "passer au contenu principal",
        "aller au contenu principal", "passer au contenu", "contenu sponsorisé", "les plus lus", "à la une",
        "article réservé aux abonnés", "réservé aux abonnés", "abonné", "abonnés", "déjà abonné", "en direct",
        "dernière minute", "le live", "écouter", "regarder", "suivez-nous", "suivez-nous sur", "follow us",
        "print friendly, pdf & email", "partager la page", "retour à l'accueil", "retour à l’accueil", "lire le journal",
    };

    // A line made only of these words is a share bar or a menu: "Partager Tweet", "Facebook Twitter Email".
    private static readonly HashSet<string> s_menuWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "partager", "partagez", "tweet", "tweetez", "facebook", "twitter", "linkedin", "whatsapp", "email", "e-mail",
        "mail", "print", "imprimer", "instagram", "youtube", "rss", "envelope", "pinterest", "reddit", "telegram",
        "messenger", "flipboard", "copier", "lien", "copy", "link", "menu", "search", "rechercher", "fermer", "close",
        "accueil", "home", "newsletter", "newsletters", "podcast", "podcasts", "vidéo", "vidéos", "video", "videos",
        "direct", "live", "flux", "alternate", "connexion", "login", "logo", "ok",
    };

    private static readonly string[] s_linkPrefixes =
    {
        "read more:", "read more »", "see also:", "related:", "lire aussi", "à lire aussi", "a lire aussi",
        "voir aussi", "lire la suite", "lire encore", "lire également", "à lire également", "sur le même sujet",
        "à voir aussi", "à voir également", "également sur", "also read", "read also", ">> ", "→ ",
    };

    private static readonly string[] s_signUpPhrases =
    {
        "cookie", "newsletter", "sign up", "subscribe to", "abonnez-vous", "inscrivez-vous",
        "accepter et continuer", "javascript", "déjà abonné", "s'abonner", "s’abonner",
    };

    private static readonly string[] s_rightsPhrases =
    {
        "all rights reserved", "tous droits réservés", "tous droits de reproduction", "droits réservés",
    };

    /// <summary>The kind of boilerplate a block of text is, or <see langword="null"/> for body text.</summary>
    public static BoilerplateKind? Classify(string text)
    {
        if (StartsLinkLine(text) && Words.Count(text) <= MaxWordsForLinkLine)
        {
            return BoilerplateKind.Navigation;
        }

        return ClassifyLine(text);
    }

    /// <summary>
    /// The kind of boilerplate a single line is, judged without the lines that may continue it,
    /// or <see langword="null"/> for body text.
    /// </summary>
    public static BoilerplateKind? ClassifyLine(string line)
    {
        var text = line.TrimEnd(' ', '.', ':', '…', '>', '»', '›', '|', '!');
        if (text.Length == 0)
        {
            return null;
        }

        if (s_exactNavigation.Contains(text))
        {
            return BoilerplateKind.Navigation;
        }

        var words = Words.Split(line);
        if (words.Count > MaxWordsForPhraseMatch || Terminators.IsTerminator(line))
        {
            return null;
        }

        if (text[0] == '©' || StartsWithAny(text, "copyright", "(c) ") || ContainsAny(text, s_rightsPhrases))
        {
            return BoilerplateKind.Copyright;
        }

        return ContainsAny(text, s_signUpPhrases) || IsMenuWordsOnly(words) ? BoilerplateKind.Navigation : null;
    }

    /// <summary>Whether <paramref name="line"/> opens a link to another article: "Lire aussi : …", "Read more: …", ">> …".</summary>
    public static bool StartsLinkLine(string line) => StartsWithAny(line, s_linkPrefixes);

    private static bool IsMenuWordsOnly(List<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!s_menuWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithAny(string text, params string[] prefixes)
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

    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
