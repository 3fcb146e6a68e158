using System.Reflection;

[assembly: AssemblyFixture(typeof(ContentGen.Package.Tests.Infrastructure.PackageFeed))]

namespace ContentGen.Package.Tests.Infrastructure;

/// <summary>
/// A local NuGet feed holding ContentGen packed once per test run, under a version no earlier
/// run used, with a NuGet.config and a private package folder for the consumers built from it,
/// so that no stale copy in any cache can stand in for the package under test.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The temporary folder that holds everything below; deleted at the end of the run.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "contentgen-package-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The package version of this run: unique, so a cached copy can never match it.</summary>
    public string Version { get; } = "0.1.0-test.g" + Guid.NewGuid().ToString("N");

    /// <summary>The folder feed the packages are packed into.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The consumers' NUGET_PACKAGES folder, so the user's global cache is never read or written.</summary>
    public string NuGetPackages => Path.Combine(Root, "nuget-packages");

    /// <summary>The folder under which consumers are created; it holds their NuGet.config.</summary>
    public string Consumers => Path.Combine(Root, "consumers");

    /// <summary>The packed ContentGen package.</summary>
    public string ContentGenPackage => Path.Combine(Feed, $"ContentGen.{Version}.nupkg");

    /// <summary>The path of the CLI project, packed as the <c>contentgen</c> dotnet tool.</summary>
    public static string CliProject { get; } = RepositoryRoot.Combine("src", "ContentGen.Cli", "ContentGen.Cli.csproj");

    /// <summary>How long packing took, to report.</summary>
    public TimeSpan PackTime { get; private set; }

    /// <summary>The configuration the tests were built in, whose ContentGen output is packed.</summary>
    private static string Configuration { get; } = typeof(PackageFeed).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "ContentGen.Configuration").Value!;

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(NuGetPackages);
        Directory.CreateDirectory(Consumers);

        // Consumers are plain projects: nothing from a folder above them may change their build.
        File.WriteAllText(Path.Combine(Consumers, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Consumers, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Consumers, "NuGet.config"), await NuGetConfigAsync(cancellationToken));

        var started = DateTime.UtcNow;
        await PackAsync(RepositoryRoot.Combine("src", "ContentGen", "ContentGen.csproj"), cancellationToken);
        await PackAsync(CliProject, cancellationToken);

        PackTime = DateTime.UtcNow - started;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("CONTENTGEN_KEEP_PACKAGE_TESTS") != "1")
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; failing the run over it is not.
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Runs <c>dotnet</c> the way the consumers are built: same package folder, same isolation.</summary>
    internal Task<ProcessResult> DotNetAsync(string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments)
        => DotNet.RunAsync(workingDirectory, arguments, NuGetPackages, timeout, cancellationToken);

    // The test run's build output is packed as is: packing rebuilds nothing, so it is quick and
    // tests exactly the bits the other test projects tested.
    private async Task PackAsync(string project, CancellationToken cancellationToken)
        => (await DotNetAsync(
            RepositoryRoot.Path,
            PackTimeout,
            cancellationToken,
            "pack", project, "--no-build", "--nologo", "-v", "q",
            "-c", Configuration,
            "-o", Feed,
            "-p:PackageVersion=" + Version)).EnsureSuccess();

    // Only the registry this machine is configured for is reachable, so the consumers use the
    // same sources as the user, plus the local feed. Source mapping sends ContentGen to the local
    // feed only: a package of the same name on a public feed can never be restored instead.
    private async Task<string> NuGetConfigAsync(CancellationToken cancellationToken)
    {
        var listed = (await DotNetAsync(Root, TimeSpan.FromMinutes(1), cancellationToken, "nuget", "list", "source", "--format", "short")).EnsureSuccess();
        var sources = listed.StandardOutput
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToList();

        var adds = string.Concat(sources.Select((url, i) => $"    <add key=\"source{i + 1}\" value=\"{url}\" />\n"));
        var maps = string.Concat(sources.Select((_, i) => $"    <packageSource key=\"source{i + 1}\"><package pattern=\"*\" /></packageSource>\n"));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="contentgen-under-test" value="{Feed}" />
            {adds}  </packageSources>
              <packageSourceMapping>
                <clear />
                <packageSource key="contentgen-under-test"><package pattern="ContentGen" /><package pattern="ContentGen.*" /></packageSource>
            {maps}  </packageSourceMapping>
            </configuration>

            """;
    }
}
