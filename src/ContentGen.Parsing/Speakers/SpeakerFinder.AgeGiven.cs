using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// "Tom Fenwick, 52, and Harry Dunn, 70, were at the gate. "…," said the 70-year-old": an age at the cue
// means the one person in the scene the article gave that age with the name (", 70,", " (70)", ", de 70
// años,", ", 70 anni,"), not the person in focus. The age in words ("l'octogénaire", "la cincuentona")
// fits the ages of its decade, a noun of old age ("la anciana", "de bejaarde") any age past sixty. The
// scene is the paragraph and the one before, as for any age (SpeakerFinder.AgeNouns.cs). Precision
// first: two people it fits, and it means no one; a plural ("the two 70-year-olds", "die beiden
// 70-Jährigen") is no one person. Where it fits no full name, the other readings of an age decide as
// before (the person the paragraph brought in, an aged first name), but the person in focus given another
// age, or shown of the other gender than the epithet's article, is never their fallback.
internal sealed partial class SpeakerFinder
{
    // An article gives few people their age; bounded so that a list of results stays cheap.
    private const int MaxGivenAges = 16;

    // The ages the article gave with a name, in order: the full name (null where the surname ends no
    // one full name), the age and the paragraph. Cleared with the article.
    private readonly List<(string? Person, int Age, int Paragraph)> _givenAges = new(MaxGivenAges);

    // The decades the lexicons' age nouns name, by the start they share in each language
    // (SpeechWords.AgeNouns): "octogénaire", "ottantenne", "achtzigjährige", "tachtigjarige".
    private static readonly (string Start, int Decade)[] s_ageNounDecades =
    [
        ("twintig", 20), ("zwanzig", 20), ("veinte", 20), ("venten", 20),
        ("trent", 30), ("treint", 30), ("dertig", 30), ("dreißig", 30),
        ("quadragen", 40), ("quadragén", 40), ("quarant", 40), ("quarent", 40), ("cuarent", 40), ("veertig", 40), ("vierzig", 40),
        ("quinquagen", 50), ("quinquagén", 50), ("quincuagen", 50), ("cinquant", 50), ("cincuent", 50), ("cinquent", 50), ("vijftig", 50), ("fünfzig", 50),
        ("sexagen", 60), ("sexagén", 60), ("sessant", 60), ("zestig", 60), ("sechzig", 60),
        ("septuagen", 70), ("septuagén", 70), ("setuagen", 70), ("settant", 70), ("zeventig", 70), ("siebzig", 70),
        ("octogen", 80), ("octogén", 80), ("ottant", 80), ("tachtig", 80), ("achtzig", 80),
        ("nonagen", 90), ("nonagén", 90), ("novant", 90), ("negentig", 90), ("neunzig", 90),
    ];

    // The nouns of old age without a figure ("la anciana", "l'anziana", "a idosa", "die Greisin", "de
    // bejaarde", "le vieillard"; SpeechWords.AgeNouns), by the start they share: an age past sixty. A
    // woman the article gave 34 years is not "la anciana"; two given ages past sixty, and it is no one.
    private static readonly string[] s_oldAgeNounStarts = ["ancian", "anzian", "idos", "greis", "bejaard", "hoogbejaard", "vieillard"];

    // The youngest age a noun of old age fits.
    private const int OldAge = 60;

    // Ages above this are no person's: a number after a name and a comma may be a count.
    private const int MaxPersonAge = 120;

    // After a sentence: the ages it gives with a name. Only a comma or a bracket before a number is
    // looked at further, and only a name so aged is made a string.
    private void NoteGivenAges(IReadOnlyList<Token> sentence)
    {
        for (var i = 1; i + 1 < sentence.Count && i < Cues.MaxReach && _givenAges.Count < MaxGivenAges; i++)
        {
            var name = sentence[i - 1];
            if (!name.IsCapitalized)
            {
                continue;
            }

            int number;
            if (sentence[i].Kind == TokenKind.Comma && IsIntroducedByAge(sentence, i - 1))
            {
                number = sentence[i + 1].IsLower ? i + 2 : i + 1;
            }
            else if (Phrase.PastBracketedAge(sentence, i) == i + 3)
            {
                number = i + 1;
            }
            else
            {
                continue;
            }

            if (AgeOf(sentence[number].Span) is not { } age)
            {
                continue;
            }

            _givenAges.Add((_plausibility.FullNameEndingIn(name.Span), age, _state.Paragraph));
        }
    }

    // A number of one to three digits that may be a person's age.
    private static int? AgeOf(ReadOnlySpan<char> digits)
    {
        if (digits.Length == 0 || digits.Length > 3)
        {
            return null;
        }

        var age = 0;
        foreach (var c in digits)
        {
            if (c < '0' || c > '9')
            {
                return null;
            }

            age = (age * 10) + (c - '0');
        }

        return age is > 0 and <= MaxPersonAge ? age : null;
    }

    // Whether the age at the cue is decided by the ages the article gave, and whom it then means
    // (`meant`, null for no one): the one full name in the scene given a fitting age, else no one where
    // it fits two or is plural. Undecided where the text is no age this reads, where it fits no one, or
    // only a name the article does not resolve (a first name alone: "Anna (43)", read by the aged
    // first-name readers as before). `refuseSalient` says that the person in focus, the reading's
    // fallback, was given another age or is shown of the other gender: not meant.
    private bool AgeEpithetByGivenAge(Subject subject, string? salient, out string? meant, out bool refuseSalient)
    {
        meant = null;
        refuseSalient = false;
        var text = Elision.Tail(subject.Text.AsSpan());
        if (!AgeRange(text, out var low, out var high, out var plural))
        {
            return false;
        }

        if (plural)
        {
            return true;
        }

        var gender = EpithetArticleGender(subject);
        var scene = _state.Paragraph - 1;
        string? only = null;
        var fits = 0;
        var salientAged = false;
        foreach (var (person, age, paragraph) in _givenAges)
        {
            if (paragraph < scene)
            {
                continue;
            }

            salientAged |= person is not null && string.Equals(person, salient, StringComparison.Ordinal);
            if (age < low || age > high || (person is not null && IsOtherGender(person, gender)))
            {
                continue;
            }

            if (fits > 0 && person is not null && string.Equals(person, only, StringComparison.Ordinal))
            {
                continue;
            }

            fits++;
            only = person;
        }

        if (fits > 1 || (fits == 1 && only is not null))
        {
            meant = fits == 1 ? only : null;
            return true;
        }

        // The person in focus fits no more than a first name alone does ("Piet Mulder (45) en zijn vrouw
        // Anna (43)" … "zei de 43-jarige"): whoever else is meant, not them.
        refuseSalient = salientAged || (salient is not null && IsOtherGender(salient, gender));
        return false;
    }

    private bool IsOtherGender(string person, Gender gender)
        => gender != Gender.Unknown && _genderOf(person) is var known && known != Gender.Unknown && known != gender;

    // The ages an age at the cue fits: "70-year-old", "70-Jährige", "70-jarige" give one; a noun of
    // a decade ("octogénaire") its ten. Plural forms ("70-year-olds", "70-Jährigen", "70-jarigen") are
    // noted as such. False where the text is no such age.
    private static bool AgeRange(ReadOnlySpan<char> text, out int low, out int high, out bool plural)
    {
        low = high = 0;
        plural = false;
        var digits = Digits.End(text, 0);

        if (digits > 0)
        {
            if (digits >= text.Length || text[digits] != '-' || AgeOf(text.Slice(0, digits)) is not { } age)
            {
                return false;
            }

            low = high = age;
            var last = text[text.Length - 1];
            plural = last is 's' or 'n';
            return true;
        }

        foreach (var (start, decade) in s_ageNounDecades)
        {
            if (text.StartsWith(start.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                low = decade;
                high = decade + 9;
                return true;
            }
        }

        foreach (var start in s_oldAgeNounStarts)
        {
            if (text.StartsWith(start.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                low = OldAge;
                high = MaxPersonAge;
                return true;
            }
        }

        return false;
    }
}
