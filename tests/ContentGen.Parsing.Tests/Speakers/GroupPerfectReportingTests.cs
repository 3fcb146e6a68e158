using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Ordinary people in the plural speak as a group with their reporting verb in the perfect, its
/// auxiliary between the noun and the participle ("les riverains ont estimé que « … »", "los vecinos
/// han dicho que «…»", "the villagers have warned that "…""), as they did with the verb right after
/// them ("les riverains estiment").
/// Only an auxiliary of the perfect followed by a reporting verb: the people of a sentence whose
/// verb reports nothing, or with another word between, are no speakers.
/// </summary>
public sealed class GroupPerfectReportingTests
{
    [Fact]
    public void French_PeopleWithPerfect_SpeakAsGroup()
        => Assert.Equal(
            new[] { "riverains" },
            QuoteSpeakers.Under(
                "Le marché de Valmont déplacé",
                "Le marché quittera la place en avril. Les riverains ont jugé que le nouveau site était « bien trop loin »."));

    [Fact]
    public void English_PeopleWithPerfect_SpeakAsGroup()
        => Assert.Equal(
            new[] { "villagers" },
            QuoteSpeakers.Under(
                "Eastport market to move",
                "The market will leave the square in April. The villagers have warned that the new site is \"far too remote\"."));

    [Fact]
    public void Spanish_PeopleWithPluperfect_SpeakAsGroup()
        => Assert.Equal(
            new[] { "manifestantes" },
            QuoteSpeakers.Under(
                "El mercado de Valdeoro se muda",
                "El mercado dejará la plaza en abril. Los manifestantes habían denunciado un «traslado a escondidas»."));

    [Fact]
    public void French_PerfectOfAnotherVerb_NamesNoGroup()
        => Assert.DoesNotContain(
            "riverains",
            QuoteSpeakers.Under(
                "Le marché de Valmont déplacé",
                "Le marché quittera la place en avril. Les riverains ont applaudi quand la maire a parlé d'un « marché plus vivant »."));

    [Fact]
    public void English_PerfectOfAnotherVerb_LeavesTheWordsToHer()
        => Assert.DoesNotContain(
            "pupils",
            QuoteSpeakers.Under(
                "School visit",
                "The minister arrived in Eastport at noon. The pupils have sung for her before she said: \"This is a fine school.\""));

    [Fact]
    public void Spanish_WordBetweenAuxiliaryAndVerb_NamesNoGroup()
        => Assert.DoesNotContain(
            "vecinos",
            QuoteSpeakers.Under(
                "El mercado de Valdeoro se muda",
                "El mercado dejará la plaza en abril. Los vecinos han aplaudido cuando la alcaldesa habló de un «mercado más vivo»."));
}
