using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "De gemeente Tolbergen laat weten", "l'Asl Valli Orientali ha precisato": the body was read as the
// name after its kind noun ("Tolbergen", "Valli Orientali"), and the noun kept as its kind. Where the
// article writes the noun right before the name, the cast remembers the noun as written, so that the
// finder can give the body's name whole when the name alone is not the body's (SpeakerFinder.KindedBodyName.cs):
// the noun written with a capital inside a sentence of a language that writes nouns in lower case is
// part of the name; and a name the article writes elsewhere as a place is the place's, whose body the
// noun says. Only a noun right before the name: "la empresa tecnológica Nubia Software" describes.
internal sealed partial class Cast
{
    // The kind noun written right before a body's name, as written ("gemeente", "Asl").
    private Dictionary<string, string>? _kindWrittenBefore;

    /// <summary>
    /// The kind noun the article wrote right before the body's name <paramref name="name"/>, as written
    /// ("gemeente" before "Tolbergen", "Asl" before "Valli Orientali"), or null.
    /// </summary>
    public string? KindWrittenBefore(string name)
        => _kindWrittenBefore is not null && _kindWrittenBefore.TryGetValue(name, out var kind) ? kind : null;

    // `noun` is the kind's token (its elided article and all: "l'Asl"), `start` the name's first token.
    private void NoteKindWrittenBefore(IReadOnlyList<Token> sentence, int noun, int start, string name)
    {
        if (start != noun + 1)
        {
            return;
        }

        var kind = Elision.Tail(sentence[noun].Span);
        if (kind.IsEmpty || !char.IsLetter(kind[0]))
        {
            return;
        }

        (_kindWrittenBefore ??= new Dictionary<string, string>(StringComparer.Ordinal))[name] = Text.StringCache.Get(kind);
    }

    private void ClearKindsWrittenBefore() => _kindWrittenBefore?.Clear();
}
