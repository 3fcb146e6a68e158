using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// An organisation's name that an organisation noun heads and lower-case words go on:
/// <c>l'Union des usagers de Valmont</c>, <c>le Collectif des urgentistes du Val-de-Lière</c>,
/// <c>l'Agence régionale de santé</c>, <c>la préfecture des Hautes-Alpes</c>. A run of capitalised
/// words stops at the first lower-case one and would give "Collectif", or the place alone.
/// </summary>
internal sealed partial class OrganisationName
{
    // "Agence régionale", "Office français": adjectives stand between the noun and its first complement.
    private const int MaxAdjectives = 2;
    private const int MaxWords = 10;

    // "l'ONU", "l'ARS": two capitals at least make an acronym.
    private const int MinAcronym = 2;

    private readonly SpeechTables _words;

    public OrganisationName(SpeechTables words)
    {
        _words = words;
    }

    /// <summary>
    /// The organisation named at <paramref name="start"/> (its article, an elided article joined to
    /// the noun, or the noun), or <see cref="Subject.None"/>. The name leaves out the article; it
    /// must have a complement ("Collectif" alone is left to the other rules), and a lower-case noun
    /// ("la préfecture de police") names one only with a capitalised word in its complements.
    /// </summary>
    public Subject Read(IReadOnlyList<Token> sentence, int start)
    {
        var head = start;
        var token = sentence[start];
        // The article is capitalised when it opens the sentence: "La préfecture de l'Aube a publié".
        if ((token.IsLower || start == 0) && WordClasses.Has(_words, token, WordClass.Definite) && start + 1 < sentence.Count && sentence[start + 1].IsWord)
        {
            head = start + 1;
        }

        var skip = ElidedArticle(sentence[head].Span);
        var noun = sentence[head].Span.Slice(skip);
        // "le rapport de l'ARS" is the ARS's document, not an organisation named "rapport".
        if (noun.Length == 0 || !_words.OrganisationNouns.Contains(noun) || _words.DocumentNouns.Contains(noun))
        {
            return Subject.None;
        }

        var i = head + 1;
        var adjectives = i;
        while (adjectives < sentence.Count && adjectives - i < MaxAdjectives
            && (IsAdjective(sentence[adjectives]) || IsCapitalisedQualifier(sentence, noun, adjectives)))
        {
            adjectives++;
        }

        if (adjectives < sentence.Count && IsJoiner(sentence[adjectives]))
        {
            i = adjectives;
        }

        var end = -1;
        var capitalised = char.IsUpper(noun[0]);
        while (i < sentence.Count && i - head < MaxWords && (IsJoiner(sentence[i]) || IsElidedJoiner(sentence[i]) || (end > 0 && IsSectorLink(sentence, i))))
        {
            // "il ministero dell'Agricoltura": the link elided into its complement is one word.
            // "dos Trabalhadores na Indústria": see OrganisationName.SectorLink.cs.
            var complement = IsJoiner(sentence[i]) || !IsElidedJoiner(sentence[i]) ? i + 1 : i;
            if (complement > i && complement < sentence.Count && sentence[complement].IsLower && WordClasses.Has(_words, sentence[complement], WordClass.Definite))
            {
                complement++;
            }

            if (complement >= sentence.Count || !IsComplement(sentence[complement]))
            {
                break;
            }

            capitalised |= sentence[complement].IsCapitalized || char.IsUpper(sentence[complement].Span.Slice(ElidedArticle(sentence[complement].Span))[0])
                || (complement == i && char.IsUpper(Elision.Tail(sentence[i].Span)[0]));
            end = complement + 1;

            // "del Alto Duero": a capitalised complement runs on through its capitalised words.
            while (sentence[complement].IsCapitalized && end < sentence.Count && end - head < MaxWords && sentence[end].IsCapitalized)
            {
                end++;
            }

            i = end;
        }

        // "la Asociación de Consumidores y Usuarios de Castroluengo": see OrganisationName.CoordinatedComplement.cs.
        if (end > 0)
        {
            end = CoordinatedComplementEnd(sentence, head, end);
        }

        // "L'Asl Valdimonte", "L'Agence Bio": an organisation noun capitalised under an elided
        // article, its name running on in capitals with no link.
        if (end < 0 && skip > 0 && char.IsUpper(noun[0]))
        {
            end = NameRunEnd(sentence, head);
        }

        // "il comitato dei residenti": with no capital, only the people it gathers name a body.
        if (end < 0)
        {
            return Subject.None;
        }

        if (!capitalised)
        {
            var people = PeopleComplementEnd(sentence, head + 1);
            if (people < end)
            {
                return Subject.None;
            }

            end = people;
        }

        if (GovernedBody(sentence, head, end) is { IsFound: true } governed)
        {
            return governed;
        }

        var name = Text.StringCache.Get(sentence[head].Through(sentence[end - 1]).Slice(skip));
        return new Subject(SubjectKind.Name, name, end, employer: name, isOrganisation: true);
    }

    /// <summary>
    /// An elided article joined to an organisation's word: "l'association" points back to the
    /// association named before, as "the company" does; "l'ONU", an acronym, names one.
    /// </summary>
    public Subject ReadElided(IReadOnlyList<Token> sentence, int start)
    {
        var word = sentence[start].Span;
        var skip = ElidedArticle(word);
        if (skip == 0)
        {
            return Subject.None;
        }

        var rest = word.Slice(skip);
        if (char.IsLower(rest[0]) && _words.OrganisationNouns.Contains(rest)
            && !(start + 1 < sentence.Count && sentence[start + 1].IsCapitalized))
        {
            return new Subject(SubjectKind.Organisation, Text.StringCache.Get(rest), start + 1);
        }

        if (rest.Length >= MinAcronym && LetterCase.IsAcronym(rest))
        {
            var name = Text.StringCache.Get(rest);
            return new Subject(SubjectKind.Name, name, start + 1, employer: name, isOrganisation: true);
        }

        return Subject.None;
    }

    /// <summary>
    /// The organisation noun joined to an elided article in <paramref name="token"/> ("l'association",
    /// "L’association"), or an empty span. A character test comes first: few words elide.
    /// </summary>
    public ReadOnlySpan<char> ElidedNoun(Token token) => ElidedNoun(token, capitalised: false);

    /// <summary>
    /// The organisation noun an elided article is joined to in <paramref name="token"/> when the noun is
    /// capitalised ("l'Asl Valli Orientali", in a language that writes nouns in lower case: the noun opens
    /// the body's name as part of it, Cast.KindWrittenWithName.cs), or an empty span.
    /// </summary>
    public ReadOnlySpan<char> CapitalisedElidedNoun(Token token) => ElidedNoun(token, capitalised: true);

    private ReadOnlySpan<char> ElidedNoun(Token token, bool capitalised)
    {
        var word = token.Span;
        if (word.Length < 4 || word[1] is not ('\'' or '’'))
        {
            return default;
        }

        var skip = ElidedArticle(word);
        var noun = word.Slice(skip);
        return skip > 0 && (capitalised ? char.IsUpper(noun[0]) : char.IsLower(noun[0])) && _words.OrganisationNouns.Contains(noun) ? noun : default;
    }

    // The length of an elided definite article joined to the word: 2 in "l'Union", else 0.
    private int ElidedArticle(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe > 0 && apostrophe + 1 < word.Length && _words.Definites.Contains(word.Slice(0, apostrophe + 1)) ? apostrophe + 1 : 0;
    }

    // Where the capitalised words after `head` end, or -1 when none follows it.
    private static int NameRunEnd(IReadOnlyList<Token> sentence, int head)
    {
        var end = head + 1;
        while (end < sentence.Count && end - head < MaxWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        return end > head + 1 ? end : -1;
    }

    // "de", "du", "des".
    private bool IsJoiner(Token token) => token.IsLower && _words.OrganisationLinks.Contains(token.Span);

    // "dell'Agricoltura", "dell’Interno": a link whose article is elided into the complement.
    private bool IsElidedJoiner(Token token)
        => token.IsWord && Elision.TrySplit(token.Span, out var head, out _) && _words.ElidedLinks.Contains(head);

    private bool IsAdjective(Token token) => token.IsLower && IsPlainWord(token);

    private bool IsComplement(Token token) => token.IsWord && IsPlainWord(token);

    // A word that is none of the words that end a name: no verb, pronoun, article or filler.
    private bool IsPlainWord(Token token)
    {
        var word = token.Span;
        return !_words.ReportingVerbs.Contains(word) && !_words.Fillers.Contains(word) && !_words.Pronouns.Contains(word)
            && !_words.RelativePronouns.Contains(word) && !_words.NameJoiners.Contains(word) && !_words.Definites.Contains(word)
            && !_words.Indefinites.Contains(word) && !_words.Prepositions.Contains(word) && !_words.Contrasts.Contains(word)
            && !Lexicons.LexiconTables.Calendar.Contains(word);
    }
}
