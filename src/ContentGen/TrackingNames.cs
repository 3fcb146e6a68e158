namespace ContentGen;

/// <summary>The names of the generator's pipeline steps, for incremental-caching tests and diagnostics.</summary>
public static class TrackingNames
{
    /// <summary>The generator's settings, read from MSBuild properties and the language version.</summary>
    public const string Options = nameof(Options);

    /// <summary>Seed files picked from the AdditionalFiles, as path and text.</summary>
    public const string Seeds = nameof(Seeds);

    /// <summary>Each seed parsed into an article.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>Site names, type names and the index, resolved across all seeds from the few values naming reads.</summary>
    public const string Names = nameof(Names);

    /// <summary>Each article with its final type name and settings, ready to emit: one value per seed, keyed by it.</summary>
    public const string Articles = nameof(Articles);

    /// <summary>The list of all articles, for the index file.</summary>
    public const string Index = nameof(Index);
}
