namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// Guards for a dropped subject read past where or how the words were said ("», ha scritto in una
/// nota."): a noun phrase of its own after the verb may be its subject, and a clause that goes on
/// past a comma is no such cue; neither is read as a dropped subject.
/// </summary>
public sealed class DroppedSubjectBeforePhraseGuardTests
{
    [Theory]
    [InlineData("it", "Il sindaco Marco Ferri ha difeso il progetto. «Le strade devono tornare sicure», ha detto la gente in piazza.")]
    [InlineData("pt", "O presidente Rui Lopes defendeu o projeto. “As ruas têm de voltar a ser seguras”, disse o povo na rua.")]
    [InlineData("it", "Il sindaco Marco Ferri ha difeso il progetto. «Le strade devono tornare sicure», ha detto in aula, dove i consiglieri tacevano.")]
    [InlineData("es", "El alcalde Juan Vidal defendió el proyecto. «Eso no es verdad», dijo otro.")]
    [InlineData("es", "El alcalde Juan Vidal defendió el proyecto. «Hay que esperar», dijeron vecinos del barrio.")]
    [InlineData("es", "El alcalde Juan Vidal defendió el proyecto. «Hay que esperar», explicaron fuentes policiales.")]
    [InlineData("it", "Il sindaco Marco Ferri ha difeso il progetto. «Bisogna aspettare», spiegano fonti della procura.")]
    [InlineData("it", "Il sindaco Marco Ferri ha difeso il progetto. «Bisogna aspettare», raccontano testimoni sul posto.")]
    [InlineData("pt", "O presidente Rui Lopes defendeu o projeto. “É preciso esperar”, afirmam moradores do bairro.")]
    [InlineData("pt", "O presidente Rui Lopes defendeu o projeto. “É preciso esperar”, contam pescadores no cais.")]
    [InlineData("it", "Il sindaco Marco Ferri ha difeso il progetto. «Non è vero», ha replicato un altro.")]
    public void ANounPhraseOrAClauseAfterTheVerb_IsNoDroppedSubject(string language, string paragraph)
        => Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));

    // The dropped subject past a phrase of place or medium is whom a pronoun would mean.
    [Theory]
    [InlineData("it", "Il sindaco Marco Ferri ha difeso il progetto. «Le strade devono tornare sicure», ha scritto in una nota.", "Marco Ferri")]
    [InlineData("pt", "O presidente Rui Lopes defendeu o projeto. “As ruas têm de voltar a ser seguras”, disse na sessão.", "Rui Lopes")]
    [InlineData("es", "El alcalde Juan Vidal defendió el proyecto. «Las calles tienen que volver a ser seguras», dijo ayer en el pleno.", "Juan Vidal")]
    public void ADroppedSubjectPastAPhrase_IsWhomAPronounMeans(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));
}
