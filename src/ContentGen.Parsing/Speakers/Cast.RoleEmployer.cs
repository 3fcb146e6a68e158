using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "A presidente da Cooperativa Agrícola do Vale Verde, Maria Sousa, reuniu …", "il direttore del
// Consorzio Agrario di Valbruna", "la portavoz de la Cofradía de Pescadores de Arenales": a body the
// article names only as the employer of a role is a body of the cast all the same, so its own noun
// later means it ("a cooperativa garante que «…»", "il consorzio ha assicurato"). Before, only the
// speaker's reading of such a role recorded the employer, in a sentence that held a quote.
// Stops: the role is a role noun, a title, a spokesperson's or an official's noun right before the
// employer's link; the name opens with an organisation's noun written with its capital and holds two
// words or more (a place, "el alcalde de Villanueva del Río", holds none; "la presidenta de la Junta"
// is too short to tell); and a name glued to it ("del Consorzio X Mario Rossi", a person the article
// names in full) makes the run no body's name.
internal sealed partial class Cast
{
    // "de", "da", "di", "of": the link between a role and its employer.
    private bool IsEmployerLink(Token token)
        => token.IsLower && (_cues.Is(token, WordClass.EmployerLink) || _cues.Words.OrganisationLinks.Contains(token.Span));

    // The role's noun at `role`, and its employer's link right after it (see IsEmployerLink).
    private void ReadRoleEmployer(IReadOnlyList<Token> sentence, int role, int paragraph)
    {
        var start = role + 2;
        if (sentence[start].IsLower && _cues.Is(sentence[start], WordClass.Definite))
        {
            start++;
        }

        if (start + 1 >= sentence.Count || !sentence[start].IsCapitalized || !_cues.Words.IsOrganisationNoun(sentence[start].Span))
        {
            return;
        }

        var end = start + 1;
        while (end < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        var named = ThroughLinkedWords(sentence, start, new Subject(SubjectKind.Name, Phrase.Join(sentence, start, end), end));
        if (named.Text.IndexOf(' ') < 0 || (_isSurname(SpeakerFinder.LastWord(named.Text)) && LastCapitalisedRun(sentence, named.End) >= MinGluedRun))
        {
            return;
        }

        Organisation(named.Text, paragraph);
    }

    // "Valbruna Mario Rossi", "Consorzio Mario Rossi": a place's or a noun's word and a full name
    // after it; "do Vale Verde" is a place of two words, whatever a surname it ends in.
    private const int MinGluedRun = 3;

    // How many capitalised words end the name before `end`, back to a lower-case link.
    private static int LastCapitalisedRun(IReadOnlyList<Token> sentence, int end)
    {
        var k = end;
        while (k > 0 && sentence[k - 1].IsCapitalized)
        {
            k--;
        }

        return end - k;
    }
}
