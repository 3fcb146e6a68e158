using System;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// The quotation marks of the world's common styles, and which closes which. Scraped and
/// machine-translated text mixes them, so a close is accepted from any closing mark of
/// the same weight (double or single) when the expected one is missing.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Every mark, double and single, for a search that skips the text between them.</summary>
    public static ReadOnlySpan<char> All => AllMarks.AsSpan();

    private const string AllMarks = "“”„«»\"「」『』‘’‚‹›'";

    /// <summary>Whether <paramref name="c"/> is a double-weight mark: “ ” „ « » " 「 」 『 』.</summary>
    public static bool IsDouble(char c) => c is '“' or '”' or '„' or '«' or '»' or '"' or '「' or '」' or '『' or '』';

    /// <summary>Whether <paramref name="c"/> is a single-weight mark: ‘ ’ ‚ ‹ › '.</summary>
    public static bool IsSingle(char c) => c is '‘' or '’' or '‚' or '‹' or '›' or '\'';

    /// <summary>
    /// Whether a text opening on <paramref name="c"/> opens on a quotation: the marks that open a
    /// quote in the European languages (a straight double quote among them), not the closing ones.
    /// </summary>
    public static bool OpensQuotation(char c) => c is '«' or '"' or '“' or '„' or '‹';

    /// <summary>Whether <paramref name="c"/> can only open a quote.</summary>
    public static bool OnlyOpens(char c) => c is '«' or '„' or '「' or '『' or '‚' or '‹';

    /// <summary>Whether <paramref name="c"/> can only close a quote.</summary>
    public static bool OnlyCloses(char c) => c is '»' or '”' or '」' or '』' or '›' or '’';

    /// <summary>Whether <paramref name="closer"/> is the proper close for <paramref name="opener"/>.</summary>
    public static bool Pairs(char opener, char closer) => opener switch
    {
        '«' => closer == '»',

        // German and Danish open with » and close with «: »Wir bleiben«, sagte sie.
        '»' => closer == '«',
        '“' => closer == '”',
        '„' => closer is '“' or '”',
        '"' => closer == '"',
        '「' => closer == '」',
        '『' => closer == '』',
        '‚' => closer is '‘' or '’',
        '‘' => closer == '’',
        '‹' => closer == '›',
        '\'' => closer == '\'',
        _ => false,
    };
}
