namespace ContentGen.Cli.Generation;

/// <summary>
/// The generator could not be run, or no longer has the shape this tool reads: a bug, reported
/// with exit code <see cref="ExitCodes.InternalError"/>.
/// </summary>
internal sealed class GeneratorFailedException(string message) : Exception(message);
