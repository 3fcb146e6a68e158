namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The press names an office's holder by an epithet (the lexicons' <c>OfficeEpithets</c>): Italian
/// "il primo cittadino", "la prima cittadina" and French "le premier magistrat" are the mayor,
/// read as that role: its holder, or with none the person salience gives, as any role is. A name
/// after the phrase is read as the role's holder.
/// </summary>
public sealed class OfficeEpithetTests
{
    private const string Headline = "La funivia chiude d'inverno";

    [Theory]
    [InlineData("Il sindaco di Valpiana, Marta Zanotti, si dice preoccupata. «Senza la funivia perdiamo metà delle presenze», ha detto la prima cittadina.", "Marta Zanotti")]
    [InlineData("La sindaca Carla Benedetti ha difeso la decisione. «Nessuno lo fa volentieri», ha detto, visibilmente a disagio, la prima cittadina.", "Carla Benedetti")]
    public void TheEpithet_MeansTheMayor(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(Headline, LanguageLeads.Italian, paragraph));

    [Fact]
    public void TheEpithet_MeansTheMayor_NotTheLastPersonNamed()
        => Assert.Equal(
            new[] { "Marta Zanotti" },
            QuoteSpeakers.Under(
                Headline,
                LanguageLeads.Italian,
                "Il sindaco Marta Zanotti ha convocato il consiglio.",
                "Marco Bellini ha parlato a lungo. «Il bilancio è in ordine», ha detto la prima cittadina."));

    [Fact]
    public void TheEpithet_MeansTheMayor_InFrench()
        => Assert.Equal(
            new[] { "Paul Girard" },
            QuoteSpeakers.Under(
                "Le port ferme l'hiver",
                LanguageLeads.French,
                "Le maire Paul Girard a réuni le conseil lundi.",
                "Anne Morel a pris la parole. « Le budget est tenu », a assuré le premier magistrat."));

    // Guards: "prima" or "cittadina" alone is no office; a citizen is no mayor.
    [Theory]
    [InlineData("Marta Zanotti dirige il rifugio. «La funivia serve a tutti», ha detto una cittadina.")]
    [InlineData("Marta Zanotti dirige il rifugio. «La funivia serve a tutti», ha detto la cittadina.")]
    public void ACitizen_IsNoMayor(string paragraph)
        => Assert.NotEqual("Marta Zanotti", QuoteSpeakers.Under(Headline, LanguageLeads.Italian, paragraph)[^1]);
}
