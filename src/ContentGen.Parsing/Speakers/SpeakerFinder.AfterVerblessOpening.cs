using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Panneaux solaires, toilettes sèches, bardage en mélèze : l'architecte X a voulu un bâtiment …",
// "Das Ergebnis: Bürgermeister X zeigt sich erleichtert", "El balance — el alcalde X …": a verbless
// lead-in ending on a colon or a dash names what the sentence is about, and the person after the
// mark, followed by their verb, is the sentence's subject: whom a later "dit-il" or a dropped
// subject means, as when the sentence opens on the name. Without this the lead-in hid the subject
// and a later pronoun went to whoever was named before.
internal sealed partial class SpeakerFinder
{
    private Subject SubjectAfterVerblessOpening(IReadOnlyList<Token> sentence)
    {
        var start = _cues.AfterVerblessOpening(sentence);
        if (start < 0)
        {
            return Subject.None;
        }

        // "Au programme : Jean Roux en concert", "Trois candidats : Jean Roux, Luc Petit et …": no verb follows.
        var subject = _cues.Phrase.ReadForward(sentence, start);
        return subject.Kind == SubjectKind.Name && !subject.IsOrganisation && subject.Text.IndexOf(' ') > 0 && IsPersonNamed(subject.Text)
            && subject.End < sentence.Count && sentence[subject.End].IsLower
            && !_cues.Is(sentence[subject.End], WordClass.Coordinator | WordClass.Preposition)
            ? subject
            : Subject.None;
    }
}
