namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "„…“, sagte die Vorsitzende Richterin.": a capitalised role noun after a role declined as an adjective
/// ("Vorsitzende", "Beauftragte") is the office's own noun, not a surname; "Tijdrijder Bakker", "Veldrijder Smit":
/// a Dutch compound on a sportsman's role before a surname is no first name.
/// </summary>
public sealed class RoleReadAsNameTests
{
    [Theory]
    [InlineData("Urteil",
        "„Wir akzeptieren das Urteil nicht“, sagte der Anwalt Peter Kolb.",
        "„Das Urteil ist rechtskräftig“, sagte die Vorsitzende Richterin nach der Sitzung.")]
    [InlineData("Urteil",
        "„Wir akzeptieren das Urteil nicht“, sagte der Anwalt Peter Kolb.",
        "„Der Angeklagte hat gestanden“, erklärte der Vorsitzende Richter am Ende der Verhandlung.")]
    public void ARoleAfterAnAdjectivalRole_IsNoName(string headline, string before, string paragraph)
        => Assert.DoesNotContain(QuoteSpeakers.Under(headline, before, paragraph)[1] ?? string.Empty, new[] { "Richter", "Richterin", "Peter Kolb" });

    // A role that is no adjective before a surname: "der Trainer Richter" is Tom Richter.
    [Theory]
    [InlineData("Pokal",
        "„Wir gehen in Berufung“, sagte Vereinstrainer Tom Richter am Samstag.",
        "„Das war unfair“, sagte der Trainer Richter nach dem Spiel.",
        "Tom Richter")]
    public void ARoleBeforeASurname_IsTheSurnamesHolder(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);

    [Theory]
    [InlineData("Tijdrijder Bakker wint Omloop van Drenthe: ‘Dit vergeet ik nooit’",
        "Koen Bakker won zondag de Omloop van Drenthe met een voorsprong van twintig seconden.",
        "Koen Bakker")]
    [InlineData("Veldrijder Smit pakt titel in Hoogeveen: ‘Eindelijk is het gelukt’",
        "Daan Smit werd zondag kampioen in Hoogeveen na een lange strijd in de modder.",
        "Daan Smit")]
    public void AHeadlineQuoteAfterASportsRoleCompoundAndSurname_IsTheFullName(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, ArticleParser.Parse(headline + "\n\n" + paragraph).Quotes.Single(q => q.Place != QuotePlace.Body).Speaker);
}
