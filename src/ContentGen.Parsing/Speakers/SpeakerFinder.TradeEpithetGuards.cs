using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Two things that leave a coach's epithet at the cue ("reconoció el técnico", "ha ammesso il
// mister", "a reconnu le technicien": SpeakerFinder.TradeEpithetRole.cs) no one's, which the role
// holders alone do not show:
// - the role written before two names, in one phrase or apart ("El entrenador Marcos Delgado y el
//   entrenador Luis Pardo", "la entrenadora Marta Sanz y el entrenador Raúl Gil"): the holders keep
//   one of a joined pair, so the epithet would go to the last coach named;
// - the trade word itself given to someone with a qualifier between ("el técnico municipal Juan
//   Pérez", "le technicien municipal Jean Perrin", "il tecnico comunale Gianni Perin"), which the
//   professions do not note (they read the name right after the noun): the word may be theirs;
// - the trade word written with a complement ("el técnico del Sevilla, Julen Lopetegui", "il tecnico
//   della Lazio Marco Delfino", "le technicien de l'équipe adverse"): in a match report the other
//   side's coach, given the word the holder was not. The person after the complement, where a
//   comma sets a full name off, is noted; otherwise the use is noted as no one's, and the epithet
//   then means no one (precision first: a wrong coach is worse than none).
// Only languages whose lexicon lists such epithets note anything; each note is a name the phrase
// reader already reads for the role holders, a few per article, bounded.
internal sealed partial class SpeakerFinder
{
    // Each role noun written right before a full name, by its bare lower-case form, with the
    // person's full name; and each trade epithet written before a qualifier and a full name.
    private readonly List<(string Role, string Person)> _rolesBeforeNames = new();
    private readonly List<(string Trade, string? Person)> _qualifiedTrades = new();
    private const int MaxTradeEpithetNotes = 32;

    // The words a qualifier may take between the trade and the name: "municipal", "agrario"; a
    // complement opened by a link ("de mantenimiento", "del Sevilla") is read as one
    // (TradeComplementPerson).
    private const int MaxQualifierWords = 2;

    // The words of a complement after the trade, its links included ("de la Real Sociedad").
    private const int MaxTradeComplementWords = 5;

    // The words of a name read by the phrase reader that may still be one person ("Luis de la
    // Fuente Ruiz"); a longer phrase has taken in a second person joined to the first.
    private const int MaxParticleNameWords = 5;

    private void ClearTradeEpithetNotes()
    {
        _rolesBeforeNames.Clear();
        _qualifiedTrades.Clear();
    }

    // Records, for a language with trade epithets, the roles and qualified trades a sentence writes
    // before a full name.
    private void NoteTradeEpithetUses(IReadOnlyList<Token> sentence)
    {
        if (_cues.Words.HolderOnlyEpithets.Count == 0)
        {
            return;
        }

        for (var i = 0; i + 1 < sentence.Count && i < Cues.MaxReach; i++)
        {
            var word = sentence[i];
            if (!word.IsWord || !sentence[i + 1].IsWord)
            {
                continue;
            }

            var bare = Elision.Tail(word.Span);
            if (bare.Length == 0 || !char.IsLower(bare[0]))
            {
                continue;
            }

            if (sentence[i + 1].IsCapitalized && _rolesBeforeNames.Count < MaxTradeEpithetNotes && _cues.Words.RoleNouns.Contains(bare)
                && FullNameAt(sentence, i + 1) is { } person)
            {
                _rolesBeforeNames.Add((Text.StringCache.Get(bare), person));
            }
            else if (sentence[i + 1].IsLower && _qualifiedTrades.Count < MaxTradeEpithetNotes && _cues.Words.HolderOnlyEpithets.Contains(bare))
            {
                if (NameAfterQualifier(sentence, i + 1) is { } tradesman)
                {
                    _qualifiedTrades.Add((Text.StringCache.Get(bare), tradesman));
                }
                else if (IsComplementLink(sentence[i + 1]))
                {
                    _qualifiedTrades.Add((Text.StringCache.Get(bare), TradeComplementPerson(sentence, i + 1)));
                }
            }
        }
    }

    // The full name after the lower-case words of a qualifier starting at `start` ("municipal Juan
    // Pérez"), none of them a link, an article or a verb of speech; null otherwise.
    private string? NameAfterQualifier(IReadOnlyList<Token> sentence, int start)
    {
        for (var k = start; k < sentence.Count && k < start + MaxQualifierWords + 1; k++)
        {
            var token = sentence[k];
            if (token.IsCapitalized)
            {
                return k > start ? FullNameAt(sentence, k) : null;
            }

            if (!token.IsLower || _cues.Is(token, WordClass.Coordinator | WordClass.Reporting | WordClass.Article | WordClass.Preposition))
            {
                return null;
            }
        }

        return null;
    }

    // The full name a comma sets off after the complement a link (IsComplementLink: "del", "della",
    // "du") opens at `start` ("del Sevilla, Julen Lopetegui"); null when none does ("della Lazio
    // Marco Delfino", whose words the phrase reader cannot part, or "de l'équipe adverse").
    private string? TradeComplementPerson(IReadOnlyList<Token> sentence, int start)
    {
        for (var k = start; k < sentence.Count && k < start + MaxTradeComplementWords; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma)
            {
                return k > start + 1 && k + 1 < sentence.Count && sentence[k + 1].IsCapitalized ? FullNameAt(sentence, k + 1) : null;
            }

            if (!token.IsWord || _cues.Is(token, WordClass.Coordinator | WordClass.Reporting))
            {
                return null;
            }
        }

        return null;
    }

    // A person's full name read from `start`, completed as the article gives it; null for a single
    // word or an organisation. The phrase reader gives it where it can; where a coordinated pair
    // follows ("Marcos Delgado y el entrenador Luis Pardo") it reads the pair as one subject, so
    // the capitalised words from `start` are the name then.
    private string? FullNameAt(IReadOnlyList<Token> sentence, int start)
    {
        var name = _cues.Phrase.ReadForward(sentence, start);
        var text = name.Kind == SubjectKind.Name && !name.IsOrganisation && name.Text.IndexOf(' ') > 0 && name.End <= start + MaxParticleNameWords
            && name.Text.AsSpan().StartsWith(sentence[start].Span, StringComparison.Ordinal)
            ? name.Text
            : CapitalisedRun(sentence, start);
        return text is not null && (_names.Complete(text) ?? text) is var full && !_cast.IsOrganisation(full) ? full : null;
    }

    // The capitalised words from `start`, two or more and none a role or title; null otherwise.
    private string? CapitalisedRun(IReadOnlyList<Token> sentence, int start)
    {
        var end = start;
        while (end < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsCapitalized
            && !_cues.Is(sentence[end], WordClass.TitleOrRole))
        {
            end++;
        }

        return end - start >= 2 ? Text.StringCache.Get(sentence[start].Through(sentence[end - 1])) : null;
    }

    // Whether the coach `holder` may be what the epithet `trade` for `roles` ("entrenador|entrenadora")
    // means: no other person written after any form of the role, and the trade word, with a
    // qualifier or a complement, given to no one else and to no one unresolved.
    private bool OnlyCoachNamed(string roles, string trade, string holder)
    {
        foreach (var (role, person) in _rolesBeforeNames)
        {
            if (!RoleHolders.SamePerson(person, holder, _complete) && RoleHolders.IsFormOf(role, roles))
            {
                return false;
            }
        }

        foreach (var (given, person) in _qualifiedTrades)
        {
            if (string.Equals(given, trade, StringComparison.Ordinal) && (person is null || !RoleHolders.SamePerson(person, holder, _complete)))
            {
                return false;
            }
        }

        return true;
    }
}
