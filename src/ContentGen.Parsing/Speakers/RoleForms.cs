using System;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The forms of a role written with "|" between them ("entrenador|entrenadora"), read in place:
/// the one splitter the role rules share (RoleHolders.OnlyHolder.cs), with no substring or array.
/// </summary>
internal ref struct RoleForms
{
    private readonly ReadOnlySpan<char> _forms;
    private int _next;

    public RoleForms(string forms)
    {
        _forms = forms.AsSpan();
        _next = 0;
        Current = default;
    }

    /// <summary>The form read last.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    public RoleForms GetEnumerator() => this;

    /// <summary>Reads the next form; false past the last.</summary>
    public bool MoveNext()
    {
        if (_next > _forms.Length)
        {
            return false;
        }

        var rest = _forms.Slice(_next);
        var bar = rest.IndexOf('|');
        var length = bar < 0 ? rest.Length : bar;
        Current = rest.Slice(0, length);
        _next += length + 1;
        return true;
    }
}
