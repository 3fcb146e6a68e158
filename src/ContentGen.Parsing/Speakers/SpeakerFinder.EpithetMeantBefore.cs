using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Sílvia Aboim, presidente da câmara, … “…”, detalhou a autarca. … Do outro lado, Marco Ferraz
// acusou … A resposta da autarca chegou de imediato: “…”": a bare role noun the article gave no one
// by name, once it has meant a person, goes on meaning that person. A writer calls one person by one
// epithet, so the opponent named since, however salient, is not "a autarca". When the noun has meant
// two people, it says nothing more and salience decides as before. An article of the other gender
// ("la dirigente" Marta Ricci, then "ha replicato il dirigente") is another person: the noun keeps
// no meaning across it, nor when the article's gender is not the meant person's known one.
internal sealed partial class SpeakerFinder
{
    // Each bare role noun, in lower case, with the one person it meant, or null once it meant two.
    // Bounded: an article calls few people by a bare noun.
    private readonly Dictionary<string, string?> _epithetsMeant = new(StringComparer.Ordinal);
    private const int MaxEpithetsMeant = 32;

    // The gender of the article each noun of _epithetsMeant had when it first meant its person.
    private readonly Dictionary<string, Gender> _epithetGenders = new(StringComparer.Ordinal);

    // The person the bare role `subject` means, given `found`, the one the cast and salience gave:
    // the person it meant before, while still in the discourse, when no one was given the role and
    // the noun is bare (no complement, no employer). Records whom it means.
    private string? EpithetKeepsMeaning(Subject subject, bool decided, string? found)
    {
        if (subject.Text.Length == 0 || subject.Complement is not null || subject.Employer is not null || subject.Text.IndexOf('|') >= 0)
        {
            return found;
        }

        var noun = Elision.Tail(subject.Text.AsSpan()).ToString().ToLowerInvariant();
        _epithetsMeant.TryGetValue(noun, out var before);
        var gender = EpithetArticleGender(subject);
        if (!decided && before is not null && found is not null && !string.Equals(before, found, StringComparison.Ordinal)
            && (gender == Gender.Unknown || (SameOrUnknown(_epithetGenders.TryGetValue(noun, out var meantGender) ? meantGender : Gender.Unknown, gender)
                && SameOrUnknown(_genderOf(before), gender)))
            && _roles.HoldsAnyRole(found, _complete) && _state.MentionedIn(before) >= 0 && IsPersonNamed(before) && !_descriptions.Contains(before))
        {
            return before;
        }

        if (found is not null && IsPersonNamed(found) && !_descriptions.Contains(found) && !_bodies.Contains(found))
        {
            if (!_epithetsMeant.ContainsKey(noun))
            {
                if (_epithetsMeant.Count < MaxEpithetsMeant)
                {
                    _epithetsMeant[noun] = found;
                    _epithetGenders[noun] = gender;
                }
            }
            else if (before is not null && !string.Equals(before, found, StringComparison.Ordinal))
            {
                _epithetsMeant[noun] = null;
            }
        }

        return found;
    }

    private static bool SameOrUnknown(Gender known, Gender gender) => known == Gender.Unknown || known == gender;

    // The gender the article before the bare noun shows, when the subject was read in the sentence
    // being read ("ha replicato il dirigente"); unknown otherwise.
    private Gender EpithetArticleGender(Subject subject)
    {
        if (_readingSentence is not { } sentence || subject.End < 2 || subject.End > sentence.Count
            || !string.Equals(sentence[subject.End - 1].Text, subject.Text, StringComparison.Ordinal) || !sentence[subject.End - 2].IsWord)
        {
            return Gender.Unknown;
        }

        return ArticleGender(sentence[subject.End - 2].Span);
    }

    // The gender an article before a role shows ("la", "il", "a", "o"; EpithetFeminineArticles,
    // EpithetMasculineArticles), or unknown where it shows none.
    private Gender ArticleGender(ReadOnlySpan<char> article)
        => _cues.Words.EpithetFeminineArticles.Contains(article) ? Gender.Female
        : _cues.Words.EpithetMasculineArticles.Contains(article) ? Gender.Male
        : Gender.Unknown;
}
