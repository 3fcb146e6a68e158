using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

// Word tests the parts of a phrase share.
internal sealed partial class Phrase
{
    // "it", or "It" opening the sentence ("It warned that …"); never "IT".
    private bool IsOrganisationPronoun(IReadOnlyList<Token> sentence, int i)
        => Is(sentence[i], WordClass.OrganisationPronoun)
        && (sentence[i].IsLower || (i == 0 && sentence[i].Span.Length > 1 && char.IsLower(sentence[i].Span[1])));

    // "a-t-il", "a-t-elle": a word with a subject pronoun joined after it by a hyphen.
    private bool HasInvertedPronoun(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && _words.Pronouns.Contains(word.Slice(dash + 1));
    }

    // Capitalised words only, from `start` to `end`.
    private static bool IsComplement(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!sentence[i].IsCapitalized)
            {
                return false;
            }
        }

        return start < end;
    }

    private bool IsAffiliation(ReadOnlySpan<char> word) => _words.Affiliations.Contains(word) || _words.NationalityNouns.Contains(word);

    // "l'Italienne" gives "Italienne"; any other word stays whole.
    private ReadOnlySpan<char> WithoutElidedDefinite(ReadOnlySpan<char> word)
        => Elision.TrySplit(word, out var head, out var tail) && _words.Definites.Contains(head) ? tail : word;

    private bool AllDemonyms(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!Is(sentence[i], WordClass.Demonym))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasArticleBefore(IReadOnlyList<Token> sentence, int start)
    {
        for (var j = start - 1; j >= 0 && j >= start - 2; j--)
        {
            if (IsArticle(sentence[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLowerCaseCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) && char.IsUpper(word[0]);
    }

    private bool IsPostNominal(ReadOnlySpan<char> word) => _words.PostNominals.Contains(word);

    private bool IsRoleLink(Token token)
        => token.IsLower && Is(token, WordClass.NameJoiner | WordClass.EmployerLink);

    // "dell'opposizione", "d'école": a link elided into a lower-case complement, one token; not a
    // capitalised owner ("l'avocat d'Antoine Roux" is his lawyer), nor an adverb or "according to"
    // written so ("d'abord", "d'après Marc Rive" names a source).
    private bool IsElidedLinkWord(Token token)
    {
        var apostrophe = token.Span.IndexOfAny('\'', '’');
        return token.IsLower && apostrophe > 0 && apostrophe + 1 < token.Span.Length && _words.ElidedLinks.Contains(token.Span.Slice(0, apostrophe + 1))
            && char.IsLower(token.Span[apostrophe + 1]) && !Is(token, WordClass.Filler) && !_words.AccordingTo.Contains(token.Span);
    }

    // "l'assessore al turismo", "l'adjoint aux transports": a fused preposition after an office
    // that takes a brief links the brief; after another role, or before people who listen ("o
    // secretário aos jornalistas"), it brings in a listener.
    private bool IsBriefLink(IReadOnlyList<Token> sentence, int link)
    {
        if (link == 0 || !sentence[link].IsLower || !_words.BriefLinks.Contains(sentence[link].Span))
        {
            return false;
        }

        var office = sentence[link - 1].Span;
        return _words.BriefOffices.Contains(Elision.Tail(office))
            && !(link + 1 < sentence.Count && _words.ListenerNouns.Contains(sentence[link + 1].Span));
    }

    // "the 71-year-old", "der 54-Jährige", "il 62enne"; in words, "la octogenaria", "der Achtzigjährige" (SpeechWords.AgeNouns).
    private bool IsAgeEpithet(Token token) => _words.IsAgeInFigures(token.Span) || _words.AgeNouns.Contains(Elision.Tail(token.Span));

    // Only a spokesman or an official speaks for an organisation: "an Acme analyst" or "a Jewish
    // reporter" is someone unnamed.
    private bool IsSpokesNoun(Token token) => token.IsWord && (_words.SpokesNouns.Contains(token.Span) || _words.OfficialNouns.Contains(token.Span));

    // Read in every language at once, Portuguese "a" (the) is English "a": an article that is
    // also an indefinite one in some language is not taken to point back.
    private bool IsDefinite(Token token) => Is(token, WordClass.Definite) && !Is(token, WordClass.Indefinite);

    private bool IsArticle(Token token) => Is(token, WordClass.Article);

    private bool IsTitleOrRole(Token token) => Is(token, WordClass.Title) || IsRoleNoun(token);

    // The lists a word is asked about most are bits it was given when it was read (WordClass).
    private bool Is(Token token, WordClass classes) => WordClasses.Has(_words, token, classes);

    /// <summary>
    /// Whether a group named by a plural ("les syndicats", "the lawyers") starts at <paramref name="article"/>:
    /// a plural article, then a role's or an organisation's noun in the plural, ending the phrase; no
    /// name gives a group. Where the article does not say the number ("die Anwohner", "de bewoners",
    /// "i residenti"), a reporting verb with a plural ending beside the phrase says it.
    /// </summary>
    public bool OpensGroup(IReadOnlyList<Token> sentence, int article)
    {
        if (article + 1 >= sentence.Count || !sentence[article].IsWord)
        {
            return false;
        }

        var pluralArticle = _words.PluralDefinites.Contains(sentence[article].Span);
        var agreeing = !pluralArticle && IsDefinite(sentence[article]) && PluralReportingVerbBeside(sentence, article);
        var noun = sentence[article + 1];
        // A plural's noun is in lower case, but in a language that capitalises nouns: that one is
        // read only with the verb's agreement, since a capitalised word after an article may be a name.
        if (!(pluralArticle || agreeing) || !noun.IsWord || noun.Span.Length <= 2 || !(noun.IsLower || (agreeing && noun.IsCapitalized)))
        {
            return false;
        }

        // Ordinary people in the plural ("les riverains", "the villagers") only with their reporting
        // verb right after or, inverted, right before: "the pupils sang for her before she said"
        // leaves the words to her.
        var reportingBeside = agreeing || IsReportingVerbAt(sentence, article + 2) || IsReportingVerbAt(sentence, article - 1)
            || IsPerfectReportingAt(sentence, article + 2);
        return HasGroupSingular(noun.Span, reportingBeside, sameFormAllowed: agreeing)
            && !(article + 2 < sentence.Count && (sentence[article + 2].IsCapitalized || Is(sentence[article + 2], WordClass.Preposition)
                || _words.OrganisationLinks.Contains(sentence[article + 2].Span)));
    }

    // "«…», sostengono i residenti", "die Anwohner sagten": a reporting verb with a plural ending
    // right before the article or right after its noun. "„…“, sagen die Anwohner", "‘…’, zeggen de
    // bewoners": German and Dutch spell the present plural as the lemma, a verb only where it
    // stands right after the quote's comma (elsewhere it may be an infinitive after a modal).
    private bool PluralReportingVerbBeside(IReadOnlyList<Token> sentence, int article)
        => ((IsReportingVerbAt(sentence, article - 1) || IsPresentPluralAfterQuote(sentence, article - 1)) && PluralVerbs.HasPluralEnding(_words, sentence[article - 1].Span))
        || (IsReportingVerbAt(sentence, article + 2) && PluralVerbs.HasPluralEnding(_words, sentence[article + 2].Span));

    /// <summary>
    /// Whether the word at <paramref name="at"/> is a reporting verb's lemma right after a quote and
    /// its comma: the German and Dutch present plural ("„…“, sagen", "‘…’, benadrukken").
    /// </summary>
    public bool IsPresentPluralAfterQuote(IReadOnlyList<Token> sentence, int at)
        => at >= 2 && at < sentence.Count && sentence[at].IsWord && sentence[at].IsLower && sentence[at - 1].Kind == TokenKind.Comma
        && sentence[at - 2].Kind == TokenKind.Quote && _words.ReportingLemmas.Contains(sentence[at].Span);

    private bool IsReportingVerbAt(IReadOnlyList<Token> sentence, int at)
        => at >= 0 && at < sentence.Count && sentence[at].IsWord && sentence[at].IsLower && _words.ReportingVerbs.Contains(sentence[at].Span);

    // Whether one of the singulars the languages' plural endings give for <paramref name="plural"/>
    // ("residenti": residento, residente; "Anwohner": Anwohner), built in a buffer on the stack, is a
    // role's or a body's noun, or an ordinary person's when their reporting verb stands beside them.
    // A plural spelt as its singular ("Anwohner") is one only where the verb's ending says the number:
    // "the minister" is no plural. A profession ("pescatori", "agricultores") counts where asked: a
    // group opening its sentence.
    private bool HasGroupSingular(ReadOnlySpan<char> plural, bool reportingBeside, bool sameFormAllowed, bool professions = false)
    {
        const int MaxNoun = 40;
        if (plural.Length > MaxNoun)
        {
            return false;
        }

        Span<char> singular = stackalloc char[MaxNoun + SpeechWords.MaxSingularEnding];
        // An index, not foreach: an interface's enumerator would be allocated for every article read.
        var endings = _words.PluralNounEndings;
        for (var e = 0; e < endings.Count; e++)
        {
            var (pluralEnding, singularEnding) = endings[e];
            var stem = plural.Length - pluralEnding.Length;
            if (stem < 3 || (pluralEnding.Length == 0 && !sameFormAllowed) || !plural.EndsWith(pluralEnding.AsSpan(), StringComparison.Ordinal))
            {
                continue;
            }

            plural.Slice(0, stem).CopyTo(singular);
            singularEnding.AsSpan().CopyTo(singular.Slice(stem));
            var noun = singular.Slice(0, stem + singularEnding.Length);
            if (IsRoleNoun(noun) || (reportingBeside && _words.PeopleNouns.Contains(noun)) || (professions && _words.ProfessionEpithets.Contains(noun))
                || (_words.OrganisationNouns.Contains(noun) && !_words.DocumentNouns.Contains(noun)))
            {
                return true;
            }
        }

        return false;
    }

    // "lawyers", "avocats": a role noun's plural, its singular plus "s".
    private bool IsPluralRole(Token token)
        => token.IsLower && token.Span.Length > 2 && token.Span[token.Span.Length - 1] == 's' && IsRoleNoun(token.Span.Slice(0, token.Span.Length - 1));

    private bool IsRelativePronoun(Token token)
        => token.IsWord && _words.RelativePronouns.Contains(token.Span);

    // "l'usagère"; "co-chairman", "vice-president": a role after an elided article, or a
    // lower-case prefix joined to one by a hyphen.
    /// <summary>
    /// Whether an unnamed speaker's word describes them: a lower-case role noun ("trader",
    /// "habitante"), not someone who speaks for an organisation ("spokesman", "official"), whom
    /// the organisation stands for, nor an age ("34-year-old"), which points back to someone named.
    /// </summary>
    public bool IsDescription(string word)
        => word.Length > 0 && char.IsLower(word[0]) && IsRoleNoun(word.AsSpan())
        && !_words.SpokesNouns.Contains(word.AsSpan()) && !_words.OfficialNouns.Contains(word.AsSpan());

    // A word with no apostrophe or hyphen is a role noun by its bit alone; only one with either
    // is looked at in parts.
    // "Vorsitzende", "Beauftragte": a role declined as an adjective, whose form with another adjective ending
    // ("vorsitzender", "beauftragter") is a role noun too; "Trainer" and "Experte" are nouns of their own. Asked
    // only of a role word before a lone capitalised role, rarely: the other form is built on the stack.
    private bool IsAdjectivalRole(ReadOnlySpan<char> word)
    {
        const int MaxWordLength = 40;
        if (word.Length > MaxWordLength || !_words.RoleNouns.Contains(word))
        {
            return false;
        }

        Span<char> other = stackalloc char[MaxWordLength + 4];
        foreach (var ending in _words.InflectedAdjectiveEndings)
        {
            // Written after a hyphen in the lexicon ("-en"): the ending is what follows it.
            var own = ending.AsSpan(1);
            if (!word.EndsWith(own, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var stem = word.Slice(0, word.Length - own.Length);
            foreach (var otherEnding in _words.InflectedAdjectiveEndings)
            {
                var form = otherEnding.AsSpan(1);
                if (form.SequenceEqual(own) || stem.Length + form.Length > other.Length)
                {
                    continue;
                }

                stem.CopyTo(other);
                form.CopyTo(other.Slice(stem.Length));
                if (_words.RoleNouns.Contains(other.Slice(0, stem.Length + form.Length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsRoleNoun(Token token)
        => Is(token, WordClass.RoleNoun) || (token.IsWord && token.Span.IndexOfAny('\'', '’', '-') >= 0 && IsRoleNoun(token.Span));

    private bool IsRoleNoun(ReadOnlySpan<char> word)
    {
        var apostrophe = word.LastIndexOfAny('\'', '’');
        var noun = apostrophe >= 0 ? word.Slice(apostrophe + 1) : word;
        if (_words.RoleNouns.Contains(noun))
        {
            return true;
        }

        // "Co-Chairman" in a title's capitals too.
        var hyphen = noun.LastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < noun.Length && (char.IsLower(noun[0]) || char.IsUpper(noun[hyphen + 1]))
            && _words.RoleNouns.Contains(noun.Slice(hyphen + 1)))
        {
            return true;
        }

        // "maire-adjoint", "directeur-adjoint": a role, one hyphen and a word of the lexicons'
        // DeputyWords, all in lower case.
        var first = noun.IndexOf('-');
        return first > 0 && first == hyphen && char.IsLower(noun[0]) && char.IsLower(noun[first + 1])
            && _words.DeputyWords.Contains(noun.Slice(first + 1)) && _words.RoleNouns.Contains(noun.Slice(0, first));
    }
}
