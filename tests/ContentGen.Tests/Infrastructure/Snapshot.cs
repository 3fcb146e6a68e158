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
        if (Check(actual, Stem(callerFile, method, name), extension) is { } failure)
        {
            Assert.Fail(failure);
        }
    }

    /// <summary>
    /// Asserts each of <paramref name="snapshots"/> as <see cref="Verify"/> does, but checks them all
    /// before failing, so one run writes every received file; and a verified file of the test whose
    /// name starts with <paramref name="group"/> that no snapshot names any more (an article removed
    /// from the seeds) fails too, or is deleted when accepting.
    /// </summary>
    public static void VerifyAll(
        IEnumerable<(string Text, string Name)> snapshots,
        string group = "",
        string extension = "cs",
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string method = "")
    {
        var failures = new List<string>();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, name) in snapshots)
        {
            var stem = Stem(callerFile, method, name);
            expected.Add($"{stem}.verified.{extension}");
            if (Check(text, stem, extension) is { } failure)
            {
                failures.Add(failure);
            }
        }

        foreach (var orphan in Directory.EnumerateFiles(s_folder, Path.GetFileName(Stem(callerFile, method, group)) + $"*.verified.{extension}"))
        {
            if (expected.Contains(orphan))
            {
                continue;
            }

            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                File.Delete(orphan);
            }
            else
            {
                failures.Add($"Snapshot {Path.GetFileName(orphan)} is no longer generated. Delete it, or set {AcceptVariable}=1.");
            }
        }

        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures));
        }
    }

    private static string Stem(string callerFile, string method, string name)
    {
        var testClass = Path.GetFileNameWithoutExtension(callerFile.Replace('\\', '/').Split('/')[^1]);
        return Path.Combine(s_folder, $"{testClass}.{method}#{name}");
    }

    // Null when the text equals its verified snapshot (or is accepted as it); else why not, with a diff.
    private static string? Check(string actual, string stem, string extension)
    {
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        var text = Scrub(actual);

        if (File.Exists(verified) && File.ReadAllText(verified) == text)
        {
            File.Delete(received);
            return null;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, text);
            File.Delete(received);
            return null;
        }

        File.WriteAllText(received, text);
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : string.Empty;
        return $"Snapshot {Path.GetFileName(verified)} {(File.Exists(verified) ? "differs" : "is new")}. " +
            $"Review {Path.GetFileName(received)}, then rename it or set {AcceptVariable}=1.\n" + Diff(expected, text);
    }

    /// <summary>Replaces what changes from release to release, so snapshots only change with the output.</summary>
    public static string Scrub(string text) => VersionPattern().Replace(text, "GeneratedCode(\"ContentGen\", \"{version}\")");

    // Changed lines with the received file's line numbers ("+ 12:"; a deleted line, "- 12:", stood
    // before that line), so that a change among repeated lines can be found.
    private static string Diff(string expected, string actual)
    {
        var diff = new StringBuilder();
        var lineNumber = 1;
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
                diff.Append(marker).Append(lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(": ").AppendLine(line.Text);
            }

            lineNumber += line.Type == ChangeType.Deleted ? 0 : 1;
        }

        return diff.ToString();
    }

    [GeneratedRegex("""GeneratedCode\("ContentGen", "[0-9.]+"\)""")]
    private static partial Regex VersionPattern();
}
