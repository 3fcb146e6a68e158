using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "« … », a-t-il dit." once Paul Roux is its speaker: a gendered pronoun that a quote's cue linked
// to a named person says that person's gender. A later pronoun of the other gender then passes
// over them: "« … », a-t-elle ajouté" after his words is someone else's. A given name whose gender
// is plain is read last, when the article's words link none (SpeakerFinder.GivenNameGender.cs).
//
// A link is weaker evidence than a title ("M. Roux"): the link may itself have been a guess. So it
// only ever excludes: it never makes a person the pronoun's antecedent past someone of the other
// gender, nor keeps a newcomer from being meant (see OtherPersonIntroducedSince).
internal sealed partial class SpeakerFinder
{
    // The gender each named person's linked pronoun gave, for the people the article's words gave none.
    private readonly Dictionary<string, Gender> _linkedGenders = new(StringComparer.Ordinal);

    // Records the gender of the pronoun `subject` for `speaker`, the person the cue gave the
    // quote, when nothing the article says gave one: the first link stands. An organisation, a
    // group or someone unnamed given by a description is no one a pronoun's gender describes.
    private void NoteLinkedPronounGender(Subject subject, string? speaker, IReadOnlyList<Token> sentence, int quote)
    {
        if (speaker is null || subject.Kind != SubjectKind.Pronoun || subject.Text.Length == 0 || _linkedGenders.ContainsKey(speaker)
            || _descriptions.Contains(speaker) || _bodies.Contains(speaker) || _cast.IsOrganisation(speaker) || !IsPersonNamed(speaker)
            || ShownGenderOf(speaker) != Gender.Unknown)
        {
            return;
        }

        var gender = _genders.OfPronoun(subject.Text);
        if (gender == Gender.Unknown)
        {
            // "zegt ze": see SpeakerFinder.SheOrThey.cs.
            gender = SheOrTheyGender(subject, sentence, quote);
        }

        if (gender != Gender.Unknown)
        {
            _linkedGenders[speaker] = gender;
        }
    }

    // The gender a pronoun of `_askedGender` may read for `name`: what the article shows, else the
    // gender a linked pronoun gave only when it is the other one, so that the link excludes and
    // never confirms.
    private Gender GenderForPronoun(string name)
    {
        var known = ShownGenderOf(name);
        if (known != Gender.Unknown || _askedGender == Gender.Unknown)
        {
            return known != Gender.Unknown ? known : GivenNameGenderOf(name);
        }

        // A title the article writes only later ("Ms Brodie"): see SpeakerFinder.LaterGender.cs. The
        // article's words, linked or later, win over the given name.
        return _linkedGenders.TryGetValue(name, out var linked) && linked != _askedGender ? linked
            : _descriptions.Contains(name) || _bodies.Contains(name) ? known
            : LaterGenderOf(name) is var later && later != Gender.Unknown ? (later != _askedGender ? later : known)
            : linked != Gender.Unknown ? known
            : GivenNameGenderOf(name);
    }
}
