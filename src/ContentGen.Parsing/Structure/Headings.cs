using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Tells a subheading from a paragraph: a short standalone line, unpunctuated or a short
/// question, with body text after it and no list item or other heading-shaped line just before it.
/// </summary>
internal static class Headings
{
    private const int MaxWords = 14;
    private const int MaxLength = 120;
    private const int MaxLines = 2;

    // "Who is affected?", "What happens next?": explainers head sections with short questions.
    private const int MaxQuestionWords = 10;

    // Up to this long, a question heads a section whatever word it opens with.
    private const int MaxBareQuestionWords = 5;

    // A heading may end on quoted words, or trail off; a longer line that does is a quoted sentence.
    private const int MaxQuotedHeadingWords = 10;

    // "Et…", "Ah…" trail off in a transcript: a heading that trails off is a phrase.
    private const int MinTrailingWords = 3;

    // A line this long that ends on a short function word is a sentence cut off, not a heading.
    private const int MinCutOffWords = 6;
    private const int MaxCutOffWordLength = 3;

    // Prose that opens a list ("The two countries will …:") is body text a heading may announce.
    private const int MinListLeadWords = 8;

    // "Lo que hay que llevar:", "Programme de la journée d'ouverture :": a colon heading is a short phrase.
    private const int MaxColonHeadingWords = 8;

    // Colon headings come in a series: two on a page at least.
    private const int MinColonSeries = 2;

    // A colon line alone on a page that heads other sections is a heading only when this short.
    private const int MaxLoneColonHeadingWords = 4;

    /// <summary>Whether <paramref name="block"/> heads the text that follows it.</summary>
    /// <param name="block">The candidate.</param>
    /// <param name="next">The block after it, or <see langword="null"/> at the end.</param>
    /// <param name="previous">The body block before it, or <see langword="null"/> at the start of the body.</param>
    /// <param name="colonSeries">
    /// Whether the page heads its paragraphs with colon lines as a series (<see cref="HasColonSeries"/>): one such line
    /// alone is a sentence's lead-in as often as a heading.
    /// </param>
    /// <param name="tableBelow">Whether a table of figures (<see cref="FigureTables"/>) starts right under it: a heading may announce one.</param>
    /// <param name="listBelow">Whether <paramref name="next"/> leads a list its sentence goes on into (<see cref="ListLeads"/>): body text however short.</param>
    public static bool IsHeading(TextBlock block, TextBlock? next, TextBlock? previous, bool colonSeries = true, bool tableBelow = false, bool listBelow = false)
    {
        var text = block.Text;
        // A dump wrapped at a fixed width wraps a long heading over two lines. A table's row ("Green      4", a column's
        // gap and a figure) heads nothing, whether its table is the article's or not.
        // A line printed in columns ("Serves 6   Prep 20 min   Cook 40 min", "Guardar receta   Imprimir") is a fact line, a
        // button bar or a table's column names: a heading is one phrase. So is a bar of facts ("Tiempo: 50 minutos | Dificultad: media").
        if (next is null || block.LineCount > MaxLines || text.Length > MaxLength || block.Facts.Words > MaxWords || FigureTables.IsRow(block)
            || ColumnGaps.Count(text) >= MinColumnGaps || FactBoxes.IsFactBar(text.AsSpan()) || SectionMenus.IsMenu(block))
        {
            return false;
        }

        // Agencies mark a subheading with a dash ("- Meilleure intégration"); a list item has
        // other items beside it, which a heading does not.
        var dashed = IsDashed(text);
        if (dashed && (BlockSplitter.StartsWithBullet(next.Text) || (previous is not null && BlockSplitter.StartsWithBullet(previous.Text))))
        {
            return false;
        }

        // "¿Cuándo llegarán…?": Spanish opens a question with its own mark; « On navigue à vue » opens
        // with a quotation mark.
        // A quotation with its speaker ("« On ne lâchera rien », promet Martine Lefort") is a sentence that lost its full stop.
        var first = FirstLetter(text, dashed ? 2 : 0);
        var colon = colonSeries && IsColonHeading(block, next, previous);
        if (!(char.IsUpper(first) || char.IsDigit(first))
            || (Punctuation.EndsWithClause(text) && !IsShortQuestion(text) && !EndsWithQuotedWords(block) && !TrailsOff(block) && !colon)
            || AttributedSpeech.EndsOnAttribution(text.AsSpan()))
        {
            return false;
        }

        // After a line that opens a list ("The full draw is:") or another short headline-shaped
        // line ("Brighton v Luton Town"), it is the next item of a list, not a heading; after a table's row it may head
        // the next table.
        if (previous is not null && (EndsWithColon(previous.Text) || (IsHeadingShaped(previous) && !FigureTables.IsRow(previous))))
        {
            return false;
        }

        // A signature, a byline's opening word or a broadcaster's name under the article's lead is no
        // heading, nor a sentence a dump cut off on a function word ("… avec un rocher et"),
        // nor an appointment ("Open dag zaterdag 23 maart van 10.00 tot 16.00 uur"), nor an agency's acronym
        // alone ("AFP", "EFE"), which signs the text above it: a heading names a topic.
        if (IsSignature(block, previous, next) || IsCutOff(block, next) || PracticalLines.IsAppointment(text) || LetterCase.IsAcronym(text.AsSpan().Trim()))
        {
            return false;
        }

        // A heading announces body text, not another short line: a paragraph, prose that opens a list,
        // or a paragraph a dump cut off mid-sentence ("… avec un rocher et"); or a table of figures (FigureTables).
        // A short lead over items its sentence goes on into ("Die Helfer haben bisher:" over "- das Dach gedeckt;") is body text however short.
        return (tableBelow && !EndsWithColon(text)) || (listBelow && !EndsWithColon(text)) || next.Text.Length > text.Length
            && (Punctuation.EndsSentence(next.Text) || (EndsWithColon(next.Text) && next.Facts.Words >= MinListLeadWords) || IsCutOff(next));
    }

    // Blogs, guides and town halls head a section with a short line ending on a colon ("Where to park:",
    // "Orari e tariffe:"), set apart by blank lines from the prose above and the paragraph under it. A line
    // that reports speech ("The mayor added:", "Il a déclaré :") opens the quotation under it instead,
    // and so do a line announcing what follows, a source ("Según el ayuntamiento:") and a speaker's name;
    // a line glued to the paragraph under it is that paragraph's opening. Over a list it stays a paragraph:
    // "Le programme de la journée :" heads one as "Les mesures sont les suivantes :" opens one.
    /// <summary>
    /// Whether at least two colon lines head paragraphs in <paramref name="blocks"/>: guides and town halls print them
    /// as a series ("Where to park:" … "Where to eat:"); a lone "The reason is simple:" opens a sentence's point.
    /// </summary>
    /// <remarks>
    /// A page that heads another section with a plain subheading or a question ("How did it run aground?" … "What
    /// happens next:") heads its sections: its one colon line is a heading as a second colon line would make it.
    /// </remarks>
    public static bool HasColonSeries(IReadOnlyList<TextBlock> blocks, ICollection<TextBlock>? notHeadings = null)
    {
        var found = 0;
        var colonLine = -1;
        for (var i = 1; i + 1 < blocks.Count; i++)
        {
            if (IsColonHeading(blocks[i], blocks[i + 1], blocks[i - 1]))
            {
                colonLine = i;
                if (++found == MinColonSeries)
                {
                    return true;
                }
            }
        }

        // Read once more only on a page with one short colon line ("What happens next:"): does another line head a section
        // without it? A longer one is as often a lead-in ("One neighbour put it bluntly:", "Parmi les mesures annoncées :").
        if (colonLine < 0 || blocks[colonLine].Facts.Words > MaxLoneColonHeadingWords)
        {
            return false;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (i != colonLine && notHeadings?.Contains(blocks[i]) != true
                && IsHeading(blocks[i], i + 1 < blocks.Count ? blocks[i + 1] : null, i > 0 ? blocks[i - 1] : null, colonSeries: false))
            {
                return true;
            }
        }

        return false;
    }

    // "—Nunca nos preguntaron nada, …", "– Nunca nos perguntaram nada": Spanish and Portuguese open a speaker's words with
    // a dash, as other languages with a quotation mark.
    private static bool OpensDialogue(string text)
        => text.Length > 1 && text[0] is '—' or '–' && (char.IsLetter(text[1]) || (text[1] == ' ' && text.Length > 2 && char.IsLetter(text[2])));

    // Two column gaps: a line of three columns or more (ColumnGaps: a doubled space is no gap).
    private const int MinColumnGaps = 2;

    private static bool IsColonHeading(TextBlock block, TextBlock next, TextBlock? previous)
    {
        var text = block.Text;
        if (!EndsWithColon(text) || block.LineCount != 1 || block.Facts.Words > MaxColonHeadingWords || previous is null
            || !(previous.Facts.IsGood || BlockQuality.IsProse(previous.Facts)) || IsGluedAbove(previous, block) || IsGluedAbove(block, next)
            || Quotes.QuoteMarks.OpensQuotation(next.Text[0]) || next.Text[0] is '\'' or '‘' || OpensDialogue(next.Text))
        {
            return false;
        }

        // One phrase: no sentence, clause or quotation mark before its colon.
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (Punctuation.IsTerminal(text[i]) || text[i] is ',' or ';' or ':' || Quotes.QuoteMarks.OpensQuotation(text[i]))
            {
                return false;
            }
        }

        // "Les mesures sont les suivantes :", "Según el ayuntamiento:", "Marie Dupont :" open a list, a source's
        // statement or a speaker's turn.
        var phrase = text.AsSpan(0, text.Length - 1).TrimEnd();
        var tables = Lexicons.Speech.SpeechTables.All;
        if (Lexicons.LexiconTables.ListAnnouncers.FoundIn(phrase) || tables.AccordingTo.FoundIn(phrase)
            || Metadata.AuthorReader.ReadBareName(phrase) is not null)
        {
            return false;
        }

        // "La raison est simple :", "Sa réponse :": a copula or a possessive makes the line a sentence's lead-in. A reporting
        // verb does too, but in a "what" clause ("Lo que dicen los socios:", "What the neighbours say:") it names a topic.
        // The opener's own words are read as the opener ("Was" is German's "what", English's "was").
        var opener = Lexicons.LexiconTables.WhatOpeners.LongestStart(phrase);
        var what = opener > 0;
        // A reporting verb alone is no lead-in: "Pregunta:" and "Pergunta:" are an interview's labels, whose words are
        // also "asks".
        var reader = new WordReader(phrase.Slice(opener));
        var words = 0;
        var reports = false;
        while (reader.Read())
        {
            words++;
            if (Lexicons.LexiconTables.ColonLeadWords.Contains(reader.Word))
            {
                return false;
            }

            reports |= !what && tables.ReportingVerbs.Contains(reader.Word);
        }

        return !(reports && words > 1);
    }

    /// <summary>Whether <paramref name="block"/> and <paramref name="next"/> share a group of lines, no blank line between them.</summary>
    public static bool IsGluedAbove(TextBlock block, TextBlock next) => next.Start.Line == block.Start.Line + block.LineCount;

    // The first character after the opening marks: '¿', '¡', quotation marks and the spaces French puts inside them.
    private static char FirstLetter(string text, int from)
    {
        var i = from;
        // English and Dutch headings quote with straight single marks ("'We were never asked'"), which no word opens on.
        while (i + 1 < text.Length && text[i] is '¿' or '¡' or '"' or '«' or '“' or '„' or '‘' or '‹' or '\'' or ' ' or '\u00A0' or '\u202F')
        {
            i++;
        }

        return text[i];
    }

    // "Le port, la ville et la mer...": a phrase of a few words that trails off, with no sentence before it.
    private static bool TrailsOff(TextBlock block)
    {
        var text = block.Text.TrimEnd();
        var end = text.EndsWith("...", StringComparison.Ordinal) ? text.Length - 3 : text.EndsWith("…", StringComparison.Ordinal) ? text.Length - 1 : -1;
        if (end <= 0 || !char.IsLetter(text[end - 1]) || block.Facts.Words < MinTrailingWords || block.Facts.Words > MaxQuotedHeadingWords)
        {
            return false;
        }

        for (var i = 0; i < end; i++)
        {
            if (Punctuation.IsTerminal(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "- Application plus ferme des OQTF": a dash, a space and a capital.
    private static bool IsDashed(string text)
        => text.Length > 2 && text[0] is '-' or '–' or '—' && text[1] == ' ';

    // Une "marge de manœuvre réduite", révisée "début 2023": a short heading may end on words it quotes,
    // not on a sentence inside quotes.
    private static bool EndsWithQuotedWords(TextBlock block)
    {
        var text = block.Text;
        // A straight single mark closes quoted words only where one opens the line: "… the farmers'" ends on a possessive.
        if ((text[text.Length - 1] is not ('"' or '”' or '»' or '“' or '’' or '«' or '‘' or '‹') && !(text[text.Length - 1] == '\'' && text[0] == '\''))
            || block.Facts.Words > MaxQuotedHeadingWords)
        {
            return false;
        }

        // The last quoted word, before any space the French closing mark takes.
        var i = text.Length - 2;
        while (i > 0 && text[i] is ' ' or '\u00A0' or '\u202F')
        {
            i--;
        }

        return i > 0 && char.IsLetterOrDigit(text[i]);
    }

    private static bool IsSignature(TextBlock block, TextBlock? previous, TextBlock next)
    {
        var span = block.Text.AsSpan();
        // At the body's start, a name in capitals ("MARÍA LÓPEZ") or a name with the place the writer files from ("María
        // López | Madrid") signs the article. Between paragraphs a heading in capitals reads as a name as often ("QUANTO
        // COSTA", "WATER GEVEN"), and "Real Madrid - Barcelona" heads a match report's section.
        return Metadata.AuthorReader.IsBylineLead(span)
            || (Metadata.AuthorReader.ReadBareName(span) is not null && !IsCapitalisedNounPhrase(block, previous, next))
            || (previous is null && (Metadata.CapitalsNames.IsNameAlone(span) || Metadata.AuthorReader.ReadNameBeforePlace(span) is not null))
            || Metadata.AuthorReader.IsCredit(span) || NamesABroadcaster(span);
    }

    // "Lange Wartelisten" between two paragraphs of German prose has a name's capitals because German
    // capitalises its nouns. A name there is a portrait's caption, and the text beside it names that
    // person with the same words; a phrase's adjective would be in lower case inside a sentence.
    private static bool IsCapitalisedNounPhrase(TextBlock block, TextBlock? previous, TextBlock next)
    {
        if (previous is null || !BlockQuality.IsProse(previous.Facts) || !BlockQuality.IsProse(next.Facts))
        {
            return false;
        }

        Span<int> hits = stackalloc int[LanguageGuesser.Languages];
        LanguageGuesser.Add(hits, previous.Facts);
        LanguageGuesser.Add(hits, next.Facts);
        var language = LanguageGuesser.Guess(hits);
        if (language is null || !CapitalisesNouns(language))
        {
            return false;
        }

        var text = block.Text.AsSpan().Trim();
        return previous.Text.AsSpan().IndexOf(text, StringComparison.Ordinal) < 0 && next.Text.AsSpan().IndexOf(text, StringComparison.Ordinal) < 0;
    }

    // "Radio France", "France Télévisions": capitalised words, one of them a publication's.
    private static bool NamesABroadcaster(ReadOnlySpan<char> text)
    {
        var publication = false;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (!char.IsUpper(reader.Word[0]))
            {
                return false;
            }

            publication |= Lexicons.LexiconTables.PublicationWords.Contains(reader.Word);
        }

        return publication;
    }

    // A line of six words or more ending on a short function word in lower case ("et", "de", "the",
    // "und", "y") stops in the middle of a sentence: a heading is a whole phrase.
    private static bool IsCutOff(TextBlock block, TextBlock? next = null)
    {
        if (block.Facts.Words < MinCutOffWords)
        {
            return false;
        }

        var text = block.Text.AsSpan();
        var end = text.Length;
        while (end > 0 && !char.IsLetter(text[end - 1]))
        {
            if (!char.IsWhiteSpace(text[end - 1]))
            {
                return false;
            }

            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var last = text.Slice(start, end - start);
        return last.Length > 0 && last.Length <= MaxCutOffWordLength && char.IsLower(last[0])
            && (start == 0 || text[start - 1] == ' ') && Stopwords.IsStopword(last)
            && !(next is not null && OpensSentence(next.Text) && EndsOnParticle(block, text.Slice(0, start), last));
    }

    // The block under a heading opens a sentence: its first letter is a capital (a line going on in lower case is the cut
    // line's sentence).
    private static bool OpensSentence(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    // "Brücke bleibt bis Ende Oktober zu": German and Dutch end a main clause on a separable verb's particle, after the
    // clause's last noun or adverb. A line that ends so, in the particle's language (the line's function words lean to
    // it), is a whole phrase; after a function word ("… bis zu", "… und sich an") the line stops mid-phrase, and "… will
    // hire an" is English.
    private static bool EndsOnParticle(TextBlock block, ReadOnlySpan<char> before, ReadOnlySpan<char> particle)
    {
        var flags = Lexicons.LexiconTables.SeparableParticles.Flags(particle);
        if (flags == 0)
        {
            return false;
        }

        before = before.TrimEnd();
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        // "bis zu 40 Minuten", "tot op de dag": a preposition of a span's reach (RunOnWords) is a function word too.
        if (start == before.Length || Stopwords.IsStopword(before.Slice(start)) || Lexicons.LexiconTables.RunOnWords.Contains(before.Slice(start)))
        {
            return false;
        }

        // A line with no function word of any language leans to none.
        return (flags & block.Facts.LanguageHits.Leading) != 0;
    }

    private static bool CapitalisesNouns(string language)
    {
        foreach (var lexicon in Lexicons.Lexicon.All)
        {
            if (lexicon.Language == language)
            {
                return lexicon.CapitalisesNouns;
            }
        }

        return false;
    }

    private static bool EndsWithColon(string text) => text.Length > 0 && text[text.Length - 1] == ':';

    private static bool IsHeadingShaped(TextBlock block)
    {
        var text = block.Text;
        return block.LineCount == 1 && text.Length > 0 && text.Length <= MaxLength && block.Facts.Words <= MaxWords
            && (char.IsUpper(text[0]) || char.IsDigit(text[0])) && !Punctuation.EndsWithClause(text)
            && !AttributedSpeech.EndsOnAttribution(text.AsSpan());
    }

    // A question heads a section when it is short ("Qui est concerné ?") or opens with a question
    // word ("Comment fonctionnera le service ?"); an interviewer's longer question opens otherwise
    // ("Fermer le port ne sert à rien ?", "Mais comment…") and is part of the interview. An explainer's
    // number ("3. Kann ich verzichten?") marks its question as a heading as a question word does.
    private static bool IsShortQuestion(string text)
        => text[text.Length - 1] == '?' && !(text.Length > 1 && Punctuation.IsTerminal(text[text.Length - 2]))
        && text.IndexOf(',') < 0 && !Words.MoreThan(text, MaxQuestionWords)
        && (!Words.MoreThan(text, MaxBareQuestionWords) || OpensWithQuestionWord(text) || SectionNumbers.Opens(text));

    // "O que muda?": a question may open on an article and "que" (QuestionPhrases), never on a conjunction ("Et comment …?").
    private static bool OpensWithQuestionWord(string text)
    {
        var reader = new WordReader(text.AsSpan());
        return (reader.Read() && Lexicons.LexiconTables.QuestionWords.Contains(reader.Word))
            || Lexicons.LexiconTables.QuestionPhrases.StartsAny(text.AsSpan());
    }
}
