using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "„…“, heißt es in einer schriftlichen Erklärung des Unternehmens", "«…», se lee en un breve
// comunicado de la empresa", "« … », peut-on lire dans un bref communiqué", "“…”, staat in een
// korte verklaring van het bedrijf", "«…», lê-se num breve comunicado da empresa", "In einer
// schriftlichen Stellungnahme heißt es: „…“": news describes the document it quotes ("written",
// "brief", "joint") with a word or two between the article and the noun. Before, the document's
// noun was looked for right after the article only, and such a quote went to no one though the
// same sentence without the describing word named its issuer. The words between must be lower case
// and none a function word (a preposition, an article, a pronoun, a conjunction), so that "in una
// chat del comitato" or "in der Nähe des Berichts" are still no document: the document's noun must
// follow within two such words. A described document whose owner is given by its kind alone ("in
// einer schriftlichen Erklärung des Vereins") is left as before: the cast gives the kind noun to the
// latest body of that kind, which in a match report or a dispute is as often the other club or firm
// (a tuning article's "Der TSV …", a short name the cast does not join to "TSV Fuchsried", went to
// the opposing "SV …"), so only an owner named, or none, is read past the describing words.
internal sealed partial class Phrase
{
    // "schriftlichen", "kurzen gemeinsamen": the describing words a document's noun may have before it.
    private const int MaxDocumentDescribers = 2;

    private const WordClass NoDescriber = WordClass.Preposition | WordClass.Article | WordClass.Pronoun | WordClass.Possessive
        | WordClass.Coordinator | WordClass.Complementiser | WordClass.Reporting;

    /// <summary>
    /// The index of a document's noun at <paramref name="start"/> (the word after its article), or past at most
    /// two lower-case words that describe it ("einer schriftlichen Erklärung"); -1 when no document's noun stands there,
    /// or when a described one's owner is given by its kind alone ("des Vereins").
    /// </summary>
    public int DescribedDocumentNoun(IReadOnlyList<Token> sentence, int start)
    {
        for (var k = start; k < sentence.Count && k <= start + MaxDocumentDescribers && sentence[k].IsWord; k++)
        {
            if (_words.DocumentNouns.Contains(sentence[k].Span))
            {
                return k == start || DocumentIssuer(sentence, k).Kind != SubjectKind.Organisation ? k : -1;
            }

            if (!sentence[k].IsLower || Is(sentence[k], NoDescriber))
            {
                return -1;
            }
        }

        return -1;
    }
}
