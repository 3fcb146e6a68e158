namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote broken by a cue between commas goes on after it: the half after the cue is said by
/// whoever said the half before (<c>« … », explique-t-elle, « … »</c>), unless a cue of its own follows it.
/// </summary>
public sealed class InterruptedQuoteTests
{
    [Theory]
    [InlineData("Le jardin partagé rouvre", "Claire Dumas s'occupe du jardin partagé depuis huit ans. « Les tomates ont souffert de la grêle », explique-t-elle, « mais les courges ont tenu bon. »", "Claire Dumas")]
    [InlineData("Reabre el huerto vecinal", "Lucía Romero cuida el huerto vecinal desde hace ocho años. «Los tomates sufrieron con el granizo», explica, «pero las calabazas aguantaron».", "Lucía Romero")]
    [InlineData("Riapre l'orto di quartiere", "Giulia Neri cura l'orto di quartiere da otto anni. «I pomodori hanno sofferto per la grandine», spiega, «ma le zucche hanno resistito».", "Giulia Neri")]
    [InlineData("Reabre a horta do bairro", "Inês Lopes cuida da horta do bairro há oito anos. «Os tomates sofreram com o granizo», explica ela, «mas as abóboras aguentaram».", "Inês Lopes")]
    [InlineData("Buurttuin weer open", "Bram Visser verzorgt al acht jaar de buurttuin. \"De tomaten hebben geleden onder de hagel\", vertelt hij, \"maar de pompoenen hielden stand.\"", "Bram Visser")]
    [InlineData("Gemeinschaftsgarten öffnet wieder", "Jonas Keller pflegt seit acht Jahren den Gemeinschaftsgarten. „Die Tomaten haben unter dem Hagel gelitten“, sagt er, „aber die Kürbisse haben gehalten.“", "Jonas Keller")]
    public void TheHalfAfterTheCue_IsSaidByWhoeverSaidTheHalfBefore(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[^1]);

    [Theory]
    [InlineData("D'après Anne Morel, « le quai est trop petit », tandis que selon le maire, « tout est prévu ».")]
    [InlineData("Según Ana Gil, «el muelle es pequeño», mientras que para el alcalde, «todo está previsto».")]
    public void WordsBetweenThatAreNoCueOfTheFirst_BreakNothing(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Le quai", paragraph)[^1]);

    [Fact]
    public void AHalfWithACueOfItsOwn_KeepsItsOwnSpeaker()
        => Assert.Equal(
            new[] { "Jane Roe", "Tom Baker" },
            QuoteSpeakers.Under("Harbour vote", "\"We will vote for the plan,\" said Jane Roe, \"and so will the others,\" replied Tom Baker."));
}
