namespace ContentGen.Parsing.Speakers;

// "Seine Frau Monika Brandlmeier winkt ab: „…“ Er zeigt auf das Feld: „…“", "His wife Carys Pritchard
// shakes her head: "…" He points …", "Sa femme, Annick Morvan, hausse les épaules : « … » Il montre …":
// the sentence opened on a possessive and a family tie brings in the relative, who speaks in it. A
// pronoun after their words that the tie shows is not theirs ("wife", "Frau", "femme" show a woman;
// see RoleHolders.KinGender.cs) means the possessor, whose turn it was: two people in turn, the one
// the possessive counted from. Past the relative the possessor needs no gender shown (a couple or a
// parent and a child share a surname, so a title says nothing of either), as past a newcomer after a
// possessive who did not speak (Antecedent). A pronoun of the relative's gender, or none, keeps to
// the relative, who spoke last. A possessive of one gender ("Her husband", "Ihr Mann", "zijn
// vrouw") that is not the pronoun's says the possessor is not meant either: no one.
internal sealed partial class DiscourseState
{
    // The relative a sentence opening on a possessive and a tie brought in and who spoke in it, while
    // no one has been mentioned since; and the gender the possessive showed of its owner.
    private string? _spokenPossessed;
    private Gender _possessorGender;

    /// <summary>
    /// Whether the last <see cref="Antecedent(Gender, System.Func{string, Gender}, int, System.Func{string, int, bool}?)"/>
    /// passed over the relative who spoke to whom it gave: the paragraph's newcomer is that relative,
    /// already ruled out, and no other newcomer takes the pronoun from the possessor.
    /// </summary>
    public bool PassedToPossessor { get; private set; }

    internal enum PossessorTurn
    {
        None,
        Possessor,
        NoOne,
    }

    /// <summary>
    /// Records <paramref name="relative"/>, brought in after a possessive whose owner the possessive
    /// shows to be of <paramref name="possessorGender"/>, as the speaker of its own sentence.
    /// </summary>
    public void SpokeAfterPossessive(string relative, Gender possessorGender)
    {
        if (_salient.Count > 0 && string.Equals(_salient[0].Name, relative, System.StringComparison.Ordinal))
        {
            _spokenPossessed = relative;
            _possessorGender = possessorGender;
        }
    }

    // Whether a pronoun of `asked` passes over the relative who spoke, shown of gender `relative`.
    private PossessorTurn PassesToPossessor(Gender asked, Gender relative)
        => asked == Gender.Unknown || relative == Gender.Unknown || relative == asked ? PossessorTurn.None
            : _possessorGender != Gender.Unknown && _possessorGender != asked ? PossessorTurn.NoOne
            : PossessorTurn.Possessor;
}
