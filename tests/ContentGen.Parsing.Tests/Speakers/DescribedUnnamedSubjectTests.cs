namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed brought in as a sentence's subject and described between commas ("Een vaste
/// klant, al dertig jaar aan dezelfde tafel, twijfelt aan het plan.") may be whom the next quote
/// with no cue, or a dropped subject, means: it is no longer the last speaker's. Before, the last
/// speaker took it. No one is given: the description is not read as a speaker here.
/// </summary>
public sealed class DescribedUnnamedSubjectTests
{
    [Theory]
    [InlineData("nl", "\"We sluiten in mei\", zei Anna Smit.", "Een vaste klant, al dertig jaar aan dezelfde tafel, twijfelt aan het plan. \"Wie gaat dan koken?\"")]
    [InlineData("fr", "« Nous fermons en mai », a dit Anne Lemaire.", "Devant la mairie, une employée du port, qui préfère rester anonyme, fait ses calculs. « Je perds mon poste en juin. »")]
    [InlineData("pt", "“Fechamos em maio”, disse Ana Lemos.", "Um pescador com 40 anos de mar, que pediu para não ser identificado, contou que o cais está vazio. “Ninguém sai com este tempo”, desabafou.")]
    [InlineData("de", "„Wir schließen im Mai“, sagte Anna Stein.", "Ein Stammgast, seit dreißig Jahren am selben Tisch, zweifelt am Plan. „Wer soll dann kochen?“")]
    [InlineData("es", "«Cerramos en mayo», dijo Ana Gil.", "Un cliente habitual, treinta años en la misma mesa, duda del plan. «¿Quién va a cocinar?»")]
    [InlineData("en", "\"We close in May,\" said Anna Stone.", "Outside the depot, a bus driver, twenty years on the night routes, shook his head. \"The timetable is a joke,\" he said.")]
    public void AQuoteAfterSomeoneUnnamedAndDescribed_IsNotTheLastSpeakers(string language, string first, string second)
        => Assert.Equal(new[] { Speaker(language), null }, QuoteSpeakers.Under("Probe", Lead(language), first, second));

    // Guards: a time opening the sentence, a pronoun after the insert, a thing with no insert.
    [Theory]
    [InlineData("Une semaine plus tard, elle a repris la parole. « Nous tiendrons bon », a-t-elle dit.")]
    [InlineData("Un jour, disait-elle, tout irait mieux. « Nous tiendrons bon », a-t-elle dit.")]
    [InlineData("Une réunion aura lieu lundi. « Nous tiendrons bon », a-t-elle dit.")]
    public void OtherOpenings_AreReadAsBefore(string sentences)
        => Assert.Equal(new[] { "Anne Lemaire", "Anne Lemaire" }, QuoteSpeakers.Under("Probe", LanguageLeads.French, "« Nous fermons en mai », a dit Anne Lemaire. " + sentences));

    // Guard: a time opening the sentence, then the subject with its article and an insert.
    [Fact]
    public void ATimeBeforeADescribedSubject_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Anne Lemaire", "Anne Lemaire" },
            QuoteSpeakers.Under(
                "Probe",
                LanguageLeads.French,
                "La maire Anne Lemaire a visité le port. « Nous fermons en mai », a-t-elle dit.",
                "Une semaine plus tard, la maire, interrogée par la presse, a répondu. « Rien ne ferme », a-t-elle dit."));

    // Guard: a name in apposition after the German noun is the subject, as before.
    [Fact]
    public void ANameInApposition_IsStillTheSubject()
        => Assert.Equal(
            new[] { "Anna Stein", "Klaus Vogel" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "„Wir schließen im Mai“, sagte Anna Stein.", "Ein Sprecher, Klaus Vogel, zweifelt am Plan. „Wer soll dann kochen?“, sagte er."));

    private static string Speaker(string language) => language switch
    {
        "nl" => "Anna Smit",
        "fr" => "Anne Lemaire",
        "pt" => "Ana Lemos",
        "de" => "Anna Stein",
        "es" => "Ana Gil",
        _ => "Anna Stone",
    };

    private static string Lead(string language) => language switch
    {
        "fr" => LanguageLeads.French,
        "nl" => LanguageLeads.Dutch,
        "pt" => LanguageLeads.Portuguese,
        "de" => LanguageLeads.German,
        "es" => LanguageLeads.Spanish,
        _ => "The harbour board has approved a new quay after months of talks. Work starts in the spring and will take two years.",
    };
}
