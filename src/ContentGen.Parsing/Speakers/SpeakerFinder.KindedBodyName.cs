using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Scholieren in Tolbergen …" … "De gemeente Tolbergen laat in een reactie weten ‘…’": the cast reads
// the body as the name after its kind noun, "Tolbergen", which is the town: the body that speaks is the
// town's council, "gemeente Tolbergen", as the article writes it. So is "l'Asl Valli Orientali", whose
// kind the article capitalises as part of the name in a language that writes nouns in lower case. The
// speaker the finder gives is the kind and the name as written, when the kind was written right before
// the name (Cast.KindWrittenWithName.cs) and either
// - the kind is capitalised, in a language that writes nouns in lower case ("l'Asl", "la Cooperativa";
//   the cast reads no kind opening a sentence, whose capital says nothing); or
// - the article writes the name elsewhere as a place, after a preposition of place ("in Tolbergen",
//   "en Peñalta", "à Montrelay"), in its title or any paragraph.
// A name that is no place ("l'associazione Mare Pulito") stays the name alone. English writes a place's
// body with its kind after the place ("Tolbergen council"), so a kind before a name describes a body of
// its own name there ("the bank Absa", whatever "a stake in Absa" says): not read so (SpeechWords.WritesKindBeforePlace).
// The finder's own reading goes on with the name the cast knows; only the answer is given whole, so
// "aldus de gemeente" later gives the whole name too.
// Cheap: asked only of a speaker the cast read after a kind noun; the article's text is searched once per
// such name, without copying, and the answer kept for the article.
internal sealed partial class SpeakerFinder
{
    // The speakers given whole, by the name the cast knows: "Tolbergen" → "gemeente Tolbergen"; a
    // name kept as it is maps to itself.
    private Dictionary<string, string>? _kindedNames;
    // The names given whole, which are bodies.
    private HashSet<string>? _kindedBodies;
    private string? _headlineText;

    // The speaker to give for `speaker`, the name the finder resolved.
    private string? WithWrittenKind(string? speaker)
    {
        if (speaker is null || !_cues.Words.WritesKindBeforePlace || _cast.KindWrittenBefore(speaker) is not { } kind)
        {
            return speaker;
        }

        if (_kindedNames is not null && _kindedNames.TryGetValue(speaker, out var known))
        {
            return known;
        }

        var whole = (!_cues.Words.CapitalisesNouns && char.IsUpper(kind[0])) || WrittenAsPlace(speaker)
            ? kind + " " + speaker
            : speaker;
        (_kindedNames ??= new Dictionary<string, string>(StringComparer.Ordinal))[speaker] = whole;
        if (!ReferenceEquals(whole, speaker))
        {
            (_kindedBodies ??= new HashSet<string>(StringComparer.Ordinal)).Add(whole);
        }

        return whole;
    }

    private bool IsKindedBody(string speaker) => _kindedBodies?.Contains(speaker) == true;

    // Whether the title or a paragraph writes `name` after a preposition of place, as a place of its own
    // (no capitalised word after it: "in Tolbergen College" is the college's name).
    private bool WrittenAsPlace(string name)
    {
        if (_headlineText is not null && WritesAsPlace(_headlineText, name))
        {
            return true;
        }

        if (_aheadParagraphs is null)
        {
            return false;
        }

        for (var p = 0; p <= _aheadLast; p++)
        {
            if (WritesAsPlace(_aheadParagraphs[p].Text, name))
            {
                return true;
            }
        }

        return false;
    }

    private bool WritesAsPlace(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (end < text.Length && (char.IsLetterOrDigit(text[end])
                || (text[end] == ' ' && end + 1 < text.Length && char.IsUpper(text[end + 1]))))
            {
                continue;
            }

            if (at < 2 || text[at - 1] != ' ')
            {
                continue;
            }

            var wordEnd = at - 1;
            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var before = text.AsSpan(wordStart, wordEnd - wordStart);
            if (before.Length > 0 && char.IsLower(before[0]) && _cues.Words.Locatives.Contains(before))
            {
                return true;
            }
        }

        return false;
    }

    private void ClearKindedNames()
    {
        _kindedNames?.Clear();
        _kindedBodies?.Clear();
        _headlineText = null;
    }
}
