using System.Globalization;
using System.Text;

namespace ContentGen.Tests.Infrastructure;

/// <summary>
/// Generated news-like documents of any size, for scale tests and benchmarks, so that no corpus
/// text has to live in the repository. Deterministic: the same arguments give the same text.
/// Every paragraph is unique, as in real corpora, so the compiler cannot share equal strings.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] s_words =
    {
        "council", "budget", "harbour", "ferries", "minister", "talks", "market", "shares", "growth", "season",
        "players", "coach", "election", "voters", "policy", "report", "figures", "rise", "fall", "record",
        "week", "plans", "spending", "local", "national", "industry", "workers", "prices", "energy", "schools",
    };

    private static readonly string[] s_speakers = { "Jane Okafor", "Tom Lindqvist", "Maria Duarte", "Ken Ito" };

    /// <summary>
    /// <paramref name="count"/> documents as <c>corpus/docNNNNN.txt</c>, each a title and
    /// <paramref name="paragraphs"/> paragraphs of about 500 characters, one in three with a quote.
    /// </summary>
    public static (string Path, string Text)[] Documents(int count, int paragraphs = 4)
    {
        var documents = new (string Path, string Text)[count];
        for (var i = 0; i < count; i++)
        {
            documents[i] = (PathOf(i), Document(i, paragraphs));
        }

        return documents;
    }

    /// <summary>The path of document <paramref name="index"/>.</summary>
    public static string PathOf(int index) => "corpus/doc" + index.ToString("D5", CultureInfo.InvariantCulture) + ".txt";

    /// <summary>Document <paramref name="index"/>.</summary>
    public static string Document(int index, int paragraphs = 4)
    {
        var text = new StringBuilder();
        text.Append("Report ").Append(Number(index)).Append(": ").Append(Word(index, 0)).Append(' ').Append(Word(index, 1))
            .Append(" and the ").Append(Word(index, 2)).Append(" of the ").Append(Word(index, 3)).Append("\n\n");
        for (var p = 0; p < paragraphs; p++)
        {
            Paragraph(text, index, p);
            text.Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>The text of paragraph <paramref name="paragraph"/> of document <paramref name="index"/>, as the parser reads it.</summary>
    public static string ParagraphText(int index, int paragraph)
    {
        var text = new StringBuilder();
        Paragraph(text, index, paragraph);
        return text.ToString();
    }

    /// <summary>
    /// The quotes of document <paramref name="index"/>, as the parser reads them: one in every
    /// paragraph whose number plus the document's is a multiple of three, with its speaker.
    /// </summary>
    public static (string Text, string Speaker)[] Quotes(int index, int paragraphs)
        => Enumerable.Range(0, paragraphs)
            .Where(p => (index + p) % 3 == 0)
            .Select(p => ("We expect the " + Word(index, p) + " to hold", s_speakers[(index + p) % s_speakers.Length]))
            .ToArray();

    private static void Paragraph(StringBuilder text, int index, int paragraph)
    {
        var start = text.Length;
        text.Append("In report ").Append(Number(index)).Append('.').Append(Number(paragraph)).Append(" the ");
        for (var w = 0; text.Length - start < 440; w++)
        {
            text.Append(Word(index + paragraph, w)).Append(w % 9 == 8 ? ", and the " : " ");
        }

        text.Append("stayed as planned.");
        if ((index + paragraph) % 3 == 0)
        {
            text.Append(" \"We expect the ").Append(Word(index, paragraph)).Append(" to hold,\" said ")
                .Append(s_speakers[(index + paragraph) % s_speakers.Length]).Append('.');
        }
    }

    private static string Word(int seed, int position) => s_words[(int)((((uint)seed * 2654435761u) + ((uint)position * 40503u)) % (uint)s_words.Length)];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
