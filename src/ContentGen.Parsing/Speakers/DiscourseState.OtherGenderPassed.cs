namespace ContentGen.Parsing.Speakers;

// "Mr Lund thanked Ms Vale. “…,” he said." passes over her to him, but "Ms Vale asked the mayor
// whether … “…,” he replied." means the mayor, whom the reading never recorded, and not a man named
// two paragraphs back. A pronoun passes over someone the article shows to be of the other gender only
// to someone mentioned as recently when that person is in the pronoun's own paragraph: the paragraph
// is the scene, and the one meant is someone in it, most often someone the paragraph brings in
// (SpeakerFinder.NewcomerPastOtherGender.cs), else someone the reading never recorded: no one,
// rather than a guess.
internal sealed partial class DiscourseState
{
    // The paragraph the most recently mentioned person passed over was last mentioned in.
    private int _passedParagraph;

    /// <summary>
    /// Whether the last <see cref="Antecedent(Gender, System.Func{string, Gender}, int, System.Func{string, int, bool}?)"/>
    /// passed over someone the article shows to be of the other gender.
    /// </summary>
    public bool PassedOtherGender { get; private set; }

    // Records that the walk passed over someone of `known` gender last mentioned in `paragraph`:
    // only a gender shown counts (someone of no gender shown is passed by for want of evidence).
    private void PassedOver(Gender known, int paragraph)
    {
        if (known == Gender.Unknown || (PassedOtherGender && paragraph <= _passedParagraph))
        {
            return;
        }

        PassedOtherGender = true;
        _passedParagraph = paragraph;
    }

    // Whether someone last mentioned in `paragraph` is further back than the person passed over,
    // who is in the pronoun's own paragraph: the scene is this paragraph. Past someone of an earlier
    // paragraph the turns go on as before ("a répliqué M. Benhamou." then "« … », a-t-elle rétorqué."
    // is Mme Delmas's again).
    private bool IsBehindScenePassed(int paragraph) => _passedParagraph == Paragraph && paragraph < _passedParagraph;
}
