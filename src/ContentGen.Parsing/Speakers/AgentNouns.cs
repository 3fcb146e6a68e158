using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A noun for a person by what they do, read by its ending where the lexicon does not list the trade
/// ("der Schäfer", "die Imkerin", "de veehouder"; <see cref="SpeechWords.AgentNounEndings"/>). Only a noun
/// no list of the lexicon already reads (a role, a title, a person's noun, a body's noun, a firm's) is
/// one: those keep their own readings, and a firm's or a body's noun ("der Betreiber", "die Stadtwerke")
/// is never an epithet for a person.
/// </summary>
internal static class AgentNouns
{
    // "Bauer" is the shortest trade read so: a shorter stem is no word of its own.
    private const int MinStem = 3;
    private const int MaxEnding = 7;

    /// <summary>Whether <paramref name="word"/> is an agent noun of the known language, and which form (male, female, or either where the article says none).</summary>
    public static bool Is(SpeechTables words, ReadOnlySpan<char> word, out Gender gender)
    {
        // The ending first: a lookup or two, where the lists below are many and some are searched
        // key by key, and most nouns after an article end in no agent's ending.
        gender = Gender.Unknown;
        if (!words.ReadsAgentNouns)
        {
            return false;
        }

        var female = words.FemaleAgentNounEndings.HoldsEndingOf(word, MaxEnding, MinStem);
        if ((!female && !words.AgentNounEndings.HoldsEndingOf(word, MaxEnding, MinStem)) || IsListed(words, word))
        {
            return false;
        }

        // "el periodista", "la periodista": an ending both lists hold is either gender's form, and the
        // article says which (Phrase.AgentEpithet.cs reads any article before it).
        gender = female && IsEitherGender(words, word) ? Gender.Unknown
            : female ? Gender.Female
            : words.MasculineArticles.Count > 0 ? Gender.Male : Gender.Unknown;
        return true;
    }

    // Whether one ending of `word` is in both lists: Spanish "-ista", French "-iste". German "-erin" and
    // "-er", Dutch "-ster" and "-er" are two endings, each of one gender.
    private static bool IsEitherGender(SpeechTables words, ReadOnlySpan<char> word)
    {
        Span<char> ending = stackalloc char[MaxEnding + 1];
        ending[0] = '-';
        for (var length = 2; length <= MaxEnding && length + MinStem <= word.Length; length++)
        {
            word.Slice(word.Length - length).CopyTo(ending.Slice(1));
            var key = ending.Slice(0, length + 1);
            if (words.FemaleAgentNounEndings.Contains(key) && words.AgentNounEndings.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    // A word the lexicon reads otherwise: a person's role, title, trade or noun, an age, a body's
    // noun or a firm's, or a compound one of them ends ("Energieversorger", "Kreisbrandmeister",
    // "Dorfbewohner"), which the compound readings read as before.
    private static bool IsListed(SpeechTables words, ReadOnlySpan<char> word)
        => words.ProfessionEpithets.Contains(word) || words.RoleNouns.Contains(word) || words.Titles.Contains(word)
        || words.PeopleNouns.Contains(word) || words.HolderOnlyRoles.Contains(word) || words.SpokesNouns.Contains(word)
        || words.OfficialNouns.Contains(word) || words.AgeNouns.Contains(word)
        || words.IsOrganisationNoun(word) || words.AnyBodyNouns.Contains(word) || words.BodyNouns.Contains(word)
        || words.CompanyNouns.Contains(word) || words.DocumentNouns.Contains(word) || words.ListenerNouns.Contains(word)
        || words.FirmNouns.EndsAny(word) || words.BodyAgentNouns.EndsAny(word) || words.ThingAgentNouns.EndsAny(word)
        || words.TitleEnds.EndsAny(word) || words.TradeEnds.EndsAny(word);
}
