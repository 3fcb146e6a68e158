namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role with its article after an opening phrase and its comma, then its verb ("Interrogée sur
/// le bâtiment, la maire n'a pas exclu une vente.", "Asked about the building, the mayor did not
/// rule out a sale.") is the sentence's subject: a pronoun or dropped subject after it means the
/// person the article gave the role to. Before, the person quoted before the sentence took the words.
/// </summary>
public sealed class RoleAfterOpeningPhraseTests
{
    [Theory]
    [InlineData("fr", "La maire, Sylvie Roux, a fermé la piscine.", "« Nous voulons une piscine », a déclaré Claire Dumont, présidente du club.", "Interrogée sur le devenir du bâtiment, la maire n’a pas exclu une vente. « Rien n’est décidé », a-t-elle indiqué.", "Sylvie Roux")]
    [InlineData("es", "La alcaldesa, Ana Gil, cerró la piscina.", "«Queremos una piscina», dijo Marta Ruiz, presidenta del club.", "Preguntada por el futuro del edificio, la alcaldesa no descartó una venta. «Nada está decidido», indicó.", "Ana Gil")]
    [InlineData("it", "La sindaca, Anna Neri, ha chiuso la piscina.", "«Vogliamo una piscina», ha detto Marta Rossi, presidente del club.", "Interpellata sul futuro dell’edificio, la sindaca non ha escluso una vendita. «Non è deciso nulla», ha detto.", "Anna Neri")]
    [InlineData("en", "The mayor, Ann Lee, closed the pool.", "\"We want a pool,\" said Kate Moss, who chairs the club.", "Asked about the building, the mayor did not rule out a sale. \"Nothing is decided,\" she said.", "Ann Lee")]
    public void APronounAfterARoleSubjectPastAnOpeningPhrase_IsTheRolesHolder(string language, string first, string second, string third, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead(language), first, second, third).Last());

    // Guards: a role the article gave no one is read as before (it is often the article's word for
    // the person in focus); a source's view opening the sentence, with a pronoun or a possessive,
    // holds the role in its words, and the pronoun after it is still the source.
    [Fact]
    public void ARoleNoOneWasGiven_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Claire Dumont", "Claire Dumont" },
            QuoteSpeakers.Under("Probe", Lead("fr"), "« Nous voulons une piscine », a déclaré Claire Dumont, présidente du club.", "Interrogée sur le devenir du bâtiment, la maire n’a pas exclu une vente. « Rien n’est décidé », a-t-elle indiqué."));

    [Fact]
    public void AViewWithAPossessive_LeavesThePronounToTheSource()
        => Assert.Equal(
            new[] { "Kate Moss", "Kate Moss" },
            QuoteSpeakers.Under("Probe", Lead("en"), "The mayor, Ann Lee, closed the pool.", "\"We want a pool,\" said Kate Moss, who chairs the club.", "In her view, the mayor never answered the club. \"We are still waiting,\" she said."));

    [Fact]
    public void AViewWithAPronoun_LeavesThePronounToTheSource()
        => Assert.Equal(
            new[] { "Claire Dumont", "Claire Dumont" },
            QuoteSpeakers.Under("Probe", Lead("fr"), "La maire, Sylvie Roux, a fermé la piscine.", "« Nous voulons une piscine », a déclaré Claire Dumont, présidente du club.", "Selon elle, la maire n’a jamais répondu aux lettres du club. « Nous attendons toujours », a-t-elle ajouté."));

    private static string Lead(string language) => language switch
    {
        "fr" => LanguageLeads.French,
        "es" => LanguageLeads.Spanish,
        "it" => LanguageLeads.Italian,
        _ => "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.",
    };
}
