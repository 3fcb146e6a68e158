namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A role said with a complement of office of its own ("a autarca de Serra Alta") that the article
/// gave no one, under an article whose gender is not that of the person in focus, is not that
/// person: no one (the holder of that office was never named). Under an article of the person's
/// own gender the role may be a second description of them, and stays theirs. The Portuguese
/// case went to the opponent before this rule; the others read no one already and are kept so.
/// </summary>
public sealed class OtherGenderComplementRoleTests
{
    [Theory]
    [InlineData("pt",
        "Marta Ribeiro, presidente da câmara de Vale Fundo, defendeu o encerramento da feira.",
        "“Não temos dinheiro para a manter”, explicou a autarca.",
        "Do outro lado, o engenheiro Nuno Faria, líder da oposição, acusou o executivo de falta de visão.",
        "“Os números estão publicados desde março”, respondeu a autarca de Serra Alta.")]
    [InlineData("es",
        "Marta Ruiz, presidenta de la diputación de Valfondo, defendió el cierre de la feria.",
        "«No tenemos dinero para mantenerla», explicó la dirigente.",
        "Al otro lado, el ingeniero Nuno Faria, portavoz de la oposición, acusó al gobierno de falta de visión.",
        "«Los números están publicados desde marzo», respondió la alcaldesa de Sierra Alta.")]
    [InlineData("fr",
        "Marie Lenoir, présidente du département, a défendu la fermeture de la foire.",
        "« Nous n'avons pas l'argent pour la garder », a expliqué la dirigeante.",
        "En face, le conseiller Paul Faure, porte-parole de l'opposition, a accusé l'exécutif de manquer de vision.",
        "« Les chiffres sont publiés depuis mars », a répondu la maire de Valbonne.")]
    [InlineData("it",
        "Marta Ricci, presidente della provincia di Valfondo, ha difeso la chiusura della fiera.",
        "«Non abbiamo i soldi per mantenerla», ha spiegato la dirigente.",
        "Dall'altra parte, il geologo Paolo Ferri, portavoce dell'opposizione, ha accusato la giunta di miopia.",
        "«I numeri sono pubblicati da marzo», ha risposto la sindaca di Monteverde.")]
    public void ARoleWithAComplementUnderAnArticleOfTheOtherGender_IsNotThePersonInFocus(string language, string first, string second, string third, string fourth)
        => Assert.Null(ProbeArticle.LastSpeaker(language, first, second, third, fourth));

    // Stop: under an article of the person's own gender, a role with a complement may be a second
    // description of the person in focus, and stays theirs.
    [Theory]
    [InlineData("pt",
        "Marta Ribeiro defendeu o encerramento da feira.",
        "Do outro lado, Nuno Faria acusou o executivo de falta de visão.",
        "“Os números estão errados”, respondeu o autarca de Serra Alta.",
        "Nuno Faria")]
    [InlineData("fr",
        "Le député Paul Faure a accusé l'exécutif de manquer de vision.",
        "Il a pris la parole mardi soir.",
        "« Les chiffres sont faux », a tranché le porte-parole du Parti rural.",
        "Paul Faure")]
    public void UnderAnArticleOfThePersonsGender_TheRoleStaysTheirs(string language, string first, string second, string third, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, first, second, third));
}
