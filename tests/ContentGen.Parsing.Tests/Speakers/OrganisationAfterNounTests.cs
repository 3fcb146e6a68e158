namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name after an organisation's noun is the organisation's ("the company Acme Ferries", "la
/// empresa tecnológica Nubia Software"), past one lower-case word. A day or a month after the noun
/// and a preposition says when: "The council on Monday approved" names no body "Monday".
/// </summary>
public sealed class OrganisationAfterNounTests
{
    [Theory]
    [InlineData("The council on Monday approved the new bridge over the river. \"Nobody should wait,\" the council said in a statement.")]
    [InlineData("The company in March cut two ferries from the timetable. \"Nobody should wait,\" the company said.")]
    public void ADayOrMonthAfterTheNoun_IsNoOrganisation(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Bridge", paragraph));

    [Fact]
    public void ANameAfterTheNoun_IsTheOrganisation()
        => Assert.Equal(
            new[] { "Acme Ferries" },
            QuoteSpeakers.Under("Ferries", "The company Acme Ferries cut two ferries from the timetable. \"Nobody should wait,\" the company said."));

    // A name that opens with a month's word is still a name.
    [Fact]
    public void ANameOpeningWithAMonth_IsTheOrganisation()
        => Assert.Equal(
            new[] { "June Foundation" },
            QuoteSpeakers.Under("Harbour", "The charity June Foundation backs the fishermen. \"They need support,\" the charity said."));
}
