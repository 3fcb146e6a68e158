using System.Globalization;
using System.Text;

namespace ContentGen.Evaluation.Speakers;

/// <summary>A shape of attribution: its name, whose words the scored quote is, and its template.</summary>
/// <param name="Id">The shape's name, as reported.</param>
/// <param name="Expected">
/// <c>speaker</c> for the variant's speaker, <c>-</c> for nobody, or the right answers themselves
/// (an organisation the template names), separated by <c>|</c>.
/// </param>
/// <param name="Template">The paragraphs, with the slots of <see cref="ShapeGrid"/>.</param>
public sealed record AttributionShape(string Id, string Expected, string Template);

/// <summary>One article made from a shape: its text, where the scored quote opens, and the answer.</summary>
/// <param name="Text">The article: headline, blank line, paragraphs.</param>
/// <param name="ScoredMark">The offset of the scored quote's opening mark.</param>
/// <param name="Answers">The right speakers (a full name and its surname), or none where the quote is nobody's words.</param>
public sealed record ShapeVariant(string Text, int ScoredMark, IReadOnlyList<string> Answers);

/// <summary>
/// One language's shape file: the words that fill the slots, and the shapes. Each shape is read
/// with every verb (when it has a verb slot) and every speaker, so a shape is right for a language
/// only when it is right whatever the verb and whoever speaks.
/// </summary>
public sealed class ShapeGrid
{
    private const char ScoredMarker = '^';

    private readonly List<(string Cue, string AfterPronoun)> _verbs = [];
    private readonly List<(string Name, string Surname, string Gender)> _speakers = [];
    private readonly Dictionary<string, string> _pronouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _epithets = new(StringComparer.Ordinal);
    private string _headline = string.Empty;
    private string _quote = string.Empty;
    private string _secondQuote = string.Empty;

    private ShapeGrid(string language) => Language = language;

    /// <summary>The language, from the file's name.</summary>
    public string Language { get; }

    /// <summary>The shapes, in the file's order.</summary>
    public List<AttributionShape> Shapes { get; } = [];

    /// <summary>Reads a shape file.</summary>
    /// <exception cref="FormatException">A row is malformed; the message says where.</exception>
    public static ShapeGrid Read(string path)
    {
        var grid = new ShapeGrid(Path.GetFileNameWithoutExtension(path));
        foreach (var (cells, lineNumber) in GridFiles.Rows(path))
        {
            string Cell(int index) => index < cells.Length && cells[index].Length > 0
                ? cells[index]
                : throw new FormatException($"{path}:{lineNumber}: {cells[0]} needs {index} cells after it");

            switch (cells[0])
            {
                case "headline": grid._headline = Cell(1); break;
                case "quote": grid._quote = Cell(1); break;
                case "quote2": grid._secondQuote = Cell(1); break;
                case "speaker": grid._speakers.Add((Cell(1), Cell(2), Gender(Cell(3), path, lineNumber))); break;
                case "pronoun": grid._pronouns[Gender(Cell(1), path, lineNumber)] = Cell(2); break;
                case "role": grid._roles[Gender(Cell(1), path, lineNumber)] = Cell(2); break;
                case "epithet": grid._epithets[Gender(Cell(1), path, lineNumber)] = Cell(2); break;
                case "verb": grid._verbs.Add((Cell(1), Cell(2))); break;
                case "shape": grid.Shapes.Add(new AttributionShape(Cell(1), Cell(2), Cell(3))); break;
                default: throw new FormatException($"{path}:{lineNumber}: unknown row kind {cells[0]}");
            }
        }

        if (grid._verbs.Count == 0 || grid._speakers.Count == 0 || grid.Shapes.Count == 0 || grid._quote.Length == 0 || grid._headline.Length == 0)
        {
            throw new FormatException(path + ": needs a headline, a quote, and at least one verb, speaker and shape");
        }

        return grid;
    }

    /// <summary>Every article <paramref name="shape"/> makes: one per verb (when it has a verb slot) and speaker.</summary>
    /// <exception cref="FormatException">The template names not one scored mark (^), or a slot with no filler.</exception>
    public IEnumerable<ShapeVariant> Variants(AttributionShape shape)
    {
        var usesVerb = shape.Template.Contains("{verb}", StringComparison.Ordinal) || shape.Template.Contains("{pverb}", StringComparison.Ordinal);
        foreach (var verb in usesVerb ? _verbs : _verbs.Take(1))
        {
            foreach (var speaker in _speakers)
            {
                yield return Make(shape, verb, speaker);
            }
        }
    }

    private ShapeVariant Make(AttributionShape shape, (string Cue, string AfterPronoun) verb, (string Name, string Surname, string Gender) speaker)
    {
        var pronoun = Filler(_pronouns, speaker.Gender, "pronoun");
        var role = Filler(_roles, speaker.Gender, "role");
        var body = new StringBuilder(shape.Template)
            .Replace("{epithet}", shape.Template.Contains("{epithet}", StringComparison.Ordinal) ? Filler(_epithets, speaker.Gender, "epithet") : string.Empty)
            .Replace("{pverb}", verb.AfterPronoun)
            .Replace("{verb}", verb.Cue)
            .Replace("{He}", Capitalise(pronoun))
            .Replace("{he}", pronoun)
            .Replace("{Role}", Capitalise(role))
            .Replace("{role}", role)
            .Replace("{name}", speaker.Name)
            .Replace("{surname}", speaker.Surname)
            .Replace("{q2}", _secondQuote)
            .Replace("{q}", _quote)
            .Replace(" | ", "\n\n")
            .ToString();
        var text = _headline + "\n\n" + body + "\n";
        var mark = text.IndexOf(ScoredMarker, StringComparison.Ordinal);
        if (mark < 0 || mark != text.LastIndexOf(ScoredMarker) || body.IndexOf('{', StringComparison.Ordinal) >= 0)
        {
            throw new FormatException($"{Language} {shape.Id}: not one scored mark (^), or a slot with no filler: {body}");
        }

        string[] answers = shape.Expected switch
        {
            "speaker" => [speaker.Name, speaker.Surname],
            "-" => [],
            var named => named.Split('|'),
        };
        return new ShapeVariant(text.Remove(mark, 1), mark, answers);
    }

    private string Filler(Dictionary<string, string> fillers, string gender, string what)
        => fillers.TryGetValue(gender, out var filler) ? filler : throw new FormatException($"{Language}: no {what} for {gender}");

    private static string Capitalise(string text)
        => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string Gender(string cell, string path, int lineNumber)
        => cell is "M" or "F" ? cell : throw new FormatException($"{path}:{lineNumber}: gender is neither M nor F: {cell}");
}
