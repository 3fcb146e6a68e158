using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A relative named after a possessive and a noun of kin, opening the sentence as its subject:
// "Zijn dochter Ellen stond naast hem. '…', zei ze." The name is a person's, whom the next
// pronoun means, though the article gives it no surname.
internal sealed partial class SpeakerFinder
{
    private const int MaxRelativeNameWords = 3;

    // The name after a possessive and a noun of kin that open the sentence, when a verb (a
    // lower-case word that neither links nor joins) follows it; with no comma between, so that
    // "His daughter, a nurse, …" or a list reads as before. Null otherwise. A title or role in the
    // run ("Her husband Dr Tom Vale") is left to the readings of names.
    private string? RelativeOpening(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 4 || !sentence[0].IsWord || !_cues.Words.Possessives.Contains(sentence[0].Span)
            || !sentence[1].IsWord || KinGender(sentence[1]) == Gender.Unknown
            || (!_cues.Words.CapitalisesNouns && !sentence[1].IsLower))
        {
            return null;
        }

        var end = 2;
        while (end < sentence.Count && end - 2 < MaxRelativeNameWords && sentence[end].IsCapitalized && sentence[end].IsWord
            && !_cues.Is(sentence[end], WordClass.Title | WordClass.RoleNoun | WordClass.NotName))
        {
            end++;
        }

        if (end == 2 || end >= sentence.Count)
        {
            return null;
        }

        var verb = sentence[end];
        if (!verb.IsWord || !verb.IsLower || _cues.Words.Coordinators.Contains(verb.Span) || _cues.Words.Prepositions.Contains(verb.Span)
            || _cues.Words.EmployerLinks.Contains(verb.Span) || _cues.Words.OrganisationLinks.Contains(verb.Span) || _cues.Words.NameJoiners.Contains(verb.Span))
        {
            return null;
        }

        // The name as written: completing it would register it among the article's names. The
        // noun of kin says whether the name is a woman's or a man's ("Zijn vrouw Ineke … zegt hij"
        // is not her).
        var name = Phrase.Join(sentence, 2, end);
        if (_cast.IsOrganisation(name))
        {
            return null;
        }

        // "His son Tom plays for Harbour. '…,' he said.": a relative of the possessor's own gender
        // leaves a later pronoun to either of them; the reading stays as it was.
        var gender = KinGender(sentence[1]);
        if (gender == PossessorGender(sentence[0]))
        {
            return null;
        }

        _genders.Learn(name, gender);
        return name;
    }

    // The possessor's gender: by the possessive where it shows one ("his", "her"), else by the
    // person salient before the sentence, as far as the article shows it.
    private Gender PossessorGender(Token possessive)
        => _cues.Is(possessive, WordClass.MaleReferent) ? Gender.Male
        : _cues.Is(possessive, WordClass.FemaleReferent) ? Gender.Female
        : _genderOf(_state.Antecedent(Gender.Unknown, _genderOf, ReferenceReach) ?? string.Empty);

    private Gender KinGender(Token noun)
        => _cues.Words.FemaleKinNouns.Contains(noun.Span) ? Gender.Female : _cues.Words.MaleKinNouns.Contains(noun.Span) ? Gender.Male : Gender.Unknown;
}
