namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A verb of judging or estimating whose complement is the quote: the judgement quoted is the word
/// of the subject opening the sentence, "Kreisrätin X hält das für „…“", "Kunsthistoriker X schätzt den
/// Wert auf „…“", "Wethouder X houdt het plan voor ‘…’", "La alcaldesa X tacha el plan de «…»"
/// (Cues.JudgingComplement.cs). A verb with no judging preposition, a title after another
/// preposition, a thing as the subject or words going on after the quote give no one.
/// </summary>
public sealed class JudgingComplementTests
{
    [Theory]
    [InlineData("Kreisrätin Anna Roth (Bürgerliste) hält das für „einen Tropfen auf den heißen Stein“.", "Anna Roth")]
    [InlineData("Der Kunsthistoriker Paul Kern von der Universität Lindenau schätzt den Wert auf „einen sechsstelligen Betrag“.", "Paul Kern")]
    [InlineData("Stadträtin Anna Roth findet den Plan „schlicht unsinnig“.", "Anna Roth")]
    public void GermanJudgementQuoted_IsTheSubjects(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Streit um die Brücke", LanguageLeads.German + " " + sentence));

    [Theory]
    [InlineData("Wethouder Jan de Wit houdt het plan voor ‘onzin’.", "Jan de Wit")]
    [InlineData("Wethouder Jan de Wit schat de schade op ‘enkele tonnen’.", "Jan de Wit")]
    public void DutchJudgementQuoted_IsTheSubjects(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Ruzie over de brug", LanguageLeads.Dutch + " " + sentence));

    [Theory]
    [InlineData("es", "La alcaldesa Ana Ruiz tacha el plan de «disparate».", "Ana Ruiz")]
    [InlineData("es", "La alcaldesa Ana Ruiz cifra los daños en «varios millones».", "Ana Ruiz")]
    [InlineData("it", "Il sindaco Carlo Neri stima i danni in «qualche milione».", "Carlo Neri")]
    [InlineData("pt", "O autarca Rui Lemos acha o plano \"irrealista\".", "Rui Lemos")]
    [InlineData("fr", "Le maire Jean Roux trouve le projet « absurde ».", "Jean Roux")]
    [InlineData("en", "Councillor Jane Roe considers the plan \"reckless\".", "Jane Roe")]
    [InlineData("en", "Councillor Jane Roe put the damage at \"several million pounds\".", "Jane Roe")]
    public void RomanceFrenchAndEnglishJudgementQuoted_IsTheSubjects(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Bridge", LanguageLeads.For(language) + " " + sentence));

    // Guards: "halten" with no "für" holds a lecture by its title; a title after another
    // preposition; a thing as the subject; words after the quote that go on to another clause.
    [Theory]
    [InlineData("Stadträtin Anna Roth hält am Montag den Vortrag „Wege aus der Krise“.")]
    [InlineData("Stadträtin Anna Roth findet den Artikel in „Die Zeit“.")]
    [InlineData("Stadträtin Anna Markt kam später. Der Markt schätzt den Schaden auf „einige Millionen“.")]
    [InlineData("Stadträtin Anna Roth hält das für „unsinnig“, sagte der Bürgermeister.")]
    public void GermanNoJudgement_IsNoOnes(string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Streit um die Brücke", LanguageLeads.German + " " + sentence));

    [Theory]
    [InlineData("en", "Councillor Jane Roe put the book on \"the shelf\".")]
    [InlineData("en", "Councillor Jane Roe considers the plan \"reckless\" and the minister agrees.")]
    [InlineData("fr", "Le maire Jean Roux trouve le livre « Les Misérables ».")]
    public void OtherLanguagesNoJudgement_IsNoOnes(string language, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Bridge", LanguageLeads.For(language) + " " + sentence));
}
