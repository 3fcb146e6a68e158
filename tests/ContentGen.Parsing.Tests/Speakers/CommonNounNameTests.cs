namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German capitalises every noun, so a noun inside a sentence looks like a surname: "Im letzten Wort
/// bat er", "Mehr als 300 Menschen", "Der Linie droht das Aus" gave the quotes after them to "Wort",
/// "Menschen" and "Linie". A word the article writes after an article, a possessive, a count or a
/// quantifier (with inflected adjectives between) is a common noun and no one's name, unless it ends
/// a full name. A surname after a relative pronoun ("…, den Haas vorstellte") and a body's noun the
/// lists know ("der Stadtwerke") are not taken for common nouns.
/// </summary>
public sealed class CommonNounNameTests
{
    [Fact]
    public void ANounAfterAContractedArticleAndAnAdjective_IsNoName()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Prozess", LanguageLeads.German,
                "Der Angeklagte hatte am ersten Tag geschwiegen. Im letzten Wort bat er das Gericht um Milde. „Ich bereue jeden Tag, was passiert ist.“"));

    [Fact]
    public void ANounAfterAPossessiveAndAnAdjective_IsNoName()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Prozess", LanguageLeads.German,
                "Die Angeklagte schwieg lange. In ihrem letzten Wort bat sie die Familie um Verzeihung. „Ich weiß, dass ich das nicht gutmachen kann.“"));

    [Fact]
    public void ANounAfterAFigure_IsNoName()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Versammlung", LanguageLeads.German,
                "Mehr als 300 Menschen drängten sich am Abend in die Halle, um Landrätin Petra Vogt zu hören.",
                "„Wir haben zu spät gewarnt“, räumte sie ein."));

    [Fact]
    public void ANounAfterAnArticleOpeningTheSentence_IsNoName()
        => Assert.Equal(
            new[] { "Jan Roth", "Jan Roth" },
            QuoteSpeakers.Under("Bus", LanguageLeads.German,
                "Bürgermeister Jan Roth hat am Dienstag versprochen, „alles für die Linie 12 zu tun“. Der Linie, die den Norden anbindet, droht das Aus.",
                "„Wir lassen niemanden allein“, versicherte der 61-Jährige."));

    [Fact]
    public void ASurnameAfterARelativePronoun_StaysAName()
        => Assert.Equal(
            new[] { "Haas" },
            QuoteSpeakers.Under("Bahn", LanguageLeads.German,
                "Das ist der Plan, den Haas am Montag vorstellte. „Wir bauen im Herbst“, sagte Haas."));

    [Fact]
    public void ABodysNounTheListsKnow_StaysTheBody()
        => Assert.Equal(
            new[] { "Stadtwerke" },
            QuoteSpeakers.Under("Gaspreis", LanguageLeads.German,
                "Die Preise steigen um ein Drittel. „Niemand soll im Winter frieren“, hieß es in einer Mitteilung der Stadtwerke."));

    [Fact]
    public void AFullNamesSurname_StaysANameAfterAnArticle()
        => Assert.Equal(
            new[] { "Josef Haller", "Josef Haller" },
            QuoteSpeakers.Under("Hof", LanguageLeads.German,
                "Josef Haller bewirtschaftet den Hof hinter den Gleisen. „Wir fahren jeden Tag über den Übergang“, sagte Josef Haller.",
                "Im Dorf kennt jeder den Haller, seit Jahrzehnten. „Passiert ist nie etwas“, sagte Haller."));

    [Fact]
    public void AQuantifierOpeningTheSentence_MakesNoNameOfThePluralAfterIt()
        => Assert.Equal(
            new[] { "Stefan Oberhuber", "Stefan Oberhuber" },
            QuoteSpeakers.Under("Brand", LanguageLeads.German,
                "Einsatzleiter Stefan Oberhuber rechnet mit einer langen Nacht. „Wir bleiben bis morgen früh“, sagte er. Mehrere Feuerwehren aus dem Nachbarkreis lösten am Abend die Kräfte ab. „Das ist mühsame Arbeit.“"));

    [Fact]
    public void ACountOpeningTheSentence_MakesNoNameOfThePluralAfterIt()
        => Assert.Equal(
            new[] { "Anna Berger", "Anna Berger" },
            QuoteSpeakers.Under("Ernte", LanguageLeads.German,
                "Obstbäuerin Anna Berger zeigt auf die kahlen Bäume. „Der Frost kam zu spät“, sagt sie. Drei Nachbarhöfe haben schon aufgegeben. „Wir machen weiter.“"));

    [Fact]
    public void AFullNameOpeningTheSentence_StaysANewcomer()
        => Assert.Equal(
            new[] { "Stefan Oberhuber", "Markus Feldner" },
            QuoteSpeakers.Under("Brand", LanguageLeads.German,
                "Einsatzleiter Stefan Oberhuber rechnet mit einer langen Nacht. „Wir bleiben bis morgen früh“, sagte er. Markus Feldner aus dem Nachbarkreis löste am Abend die Kräfte ab. „Das ist mühsame Arbeit.“"));
}
