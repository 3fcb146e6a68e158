namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document read impersonally after a quote, whose issuer follows a participle and the passive's
/// agent: Italian "si legge nella nota diffusa dall'azienda", Spanish "se lee en el comunicado
/// difundido por la empresa", Portuguese "lê-se no comunicado divulgado pela empresa", French
/// "peut-on lire dans le communiqué publié par la préfecture". The issuer speaks: its name, or the
/// body its noun means, or any other name there, a body's or a person's. A body the article never
/// named gives no one.
/// </summary>
public sealed class IssuedDocumentTests
{
    [Theory]
    [InlineData("Il ponte", "L'azienda Edilmonti Costruzioni ha chiuso il cantiere. «I lavori riprenderanno a giugno», si legge nella nota diffusa dall'azienda.", "Edilmonti Costruzioni")]
    [InlineData("Il ponte", "L'azienda Edilmonti Costruzioni ha chiuso il cantiere. «I lavori riprenderanno a giugno», si legge nella nota diffusa dall'azienda al termine della riunione.", "Edilmonti Costruzioni")]
    [InlineData("La obra", "La empresa Obras Valdeluna cerró la obra. «Las obras seguirán en junio», se lee en el comunicado difundido por la empresa.", "Obras Valdeluna")]
    [InlineData("A obra", "A empresa Obras do Vale parou a obra. «A obra retoma em junho», lê-se no comunicado divulgado pela empresa.", "Obras do Vale")]
    [InlineData("Il ponte", "L'azienda Edilmonti Costruzioni ha chiuso il cantiere. «Chiediamo risposte», si legge nella nota diffusa dal comitato Ponte Sicuro.", "Ponte Sicuro")]
    [InlineData("Le pont", "Le pont de Valmont reste fermé. « Les travaux reprendront en juin », peut-on lire dans le communiqué publié par la préfecture de la Lière.", "préfecture de la Lière")]
    public void ADocumentsIssuerAfterItsParticiple_Speaks(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // The article named no company, only a person: "l'azienda" means no one, never the person before.
    [Theory]
    [InlineData("Il ponte", "Il sindaco Marco Rinaldi ha visitato il cantiere. «I lavori riprenderanno a giugno», si legge nella nota diffusa dall'azienda.", "Marco Rinaldi")]
    [InlineData("La obra", "El alcalde Julián Robledo visitó la obra. «Las obras seguirán en junio», se lee en el comunicado difundido por la empresa.", "Julián Robledo")]
    public void AnIssuerTheArticleNeverNamed_IsNoOne(string headline, string paragraph, string notSpeaker)
        => Assert.DoesNotContain(notSpeaker, QuoteSpeakers.Under(headline, paragraph));

    // A name after the participle issued or signed the document, though nothing in it says it is
    // a body's: a body the article brought in by its kind ("il fondo Orvena Partners"), or a
    // person, whose signed letter is theirs, never the body named before.
    [Theory]
    [InlineData("Il palazzo", "Il fondo Orvena Partners ha comprato il palazzo. «Il palazzo tornerà a vivere», si legge in una nota diffusa da Orvena Partners.", "Orvena Partners")]
    [InlineData("El edificio", "El fondo Velarde Capital compró el edificio. «El edificio volverá a abrir», se lee en el comunicado difundido por Velarde Capital.", "Velarde Capital")]
    [InlineData("O prédio", "O fundo Tavira Capital comprou o prédio. «O prédio vai reabrir», lê-se no comunicado divulgado por Tavira Capital.", "Tavira Capital")]
    [InlineData("L'immeuble", "Le fonds Berlane Capital a racheté l'immeuble. « L'immeuble rouvrira », peut-on lire dans le communiqué publié par Berlane Capital.", "Berlane Capital")]
    [InlineData("Il ponte", "L'azienda Edilmonti Costruzioni ha chiuso il cantiere. «Chiediamo risposte», si legge nella nota firmata da Marco Rinaldi.", "Marco Rinaldi")]
    [InlineData("La obra", "La empresa Obras Valdeluna cerró la obra. «Pedimos respuestas», se lee en la carta firmada por Julián Robledo.", "Julián Robledo")]
    [InlineData("Le pont", "L'entreprise Bâtiments Ferrand a fermé le chantier. « Nous demandons des réponses », peut-on lire dans la lettre signée par Odile Marchand.", "Odile Marchand")]
    [InlineData("De molen", "Het fonds Veldhoven Capital kocht de molen. 'De molen gaat weer open', staat in het persbericht verspreid door Veldhoven Capital.", "Veldhoven Capital")]
    [InlineData("De bouwplaats", "Het bedrijf Bouwbedrijf Rinsma sloot de bouwplaats. 'Wij willen antwoorden', staat in de brief ondertekend door Anke de Vries.", "Anke de Vries")]
    public void AnyNameAfterTheParticiple_IssuedTheDocument(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Near misses: a lower-case agent that is no body's noun, or no agent at all, names no issuer,
    // and the body named before is not read through the participle.
    [Theory]
    [InlineData("Il ponte", "L'azienda Edilmonti Costruzioni ha chiuso il cantiere. «Chiediamo risposte», si legge nella nota firmata dalla famiglia.")]
    [InlineData("La obra", "La empresa Obras Valdeluna cerró la obra. «Pedimos respuestas», se lee en la carta firmada por los vecinos.")]
    [InlineData("A obra", "A empresa Obras do Vale parou a obra. «Pedimos respostas», lê-se na carta assinada pelos moradores.")]
    [InlineData("Le pont", "L'entreprise Bâtiments Ferrand a fermé le chantier. « Nous demandons des réponses », peut-on lire dans la lettre signée hier.")]
    [InlineData("De bouwplaats", "Het bedrijf Bouwbedrijf Rinsma sloot de bouwplaats. 'Wij willen antwoorden', staat in de brief ondertekend door de bewoners.")]
    public void NoNamedAgentAfterTheParticiple_IsNoOne(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));
}
