using System;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The speech lists a word of a sentence is asked about most often, as bits: a token is looked up
/// once, in <see cref="SpeechTables.Classes"/>, when it is read, and every later question about
/// it is a bit test rather than a lookup in one list after another.
/// </summary>
[Flags]
internal enum WordClass
{
    None = 0,

    /// <summary>A reporting verb, or a verb with its pronoun inverted after it ("dit-elle"), in whatever case.</summary>
    Reporting = 1 << 0,
    Contrast = 1 << 1,
    OrganisationNoun = 1 << 2,
    MaleTitle = 1 << 3,
    FemaleTitle = 1 << 4,
    Title = 1 << 5,
    RoleNoun = 1 << 6,
    NotName = 1 << 7,
    Complementiser = 1 << 8,
    OrganisationPronoun = 1 << 9,

    /// <summary>A word an interview phrase ("répondait aux questions") can begin with: only such a word is tried against them.</summary>
    InterviewStart = 1 << 10,

    /// <summary>
    /// A word an <c>according to</c> phrase ("selon", "de acuerdo con") can begin with, or one that
    /// follows its source ("zufolge"): only such a word is tried against them.
    /// </summary>
    AccordingToStart = 1 << 11,
    Definite = 1 << 12,
    Indefinite = 1 << 13,
    NameJoiner = 1 << 14,
    EmployerLink = 1 << 15,
    MaleReferent = 1 << 16,
    FemaleReferent = 1 << 17,
    Demonym = 1 << 18,
    NationalityNoun = 1 << 19,
    Affiliation = 1 << 20,
    Preposition = 1 << 21,
    Medium = 1 << 22,
    Coordinator = 1 << 23,

    /// <summary>A possessive of the third person that opens a description ("Haar buurvrouw", "sua").</summary>
    Possessive = 1 << 24,

    /// <summary>A noun of a firm's shares ("shares", "ações", "Aktien"): whose shares a sentence names is a firm.</summary>
    ShareNoun = 1 << 25,

    /// <summary>A subject pronoun that refers back to a person ("she", "il", "er"): asked of the words about nearly every quote.</summary>
    Pronoun = 1 << 26,

    /// <summary>A copula ("is", "était", "ist"): asked of the words about a quote's speaker.</summary>
    Copula = 1 << 27,

    /// <summary>
    /// An auxiliary or adverb that may stand between a subject and its verb ("has", "hat", "toutefois"),
    /// read past by the rules. The sign bit: bits 28 and 29 hold the case of a token's first letter
    /// (see <see cref="Token"/>) and 30 is <see cref="Classified"/>, so this is the one left.
    /// </summary>
    Filler = 1 << 31,

    /// <summary>Set on every token that was classified, so that a token read without the tables is told apart.</summary>
    Classified = 1 << 30,

    /// <summary>An article, definite or indefinite: the rules ask for either far more often than for one.</summary>
    Article = Definite | Indefinite,

    /// <summary>A title or a role noun ("Dr", "mayor"): either describes the person a name after it names.</summary>
    TitleOrRole = Title | RoleNoun,
}

/// <summary>Builds and reads the one table behind <see cref="WordClass"/>.</summary>
internal static class WordClasses
{
    /// <summary>One table over the lists of <paramref name="words"/> that <see cref="WordClass"/> names.</summary>
    public static WordTable Build(SpeechTables words) => WordTable.Combine(
        (words.ReportingVerbs, (int)WordClass.Reporting),
        (words.Contrasts, (int)WordClass.Contrast),
        (words.OrganisationNouns, (int)WordClass.OrganisationNoun),
        (words.MaleTitles, (int)WordClass.MaleTitle),
        (words.FemaleTitles, (int)WordClass.FemaleTitle),
        (words.Titles, (int)WordClass.Title),
        (words.RoleNouns, (int)WordClass.RoleNoun),
        (words.NotNames, (int)WordClass.NotName),
        (words.Complementisers, (int)WordClass.Complementiser),
        (words.OrganisationPronouns, (int)WordClass.OrganisationPronoun),
        (words.InterviewCues.WordStarts(), (int)WordClass.InterviewStart),
        (words.AccordingTo.WordStarts(), (int)WordClass.AccordingToStart),
        (words.AccordingToAfter, (int)WordClass.AccordingToStart),
        (words.Definites, (int)WordClass.Definite),
        (words.Indefinites, (int)WordClass.Indefinite),
        (words.NameJoiners, (int)WordClass.NameJoiner),
        (words.EmployerLinks, (int)WordClass.EmployerLink),
        (words.MaleReferents, (int)WordClass.MaleReferent),
        (words.FemaleReferents, (int)WordClass.FemaleReferent),
        (words.Demonyms, (int)WordClass.Demonym),
        (words.NationalityNouns, (int)WordClass.NationalityNoun),
        (words.Affiliations, (int)WordClass.Affiliation),
        (words.Prepositions, (int)WordClass.Preposition),
        (words.Media, (int)WordClass.Medium),
        (words.Coordinators, (int)WordClass.Coordinator),
        (words.Possessives, (int)WordClass.Possessive),
        (words.ShareNouns, (int)WordClass.ShareNoun),
        (words.Pronouns, (int)WordClass.Pronoun),
        (words.Copulas, (int)WordClass.Copula),
        (words.Fillers, (int)WordClass.Filler));

    /// <summary>
    /// Whether <paramref name="token"/> is a word of any list that <paramref name="classes"/> names:
    /// a bit test for a token read with <paramref name="words"/>, a lookup for one read without.
    /// </summary>
    public static bool Has(SpeechTables words, Token token, WordClass classes)
    {
        if (!token.IsWord)
        {
            return false;
        }

        var known = token.Classes;
        if (known == WordClass.None)
        {
            known = Of(words, token.Span);
        }

        return (known & classes) != 0;
    }

    /// <summary>The classes of <paramref name="word"/>, <see cref="WordClass.Classified"/> included.</summary>
    public static WordClass Of(SpeechTables words, ReadOnlySpan<char> word)
    {
        var classes = (WordClass)words.Classes.Flags(word) | WordClass.Classified;

        // "Landratsamt", "Fietsersbond": a compound whose last part is a body's noun names a body.
        if ((classes & WordClass.OrganisationNoun) == 0 && words.IsCompoundBody(word))
        {
            classes |= WordClass.OrganisationNoun;
        }

        // "dit-elle", "a-t-il": the verb before an inverted pronoun reports as the verb alone does.
        if ((classes & WordClass.Reporting) == 0 && word.IndexOf('-') > 0 && IsInvertedVerb(words, word))
        {
            classes |= WordClass.Reporting;
        }

        return classes;
    }

    // A reporting verb (or an auxiliary) with a pronoun joined after it by a hyphen: a subject's
    // ("dit-elle") or an object's ("queixa-se").
    private static bool IsInvertedVerb(SpeechTables words, ReadOnlySpan<char> word)
    {
        var last = word.LastIndexOf('-');
        if (last < 0 || !(words.Pronouns.Contains(word.Slice(last + 1)) || words.Enclitics.Contains(word.Slice(last + 1))))
        {
            return false;
        }

        // "a-t-il", or "a t-il" with its first hyphen dropped (see Token.MisspeltInversionEnd).
        var space = word.IndexOf(' ');
        var verb = word.Slice(0, space > 0 ? space : word.IndexOf('-'));
        return words.ReportingVerbs.Contains(verb) || words.Fillers.Contains(verb);
    }
}
