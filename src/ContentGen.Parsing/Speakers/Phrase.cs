using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Reads the noun phrase that names a speaker, before or after a reporting verb. One job to a file:
/// reading back from a verb (<c>Phrase.Backward.cs</c>), reading on after one (<c>Phrase.Forward.cs</c>),
/// names from capitalised runs (<c>Phrase.Names.cs</c>), appositives (<c>Phrase.Appositives.cs</c>),
/// organisations (<c>Phrase.Organisations.cs</c>), epithets and described names (<c>Phrase.Epithets.cs</c>),
/// fillers and incises (<c>Phrase.Fillers.cs</c>), and the word tests they share (<c>Phrase.Words.cs</c>).
/// </summary>
internal sealed partial class Phrase
{
    private readonly SpeechTables _words;
    private readonly OrganisationName _organisations;

    public Phrase(SpeechTables words)
    {
        _words = words;
        _organisations = new OrganisationName(words);
    }

    private const int MaxRoleModifiers = 3;

    // Bounds that keep reading linear on text with endless capitalised runs or commas.
    public const int MaxNameWords = 10;
    private const int MaxClauseTokens = 40;

    // An appositive ("John Smith, chief executive of the firm, said") is a short phrase.
    private const int MaxAppositiveTokens = 20;

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/>, one space apart: a name the model returns.</summary>
    public static string Join(IReadOnlyList<Token> sentence, int start, int end)
    {
        if (end - start == 1)
        {
            return sentence[start].Text;
        }

        // A name is read again in every sentence that mentions it: joined on the stack, it is
        // made into a string only the first time.
        var length = end - start - 1;
        for (var i = start; i < end; i++)
        {
            length += sentence[i].Span.Length;
        }

        if (length > Text.StringCache.MaxLength)
        {
            return JoinLong(sentence, start, end, length);
        }

        Span<char> name = stackalloc char[length];
        var at = 0;
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                name[at++] = ' ';
            }

            sentence[i].Span.CopyTo(name.Slice(at));
            at += sentence[i].Span.Length;
        }

        return Text.StringCache.Get(name);
    }

    // Written once into the name's string: no copy of each word, no builder's buffer.
    private static string JoinLong(IReadOnlyList<Token> sentence, int start, int end, int length)
    {
        var name = new Text.JoinedText(length);
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                name.Append(' ');
            }

            name.Append(sentence[i].Span);
        }

        return name.ToStringAndReturn();
    }
}
