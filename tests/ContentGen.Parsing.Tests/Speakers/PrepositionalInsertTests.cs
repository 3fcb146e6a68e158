namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A phrase opened by a preposition of time or circumstance, set off by commas between a name and
/// its verb ("Roe, during a break in the hearing, remarked that …"), is stepped over: the name
/// before it is the subject. Lexicon list <c>InsertOpeners</c> (seven languages).
/// </summary>
public sealed class PrepositionalInsertTests
{
    [Theory]
    [InlineData("Jane Roe chaired the inquiry into the ferry. Roe, during a break in the hearing, remarked that \"the papers were missing\".")]
    [InlineData("Jane Roe and Tom Baker sat on the harbour board for years. Roe, despite the cold in the hall, insisted that \"the lights must stay on\".")]
    public void ANameBeforeAPrepositionalInsert_IsTheSubject(string paragraph)
        => Assert.Equal(new[] { "Jane Roe" }, QuoteSpeakers.Under("Inquiry", paragraph));

    // Guards: a role before the insert, a name inside it, and a name that is an object before it.
    [Theory]
    [InlineData("The minister, after talks with Jane Roe, said: \"We are a happy team now.\"")]
    [InlineData("Tom Baker spoke first. The club praised Jane Roe, after the match, and said: \"We are a happy team now.\"")]
    public void AnInsertAfterARoleOrAnObject_GivesNoName(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Match", paragraph));

    [Theory]
    [InlineData("Anna Rossi guida il comitato del porto. La Rossi, dopo la riunione di lunedì, ha detto: «I conti non tornano».", "Anna Rossi")]
    [InlineData("Jeanne Roux préside le comité du port. Roux, après la réunion de lundi, a déclaré : « Les comptes ne sont pas bons. »", "Jeanne Roux")]
    public void InOtherLanguages_TheNameStays(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Match", paragraph));
}
