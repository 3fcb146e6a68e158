using System;
using System.Collections.Generic;
using System.Globalization;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds a paywall's box where a page prints it mid-article: a group of short lines of its own (between blank lines)
/// that asks the reader to subscribe. Its label and its buttons are chrome alone ("Este contenido es exclusivo para
/// suscriptores", "Subscribe now"); its other lines are in any words ("Has leído los 5 artículos gratuitos de este mes.",
/// "1 € el primer mes. Después, 7,99 €/mes.") and read as sentences. The box gives itself away by a subscriber's login
/// prompt ("Already a subscriber? Log in", "Déjà abonné ? Se connecter") or a paywall's label, with another line chrome
/// alone or an offer's price beside it: two signs, so that an article's group of short lines about subscriptions stays the
/// article's.
/// </summary>
internal static class PaywallBoxes
{
    // A box's label, meter, offer, button and prompt fit in a few short lines; an article's paragraph does not.
    private const int MaxBoxLines = 8;
    private const int MaxBoxWords = 70;
    private const int MaxLineWords = 16;

    // "¿Ya eres suscriptor? Inicia sesión", "Sie sind bereits Abonnent? Anmelden": a question and its button.
    private const int MaxPromptWords = 8;
    private const int MaxButtonWords = 4;

    /// <summary>Whether lines [<paramref name="start"/>, <paramref name="end"/>), a group of their own, are a paywall's box.</summary>
    public static bool IsBox(IReadOnlyList<SourceLine> lines, int start, int end, string document) =>
        end - start >= 2 && end - start <= MaxBoxLines && HoldsSigns(lines, start, end, document);

    // Whether lines [start, end) are short, few in words, and hold a paywall's sign with another chrome line beside it.
    // Only groups of a box's size are read, a page's paragraphs stop the count at their seventeenth word, and the lines are
    // judged as chrome only in a group that holds a sign.
    private static bool HoldsSigns(IReadOnlyList<SourceLine> lines, int start, int end, string document)
    {
        var words = 0;
        var signs = 0;
        for (var i = start; i < end; i++)
        {
            var line = lines[i].TrimmedSpan(document, out _);
            var lineWords = Words.Count(line, MaxLineWords);
            words += lineWords;
            if (lineWords > MaxLineWords || words > MaxBoxWords)
            {
                return false;
            }

            signs += IsPaywallSign(line, lineWords) ? 1 : 0;
        }

        if (signs != 1)
        {
            return signs > 1;
        }

        for (var i = start; i < end; i++)
        {
            var line = lines[i].TrimmedSpan(document, out _);
            if (!IsPaywallSign(line, Words.Count(line, MaxLineWords)) && (IsPriced(line) || BoilerplateLines.ClassifyLine(line) is not null))
            {
                return true;
            }
        }

        return false;
    }

    // "1 € el primer mes", "£2 a month", "€ 12,50 per maand": a currency's sign beside a number, the box's offer.
    private static bool IsPriced(ReadOnlySpan<char> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (char.GetUnicodeCategory(line[i]) != UnicodeCategory.CurrencySymbol)
            {
                continue;
            }

            var before = line.Slice(0, i).TrimEnd();
            var after = line.Slice(i + 1).TrimStart();
            if ((before.Length > 0 && char.IsDigit(before[before.Length - 1])) || (after.Length > 0 && char.IsDigit(after[0])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a paywall's label alone ("Nur für Abonnenten") or a subscriber's login prompt:
    /// a short line asking a question about a subscriber (<c>SubscriberNouns</c>) before its question mark, with its button
    /// or nothing after it ("Já é assinante? Inicie sessão", "Ben je al abonnee? Log dan in").
    /// </summary>
    public static bool IsPaywallSign(ReadOnlySpan<char> line, int words)
    {
        var text = line.TrimEnd('.').TrimEnd();
        if (LexiconTables.PaywallLabels.Contains(text))
        {
            return true;
        }

        var mark = line.IndexOf('?');
        if (words > MaxPromptWords || mark <= 0)
        {
            return false;
        }

        // After the question, its button or nothing: "Abonnenten? Nur jeder Zehnte, so die Studie." answers it in a sentence.
        var button = line.Slice(mark + 1).Trim();
        if (button.Length > 0 && (Punctuation.IsTerminal(button[button.Length - 1]) || Words.Count(button, MaxButtonWords) > MaxButtonWords))
        {
            return false;
        }

        return LexiconTables.SubscriberNouns.HoldsAnyWordOf(line.Slice(0, mark));
    }
}
