using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Police copy spells a rank out once before a full name ("Detective Constable Ann Vale") and then
// writes its initials before the surname ("DC Vale"). Read as a first name, the initials made a
// second person of the surname, so "Vale" named no one and the quote went to "DC Vale". The
// initials are a title only when they spell, letter by letter, the title words the article wrote
// before a full name ending in that same surname: two capitals alone may be a place's or a firm's
// letters ("Harbour City DC", "the haulier DS Marlow"), and are read as before.
internal sealed partial class NameFacts
{
    // The initials of a rank spelled out before a full name, with that name's surname index.
    private List<(string Initials, int Surname)>? _rankInitials;

    // The longest rank the initials may spell: "Detective Chief Inspector" is three words.
    private const int MaxRankWords = 4;

    /// <summary>
    /// Whether <paramref name="initials"/> are the initials of a rank the article spelled out before
    /// a full name ending in <paramref name="surname"/>: "DC" before "Vale" after "Detective
    /// Constable Ann Vale".
    /// </summary>
    public bool IsRankInitialsOf(ReadOnlySpan<char> initials, ReadOnlySpan<char> surname)
    {
        ReadAllFullNames();
        return IsRankInitialsOf(initials, _surnames!.IndexOf(surname));
    }

    private bool IsRankInitialsOf(ReadOnlySpan<char> initials, int surname)
    {
        if (_rankInitials is null || surname < 0)
        {
            return false;
        }

        foreach (var (known, knownSurname) in _rankInitials)
        {
            if (knownSurname == surname && initials.SequenceEqual(known.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    // The run's words before `start`, when there are two or more and each is a title or a title's
    // modifier ("Detective Constable"), give the initials "DC", kept for the surname at `surname`.
    private void AddRankInitials(string paragraph, List<(int Start, int Length)> words, int start, int surname)
    {
        if (start < 2 || start > MaxRankWords)
        {
            return;
        }

        Span<char> initials = stackalloc char[MaxRankWords];
        for (var k = 0; k < start; k++)
        {
            var word = paragraph.AsSpan(words[k].Start, words[k].Length);
            if (!char.IsUpper(word[0]) || !(_words.IsAny(word, WordClass.Title) || _words.TitleModifiers.Contains(word)))
            {
                return;
            }

            initials[k] = word[0];
        }

        var text = initials.Slice(0, start);
        if (IsRankInitialsOf(text, surname))
        {
            return;
        }

        (_rankInitials ??= new List<(string, int)>()).Add((text.ToString(), surname));
    }

    // Whether the run's first name at `start` is all capitals and spells a rank kept for the surname
    // ("DC" in "DC Vale"): then the run names no second person of the surname.
    private bool IsKnownRankInitials(ReadOnlySpan<char> first, ReadOnlySpan<char> surname)
    {
        if (_rankInitials is null || first.Length < 2 || first.Length > MaxRankWords)
        {
            return false;
        }

        foreach (var c in first)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return IsRankInitialsOf(first, _surnames!.IndexOf(surname));
    }
}
