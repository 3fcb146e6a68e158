namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name inside the sentence, after its article or a preposition written with one, set off by an
/// appositive whose head is a body's noun ("nel deposito della Ferrolux, l'azienda di vernici,",
/// "ai Tessitori Uniti del Lago, il sindacato più forte.") names a body of that kind, which the noun
/// later means. A bare preposition before a place, and a noun that goes on as the sentence's own
/// subject ("Interrogée par L'Écho du Val, la mairie affirme …"), name none.
/// </summary>
public sealed class ApposedBodyInsideTests
{
    [Theory]
    [InlineData("it", "Il fuoco è partito nel deposito della Ferrolux, l'azienda di vernici della zona industriale. «Nessun lavoratore è rimasto ferito», ha precisato l'azienda.", "Ferrolux")]
    [InlineData("it", "La proposta non piace ai Tessitori Uniti del Lago, il sindacato più forte in fabbrica. «Non firmeremo nulla», scrive il sindacato.", "Tessitori Uniti del Lago")]
    [InlineData("pt", "O incêndio começou no armazém da Fábrica Marés, a maior empresa da vila. “Vamos responder a todos”, garantiu a empresa.", "Fábrica Marés")]
    [InlineData("fr", "Les riverains ont écrit au Collectif Vallon Vert, l'association qui suit le dossier. « Nous irons jusqu'au tribunal », prévient l'association.", "Collectif Vallon Vert")]
    [InlineData("nl", "De lekkage begon op het terrein van het Koelhuis Noord, het bedrijf aan de Dijkweg. “Er is geen gevaar voor omwonenden”, meldt het bedrijf.", "Koelhuis Noord")]
    public void TheApposedNameInside_IsTheBodyTheNounLaterMeans(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph));

    // Guards: a place after a bare preposition, and a noun that is the sentence's own subject.
    [Fact]
    public void APlaceAfterABarePreposition_IsNoBody()
        => Assert.DoesNotContain("Valprato", QuoteSpeakers.Under(
            "Il ponte",
            LanguageLeads.Italian,
            "I lavori sono stati affidati a Valprato, il comune capofila. «Il ponte riaprirà in estate», ha spiegato il comune."));

    [Fact]
    public void ANounThatGoesOnAsTheSubject_IsNoAppositive()
        => Assert.DoesNotContain("L'Écho du Val", QuoteSpeakers.Under(
            "Le pont",
            LanguageLeads.For("fr"),
            "Interrogée par L'Écho du Val, la mairie affirme dans un courrier que le chantier avance. « Le pont rouvrira en juin », précise la mairie."));
}
