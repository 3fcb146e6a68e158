using System;

namespace ContentGen.Parsing.Speakers;

// "L'entraîneur Marc Delmas …  « … », a reconnu le technicien.", "«…», ha ammesso il mister": a word
// the press writes for a team's coach at the cue, which is also a trade of its own ("el técnico
// municipal"). It means the coach only when the article made one person coach and no one a
// technician; two coaches, or none, leave the words no one's, and salience never decides: a wrong
// speaker is worse than none.
internal sealed partial class SpeakerFinder
{
    // The role's one holder, unless the article gave the word itself to someone ("Le technicien Jean
    // Perrin a vérifié la pelouse"): then that one person if they are the holder too or the role has
    // none ("el técnico Marcos Delgado" for the coach), else no one.
    private string? TradeEpithetHolder(Subject subject)
    {
        if (subject.HolderOnlyEpithet is not { } trade || _roles.Gave(trade))
        {
            return null;
        }

        var holder = _roles.OnlyHolderOfAnyForm(subject.Text, _complete);
        if (holder is not null && !OnlyCoachNamed(subject.Text, trade, holder))
        {
            // Two coaches joined in one phrase, or the trade word given with a qualifier or a
            // complement to someone else or to no one resolved (SpeakerFinder.TradeEpithetGuards.cs).
            return null;
        }

        var tradesman = OnlyGivenTrade(trade, out var given);
        if (!given)
        {
            // "Thierry Castanet avait demandé … « … », a souri le technicien", no coach named: a trade
            // read by its ending (AgentNouns) means the person just named, as it did before it was
            // an epithet; a word no ending reads ("el técnico") means no one.
            return holder ?? (!_roles.GaveAnyForm(subject.Text) && AgentNouns.Is(_cues.Words, trade.AsSpan(), out _)
                ? Resolve(new Subject(SubjectKind.Role, trade, subject.End, isEpithet: true))
                : null);
        }

        return tradesman is not null && (holder is null || RoleHolders.SamePerson(holder, tradesman, _complete)) ? tradesman : null;
    }

    // The one person the article gave the word as a trade (noted with the professions:
    // SpeakerFinder.ProfessionHolders.cs); null, with given true, when it gave it to several.
    private string? OnlyGivenTrade(string trade, out bool given)
    {
        given = false;
        string? only = null;
        foreach (var (noun, person, _) in _professionHolders)
        {
            if (!string.Equals(noun, trade, StringComparison.Ordinal))
            {
                continue;
            }

            if (given && !string.Equals(only, person, StringComparison.Ordinal))
            {
                return null;
            }

            given = true;
            only = person;
        }

        return only;
    }

    // A trade word the lexicon also reads as a coach's epithet, in lower case; the lookup is made
    // only in a language that lists such words.
    private bool IsTradeEpithet(Token word)
        => _cues.Words.HolderOnlyEpithets.Count > 0 && _cues.Words.HolderOnlyEpithets.Contains(Elision.Tail(word.Span));
}
