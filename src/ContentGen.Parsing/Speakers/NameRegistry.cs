using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The one register of an article's names: each speaker's fullest form, and for each surname
/// the one full name it stands for, or an explicit ambiguity when two people share it
/// (after John Smith and Jane Smith, "Smith" names nobody).
/// </summary>
internal sealed partial class NameRegistry
{
    // What the article being read tells of names; null between articles.
    private NamePlausibility? _plausibility;

    // Surnames of the speakers named so far, each with its full name, or null once two share it.
    private readonly Dictionary<string, string?> _bySurname = new(StringComparer.Ordinal);

    // Whether a word describes a person rather than naming one: "American", "Labour".
    private readonly Func<string, bool> _isDescriptor;

    // Whether a word is a German or Dutch surname's particle: "de", "van", "von" (NameRegistry.ParticleSurname.cs).
    private readonly Func<string, bool> _isSurnameParticle;

    public NameRegistry(Func<string, bool>? isDescriptor = null, Func<string, bool>? isSurnameParticle = null)
    {
        _isDescriptor = isDescriptor ?? (_ => false);
        _isSurnameParticle = isSurnameParticle ?? (_ => false);
    }

    /// <summary>How many surnames the register holds.</summary>
    public int Count => _bySurname.Count;

    /// <summary>Starts on an article, with what it tells of names.</summary>
    public void Begin(NamePlausibility plausibility) => _plausibility = plausibility;

    /// <summary>Forgets the article: its names and what it told of them.</summary>
    public void Clear()
    {
        _plausibility = null;
        _bySurname.Clear();
    }

    private NamePlausibility Plausibility => _plausibility ?? throw new InvalidOperationException("The register reads no article.");

    /// <summary>
    /// The fullest form of <paramref name="name"/> that the article gives, or null when the name
    /// is not plausible or is a surname two people share.
    /// </summary>
    public string? Complete(string name)
    {
        // "Schäfer Matthias Brenninger" read whole is Matthias Brenninger (NameFacts.UnlistedTradeRun.cs).
        var full = Fullest(name) is { } fullest ? Plausibility.FullNameAfterTrade(fullest) ?? fullest : null;
        if (full is null || !Plausibility.IsPlausible(full))
        {
            return null;
        }

        Register(full);
        return full;
    }

    /// <summary>Whether two full names or more of the article open with <paramref name="first"/> ("Alan Marsh", "Alan Pike").</summary>
    public bool OpensSeveralFullNames(string first) => Plausibility.OpensSeveralFullNames(first);

    private string? Fullest(string name)
    {
        var space = name.IndexOf(' ');
        if (space >= 0)
        {
            // "American Hollis" after "Kate Hollis": a nationality or party before a
            // surname the article gives in full describes that person.
            if (space == name.LastIndexOf(' ') && _isDescriptor(Text.StringCache.Get(name.AsSpan(0, space)))
                && Plausibility.FullNameOf(Text.StringCache.Get(name.AsSpan(space + 1))) is { } described)
            {
                return described;
            }

            // "DC Vale" after "Detective Constable Ann Vale": a rank's initials (NameFacts.RankInitials.cs).
            if (space == name.LastIndexOf(' ') && Plausibility.IsRankInitialsOf(name.AsSpan(0, space), name.AsSpan(space + 1))
                && Plausibility.FullNameOf(Text.StringCache.Get(name.AsSpan(space + 1))) is { } ranked)
            {
                return ranked;
            }

            // "De Groot" opening a sentence after "Martin de Groot" (NameRegistry.ParticleSurname.cs).
            return ParticleSurnameOf(name) ?? name;
        }

        // "Sherman" after "Wendy Sherman": the speaker named before, or the one full name the
        // article gives; after John Smith and Jane Smith, "Smith" is nobody.
        if (Plausibility.IsAmbiguousSurname(name))
        {
            return null;
        }

        if (_bySurname.TryGetValue(name, out var known))
        {
            return known;
        }

        return Plausibility.FullNameOf(name) ?? name;
    }

    private void Register(string full)
    {
        var space = full.LastIndexOf(' ');
        if (space < 0)
        {
            return;
        }

        // "Warenhuis Brakel", a body, keeps no surname from Joost Brakel (NameFacts.FirmBeforeSurname.cs).
        // Asked only where the register would change: every completion of a name registers it again,
        // and a surname already shared, or already this name's, stays as it is whatever the answer.
        var surname = Text.StringCache.Get(full.AsSpan(space + 1));
        if (!_bySurname.TryGetValue(surname, out var known))
        {
            if (!Plausibility.IsFirmBeforeSurname(full))
            {
                _bySurname[surname] = full;
            }
        }
        else if (known is not null && !string.Equals(known, full, StringComparison.Ordinal) && !Plausibility.IsFirmBeforeSurname(full))
        {
            _bySurname[surname] = null;
        }
    }
}
