namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "In the words of X" gives X's words, as "according to X" does, in every language that says
/// so: "en palabras de", "nas palavras de", "nelle parole di", "in de woorden van", "selon les
/// mots de". Italian "così X" after a quote reports it, as German "so X" does.
/// </summary>
public sealed class InTheWordsOfTests
{
    [Theory]
    [InlineData("", "In the words of Mary Hale, the works are \"badly late\".", "Mary Hale")]
    [InlineData(LanguageLeads.Spanish, "En palabras de Marta Ruiz, las obras están «muy retrasadas».", "Marta Ruiz")]
    [InlineData(LanguageLeads.Portuguese, "Nas palavras de Sofia Lopes, as obras estão “muito atrasadas”.", "Sofia Lopes")]
    [InlineData(LanguageLeads.Italian, "Nelle parole di Giulia Conti, i lavori sono «molto in ritardo».", "Giulia Conti")]
    [InlineData(LanguageLeads.Dutch, "In de woorden van Sanne de Vries is de bouw \"flink vertraagd\".", "Sanne de Vries")]
    [InlineData(LanguageLeads.French, "Selon les mots de Claire Morel, les travaux sont « très en retard ».", "Claire Morel")]
    public void InTheWordsOf_GivesTheSource(string lead, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Bridge", (lead + " " + sentence).Trim()));

    [Fact]
    public void CosìAfterAQuote_ReportsIt()
        => Assert.Equal(new[] { "Giulia Conti" }, QuoteSpeakers.Under("Ponte", LanguageLeads.Italian + " «Nessuno dovrebbe aspettare», così Giulia Conti."));

    // Guards: the same words in their plain senses give no one the quote.
    [Theory]
    [InlineData("", "In the words of the song, the bridge is \"falling down\".")]
    [InlineData(LanguageLeads.Spanish, "En palabras sencillas, las obras están «muy retrasadas».")]
    [InlineData(LanguageLeads.Italian, "Il ponte è stato chiamato così dalla stampa: la «Passerella».")]
    [InlineData(LanguageLeads.Italian, "«Bentornato!», così Giulia Conti è stata accolta dai pescatori.")]
    [InlineData(LanguageLeads.Italian, "«Bentornato!», così Giulia Conti ha salutato i pescatori.")]
    public void ThePlainSenses_GiveNoOne(string lead, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Bridge", (lead + " " + sentence).Trim()));
}
