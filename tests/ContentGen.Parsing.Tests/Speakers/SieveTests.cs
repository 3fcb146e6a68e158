using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;
using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Each sieve, in the order they run, on invented sentences: the quote is linked to the
/// mention its own pattern names, and a sentence that only looks like the pattern is not.
/// </summary>
public sealed class SieveTests
{
    // S1: a cue next to the quote, in either order, with slots for adverbs and time phrases.
    [Theory]
    [InlineData("\"We remain far apart,\" said Acme press officer Jane Roe.", "Jane Roe")]
    [InlineData("\"We remain far apart,\" Jane Roe said on Monday.", "Jane Roe")]
    [InlineData("« Nous restons loin », a précisé jeudi sur franceinfo le ministre Jean Dupont.", "Jean Dupont")]
    [InlineData("« Nous restons loin », a toutefois regretté Jean Dupont.", "Jean Dupont")]
    [InlineData("„Wir bleiben weit auseinander“, sagte Geschäftsführerin Andrea Vogt am Montag.", "Andrea Vogt")]
    [InlineData("„Wir bleiben weit auseinander“, so Andrea Vogt.", "Andrea Vogt")]
    [InlineData("«Seguimos lejos», declaró el consejero de Medio Ambiente, Andrés Salcedo.", "Andrés Salcedo")]
    [InlineData("«Restiamo lontani», ha dichiarato il sindaco Roberto Esposito.", "Roberto Esposito")]
    [InlineData("“Continuamos longe”, afirmou o secretário de Transportes, Ricardo Almeida.", "Ricardo Almeida")]
    [InlineData("\"We blijven ver uit elkaar\", zei wethouder Peter Jansen.", "Peter Jansen")]
    [InlineData("\"We blijven ver uit elkaar\", aldus Peter Jansen.", "Peter Jansen")]
    public void S1_ACueNextToTheQuote_NamesItsSpeaker(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    // S2: after a colon, the subject of the clause before it, whatever its verb; never the listener.
    [Theory]
    [InlineData("Tom Fox told reporters: \"We remain far apart.\"", "Tom Fox")]
    [InlineData("Tom Fox countered: \"We remain far apart.\"", "Tom Fox")]
    [InlineData("Their spokesman, retired engineer Tom Fox, countered: \"We remain far apart.\"", "Tom Fox")]
    [InlineData("Tom Fox told Radio Valley: \"We remain far apart.\"", "Tom Fox")]
    [InlineData("Le docteur Paul Lemoine a été très clair : « Nous restons loin. »", "Paul Lemoine")]
    public void S2_AColon_GivesTheSubjectOfTheClauseBeforeIt(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    // S3: the main-clause verb that governs an embedded quote.
    [Theory]
    [InlineData("Tom Fox insisted the plan was \"dead in the water\".", "Tom Fox")]
    [InlineData("Tom Fox a estimé que « le plan est mort ».", "Tom Fox")]
    [InlineData("It is a view shared by Tom Fox, who believes \"the plan is dead\".", "Tom Fox")]
    [InlineData("Tom Fox - who chairs the harbour board - said the plan was \"dead in the water\".", "Tom Fox")]
    [InlineData("Tom Fox a, par ailleurs, précisé que le plan était « mort ».", "Tom Fox")]
    public void S3_TheVerbThatGovernsTheQuote_GivesItsSubject(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    // S4: participles.
    [Theory]
    [InlineData("Tom Fox backed the plan, saying: \"It will bring jobs.\"", "Tom Fox")]
    [InlineData("The board met on Monday, with Tom Fox praising the \"bold\" reforms.", "Tom Fox")]
    public void S4_AReportingParticiple_GivesItsSubject(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    // S5: the passive agent, after the quote or, in German and Dutch, before it.
    [Theory]
    [InlineData("The plan was branded \"reckless\" by the Green Party.", "Green Party")]
    [InlineData("La decisión fue calificada de «precipitada» por la Asociación de Regantes del Alto Duero.", "Asociación de Regantes del Alto Duero")]
    [InlineData("Il progetto è stato definito «un regalo» dal comitato Mare Pulito.", "Mare Pulito")]
    [InlineData("Die Erhöhung wurde vom Mieterverein Brückenfeld als „unsozial“ kritisiert.", "Mieterverein Brückenfeld")]
    [InlineData("Het besluit werd door de Vereniging Leefbaar Buitengebied \"onbegrijpelijk\" genoemd.", "Vereniging Leefbaar Buitengebied")]
    public void S5_ThePassiveAgent_SpeaksTheQuote(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    // S6: "according to" in each language; a nested verb's own subject wins.
    [Theory]
    [InlineData("The plan is \"dead in the water\", according to Tom Fox.", "Tom Fox")]
    [InlineData("Le plan est « mort », selon Jean Dupont.", "Jean Dupont")]
    [InlineData("Le plan est « mort », d'après Jean Dupont.", "Jean Dupont")]
    [InlineData("El plan está «muerto», según Andrés Salcedo.", "Andrés Salcedo")]
    [InlineData("Het plan is \"dood\", volgens Peter Jansen.", "Peter Jansen")]
    [InlineData("Pour Jean Dupont, « le plan est mort ».", "Jean Dupont")]
    [InlineData("According to aides, the minister Tom Fox said: \"The plan is dead.\"", "Tom Fox")]
    public void S6_AccordingTo_GivesItsObject_UnlessAVerbHasItsOwnSubject(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    // S7: a cue at the end of the sentence.
    [Fact]
    public void S7_ACueEndingTheSentence_GivesItsSubject()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            QuoteSpeakers.UnderHarbourPlan("\"The vote is lost,\" said Tom Fox.", "He wants to \"rebuild trust\" within the party, he said."));

    // S8: a possessive or a document gives the words to its owner or author.
    [Theory]
    [InlineData("The harbour is run by Acme. Acme's statement read: \"We will appeal.\"", "Acme")]
    [InlineData("The report, written by analyst Ann Lee, calls the plan \"unworkable\".", "Ann Lee")]
    public void S8_ADocument_GivesTheWordsToItsOwnerOrAuthor(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    // S9: continuation, while no new person became the subject.
    [Fact]
    public void S9_AQuoteWithNoCue_ContinuesTheLastSpeaker()
        => Assert.Equal(new[] { "Jane Roe", "Jane Roe" }, QuoteSpeakers.UnderHarbourPlan("\"The vote is lost,\" said Jane Roe. \"We will try again next year.\""));

    [Fact]
    public void S9_AContinuation_StopsWhenSomeoneElseBecameTheSubject()
        => Assert.NotEqual(
            "Jane Roe",
            QuoteSpeakers.UnderHarbourPlan("\"The vote is lost,\" said Jane Roe. Tom Baker disagreed with her. \"We will try again next year.\"")[1]);

    [Fact]
    public void S9_AQuoteOpeningAParagraph_ContinuesWhoWasReportedJustBefore()
        => Assert.Equal(
            new[] { "Dan Morrow" },
            QuoteSpeakers.UnderHarbourPlan("Dan Morrow, reviews editor of Screen magazine, says old shows have a built-in audience.", "\"I can understand why studios want them back.\""));

    [Fact]
    public void Sieves_RunInOrder_AndEachReadsOneThing()
    {
        var cues = new Cues(SpeechTables.All);
        var tokens = Token.Read("Tom Fox told reporters: \"The plan is dead,\" said Ann Lee.", QuoteScanner.Scan("Tom Fox told reporters: \"The plan is dead,\" said Ann Lee.").Quotes, new List<Token>());
        var quote = tokens.FindIndex(token => token.Kind == TokenKind.Quote);

        // S1 (the cue after the quote) outranks S2 (the colon before it).
        Assert.Equal("Ann Lee", new AdjacentCue(cues).Find(tokens, quote).Text);
        Assert.Equal("Tom Fox", new ColonCue(cues, _ => false).Find(tokens, quote).Text);
        Assert.Equal("Ann Lee", QuoteSpeakers.UnderHarbourPlan("Tom Fox told reporters: \"The plan is dead,\" said Ann Lee.")[0]);
    }
}
