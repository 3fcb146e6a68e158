using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Someone the teller met, brought in by an indefinite article, says the inner words when the newcomer
/// reading (InnerQuoteSpeaker.Newcomer.cs) stops short of them for the words around the noun: an
/// adjective before it (<c>"An elderly man asked me, '…'"</c>, <c>„Eine aufgeregte Touristin fragte
/// mich: ‚…‘“</c>, <c>« Une vieille femme m'a demandé : “…” »</c>), an adverb of time or sequence
/// opening the clause (<c>"Yesterday a woman asked me"</c>, <c>«Ieri una signora olandese mi ha
/// chiesto:</c>; in a verb-second language the verb and an object come before the subject: <c>„Gestern
/// fragte mich eine Passagierin:</c>, <c>‘Gisteren vroeg een passagier me:</c>), or a Portuguese verb
/// with its object pronoun joined (<c>«Um visitante perguntou-me:</c>). A visitor's, a guest's or a
/// child's words told by a guide, a cleaner or a manager are mostly written so. The noun must be one
/// the lexicons know as a person's, a role or a trade, never a spokesman's, an official's, a body's or a
/// document's (as for the newcomer); an indefinite article brings in no one the article named, so the
/// noun is said by the label convention.
/// </summary>
internal static partial class InnerQuoteSpeaker
{
    /// <summary>
    /// The noun of someone new who is the subject of the one verb of saying in the outer quote's clause
    /// right before the inner mark at <paramref name="innerOpen"/> (a whole clause, no comma cutting it),
    /// after an opening adverb, with an adjective before the noun, or with a verb carrying its object
    /// pronoun; otherwise null. Reads one clause back on the stack, no allocation but the noun's string.
    /// </summary>
    public static string? SomeoneNewAroundTheNoun(string text, int outerOpen, int innerOpen, SpeechTables words)
    {
        Span<int> starts = stackalloc int[MaxCueWords];
        Span<int> ends = stackalloc int[MaxCueWords];
        var count = CueClause(text, outerOpen, innerOpen, starts, ends, out var stop);
        // A whole clause: one cut by a comma or a bracket is the fronted-clause reading's, or no one's.
        if (count < 3 || stop is ',' or '(' or ')')
        {
            return null;
        }

        starts.Slice(0, count).Reverse();
        ends.Slice(0, count).Reverse();

        // "Yesterday a woman", "Ieri una signora": one adverb of time or sequence may open the clause.
        var k = IsOpeningAdverb(Word(text, starts, ends, 0), words) ? 1 : 0;

        // "Gestern fragte mich eine Passagierin", "Gisteren vroeg een passagier me": after the adverb a
        // verb-second language puts the verb (or its perfect auxiliary) and at most one object first.
        var verbFirst = -1;
        if (k == 1 && words.IsOneLanguage && words.VerbSecond && count > 3)
        {
            var opener = Word(text, starts, ends, 1);
            var saying = IsSayingVerb(opener, words);
            if (char.IsLower(opener[0]) && (saying || words.PerfectAuxiliaries.Contains(opener)))
            {
                // "hat mich eine Frau gefragt": the auxiliary first, its participle after the subject.
                verbFirst = saying ? 1 : -1;
                k = 2;
                var between = Word(text, starts, ends, 2);
                if (!IsNewcomerArticle(between, words) && IsObjectSlot(between, words))
                {
                    k = 3;
                }
            }
        }

        if (k + 1 >= count || !IsNewcomerArticle(Word(text, starts, ends, k), words))
        {
            return null;
        }

        // The noun, or an adjective and then the noun ("an elderly man", "eine aufgeregte Touristin",
        // "une vieille femme"): a lower-case word no list knows, before a noun the lexicons know as a person's.
        var noun = k + 1;
        var isNoun = IsNewcomerHead(Word(text, starts, ends, noun), words);
        if (!isNoun && noun + 1 < count
            && IsAdjectiveSlot(Word(text, starts, ends, noun), words) && IsNewcomerHead(Word(text, starts, ends, noun + 1), words))
        {
            noun++;
            isNoun = true;
        }

        var nounWord = Word(text, starts, ends, noun);
        if (!isNoun || (words.CapitalisesNouns ? !char.IsUpper(nounWord[0]) : !char.IsLower(nounWord[0])))
        {
            return null;
        }

        // Nothing to read that the other readings read: no adverb, no adjective, no joined pronoun, no verb first.
        var widened = k > 0 || noun > k + 1;

        // After the noun: an adjective or an object pronoun ("una signora olandese mi ha chiesto", "une femme
        // âgée m'a demandé", "vroeg een passagier me"), the one verb of saying, then at most two words before the mark.
        var verbs = verbFirst >= 0 ? 1 : 0;
        var verb = verbFirst;
        var before = 0;
        for (var w = noun + 1; w < count; w++)
        {
            var word = Word(text, starts, ends, w);
            if (!char.IsLower(word[0]) || IsPersonNoun(word, words) || words.IsAny(word, WordClass.Article | WordClass.Possessive | WordClass.Pronoun))
            {
                return null;
            }

            if (IsSayingVerb(word, words))
            {
                widened |= !words.ReportingVerbs.Contains(word);
                verbs++;
                verb = w;
            }
            else if (verb < 0 && !words.PerfectAuxiliaries.Contains(word))
            {
                // "A woman I met told me": a first person before the verb is a subject of its own, unless only
                // the verb's auxiliary follows it ("une femme nous a dit", "nous" its object).
                if (words.FirstPersonSubjects.Contains(word) && !OnlyAuxiliariesUpToVerb(text, starts, ends, w + 1, count, words))
                {
                    return null;
                }

                before++;
            }
        }

        // Words after the verb, or after the subject when the verb came first: at most two ("told us all", "me").
        var after = count - 1 - Math.Max(verb, noun);
        if (verbs != 1 || before > MaxBetween || after > MaxBetween || !widened)
        {
            return null;
        }

        return nounWord.ToString();
    }

    // "Yesterday", "Ieri", "Gestern", "Then", "Ensuite": an adverb of time or sequence that may open a clause before its
    // subject; never an auxiliary, a modal, a pronoun or an article the filler lists share.
    private static bool IsOpeningAdverb(ReadOnlySpan<char> word, SpeechTables words)
        => (words.CueTrailTimes.Contains(word) || words.Fillers.Contains(word))
        && !words.PerfectAuxiliaries.Contains(word) && !words.PassiveAuxiliaries.Contains(word) && !words.FiniteModals.Contains(word)
        && !words.ReportingVerbs.Contains(word) && !words.IsAny(word, WordClass.Pronoun | WordClass.Article | WordClass.Possessive)
        && !words.Enclitics.Contains(word) && !words.ObjectClitics.Contains(word);

    // A verb of saying, or one with its object pronoun joined after a hyphen: Portuguese "perguntou-me", "disse-nos".
    private static bool IsSayingVerb(ReadOnlySpan<char> word, SpeechTables words)
    {
        if (words.ReportingVerbs.Contains(word))
        {
            return true;
        }

        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1)
        {
            return false;
        }

        var pronoun = word.Slice(hyphen + 1);
        return (words.Enclitics.Contains(pronoun) || words.ObjectClitics.Contains(pronoun)) && words.ReportingVerbs.Contains(word.Slice(0, hyphen));
    }

    // The object a verb-second verb may have before its subject: "mich", "me", "ons"; a lower-case word that is no
    // subject, article, person, verb or adverb.
    private static bool IsObjectSlot(ReadOnlySpan<char> word, SpeechTables words)
        => char.IsLower(word[0]) && !words.FirstPersonSubjects.Contains(word) && !IsPersonNoun(word, words) && !IsSayingVerb(word, words)
        && !words.IsAny(word, WordClass.Pronoun | WordClass.Article | WordClass.Possessive);

    // An adjective between an article and its noun: a lower-case word that is no person, title, article, pronoun, verb,
    // auxiliary or first person ("an elderly man", "eine aufgeregte Touristin"; not "a woman I met", "a nurse told"). A title
    // is a person's noun the people lists lack: "una signora olandese" is a lady, not someone Dutch.
    private static bool IsAdjectiveSlot(ReadOnlySpan<char> word, SpeechTables words)
        => char.IsLower(word[0]) && !words.FirstPersonSubjects.Contains(word) && !IsSayingVerb(word, words) && !words.Titles.Contains(word)
        && !words.PerfectAuxiliaries.Contains(word) && !words.OrganisationNouns.Contains(word) && !words.DocumentNouns.Contains(word)
        && !words.IsAny(word, WordClass.Pronoun | WordClass.Article | WordClass.Possessive);

    private static bool OnlyAuxiliariesUpToVerb(string text, Span<int> starts, Span<int> ends, int from, int count, SpeechTables words)
    {
        for (var w = from; w < count; w++)
        {
            var word = Word(text, starts, ends, w);
            if (IsSayingVerb(word, words))
            {
                return true;
            }

            if (!words.PerfectAuxiliaries.Contains(word))
            {
                return false;
            }
        }

        return false;
    }
}
