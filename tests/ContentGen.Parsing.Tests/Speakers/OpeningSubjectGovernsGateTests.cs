using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The opening subject's verb (SpeakerFinder.OpeningSubjectGoverns.cs) is not asked of a sentence
/// whose summary has no reporting verb, in a language with no limiting phrase: every sentence the
/// sieve gives a speaker in must pass the gate.
/// </summary>
public sealed class OpeningSubjectGovernsGateTests
{
    private static TokenRange LastSentence(string language, string text)
    {
        var sentences = Sentences.Split(Token.Read(text, QuoteScanner.Scan(text).Quotes, new List<Token>(), SpeechTables.For(language)), new List<TokenRange>(), null);
        return sentences[^1];
    }

    [Theory]
    // The sentences OpeningSubjectGovernsTests reads a speaker in, and more in other words.
    [InlineData("de", "Der Wahlleiter der Stadt, Jonas Brettschneider, sprach von einem „geordneten und ruhigen“ Verlauf.")]
    [InlineData("de", "Die Sprecherin des Vereins, Hanna Oltmanns, betonte, die Pläne seien „längst überholt“.")]
    [InlineData("nl", "Haar advocaat, mr. Pieter Valkhof, noemde de straf \"veel te zwaar\" voor een eerste vergrijp.")]
    [InlineData("nl", "De voorzitter van de bond, Marijke Hoogveld, zei dat de regeling \"niet werkbaar\" is.")]
    [InlineData("en", "Its new owners, Harbourside Leisure Group, said in a statement that they were \"fully committed\" to the town.")]
    [InlineData("en", "The council's leader, Amira Castleton, warned that the budget was \"simply not enough\" for the winter.")]
    [InlineData("es", "La portavoz de la plataforma vecinal Agua Clara, Nuria Oliveros, lamentó que «otra vez» se actúe tarde.")]
    [InlineData("it", "Il comandante della stazione dei carabinieri, il maresciallo Dario Fenzi, ha confermato che i filmati sono «già in esame».")]
    // A limiting phrase governs with no reporting verb: its languages pass every sentence.
    [InlineData("es", "La alcaldesa, Nuria Oliveros, se limitó a decir que «no hay prisa».")]
    [InlineData("pt", "O presidente da câmara, Rui Pestana, limitou-se a dizer que «tudo foi cumprido».")]
    [InlineData("fr", "Le maire, Paul Ravel, s'est borné à dire que « rien n'est décidé ».")]
    [InlineData("it", "Il sindaco, Dario Fenzi, si è limitato a dire che «nulla è deciso».")]
    public void ASentenceTheSieveReads_PassesTheGate(string language, string sentence)
        => Assert.False(SpeakerFinder.OpeningSubjectCannotGovern(LastSentence(language, sentence), SpeechTables.For(language)));

    [Theory]
    [InlineData("en", "The board's new chairman, Tom Wrexley, backed the \"green corridor\" plan on Monday.")]
    [InlineData("de", "Der Bürgermeister, Jonas Brettschneider, besuchte am Montag das „Haus der Geschichte“.")]
    [InlineData("nl", "De wethouder, Marijke Hoogveld, opende zaterdag het \"nieuwe\" zwembad.")]
    public void ASentenceWithNoReportingVerb_IsTurnedAway_WhereNoLimitingPhraseExists(string language, string sentence)
        => Assert.True(SpeakerFinder.OpeningSubjectCannotGovern(LastSentence(language, sentence), SpeechTables.For(language)));

    [Fact]
    public void ASentenceNotSummed_IsNeverTurnedAway()
        => Assert.False(SpeakerFinder.OpeningSubjectCannotGovern(new List<Token>(), SpeechTables.For("en")));
}
