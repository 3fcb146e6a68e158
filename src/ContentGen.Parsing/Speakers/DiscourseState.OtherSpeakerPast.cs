using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "… "…," he said. She was less forgiving.": see SpeakerFinder.OtherGenderTurn.cs. The people quoted
// so far are remembered by name, so that a pronoun passing over the last speaker reaches only someone
// who spoke, not anyone merely named.
internal sealed partial class DiscourseState
{
    // The named speakers of the article's quotes so far; reused between articles.
    private readonly HashSet<string> _speakers = new(StringComparer.Ordinal);

    private void ClearSpeakers() => _speakers.Clear();

    private void NoteSpeaker(string? speaker)
    {
        if (speaker is not null)
        {
            _speakers.Add(speaker);
        }
    }

    /// <summary>
    /// Past the most salient person (the last speaker, whom the pronoun's gender rules out), the one
    /// person within <paramref name="reach"/> paragraphs who spoke and is not shown to be of the other
    /// gender than <paramref name="gender"/>; null when there are two, or someone unnamed comes first.
    /// </summary>
    public string? OnlyOtherSpeakerPast(Gender gender, Func<string, Gender> genderOf, int reach)
    {
        string? only = null;
        for (var i = 1; i < _salient.Count; i++)
        {
            var (name, paragraph) = _salient[i];
            if (Paragraph - paragraph > reach)
            {
                break;
            }

            if (name is null)
            {
                return null;
            }

            var known = genderOf(name);
            if (known != Gender.Unknown && known != gender)
            {
                continue;
            }

            // Someone of the pronoun's gender, or of none shown, named since: the pronoun may mean them.
            if (only is not null || !_speakers.Contains(name))
            {
                return null;
            }

            only = name;
        }

        return only;
    }
}
