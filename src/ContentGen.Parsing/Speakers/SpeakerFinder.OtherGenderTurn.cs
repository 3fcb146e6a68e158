using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Alan Petley, her husband, said … "…," he said. She was less forgiving. "…"", "Elle, en attendant,
// n'y croit pas", "Lei non si scompone", "Él, en cambio, …": a sentence with no quote opens on a
// pronoun of the other gender than the one the last speaker is shown to be of (a title, a linked
// pronoun, a tie). The pronoun cannot mean that speaker, so the turn is someone else's: the one person
// left of the people a pronoun may mean who spoke, is not shown to be of the other gender, with no
// other such person since (DiscourseState.OnlyOtherSpeakerPast). With two such people, or someone
// unnamed between, no one: the quote after is then not the last speaker's either. Given names are
// never read for a gender; German "sie" and Dutch "ze"/"zij" (she and they) ask for none and are
// left alone. Read only at a sentence's opening pronoun, never at a cue.
internal sealed partial class SpeakerFinder
{
    // Whether `sentence` opens on a singular pronoun (or has one after an opening phrase) of a gender the last
    // speaker, the most salient person, is shown not to be of; `meant` is whom it means then, or null for no one.
    private bool PronounPastSpeaker(IReadOnlyList<Token> sentence, out string? meant)
    {
        meant = null;
        if (sentence.Count < 3 || _state.LastQuoted is not { } speaker || !string.Equals(_state.MostSalient, speaker, StringComparison.Ordinal))
        {
            return false;
        }

        // The opening pronoun, or the one after an opening phrase that names nobody ("Au marché, elle"):
        // see SpeakerFinder.OtherGenderAfterOpeningPhrase.cs.
        var at = sentence[0].IsWord && (sentence[1].IsLower || sentence[1].Kind == TokenKind.Comma) && _cues.Is(sentence[0], WordClass.Pronoun)
            ? 0
            : PronounAfterNamelessOpeningPhrase(sentence);
        if (at < 0)
        {
            return false;
        }

        // The pronoun's gender, by the lists alone: a word of both (German "Sie") says nothing.
        var word = sentence[at].Span;
        var male = _cues.Words.MalePronouns.Contains(word);
        var female = _cues.Words.FemalePronouns.Contains(word);
        if (male == female || PluralPronoun.Means(sentence[at].Text, _cues.Words.PluralPronouns))
        {
            return false;
        }

        var asked = male ? Gender.Male : Gender.Female;
        _askedGender = asked;
        var shown = _pronounGenderOf(speaker);
        if (shown == Gender.Unknown && asked == Gender.Female && _roles.ShownMaleByArticle(speaker))
        {
            // "El director Jorge Sanz …": see RoleHolders.MasculineArticleRole.cs.
            shown = Gender.Male;
        }

        var other = shown != Gender.Unknown && shown != asked;
        meant = other ? _state.OnlyOtherSpeakerPast(asked, _pronounGenderOf, ReferenceReach) : null;
        _askedGender = Gender.Unknown;
        return other;
    }
}
