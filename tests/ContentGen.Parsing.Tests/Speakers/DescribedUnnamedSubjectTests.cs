namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed brought in as a sentence's subject by a person's noun (a role, a title, a
/// profession) and described between commas ("Een advocaat, al dertig jaar aan het hof, twijfelt
/// aan het plan.") may be whom the next quote with no cue, or a dropped subject, means: it is no
/// longer the last speaker's. No one is given. A thing described so ("a report, published by the
/// council, found …") is no one, and the turn goes on.
/// </summary>
public sealed class DescribedUnnamedSubjectTests
{
    [Theory]
    [InlineData("nl", "\"We sluiten in mei\", zei Anna Smit.", "Een advocaat, al dertig jaar aan het hof, twijfelt aan het plan. \"Wie gaat dat betalen?\"")]
    [InlineData("fr", "« Nous fermons en mai », a dit Anne Lemaire.", "Devant la mairie, une avocate du port, qui plaide depuis vingt ans, fait ses calculs. « Je perds mon poste en juin. »")]
    [InlineData("pt", "“Fechamos em maio”, disse Ana Lemos.", "Um advogado com 40 anos de tribunal, que pediu para não ser identificado, contou que o cais está vazio. “Ninguém sai com este tempo”, desabafou.")]
    [InlineData("en", "\"We close in May,\" said Anna Stone.", "Outside the depot, a lawyer, twenty years at the court, shook his head. \"The timetable is a joke,\" he said.")]
    public void AQuoteAfterSomeoneUnnamedAndDescribed_IsNotTheLastSpeakers(string language, string first, string second)
        => Assert.Equal(new[] { Speaker(language), null }, QuoteSpeakers.Under("Probe", Lead(language), first, second));

    // Guards: a time opening the sentence, a pronoun in the insert, a thing with no insert.
    [Theory]
    [InlineData("Une semaine plus tard, elle a repris la parole. « Nous tiendrons bon », a-t-elle dit.")]
    [InlineData("Un jour, disait-elle, tout irait mieux. « Nous tiendrons bon », a-t-elle dit.")]
    [InlineData("Une réunion aura lieu lundi. « Nous tiendrons bon », a-t-elle dit.")]
    [InlineData("En mars, une lettre, signée par trois voisins, est arrivée à la mairie. « Nous tiendrons bon », a-t-elle ajouté.")]
    public void OtherOpenings_AreReadAsBefore(string sentences)
        => Assert.Equal(new[] { "Anne Lemaire", "Anne Lemaire" }, QuoteSpeakers.Under("Probe", LanguageLeads.French, "« Nous fermons en mai », a dit Anne Lemaire. " + sentences));

    // Guards: a thing described between commas keeps the last speaker's turn, in English and Spanish.
    [Fact]
    public void AReportDescribedBetweenCommas_KeepsTheTurn()
        => Assert.Equal(
            new[] { "Mary Stone", "Mary Stone" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"This is a good day for the quay,\" said Mary Stone.", "Last week, a report, published by the harbour board, found cracks in the old pier. \"We cannot wait any longer,\" she added."));

    [Fact]
    public void ALetterDescribedBetweenCommas_KeepsTheDroppedSubject()
        => Assert.Equal(
            new[] { "Ana Gil", "Ana Gil" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Spanish, "«Es un buen día para el puerto», dijo Ana Gil.", "En marzo, una carta, firmada por tres vecinos, llegó al ayuntamiento. «No podemos esperar más», añadió."));

    // Guard: a time before a described subject with its article.
    [Fact]
    public void ATimeBeforeADescribedSubject_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Anne Lemaire", "Anne Lemaire" },
            QuoteSpeakers.Under(
                "Probe",
                LanguageLeads.French,
                "La maire Anne Lemaire a visité le port. « Nous fermons en mai », a-t-elle dit.",
                "Une semaine plus tard, la maire, interrogée par la presse, a répondu. « Rien ne ferme », a-t-elle dit."));

    private static string Speaker(string language) => language switch
    {
        "nl" => "Anna Smit",
        "fr" => "Anne Lemaire",
        "pt" => "Ana Lemos",
        _ => "Anna Stone",
    };

    private static string Lead(string language) => language switch
    {
        "fr" => LanguageLeads.French,
        "nl" => LanguageLeads.Dutch,
        "pt" => LanguageLeads.Portuguese,
        _ => "The harbour board has approved a new quay after months of talks. Work starts in the spring and will take two years.",
    };
}
