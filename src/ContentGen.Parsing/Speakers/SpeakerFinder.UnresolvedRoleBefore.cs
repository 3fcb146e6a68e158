namespace ContentGen.Parsing.Speakers;

// "Interrogée mardi, l'élue a reconnu un « raté ». « … », a-t-elle expliqué.": a pronoun or a dropped
// subject right after a role's quote goes on about the role's holder. When the role meant no one the
// reader could name, the pronoun means that same unnamed person; taking it past them to whoever was in
// focus before (an association quoted a paragraph earlier) gives the words to someone the writer had
// already left. The quote is no one's, as the role's was. Someone the role's own paragraph named is
// still whom both may mean ("Koldo Urrutia lamentó la expulsión. «…», explicó el entrenador del
// Peñaserra." then "«…», continuó."), and a quote in between with a speaker, or a sentence in between,
// ends this: the pronoun may then mean whoever the writer turned to.
internal sealed partial class SpeakerFinder
{
    // The sentence whose last quote had a role for its cue that meant no one, or -1, and its paragraph.
    private int _unresolvedRoleSentence = -1;
    private int _unresolvedRoleParagraph;

    // Whether a pronoun's quote, given `speaker`, follows a role's quote that meant no one, in its
    // sentence or the one before, and the speaker was last named before the role's paragraph.
    private bool FollowsUnresolvedRole(Subject subject, string? speaker)
        => speaker is not null && subject.Kind == SubjectKind.Pronoun && _unresolvedRoleSentence >= 0 && _state.Sentence - _unresolvedRoleSentence <= 1
        && _state.MentionedIn(speaker) < _unresolvedRoleParagraph;

    // Records how the quote just read was given: a role that meant no one, or anything that gave a speaker.
    private void NoteUnresolvedRole(Subject subject, string? speaker)
    {
        if (subject.Kind == SubjectKind.Role && speaker is null)
        {
            _unresolvedRoleSentence = _state.Sentence;
            _unresolvedRoleParagraph = _state.Paragraph;
        }
        else if (speaker is not null || subject.IsFound)
        {
            _unresolvedRoleSentence = -1;
        }
    }
}
