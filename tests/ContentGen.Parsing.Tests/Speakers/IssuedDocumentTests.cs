namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document read impersonally after a quote, whose issuer follows a participle and the passive's
/// agent: Italian "si legge nella nota diffusa dall'azienda", Spanish "se lee en el comunicado
/// difundido por la empresa", Portuguese "lê-se no comunicado divulgado pela empresa", French
/// "peut-on lire dans le communiqué publié par la préfecture". The issuer speaks: its name, or the
/// body its noun means. A body the article never named, or a person as the agent, gives no one.
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

    // A person after the participle signs the note as no body: neither the body named before nor
    // the person is read as its issuer through the participle.
    [Theory]
    [InlineData("Il ponte", "L'azienda Edilmonti Costruzioni ha chiuso il cantiere. «Chiediamo risposte», si legge nella nota firmata da Marco Rinaldi.")]
    [InlineData("La obra", "La empresa Obras Valdeluna cerró la obra. «Pedimos respuestas», se lee en la carta firmada por Julián Robledo.")]
    public void APersonAfterTheParticiple_IsNoBody(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));
}
