namespace ContentGen.Cli;

/// <summary>
/// A problem with what the user asked for (a missing path, an unreadable file): reported as one
/// line on stderr with exit code <see cref="ExitCodes.BadInput"/>, never with a stack trace.
/// </summary>
internal sealed class UserErrorException(string message) : Exception(message);
