using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ContentGen.Cli.Report;

/// <summary>
/// The page's own style and script (embedded from <c>report.css</c> and <c>report.js</c>), and the
/// Content-Security-Policy that allows exactly them: their SHA-256 hashes, and nothing else, so an
/// element that seed text smuggled in could neither run nor style nor fetch anything.
/// </summary>
internal static class PageAssets
{
    /// <summary>The page's style sheet.</summary>
    public static string Style { get; } = Read("report.css");

    /// <summary>The page's script.</summary>
    public static string Script { get; } = Read("report.js");

    /// <summary>The policy for the page's meta tag.</summary>
    public static string ContentSecurityPolicy { get; } =
        "default-src 'none'; style-src '" + Hash(Style) + "'; script-src '" + Hash(Script) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The CSP source expression for <paramref name="text"/>: <c>sha256-</c> and the base64 hash of its UTF-8 bytes.</summary>
    public static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ContentGen.Cli.Report." + name)
            ?? throw new InvalidOperationException("the report's " + name + " is not embedded in the tool");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Normalised, so that a checkout with CRLF line ends still hashes what the page holds.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
