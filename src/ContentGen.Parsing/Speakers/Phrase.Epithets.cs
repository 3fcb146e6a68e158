using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A person described rather than named: `the 34-year-old`, `the East Valmont athlete`.
internal sealed partial class Phrase
{
    /// <summary>
    /// A name described before it by a few lower-case words: "retired engineer David Prentice",
    /// "le docteur Paul Lemoine", "the Clean Transport Campaign". Read where the phrase must be a
    /// subject or an agent, after a reporting verb, "by" or a comma.
    /// </summary>
    public Subject ReadDescribedName(IReadOnlyList<Token> sentence, int start)
    {
        // "one London-based broker", "a Jewish reporter": someone unnamed, described by an adjective.
        if (start < sentence.Count && Is(sentence[start], WordClass.Indefinite) && !Is(sentence[start], WordClass.Definite))
        {
            return Subject.None;
        }

        // "who chairs the Transport Committee, says:": a relative clause describes no one; nor
        // does "from Wales" or "quit his Vale Park position". "but Perry countered" and "and
        // Kluft said" open with a conjunction, "with finance minister X telling" with its own link.
        var i = start < sentence.Count && sentence[start].IsLower && Is(sentence[start], WordClass.Contrast | WordClass.Coordinator)
            ? start + 1
            : start;
        for (var k = i; k < sentence.Count && k - i <= MaxRoleModifiers && sentence[k].IsLower; k++)
        {
            if (Is(sentence[k], WordClass.NotName) && !Is(sentence[k], WordClass.Definite)
                && !(k == i && Lexicons.LexiconTables.CoAuthorWords.Contains(sentence[k].Span)))
            {
                return Subject.None;
            }
        }

        while (i < sentence.Count && i - start <= MaxRoleModifiers && sentence[i].IsLower
            && !_words.ReportingVerbs.Contains(sentence[i].Span) && !Is(sentence[i], WordClass.Pronoun) && !IsRelativePronoun(sentence[i])
            && !(i > start && (Is(sentence[i], WordClass.Preposition) || _words.Locatives.Contains(sentence[i].Span)
                || Is(sentence[i], WordClass.EmployerLink | WordClass.Indefinite))))
        {
            i++;
        }

        if (i >= sentence.Count || i - start > MaxRoleModifiers || !sentence[i].IsCapitalized)
        {
            return Subject.None;
        }

        var end = i + 1;
        while (end < sentence.Count && end - i < MaxNameWords && IsNamePart(sentence, end))
        {
            end++;
        }

        // "said the East Valmont athlete.", "the two-time Golden Anchor winner": the capitalised
        // words describe the noun that ends the phrase, an epithet for someone named before;
        // they name no one ("comment to a Jewish reporter").
        var article = IsArticle(sentence[start]);
        if (article && end < sentence.Count && IsEpithetNoun(sentence, end) && !NamePlausibility.IsPossessive(sentence[end - 1].Span)
            && (end + 1 == sentence.Count || !sentence[end + 1].IsWord))
        {
            return Is(sentence[start], WordClass.Definite) && AreModifiers(sentence, start + 1, i)
                ? new Subject(SubjectKind.Role, sentence[end].Text, end + 1, isEpithet: true)
                : Subject.None;
        }

        var name = FromRun(sentence, i, end, end);
        return name.Kind == SubjectKind.Name ? name : Subject.None;
    }

    // Whether the words from `start` to `end` are capitalised with no title or role among them:
    // "Duke of Edinburgh" is one, "Lobsters star Tom Fox" is not.
    private bool IsPlainRun(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!sentence[k].IsCapitalized || IsTitleOrRole(sentence[k]))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the words from `start` to `end` are adjectives ("two-time"): no link or function word.
    private bool AreModifiers(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsEpithetNoun(sentence, k))
            {
                return false;
            }
        }

        return true;
    }

    // A lower-case word that is no link, verb or function word: the head noun of a phrase.
    private bool IsEpithetNoun(IReadOnlyList<Token> sentence, int i)
    {
        var word = sentence[i];
        return word.IsLower && !_words.ReportingVerbs.Contains(word.Span) && !Is(word, WordClass.NotName)
            && !Is(word, WordClass.Preposition) && !Is(word, WordClass.EmployerLink) && !Is(word, WordClass.NameJoiner)
            && !Is(word, WordClass.Filler) && !Is(word, WordClass.Medium) && !IsRelativePronoun(word)
            && !Is(word, WordClass.Pronoun) && !Is(word, WordClass.Definite) && !Is(word, WordClass.Indefinite);
    }
}
