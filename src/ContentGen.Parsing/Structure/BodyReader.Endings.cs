using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// After the body is read, its last blocks are read again: a closing notice in another language,
// an editor's note and a writer's note are set aside, never the article's last paragraph.
internal sealed partial class BodyReader
{
    // A closing block is a disclaimer or a translation note only when two things hold: its
    // language is surely not the body's, and it reads as a notice about the text ("translated
    // automatically", "ne reflète pas le point de vue"). A last paragraph in the body's own
    // language, or a foreign quotation that is no notice, stays in the body.
    private void SetAsideForeignEnding()
    {
        if (Blocks.Count < 2)
        {
            return;
        }

        var last = Blocks[Blocks.Count - 1];
        var bodyLanguage = LanguageGuesser.GuessDocument(Blocks, Blocks.Count - 1);
        if (bodyLanguage is not null && Notices.IsNotice(last.Facts) && LanguageGuesser.IsForeignTo(last.Facts, bodyLanguage))
        {
            Blocks.RemoveAt(Blocks.Count - 1);
            _boilerplate.Add(new Boilerplate(last.Text, BoilerplateKind.Disclaimer, last.Start));
        }
    }

    // The newsroom's notes under the article (a correction, "the views are the writer's own"): the last block or
    // two, never the article's only one. Filed as a Notice, as a print notice is.
    private void SetAsideEditorsNotes()
    {
        SetAsideWireCredits();
        for (var n = 0; n < MaxEditorsNotes && Blocks.Count > 2 && EditorsNotes.IsNote(Blocks[Blocks.Count - 1].Facts); n++)
        {
            var last = Blocks[Blocks.Count - 1];
            Blocks.RemoveAt(Blocks.Count - 1);
            SetAside(last, BoilerplateKind.Notice);
        }

        // A correction over the article, under its standfirst or opening it ("Korrektur: In einer früheren Version dieses
        // Artikels …"), or the notice that a press release follows as sent ("Le contenu ci-dessous est un communiqué …"):
        // the newsroom's note. Only the opening blocks: further down the same words are the article's own.
        for (var i = Math.Min(MaxEditorsNotes, Blocks.Count - 3); i >= 0; i--)
        {
            if (EditorsNotes.IsCorrectionNote(Blocks[i].Facts) || EditorsNotes.IsReleaseNotice(Blocks[i].Facts))
            {
                var note = Blocks[i];
                Blocks.RemoveAt(i);
                SetAside(note, BoilerplateKind.Notice);
            }
        }
    }

    // A wire's lines under its story, the standards line under the credit: "(Reporting by Jane Roe; Editing by Tom Poe)",
    // "Our Standards: …". The credit is filed as a Byline, as an unbracketed one is; the standards line as a Notice.
    private void SetAsideWireCredits()
    {
        for (var n = 0; n < MaxWireLines && Blocks.Count > 2; n++)
        {
            var last = Blocks[Blocks.Count - 1];
            var text = last.Text.AsSpan();
            var kind = WireCredits.IsCredit(text) ? BoilerplateKind.Byline
                : WireCredits.IsStandardsLine(text, last.Facts.Words) ? BoilerplateKind.Notice : (BoilerplateKind?)null;
            if (kind is null)
            {
                return;
            }

            Blocks.RemoveAt(Blocks.Count - 1);
            SetAside(last, kind.Value);
        }
    }

    // "By Jane Roe" over the article, "Jane Roe covers the harbour for the Gazette. Reach her at …" as its last block: the
    // writer's box. Only the byline's own full name, opening the block and followed by what a writer does
    // (WriterVerbs: "covers", "suit", "schreibt"), and never the article's only paragraphs: "Jane Roe walked the wall …"
    // closing a first-person piece is the article's.
    private void SetAsideWritersNote()
    {
        if (Blocks.Count <= MinArticleBlocks)
        {
            return;
        }

        var last = Blocks[Blocks.Count - 1];
        if (last.Facts.Words > MaxWritersNoteWords)
        {
            return;
        }

        foreach (var item in _boilerplate)
        {
            // The byline over the article or between its standfirst and its first paragraph.
            if (item.Kind != BoilerplateKind.Byline || item.Position.Offset > Blocks[1].Start.Offset)
            {
                continue;
            }

            var names = Metadata.AuthorReader.Read(item.Text.AsSpan());
            if (names is null)
            {
                continue;
            }

            // The byline may print the names in capitals ("Door EVA MOLENAAR en SEM BAKKER") and the note in title case, and
            // the note may name both writers before its verb ("Eva Molenaar en Sem Bakker zijn verslaggevers van …").
            var writers = names.Split(';');
            foreach (var name in writers)
            {
                var writer = name.Trim();
                if (writer.IndexOf(' ') > 0 && last.Text.Length > writer.Length + 2 && last.Text.StartsWith(writer, StringComparison.OrdinalIgnoreCase)
                    && last.Text[writer.Length] == ' ' && OpensWithWriterVerb(PastCoWriter(last.Text.AsSpan(writer.Length + 1), writers)))
                {
                    Blocks.RemoveAt(Blocks.Count - 1);
                    SetAside(last, BoilerplateKind.Byline);
                    SetAsideBoxLabelOver(last);
                    return;
                }
            }

            return;
        }
    }

    // "covers", "schreibt"; or the copula of a note on the writers ("is", "zijn", "sont": NoteCopulas).
    private static bool OpensWithWriterVerb(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        return reader.Read() && reader.Start == 0 && (LexiconTables.WriterVerbs.Contains(reader.Word) || LexiconTables.NoteCopulas.Contains(reader.Word));
    }

    // `text` past "en Sem Bakker ": a joining word and another of the byline's writers, when it opens with them.
    private static ReadOnlySpan<char> PastCoWriter(ReadOnlySpan<char> text, string[] writers)
    {
        var reader = new WordReader(text);
        if (!reader.Read() || reader.Start != 0 || !Metadata.AuthorReader.IsNameJoiningWord(reader.Word))
        {
            return text;
        }

        var rest = text.Slice(reader.Start + reader.Length).TrimStart();
        foreach (var name in writers)
        {
            var writer = name.Trim();
            if (writer.Length > 0 && rest.Length > writer.Length + 1 && rest.StartsWith(writer.AsSpan(), StringComparison.OrdinalIgnoreCase) && rest[writer.Length] == ' ')
            {
                return rest.Slice(writer.Length + 1);
            }
        }

        // A byline in capitals may have given its first writer only: the second is two to four capitalised words.
        var second = new WordReader(rest);
        var words = 0;
        var end = 0;
        while (second.Read() && char.IsUpper(second.Word[0]) && words < MaxCoWriterWords)
        {
            words++;
            end = second.Start + second.Length;
        }

        return words >= 2 && end + 1 < rest.Length && rest[end] == ' ' ? rest.Slice(end + 1) : text;
    }
}
