using System.Globalization;

namespace ContentGen.Cli.Output;

/// <summary>
/// Shows how far a long run has got, on one line of stderr rewritten in place. Only used when
/// stderr is a terminal: in a redirected log, carriage-return updates would be noise.
/// </summary>
internal sealed class Progress(TextWriter error, bool enabled)
{
    // Rewriting the line for every file would cost more than reading it.
    private const int Step = 50;

    private int _width;

    /// <summary>Reports that <paramref name="done"/> of <paramref name="total"/> files are read.</summary>
    public void Reading(int done, int total)
    {
        if (done % Step == 0 || done == total)
        {
            Show(string.Create(CultureInfo.InvariantCulture, $"Reading files: {done}/{total}"));
        }
    }

    /// <summary>Reports that the generator is running over <paramref name="total"/> files.</summary>
    public void Generating(int total)
        => Show(string.Create(CultureInfo.InvariantCulture, $"Running the generator over {total} files…"));

    /// <summary>Clears the progress line, so that what follows starts on a clean line.</summary>
    public void Done()
    {
        if (enabled && _width > 0)
        {
            error.Write("\r" + new string(' ', _width) + "\r");
            error.Flush();
            _width = 0;
        }
    }

    private void Show(string text)
    {
        if (!enabled)
        {
            return;
        }

        error.Write("\r" + text.PadRight(_width));
        error.Flush();
        _width = Math.Max(_width, text.Length);
    }
}
