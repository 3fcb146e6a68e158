using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document's words go to whoever the sentence says issued it, when the document is the subject
/// of the reporting verb: its owner after a link ("Le texte de l'ARS précise que", "A statement
/// of Harbour Rail said") or a name before the noun that the article gives in full ("the Lund
/// report said", after Erik Lund).
/// </summary>
public sealed class DocumentOwnerTests
{
    [Theory]
    [InlineData("Le texte de l'ARS précise que « les urgences resteront ouvertes la nuit ».", "ARS")]
    [InlineData("Un communiqué de la préfecture de la Somme indique que « les opérations se sont déroulées dans le calme ».", "préfecture de la Somme")]
    [InlineData("Le rapport du Collectif des urgentistes du Val-de-Lière souligne que « les moyens manquent ».", "Collectif des urgentistes du Val-de-Lière")]
    public void ADocumentOwnerAfterALink_Speaks(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Les urgences de Saint-Aubin fermeront la nuit", paragraph)[0]);

    [Fact]
    public void ANameBeforeADocumentNoun_ThatTheArticleGivesInFull_Speaks()
        => Assert.Equal(
            "Erik Lund",
            QuoteSpeakers.Under("Europe must do better", "Former Danish prime minister Erik Lund led the review last year.", "The Lund report said the European Union had to \"do better\" on jobs.")[0]);

    [Theory]
    [InlineData("\"Europe must do better on jobs,\" the Lund report said.")]
    [InlineData("\"Europe must do better on jobs,\" said the Lund report.")]
    public void ADocumentAfterTheQuote_SpeaksForItsOwner(string paragraph)
        => Assert.Equal("Erik Lund", QuoteSpeakers.Under("Europe must do better", "Former Danish prime minister Erik Lund led the review last year.", paragraph)[0]);

    [Theory]
    [InlineData("« Les moyens manquent », précise le rapport de l'ARS.", "ARS")]
    [InlineData("« Les moyens manquent », souligne un communiqué de la préfecture de la Somme.", "préfecture de la Somme")]
    public void AnInvertedDocumentWithItsOwner_SpeaksForTheOwner(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Les urgences de Saint-Aubin fermeront la nuit", paragraph)[0]);

    [Theory]
    // The document's subject, not its owner.
    [InlineData("Le texte de loi précise que « les urgences resteront ouvertes la nuit ».")]
    public void ADocumentWithNoOwnerSpeaking_IsNoOne(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Les urgences de Saint-Aubin fermeront la nuit", paragraph)[0]);

    [Fact]
    public void ANameBeforeADocumentNoun_ThatIsNoKnownSurname_IsNoOne()
        => Assert.Null(QuoteSpeakers.Under("Budget plans", "The Budget report said the plan would \"do better\" on jobs.")[0]);

    // "Her letter warns that …": a document opening the sentence, owned by a pronoun that gives its
    // owner's gender, then a reporting verb: the words of whom the pronoun means.
    [Theory]
    [InlineData("Local MP Jane Roe has written to the harbour board. Her letter warns that the closure \"would cost the town its largest employer\".", "Jane Roe")]
    [InlineData("Tom Baker wrote to the minister on Friday. His statement says the plan is \"a disgrace to the valley\".", "Tom Baker")]
    public void AGenderedPossessiveOpeningADocument_GivesItsOwner(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Closure", paragraph)[^1]);

    // Guards: a possessive with no one before it to mean, "their" over two people, and a
    // document that does not report, give no one.
    [Theory]
    [InlineData("The harbour board met on Friday. His letter says the plan is \"a disgrace\".")]
    [InlineData("Tom Baker met the harbour board. Her report was \"a shock\" to him.")]
    [InlineData("Tom Baker and Jane Roe wrote to the council. Their letter says the plan is \"a disgrace\".")]
    public void AnUngenderedOrNonReportingOwnedDocument_IsNoOnesWords(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Closure", paragraph)[^1]);
}
