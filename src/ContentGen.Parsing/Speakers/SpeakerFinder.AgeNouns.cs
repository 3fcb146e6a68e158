using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Dolores Baena vive en la calle del Horno. «…», explica la octogenaria.": an age in words
// (SpeechWords.AgeNouns) is said of a person the article named, as "the 71-year-old" is, and is read
// the same way: the person in focus, or the one person the paragraph brought in since the last speaker.
// "Una de ellas es Dolores Baena, de 81 años, que vive …", "… kauft bei Hildegard Mohr, 79, ein": a name
// given an age between commas brings that person in, wherever the name stands, as a role between commas
// does after a name opening its clause; no place or body is given an age.
// "„…“, erzählt der 24-Jährige" two paragraphs past the person last named: an age stands for someone
// in the scene, so it reaches the paragraph just before and no further.
internal sealed partial class SpeakerFinder
{
    // "71-year-old", "54-Jährige", "octogenaria", "l'octogénaire": a role's text that is an age.
    private bool IsAgeText(string role)
        => role.Length > 0 && (char.IsDigit(role[0]) || _cues.Words.AgeNouns.Contains(Elision.Tail(role.AsSpan())));

    // Whether `person` was last made salient before the paragraph just before this one: too far
    // back for an age, which stands for someone in the scene.
    private bool IsOutOfScene(string person)
        => _state.MentionedIn(person) is var paragraph and >= 0 && _state.Paragraph - paragraph > 1;

    // Whether the name ending at `last` is followed by its age set off by commas: ", 79,", ", de 81 años,",
    // ", 78 anni,", ", 78 Jahre alt,". A number after a link word needs its word for years ("de 30 euros" is no age).
    private bool IsIntroducedByAge(IReadOnlyList<Token> sentence, int last)
    {
        var k = last + 1;
        if (k + 2 >= sentence.Count || sentence[k].Kind != TokenKind.Comma)
        {
            return false;
        }

        k++;
        var linked = sentence[k].IsLower;
        if (linked)
        {
            k++;
        }

        if (!sentence[k].IsWord || !char.IsDigit(sentence[k].First))
        {
            return false;
        }

        var ageWords = 0;
        while (k + 1 < sentence.Count && sentence[k + 1].IsWord && _cues.Words.AgeWords.Contains(sentence[k + 1].Span))
        {
            k++;
            ageWords++;
        }

        return (!linked || ageWords > 0) && (k + 1 >= sentence.Count || sentence[k + 1].Kind is TokenKind.Comma or TokenKind.Terminal);
    }
}
