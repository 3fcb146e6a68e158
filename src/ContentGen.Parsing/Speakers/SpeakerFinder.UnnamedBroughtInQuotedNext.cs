namespace ContentGen.Parsing.Speakers;

// "Een buurman die al jaren aan het plein woont, maakt zich zorgen. ‘…’", "Una jubilada de Valdecañas, que no
// quiso identificarse, perdió sus ahorros. «…»": the sentence that brings someone unnamed in
// (SpeakerFinder.UnnamedBroughtIn.cs) makes them its subject, as a sentence that opens on a newcomer's name does
// (SpeakerFinder.SetOffNewcomer.cs), so a quote with no cue right after it is theirs (S9 reads whoever was the
// subject just before, DiscourseState.SubjectJustBefore), given by the noun. Before, the sentence only ended the
// last speaker's turn, and such a quote was no one's. A quote further on, or one after a sentence that names
// someone else, is not reached: the subject is only the sentence's right before.
internal sealed partial class SpeakerFinder
{
    private void BroughtInAsSubject(string noun)
    {
        NewSubject(noun);
        _state.OtherSubjectSinceQuoted = true;
    }
}
