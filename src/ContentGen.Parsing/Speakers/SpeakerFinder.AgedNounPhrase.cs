using System;

namespace ContentGen.Parsing.Speakers;

// "« … », a confié le jeune homme de 21 ans" (Phrase.AgedNoun.cs) is read as the age "21 ans" and
// means the person in focus, as "the 21-year-old" does; but a noun with its age is also how a
// reporter brings in someone new beside the person named, so with another person named in the
// quote's paragraph before it ("Hugo Vidal a remplacé Paul Roux. « … », a confié le jeune homme
// de 21 ans"; "En el pabellón B, Irene Sotillo …" after another speaker's paragraph), no one.
internal sealed partial class SpeakerFinder
{
    // "21 ans", "84 años": an age as the aged-noun reading writes it, its number and its word for years.
    private static bool IsAgedNounPhrase(string role)
        => role.Length > 2 && char.IsDigit(role[0]) && role.IndexOf(' ') > 0;

    // Whether the paragraph so far names someone other than `meant`.
    private bool OtherNamedInParagraph(string meant)
    {
        ReadParagraphPeople();
        foreach (var named in _paragraphNamed)
        {
            if (!string.Equals(named, meant, StringComparison.Ordinal) && !EndsWithWord(meant, LastWord(named)))
            {
                return true;
            }
        }

        return false;
    }
}
