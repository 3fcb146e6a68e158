using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Plusieurs familles attendent une réponse. C'est le cas de Marie Vallet, mère de deux enfants :
// « … »", "Es el caso de Ana Ruiz, de 34 años: «…»": a presentative (SpeechWords.CasePresentatives)
// opens the sentence to bring in the person whose case the article tells, and the quote after the
// colon is that person's words. The clause reading found no subject: the presentative has no
// person as its subject. Stops: the presentative must open the sentence; a full name of two
// capitalised words or more, a person's (no body, no organisation), must follow it at once; with
// nothing after it, a name the article gives a gender (a role, a title, a pronoun): "Es el caso de
// San Esteban:" is a town's, and no first-name list tells "Vila Real" from "Ana Costa". Only a
// short apposition set off by a comma may stand between the name and the colon, with no verb of saying in it (", mère de deux
// enfants", ", 34 ans"), since a clause of its own there has its own subject, and no source (", selon
// son avocat", ", desde la asociación"), whose words the quote then is.
internal sealed partial class ColonCue
{
    private const int MaxPresentativeWords = 5;
    private const int MaxPresentedApposition = 8;

    // "selon les mots de", "de acuerdo con": the longest source phrase the apposition may hold.
    private const int MaxSourcePhraseWords = 5;

    private Subject PresentedCase(IReadOnlyList<Token> sentence, int quote)
    {
        var words = Cues.LongestPhrase(sentence, 0, _cues.Words.CasePresentatives, MaxPresentativeWords);
        if (words <= 0 || words >= quote - 1 || !sentence[words].IsCapitalized)
        {
            return Subject.None;
        }

        var name = _cues.Phrase.ReadForward(sentence, words);
        if (name.Kind != SubjectKind.Name || name.IsOrganisation || name.IsBody || name.Text.IndexOf(' ') < 0 || name.End > quote - 1)
        {
            return Subject.None;
        }

        var colon = quote - 1;
        if (name.End == colon)
        {
            return _isPersonNamed is null || _isPersonNamed(name.Text) ? name : Subject.None;
        }

        if (sentence[name.End].Kind != TokenKind.Comma || colon - name.End - 1 > MaxPresentedApposition)
        {
            return Subject.None;
        }

        for (var k = name.End + 1; k < colon; k++)
        {
            if (sentence[k].Kind is TokenKind.Quote or TokenKind.Colon || (sentence[k].IsWord && (_cues.IsReportingVerb(sentence[k])
                || _cues.Words.SourcePrepositions.Contains(sentence[k].Span) || Cues.LongestPhrase(sentence, k, _cues.Words.AccordingTo, MaxSourcePhraseWords) > 0)))
            {
                return Subject.None;
            }
        }

        return name;
    }
}
