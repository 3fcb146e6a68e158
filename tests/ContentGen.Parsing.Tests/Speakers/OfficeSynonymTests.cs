namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The press calls an officeholder by another word of the same office: Spanish "el mandatario" (a club's
/// or a body's president), "la primera edil" (the mayor), German "das Stadtoberhaupt", "der Stadtchef",
/// Dutch "de burgermoeder", French "le premier édile". At the cue such a word means the one person the
/// article gave the office, though someone else was named between. Near-misses: the office given to two
/// people with someone else in focus; a synonym of an office the article gave no one, after someone
/// holding another office.
/// </summary>
public sealed class OfficeSynonymTests
{
    [Theory]
    [InlineData("es", "El presidente del club, Fermín Robles, bajó al vestuario tras el partido. El entrenador, Koldo Urrutia, habló después con la prensa. «Este ascenso es de todo el pueblo», aseguró el mandatario.", "Fermín Robles")]
    [InlineData("es", "La alcaldesa, Rosa Pardo, inauguró ayer el puente. El concejal Luis Gil la acompañó. «Lo hemos esperado diez años», dijo la primera edil.", "Rosa Pardo")]
    [InlineData("de", "Oberbürgermeister Karl Hahn eröffnete am Montag die Brücke. Landrat Peter Wolf kam später dazu. „Wir haben zehn Jahre gewartet“, sagte das Stadtoberhaupt.", "Karl Hahn")]
    [InlineData("de", "Bürgermeister Karl Hahn eröffnete am Montag die Brücke. Landrat Peter Wolf kam später dazu. „Wir haben zehn Jahre gewartet“, sagte der Stadtchef.", "Karl Hahn")]
    [InlineData("nl", "Burgemeester Ria Bos opende dinsdag de brug. Wethouder Kees Smit was er ook bij. \"We hebben tien jaar gewacht\", zei de burgermoeder.", "Ria Bos")]
    [InlineData("fr", "Le maire, Paul Girard, a inauguré le pont mardi. Le conseiller départemental Marc Dury était présent. « Nous avons attendu dix ans », a dit le premier édile.", "Paul Girard")]
    public void AnOfficesSynonymAtTheCue_MeansTheOfficesOneHolder(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph));

    // Near-misses: the office given to two people, someone else in focus; the synonym of an office
    // the article gave no one, after the holder of another office.
    [Theory]
    [InlineData("es", "El presidente del club, Fermín Robles, y el presidente de la peña, Julio Sanz, bajaron al vestuario. El entrenador, Koldo Urrutia, habló después con la prensa. «Este ascenso es de todo el pueblo», aseguró el mandatario.")]
    [InlineData("es", "El entrenador, Koldo Urrutia, habló después con la prensa. «Este ascenso es de todo el pueblo», aseguró el mandatario.")]
    [InlineData("de", "Landrat Peter Wolf eröffnete am Montag die Brücke. „Wir haben zehn Jahre gewartet“, sagte das Stadtoberhaupt.")]
    public void ASynonymWithNoOneHolder_MeansNoOne(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph)[^1]);

    // The mayor's synonym with no mayor named is the office itself, unnamed, as "de burgervader" is: never
    // the alderman in focus.
    [Fact]
    public void AMayorsSynonymWithNoMayorNamed_IsNotTheAldermanInFocus()
        => Assert.NotEqual("Kees Smit", QuoteSpeakers.Under(
            "Headline",
            LanguageLeads.Dutch,
            "Wethouder Kees Smit opende dinsdag de brug. \"We hebben tien jaar gewacht\", zei de burgermoeder.")[^1]);
}
