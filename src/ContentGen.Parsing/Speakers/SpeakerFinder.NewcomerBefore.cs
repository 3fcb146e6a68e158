using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A quote that only goes on with someone: a quote with no cue that continues the last speaker's
// words, or a pronoun or dropped subject whose antecedent the discourse keeps. When the sentence
// right before it, in the same paragraph, names another person, the writer has turned to that
// person, in shapes the subject reader does not know ("Das will Feldhaus nicht gelten lassen.",
// "Zijn klasgenoot Noor El Amrani kan het begrijpen.", "Sul parcheggio Galli non ha arretrato.",
// "Está sentado ao sol Albino Teixeira, antigo revisor.", "Haar dochter Lotte werkt in Assen."):
// the person kept from before is no safe guess any more. The quote is the newcomer's when the
// sentence names one such person, and no one's when it names several. A sentence
// that names the person kept too, or opens on a pronoun, goes on about someone already in the
// story; a name of the other gender than the pronoun's is not whom it means; a possessor ("Roe's
// plan") and a name inside quotation marks bring in no one.
internal sealed partial class SpeakerFinder
{
    // The capitalised words a name may run over: "Cleide Aparecida Nogueira".
    private const int MaxNewcomerNameWords = 4;

    // The current paragraph's sentences and the index of the one being read; null between paragraphs.
    private IReadOnlyList<TokenRange>? _paragraphSentences;
    private int _paragraphSentence;

    // The speaker of a quote whose speaker was carried from before (a continuation, a pronoun, a
    // dropped subject): `speaker` as carried, the one other person the sentence before brought in,
    // or no one when it brought in several.
    private string? PastNewcomer(string speaker, Subject subject)
    {
        // The sentence right before only (one further back may have turned to someone else again,
        // "Our correspondent said …"): "„…“, sagte der Bürgermeister, der Stammkunde bei
        // Wendlinger war. „…“": the speaker's own cue brings in no one; nor does a sentence that
        // opens on a pronoun ("Sie hat …", "Il a …"), which goes on about someone the writer
        // thought plain.
        if (_paragraphSentences is not { } sentences || _paragraphSentence == 0
            || sentences[_paragraphSentence - 1] is not { } before || before.Count < 2 || OpensOnPronoun(before)
            || (_state.LastQuotedSentence == _state.Sentence - 1 && string.Equals(_state.LastQuoted, speaker, StringComparison.Ordinal)))
        {
            return speaker;
        }

        string? newcomer = null;
        var newcomers = 0;
        if (!NewcomersIn(before, speaker, subject, ref newcomer, ref newcomers))
        {
            return speaker;
        }

        return newcomers == 0 ? speaker : newcomers == 1 ? newcomer : null;
    }

    // Reads the people `before` names who may be meant instead of `speaker`; false when it names
    // the speaker too, who is then still in the story.
    private bool NewcomersIn(IReadOnlyList<Token> before, string speaker, Subject subject, ref string? newcomer, ref int newcomers, bool wholeParagraph = false)
    {
        for (var i = 0; i < before.Count && i < Cues.MaxReach; i++)
        {
            var token = before[i];
            if (!token.IsCapitalized || (i + 1 < before.Count && before[i + 1].IsCapitalized))
            {
                continue;
            }

            if (NamePlausibility.IsPossessive(token.Span))
            {
                // "Baker's letter to the chairman, Ann Lee, …": the speaker is still in the story.
                var possessor = token.Span.Slice(0, token.Span.Length - NamePlausibility.PossessiveEnding(token.Span));
                if (possessor.Equals(LastWord(speaker).AsSpan(), StringComparison.Ordinal))
                {
                    return false;
                }

                continue;
            }

            var first = i;
            while (first > 0 && i - first + 1 < MaxNewcomerNameWords && before[first - 1].IsCapitalized)
            {
                first--;
            }

            // "bei Wendlinger", "de Villafría", "to Mrs Okafor": a preposition's object is no one
            // the writer turned to.
            if (first > 0 && before[first - 1].IsLower && (_cues.Is(before[first - 1], WordClass.Preposition)
                || _cues.Words.ListenerPrepositions.Contains(before[first - 1].Span) || _cues.Words.ObjectPrepositions.Contains(before[first - 1].Span)))
            {
                continue;
            }

            Gender gender;
            string? named;
            if (token.Span.Equals(LastWord(speaker).AsSpan(), StringComparison.Ordinal))
            {
                // "Roe criticised Baker." before "…," she said: Roe is still in the story; but
                // "Antônio Nogueira" after "Cleide Aparecida Nogueira" is someone else.
                if (!(i >= 2 && i > first && !_cues.Is(before[i - 1], WordClass.TitleOrRole) && !ContainsWord(speaker, before[i - 1].Span)))
                {
                    return false;
                }

                named = Text.StringCache.Get(before[i - 1].Through(token));
                gender = Gender.Unknown;
            }
            else if ((named = NewcomerNamed(before, first, i, out gender)) is null)
            {
                continue;
            }
            else if (string.Equals(named, speaker, StringComparison.Ordinal) || EndsWithWord(speaker, LastWord(named)))
            {
                return false;
            }

            if (PronounMayMean(subject, gender) && !string.Equals(named, newcomer, StringComparison.Ordinal) && (wholeParagraph ? StandsAsParagraphSubject(before, first, i, subject) : StandsAsSubject(before, first, i, subject)))
            {
                // "… grew out of research done by its director Dr X. "…"": an agent is brought in,
                // but whether the words are theirs or the last speaker's is unsure; no one.
                newcomer = named;
                newcomers += IsPassiveAgent(before, first) ? 2 : 1;
            }
        }

        return true;
    }

    // The person the capitalised words first..last name, or null: a surname of a full name the
    // article gives (with the first name when the words give one), a first name that opens the one
    // salient full name, or a single name after a family tie ("Haar dochter Lotte"), whose noun
    // gives the gender.
    private string? NewcomerNamed(IReadOnlyList<Token> sentence, int first, int last, out Gender gender)
    {
        gender = Gender.Unknown;
        var word = sentence[last].Text;

        // "The play, A Long Winter, follows …": a title, no one's name.
        if (_cues.Is(sentence[first], WordClass.Article))
        {
            return null;
        }

        if (_plausibility.IsKnownSurname(word))
        {
            // "O neto, Rui Valente, tocou …" after "Joaquim Valente": a surname two people of the
            // article share stands for neither alone, but the name written out in full here is one
            // of them (SpeakerFinder.NamesakeNewcomer.cs).
            var full = _plausibility.FullNameOf(word) ?? NamesakeWrittenInFull(sentence, first, last) ?? word;
            if (!IsPersonNamed(full) || _cast.IsOrganisation(word) || (_cues.Words.CapitalisesNouns && !IsPersonWhereNounsAreCapitalised(sentence, first, last, full)))
            {
                return null;
            }

            gender = GenderOf(full);
            return full;
        }

        if (last == first && _state.OnlySalientOpenedBy(word) is { } fuller && !_cast.IsOrganisation(fuller))
        {
            gender = GenderOf(fuller);
            return fuller;
        }

        if (last == first && first >= 1 && sentence[first - 1].IsWord)
        {
            var tie = sentence[first - 1].Span;
            var male = _cues.Words.MaleKinNouns.Contains(tie);
            if (male || _cues.Words.FemaleKinNouns.Contains(tie))
            {
                gender = male ? Gender.Male : Gender.Female;
                return word;
            }
        }

        return null;
    }

    // Where every noun is capitalised, "eine Million Euro" and "nach Federn" end no one's name
    // though the article writes "Brandt Federn": a person is someone the discourse holds, whose
    // gender the article shows, or a full name written out with no article before it
    // ("Seine Kollegin Anna Berger").
    private bool IsPersonWhereNounsAreCapitalised(IReadOnlyList<Token> sentence, int first, int last, string full)
    {
        if (GenderOf(full) != Gender.Unknown || _state.MentionedIn(full) >= 0)
        {
            return true;
        }

        var given = last - 1;
        return given >= first && EndsWithWord(full, sentence[given].Text + " " + sentence[last].Text)
            && !(given > 0 && sentence[given - 1].IsLower && _cues.Is(sentence[given - 1], WordClass.Article));
    }

    // Whether `word` is one of the words of `name`, case aside ("De Graaf" in "Marjolein de Graaf").
    private static bool ContainsWord(string name, ReadOnlySpan<char> word)
    {
        var start = 0;
        while (start <= name.Length)
        {
            var space = name.IndexOf(' ', start);
            var end = space < 0 ? name.Length : space;
            if (name.AsSpan(start, end - start).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    // Whether the name over first..last is what its sentence is about, in a shape the subject
    // reader leaves to this rule: introduced with a role or a description (SpeakerFinder.ParagraphPeople.cs);
    // a relative after a family tie opening the sentence, asked for by a pronoun ("Haar dochter
    // Lotte werkt …", not a dropped subject, which keeps to the possessor); where the verb stands
    // second, right after it ("Das will Feldhaus nicht …", "Op zaterdag schenkt Holtkamp …");
    // where the subject may follow its verb, closing the clause ("… está sentado ao sol Albino
    // Teixeira, antigo revisor"). Never after an article, a role or a title, which make it an
    // object in those shapes ("Am Abend dankte der Rat dem Baudezernenten David Marx").
    private bool StandsAsSubject(IReadOnlyList<Token> sentence, int first, int last, Subject subject)
    {
        const int MaxOpeningTokens = 5;
        var start = first;
        while (start < last && IsRoleLike(sentence[start]))
        {
            start++;
        }

        // "His daughter Ellen Vane and his son …", "Sa fille, Maëlle Kerlidou, et son fils …", "…
        // by the mayor Jon Vale and the chairman Tim Hale": people joined in a list are no one
        // the sentence is about.
        var after = last + 1 < sentence.Count ? sentence[last + 1] : default;
        if (_cues.Is(after, WordClass.Coordinator) || (after.Kind == TokenKind.Comma && last + 2 < sentence.Count && _cues.Is(sentence[last + 2], WordClass.Coordinator))
            || JoinedBefore(sentence, first))
        {
            return false;
        }

        if (IsIntroduced(sentence, start, last))
        {
            return true;
        }

        if (first == 2 && sentence[1].IsWord && (_cues.Words.MaleKinNouns.Contains(sentence[1].Span) || _cues.Words.FemaleKinNouns.Contains(sentence[1].Span))
            && sentence[0].IsWord && _cues.Is(sentence[0], WordClass.Possessive | WordClass.Definite)
            && (after.IsLower || after.Kind == TokenKind.Other) && subject.Kind == SubjectKind.Pronoun && subject.Text.Length > 0)
        {
            return true;
        }

        if (first < 2 || !sentence[first - 1].IsLower || _cues.Is(sentence[first - 1], WordClass.Article | WordClass.TitleOrRole | WordClass.Preposition)
            || IsRoleLike(sentence[first - 1]) || _cues.Is(sentence[first - 1], WordClass.Possessive))
        {
            return false;
        }

        if (_cues.Words.VerbSecond)
        {
            for (var k = 0; k < first; k++)
            {
                if (sentence[k].Kind != TokenKind.Word)
                {
                    return false;
                }
            }

            // "In Kiel empfing der Landrat heute X": see SpeakerFinder.SubjectBeforeObjectName.cs.
            return first - 1 <= MaxOpeningTokens && (after.IsLower || last + 1 >= sentence.Count) && !SubjectNamedBeforeName(sentence, first);
        }

        // The subject after its verb closes a clause that an opening phrase set off by a comma
        // began ("Na estação, fechada, está sentado ao sol X, antigo revisor"); a sentence opening
        // on its own subject makes the name its object ("La sua vicina ha chiamato subito X").
        return _cues.Words.VerbsInvert && !_cues.Words.CapitalisesNouns && CommaBefore(sentence, first)
                && !(_cues.Is(sentence[0], WordClass.Article | WordClass.Possessive) || _cues.Words.Demonstratives.Contains(sentence[0].Span))
                && (last + 1 >= sentence.Count || after.Kind == TokenKind.Terminal || (after.Kind == TokenKind.Comma && last + 2 < sentence.Count && sentence[last + 2].IsLower));
    }

    // Whether a coordinator or a preposition stands before the name with only its description
    // between ("and the chairman X", "by director X"): the name is joined to another or governed.
    private bool JoinedBefore(IReadOnlyList<Token> sentence, int first)
    {
        const int MaxDescriptionWords = 3;
        for (var k = first - 1; k >= 0 && k >= first - 1 - MaxDescriptionWords && sentence[k].IsWord; k--)
        {
            // "The new film, by director Tom Fox, opens …": the work's author, no one it is about.
            if (_cues.Is(sentence[k], WordClass.Coordinator | WordClass.Preposition) || (sentence[k].IsLower && _cues.Words.PassiveAgents.Contains(sentence[k].Span)))
            {
                return true;
            }

            if (!(_cues.Is(sentence[k], WordClass.Article | WordClass.TitleOrRole) || IsRoleLike(sentence[k])
                || _cues.Is(sentence[k], WordClass.Possessive) || _cues.Words.MaleKinNouns.Contains(sentence[k].Span) || _cues.Words.FemaleKinNouns.Contains(sentence[k].Span)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool CommaBefore(IReadOnlyList<Token> sentence, int first)
    {
        for (var k = 0; k < first; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the quote's pronoun may mean someone of `gender`: a dropped subject anyone; "ze",
    // "sie" (she or they) and "she" no man, and "he" no woman.
    private bool PronounMayMean(Subject subject, Gender gender)
    {
        if (subject.Kind != SubjectKind.Pronoun || subject.Text.Length == 0 || gender == Gender.Unknown)
        {
            return true;
        }

        var dash = subject.Text.LastIndexOf('-');
        var word = dash >= 0 ? subject.Text.AsSpan(dash + 1) : subject.Text.AsSpan();
        var words = _cues.Words;
        var male = words.MalePronouns.Contains(word) || words.MaleReferents.Contains(word);
        var female = words.FemalePronouns.Contains(word) || words.FemaleReferents.Contains(word);
        return gender == Gender.Male ? male || !(female || words.Pronouns.Contains(word)) : female || !male;
    }

    // "Sie hat …", "Il a …", "At a conference hosted by X, he said …": the sentence or its clause
    // goes on about someone the writer thought plain.
    private bool OpensOnPronoun(IReadOnlyList<Token> sentence)
    {
        if (_cues.Phrase.ReadForward(sentence, 0).Kind == SubjectKind.Pronoun)
        {
            return true;
        }

        for (var k = 1; k + 1 < sentence.Count && k < Cues.MaxReach; k++)
        {
            if (sentence[k - 1].Kind == TokenKind.Comma && sentence[k].IsLower && _cues.Is(sentence[k], WordClass.Pronoun))
            {
                return true;
            }
        }

        return false;
    }
}
