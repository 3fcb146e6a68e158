using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "made by Pelmora, a start-up founded last year", "gebouwd door Trivano, een start-up uit Deventer",
// "installata da Ventrelia, una società di Como", "übernimmt Holtgrein, ein IT-Dienstleister aus
// Passau", then "the company said", "meldt het bedrijf", "fa sapere l'azienda", "teilte das Unternehmen
// mit": a bare name inside its sentence, after a preposition or a verb with no article, names a firm when
// its appositive is an indefinite article and a firm's or a company's noun. Before, a name inside the
// sentence was read only after an article (Cast.ApposedBodyInside.cs), since a bare preposition may bring
// in a place ("a Valprato, il comune capofila"); a place, a person, a product or a ship is never "a
// company", "een netbeheerder" or "una società", so the firm's noun says what an article would have.
// Stops (precision first):
// - only the indefinite article ("por Penalva, a vila vizinha" may be a place, "by Marsh, the firm's
//   lawyer" a person), and only the lexicons' CompanyNouns and FirmNouns (a German compound ending in
//   one): "Valbois, une commune voisine", "Lernfix, eine App" name no firm;
// - the noun is no modifier of a person's noun after it ("Marsh, a company director");
// - the name follows no speech verb ("said Tom Marsh, a supplier of spare parts" is a person), nor a title
//   or a role ("director Marsh"), and its last word ends no full name of the article: "with Tom Marsh, a
//   supplier" is a person, and so, to this test, is a firm of two capitalised words ("Holtgrein Digital",
//   left unread: the lexicons hold no first names to tell the two apart).
internal sealed partial class Cast
{
    // Asked before the appositive's noun is looked for, from the tokens' classes alone: the appositive opens
    // with an indefinite article, and no speech verb, title or role stands before the name.
    private bool MayBeBareFirm(IReadOnlyList<Token> sentence, int start, int comma)
    {
        var before = sentence[start - 1];
        var article = sentence[comma + 1];
        return article.IsWord && _cues.Is(article, WordClass.Indefinite)
            && before.IsWord && before.IsLower && !_cues.IsReportingVerb(before) && !_cues.Is(before, WordClass.TitleOrRole);
    }

    // The appositive's noun at `noun` is a firm's or a company's, no person's noun follows it, and the
    // name's last word ends no full name of the article (asked last: it makes the word a string).
    private bool HeadsBareFirmAppositive(IReadOnlyList<Token> sentence, int comma, int noun)
    {
        if (!(_cues.Words.CompanyNouns.Contains(sentence[noun].Span) || IsFirmOfTradeNoun(sentence[noun].Span)))
        {
            return false;
        }

        var next = noun + 1;
        return (next >= sentence.Count || !sentence[next].IsWord || !_cues.Is(sentence[next], WordClass.TitleOrRole))
            && !_isSurname(sentence[comma - 1].Text);
    }
}
