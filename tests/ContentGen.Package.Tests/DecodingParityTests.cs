using System.Text;
using System.Text.RegularExpressions;
using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests;

/// <summary>
/// The <c>contentgen</c> tool and a real <c>dotnet build</c> read the same bytes into the same
/// text: the same text written in every encoding the compiler recognises (and in Latin-1, which
/// it reads in its fallback encoding) gives the same diagnostics, at the same places, and the
/// same generated source, from the installed tool as from the build.
/// </summary>
public sealed partial class DecodingParityTests(PackageFeed feed)
{
    // Latin-1 can write it all ("é", "«"), and the unclosed mark stands after non-ASCII text, so
    // that a different decoding would move its column or change its message.
    private const string Text = "Café prices rise this week\n\nThe café owner said « prices go up on Monday, and again in May.\n";

    [Fact]
    public async Task EachEncoding_GivesTheToolAndTheBuildTheSameDiagnosticsAndSource()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            // Named from the file (not the shared title), so that no two collide.
            ["cafe-plain.txt"] = new UTF8Encoding(false).GetBytes(Text),
            ["cafe-marked.txt"] = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Text)],
            ["cafe-little-endian.txt"] = [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Text)],
            ["cafe-big-endian.txt"] = [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Text)],
            ["cafe-wide.txt"] = [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(Text)],
            ["cafe-latin.txt"] = Encoding.Latin1.GetBytes(Text),
        };
        var consumer = Consumer.Create(
            feed,
            "encodings",
            properties: """
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                """);
        consumer.Write("Program.cs", "System.Console.WriteLine(Consumer.Articles.Catalog.All.Count);\n");
        Directory.CreateDirectory(Path.Combine(consumer.Folder, "seeds"));
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(consumer.Folder, "seeds", name), bytes);
        }

        // The build fails where a file is binary (CG0007 is an error): a small UTF-32 file is
        // one, since the compiler reads it as UTF-16. The tool must say so too.
        var build = await feed.DotNetAsync(consumer.Folder, TimeSpan.FromMinutes(5), cancellationToken, "build", "--nologo", "-v", "q", "-clp:NoSummary");
        var buildDiagnostics = Diagnostics(build.StandardOutput);
        Assert.True(buildDiagnostics.Length > 0, build.Describe());
        var generated = Directory.GetFiles(Path.Combine(consumer.Folder, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "Articles.g.cs" && path.Contains("ContentGen.ArticleGenerator", StringComparison.Ordinal))
            .Select(path => File.ReadAllText(path).ReplaceLineEndings("\n"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var tool = await InstallToolAsync(cancellationToken);
        var check = await feed.DotNetAsync(consumer.Folder, TimeSpan.FromMinutes(1), cancellationToken, tool, "check", "seeds");
        Assert.True(check.ExitCode == (build.ExitCode == 0 ? 0 : 1), check.Describe() + build.Describe());
        var toolDiagnostics = Diagnostics(check.StandardOutput);
        var previews = new List<string>();
        foreach (var name in files.Keys)
        {
            var preview = await feed.DotNetAsync(consumer.Folder, TimeSpan.FromMinutes(1), cancellationToken, tool, "preview", Path.Combine("seeds", name), "--namespace", "Consumer");
            if (preview.ExitCode == 0)
            {
                previews.Add(preview.StandardOutput.ReplaceLineEndings("\n"));
            }
        }

        // The unclosed quote is found in every Unicode file the compiler reads as text. Latin-1
        // is read in the compiler's fallback: where that is UTF-8 (Linux, macOS), "é" and "«"
        // read as U+FFFD (CG0006, no quote); where it is Windows-1252, as themselves.
        var all = string.Join("\n", buildDiagnostics);
        Assert.Contains("cafe-wide.txt(1,1): error CG0007: ", all, StringComparison.Ordinal);
        Assert.All(
            files.Keys.Where(name => name is not "cafe-wide.txt" and not "cafe-latin.txt"),
            name => Assert.Contains(name + "(3,21): warning CG0004: ", all, StringComparison.Ordinal));
        Assert.Contains(OperatingSystem.IsWindows() ? "cafe-latin.txt(3,21): warning CG0004: " : "cafe-latin.txt(1,4): warning CG0006: ", all, StringComparison.Ordinal);
        Assert.Equal(buildDiagnostics, toolDiagnostics);
        Assert.Equal(files.Count - 1, generated.Length);
        Assert.Equal(generated, previews.Order(StringComparer.Ordinal).ToArray());
    }

    // "name(line,col): severity ID: message", by file name, once each (MSBuild may repeat a line).
    private static string[] Diagnostics(string output)
        => output.Split('\n')
            .Select(line => DiagnosticLine().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(match => Path.GetFileName(match.Groups["path"].Value) + match.Groups["rest"].Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private async Task<string> InstallToolAsync(CancellationToken cancellationToken)
    {
        var toolPath = Path.Combine(feed.Root, "parity-tools");
        (await feed.DotNetAsync(
            feed.Root,
            TimeSpan.FromMinutes(3),
            cancellationToken,
            "tool", "install", "ContentGen.Cli", "--version", feed.Version, "--add-source", feed.Feed, "--tool-path", toolPath)).EnsureSuccess();
        return Directory.GetFiles(toolPath, "ContentGen.Cli.dll", SearchOption.AllDirectories).Single();
    }

    [GeneratedRegex(@"^(?<path>.+?\.txt)(?<rest>\(\d+,\d+\): (warning|error) CG\d{4}: .*?)( \[[^\]]*\])?$")]
    private static partial Regex DiagnosticLine();
}
