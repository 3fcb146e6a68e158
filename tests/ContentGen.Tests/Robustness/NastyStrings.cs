namespace ContentGen.Tests.Robustness;

/// <summary>
/// Text that has broken code generators: characters that end a literal, a line or a comment,
/// that do not survive UTF-8, or that make an editor show code other than what compiles.
/// </summary>
internal static class NastyStrings
{
    /// <summary>Each string with a short name, for theory data.</summary>
    public static IReadOnlyList<(string Name, string Text)> All { get; } = new (string, string)[]
    {
        ("quote", "He said \"no\""),
        ("triple quote", "\"\"\""),
        ("backslash", @"C:\temp\new"),
        ("backslash quote", "\\\""),
        ("escaped unicode text", @"\u0022 and \x41"),
        ("NUL", "a\0b"),
        ("controls", "\u0001\u0007\b\f\v\u001B\u001F\u007F"),
        ("tab", "a\tb"),
        ("LF", "a\nb"),
        ("CR", "a\rb"),
        ("CRLF", "a\r\nb"),
        ("NEL", "a\u0085b"),
        ("line separator", "a\u2028b"),
        ("paragraph separator", "a\u2029b"),
        ("C1 controls", "\u0080\u009F"),
        ("lone high surrogate", "a\uD800b"),
        ("lone low surrogate", "a\uDC00b"),
        ("reversed pair", "\uDC00\uD800"),
        ("high surrogate at end", "end\uD83D"),
        ("emoji", "Party \uD83C\uDF89 time \U0001F600"),
        ("last code point", "\U0010FFFF"),
        ("noncharacters", "\uFFFE\uFFFF\uFDD0"),
        ("private use", "\uE000\U000F0000"),
        ("unassigned", "\u0378\U0002FFFF"),
        ("bidi embeddings and overrides", "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef"),
        ("bidi isolates", "a\u2066b\u2067c\u2068d\u2069e"),
        ("trojan source", "access = \"user\u202E \u2066// Check if admin\u2069 \u2066\""),
        ("marks and zero width", "\u200E\u200F\u200B\u200C\u200D\u2060\uFEFF\u00AD"),
        ("end of block comment", "*/ int x = 1; /*"),
        ("end of XML comment", "--> <!-- "),
        ("end of summary", "</summary> <summary> </remarks>"),
        ("XML entities", "&amp; &lt; & < > &#x41; &bogus;"),
        ("CDATA", "<![CDATA[ ]]>"),
        ("preprocessor", "#if DEBUG\n#error no\n#endif"),
        ("interpolation and verbatim", "$\"{x}\" @\"y\" {{0}}"),
        ("apostrophes and quotes", "'’‘“”«»„‚‹›「」『』"),
        ("right to left", "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD"),
        ("combining marks", "e\u0301\u0308\u20DD"),
        ("only spaces of all kinds", "\u00A0\u2009\u3000\u202F"),
        ("long", new string('x', 5000) + "\"" + new string('\\', 500)),
    };

    /// <summary>Theory data: the names, to look up the text (keeps test names readable).</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var (name, _) in All)
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>The text named <paramref name="name"/>.</summary>
    public static string Get(string name) => All.Single(entry => entry.Name == name).Text;

    /// <summary>Characters that must never appear raw in generated source.</summary>
    public static IReadOnlyList<char> NeverRaw { get; } =
    [
        '\0', '\r', '\u0085', '\u2028', '\u2029',
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
        '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F',
    ];
}
