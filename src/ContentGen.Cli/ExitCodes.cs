namespace ContentGen.Cli;

/// <summary>The tool's exit codes, stable so that scripts and CI can rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Done, and no seed has an error.</summary>
    public const int Success = 0;

    /// <summary>Done, and at least one seed has an error (<c>check</c>), or nothing was generated (<c>preview</c>).</summary>
    public const int ErrorsFound = 1;

    /// <summary>The command line is wrong, or a path is missing or unreadable: nothing was checked.</summary>
    public const int BadInput = 2;

    /// <summary>The generator itself failed: a bug to report.</summary>
    public const int InternalError = 3;
}
