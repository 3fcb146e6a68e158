using ContentGen.Cli.Report;

namespace ContentGen.Cli.Tests.Report;

/// <summary>The page's one escaping routine.</summary>
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=\"a('b')\">", "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("tab\there", "tab\there")]
    [InlineData("nul\0esc\u001B", "nul\u2400esc\u241B")]
    [InlineData("del\u007F nel\u0085", "del\u2421 nel\uFFFD")]
    [InlineData("non \uFFFE \uFDD0 \uD83F\uDFFF", "non \uFFFD \uFFFD \uFFFD")]
    [InlineData("kept: é « » 🎉 \u00A0", "kept: é « » 🎉 \u00A0")]
    public void Escape_MakesTextSafeAndWellFormed(string text, string expected)
        => Assert.Equal(expected, HtmlText.Escape(text));

    [Fact]
    public void LoneSurrogates_BecomeReplacementCharacters()
        => Assert.Equal("lone \uFFFD and \uFFFD", HtmlText.Escape("lone \uD800 and \uDC00"));

    [Fact]
    public void ForbiddenCharacters_InASeed_KeepTheDocumentWellFormed()
    {
        const string seed = "Harbour reopens\u0001 to ferries \u007F this spring\n\nThe ferries\u0085 return \uFFFE in April\0, officials said.\n";

        var document = Pages.Parse(Pages.Html(Pages.Of(("seeds/controls.txt", seed))));

        Assert.Contains("\u2421", document.QuerySelector("div.ln[data-line='1'] span")!.TextContent, StringComparison.Ordinal);
    }
}
