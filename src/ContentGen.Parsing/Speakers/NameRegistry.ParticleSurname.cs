using System;

namespace ContentGen.Parsing.Speakers;

// "Wethouder Martin de Groot kwam kijken. … De Groot schudt zijn hoofd.", "Ursula von der Brück
// … Von der Brück schüttelt den Kopf.": a Dutch or German surname keeps its particles, and at a
// sentence's start the first of them takes a capital. Such a name is the surname with its
// particles of the one full name the article gives with them, written in lower case there;
// before, the register kept "De Groot" as a name of its own, which named nobody (or let the
// speaker before run on). Only the full name's own lower-case words count, so "Martin Groot" or
// "Anna de Groot Smit" are never the fuller form of "De Groot", and after two people with the
// surname the bare surname names nobody, as before. Only German and Dutch particles count (the
// lexicons' SurnameParticles, which the tables of every language, read when the article's language
// is unknown, do not carry): a Portuguese "Da Silva" or a Spanish "De la Fuente" opening a
// sentence reads as before, since there the capital word is as often a contraction.
internal sealed partial class NameRegistry
{
    // The full name whose surname, with its particles, is `name` but for the capital that opens it, or null.
    private string? ParticleSurnameOf(string name)
    {
        if (name.Length < 3 || !char.IsUpper(name[0]))
        {
            return null;
        }

        var first = name.IndexOf(' ');
        if (first < 0 || !_isSurnameParticle(Text.StringCache.Get(name.AsSpan(0, first))))
        {
            return null;
        }

        var space = name.LastIndexOf(' ');
        var surname = Text.StringCache.Get(name.AsSpan(space + 1));
        if (Plausibility.IsAmbiguousSurname(surname))
        {
            return null;
        }

        var full = _bySurname.TryGetValue(surname, out var known) ? known : Plausibility.FullNameOf(surname);
        return full is not null && IsParticleTail(full, name) ? full : null;
    }

    // Whether `full` ends in " " + `name` with its first letter in lower case: "Martin de Groot" and "De
    // Groot". SpeakerFinder.ParticleSurnameOpening.cs asks it too, since Complete may give a full name
    // by another path (a rank's initials, a descriptor) that is no particle surname.
    internal static bool IsParticleTail(string full, string name)
    {
        var start = full.Length - name.Length;
        return start > 1 && full[start - 1] == ' ' && char.IsLower(full[start]) && char.ToUpperInvariant(full[start]) == name[0]
            && full.AsSpan(start + 1).SequenceEqual(name.AsSpan(1));
    }
}
