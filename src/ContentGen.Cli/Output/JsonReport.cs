using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentGen.Cli.Generation;
using ContentGen.Parsing;

namespace ContentGen.Cli.Output;

/// <summary>
/// Writes <c>inspect --json</c>: one JSON array with one object per file, always with exactly the
/// keys <c>file</c>, <c>typeName</c>, <c>title</c>, <c>source</c>, <c>author</c>, <c>published</c>,
/// <c>language</c>, <c>headings</c>, <c>paragraphs</c>, <c>boilerplate</c>, <c>quotes</c> (each with its <c>speakerKind</c>), <c>speakers</c>,
/// <c>frontMatter</c> and <c>diagnostics</c>. Written with <see cref="Utf8JsonWriter"/>,
/// so no reflection is involved.
/// </summary>
internal static class JsonReport
{
    // The output is data for tools and people, never embedded in HTML or script, so the relaxed
    // encoder is safe here; it keeps « », é and ’ readable instead of \u00AB, while quotes,
    // backslashes and control characters are still escaped as JSON requires.
    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>Writes the array for <paramref name="seeds"/> to <paramref name="output"/>.</summary>
    public static void Write(IEnumerable<SeedReport> seeds, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartArray();
            foreach (var seed in seeds)
            {
                WriteSeed(json, seed);

                // Handing each object on keeps memory flat over thousands of files.
                json.Flush();
                Drain(buffer, output);
            }

            json.WriteEndArray();
        }

        Drain(buffer, output);
        output.Write('\n');
    }

    private static void WriteSeed(Utf8JsonWriter json, SeedReport seed)
    {
        var article = seed.Article;
        json.WriteStartObject();
        json.WriteString("file", seed.Path);
        json.WriteString("typeName", seed.TypeName);
        json.WriteString("title", article?.Title ?? string.Empty);
        json.WriteString("source", article?.Source);
        json.WriteString("author", article?.Author);
        json.WriteString("published", article?.Published);
        json.WriteString("language", article?.Language);

        json.WriteStartArray("headings");
        foreach (var section in article?.Sections ?? default)
        {
            if (section.Heading is not null)
            {
                json.WriteStringValue(section.Heading);
            }
        }

        json.WriteEndArray();

        json.WriteStartArray("paragraphs");
        foreach (var paragraph in article?.Paragraphs ?? default)
        {
            json.WriteStringValue(paragraph.Text);
        }

        json.WriteEndArray();

        json.WriteStartArray("boilerplate");
        foreach (var boilerplate in article?.Boilerplate ?? default)
        {
            json.WriteStringValue(boilerplate.Text);
        }

        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var quote in article?.Quotes ?? default(EquatableArray<Quote>))
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            json.WriteString("speaker", quote.Speaker);
            json.WriteNumber("paragraph", quote.Paragraph);
            json.WriteString("speakerKind", KindName(quote.SpeakerKind));
            json.WriteString("place", PlaceName(quote.Place));
            if (quote.Within is { } within)
            {
                // Only inner quotes carry it: the index of the quote whose words hold them.
                json.WriteNumber("within", within);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("speakers");
        foreach (var speaker in article?.Speakers ?? default)
        {
            json.WriteStartObject();
            json.WriteString("name", speaker.Name);
            json.WriteString("kind", KindName(speaker.Kind));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WritePropertyName("frontMatter");
        FrontMatterJson.Write(json, article?.FrontMatter.Entries ?? default);

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in seed.Diagnostics)
        {
            var (line, column) = DiagnosticFormat.Start(diagnostic);
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", DiagnosticFormat.Severity(diagnostic));
            json.WriteNumber("line", line);
            json.WriteNumber("column", column);
            json.WriteString("message", DiagnosticFormat.Message(diagnostic));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Drain(ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    // "body", "title", "heading": lower case, as the other keys' values are.
    private static string PlaceName(QuotePlace place) => place switch
    {
        QuotePlace.Title => "title",
        QuotePlace.Heading => "heading",
        _ => "body",
    };

    // "person", "organisation": lower case, as the other keys' values are.
    private static string? KindName(SpeakerKind? kind) => kind switch
    {
        SpeakerKind.Person => "person",
        SpeakerKind.Organisation => "organisation",
        SpeakerKind.Description => "description",
        _ => null,
    };
}
