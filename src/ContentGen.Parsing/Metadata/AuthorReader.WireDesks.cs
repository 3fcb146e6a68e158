using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

// Session 55: a writer's slash before the wires she drew on, named by a desk's word rather than by one agency's name:
// "María López / Agencias", "Jürgen Albers / Agenturen", "Ana Costa / Agência Lusa". The name is the writer, as in
// "Jürgen Albers / dpa". So is the name before a bar and her address or handle alone ("María López | mlopez@example.es",
// "Ana Costa | @anacosta").
internal static partial class AuthorReader
{
    // "Agencia EFE", "Agenzie": the desk's word and an agency's name at most.
    private const int MaxWireDeskWords = 3;

    // Whether `part`, after a credit's slash, opens with a capitalised desk's word ("Agencia", "Agentur") or the plural
    // that stands for the wires ("Agencias", "agencies"), in a few words.
    private static bool NamesWireDesk(ReadOnlySpan<char> part)
    {
        var reader = new WordReader(part);
        if (!reader.Read() || reader.Start != 0 || !char.IsUpper(reader.Word[0]) || Words.MoreThan(part, MaxWireDeskWords))
        {
            return false;
        }

        return LexiconTables.WireDeskPlurals.Contains(reader.Word) || LexiconTables.DeskWords.Contains(reader.Word);
    }

    // "mlopez@example.es", "@anacosta": one run of characters with no space, holding an at sign.
    private static bool IsAddressAlone(ReadOnlySpan<char> part)
        => part.Length > 1 && part.IndexOf('@') >= 0 && part.IndexOfAny(' ', '\t') < 0;
}
