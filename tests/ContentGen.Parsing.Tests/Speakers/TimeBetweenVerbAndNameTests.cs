namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A day between the verb of saying and its subject, or after the name, tells when the words were
/// said: "said Friday Ana Ruiz", "said Ana Ruiz Friday", "sagte am Montag Max Brandt"
/// (Phrase.Weekdays.cs). It is no part of the name.
/// </summary>
public sealed class TimeBetweenVerbAndNameTests
{
    [Fact]
    public void AnEnglishWeekdayBeforeTheName_IsNoPartOfIt()
        => Assert.Equal(
            new[] { "Ana Ruiz" },
            QuoteSpeakers.Under(
                "Council backs the new ferry timetable",
                "The council met in the harbour hall to vote on the timetable. \"We cannot keep the islanders waiting,\" said Friday Ana Ruiz, who leads the council."));

    [Fact]
    public void AnEnglishWeekdayAfterTheName_IsNoPartOfIt()
        => Assert.Equal(
            new[] { "Ana Ruiz" },
            QuoteSpeakers.Under(
                "Council backs the new ferry timetable",
                "The council met in the harbour hall to vote on the timetable. \"We cannot keep the islanders waiting,\" said Ana Ruiz Friday."));

    [Fact]
    public void YesterdayBetweenTheVerbAndTheName_IsSteppedOver()
        => Assert.Equal(
            new[] { "Tom Hale" },
            QuoteSpeakers.Under(
                "Council backs the new ferry timetable",
                "The council met in the harbour hall to vote on the timetable. \"We cannot keep the islanders waiting,\" said yesterday Tom Hale."));

    [Fact]
    public void AGermanDayWithItsPreposition_IsSteppedOver()
        => Assert.Equal(
            new[] { "Max Brandt", "Eva Kohl" },
            QuoteSpeakers.Under(
                "Der Gemeinderat streitet über den neuen Radweg",
                "Der Gemeinderat hat über den Radweg beraten und die Entscheidung wieder vertagt, weil die Kosten gestiegen sind. „Wir brauchen mehr Zeit für die Planung“, sagte am Montag Max Brandt.",
                "„Die Anwohner haben lange genug gewartet“, sagte am Dienstagabend Eva Kohl."));

    [Fact]
    public void ASurnameThatIsADay_StaysTheName()
        => Assert.Equal(
            new[] { "Tom Friday" },
            QuoteSpeakers.Under(
                "Sevens squad named for the world series",
                "The squad for the opening rounds of the series was named on Tuesday. \"We have the players to win in Hong Kong,\" said Sevens coach Tom Friday."));

    [Fact]
    public void TheSundayNewspaper_StaysANameAfterItsArticle()
        => Assert.Equal(
            new[] { "Sunday Herald" },
            QuoteSpeakers.Under(
                "Ferry row goes on",
                "The ferry firm has refused to publish its timetable for the winter. \"The islanders deserve better than this,\" said the Sunday Herald in its leader."));
}
