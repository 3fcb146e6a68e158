using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Role holders in the plural at a named body: "analysts at Harbor Partners", "los analistas de
// Banco Arenal". No one of them is named and no one of them is a person the text follows, so the
// body they work for speaks, as it does for "a spokesman for X".
internal sealed partial class Phrase
{
    /// <summary>
    /// The body that the plural role at <paramref name="role"/> works for, when the phrase from
    /// <paramref name="start"/> is the bare plural or a plural article and the plural, then an
    /// employer's link and the body's name; <see cref="Subject.None"/> otherwise.
    /// </summary>
    private Subject PluralStaffBody(IReadOnlyList<Token> sentence, int start, int role)
    {
        var opensPhrase = role == start
            || (role == start + 1 && sentence[start].IsWord && _words.PluralDefinites.Contains(sentence[start].Span));
        var link = role + 1;
        if (!opensPhrase || link >= sentence.Count || !IsPluralRole(sentence[role])
            || !sentence[link].IsLower)
        {
            return Subject.None;
        }

        // "at", "chez", "bei" put them at their workplace, whatever its name; "of", "de", "van"
        // may name a client ("les avocats de Marc Dupont"), so only a name that says it is an
        // organisation's is read after them.
        var atWork = _words.WorkplaceLinks.Contains(sentence[link].Span);
        if (!atWork && !Is(sentence[link], WordClass.EmployerLink))
        {
            return Subject.None;
        }

        var body = OrganisationAfter(sentence, link);
        return body.Kind == SubjectKind.Name && (atWork || body.IsOrganisation) ? body : Subject.None;
    }
}
