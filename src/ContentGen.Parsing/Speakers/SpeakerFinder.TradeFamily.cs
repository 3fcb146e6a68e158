using System;

namespace ContentGen.Parsing.Speakers;

// "la escultora Amparo Gil … «…», cuenta la artista", "a fadista Rita Lopes … «…», diz a cantora", "o
// pediatra Rui Sousa … «…», aconselha o médico": an editor calls a person at the cue by the family of the
// trade the article gave them, a word the introduction never wrote. The noun at the cue means the one
// person given a trade of its family in reach (SpeechWords.FemaleTradeFamilies, MaleTradeFamilies), as
// the trade's own noun would (SpeakerFinder.ProfessionHolders.cs); two such people ("la escultora … la
// pintora …"), and it means neither. The families are read by the noun's gender, so that "la artista"
// never means "el escultor Pedro Gil".
internal sealed partial class SpeakerFinder
{
    // The one person the article gave, in reach, a trade whose family is `family`; null with none or
    // several, `several` saying which. Asked only where no one was given `family` itself. A holder whose
    // gender the cue asks and the article does not show counts as one of several, never as the one.
    private string? FamilyTradeHolder(string family, Subject? subject, out bool several)
    {
        several = false;
        var noun = Elision.Tail(family.AsSpan());
        var gender = CueFamilyGender(noun, subject);
        string? only = null;
        var sure = false;
        foreach (var (given, person, paragraph) in _professionHolders)
        {
            if (_state.Paragraph - paragraph > ProfessionReach)
            {
                continue;
            }

            var fits = FamilyFit(given.AsSpan(), person, noun, gender);
            if (fits == false)
            {
                continue;
            }

            several |= only is not null && !string.Equals(only, person, StringComparison.Ordinal);
            only = person;
            sure = fits == true;
        }

        return several || !sure ? null : only;
    }

    // The gender the cue's noun says: its article's ("la artista", "el músico"), else the family's form
    // where only one gender's families hold it ("a cantora", "der Musiker"); unknown for "l'artiste", "de muzikant".
    private Gender CueFamilyGender(ReadOnlySpan<char> noun, Subject? subject)
    {
        var gender = subject is { } cue ? EpithetArticleGender(cue) : Gender.Unknown;
        if (gender != Gender.Unknown)
        {
            return gender;
        }

        var female = IsFamily(_cues.Words.FemaleTradeFamilies, noun);
        var male = IsFamily(_cues.Words.MaleTradeFamilies, noun);
        return female == male ? Gender.Unknown : female ? Gender.Female : Gender.Male;
    }

    // Whether `person`, given `trade`, is meant by the family's noun of `gender`: true, false where the trade
    // is of no such family or the person is of the other gender, null where unsure. A trade both genders
    // write alike ("o fadista", "a fadista"; "el pediatra") says nothing of its holder, so a cue whose noun
    // shows a gender wants the person known to be of it, by what the article shows or by the given name:
    // "o fadista Rui Lopes" is no "cantora", and a fadista of no known gender is no sure one.
    private bool? FamilyFit(ReadOnlySpan<char> trade, string person, ReadOnlySpan<char> family, Gender gender)
    {
        var female = gender != Gender.Male && IsOfFamily(_cues.Words.FemaleTradeFamilies, trade, family);
        var male = gender != Gender.Female && IsOfFamily(_cues.Words.MaleTradeFamilies, trade, family);
        if (!female && !male)
        {
            return false;
        }

        if (gender == Gender.Unknown || !IsMember(_cues.Words.FemaleTradeFamilies, trade) || !IsMember(_cues.Words.MaleTradeFamilies, trade))
        {
            return true;
        }

        var known = _genderOf(person) is var shown && shown != Gender.Unknown ? shown : GivenNameGender.Of(_cues.Words, person);
        return known == Gender.Unknown ? null : known == gender;
    }

    // Whether an entry of `families` has `family` as its noun.
    private static bool IsFamily(string[] families, ReadOnlySpan<char> family)
    {
        foreach (var entry in families)
        {
            var equals = entry.IndexOf('=');
            if (equals > 0 && entry.AsSpan(0, equals).Equals(family, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Whether `trade` is a member of any family of `families`.
    private static bool IsMember(string[] families, ReadOnlySpan<char> trade)
    {
        foreach (var entry in families)
        {
            if (HasMember(entry, entry.IndexOf('=') + 1, trade))
            {
                return true;
            }
        }

        return false;
    }

    // Whether an entry of `families` ("artista=pintora|escultora") makes `trade` one of `family`'s members.
    private static bool IsOfFamily(string[] families, ReadOnlySpan<char> trade, ReadOnlySpan<char> family)
    {
        foreach (var entry in families)
        {
            var equals = entry.IndexOf('=');
            if (equals > 0 && entry.AsSpan(0, equals).Equals(family, StringComparison.OrdinalIgnoreCase) && HasMember(entry, equals + 1, trade))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the members of `entry`, from `start`, "|" between, hold `trade`.
    private static bool HasMember(string entry, int start, ReadOnlySpan<char> trade)
    {
        var members = entry.AsSpan(start);
        while (members.Length > 0)
        {
            var bar = members.IndexOf('|');
            if ((bar < 0 ? members : members.Slice(0, bar)).Equals(trade, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            members = bar < 0 ? ReadOnlySpan<char>.Empty : members.Slice(bar + 1);
        }

        return false;
    }
}
