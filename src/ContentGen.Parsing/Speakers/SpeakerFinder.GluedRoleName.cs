using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "La catedrática de la Universidad de Aldermeer Marta Vidal ve una tendencia.", "L'attaccante del
// Portofosco Marco Riva ha lasciato il campo.", "O treinador do Vilar Formoso Rui Costa considera o
// empate justo.", and the same after a view's preposition ("Per l'attaccante del Portofosco Marco
// Riva, la sconfitta brucia."): an article and a person's noun open the subject, a link brings in the
// employer, and the employer's name runs on into the person's with no comma between them. No word says
// where the one ends and the other begins (a first name is no class of the lexicons), so the cast
// cannot name the subject; but the sentence is about that person, a newcomer, not the speaker quoted
// before. A later quote with no cue, pronoun or dropped subject no longer goes on with that speaker:
// no one is better than the wrong one. Languages that drop their subjects only, where the dropped
// subject after such a sentence is common.
//
// What stops it (each held by a test in GluedRoleNameTests):
// - no glue ("de la Universidad Complutense", "da Câmara Municipal de Vila do Sal"): the employer's
//   name alone, with no person's glued to it;
// - a noun no list reads as a person's ("La plaza de San Juan Bautista"): a place or a thing;
// - the capitalised words ending on the surname of the speaker quoted last: the same person again;
// - a comma between the employer and the name ("de Aldermeer, Marta Vidal,"): the name is set
//   off, and the rules for names read it.
internal sealed partial class SpeakerFinder
{
    // "de Medicina de Familia de la Universidad de Aldermeer Marjolein de Graaf": the employer's and
    // the person's words together, capitals and their links.
    private const int MaxGluedTokens = 14;

    private void TrackGluedRoleName(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || !_cues.Words.DropsSubjects || GluedNameEnd(sentence) is not (> 0 and var end))
        {
            return;
        }

        if (_state.LastQuoted is { } last && EndsWithWord(last, sentence[end - 1].Span.ToString()))
        {
            return;
        }

        // A name read from the glued capitals ("Formoso Rui Costa") holds the employer's word too.
        _state.OtherSubjectSinceQuoted = true;
        _state.Mentioned(null);
        _state.LastSubject = null;
        _state.LastSubjectSentence = _state.Sentence;
    }

    // Where the glued capitals end (past their last word), or -1 when the sentence does not open so.
    private int GluedNameEnd(IReadOnlyList<Token> sentence)
    {
        var start = sentence.Count > 0 && sentence[0].IsCapitalized && _cues.Words.ViewPrepositions.Contains(sentence[0].Span) ? 1 : 0;
        if (start + 4 >= sentence.Count || !sentence[start].IsWord)
        {
            return -1;
        }

        // "La catedrática", "L'attaccante": the article alone before the noun, or elided into it.
        int link;
        if (Elision.TrySplit(sentence[start].Span, out var head, out var tail) && _cues.Words.Definites.Contains(head))
        {
            link = start + 1;
            if (!IsGluedRolesNoun(tail))
            {
                return -1;
            }
        }
        else
        {
            link = start + 2;
            if (!_cues.Is(sentence[start], WordClass.Definite) || !sentence[start + 1].IsLower || !IsGluedRolesNoun(sentence[start + 1].Span))
            {
                return -1;
            }
        }

        if (!IsComplementLink(sentence[link]))
        {
            return -1;
        }

        // The capitals and their links up to the verb (or the view's comma). The glue is two capitals
        // side by side that are no employer's name alone: three in a row ("Portofosco Marco Riva"),
        // or two after a capital the run already held ("Universidad de Aldermeer Marta Vidal"); a
        // pair opening the run ("Câmara Municipal de Vila do Sal") is one body's name. A capital
        // after the glue is the person's surname.
        var glued = false;
        var capitalsAfterGlue = 0;
        var capitals = 0;
        var lastCapital = -1;
        var k = link + 1;
        for (; k < sentence.Count && k <= link + MaxGluedTokens && sentence[k].IsWord; k++)
        {
            if (!sentence[k].IsCapitalized)
            {
                if (!(IsComplementLink(sentence[k]) || _cues.Is(sentence[k], WordClass.Definite)))
                {
                    break;
                }

                continue;
            }

            if (glued)
            {
                capitalsAfterGlue++;
            }
            else if (lastCapital == k - 1 && (capitals >= 2 || (k + 1 < sentence.Count && sentence[k + 1].IsCapitalized)))
            {
                glued = true;
            }

            capitals++;
            lastCapital = k;
        }

        return glued && capitalsAfterGlue > 0 && k == lastCapital + 1 && ClosesGluedName(sentence, k, viewOpening: start == 1) ? k : -1;
    }

    // The glued capitals close on their verb: a lower-case word that joins nothing ("y", "di",
    // "che" go on with the phrase), or the comma that ends a view's holder ("Per l'attaccante …,").
    // A comma after the capitals of a subject sets something off ("de Vila do Sal, Abílio Remédios,").
    private bool ClosesGluedName(IReadOnlyList<Token> sentence, int at, bool viewOpening)
        => at < sentence.Count
        && (viewOpening
            ? sentence[at].Kind == TokenKind.Comma
            : sentence[at].IsLower && !_cues.Is(sentence[at], WordClass.Coordinator | WordClass.Preposition)
                && !_cues.Words.RelativePronouns.Contains(sentence[at].Span));

    // A noun the lexicons read as a person's: a role, a title, a profession, a person's noun.
    private bool IsGluedRolesNoun(System.ReadOnlySpan<char> noun)
        => _cues.Words.RoleNouns.Contains(noun) || _cues.Words.Titles.Contains(noun) || _cues.Words.ProfessionEpithets.Contains(noun)
        || _cues.Words.PeopleNouns.Contains(noun);
}
