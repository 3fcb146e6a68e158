using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// The rules that turn a reporting verb's lemma into the forms news writes, shared by the
/// languages whose lexicons use them. Each rule gives the third person present and past, the
/// participle that follows an auxiliary ("a déclaré", "ha detto", "hat gesagt") and the plural;
/// forms the rule gets wrong are given per lemma.
/// </summary>
internal static class Inflection
{
    /// <summary>French: "déclarer" gives déclare, déclaré, déclara, déclarait, déclarent; "réagir" réagit, réagi, réagissait; "défendre" défend, défendu.</summary>
    public static IEnumerable<string> French(string lemma, IReadOnlyDictionary<string, string[]> irregular)
    {
        if (irregular.TryGetValue(lemma, out var forms))
        {
            return forms;
        }

        var stem = lemma.Substring(0, lemma.Length - 2);
        if (lemma.EndsWith("er", StringComparison.Ordinal))
        {
            // "commencer", "lancer" keep their c soft before a: "lança"; "manger" keeps its e: "mangea".
            var beforeA = stem.EndsWith("c", StringComparison.Ordinal) ? stem.Substring(0, stem.Length - 1) + "ç"
                : stem.EndsWith("g", StringComparison.Ordinal) ? stem + "e" : stem;
            return new[] { stem + "e", stem + "é", stem + "ée", beforeA + "a", beforeA + "ait", beforeA + "aient", stem + "ent", stem + "èrent" };
        }

        // -re verbs of the third group: "défendre" gives défend, défendu, défendit, défendait, défendent, défendirent.
        if (lemma.EndsWith("re", StringComparison.Ordinal))
        {
            return new[] { stem, stem + "u", stem + "ue", stem + "it", stem + "ait", stem + "aient", stem + "ent", stem + "irent" };
        }

        // -ir verbs of the second group: "réagir", "avertir" (réagirent in the passé simple).
        return new[] { stem + "it", stem + "i", stem + "ie", stem + "issait", stem + "issaient", stem + "issent", stem + "irent" };
    }

    /// <summary>Spanish: "declarar" gives declara, declaró, declaraba, declarado; "responder" responde, respondió, respondía, respondido.</summary>
    public static IEnumerable<string> Spanish(string lemma, IReadOnlyDictionary<string, string[]> irregular)
    {
        if (irregular.TryGetValue(lemma, out var forms))
        {
            return forms;
        }

        var stem = lemma.Substring(0, lemma.Length - 2);
        return lemma.EndsWith("ar", StringComparison.Ordinal)
            ? new[] { stem + "a", stem + "ó", stem + "aba", stem + "ado", stem + "an", stem + "aron", stem + "aban" }
            : new[] { stem + "e", stem + "ió", stem + "ía", stem + "ido", stem + "en", stem + "ieron", stem + "ían" };
    }

    /// <summary>Italian: "dichiarare" gives dichiara, dichiarò, dichiarava, dichiarato, dichiarano, dichiararono; "ribadire" ribadisce, ribadì, ribadito, ribadiscono.</summary>
    public static IEnumerable<string> Italian(string lemma, IReadOnlyDictionary<string, string[]> irregular)
    {
        if (irregular.TryGetValue(lemma, out var forms))
        {
            return forms;
        }

        var stem = lemma.Substring(0, lemma.Length - 3);
        if (lemma.EndsWith("are", StringComparison.Ordinal))
        {
            return new[] { stem + "a", stem + "ò", stem + "ava", stem + "ato", stem + "ata", stem + "ano", stem + "arono", stem + "avano" };
        }

        // The plural of the present, of the passato remoto and of the imperfect: "ribadiscono", "ribadirono",
        // "ribadivano"; "ripetono", "ripeterono", "ripetevano".
        return lemma.EndsWith("ire", StringComparison.Ordinal)
            ? new[] { stem + "isce", stem + "ì", stem + "iva", stem + "ito", stem + "ita", stem + "iscono", stem + "irono", stem + "ivano" }
            : new[] { stem + "e", stem + "é", stem + "eva", stem + "uto", stem + "uta", stem + "ono", stem + "erono", stem + "evano" };
    }

    /// <summary>Portuguese: "afirmar" gives afirma, afirmou, afirmava, afirmado; "responder" responde, respondeu, respondido.</summary>
    public static IEnumerable<string> Portuguese(string lemma, IReadOnlyDictionary<string, string[]> irregular)
    {
        if (irregular.TryGetValue(lemma, out var forms))
        {
            return forms;
        }

        var stem = lemma.Substring(0, lemma.Length - 2);
        if (lemma.EndsWith("ar", StringComparison.Ordinal))
        {
            return new[] { stem + "a", stem + "ou", stem + "ava", stem + "ado", stem + "am", stem + "aram", stem + "avam" };
        }

        return lemma.EndsWith("er", StringComparison.Ordinal)
            ? new[] { stem + "e", stem + "eu", stem + "ia", stem + "ido", stem + "em", stem + "eram", stem + "iam" }
            : new[] { stem + "e", stem + "iu", stem + "ia", stem + "ido", stem + "em", stem + "iram", stem + "iam" };
    }

    /// <summary>
    /// German weak verbs: "sagen" gives sagt, sagte, gesagt, sagten; "erklären" erklärt, erklärte
    /// (an unstressed prefix or -ieren takes no ge-); a stem in t or d takes an e: "antwortete".
    /// </summary>
    public static IEnumerable<string> German(string lemma, IReadOnlyDictionary<string, string[]> irregular)
    {
        if (irregular.TryGetValue(lemma, out var forms))
        {
            return forms;
        }

        var stem = lemma.EndsWith("ern", StringComparison.Ordinal) || lemma.EndsWith("eln", StringComparison.Ordinal)
            ? lemma.Substring(0, lemma.Length - 1)
            : lemma.Substring(0, lemma.Length - 2);
        var e = stem.EndsWith("t", StringComparison.Ordinal) || stem.EndsWith("d", StringComparison.Ordinal) || TakesLinkingE(stem) ? "e" : string.Empty;
        var noGe = lemma.EndsWith("ieren", StringComparison.Ordinal) || StartsWithAny(lemma, "be", "er", "ver", "ent", "zer", "ge", "emp", "miss");
        return new[] { stem + e + "t", stem + e + "te", stem + e + "ten", (noGe ? string.Empty : "ge") + stem + e + "t" };
    }

    /// <summary>
    /// Dutch weak verbs: "benadrukken" gives benadrukt, benadrukte, benadrukten, benadrukt; the
    /// past takes -te after the voiceless consonants of 't kofschip and -de after the others.
    /// Verbs whose stem doubles or drops a vowel are given whole.
    /// </summary>
    public static IEnumerable<string> Dutch(string lemma, IReadOnlyDictionary<string, string[]> irregular)
    {
        if (irregular.TryGetValue(lemma, out var forms))
        {
            return forms;
        }

        var stem = lemma.Substring(0, lemma.Length - 2);
        if (stem.Length > 2 && stem[stem.Length - 1] == stem[stem.Length - 2])
        {
            stem = stem.Substring(0, stem.Length - 1);
        }

        var last = stem[stem.Length - 1];
        var past = "tkfschp".IndexOf(last) >= 0 ? "te" : "de";
        var participleEnd = past == "te" ? "t" : "d";
        var noGe = StartsWithAny(lemma, "be", "ge", "her", "ver", "ont", "er");
        var third = last == 't' ? stem : stem + "t";
        return new[] { third, stem + past, stem + past + "n", (noGe ? string.Empty : "ge") + stem + (last is 't' or 'd' ? string.Empty : participleEnd) };
    }

    /// <summary>
    /// A language's participle rule, with the verbs that break it given whole: whether a final
    /// consonant doubles ("admitting", not "visiting") or a stem changes ("diciendo") cannot be
    /// read from the spelling alone.
    /// </summary>
    public static Func<string, string?> Participles(IReadOnlyDictionary<string, string> irregular, Func<string, string?> rule) =>
        lemma => irregular.TryGetValue(lemma, out var form) ? form : rule(lemma);

    /// <summary>English present participle: "say" gives saying, "argue" arguing; a doubled consonant is given whole.</summary>
    public static string EnglishParticiple(string lemma)
    {
        if (lemma.EndsWith("ie", StringComparison.Ordinal))
        {
            return lemma.Substring(0, lemma.Length - 2) + "ying";
        }

        if (lemma.EndsWith("e", StringComparison.Ordinal) && !lemma.EndsWith("ee", StringComparison.Ordinal))
        {
            return lemma.Substring(0, lemma.Length - 1) + "ing";
        }

        return lemma + "ing";
    }

    /// <summary>Romance gerunds of regular verbs: "déclarer" gives déclarant, "escribir" escribiendo, "dizer" dizendo.</summary>
    public static string? Gerund(string lemma, string ar, string er, string ir)
    {
        if (lemma.Length < 4)
        {
            return null;
        }

        var ending = lemma.Substring(lemma.Length - 2);
        var stem = lemma.Substring(0, lemma.Length - 2);
        return ending switch
        {
            "ar" => stem + ar,
            "er" => stem + er,
            "ir" => stem + ir,
            _ => null,
        };
    }

    /// <summary>
    /// French gerunds: the regular rule, with the spelling that keeps a soft c or g before "a":
    /// "dénoncer" gives dénonçant, "interroger" interrogeant.
    /// </summary>
    public static string? FrenchGerund(string lemma)
    {
        if (lemma.EndsWith("cer", StringComparison.Ordinal))
        {
            return lemma.Substring(0, lemma.Length - 3) + "çant";
        }

        return lemma.EndsWith("ger", StringComparison.Ordinal) ? lemma.Substring(0, lemma.Length - 2) + "eant" : Gerund(lemma, "ant", "ant", "issant");
    }

    /// <summary>Italian gerunds of regular verbs: "denunciare" gives denunciando, "sostenere" sostenendo, "chiarire" chiarendo.</summary>
    public static string? ItalianGerund(string lemma)
    {
        if (lemma.Length < 5)
        {
            return null;
        }

        var stem = lemma.Substring(0, lemma.Length - 3);
        return lemma.EndsWith("are", StringComparison.Ordinal) ? stem + "ando"
            : lemma.EndsWith("ere", StringComparison.Ordinal) || lemma.EndsWith("ire", StringComparison.Ordinal) ? stem + "endo"
            : null;
    }

    // "entgegnen" gives "entgegnete", "rechnen" "rechnete", "atmen" "atmete": an m or n after another
    // consonant takes an e before the ending, but not after l, r or a lengthening h ("lernte",
    // "filmte", "mahnte"); the h of "ch" is a consonant ("rechnete", "zeichnete").
    private static bool TakesLinkingE(string stem)
    {
        if (stem.Length < 2)
        {
            return false;
        }

        var last = stem[stem.Length - 1];
        var before = stem[stem.Length - 2];
        var chSound = before == 'h' && stem.Length > 2 && stem[stem.Length - 3] == 'c';
        return (last == 'm' || last == 'n') && (chSound || "aeiouäöüylrhmn".IndexOf(before) < 0);
    }

    private static bool StartsWithAny(string word, params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
