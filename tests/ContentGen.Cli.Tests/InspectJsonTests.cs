using System.Text;
using System.Text.Json;
using ContentGen.Cli.Tests.Infrastructure;

namespace ContentGen.Cli.Tests;

/// <summary><c>contentgen inspect --json</c>: exactly the documented keys, with what the generator sees.</summary>
public sealed class InspectJsonTests
{
    private static readonly string[] s_keys = ["file", "typeName", "title", "source", "author", "published", "language", "headings", "paragraphs", "boilerplate", "quotes", "speakers", "frontMatter", "diagnostics"];

    [Fact]
    public void Seed_HasExactlyTheKeysAndTheSeedsValues()
    {
        var result = Tool.Run("inspect", "--json", Tool.SeedsFolder);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var seed = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(s_keys, seed.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Tool.OriginalSeed, seed.GetProperty("file").GetString());
        Assert.Equal("RussianRepresentativeTakesStockOfNegotiationsWithNato", seed.GetProperty("typeName").GetString());
        Assert.Equal("Russian representative takes stock of negotiations with NATO", seed.GetProperty("title").GetString());
        Assert.Equal("RT in French", seed.GetProperty("source").GetString());
        Assert.Equal(["Moscow advocates stopping NATO expansion"], Strings(seed.GetProperty("headings")));
        Assert.Equal(6, seed.GetProperty("paragraphs").GetArrayLength());
        Assert.StartsWith("Russian Deputy Foreign Minister Alexander Grushko holds ", Strings(seed.GetProperty("paragraphs"))[0], StringComparison.Ordinal);

        var boilerplate = Strings(seed.GetProperty("boilerplate"));
        Assert.Equal(2, boilerplate.Length);
        Assert.Equal("Skip to content", boilerplate[0]);
        Assert.StartsWith("Toutes les actualités du site n'expriment pas le point de vue du site", boilerplate[1], StringComparison.Ordinal);

        // Riabkov's two quotes are in "These points were discussed…", Sherman's in "However, Wendy Sherman…".
        var quotes = seed.GetProperty("quotes").EnumerateArray()
            .Select(q => (q.GetProperty("text").GetString(), q.GetProperty("speaker").GetString(), q.GetProperty("paragraph").GetInt32()))
            .ToArray();
        Assert.Equal(
            [
                ("very seriously", "Sergei Riabkov", 4),
                ("not hopeless", "Sergei Riabkov", 4),
                ("We are firm […] in our opposition to security proposals which are quite simply inadmissible in the United States", "Wendy Sherman", 5),
                ("open doors", "Wendy Sherman", 5),
            ],
            quotes);
        Assert.Equal(0, seed.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Speakers_AreListedOnceInOrderOfFirstQuote_WithTheirKind_AndEachQuoteGivesItsKind()
    {
        var seed = InspectOne(folder =>
        {
            folder.Write(
                "fares.txt",
                "Rail fares to rise\n\n\"Fares have gone up,\" said Anthony Reid.\n\n\"This is the smallest rise,\" a Department for Transport spokesman said. \"We are investing,\" said Anthony Reid.\n\nIt was \"unusual\" weather.\n");
        });

        var speakers = seed.GetProperty("speakers").EnumerateArray().ToArray();
        Assert.All(speakers, s => Assert.Equal(["name", "kind"], s.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(
            [("Anthony Reid", "person"), ("Department for Transport", "organisation")],
            speakers.Select(s => (s.GetProperty("name").GetString(), s.GetProperty("kind").GetString())));
        var quotes = seed.GetProperty("quotes").EnumerateArray().ToArray();
        Assert.All(quotes, q => Assert.Equal(["text", "speaker", "paragraph", "speakerKind", "place"], q.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(
            ["person", "organisation", "person", null],
            quotes.Select(q => q.GetProperty("speakerKind").GetString()));
    }

    [Fact]
    public void QuotesInTheTitleAndAHeading_GiveTheirPlace_AndTheirParagraphByTheDocumentedRule()
    {
        var seed = InspectOne(folder =>
        {
            folder.Write(
                "harbour.txt",
                "Jane Roe: \"We will not give up on the harbour\"\n\n"
                + "Jane Roe, the harbour minister, presented the housing bill to the assembly on Tuesday morning.\n\n"
                + "Costs\n\n"
                + "The opposition says the bill will cost far more than the budget allows this year.\n\n"
                + "Next steps: \"a long road\"\n\n"
                + "\"We will build homes for every family on the waiting list,\" said Jane Roe after the vote.\n");
        });

        var quotes = seed.GetProperty("quotes").EnumerateArray().ToArray();
        Assert.Equal(
            [("title", -1, "Jane Roe"), ("heading", 2, null), ("body", 2, "Jane Roe")],
            quotes.Select(q => (q.GetProperty("place").GetString(), q.GetProperty("paragraph").GetInt32(), q.GetProperty("speaker").GetString())));
    }

    [Fact]
    public void SomeoneUnnamed_IsADescription_InTheQuoteAndTheSpeakers()
    {
        var seed = InspectOne(folder =>
        {
            folder.Write(
                "prices.txt",
                "Harbour prices climb again\n\nFish prices at the harbour market rose for the third week in a row on Friday.\n\n\"Prices will keep rising until the boats can go out again,\" said one trader.\n");
        });

        var quote = Assert.Single(seed.GetProperty("quotes").EnumerateArray());
        Assert.Equal(("trader", "description"), (quote.GetProperty("speaker").GetString(), quote.GetProperty("speakerKind").GetString()));
        var speaker = Assert.Single(seed.GetProperty("speakers").EnumerateArray());
        Assert.Equal(("trader", "description"), (speaker.GetProperty("name").GetString(), speaker.GetProperty("kind").GetString()));
    }

    [Fact]
    public void NonAsciiText_IsWrittenAsItselfNotAsEscapes()
    {
        var output = Tool.Run("inspect", "--json", Tool.SeedsFolder).Output;

        Assert.Contains("Toutes les actualités", output, StringComparison.Ordinal);
        Assert.Contains("We are firm […]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E9", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\r', output);
    }

    [Fact]
    public void Diagnostics_HaveIdSeverityLineColumnAndMessage()
    {
        var seed = InspectOne(folder =>
        {
            folder.Write("ferry.txt", "Ferry timetable changes next week\n\nThe captain said « we sail at dawn on Sundays.\n");
        });

        var diagnostic = Assert.Single(seed.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(["id", "severity", "line", "column", "message"], diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CG0004", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(18, diagnostic.GetProperty("column").GetInt32());
        Assert.Contains("never closed", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, seed.GetProperty("source").ValueKind);
        Assert.Equal(0, seed.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public void BinaryFile_HasNoTypeNameAndAnError()
    {
        var seed = InspectOne(folder =>
        {
            folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        });

        Assert.Equal(s_keys, seed.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, seed.GetProperty("typeName").ValueKind);
        Assert.Equal(string.Empty, seed.GetProperty("title").GetString());
        Assert.Equal(0, seed.GetProperty("paragraphs").GetArrayLength());
        var diagnostic = Assert.Single(seed.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("CG0007", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
    }

    [Fact]
    public void Latin1File_ReadsInTheCompilersFallbackEncoding_WithAWarningAtTheFirstReplacedByte()
    {
        var seed = InspectOne(folder =>
        {
            folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00E9 opens on the high street\n\nThe caf\u00E9 opened today.\n"));
        });

        // The compiler's fallback: Windows' ANSI code page reads 0xE9 as "é"; elsewhere there is
        // none, and UTF-8 reads it as U+FFFD.
        if (OperatingSystem.IsWindows())
        {
            Assert.Equal("Caf\u00E9 opens on the high street", seed.GetProperty("title").GetString());
            return;
        }

        Assert.Equal("Caf\uFFFD opens on the high street", seed.GetProperty("title").GetString());
        var diagnostic = Assert.Single(seed.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("CG0006", diagnostic.GetProperty("id").GetString());
        Assert.Equal((1, 4), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void ByteOrderMark_IsNotPartOfTheTitleNorOfTheColumns()
    {
        var seed = InspectOne(folder =>
        {
            var text = "Ferry timetable changes next week\n\nThe captain said « we sail at dawn on Sundays.\n";
            folder.WriteBytes("ferry.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        });

        Assert.Equal("Ferry timetable changes next week", seed.GetProperty("title").GetString());
        var diagnostic = Assert.Single(seed.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal((3, 18), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void TypeNames_AreResolvedOverTheWholeSet_AsTheGeneratorDoes()
    {
        using var folder = new TempFolder();
        var north = folder.Write("north/harbour-news.txt", "Harbour news from the north coast\n\nBoats are back.\n");
        var south = folder.Write("south/harbour-news.txt", "Harbour news from the south coast\n\nBoats are away.\n");
        var catalog = folder.Write("catalog.txt", "Catalog of the boats in the harbour\n\nA short item.\n");
        var opaque = folder.Write("0042.txt", "Lighthouse keeper retires after forty years\n\nHe climbed the stairs daily.\n");

        using var json = JsonDocument.Parse(Tool.Run("inspect", "--json", folder.Path).Output);

        var seeds = json.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("file").GetString()!, StringComparer.Ordinal);
        Assert.Equal("HarbourNews", seeds[north].GetProperty("typeName").GetString());
        Assert.Equal("HarbourNews2", seeds[south].GetProperty("typeName").GetString());
        Assert.Equal("CatalogArticle", seeds[catalog].GetProperty("typeName").GetString());
        Assert.Equal("LighthouseKeeperRetiresAfterFortyYears", seeds[opaque].GetProperty("typeName").GetString());
        Assert.Equal(["CG0008"], seeds[south].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(["CG0009"], seeds[catalog].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(0, seeds[north].GetProperty("diagnostics").GetArrayLength());
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    // The one seed's object in `inspect --json` over a new folder that holds what `write` puts there.
    private static JsonElement InspectOne(Action<TempFolder> write)
    {
        using var folder = new TempFolder();
        write(folder);
        using var json = JsonDocument.Parse(Tool.Run("inspect", "--json", folder.Path).Output);
        return Assert.Single(json.RootElement.EnumerateArray()).Clone();
    }
}
