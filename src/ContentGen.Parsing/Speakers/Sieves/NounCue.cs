using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S8: a possessive or a document gives the words to its owner or author:
/// <c>Acme's statement read: "…"</c> gives Acme; <c>The report, written by analyst Ann Lee,
/// calls the plan "unworkable"</c> gives Ann Lee.
/// </summary>
internal sealed class NounCue : ISieve
{
    private const int MaxReach = 30;
    private readonly Cues _cues;

    public NounCue(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        if (OwnedDocumentOpening(sentence, quote) is { IsFound: true } documentOwner)
        {
            return documentOwner;
        }

        for (var i = quote - 1; i >= 1 && i >= quote - MaxReach; i--)
        {
            if (!sentence[i].IsLower || !_cues.Words.OrganisationNouns.Contains(sentence[i].Span))
            {
                continue;
            }

            // "Acme's statement"
            var owner = sentence[i - 1];
            if (owner.IsCapitalized && NamePlausibility.IsPossessive(owner.Span))
            {
                var start = i - 1;
                while (start > 0 && start > i - 1 - Phrase.MaxNameWords && sentence[start - 1].IsCapitalized)
                {
                    start--;
                }

                // "Mr Crosby's statement": the owner is "Crosby".
                return new Subject(SubjectKind.Name, _cues.Phrase.PossessiveOwner(sentence, start, i - 1), i);
            }

            // "The report, written by analyst Ann Lee,"
            if (i + 3 < quote && sentence[i + 1].Kind == TokenKind.Comma && sentence[i + 2].IsLower
                && _cues.Words.PassiveAgents.Contains(sentence[i + 3].Span))
            {
                var author = _cues.Phrase.ReadForward(sentence, i + 4);
                return author.Kind == SubjectKind.Name ? author : Subject.None;
            }
        }

        return Subject.None;
    }

    // "Her letter warns that the closure "…"", "His statement says …": a document opening the
    // sentence, owned by a pronoun that gives its owner's gender (Phrase.GenderedOwnerOfDocument),
    // then a reporting verb.
    private Subject OwnedDocumentOpening(IReadOnlyList<Token> sentence, int quote)
    {
        var owner = _cues.Phrase.GenderedOwnerOfDocument(sentence, 0);
        if (!owner.IsFound || owner.End >= quote)
        {
            return Subject.None;
        }

        var verb = _cues.Phrase.SkipFillers(sentence, owner.End);
        return verb < quote && _cues.IsReportingVerb(sentence[verb]) ? owner : Subject.None;
    }
}
