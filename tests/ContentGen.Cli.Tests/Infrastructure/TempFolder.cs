using System.Text;

namespace ContentGen.Cli.Tests.Infrastructure;

/// <summary>A folder of invented seed files, deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Creates an empty folder under the system's temp folder.</summary>
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "contentgen-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder, with forward slashes as the tool prints it.</summary>
    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no BOM) and returns the file's path as the tool prints it.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> and returns the file's path as the tool prints it.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return Tool.Slashes(path);
    }

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
