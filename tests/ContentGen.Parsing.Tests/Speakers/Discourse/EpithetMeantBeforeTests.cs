namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A bare role noun the article gave no one by name ("a autarca", "la dirigente", "la dirigeante"),
/// once it has meant a person, goes on meaning that person: the opponent named since, who was given
/// another role, is not whom the writer calls by it, however salient. With a complement of its own
/// ("a autarca de Serra Alta") the noun is someone else's, and the earlier meaning is not carried.
/// </summary>
public sealed class EpithetMeantBeforeTests
{
    [Theory]
    [InlineData("pt",
        "Marta Ribeiro, presidente da câmara de Vale Fundo, defendeu o encerramento da feira.",
        "“Não temos dinheiro para a manter”, explicou a autarca.",
        "Do outro lado, o líder da oposição, Alex Faria, acusou o executivo de falta de visão.",
        "A resposta da autarca chegou logo: “Os números estão publicados desde março.”",
        "Marta Ribeiro")]
    [InlineData("pt",
        "Marta Ribeiro, presidente da câmara de Vale Fundo, defendeu o encerramento da feira.",
        "“Não temos dinheiro para a manter”, explicou a autarca.",
        "Do outro lado, o líder da oposição, Alex Faria, acusou o executivo de falta de visão.",
        "“Os números estão publicados desde março”, respondeu a autarca.",
        "Marta Ribeiro")]
    [InlineData("it",
        "Marta Ricci, presidente della provincia di Valfondo, ha difeso la chiusura della fiera.",
        "«Non abbiamo i soldi per mantenerla», ha spiegato la dirigente.",
        "Dall'altra parte, il portavoce dell'opposizione, Andrea Ferri, ha accusato la giunta di miopia.",
        "«I numeri sono pubblicati da marzo», ha risposto la dirigente.",
        "Marta Ricci")]
    [InlineData("fr",
        "Marie Lenoir, présidente du département, a défendu la fermeture de la foire.",
        "« Nous n'avons pas l'argent pour la garder », a expliqué la dirigeante.",
        "En face, le porte-parole de l'opposition, Paul Faure, a accusé l'exécutif de manquer de vision.",
        "« Les chiffres sont publiés depuis mars », a répondu la dirigeante.",
        "Marie Lenoir")]
    public void ABareRoleNoun_GoesOnMeaningWhomItMeantBefore(string language, string first, string second, string third, string fourth, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, first, second, third, fourth));

    // Stop: the noun with a complement of its own names someone of that place, not the person it
    // meant; nor the opponent, a man (OtherGenderComplementRoleTests): no one.
    [Fact]
    public void ARoleNounWithAPlaceComplement_MeansNoOne()
        => Assert.Null(ProbeArticle.LastSpeaker("pt",
            "Marta Ribeiro, presidente da câmara de Vale Fundo, defendeu o encerramento da feira.",
            "“Não temos dinheiro para a manter”, explicou a autarca.",
            "Do outro lado, o engenheiro Nuno Faria, líder da oposição, acusou o executivo de falta de visão.",
            "“Os números estão publicados desde março”, respondeu a autarca de Serra Alta."));

    // Stop: the noun with a body for its complement is that body's, not the person it meant.
    [Theory]
    [InlineData("it",
        "Marta Ricci, presidente della provincia di Valfondo, ha difeso la chiusura della fiera.",
        "«Non abbiamo i soldi per mantenerla», ha spiegato la dirigente.",
        "Dall'altra parte, il portavoce dell'opposizione, Paolo Ferri, ha accusato la giunta di miopia.",
        "«I numeri sono pubblicati da marzo», ha risposto la dirigente della Lega Ambiente.",
        "Lega Ambiente")]
    [InlineData("fr",
        "Marie Lenoir, présidente du département, a défendu la fermeture de la foire.",
        "« Nous n'avons pas l'argent pour la garder », a expliqué la dirigeante.",
        "En face, le porte-parole de l'opposition, Paul Faure, a accusé l'exécutif de manquer de vision.",
        "« Les chiffres sont publiés depuis mars », a répondu la dirigeante de l'association Foire Vivante.",
        "Foire Vivante")]
    public void ARoleNounWithAComplement_DoesNotCarryTheEarlierMeaning(string language, string first, string second, string third, string fourth, string body)
        => Assert.Equal(body, ProbeArticle.LastSpeaker(language, first, second, third, fourth));

    // Stop: the noun under an article of the other gender ("il dirigente" after "la dirigente") is
    // someone else, here the salient opponent, not whom it meant.
    [Theory]
    [InlineData("it",
        "Marta Ricci, presidente della provincia di Valfondo, ha difeso la chiusura della fiera.",
        "«Non abbiamo i soldi per mantenerla», ha spiegato la dirigente.",
        "Dall'altra parte, il portavoce dell'opposizione, Paolo Ferri, ha accusato la giunta di miopia.",
        "«I numeri sono sbagliati», ha replicato il dirigente.",
        "Marta Ricci")]
    [InlineData("pt",
        "Marta Ribeiro, presidente da câmara de Vale Fundo, defendeu o encerramento da feira.",
        "“Não temos dinheiro para a manter”, explicou a autarca.",
        "Do outro lado, o líder da oposição, Nuno Faria, acusou o executivo de falta de visão.",
        "“Os números estão errados”, respondeu o autarca.",
        "Marta Ribeiro")]
    public void TheNounUnderAnArticleOfTheOtherGender_DoesNotCarryTheEarlierMeaning(string language, string first, string second, string third, string fourth, string earlier)
        => Assert.NotEqual(earlier, ProbeArticle.LastSpeaker(language, first, second, third, fourth));
}
