using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "In einer Mitteilung der Gemeinde Talheim hieß es, der Chor trage „…“", "En el comunicado de la
// Cooperativa Vallealto se lee que la planta está «…»", "In de verklaring van de Stichting Duinzicht
// staat dat het plan ‘…’ is": a document opening its sentence with its issuer named after its noun,
// then only a verb of reading or saying with no subject of its own, then the clause it reports, set
// off by a comma or a complementiser. The reported words are the document's, so its issuer's, as
// before a colon (ColonCue.OpeningDocument.cs). Stops: a document whose issuer the sentence does not
// name ("Im Bericht heißt es, …": a report is not always its body's words); a verb of saying inside
// the reported clause, which says whose words the quote is ("…, der Bürgermeister habe von „…“
// gesprochen"); a subject of its own before the clause ("kritisiert der Verein, …"); another quote
// or a colon before the quote. The day the document came out may follow its verb ("hieß es am
// Donnerstag, …").
internal sealed partial class ColonCue
{
    // The reported clause's words before its quote and after it: a clause, not a paragraph.
    private const int MaxReportedClauseTokens = 24;

    // "hieß es", "si legge", "heißt es am Abend": the reading verb's words before the clause.
    private const int MaxReadingTokens = 6;

    public Subject OpeningDocumentClause(IReadOnlyList<Token> sentence, int quote)
    {
        // Every quote passes here: the sentence's first word is a place's preposition or it ends here.
        if (quote < 5 || !sentence[0].IsWord || !(_cues.Words.Locatives.Contains(sentence[0].Span) || _cues.Words.LocativeArticles.Contains(sentence[0].Span)))
        {
            return Subject.None;
        }

        var noun = OpeningDocumentNoun(sentence);
        if (noun < 0)
        {
            return Subject.None;
        }

        var issuer = _cues.Phrase.DocumentIssuer(sentence, noun);
        if (issuer.Kind is not (SubjectKind.Name or SubjectKind.Organisation) || issuer.End >= quote)
        {
            return Subject.None;
        }

        // A comma, or "que", "che", "dat" where no German relative pronoun ("der") looks like one.
        var opener = issuer.End;
        var thatWords = !_cues.Words.CapitalisesNouns;
        while (opener < quote && opener - issuer.End <= MaxReadingTokens && sentence[opener].Kind != TokenKind.Comma
            && !(thatWords && sentence[opener].IsWord && sentence[opener].IsLower && _cues.IsThatWord(sentence[opener])))
        {
            opener++;
        }

        // "hieß es am Donnerstag,": the day the document came out, after its verb.
        var reading = opener;
        if (opener - issuer.End > 2 && sentence[opener - 1].IsWord && Lexicons.LexiconTables.Weekdays.Contains(sentence[opener - 1].Span)
            && sentence[opener - 2].IsWord && sentence[opener - 2].IsLower
            && (_cues.Is(sentence[opener - 2], WordClass.Preposition | WordClass.Definite) || _cues.Words.OpeningPrepositions.Contains(sentence[opener - 2].Span)))
        {
            reading = opener - 2;
        }

        if (opener >= quote || opener - issuer.End > MaxReadingTokens || quote - opener > MaxReportedClauseTokens
            || !OnlyImpersonalReadingBetween(sentence, issuer.End, reading) || !ImpersonalMarkBetween(sentence, issuer.End, reading))
        {
            return Subject.None;
        }

        // The clause around the quote: a verb of saying in it ("habe von „…“ gesprochen") says whose words they are.
        var end = System.Math.Min(sentence.Count, quote + 1 + MaxReportedClauseTokens);
        for (var k = opener + 1; k < end; k++)
        {
            var token = sentence[k];
            if (k < quote && token.Kind is TokenKind.Quote or TokenKind.Colon)
            {
                return Subject.None;
            }

            if (token.IsWord && token.IsLower && _cues.IsReportingVerb(token))
            {
                return Subject.None;
            }
        }

        // "des Klinikverbunds Talgrund": the body as it is named, its genitive ending cut.
        var named = sentence[noun + 1].IsLower && _cues.Words.GenitiveArticles.Contains(sentence[noun + 1].Span) ? GenitiveName.Unmarked(issuer.Text, _cues.Words) : issuer.Text;
        return ReferenceEquals(named, issuer.Text) ? issuer : new Subject(issuer.Kind, named, issuer.End, isOrganisation: issuer.IsOrganisation, isDocumentOwner: issuer.IsDocumentOwner);
    }

    // "hieß es", "se lee", "lê-se", "staat": the verb reads with no subject, by its impersonal
    // pronoun, its clitic or its own form; "kritisiert der Verein" has a subject of its own.
    private bool ImpersonalMarkBetween(IReadOnlyList<Token> sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_cues.Words.ImpersonalReadings.Contains(sentence[k].Span) || _cues.Words.ReadingClitics.Contains(sentence[k].Span) || _cues.IsImpersonalSubjectAt(sentence, k))
            {
                return true;
            }
        }

        return false;
    }
}
