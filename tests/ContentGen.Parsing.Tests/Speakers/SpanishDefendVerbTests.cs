namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Spanish "defender" (to maintain a view) changes its stem in the present: "defiende", "defienden".
/// The lexicon listed the verb but inflected it as a regular one ("defende"), so "La alcaldesa
/// defiende que el pueblo «…»" gave no one, while the past "defendió" did. Portuguese "defende" is
/// regular and was read already. Before a plain object ("defiende el plan") the verb governs no
/// clause, and the next quote keeps its own cue.
/// </summary>
public sealed class SpanishDefendVerbTests
{
    [Theory]
    [InlineData("es", "La alcaldesa, Rocío Marquina, defiende que el pueblo «no se entendería sin ellas».", "Rocío Marquina")]
    [InlineData("es", "Rocío Marquina defiende que el pueblo «no se entendería sin ellas».", "Rocío Marquina")]
    [InlineData("es", "Rocío Marquina defendió que el pueblo «no se entendería sin ellas».", "Rocío Marquina")]
    [InlineData("pt", "Rita Marques defende que a aldeia «não se entenderia sem elas».", "Rita Marques")]
    public void ADefendingVerb_GivesItsSubject_TheQuoteInItsClause(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);

    [Fact]
    public void ADefendingVerbBeforeAPlainObject_LeavesTheNextQuoteToItsOwnCue()
        => LanguageLeads.CheckSpeakers("es", "Rocío Marquina defiende el plan. «Es seguro», aseguró Tomás Vidal.", "Tomás Vidal");
}
