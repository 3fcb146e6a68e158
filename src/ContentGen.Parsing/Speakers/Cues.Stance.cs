using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Reflexive verbs of stance after a quote: <c>„…“, zeigte sich X zuversichtlich</c>, <c>"…",
/// toonde ze zich tevreden</c>, <c>«…», se mostró optimista X</c>, <c>« … », s'est dite confiante
/// X</c>. The verb alone shows or gives; with its reflexive pronoun and a word of stance it reports.
/// </summary>
internal sealed partial class Cues
{
    // "zeigte sich X sehr zufrieden", "gab sich X am Abend gelassen": the words after the subject,
    // the last of them a lower-case word of stance that closes the clause.
    private const int MaxStanceWords = 3;

    /// <summary>
    /// The subject of a reflexive cue whose verb stands at <paramref name="verb"/>, after fillers
    /// from <paramref name="first"/>; <see cref="Subject.None"/> when the words there are no such cue.
    /// </summary>
    public Subject ReflexiveStanceSubject(IReadOnlyList<Token> sentence, int first, int verb, bool mayDrop)
    {
        if (verb >= sentence.Count || !sentence[verb].IsWord || !sentence[verb].IsLower)
        {
            return Subject.None;
        }

        var closing = StanceClosingSubject(sentence, verb);
        return closing.IsFound ? closing : StanceBeforeSubject(sentence, first, verb, mayDrop);
    }

    // German and Dutch: the reflexive right after the verb or after a pronoun subject, and a word
    // or two of stance closing the clause ("zeigte sich X zuversichtlich", "sorgte sich X").
    private Subject StanceClosingSubject(IReadOnlyList<Token> sentence, int verb)
    {
        if (!Words.StanceVerbs.Contains(sentence[verb].Span))
        {
            return Subject.None;
        }

        var reflexiveFirst = IsReflexive(sentence, verb + 1);
        var subject = ReadInverted(sentence, reflexiveFirst ? verb + 2 : verb + 1);
        if (!subject.IsFound || subject.End <= verb)
        {
            return Subject.None;
        }

        var k = subject.End;
        if (!reflexiveFirst)
        {
            if (!IsReflexive(sentence, k))
            {
                return Subject.None;
            }

            k++;
        }

        var last = k;
        while (last < sentence.Count && last < k + MaxStanceWords && sentence[last].IsWord)
        {
            last++;
        }

        // "sorgte sich X.": no word of stance; otherwise the clause closes on a lower-case one.
        var closes = last >= sentence.Count || !sentence[last].IsWord;
        return closes && (last == k || sentence[last - 1].IsLower) ? subject : Subject.None;
    }

    // Romance languages: the reflexive before the verb ("se mostró", "si è detta", "s'est montrée")
    // or joined after it ("mostrou-se"), then one word of stance and the subject.
    private Subject StanceBeforeSubject(IReadOnlyList<Token> sentence, int first, int verb, bool mayDrop)
    {
        var word = sentence[verb].Span;
        var stem = EncliticReflexiveStem(word);
        var enclitic = !stem.IsEmpty;
        stem = enclitic ? stem : word;
        if (!(enclitic || HasReflexiveBetween(sentence, first, verb)) || !(Words.StanceVerbs.Contains(stem) || ReportsBesideQuote(sentence[verb])))
        {
            return Subject.None;
        }

        var stance = verb + 1;
        if (stance >= sentence.Count || !sentence[stance].IsWord || !sentence[stance].IsLower || Is(sentence[stance], WordClass.Filler))
        {
            return Subject.None;
        }

        return ReadInverted(sentence, stance + 1, mayDrop);
    }

    /// <summary>
    /// Whether <paramref name="token"/> reports in the cue right beside a quote: any reporting verb,
    /// and the verbs of manner that report only there ("„…“, lachte sie", "\"…,\" she smiled").
    /// </summary>
    public bool ReportsBesideQuote(Token token)
        => IsReportingVerb(token) || (token.IsLower && Words.BesideQuoteVerbs.Contains(token.Span));

    // "mostrou-se": the verb before a reflexive joined after it by a hyphen; empty when none is.
    private ReadOnlySpan<char> EncliticReflexiveStem(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && Words.Reflexives.Contains(word.Slice(dash + 1)) ? word.Slice(0, dash) : ReadOnlySpan<char>.Empty;
    }

    private bool HasReflexiveBetween(IReadOnlyList<Token> sentence, int first, int verb)
    {
        for (var k = first; k < verb; k++)
        {
            if (IsReflexive(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsReflexive(IReadOnlyList<Token> sentence, int at)
        => at < sentence.Count && sentence[at].IsWord && sentence[at].IsLower && Words.Reflexives.Contains(sentence[at].Span);
}
