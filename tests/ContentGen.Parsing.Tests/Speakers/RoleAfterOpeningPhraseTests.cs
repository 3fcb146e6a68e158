namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role with its article after an opening phrase and its comma, then a denial ("Questionnée sur
/// l'avenir du port, la maire n'a pas écarté une fermeture.", "Asked about the quay, the mayor did
/// not rule out a closure.") is the sentence's subject, answering: a pronoun or dropped subject
/// after it means the person the article gave the role to. Before, the person quoted before the
/// sentence took the words.
/// </summary>
public sealed class RoleAfterOpeningPhraseTests
{
    [Theory]
    [InlineData("fr", "La maire, Sylvie Roux, a signé le plan du port.", "« Nous voulons un quai neuf », a déclaré Claire Dumont, présidente des pêcheurs.", "Questionnée sur l’avenir du port, la maire n’a pas écarté une fermeture. « Rien n’est décidé », a-t-elle indiqué.", "Sylvie Roux")]
    [InlineData("es", "La alcaldesa, Ana Gil, firmó el plan del puerto.", "«Queremos un muelle nuevo», dijo Marta Ruiz, presidenta de los pescadores.", "Preguntada por el futuro del muelle, la alcaldesa no descartó un cierre. «Nada está decidido», indicó.", "Ana Gil")]
    [InlineData("it", "La sindaca, Anna Neri, ha firmato il piano del porto.", "«Vogliamo un molo nuovo», ha detto Marta Rossi, presidente dei pescatori.", "Interpellata sul futuro del molo, la sindaca non ha escluso una chiusura. «Non è deciso nulla», ha detto.", "Anna Neri")]
    [InlineData("en", "The mayor, Ann Lee, signed the harbour plan.", "\"We want a new quay,\" said Nora Quill, who chairs the fishermen.", "Asked about the quay, the mayor did not rule out a closure. \"Nothing is decided,\" she said.", "Ann Lee")]
    public void APronounAfterARoleSubjectPastAnOpeningPhrase_IsTheRolesHolder(string language, string first, string second, string third, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead(language), first, second, third).Last());

    // Guards: a role the article gave no one is read as before (it is often the article's word for
    // the person in focus); a source's view opening the sentence, with a pronoun or a possessive,
    // holds the role in its words; a role that does something other than answer ("left without a
    // word") leaves the next quote, which may speak of the holder, as before.
    [Fact]
    public void ARoleNoOneWasGiven_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Claire Dumont", "Claire Dumont" },
            QuoteSpeakers.Under("Probe", Lead("fr"), "« Nous voulons un quai neuf », a déclaré Claire Dumont, présidente des pêcheurs.", "Questionnée sur l’avenir du port, la maire n’a pas écarté une fermeture. « Rien n’est décidé », a-t-elle indiqué."));

    [Fact]
    public void AViewWithAPossessive_LeavesThePronounToTheSource()
        => Assert.Equal(
            new[] { "Nora Quill", "Nora Quill" },
            QuoteSpeakers.Under("Probe", Lead("en"), "The mayor, Ann Lee, signed the harbour plan.", "\"We want a new quay,\" said Nora Quill, who chairs the fishermen.", "In her view, the mayor never answered the fishermen. \"We are still waiting,\" she said."));

    [Fact]
    public void AViewWithAPronoun_LeavesThePronounToTheSource()
        => Assert.Equal(
            new[] { "Claire Dumont", "Claire Dumont" },
            QuoteSpeakers.Under("Probe", Lead("fr"), "La maire, Sylvie Roux, a signé le plan du port.", "« Nous voulons un quai neuf », a déclaré Claire Dumont, présidente des pêcheurs.", "Selon elle, la maire n’a jamais répondu aux lettres des pêcheurs. « Nous attendons toujours », a-t-elle ajouté."));

    [Fact]
    public void ARoleThatDoesNotAnswer_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", Lead("en"), "The mayor, Jon Vale, signed the harbour plan.", "\"We want a new quay,\" said Tom Baker, who chairs the fishermen.", "After the vote, the mayor left without a word. \"He has no answer for us,\" he said."));

    private static string Lead(string language) => language switch
    {
        "fr" => LanguageLeads.French,
        "es" => LanguageLeads.Spanish,
        "it" => LanguageLeads.Italian,
        _ => "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.",
    };
}
