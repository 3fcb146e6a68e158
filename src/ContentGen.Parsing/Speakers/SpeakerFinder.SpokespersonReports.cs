using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Die Polizeiinspektion Hollstein ermittelt zur Brandursache. Hinweise gebe es nicht, sagte ein
// Sprecher. „Wir schließen nichts aus.“": a bare spokesperson (an indefinite article and the spokes
// noun, nothing after it) who reports with no quote of their own speaks for the organisation the
// sentence before made its subject, as one who reports beside a quote does (SpeakerFinder.ByCue.cs);
// that organisation reported, so the quote with no cue in the very next sentence is its words.
// Stops: those of the quoted reading (a sentence before naming a person, a second name, two joined
// subjects; a spokesperson of someone or something named after the noun); the quote must follow at
// once (ReporterJustBefore). In a language that capitalises its nouns, a capitalised word right after
// an article or another of the lexicon's NounDeterminers ("die Kritik", "zur Brandursache") is a common
// noun, not a second name, for both readings; a word glued to another capitalised one, or after any
// other word ("von Hans Vogt", "mit Nordwerk"), still is a name.
internal sealed partial class SpeakerFinder
{
    // Words between the last comma and the reporting verb of a cue that ends the sentence: "a déclaré".
    private const int MaxEndingCueAuxiliaries = 2;

    private void NoteSpokespersonReport(IReadOnlyList<Token> sentence, Subject main)
    {
        if (_state.OrganisationJustBefore is not { } body)
        {
            return;
        }

        var spokesperson = main.Kind == SubjectKind.Unnamed ? main : UnnamedAfterEndingVerb(sentence);
        if (spokesperson.Kind == SubjectKind.Unnamed && IsBareSpokesperson(sentence, spokesperson.Text))
        {
            _state.Reported(body);
        }
    }

    // "…, sagte ein Sprecher.", "…, a déclaré un porte-parole.": the unnamed subject after the verb of the cue ending the sentence.
    private Subject UnnamedAfterEndingVerb(IReadOnlyList<Token> sentence)
    {
        var verb = EndingCueVerb(sentence);
        if (verb < 0)
        {
            return Subject.None;
        }

        var subject = _cues.ReadInverted(sentence, verb + 1);
        return subject.Kind == SubjectKind.Unnamed ? subject : Subject.None;
    }

    // The reporting verb of the cue that ends the sentence: past its last comma, after a few auxiliaries at most, with a
    // word after it for its subject; -1 when there is none.
    private int EndingCueVerb(IReadOnlyList<Token> sentence)
    {
        var comma = sentence.Count - 1;
        while (comma > 0 && sentence[comma].Kind != TokenKind.Comma)
        {
            comma--;
        }

        for (var verb = comma + 1; comma > 0 && verb + 1 < sentence.Count && verb <= comma + 1 + MaxEndingCueAuxiliaries && sentence[verb].IsWord; verb++)
        {
            if (_cues.IsReportingVerb(sentence[verb]))
            {
                return verb;
            }
        }

        return -1;
    }

    // Whether the sentence after `s` may read the organisation sentence `s` makes its subject: it
    // quotes, or it is the next paragraph's opening, not read yet; or it names a spokes noun after an
    // indefinite article ("Hinweise gebe es nicht, sagte ein Sprecher."), a bare spokesperson's
    // report with no quote of its own, before a quote or the paragraph's end.
    private bool NextMayQuote(IReadOnlyList<TokenRange> sentences, int s)
    {
        if (s + 1 >= sentences.Count || HoldsQuote(sentences[s + 1], 0, sentences[s + 1].Count))
        {
            return true;
        }

        return (s + 2 >= sentences.Count || HoldsQuote(sentences[s + 2], 0, sentences[s + 2].Count)) && NamesSpokesNoun(sentences[s + 1]);
    }

    // "ein Sprecher", "a spokeswoman": a spokes noun right after an indefinite article (IsBareSpokesperson asks more).
    private bool NamesSpokesNoun(IReadOnlyList<Token> sentence)
    {
        for (var k = 0; k + 1 < sentence.Count; k++)
        {
            if (sentence[k].IsWord && _cues.Is(sentence[k], WordClass.Indefinite) && sentence[k + 1].IsWord && _cues.Words.SpokesNouns.Contains(sentence[k + 1].Span))
            {
                return true;
            }
        }

        return false;
    }

    // "die Kritik", "eine Mitteilung", "zur Brandursache" in German; never in a language that writes nouns in lower case.
    private bool IsCapitalisedCommonNoun(IReadOnlyList<Token> sentence, int k)
    {
        if (!_cues.Words.CapitalisesNouns || k == 0 || !sentence[k - 1].IsWord || !sentence[k - 1].IsLower
            || (k + 1 < sentence.Count && sentence[k + 1].IsCapitalized))
        {
            return false;
        }

        var before = sentence[k - 1];
        return _cues.Is(before, WordClass.Article) || _cues.Words.NounDeterminers.Contains(before.Span);
    }
}
