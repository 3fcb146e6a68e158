using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An impersonal "on" after a quote ("», explique-t-on à l'ARS", "», a-t-on appris auprès de la
/// préfecture de la Somme") reports the words of the organisation named after it; a place or a
/// circle of people that is no organisation ("dans l'entourage du ministre") is no one.
/// </summary>
public sealed class ImpersonalSourceTests
{
    private static string? Speaker(string paragraph)
        => QuoteSpeakers.Under(
            "Les urgences de Saint-Aubin fermeront la nuit",
            "Les urgences fermeront chaque nuit cet été, a annoncé mardi l'Agence régionale de santé (ARS) du Val-de-Lière.",
            paragraph)[0];

    [Theory]
    [InlineData("« Il s'agit d'une mesure temporaire », explique-t-on à l'ARS, où l'on assure que la régulation sera renforcée.", "ARS")]
    [InlineData("« Le service rouvrira en septembre », a-t-on appris auprès de la préfecture de la Somme.", "préfecture de la Somme")]
    [InlineData("« Le service rouvrira en septembre », indique-t-on au Collectif des urgentistes du Val-de-Lière.", "Collectif des urgentistes du Val-de-Lière")]
    public void AnImpersonalOn_ReportsTheOrganisationNamedAfterIt(string paragraph, string speaker)
        => Assert.Equal(speaker, Speaker(paragraph));

    [Theory]
    [InlineData("« Il s'agit d'une mesure temporaire », explique-t-on dans l'entourage du ministre.")]
    [InlineData("« Il s'agit d'une mesure temporaire », dit-on à Saint-Aubin.")]
    [InlineData("« Il s'agit d'une mesure temporaire », explique-t-on.")]
    public void AnImpersonalOn_WithNoOrganisationAfterIt_IsNoOne(string paragraph)
        => Assert.Null(Speaker(paragraph));
}
