namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German capitalises its nouns, so a title after an article ("Der Vorsitzende") looks like the
/// start of a titled name. With no capitalised word right after it, it names no one itself: its
/// holder, if any, is named after the comma ("Der Vorsitzende, Markus Brandt, …"). (With a
/// complement between, "Der Vorsitzende des Vereins, Markus Brandt," is left open: a complement
/// may name another office's holder, "sagte der Bürgermeister der Nachbarstadt".)
/// </summary>
public sealed class TitleThenHolderAfterCommaTests
{
    [Theory]
    [InlineData("Der Vorsitzende, Markus Brandt, war enttäuscht. „Unsere Kinder trainieren in einer maroden Halle“, sagte er.", "Markus Brandt")]
    [InlineData("Der Präsident, Jörg Ebner, reagierte gelassen. „Wir warten das Gutachten ab“, sagte er.", "Jörg Ebner")]
    [InlineData("Die Direktorin, Sabine Kolb, war zuversichtlich. „Im Herbst ziehen wir um“, sagte sie.", "Sabine Kolb")]
    // Innocent neighbours: a titled name with no comma, and a title that names no one.
    [InlineData("Der Vorsitzende des Sportvereins Markus Brandt sagte: „Unsere Kinder trainieren in einer maroden Halle.“", "Markus Brandt")]
    [InlineData("Der Präsident des Sportvereins sagte: „Unsere Kinder trainieren in einer maroden Halle.“", null)]
    public void TheHolderNamedAfterTheComma_IsTheSpeaker(string paragraph, string? speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Streit um die Halle", LanguageLeads.German, paragraph));
}
