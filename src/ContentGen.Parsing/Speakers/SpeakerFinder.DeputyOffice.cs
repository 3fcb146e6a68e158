using System;

namespace ContentGen.Parsing.Speakers;

// "Deputy Mayor Jane Rowe told reporters … . The mayor accused a reporter of "chasing" him":
// the bare role, with no holder named, would fall back to the person in focus, who is the deputy
// or whoever was named after her; see RoleHolders.DeputyInFocus and SpeakerFinder.Resolution.cs.
internal sealed partial class SpeakerFinder
{
    // Made once: asked whenever a bare role finds no holder in an article that named a deputy.
    private readonly Func<string, bool> _deputyInFocus;

    // Named in this paragraph or the one before: a deputy named further back is out of the scene.
    private bool IsDeputyInFocus(string deputy) => _state.MentionedIn(deputy) is var paragraph && paragraph >= 0 && paragraph >= _state.Paragraph - 1;
}
