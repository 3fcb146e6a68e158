namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German writes every noun with a capital: "Das Unternehmen erklärte" names an organisation by
/// its noun, as "the company said" does, and means the one the article named ("die Stadtwerke
/// Lindau"), not a name "Unternehmen"; with none named, it names no one, as "the council said"
/// does. The organisation is given by the name the reader keeps for it, its noun included
/// ("Verein Grünes Lindau").
/// </summary>
public sealed class GermanOrganisationNounTests
{
    [Fact]
    public void AnOrganisationsNounAfterItsNamedMention_MeansIt()
        => Assert.Equal(
            new[] { "Verein Grünes Lindau" },
            QuoteSpeakers.Under(
                "Streit um die Preise",
                "Der Verein Grünes Lindau kritisierte die Erhöhung der Strompreise am Montag scharf. Die Preise steigen zum Januar um zwölf Prozent, und das ist nach Ansicht vieler Kunden zu viel. Der Verein sagte: „Das trifft die Falschen.“"));

    [Fact]
    public void AnInvertedOrganisationsNoun_MeansTheNamedOne()
        => Assert.Equal(
            new[] { "Gewerkschaft Verdi" },
            QuoteSpeakers.Under(
                "Streit um die Preise",
                "Die Gewerkschaft Verdi ist mit der Erhöhung der Strompreise ebenfalls unzufrieden. „Wir fordern einen Sozialtarif“, sagte die Gewerkschaft."));

    // As "the council said" with no council named: a noun names no one.
    [Fact]
    public void AnOrganisationsNounWithNoneNamed_NamesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Neue Brücke",
                "Die Brücke über den Hafen soll im Mai fertig werden, zwei Monate später als geplant. Die Arbeiten am Ufer dauern länger, weil der Boden weicher ist als gedacht. Die Stadt erklärte: „Wir halten am Termin im Mai fest.“"));

    // Inside a clause the German verb comes last: the capitalised word after the noun is its object, no name.
    [Fact]
    public void TheObjectInAVerbFinalClause_IsNoName()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Höhere Preise",
                "Die Strompreise steigen im Januar, weil das Unternehmen Verluste gemacht hat. Viele Kunden sind darüber verärgert und wollen den Anbieter wechseln. Das Unternehmen erklärte: „Wir mussten handeln.“"));

    // Other languages write their nouns in lower case: a capitalised noun after an article there opens a name.
    [Fact]
    public void ACapitalisedNounAfterAnArticle_ElsewhereOpensAName()
        => Assert.Equal(
            new[] { "Company of Watermen" },
            QuoteSpeakers.Under(
                "Harbour to grow",
                "The harbour will add a berth on the north quay next year. \"It is long overdue,\" said the Company of Watermen."));
}
