namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A woman's bare role at the cue ("respondeu a autarca", "ha risposto la dirigente") after a man
/// whose given name shows his gender: the noun, once it meant a woman, goes on meaning her; it is
/// never the man. A noun that meant no one before, or meant a man, or has a complement of its own,
/// still gives no one.
/// </summary>
public sealed class EpithetPastManTests
{
    [Theory]
    [InlineData("pt",
        "Marta Ribeiro, presidente da câmara de Vale Fundo, defendeu o encerramento da feira.",
        "“Não temos dinheiro para a manter”, explicou a autarca.",
        "Do outro lado, o líder da oposição, Nuno Faria, acusou o executivo de falta de visão.",
        "“Os números estão publicados desde março”, respondeu a autarca.",
        "Marta Ribeiro")]
    [InlineData("it",
        "Marta Ricci, presidente della provincia di Valfondo, ha difeso la chiusura della fiera.",
        "«Non abbiamo i soldi per mantenerla», ha spiegato la dirigente.",
        "Dall'altra parte, il portavoce dell'opposizione, Paolo Ferri, ha accusato la giunta di miopia.",
        "«I numeri sono pubblicati da marzo», ha risposto la dirigente.",
        "Marta Ricci")]
    [InlineData("es",
        "Lucía Barroso, presidenta de la comarca de Valdeoro, defendió el cierre de la feria.",
        "«No tenemos dinero para mantenerla», explicó la concejala.",
        "Al otro lado, el portavoz de la oposición, Tomás Vidal, acusó al gobierno de falta de visión.",
        "«Las cifras están publicadas desde marzo», respondió la concejala.",
        "Lucía Barroso")]
    [InlineData("fr",
        "Sylvie Lenoir, présidente du département, a défendu la fermeture de la foire.",
        "« Nous n'avons pas l'argent pour la garder », a expliqué la dirigeante.",
        "En face, le porte-parole de l'opposition, Thierry Faure, a accusé l'exécutif de manquer de vision.",
        "« Les chiffres sont publiés depuis mars », a répondu la dirigeante.",
        "Sylvie Lenoir")]
    [InlineData("nl",
        "Annelies Bos, voorzitster van het waterschap, verdedigde de sluiting van de markt.",
        "\"We hebben het geld niet om hem te houden\", legde de voorzitster uit.",
        "Aan de andere kant verweet oppositieleider Gerrit Bakker het bestuur een gebrek aan visie.",
        "\"De cijfers staan sinds maart online\", antwoordde de voorzitster.",
        "Annelies Bos")]
    public void AWomansBareRole_AfterAMan_MeansTheWomanItMeantBefore(string language, string first, string second, string third, string fourth, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, first, second, third, fourth));

    // Negatives: the woman's role meant no one before (no woman in play): never the man, no one.
    [Theory]
    [InlineData("pt",
        "Do outro lado, o líder da oposição, Nuno Faria, acusou o executivo de falta de visão.",
        "“Os números estão publicados desde março”, respondeu a autarca.")]
    [InlineData("it",
        "Dall'altra parte, il portavoce dell'opposizione, Paolo Ferri, ha accusato la giunta di miopia.",
        "«I numeri sono pubblicati da marzo», ha risposto la dirigente.")]
    [InlineData("es",
        "Al otro lado, el portavoz de la oposición, Tomás Vidal, acusó al gobierno de falta de visión.",
        "«Las cifras están publicadas desde marzo», respondió la dirigente.")]
    [InlineData("fr",
        "En face, le porte-parole de l'opposition, Thierry Faure, a accusé l'exécutif de manquer de vision.",
        "« Les chiffres sont publiés depuis mars », a répondu la dirigeante.")]
    public void AWomansBareRole_ThatMeantNoOne_AfterAMan_IsNoOne(string language, string first, string second)
        => Assert.Null(ProbeArticle.LastSpeaker(language, first, second));

    // Negatives: the noun meant a man before, under his article ("explicou o autarca"): the woman's
    // form after another man is someone else, whom no one named; no one.
    [Theory]
    [InlineData("pt",
        "Rui Pacheco, presidente da câmara de Vale Fundo, defendeu o encerramento da feira.",
        "“Não temos dinheiro para a manter”, explicou o autarca.",
        "Do outro lado, o líder da oposição, Nuno Faria, acusou o executivo de falta de visão.",
        "“Os números estão publicados desde março”, respondeu a autarca.")]
    [InlineData("it",
        "Marco Ricci, presidente della provincia di Valfondo, ha difeso la chiusura della fiera.",
        "«Non abbiamo i soldi per mantenerla», ha spiegato il dirigente.",
        "Dall'altra parte, il portavoce dell'opposizione, Paolo Ferri, ha accusato la giunta di miopia.",
        "«I numeri sono pubblicati da marzo», ha risposto la dirigente.")]
    public void AWomansBareRole_WhoseNounMeantAMan_AfterAnotherMan_IsNoOne(string language, string first, string second, string third, string fourth)
        => Assert.Null(ProbeArticle.LastSpeaker(language, first, second, third, fourth));

    // Negatives in German and English, where the first bare noun after the woman is not read as hers
    // yet: the woman's noun after a man known by his given name is never his.
    [Theory]
    [InlineData("de",
        "Marta Keller, Landrätin des Kreises Valfeld, verteidigte die Schließung des Marktes.",
        "Auf der anderen Seite warf Oppositionsführer Stefan Brandt dem Kreis Kurzsichtigkeit vor.",
        "„Die Zahlen sind seit März veröffentlicht“, entgegnete die Bürgermeisterin.",
        "Stefan Brandt")]
    [InlineData("en",
        "Karen Hollis, the council's leader, defended the closure of the fair.",
        "Across the chamber, the opposition leader, Gary Fenwick, accused the council of a lack of vision.",
        "\"The figures have been published since March,\" replied the councilwoman.",
        "Gary Fenwick")]
    public void AWomansBareRole_AfterAMan_IsNeverTheMan(string language, string first, string second, string third, string man)
        => Assert.NotEqual(man, ProbeArticle.LastSpeaker(language, first, second, third));
}
