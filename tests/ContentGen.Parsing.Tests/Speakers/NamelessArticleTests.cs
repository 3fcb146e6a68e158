namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// English writes no person's name right after "the": a run of capitalised words there ("the
/// Harbour Isles", "the Harbour Trust", "the RHCT") names a place or a body. It may speak, and is
/// then given by its name; it is never whom a later "he" or "she" means. The article is the
/// English lexicon's <c>NamelessArticles</c>; Italian, Dutch and French names stay as they were.
/// </summary>
public sealed class NamelessArticleTests
{
    [Fact]
    public void ABodyAfterTheArticle_SpeaksByItsName()
        => Assert.Equal(
            new[] { "Harbour Trust", "Harbour Trust" },
            QuoteSpeakers.Under("Quay reopens", "\"The quay is safe,\" the Harbour Trust said. \"We have checked every beam.\""));

    [Fact]
    public void AnAcronymAfterTheArticle_SpeaksByItsName()
        => Assert.Equal(
            new[] { "RHCT", "RHCT" },
            QuoteSpeakers.Under("Shops fear winter", "The Rolling Harbour Chamber of Trade (RHCT) has warned of a hard winter. \"Sales are falling in every shop,\" the RHCT said. \"We need help now.\""));

    // "he" after a sentence whose subject is a body means no one rather than the body.
    [Fact]
    public void ABodyAsSubject_IsNotWhomHeMeans()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Quay plan", "Tom Baker spoke first at the meeting. The Harbour Trust said the plan was sound. \"It will work,\" he said."));

    // A place closing a list is no subject of its own, and no one "she" means.
    [Fact]
    public void APlaceClosingAList_IsNotWhomSheMeans()
        => Assert.Equal(
            new[] { "Ann Lee" },
            QuoteSpeakers.Under("Ferry deal", "Ann Lee chaired the ferry talks in May. Tarn, Wendle and the Harbour Isles announced the deal on Friday. \"It is a good day for the islands,\" she said."));

    // Guards: a title, a role or a possessive after the article names the person after it.
    [Theory]
    [InlineData("Jane Roe leads the harbour parish. \"The bells will ring again,\" said the Rev Jane Roe.")]
    [InlineData("\"The quay is safe,\" the Acme chief Jane Roe said on Monday.")]
    [InlineData("\"The quay is safe,\" said the Harbour Trust's Jane Roe.")]
    [InlineData("Jane Roe, who chairs the Harbour Trust, said: \"The quay is safe.\"")]
    public void APersonNamedAfterTitleRoleOrOwner_IsStillNamed(string paragraph)
        => Assert.Equal(new[] { "Jane Roe" }, QuoteSpeakers.Under("Quay reopens", paragraph));

    // Guards (review): a title of a place or an honorific after the article names a person, whom a
    // later "he" means; only a run holding an organisation's or a place's noun is a body.
    [Theory]
    [InlineData("The Duke of Eastport visited the quay on Monday. \"It is a fine day for the town,\" said the Duke of Eastport. He added: \"We must build the bridge soon.\"", "Duke of Eastport")]
    [InlineData("The Abbot of Wendle toured the harbour. \"Education matters,\" said the Abbot of Wendle. He added: \"Invest in schools.\"", "Abbot of Wendle")]
    public void ATitleOfAPlaceAfterTheArticle_IsStillAPerson(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under("Visit", paragraph));

    // Guards: an epithet after the article ("the Eastport man", "the 31-year-old") still means the
    // person named before; an article before a surname in Italian, a particle in a Dutch name, stay names.
    [Theory]
    [InlineData("Tom Baker rowed across the bay on Sunday. \"My arms were aching,\" says the Eastport man.", "Tom Baker")]
    [InlineData("Tom Baker rowed across the bay on Sunday. \"My arms were aching,\" said the 31-year-old.", "Tom Baker")]
    [InlineData("Anna Rossi guida il comitato. «Il molo è sicuro», ha detto la Rossi.", "Anna Rossi")]
    [InlineData("Ruud de Graaf leidt het comité. \"De kade is veilig,\" zei Ruud de Graaf.", "Ruud de Graaf")]
    public void AnEpithetOrAnotherLanguagesArticle_KeepsThePerson(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Harbour", paragraph));
}
