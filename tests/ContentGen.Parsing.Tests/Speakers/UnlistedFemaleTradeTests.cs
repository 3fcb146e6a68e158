namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Laut Statikerin Anna Berg": a German feminine trade no list holds, read by its ending, before a
/// name of two words is the trade, not the name's first word. A masculine ending is a first name's
/// too ("Peter", "Walter"), and a name of two words alone has no trade before it.
/// </summary>
public sealed class UnlistedFemaleTradeTests
{
    [Theory]
    [InlineData("Laut Statikerin Anna Berg ist die Brücke marode: „Sie muss gesperrt werden.“", "Anna Berg")]
    [InlineData("„Die Fichten sterben“, sagte Försterin Maren Hoff am Montag.", "Maren Hoff")]
    [InlineData("Am Abend erklärte Tierärztin Lena Kurz: „Der Hund ist gesund.“", "Lena Kurz")]
    public void AFemaleTradeByItsEnding_BeforeAName_IsNoPartOfIt(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    [Theory]
    [InlineData("„Die Fichten sterben“, sagte Walter Peter Hoff am Montag.", "Walter Peter Hoff")]
    [InlineData("„Die Fichten sterben“, sagte Maren Hoff am Montag.", "Maren Hoff")]
    public void ANameWithNoFemaleTrade_IsReadWhole(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));
}
