namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A verb that says a speaker goes on ("continuó", "continuou", "prosseguiu", "ging ze verder",
/// "setzte er fort", "he went on"; French "a-t-elle continué" and Spanish "prosiguió" were read before) reports beside the quote as "added" does: the pronoun or the
/// dropped subject means the one speaking. Its plural ("continuaron") is several people, no one.
/// </summary>
public sealed class ContinuingCueTests
{
    [Theory]
    [InlineData(
        "El plan de Robledal",
        "La alcaldesa, Marta Gil, presentó el plan el lunes. «Empezamos en marzo», dijo Gil.",
        "«Y acabaremos antes del verano», continuó.",
        "Marta Gil")]
    [InlineData(
        "O plano de Ribamar",
        "A presidente da câmara, Rita Lopes, apresentou o plano na segunda-feira. «Começamos em março», disse Lopes.",
        "«E acabamos antes do verão», continuou.",
        "Rita Lopes")]
    [InlineData(
        "O plano de Ribamar",
        "A presidente da câmara, Rita Lopes, apresentou o plano na segunda-feira. «Começamos em março», disse Lopes.",
        "«E acabamos antes do verão», prosseguiu.",
        "Rita Lopes")]
    [InlineData(
        "Plan voor Lindewaard",
        "Wethouder Anja de Boer presenteerde maandag het plan. “We beginnen in maart”, zei De Boer.",
        "“Voor de zomer zijn we klaar”, ging ze verder.",
        "Anja de Boer")]
    [InlineData(
        "Plan für Talheim",
        "Bürgermeister Uwe Brand stellte den Plan am Montag vor. „Wir beginnen im März“, sagte Brand.",
        "„Vor dem Sommer sind wir fertig“, setzte er fort.",
        "Uwe Brand")]
    [InlineData(
        "Plan for Eastmoor",
        "Council leader Anna Blake set out the plan on Monday. \"We start in March,\" said Ms Blake.",
        "\"And we will be done before the summer,\" she went on.",
        "Anna Blake")]
    [InlineData(
        "Plan for Eastmoor",
        "Council leader Anna Blake set out the plan on Monday. \"We start in March,\" said Ms Blake.",
        "\"And we will be done before the summer,\" Ms Blake went on.",
        "Anna Blake")]
    public void AVerbOfGoingOn_BesideTheQuote_GivesTheSpeakerBefore(string title, string first, string second, string speaker)
        => Assert.Equal(new string?[] { speaker, speaker }, QuoteSpeakers.Under(title, first, second));

    // Guard: "went" reports only with its particle closing the cue; "went on Monday to …" is a journey.
    [Fact]
    public void WentWithoutItsClosingParticle_IsNoCue()
        => Assert.Equal(
            new string?[] { "Anna Blake", null },
            QuoteSpeakers.Under(
                "Plan for Eastmoor",
                "Council leader Anna Blake set out the plan on Monday. \"We start in March,\" said Ms Blake.",
                "\"And we will be done before the summer,\" the crew went on Monday to the site."));

    [Fact]
    public void APluralVerbOfGoingOn_GivesNoOne()
        => Assert.Equal(
            new string?[] { "Marta Gil", null },
            QuoteSpeakers.Under(
                "El plan de Robledal",
                "La alcaldesa, Marta Gil, y el concejal Luis Ruiz presentaron el plan el lunes. «Empezamos en marzo», dijo Gil.",
                "«Y acabaremos antes del verano», continuaron."));
}
