using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A body's document as the holder of an "according to" phrase: "secondo una nota del Comune",
// "según un comunicado de la empresa", "segundo um comunicado da câmara", "selon un communiqué de
// la mairie", "laut einer Mitteilung der Gemeinde", "according to a statement from the council".
internal sealed partial class Phrase
{
    /// <summary>
    /// The body whose document is named at <paramref name="article"/>: an article, a document's
    /// noun, and the link to the body that issued it, given by its noun (which the cast resolves to
    /// the latest named organisation of its kind) or by a name that says it is an organisation's.
    /// A person after the link ("la lettera di Marco Rinaldi"), or no link, gives
    /// <see cref="Subject.None"/>: the document's owner is then read as any noun phrase's. German
    /// writes the noun with a capital ("einer Mitteilung der Gemeinde"), after its article.
    /// </summary>
    public Subject BodyOfDocument(IReadOnlyList<Token> sentence, int article)
    {
        var noun = article + 1;
        if (noun + 2 >= sentence.Count || !sentence[article].IsLower || !IsArticle(sentence[article])
            || !sentence[noun].IsWord || !_words.DocumentNouns.Contains(sentence[noun].Span))
        {
            return Subject.None;
        }

        var issuer = DocumentIssuer(sentence, noun);
        return issuer.Kind == SubjectKind.Organisation || (issuer.Kind == SubjectKind.Name && issuer.IsOrganisation) ? issuer : Subject.None;
    }
}
