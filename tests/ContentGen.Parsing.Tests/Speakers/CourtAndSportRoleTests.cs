namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Offices of courts, police, councils and teams before a name are roles, not part of the name:
/// "Detective Constable Sian Rees", "Substitute Kieran Doyle", "Gemeinderat Tobias Hain",
/// "Aanvoerder Youssef Amrani", "el técnico Jorge Salcedo". Before, the speaker kept the office in
/// the name, or the name went unread (some rows held before and are kept as regression tests).
/// They are titles before a name only: a bare "the substitute", "el fiscal", "de rechter" with no
/// holder named is no one, not whoever spoke last (review s23, finding 7). Where German capitalises
/// every noun, the word after a possessive opening the sentence is a noun ("Ihr Nachbar Klaus
/// Wendt"), not a first name; after a verb "ihr" is the dative (finding 4). "Richter" is a surname
/// as often as a judge, and is no title (finding 3).
/// </summary>
public sealed class CourtAndSportRoleTests
{
    [Theory]
    [InlineData("Detective Constable Sian Rees said: \"Nobody checked the accounts.\"", "Sian Rees")]
    [InlineData("\"I just hit it and hoped,\" said Substitute Kieran Doyle.", "Kieran Doyle")]
    [InlineData("Detective Superintendent Sian Rees said: \"Nobody checked the accounts.\"", "Sian Rees")]
    public void AnOfficeBeforeTheName_IsNoPartOfIt_InEnglish(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Care home fraud", paragraph));

    [Theory]
    [InlineData("Gemeinderat Tobias Hain schlug einen Kompromiss vor. „Das kostet fast nichts“, sagte er.", "Tobias Hain")]
    [InlineData("Ihr Nachbar Klaus Wendt pflichtete ihr bei: „Wir zahlen hier Grundsteuer wie alle anderen auch.“", "Klaus Wendt")]
    [InlineData("„Das Urteil ist zu milde“, sagte Staatsanwältin Petra Lang.", "Petra Lang")]
    public void AnOfficeOrARelationBeforeTheName_IsNoPartOfIt_InGerman(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Streit um Lärmschutz", LanguageLeads.German, paragraph));

    [Theory]
    [InlineData("Aanvoerder Youssef Amrani wilde daar niets van weten. “Dat was ik”, zei hij.", "Youssef Amrani")]
    [InlineData("“Dit is een patroon”, zei officier Esther Bosman.", "Esther Bosman")]
    public void AnOfficeBeforeTheName_IsNoPartOfIt_InDutch(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Degradatie", LanguageLeads.Dutch, paragraph));

    [Theory]
    [InlineData("En el banquillo rival, el técnico Jorge Salcedo no buscó excusas. «Hemos jugado mal», resumió.", "Jorge Salcedo")]
    [InlineData("«Fue una traición», afirmó el fiscal Alberto Garrido.", "Alberto Garrido")]
    public void AnOfficeBeforeTheName_GivesItsHolder_InSpanish(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Final de copa", LanguageLeads.Spanish, "«Ganamos con piernas», dijo el entrenador Manuel Ibarra.", paragraph)[1..]);

    [Fact]
    public void APossessiveAndItsNounAlone_IsNoName_InGerman()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Streit um Lärmschutz", LanguageLeads.German, "Ihr Nachbar pflichtete ihr bei: „Wir zahlen hier Grundsteuer wie alle anderen auch.“"));

    // Guards from the review.
    [Theory]
    [InlineData("„Wir helfen Ihnen sofort“, versprach ihr Klaus Wendt am Telefon.", "Klaus Wendt")]
    [InlineData("Am Abend erklärte ihr Klaus Wendt: „Die Station bleibt offen.“", "Klaus Wendt")]
    [InlineData("„Die Station bleibt offen“, sagte Anna Richter.", "Anna Richter")]
    [InlineData("„Wir kämpfen weiter“, sagte Klaus Richter vom Förderverein.", "Klaus Richter")]
    public void ADativeOrASurnameLikeATitle_IsStillTheName_InGerman(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Streit um Lärmschutz", LanguageLeads.German, paragraph));

    [Theory]
    [InlineData("es", "«Vamos a recurrir», dijo Jorge Salcedo.", "«Lo revisaremos», indicó después el fiscal.")]
    [InlineData("es", "«Vamos a recurrir», dijo el abogado Jorge Salcedo.", "«Lo revisaremos», indicó después la jueza.")]
    [InlineData("es", "«Vamos a ganar», dijo el entrenador Jorge Salcedo.", "«Fue un partido duro», admitió el delantero.")]
    [InlineData("nl", "“We gaan in beroep”, zei advocaat Jan Smit.", "“De zaak is gesloten”, zei de rechter.")]
    [InlineData("nl", "“We hadden geluk”, zei trainer Jan Smit.", "“Ik had geluk”, zei de spits.")]
    [InlineData("en", "\"We rode our luck,\" said Harbourside manager Colin Yates.", "\"I just hit it and hoped,\" said the substitute.")]
    public void ABareNewRole_IsNotTheLastSpeaker(string language, string first, string second)
    {
        var lead = language switch { "es" => LanguageLeads.Spanish, "nl" => LanguageLeads.Dutch, _ => "The harbour cup semi-final was played on Saturday in front of a full ground." };
        Assert.Null(QuoteSpeakers.Under("Titel", lead, first, second)[^1]);
    }
}
