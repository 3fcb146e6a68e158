using System;

namespace ContentGen.Parsing.Speakers;

// "«…», insistió la inspectora", "», ha raccontato il centrocampista", "», a souri le technicien":
// Spanish, Italian, Portuguese and French read a trade no list holds by its ending, as German and
// Dutch do (AgentNouns, SpeechWords.AgentNounEndings). Such a noun is weaker evidence than a listed
// trade, so one more stop holds for it alone (SpeakerFinder.ByCue.cs): it lends no one a name of
// three capitalised words or more. "La inspectora de Trabajo Nuria Castelló" is read with the
// office's complement in the name ("Trabajo Nuria Castelló"), and a name so read is no person the
// ending may safely point at. "Jan de Vries" has two, its particle aside.
internal sealed partial class SpeakerFinder
{
    // Whether `profession` is a trade read only by its ending: no list's word.
    private bool IsUnlistedAgentNoun(string profession)
        => !IsProfessionEpithet(profession) && AgentNouns.Is(_cues.Words, Elision.Tail(profession.AsSpan()), out _);

    // Whether the cue's subject is such a trade and the speaker found for it a name of three words or more.
    private bool IsAgentEpithetTooWeakFor(Subject subject, string speaker)
    {
        if (subject.Kind != SubjectKind.Role || !subject.IsEpithet || subject.Text.IndexOf(' ') >= 0)
        {
            return false;
        }

        return CapitalisedWords(speaker) >= 3 && IsUnlistedAgentNoun(subject.Text);
    }

    // The words of `name` that open with a capital: "Jan de Vries" has two, its particle aside.
    private static int CapitalisedWords(string name)
    {
        var count = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && (i == 0 || name[i - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }
}
