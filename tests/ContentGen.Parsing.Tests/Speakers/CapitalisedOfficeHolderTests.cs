namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// After an inverted verb of saying, a definite article, an office's noun, its complement and the
/// holder's full name set off by a comma: "sagte der Bürgermeister der Gemeinde Hollstein, Hans
/// Reiter". Dutch and the Romance languages read it with the office's noun in lower case; German,
/// which capitalises the noun, read no one (or the title as a name's opening). A complement ending in
/// a body's bare noun may be followed by the body's own name, so there a relative pronoun must take
/// the name up as someone.
/// </summary>
public sealed class CapitalisedOfficeHolderTests
{
    [Theory]
    [InlineData("„Das ist ein Fehler“, sagte der Bürgermeister der Gemeinde Hollstein, Hans Reiter.", "Hans Reiter")]
    [InlineData("„Das ist ein Fehler“, sagte der neue Bürgermeister der Gemeinde Hollstein, Hans Reiter.", "Hans Reiter")]
    [InlineData("„Das ist ein Verrat“, sagte die Regionalsekretärin der Gewerkschaft, Carla Jessen, die am Morgen vor Ort war.", "Carla Jessen")]
    [InlineData("„Wir bleiben“, erklärte der Vorsitzende des Vereins, Peter Lohse, der seit zehn Jahren im Amt ist.", "Peter Lohse")]
    [InlineData("„Wir prüfen das“, betonte die Leiterin des Ordnungsamts Talheim, Ute Berger.", "Ute Berger")]
    [InlineData("„Wir streiken“, sagte der Bezirkssekretär der Gewerkschaft Metall, Jens Ohler.", "Jens Ohler")]
    public void TheHolderAfterACapitalisedOfficeAndItsComplement_Speaks(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", LanguageLeads.German, paragraph));

    // The same class where the office's noun is lower case was read already, and still is.
    [Theory]
    [InlineData("nl", "\"Dit is een fout\", zei de voorzitter van de vakbond, Carla Jessen.", "Carla Jessen")]
    [InlineData("es", "«Es un error», dijo el alcalde del municipio de Robledal, Hans Reiter.", "Hans Reiter")]
    public void TheSameOfficeInLowerCase_IsReadAsBefore(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Guards: a body's bare noun followed by a name no relative pronoun takes up may be followed by
    // the body's own name; a listener between the noun and its complement makes no office.
    [Theory]
    [InlineData("„Das ist ein Fehler“, sagte der Leiter der Stiftung, Offene Türen.")]
    [InlineData("„Das ist ein Fehler“, sagte der Vorsitzende des Vereins, Rot-Weiß Essen.")]
    [InlineData("„Das ist ein Fehler“, sagte der Bürgermeister dem Sender der Gemeinde, Hans Reiter.")]
    [InlineData("„Es war voll“, sagte der Wirt des Lokals Seeblick, Anna Lang.")]
    public void NoHolderIsReadWhereTheNameMayBeTheBodysOrNoOfficeStands(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", LanguageLeads.German, paragraph));
}
