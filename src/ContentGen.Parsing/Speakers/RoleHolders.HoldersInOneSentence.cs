using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "El juez Alberto Prieto y el juez Marcos Colina escucharon el recurso. «…», afirmó el juez.":
// two people given one role in one sentence, joined in one phrase or not, leave the bare role at
// the cue either's. Salience gives the last of a joined pair, and the role then agrees with it;
// no one. (SpeakerFinder.TradeEpithetGuards.cs notes the same pairs for a coach's epithet, which
// means the role's holder only when there is one; here the role itself is asked, with salience.)
// Kept per role: the person given it last and the sentence, and the roles given to two people in
// one sentence; a few strings an article, no allocation for a sentence that gives no role.
internal sealed partial class RoleHolders
{
    private const int MaxRolesGivenTwiceInASentence = 16;

    // Each role noun (bare, lower case) with the sentence it was last given in, to whom and with
    // which complement of office.
    private Dictionary<string, (int Sentence, string Name, string? Complement)>? _lastGiven;

    // Each role noun with the two people one sentence gave it to.
    private List<(string Role, string First, string Second)>? _givenTwiceInASentence;

    // The full name from `start` when another role holder is joined to it ("Alberto Prieto y el
    // juez Marcos Colina", "Albert Peeters en rechter Marco Claes", "Alberto Prieto y la fiscal
    // Elena Marín"): two capitalised words or more, a coordinator, an article or none, a role noun
    // and a capitalised word. The phrase reader reads such a pair as one subject or none, and the
    // first person then held no role. Null for anything else.
    private string? FirstOfJoinedPair(IReadOnlyList<Token> sentence, int start, out int secondRole)
    {
        secondRole = -1;
        var end = start;
        while (end < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        if (end - start < 2 || end + 2 >= sentence.Count || !sentence[end].IsLower || !_cues.Is(sentence[end], WordClass.Coordinator))
        {
            return null;
        }

        var role = end + 1;
        if (sentence[role].IsLower && _cues.Is(sentence[role], WordClass.Article))
        {
            role++;
        }

        if (role + 1 >= sentence.Count || !sentence[role].IsWord || !sentence[role + 1].IsCapitalized || !_cues.Is(sentence[role], WordClass.RoleNoun)
            || _cues.Is(sentence[start], WordClass.TitleOrRole))
        {
            return null;
        }

        secondRole = role;
        return Text.StringCache.Get(sentence[start].Through(sentence[end - 1]));
    }

    // The second of a joined pair, when the same role is written before it ("et la juge Anne
    // Morel"): its full name, which the phrase reader may not read after the pair's coordinator.
    private void AddSecondOfPair(IReadOnlyList<Token> sentence, int role, int secondRole, string? complement)
    {
        if (secondRole < 0 || !string.Equals(Bare(sentence[role].Span), Bare(sentence[secondRole].Span), StringComparison.Ordinal))
        {
            return;
        }

        var end = secondRole + 1;
        while (end < sentence.Count && end - secondRole <= Phrase.MaxNameWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        if (end - secondRole > 2)
        {
            Add(sentence[secondRole].Span, Text.StringCache.Get(sentence[secondRole + 1].Through(sentence[end - 1])), complement);
        }
    }

    private void ForgetHoldersInOneSentence()
    {
        _lastGiven?.Clear();
        _givenTwiceInASentence?.Clear();
    }

    // Called for each holder a sentence gives: notes a second person given the same role in the
    // same sentence, with the same complement or none. "Le ministre du Travail Jean Morel et le
    // ministre de la Santé Paul Girard" are two offices, which the complements tell apart.
    private void NoteGivenInSentence(string role, string name, string? complement)
    {
        _lastGiven ??= new Dictionary<string, (int, string, string?)>(StringComparer.Ordinal);
        if (_lastGiven.TryGetValue(role, out var last) && last.Sentence == _sentences && !SamePerson(last.Name, name)
            && string.Equals(last.Complement, complement, StringComparison.Ordinal))
        {
            _givenTwiceInASentence ??= new List<(string, string, string)>();
            if (_givenTwiceInASentence.Count < MaxRolesGivenTwiceInASentence)
            {
                _givenTwiceInASentence.Add((role, last.Name, name));
            }
        }

        if (_lastGiven.Count < MaxRolesUsed || _lastGiven.ContainsKey(role))
        {
            _lastGiven[role] = (_sentences, name, complement);
        }
    }

    // Whether one sentence gave `role` (bare) to `person` and to someone else.
    private bool GivenWithAnotherInASentence(string role, string person, Func<string, string?> complete)
    {
        if (_givenTwiceInASentence is not { Count: > 0 } pairs)
        {
            return false;
        }

        foreach (var (given, first, second) in pairs)
        {
            if (string.Equals(given, role, StringComparison.Ordinal)
                && (SamePerson(first, person, complete) || SamePerson(second, person, complete)))
            {
                return true;
            }
        }

        return false;
    }
}
