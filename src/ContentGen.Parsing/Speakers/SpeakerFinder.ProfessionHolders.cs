using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "La ingeniera Ana Gil dirige las obras. … «…», dijo la ingeniera.": a profession the article
// gave a named person, before the name or set off after it, is what a later "la ingeniera" means,
// even with sentences between, as long as it was given in the same paragraph or the one before.
internal sealed partial class SpeakerFinder
{
    // Each profession the article gave a named person, by its bare noun, with the paragraph it was
    // given in. Bounded: an article names few people by their trade, and a list beyond this is a
    // roll of names, not a cast.
    private readonly List<(string Noun, string Person, int Paragraph)> _professionHolders = new();
    private const int MaxProfessionHolders = 32;

    // How many paragraphs back a profession given to a person is still meant by its noun alone:
    // the same paragraph and the one before.
    private const int ProfessionReach = 1;

    // Records the professions a sentence gives named people: "la ingeniera Ana Gil", "l'ingegnera
    // Giulia Neri", "die Architektin Katrin Vogel", "Ana Gil, ingeniera de caminos,".
    private void NoteProfessionHolders(IReadOnlyList<Token> sentence)
    {
        // A language whose lexicon lists no such professions (English, German today) notes none: every word
        // of every sentence passed here, each one cut at its apostrophe and looked up in vain.
        if (_cues.Words.ProfessionEpithets.Count == 0)
        {
            return;
        }

        for (var i = 0; i < sentence.Count && i < Cues.MaxReach && _professionHolders.Count < MaxProfessionHolders; i++)
        {
            if (!IsProfessionNoun(sentence, i))
            {
                continue;
            }

            var person = NamedAfterProfession(sentence, i) ?? NamedBeforeProfession(sentence, i) ?? SubjectCalledByTrade(sentence, i);
            if (person is not null && _names.Complete(person) is { } full && !_cast.IsOrganisation(full))
            {
                _professionHolders.Add((Elision.Tail(sentence[i].Span).ToString().ToLowerInvariant(), full, _state.Paragraph));
            }
        }
    }

    // A profession of the lexicons: in lower case (its article elided into it or not), opening the
    // sentence ("L'ingénieure Claire Dumont", "Ingenieur Els de Vries"), or capitalised after an
    // article where every noun is ("die Architektin").
    private bool IsProfessionNoun(IReadOnlyList<Token> sentence, int i)
    {
        var word = sentence[i];
        if (!word.IsWord || !(_cues.Words.ProfessionEpithets.Contains(Elision.Tail(word.Span)) || IsTradeEpithet(word)))
        {
            return false;
        }

        return word.IsLower || i == 0 || (_cues.Words.CapitalisesNouns && word.IsCapitalized
            && ((sentence[i - 1].IsWord && _cues.Is(sentence[i - 1], WordClass.Article)) || IsSetOffTrade(sentence, i)));
    }

    // "la ingeniera Ana Gil": the full name right after the profession.
    private string? NamedAfterProfession(IReadOnlyList<Token> sentence, int noun)
    {
        if (noun + 2 >= sentence.Count || !sentence[noun + 1].IsCapitalized)
        {
            return null;
        }

        var after = _cues.Phrase.ReadForward(sentence, noun + 1);
        return after.Kind == SubjectKind.Name && !after.IsOrganisation && after.Text.IndexOf(' ') > 0 ? after.Text : null;
    }

    // "Ana Gil, ingeniera de caminos,", "Katrin Vogel, die Architektin des Büros,": a full name
    // opening the sentence, then its comma, an article or none, and the profession.
    private string? NamedBeforeProfession(IReadOnlyList<Token> sentence, int noun)
    {
        var comma = noun - 1;
        if (comma >= 1 && sentence[comma].IsWord && _cues.Is(sentence[comma], WordClass.Article))
        {
            comma--;
        }

        if (comma < 2 || sentence[comma].Kind != TokenKind.Comma || !sentence[0].IsCapitalized)
        {
            return null;
        }

        var opening = _cues.Phrase.ReadForward(sentence, 0);
        return opening.Kind == SubjectKind.Name && !opening.IsOrganisation && opening.Text.IndexOf(' ') > 0 && opening.End == comma
            ? opening.Text
            : null;
    }

    // The one person the article gave `profession`, in that very form, in reach; null with none
    // or several, `several` saying which.
    private string? ProfessionHolder(string profession, out bool several)
    {
        several = false;
        var noun = Elision.Tail(profession.AsSpan());
        string? only = null;
        foreach (var (given, person, paragraph) in _professionHolders)
        {
            if (_state.Paragraph - paragraph > ProfessionReach || !noun.Equals(given.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            several |= only is not null && !string.Equals(only, person, StringComparison.Ordinal);
            only = person;
        }

        return several ? null : only;
    }

    // Whether the article gave `person` some profession in reach: "la arquitecta Ana Ruiz" is
    // no "ingeniera" the noun may mean.
    private bool ProfessionGivenOther(string person)
    {
        foreach (var (_, holder, paragraph) in _professionHolders)
        {
            if (_state.Paragraph - paragraph <= ProfessionReach && string.Equals(holder, person, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
