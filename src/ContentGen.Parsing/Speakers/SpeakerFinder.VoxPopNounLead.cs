using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "A fisherman: "…"", "Un pêcheur : « … »", "Ein Rentner, 71: „…“", "Una jubilada, 68 años: «…»": a
// vox pop gives each answer after its speaker's noun and a colon, with their age at most, where a
// named answer gives the first name ("Jenny, 34, from Carnby:"). The colon lead of an unnamed person
// (SpeakerFinder.UnnamedColonLead.cs) wants a complement or an insert after the noun, as "An executive
// spokesman said:" or "A teacher told the meeting:" leave the words to other readings; here the noun
// ends the lead, or only its age stands between it and the colon, so nothing else can be the speaker.
// The article opens the sentence and one word at most stands before the noun (SpeakerFinder.UnnamedByNoun.cs),
// so "A warning to every baker:" or "A baker's view:" bring in no one.
internal sealed partial class SpeakerFinder
{
    // ", 68", ", 68 años", ", 74 years old": the number and at most two words of an age.
    private const int MaxAgeWordsInLead = 2;

    // Whether the lead from the noun's end to the colon holds nothing, or a comma and an age alone.
    private bool VoxPopLeadEnds(IReadOnlyList<Token> sentence, int end, int colon)
    {
        if (end == colon)
        {
            return true;
        }

        if (end + 1 >= colon || sentence[end].Kind != TokenKind.Comma || !IsShortNumber(sentence[end + 1]) || colon - (end + 2) > MaxAgeWordsInLead)
        {
            return false;
        }

        for (var k = end + 2; k < colon; k++)
        {
            if (!sentence[k].IsWord || !_cues.Words.AgeWords.Contains(sentence[k].Span))
            {
                return false;
            }
        }

        return true;
    }
}
