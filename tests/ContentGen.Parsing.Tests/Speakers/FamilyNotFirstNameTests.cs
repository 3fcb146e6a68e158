namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "die Scheune der Familie Bauer", "de schuur van de familie Bakker": a family is the household of
/// everyone who bears the surname, so "Familie" is no first name, and a surname quoted alone is never
/// completed to "Familie Bauer" (the quote's speaker was given as the family).
/// </summary>
public sealed class FamilyNotFirstNameTests
{
    [Theory]
    [InlineData("de", "Das Schreiben ist von ihrem Vorsitzenden Casimir Bauer unterzeichnet.", "„Wir sind zu alt“, klagt Bauer.", "Der Karren steht in der Scheune der Familie Bauer.")]
    [InlineData("nl", "De brief is ondertekend door haar voorzitter Kees Bakker.", "\"We zijn te oud\", klaagt Bakker.", "De kar staat in de schuur van de Familie Bakker.")]
    public void ASurnameQuotedAlone_IsNotTheFamily(string language, string first, string quoted, string family)
    {
        var speakers = QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, quoted, family);
        Assert.Single(speakers);
        Assert.NotNull(speakers[0]);
        Assert.DoesNotContain("amilie", speakers[0]!, System.StringComparison.Ordinal);
    }
}
