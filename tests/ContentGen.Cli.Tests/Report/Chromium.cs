using System.Diagnostics;

namespace ContentGen.Cli.Tests.Report;

/// <summary>
/// Runs Debian's Chromium headless on a page, with a fresh profile and nothing that reaches the
/// network. Where Chromium is missing or cannot start, the calling test fails with a message
/// that says so: a browser test that cannot run must never pass.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(120);

    /// <summary>The browser: <c>CONTENTGEN_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string Executable { get; } = Environment.GetEnvironmentVariable("CONTENTGEN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The DOM of <paramref name="url"/> after its script ran, as Chromium serialises it.</summary>
    public static string DumpDom(string url)
    {
        var output = Run(["--virtual-time-budget=5000", "--dump-dom", url]);
        if (!output.Contains("</html>", StringComparison.Ordinal))
        {
            Assert.Fail("Chromium printed no DOM for " + url + ":\n" + output);
        }

        return output;
    }

    /// <summary>A screenshot of <paramref name="url"/> in a window of <paramref name="width"/> by <paramref name="height"/> pixels, as PNG bytes.</summary>
    public static byte[] Screenshot(string url, int width, int height, string file)
    {
        Run(["--virtual-time-budget=5000", "--hide-scrollbars", "--force-device-scale-factor=1", $"--window-size={width},{height}", "--screenshot=" + file, url]);
        if (!File.Exists(file))
        {
            Assert.Fail("Chromium ran but wrote no screenshot to " + file);
        }

        return File.ReadAllBytes(file);
    }

    private static string Run(IEnumerable<string> arguments)
    {
        if (!File.Exists(Executable))
        {
            Assert.Fail($"Chromium is not installed at {Executable}, so the report cannot be checked in a real browser. Install it with 'apt-get install -y chromium' (.ci/run does), or set CONTENTGEN_CHROMIUM to a Chromium executable.");
        }

        var profile = Path.Combine(Path.GetTempPath(), "contentgen-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile])
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start");
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            if (!process.WaitForExit(s_timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"Chromium ({Executable}) did not finish within {s_timeout.TotalSeconds} s.");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Assert.Fail($"Chromium ({Executable}) could not run headless (exit code {process.ExitCode}):\n{Tail(error.Result)}");
            }

            return output.Result;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            Assert.Fail($"Chromium ({Executable}) could not be started: {exception.Message}");
            throw;
        }
        finally
        {
            DeleteProfile(profile);
        }
    }

    // A helper process of the browser may still hold a file for a moment; a stray temp folder is no failure.
    private static void DeleteProfile(string profile)
    {
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
