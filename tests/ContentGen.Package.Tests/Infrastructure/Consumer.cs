namespace ContentGen.Package.Tests.Infrastructure;

/// <summary>
/// A fresh console project in a temporary folder that references ContentGen only through its
/// PackageReference, built and run with the <c>dotnet</c> CLI exactly as a user would.
/// </summary>
internal sealed class Consumer
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    // The consumers target the runtime the tests run on, which is therefore installed.
    private static readonly string TargetFramework = $"net{Environment.Version.Major}.0";

    private readonly PackageFeed _feed;

    private Consumer(PackageFeed feed, string folder)
    {
        _feed = feed;
        Folder = folder;
    }

    /// <summary>The project folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// Creates <c>Consumer.csproj</c> (root namespace <c>Consumer</c>) with warnings as errors and
    /// XML docs on, the ContentGen PackageReference, and the given extra properties and items.
    /// </summary>
    public static Consumer Create(PackageFeed feed, string name, string properties = "", string items = "")
    {
        var folder = Path.Combine(feed.Consumers, name);
        Directory.CreateDirectory(folder);
        var consumer = new Consumer(feed, folder);
        consumer.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{TargetFramework}</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ContentGen" Version="{feed.Version}" PrivateAssets="all" />
            {items}
              </ItemGroup>
            </Project>

            """);
        return consumer;
    }

    /// <summary>Writes a file of the project, creating its folder.</summary>
    public Consumer Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Copies one of the repository's seeds into the project.</summary>
    public Consumer CopySeed(string seedFileName, string relativePath)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(RepositoryRoot.Combine("seeds", seedFileName), path);
        return this;
    }

    /// <summary>Copies every seed of the repository into <c>seeds/</c>, keeping subfolders.</summary>
    public Consumer CopyRepositorySeeds()
    {
        var seeds = RepositoryRoot.Combine("seeds");
        foreach (var file in Directory.GetFiles(seeds, "*.txt", SearchOption.AllDirectories))
        {
            CopySeed(Path.GetRelativePath(seeds, file), Path.Combine("seeds", Path.GetRelativePath(seeds, file)));
        }

        return this;
    }

    /// <summary>Restores and builds the project quietly; fails with the whole output on any error or warning.</summary>
    public async Task<ProcessResult> BuildAsync(CancellationToken cancellationToken)
        => (await _feed.DotNetAsync(Folder, BuildTimeout, cancellationToken, "build", "--nologo", "-v", "q")).EnsureSuccess();

    /// <summary>Runs the built program and returns its output, with LF line ends.</summary>
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var program = Path.Combine("bin", "Debug", TargetFramework, "Consumer.dll");
        var result = (await _feed.DotNetAsync(Folder, RunTimeout, cancellationToken, program)).EnsureSuccess();
        return result.StandardOutput.ReplaceLineEndings("\n");
    }

    /// <summary>Builds, then runs, the project.</summary>
    public async Task<string> BuildAndRunAsync(CancellationToken cancellationToken)
    {
        await BuildAsync(cancellationToken);
        return await RunAsync(cancellationToken);
    }

    /// <summary>The .editorconfig MSBuild generated for the compiler: what the generator is shown.</summary>
    public string GeneratedEditorConfig()
        => File.ReadAllText(Path.Combine(Folder, "obj", "Debug", TargetFramework, "Consumer.GeneratedMSBuildEditorConfig.editorconfig"));
}
