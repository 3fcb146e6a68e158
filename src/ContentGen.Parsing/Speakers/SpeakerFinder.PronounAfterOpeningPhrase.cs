using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Gerda Loibl hat dreißig Jahre lang die Kerzen angezündet. Am Sonntag trug sie den Schlüssel noch
// einmal. ¶ „…“", "Marie Roux a tenu la buvette. Dimanche, elle a servi le premier café. « … »": the
// person a pronoun means is the subject of a sentence that opens on a phrase saying when or where,
// as of one the pronoun opens ("Sie trug …", PronounSubject), so a quote with no cue after it is
// hers (S9). Where the finite verb stands second, the phrase a preposition (or a day) opens, the
// verb, then the pronoun ("Am Sonntag trug sie", "Zondag zat hij"), not after a verb with a plural
// ending ("trugen sie" is a group); elsewhere the phrase, its comma, then the pronoun ("In the end,
// she", "Dimanche, elle"). Only a sentence that reports nothing: one that does is read by the main
// reporting subject. And only when the pronoun means the subject of the sentence just before: "In
// der Praxis von Bernd Achatz merkt man die Zahlen. Im vergangenen Jahr hat er …" names a man
// after a preposition, whom "er" means, while the pronoun's resolution would give the man quoted
// before. Reads a few tokens at the sentence's start.
internal sealed partial class SpeakerFinder
{
    // The person the pronoun after the opening phrase means, when that is the subject of the sentence just before; or null.
    private string? PersonAfterOpeningPhrase(IReadOnlyList<Token> sentence)
        => _state.LastSubject is { } last && _state.LastSubjectSentence == _state.Sentence - 1
        && PronounAfterOpeningPhrase(sentence) is { IsFound: true } pronoun && Resolve(pronoun) is { } meant
        && string.Equals(meant, last, System.StringComparison.Ordinal) && !_cast.IsOrganisation(meant)
            ? meant
            : null;

    // The opening phrase's words at most before the verb or the comma: "Am Sonntag", "Seit dem Umzug im Mai".
    private const int MaxOpeningPhraseTokensBeforePronoun = 6;

    private Subject PronounAfterOpeningPhrase(IReadOnlyList<Token> sentence)
    {
        var pronoun = SingularPronounAfterOpeningPhrase(sentence);
        if (pronoun < 0 || _cues.HasReportingVerb(sentence, int.MaxValue))
        {
            return Subject.None;
        }

        return new Subject(SubjectKind.Pronoun, sentence[pronoun].Text, pronoun + 1);
    }

    // The index of the lower-case singular subject pronoun after a capitalised opening phrase: after its
    // second place's verb where the verb stands second, else after its comma; or -1. Both walkers give an
    // index of at least 2 when they find one.
    private int SingularPronounAfterOpeningPhrase(IReadOnlyList<Token> sentence)
    {
        var pronoun = SubjectSlotAfterOpeningPhrase(sentence);
        return pronoun < 0 || !sentence[pronoun].IsLower || !_cues.Is(sentence[pronoun], WordClass.Pronoun)
            || PluralPronoun.Means(sentence[pronoun].Text, _cues.Words.PluralPronouns)
            ? -1
            : pronoun;
    }

    // The index of the token where the subject stands after a capitalised opening phrase: after its second
    // place's verb where the verb stands second, else after its comma; or -1. Also where an indefinite
    // brings someone in (SpeakerFinder.UnnamedAfterOpeningPhrase.cs).
    private int SubjectSlotAfterOpeningPhrase(IReadOnlyList<Token> sentence)
        => sentence.Count < 4 || !sentence[0].IsCapitalized || _cues.Is(sentence[0], WordClass.Pronoun)
            ? -1
            : _cues.Words.VerbSecond ? PronounAfterSecondVerb(sentence) : PronounAfterOpeningComma(sentence);

    // "Am Sonntag trug sie": the token after the second place's verb, or -1.
    private int PronounAfterSecondVerb(IReadOnlyList<Token> sentence)
    {
        for (var verb = 1; verb <= MaxOpeningPhraseTokensBeforePronoun && verb + 1 < sentence.Count; verb++)
        {
            if (!sentence[verb].IsWord)
            {
                return -1;
            }

            if (!sentence[verb].IsLower || _cues.Is(sentence[verb - 1], WordClass.Article) || IsPhraseWordBeforeSecondVerb(sentence[verb])
                || !_cues.OpensBeforeSecondVerb(sentence, verb))
            {
                continue;
            }

            return PluralVerbs.HasPluralEnding(_cues.Words, sentence[verb].Span) ? -1 : verb + 1;
        }

        return -1;
    }

    // "On Sunday, she", "Dimanche, elle", "Interrogée sur ce point, elle": the token after the comma that
    // closes an opening phrase of words a preposition, a day or a participle of being asked opens, or -1.
    // The participle agrees with the pronoun where the language agrees it ("Interrogée …, elle"), so it
    // describes the one the pronoun means; an agent in its phrase ("Interrogé par Marc Roux, il") names
    // someone, whom OpeningPhraseNamesSomeone keeps the other gender's turn from passing over.
    private int PronounAfterOpeningComma(IReadOnlyList<Token> sentence)
    {
        var first = sentence[0].Span;
        if (!(_cues.IsOpeningPreposition(sentence[0]) || _cues.Words.CommaOpeningPrepositions.Contains(first)
            || _cues.Words.AskedParticiples.Contains(first) || Lexicons.LexiconTables.Calendar.Contains(first)))
        {
            return -1;
        }

        for (var k = 1; k <= MaxOpeningPhraseTokensBeforePronoun && k + 1 < sentence.Count; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return k + 1;
            }

            if (!sentence[k].IsWord || _cues.Is(sentence[k], WordClass.Pronoun))
            {
                return -1;
            }
        }

        return -1;
    }
}
