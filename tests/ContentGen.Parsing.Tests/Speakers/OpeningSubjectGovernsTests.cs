namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A partial quote in the predicate of the verb that follows the sentence's opening subject, read
/// past its description, insert or appositive, is that subject's (SpeakerFinder.OpeningSubjectGoverns.cs).
/// </summary>
public sealed class OpeningSubjectGovernsTests
{
    [Theory]
    [InlineData("Wahl in Lindach", "Die Beteiligung lag bei 52 Prozent. Der Wahlleiter der Stadt, Jonas Brettschneider, sprach von einem „geordneten und ruhigen“ Verlauf.", "Jonas Brettschneider")]
    [InlineData("Urteil in Veendorp", "De rechtbank deed dinsdag uitspraak. Haar advocaat, mr. Pieter Valkhof, noemde de straf \"veel te zwaar\" voor een eerste vergrijp.", "Pieter Valkhof")]
    [InlineData("Vertido en Almara", "El agua bajaba turbia el martes. La portavoz de la plataforma vecinal Agua Clara, Nuria Oliveros, lamentó que «otra vez» se actúe tarde.", "Nuria Oliveros")]
    [InlineData("Furto a Borgoleone", "I ladri sono entrati di notte. Il comandante della stazione dei carabinieri, il maresciallo Dario Fenzi, ha confermato che i filmati sono «già in esame».", "Dario Fenzi")]
    [InlineData("Pier sold", "The pier was sold on Friday. Its new owners, Harbourside Leisure Group, said in a statement that they were \"fully committed\" to the town.", "Harbourside Leisure Group")]
    public void TheOpeningSubjectSetOffAfterItsDescription_SaidTheWordsItsVerbGoverns(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Fact]
    public void ANameBeforeAnInsert_SaidTheWordsItsVerbGoverns()
        => Assert.Equal(
            new[] { "Ilse Krämer" },
            QuoteSpeakers.Under(
                "Lärm in Oberhain",
                "Bürgermeisterin Ilse Krämer hörte sich die Klagen an.",
                "Krämer, sichtlich um Ruhe bemüht, sagte zu, den Antrag „noch in dieser Woche“ zu prüfen."));

    [Theory]
    // A place's or a work's name after its article: nobody's words.
    [InlineData("Wahl in Lindach", "Der Wahlleiter der Stadt, Jonas Brettschneider, sprach vor Schülern über das „Haus der Geschichte“ in Lindach.")]
    [InlineData("Teatro en Almara", "La alcaldesa, Nuria Oliveros, habló en el «Teatro del Puerto» ante los vecinos.")]
    // A term marked as one: nobody's words, even after a verb of saying.
    [InlineData("Harbour plan", "The harbour board met on Monday. Its chairman, Tom Wrexley, criticised the so-called \"green corridor\" plan.")]
    [InlineData("Puerto de Almara", "La junta se reunió el lunes. La alcaldesa, Nuria Oliveros, habló del llamado «corredor verde» en el pleno.")]
    [InlineData("Parco di Borgoleone", "La giunta si è riunita ieri. Il sindaco, Dario Fenzi, ha parlato del cosiddetto «corridoio verde» in aula.")]
    // A verb that does not report: the quote names a thing.
    [InlineData("Museo en Almara", "La alcaldesa, Nuria Oliveros, visitó el «Museo del Mar» con los vecinos.")]
    public void ANamedThingOrTerm_IsNobodysWords(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    [Fact]
    public void AnotherVerbOfSayingBetween_GovernsTheQuoteWithItsOwnSubject()
        => Assert.Equal(
            new[] { "Nuria Oliveros" },
            QuoteSpeakers.Under("Pleno en Almara", "El concejal Tomás Ibarguren dijo que la alcaldesa Nuria Oliveros calificó el proceso de «caótico» sin pruebas."));

    [Fact]
    public void APassiveVerb_GivesItsSubjectNoWords()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Fraud trial opens", "Harbour Foods' former chief executive, Tom Wrexley, is accused of \"hiding\" losses of £3m from the board."));

    [Fact]
    public void ANewClauseWithItsOwnSubject_TakesTheQuote()
        => Assert.Equal(
            new[] { "Zuschauer" },
            QuoteSpeakers.Under("Wahl in Lindach", "Der Wahlleiter der Stadt, Jonas Brettschneider, sprach kurz, und die Zuschauer riefen „Rücktritt“."));
}
