namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Wethouder Sanne Bos van de gemeente Ooststad zegt dat …", "Wethouder Sanne Bos (sport en cultuur)
/// van de gemeente Ooststad laat weten dat …": a named person, an employer's link, the employer's
/// article and noun, and its name; the person reports, so a quote after the sentence is theirs, not the
/// town's. An unnamed spokesman before the link still speaks for the body.
/// </summary>
public sealed class PersonOfBodyBeforeLinkTests
{
    [Theory]
    [InlineData("Wethouder Sanne Bos van de gemeente Ooststad zegt dat de hal voorlopig dicht blijft. ‘We hebben geen keus.’")]
    [InlineData("Wethouder Sanne Bos (sport en cultuur) van de gemeente Ooststad laat weten dat de hal dicht blijft. ‘We hebben geen keus.’")]
    [InlineData("Sanne Bos (PvdA) van de gemeente Ooststad vindt dat de hal dicht moet blijven. ‘We hebben geen keus.’")]
    public void ANamedPersonBeforeTheLink_Reports(string paragraph)
        => Assert.Equal(new[] { "Sanne Bos" }, QuoteSpeakers.Under("Sporthal blijft dicht", LanguageLeads.Dutch, paragraph));

    [Theory]
    [InlineData("Een woordvoerder van de gemeente Ooststad zegt dat de hal voorlopig dicht blijft. ‘We hebben geen keus.’")]
    [InlineData("Een woordvoerder (sport en cultuur) van de gemeente Ooststad zegt dat de hal dicht blijft. ‘We hebben geen keus.’")]
    public void AnUnnamedSpokesmanBeforeTheLink_IsNoOneNamed(string paragraph)
        => Assert.DoesNotContain("Sanne Bos", QuoteSpeakers.Under("Sporthal blijft dicht", LanguageLeads.Dutch, "Wethouder Sanne Bos opende vorig jaar de hal. " + paragraph));
}
