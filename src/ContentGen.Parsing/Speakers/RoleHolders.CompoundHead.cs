using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Vereinsvorsitzender Klaus Obermaier", "die Feuerwehrkommandantin Petra Lenz", "sportwethouder Anouk
// de Wit": German and Dutch glue an office to its field, and no list can hold the compounds. A later
// cue calls the holder by the compound's last part alone ("sagte der Vorsitzende", "sagte die
// Kommandantin", "zei de wethouder"): the holder of a compound on a role (SpeechTables.RoleEnds) before
// a full name is who the role means where the article gave no one the role itself. Kept apart from the
// role's holders: the compound's holder holds another office than the bare role ("Polizeihauptkommissar"
// is no "Kommissar" for every reading that asks who holds a role), so it is asked only at a cue whose
// role no one was given (SpeakerFinder.Resolution.cs), and one holder only. Not after a first part that
// makes the office another ("Vizepräsident", "oud-wethouder", SpeechWords.DeputyCompoundParts) or a
// deputy's word before it ("der stellvertretende Vereinsvorsitzende"). German writes an office that is
// an adjective's noun strong without an article ("Vorsitzender X") and weak after one ("der
// Vorsitzende"): where the lexicon lists the form without its last "r" as the same role, the holder is
// noted under both.
internal sealed partial class RoleHolders
{
    // Each role a compound before a full name ended in, by its bare noun, with the names given it.
    // Made at the first such compound: most articles write none.
    private Dictionary<string, List<string>>? _compoundHolders;
    private const int MaxCompoundHolders = 16;

    // A role ending a compound is a role noun of six letters or more (SpeechTables.RoleEnds), after a
    // first part of three letters at least ("Vereins|vorsitzender", "sport|wethouder").
    private const int MinCompoundFirstPart = 3;
    private const int MinCompoundRole = 6;

    // Whether the word at `i` is a compound on a role, the full name after it noted as the role's
    // holder. Asked of every word no other reading took, so the cheap tests come first: a capital
    // after the word, a word long enough to be a compound, a language that compounds its offices.
    private bool ReadCompoundRole(IReadOnlyList<Token> sentence, int i)
    {
        var word = sentence[i];
        if (i + 2 >= sentence.Count || !sentence[i + 1].IsCapitalized || !word.IsWord
            || word.Span.Length < MinCompoundFirstPart + MinCompoundRole || _cues.Words.RoleEnds.Count == 0)
        {
            return false;
        }

        var start = CompoundRoleStart(word.Span);
        if (start < 0 || IsDeputyCompound(word.Span.Slice(0, start)) || DeputyWordJustBefore(sentence, i))
        {
            return false;
        }

        var after = _cues.Phrase.ReadForward(sentence, i + 1);
        if (after.Kind != SubjectKind.Name || after.IsOrganisation || after.Text.IndexOf(' ') < 0 || !IsNamedAfter(sentence, i + 1, after.Text))
        {
            return false;
        }

        var role = word.Span.Slice(start);
        AddCompoundHolder(role, after.Text);

        // "Vereinsvorsitzender X" … "sagte der Vorsitzende": the weak form the article gives later.
        if (role.Length > MinCompoundRole && role[role.Length - 1] == 'r' && _cues.Words.RoleEnds.Contains(role.Slice(0, role.Length - 1)))
        {
            AddCompoundHolder(role.Slice(0, role.Length - 1), after.Text);
        }

        return true;
    }

    /// <summary>Whether the article gave anyone a compound on <paramref name="role"/>.</summary>
    public bool GaveCompound(string role)
        => _compoundHolders is { Count: > 0 } && _compoundHolders.ContainsKey(BareCached(role.AsSpan()));

    /// <summary>
    /// The one person the article gave a compound on <paramref name="role"/> ("Vereinsvorsitzender Klaus
    /// Obermaier" for "der Vorsitzende"); null with none, or with several who are not one person.
    /// </summary>
    public string? CompoundHolder(string role, Func<string, string?> complete)
    {
        if (_compoundHolders is null || _compoundHolders.Count == 0 || !_compoundHolders.TryGetValue(BareCached(role.AsSpan()), out var names))
        {
            return null;
        }

        string? only = null;
        foreach (var name in names)
        {
            var full = complete(name) ?? name;
            if (only is not null && !SamePerson(only, full, complete))
            {
                return null;
            }

            only ??= full;
        }

        return only;
    }

    private void AddCompoundHolder(ReadOnlySpan<char> role, string name)
    {
        _compoundHolders ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var key = BareCached(role);
        if (!_compoundHolders.TryGetValue(key, out var names))
        {
            if (_compoundHolders.Count >= MaxCompoundHolders)
            {
                return;
            }

            names = new List<string>();
            _compoundHolders[key] = names;
        }

        if (names.Count < MaxCompoundHolders && !names.Contains(name))
        {
            names.Add(name);
        }
    }

    // Where the longest role that ends `word` starts, after a first part of a few letters; -1 if none does.
    private int CompoundRoleStart(ReadOnlySpan<char> word)
    {
        for (var start = MinCompoundFirstPart; start <= word.Length - MinCompoundRole; start++)
        {
            if (_cues.Words.RoleEnds.Contains(word.Slice(start)))
            {
                return start;
            }
        }

        return -1;
    }

    // "Vize", "Alt", "oud-", "Ex-": a first part, its hyphen aside, that makes the office another.
    private bool IsDeputyCompound(ReadOnlySpan<char> first)
    {
        if (first.Length > 1 && first[first.Length - 1] == '-')
        {
            first = first.Slice(0, first.Length - 1);
        }

        return _cues.Words.DeputyCompoundParts.Contains(first);
    }
}
