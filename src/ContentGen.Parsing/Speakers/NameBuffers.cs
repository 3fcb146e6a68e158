using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The lists, sets and maps one article's name facts fill (<see cref="NamePlausibility"/>,
/// <see cref="NameFacts"/>), lent with the page's buffers (<see cref="PageBuffers.Names"/>) and
/// emptied when those are handed back. Every article of news asks about names: made for each
/// one, and grown as it was read, they cost about a twentieth of what reading it allocated.
/// Each is made at its first use, as the facts made their own: many articles ask little.
/// </summary>
internal sealed class NameBuffers
{
    // Full names an article of news gives, about: the lists start at this size.
    private const int NamesPerArticle = 8;

    private bool _taken;
    private List<string>? _paragraphs;
    private Dictionary<string, bool>? _answers;
    private HashSet<string>? _quoted;
    private SpanSet? _surnames;
    private List<(string Paragraph, int Start, int Length)>? _firstNames;
    private List<string?>? _fullNames;
    private List<(int First, int Second)>? _namedIn;
    private List<(string Paragraph, int Start, int Length, int Surname)>? _kinFirstNames;
    private List<(int Start, int Length)>? _run;
    private List<string>? _quoteTexts;
    private List<string>? _titleLike;

    /// <summary>The texts of the article's paragraphs, as the facts read them.</summary>
    public List<string> Paragraphs => _paragraphs ??= new List<string>();

    /// <summary>The answers given so far, by name.</summary>
    public Dictionary<string, bool> Answers => _answers ??= new Dictionary<string, bool>(StringComparer.Ordinal);

    /// <summary>What the article quotes, compared without case.</summary>
    public HashSet<string> Quoted => _quoted ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The last words of the article's two-word names.</summary>
    public SpanSet Surnames => _surnames ??= new SpanSet(NamesPerArticle);

    /// <summary>The first name each surname follows, in place.</summary>
    public List<(string Paragraph, int Start, int Length)> FirstNames => _firstNames ??= new(NamesPerArticle);

    /// <summary>Each surname's full name, once made.</summary>
    public List<string?> FullNames => _fullNames ??= new(NamesPerArticle);

    /// <summary>For each surname, the paragraphs that first name one person and a second with it.</summary>
    public List<(int First, int Second)> NamedIn => _namedIn ??= new(NamesPerArticle);

    /// <summary>The first names of the further people a surname names ("Ramón" after "Lucía Ordás"), with the surname's index.</summary>
    public List<(string Paragraph, int Start, int Length, int Surname)> KinFirstNames => _kinFirstNames ??= new(NamesPerArticle);

    /// <summary>The words of the article's quotes, in order: the quotes' texts as the model gives them.</summary>
    public List<string> QuoteTexts => _quoteTexts ??= new(NamesPerArticle);

    /// <summary>The words of the quotes with no attribution comma, which may be titles ("Harbour Nights").</summary>
    public List<string> TitleLike => _titleLike ??= new(NamesPerArticle);

    /// <summary>The run of capitalised words being read.</summary>
    public List<(int Start, int Length)> Run => _run ??= new();

    /// <summary>The most items any of the lists, sets or maps held: one grown past a page's size is not kept.</summary>
    public int MostItems
        => Math.Max(
            Math.Max(Math.Max(_paragraphs?.Count ?? 0, _answers?.Count ?? 0), Math.Max(_quoted?.Count ?? 0, _surnames?.Count ?? 0)),
            Math.Max(_run?.Count ?? 0, _quoteTexts?.Count ?? 0));

    /// <summary>
    /// These buffers, for one reader of the page's names; or new ones when a reader already holds
    /// them (the quotes outside the body may read names of their own).
    /// </summary>
    public NameBuffers Take()
    {
        if (_taken)
        {
            return new NameBuffers();
        }

        _taken = true;
        return this;
    }

    /// <summary>Empties every list, set and map, and frees the buffers for the next page's reader.</summary>
    public void Clear()
    {
        _paragraphs?.Clear();
        _answers?.Clear();
        _quoted?.Clear();
        _surnames?.Clear();
        _firstNames?.Clear();
        _fullNames?.Clear();
        _namedIn?.Clear();
        _kinFirstNames?.Clear();
        _run?.Clear();
        _quoteTexts?.Clear();
        _titleLike?.Clear();
        _taken = false;
    }
}
