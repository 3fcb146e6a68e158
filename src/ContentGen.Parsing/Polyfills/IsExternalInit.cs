// netstandard2.0 lacks the marker type that C# needs for init accessors and records.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
