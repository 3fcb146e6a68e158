namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A firm whose name holds no body's word is known as a firm by how the article brings it in: an
/// appositive that says what it makes or does ("Quillby, the Leeds-based maker of ovens", "a Hidrovela, a
/// concessionária que …", "Kroll, der Hersteller von Pumpen"), a company's word after the name ("Tubalis SA",
/// "Halloran Ltd"), or its shares ("Shares in Veltrane"). Then "the statement said", "the company said", "it
/// added" or "explicou a empresa" mean it. A person described by a trade that may be a person's ("der Betreiber
/// des Cafés") stays a person.
/// </summary>
public sealed class FirmIntroductionTests
{
    [Theory]
    [InlineData("en", "Quillby, the Leeds-based maker of ovens, said in a statement it would cut 600 jobs. \"We have to build the business around the orders we have,\" the statement said.", "Quillby")]
    [InlineData("en", "Dorrance, the biggest lender in the region, said profits fell. \"The second half will be better,\" it added.", "Dorrance")]
    [InlineData("es", "Nubia, la tecnológica de Valdeoro, presentó ayer sus resultados. «Ha sido un año difícil», explicó la empresa.", "Nubia")]
    [InlineData("pt", "Os trabalhadores da Hidrovela, a concessionária que distribui a água, estão em greve. “Os serviços mínimos foram cumpridos”, garantiu a empresa.", "Hidrovela")]
    [InlineData("de", "Kroll, der Hersteller von Pumpen aus Talheim, streicht 200 Stellen. „Die Aufträge fehlen“, teilte das Unternehmen mit.", "Kroll")]
    [InlineData("fr", "Varelle, le fabricant de fenêtres de Lorvaux, supprime 80 postes. « Les commandes ont chuté », a indiqué l'entreprise.", "Varelle")]
    public void AFirmBroughtInByWhatItMakes_IsWhatTheCompanyLaterMeans(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(Headlines.For(language), LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("en", "Halloran Ltd said its contract would end in June. Shares in Veltrane, a smaller rival, slipped 2%. \"Our order book is where we expected it to be,\" the company said.", "Veltrane")]
    [InlineData("pt", "A Hidrovela reuniu-se com a câmara. A Tubalis SA também sente os efeitos da greve. “Os técnicos não podem entrar”, explicou a empresa.", "Tubalis SA")]
    [InlineData("es", "Aguas del Norte presentó sus cuentas. Las acciones de Nubia subieron un 3 %. «Seguimos creciendo», explicó la empresa.", "Nubia")]
    public void AFirmKnownByItsSharesOrItsCompanyWord_IsWhatTheCompanyLaterMeans(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(Headlines.For(language), LanguageLeads.For(language), paragraph));

    // Guard: a trade that may be a person's makes no firm of the person it describes.
    [Fact]
    public void APersonDescribedAsTheOperatorOfACafe_StaysAPerson()
        => Assert.Equal(new[] { "Max Brandt" }, QuoteSpeakers.Under(
            Headlines.For("de"),
            LanguageLeads.German,
            "Max Brandt, der Betreiber des Cafés am Markt, sagte: „Wir bleiben offen.“ Der Streik geht weiter."));
}

/// <summary>A headline in each language, so that the article reads as written in it.</summary>
internal static class Headlines
{
    public static string For(string language) => language switch
    {
        "pt" => "A greve da água",
        "es" => "La huelga del agua",
        "it" => "Lo sciopero",
        "de" => "Der Streik",
        "nl" => "De staking",
        "fr" => "La grève",
        _ => "The strike",
    };
}
