using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ContentGen.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file conventions: the accepted text lives in
/// <c>Snapshots/{Class}.{Method}#{Name}.verified.{ext}</c>; a mismatch writes the new text to
/// <c>*.received.{ext}</c> beside it and fails with a line diff. Setting
/// <see cref="AcceptVariable"/> to <c>1</c> accepts every received text instead.
/// </summary>
internal static partial class Snapshot
{
    /// <summary>The environment variable that accepts received snapshots.</summary>
    public const string AcceptVariable = "CONTENTGEN_ACCEPT_SNAPSHOTS";

    private static readonly string s_folder = Path.Combine(RepositoryRoot.Path, "tests", "ContentGen.Tests", "Snapshots");

    /// <summary>Asserts that <paramref name="actual"/> equals the verified snapshot named <paramref name="name"/>.</summary>
    public static void Verify(
        string actual,
        string name,
        string extension = "cs",
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string method = "")
    {
        var testClass = Path.GetFileNameWithoutExtension(callerFile.Replace('\\', '/').Split('/')[^1]);
        var stem = Path.Combine(s_folder, $"{testClass}.{method}#{name}");
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        var text = Scrub(actual);

        if (File.Exists(verified) && File.ReadAllText(verified) == text)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, text);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text);
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : string.Empty;
        Assert.Fail(
            $"Snapshot {Path.GetFileName(verified)} {(File.Exists(verified) ? "differs" : "is new")}. " +
            $"Review {Path.GetFileName(received)}, then rename it or set {AcceptVariable}=1.\n" + Diff(expected, text));
    }

    /// <summary>Replaces what changes from release to release, so snapshots only change with the output.</summary>
    public static string Scrub(string text) => VersionPattern().Replace(text, "GeneratedCode(\"ContentGen\", \"{version}\")");

    private static string Diff(string expected, string actual)
    {
        var diff = new StringBuilder();
        foreach (var line in InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines)
        {
            var marker = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => null,
            };
            if (marker is not null)
            {
                diff.Append(marker).AppendLine(line.Text);
            }
        }

        return diff.ToString();
    }

    [GeneratedRegex("""GeneratedCode\("ContentGen", "[0-9.]+"\)""")]
    private static partial Regex VersionPattern();
}
