namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A definite noun after an inverted verb that names the person the text just brought in: a
/// profession after someone a sentence of "estar" placed there (<c>Entre los manifestantes estaba
/// X. «…», afirmó la agricultora.</c>), or a word the press writes for an office the article gave
/// (<c>la abogada X … sostuvo la letrada</c>, <c>a vereadora X … escreveu a parlamentar</c>).
/// </summary>
public sealed class EpithetAfterIntroductionTests
{
    [Theory]
    [InlineData("es", "Entre los manifestantes estaba Rosa Almenar, que cultiva remolacha desde hace años. || «Si no llueve, vendemos las tierras», afirmó la agricultora.", "Rosa Almenar")]
    [InlineData("es", "En la primera fila estaba Lucía Berrocal. || «Nadie nos escucha», dijo.", "Lucía Berrocal")]
    [InlineData("pt", "Entre os manifestantes estava Rosa Almeida, que cultiva milho há vinte anos. || «Se não chover, vendemos a terra», afirmou a agricultora.", "Rosa Almeida")]
    [InlineData("es", "La defensa la ejerce la abogada Inés Roldán. || «Mi cliente no se quedó nada», sostuvo la letrada a la salida del tribunal.", "Inés Roldán")]
    [InlineData("pt", "Nas redes sociais, a vereadora Patrícia Leme criticou a demora. || «Cinco anos de promessa», escreveu a parlamentar, que preside a comissão.", "Patrícia Leme")]
    [InlineData("pt", "O deputado Jorge Amaral votou contra. || «É um erro», disse o parlamentar.", "Jorge Amaral")]
    public void TheNounAfterTheVerb_MeansThePersonJustIntroduced(string language, string paragraphs, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));

    // Guards: with no lawyer or councillor named, the office's word means neither the earlier
    // speaker nor anyone else; two people placed there are no one subject.
    [Theory]
    [InlineData("es", "«No hay nada que ocultar», sostuvo la letrada.", "Ana Ruiz")]
    [InlineData("pt", "«Cinco anos de promessa», escreveu a parlamentar.", "Ana Rocha")]
    [InlineData("es", "Entre los manifestantes estaban Rosa Almenar y Luis Gil. || «Si no llueve, vendemos las tierras», afirmó la agricultora.", "Rosa Almenar")]
    public void WithNoOneGivenTheOfficeOrTwoPeople_TheNounMeansNoOneNamed(string language, string paragraphs, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, [ConstructionProbe.EarlierSpeaker(language), .. paragraphs.Split(" || ")]));
}
