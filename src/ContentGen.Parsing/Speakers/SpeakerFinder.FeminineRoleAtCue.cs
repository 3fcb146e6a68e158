using System;

namespace ContentGen.Parsing.Speakers;

// "Le député Paul Girard … « … », a-t-il dit. « … », assure la commandante.": a bare role at the
// cue that the article gave no one, said in its feminine form ("la commandante", "die
// Kommandantin", "la comandante"), is not the man in focus; salience gave him the words of a woman
// nobody named. No one. SpeakerFinder.OtherGenderComplementRole.cs says the same of a role with a
// complement of office; this is the bare role. Only a feminine role against a man: a masculine
// role noun also serves as the generic form ("le ministre" for a woman), so it shows nothing. The
// feminine form is read from the article where the article shows gender (EpithetFeminineArticles),
// else from the noun: a feminine title or role noun, or a feminine ending the lexicon names
// (SpeechWords.FeminineRoleSuffixes: German "-in") on a role noun it lists without it
// ("Kommandantin", "Präsidentin").
internal sealed partial class SpeakerFinder
{
    // "-in": the feminine endings are a few letters long, after a stem of three at least.
    private const int MaxFeminineSuffix = 4;
    private const int MinFeminineStem = 3;

    private bool IsFeminineRoleBesideMan(Subject subject, string? salient)
    {
        if (subject.Complement is not null || salient is null || subject.Text.Length < 3 || !IsShownMale(salient))
        {
            return false;
        }

        return EpithetArticleGender(subject) == Gender.Female || IsFeminineRoleNoun(subject.Text);
    }

    // A man by what the article says (a title, a gendered role), or by the pronoun a cue linked to
    // him ("« … », a-t-il dit"; SpeakerFinder.PronounGender.cs): the link only excludes here too,
    // taking the words from him and giving them to no one.
    private bool IsShownMale(string name)
        => _genderOf(name) is var known && (known == Gender.Male
            || (known == Gender.Unknown && _linkedGenders.TryGetValue(name, out var linked) && linked == Gender.Male));

    // The noun read where it stands, with no copy: the tables ignore case.
    private bool IsFeminineRoleNoun(string text)
    {
        var noun = Elision.Tail(text.AsSpan());
        var words = _cues.Words;
        if (words.FemaleRoleNouns.Contains(noun) || words.FemaleTitles.Contains(noun))
        {
            return true;
        }

        // A feminine ending the language names ("-in") after a stem that is a listed role noun too ("Kommandant"): a word
        // that merely ends so is not both lists'.
        return noun.Length > 5 && words.RoleNouns.Contains(noun)
            && words.FeminineRoleSuffixes.HoldsEndingAfterStem(noun, MaxFeminineSuffix, MinFeminineStem, words.RoleNouns);
    }
}
