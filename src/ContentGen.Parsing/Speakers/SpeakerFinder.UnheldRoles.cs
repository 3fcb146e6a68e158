using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Someone unnamed brought in by a definite role whose body is unnamed too ("the owner of a small
// ferry firm", "la directrice d'un centre de loisirs"): the issue's unnamed entity, given by
// the description, as someone unnamed brought in by an indefinite is ("said one trader").
internal sealed partial class SpeakerFinder
{
    // An article brings in few such people; past this many, no more are remembered.
    private const int MaxUnheld = 8;

    private static readonly char[] Apostrophes = ['\'', '’'];

    // Each unnamed role holder brought in so far, by role noun: a later bare "the executive" with
    // no holder named is that person.
    private readonly Dictionary<string, string> _unheld = new(StringComparer.Ordinal);

    // Whether a name is a description given as a speaker by another noun than the role asked
    // about (`_askedRole`): "l'élu" never means the "directrice" quoted before.
    private readonly Func<string, int, bool> _isOtherDescription;
    private string _askedRole = string.Empty;

    // Whether a name is someone unnamed whose role's form gives the other gender than the
    // pronoun asked about (`_askedGender`): passed over as no one the pronoun could mean, as if
    // never recorded ("la directrice" before "ajoute-t-il").
    private readonly Func<string, int, bool> _isDescriptionOfOtherGender;
    private Gender _askedGender;

    // The speaker for someone unnamed brought in by a role: its description, remembered by its
    // noun. A role the article gave someone named, or used before, is read as that role ("il
    // ministro di una riforma" may be the minister named before, speaking of a reform).
    private string? Unheld(Subject subject)
    {
        // "l'élu": the description without its elided article.
        var description = subject.Text;
        var apostrophe = description.LastIndexOfAny(Apostrophes);
        if (apostrophe >= 0 && apostrophe + 1 < description.Length)
        {
            description = description.Substring(apostrophe + 1);
        }

        var space = description.LastIndexOf(' ');
        var noun = space < 0 ? description : description.Substring(space + 1);
        // "Burgemeester Jan de Vries kwam" before "zei de burgemeester van een stad": a role the
        // article used before may be someone's, read as before.
        if (_roles.Gave(noun) || _roles.UsedBefore(noun) || _titledRoles.Contains(noun))
        {
            return Resolve(new Subject(SubjectKind.Role, noun, subject.End));
        }

        if (_unheld.Count < MaxUnheld && !_unheld.ContainsKey(noun))
        {
            _unheld.Add(noun, description);
        }

        _descriptions.Add(description);
        return description;
    }

    // Role words the article wrote as a title before a name ("Burgemeester Jan de Vries",
    // "Trainer Jan Roth"), compared without case: such a role is someone's.
    private readonly HashSet<string> _titledRoles = new(StringComparer.OrdinalIgnoreCase);

    // Notes the role words of `sentence` written as a title before a capitalised name: one pass,
    // by the word bits read with the tokens.
    private void NoteTitledRoles(IReadOnlyList<Token> sentence)
    {
        for (var i = 0; i + 1 < sentence.Count && _titledRoles.Count < MaxUnheld; i++)
        {
            if (sentence[i].IsCapitalized && sentence[i + 1].IsCapitalized && _cues.Is(sentence[i], WordClass.RoleNoun))
            {
                _titledRoles.Add(sentence[i].Text);
            }
        }
    }

    // The unnamed person a bare role means, when the article brought one in by that role.
    private string? UnheldMeant(string role) => role.Length > 0 && _unheld.TryGetValue(role, out var description) ? description : null;

    // A role used for the first time in the article, said with where it is held in lower-case
    // words ("la directrice du port", "la directrice du centre"), that resolved to no one because
    // no one holds it and no one is near (not a role two people hold, nor an athlete's, nor an
    // epithet, nor an office's title with its capitalised complement, nor a spokesperson's):
    // someone unnamed, as the issue has it. A role used before ("Jane Roe was appointed minister")
    // may be someone's; a bare role ("the lord chancellor has said") is most often the person
    // the next sentence names.
    private bool IsUnheldRole(IReadOnlyList<Token> sentence, Subject subject)
        => subject.Kind == SubjectKind.Role && !subject.IsEpithet && subject.Complement is null && subject.Employer is null
        && _cues.Phrase.IsDescription(subject.Text) && !_roles.Gave(subject.Text) && !_roles.UsedBefore(subject.Text) && !_titledRoles.Contains(subject.Text) && !IsHolderOnly(subject.Text)
        && HasPlaceOfRole(sentence, subject);

    // "directrice du port": the subject's own role word (the last before the subject's end), a
    // link to what it heads and a lower-case word.
    private bool HasPlaceOfRole(IReadOnlyList<Token> sentence, Subject subject)
    {
        for (var i = Math.Min(subject.End, sentence.Count) - 1; i >= 0; i--)
        {
            if (sentence[i].IsLower && sentence[i].Span.SequenceEqual(subject.Text.AsSpan()))
            {
                // An indefinite after the link is the other shape ("van een stad"), read with its
                // own guards (Phrase.UnheldRoles.cs); a manner or an age is no place.
                return i + 2 < sentence.Count && sentence[i + 1].IsLower && _cues.Words.HeadLinks.Contains(sentence[i + 1].Span) && sentence[i + 2].IsLower
                    && !_cues.Is(sentence[i + 2], WordClass.Indefinite) && !_cues.Words.MannerNouns.Contains(sentence[i + 2].Span);
            }
        }

        return false;
    }

    private bool IsOtherDescription(string name, int paragraph)
    {
        if (!_descriptions.Contains(name))
        {
            // "l'élue a reconnu …" after an association's words: a role is a person's, so the
            // organisation or body that spoke in between is passed over, unless the role speaks
            // for one ("the spokeswoman added" after "a spokeswoman for Acme said").
            return (_cast.IsOrganisation(name) || _bodies.Contains(name)) && !SpeaksForSomeone(_askedRole);
        }

        var role = _askedRole.AsSpan(_askedRole.LastIndexOfAny(Apostrophes) + 1);
        var noun = name.AsSpan(name.LastIndexOf(' ') + 1);
        return !noun.Equals(role, StringComparison.Ordinal);
    }

    // A person's gender as the article shows it; someone unnamed given by a role's gendered form
    // ("directrice", "patronne", "patron") is of that gender, so that "ajoute-t-il" does not
    // mean "la directrice" quoted before.
    private Gender GenderOf(string name)
        => ShownGenderOf(name) is var shown && shown != Gender.Unknown ? shown : GivenNameGenderOf(name);

    // The gender the article's own words show: a title, a role, a description, an article.
    private Gender ShownGenderOf(string name)
    {
        if (!_descriptions.Contains(name))
        {
            // "A prefeita de Serra Verde, Joana Albuquerque,": a gendered role the article gave her.
            return OfSurname(name) is var known && known != Gender.Unknown ? known
                : _roles.GenderOfHolder(name) is var held && held != Gender.Unknown ? held
                : _describedGenders.TryGetValue(name, out var described) ? described : Gender.Unknown;
        }

        var noun = name.AsSpan(name.LastIndexOf(' ') + 1);
        // "una vecina": the article that brought them in (SpeakerFinder.UnnamedArticleGender.cs).
        return _cues.Words.FemaleTitles.Contains(noun) ? Gender.Female : _cues.Words.MaleTitles.Contains(noun) ? Gender.Male
            : _describedGenders.TryGetValue(name, out var brought) ? brought : Gender.Unknown;
    }

    // The gender a title before the surname gave: "Mr Penhallow". A full name whose surname
    // another full name of the article ends too ("Alun Penhallow" and his daughter "Tamsin
    // Penhallow") takes none from it: the title meant one of them, and not both.
    private Gender OfSurname(string name)
        => name.LastIndexOf(' ') is var space and > 0 && _plausibility.IsAmbiguousSurname(name.Substring(space + 1)) ? Gender.Unknown : _genders.Of(name);

    private bool IsDescriptionOfOtherGender(string name, int paragraph)
        => _askedGender != Gender.Unknown && _descriptions.Contains(name) && GenderOf(name) is var known && known != Gender.Unknown && known != _askedGender;

    // Whether a pronoun's antecedent is someone unnamed last mentioned in another paragraph: no
    // name keeps them in the story, and "he" there is most often someone named; no one, rather
    // than a guess.
    private bool IsStaleDescription(string? meant)
        => meant is not null && _descriptions.Contains(meant) && _state.MentionedIn(meant) != _state.Paragraph;

    // Whether a role's holder as recorded is no person's name ("député Nupes-EELV de Valmont"
    // records a party: an acronym of three capitals or more is no part of a person's name): the
    // role is then given to no one.
    private bool IsNoPersonsName(string? holder)
    {
        if (holder is null)
        {
            return false;
        }

        var capitals = 0;
        foreach (var c in holder)
        {
            capitals = char.IsUpper(c) ? capitals + 1 : 0;
            if (capitals >= 3)
            {
                return true;
            }
        }

        return holder.IndexOf(' ') > 0 && !_plausibility.IsPlausible(holder);
    }
}
