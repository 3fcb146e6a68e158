namespace ContentGen.Cli.Tests.Report;

/// <summary>Invented seeds for the report tests, each written so that its expected fates can be read off it.</summary>
internal static class Seeds
{
    /// <summary>
    /// Line 1 title; line 3–5 one hard-wrapped paragraph (every line breaks only where the next word
    /// would not fit); line 7 a paragraph with a quote and its speaker; line 9 a quote with none.
    /// </summary>
    public const string Wrapped =
        "Harbour reopens to ferries this spring\n" +
        "\n" +
        "The harbour master said that the ferries would return in April after\n" +
        "a long winter of repairs to the north quay, which the January storms\n" +
        "had damaged and which has been closed to all traffic ever since then.\n" +
        "\n" +
        "\"We are ready for the season,\" said Anna Berg, the harbour master.\n" +
        "\n" +
        "Signs on the quay read \"closed until spring\" for most of the winter.\n";

    /// <summary>docs/diagnostics.md's CG0004 seed: the quote opens at line 3, column 16, and never closes.</summary>
    public const string Unclosed = "Council budget agreed after long night\n\nThe mayor said « we will never give up the park.\n";

    /// <summary>
    /// Markup and script in every place the page shows seed text: the title, a paragraph, a quote
    /// and its speaker. Each payload, if it ever ran, would mark the root element with data-pwned.
    /// </summary>
    public const string Hostile =
        "<script>document.documentElement.setAttribute('data-pwned','script')</script> Council notes & \"minutes\"\n" +
        "\n" +
        "The meeting heard <img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\"> a long complaint about the park and its new car park.\n" +
        "\n" +
        "Read more at javascript:document.documentElement.setAttribute('data-pwned','js') or <a href=\"javascript:alert(1)\">here</a>. </span></div></details><style>body{display:none}</style>\n" +
        "\n" +
        "\"<svg onload=alert(1)> is what we found in the minutes,\" said Mallory <b onmouseover=alert(1)>Jones</b>, the clerk.\n";
}
