using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Recognises single lines of site chrome, in English and French: navigation, sharing,
/// advertising, sign-up and rights notices. A line is judged alone, so the rules only fire
/// on short lines, never on a sentence of body text that happens to use the same words.
/// </summary>
internal static class BoilerplateLines
{
    private const int MaxWordsForPhraseMatch = 16;

    private static readonly HashSet<string> s_exactNavigation = new(StringComparer.OrdinalIgnoreCase)
    {
        "skip to content", "skip to main content", "skip to navigation", "jump to content",
        "share", "share this", "share this article", "share this story", "share this page",
        "share on facebook", "share on twitter", "tweet", "email", "e-mail", "print",
        "advertisement", "advertisements", "advert", "sponsored", "sponsored content",
        "read more", "related", "related articles", "related stories", "related topics", "see also",
        "more on this story", "top stories", "most read", "back to top", "top of page",
        "menu", "main menu", "search", "home", "close", "sign in", "log in", "subscribe", "newsletter",
        "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "voir aussi", "à voir aussi",
        "publicité", "rechercher", "accueil", "fermer", "se connecter", "s'abonner", "s’abonner",
        "je m'abonne", "je m’abonne", "partager", "partager sur facebook", "partager sur twitter",
        "imprimer", "haut de page", "accéder au contenu principal", "aller au contenu",
        "aller au contenu principal", "contenu sponsorisé", "les plus lus", "à la une",
    };

    private static readonly string[] s_navigationPrefixes =
    {
        "read more:", "read more »", "see also:", "related:", "lire aussi :", "lire aussi:",
        "à lire aussi :", "à lire aussi:", "voir aussi :", "voir aussi:", "lire la suite",
    };

    private static readonly string[] s_signUpPhrases =
    {
        "cookie", "newsletter", "sign up", "subscribe to", "abonnez-vous", "inscrivez-vous",
        "accepter et continuer", "javascript",
    };

    private static readonly string[] s_rightsPhrases =
    {
        "all rights reserved", "tous droits réservés", "tous droits de reproduction",
    };

    /// <summary>The kind of boilerplate <paramref name="line"/> is, or <see langword="null"/> for body text.</summary>
    public static BoilerplateKind? Classify(string line)
    {
        var text = line.TrimEnd(' ', '.', ':', '…', '>', '»', '›', '|');
        if (text.Length == 0)
        {
            return null;
        }

        if (s_exactNavigation.Contains(text))
        {
            return BoilerplateKind.Navigation;
        }

        if (Words.Count(line) > MaxWordsForPhraseMatch)
        {
            return null;
        }

        if (text[0] == '©' || StartsWithAny(text, "copyright", "(c) ") || ContainsAny(text, s_rightsPhrases))
        {
            return BoilerplateKind.Copyright;
        }

        return StartsWithAny(line, s_navigationPrefixes) || ContainsAny(text, s_signUpPhrases)
            ? BoilerplateKind.Navigation
            : null;
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
