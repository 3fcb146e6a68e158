namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role after a possessive ("his lawyer said", "said her spokesman", "a déclaré leur avocat",
/// "dijo su abogado") is someone else's lawyer or spokesman: someone unnamed, never the person
/// named before. Before, the last speaker took the quote. A holder named with the role ("his
/// lawyer, Ann Lee, said") still speaks.
/// </summary>
public sealed class PossessiveRoleTests
{
    [Theory]
    [InlineData("\"My client is innocent,\" his lawyer said.")]
    [InlineData("\"It was a fair trial,\" said her spokesman.")]
    [InlineData("Their lawyer said: \"My clients are innocent.\"")]
    public void ARoleAfterAPossessive_IsNotThePersonNamedBefore_InEnglish(string paragraph)
        => Assert.Equal(new string?[] { "Tom Fox", null }, QuoteSpeakers.Under("Harbour boss cleared", "\"We will appeal,\" said harbour master Tom Fox.", paragraph));

    [Theory]
    [InlineData("fr", "« Nous ferons appel », a déclaré leur avocat.")]
    [InlineData("es", "«Recurriremos», dijo su abogado.")]
    [InlineData("de", "„Wir gehen in Berufung“, sagte sein Anwalt.")]
    [InlineData("nl", "“We gaan in hoger beroep”, zei zijn advocaat.")]
    public void ARoleAfterAPossessive_IsNotThePersonNamedBefore(string language, string paragraph)
    {
        var (lead, first) = language switch
        {
            "fr" => (LanguageLeads.French, "« Nous irons jusqu'au bout », a affirmé le maire, Paul Gérin."),
            "es" => (LanguageLeads.Spanish, "«Iremos hasta el final», afirmó el alcalde Pedro Gil."),
            "de" => (LanguageLeads.German, "„Wir kämpfen weiter“, sagte Bürgermeister Peter Roth."),
            _ => (LanguageLeads.Dutch, "“We gaan door”, zei burgemeester Jan Bakker."),
        };
        Assert.Null(QuoteSpeakers.Under("Titel", lead, first, paragraph)[^1]);
    }

    // Guard: a holder named with the possessive role still speaks.
    [Fact]
    public void APossessiveRoleWithItsHolder_IsTheHolder()
        => Assert.Equal(
            new[] { "Tom Fox", "Ann Lee" },
            QuoteSpeakers.Under("Harbour boss cleared", "\"We will appeal,\" said harbour master Tom Fox.", "His lawyer, Ann Lee, said: \"My client is innocent.\""));
}
