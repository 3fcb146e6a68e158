using System.Collections.Generic;

namespace ContentGen.Parsing.Tests;

/// <summary>Breaks text into lines as a fixed-width text dump of a page does: greedily, between words.</summary>
internal static class HardWrap
{
    public static string Lines(string text, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = string.Empty;
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        lines.Add(line);
        return string.Join("\n", lines);
    }
}
