namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// An inverted verb, then the medium or listener it was said to, named in several words after an
/// elided article (<c>a déclaré à l'Agence Méridienne la présidente …, X</c>, <c>ha dichiarato
/// all'Agenzia Meridiana il presidente …</c>), then its subject: the medium's name runs to the
/// subject's article, and is no speaker. Spanish and Portuguese bring the medium in with a whole
/// article (<c>a la Agencia Meridiana</c>, <c>à Agência Meridiana</c>), which already read so.
/// </summary>
public sealed class MediumNamedInSeveralWordsTests
{
    [Theory]
    [InlineData("fr", "« Ce n'est pas digne d'un État de droit », a déclaré à l'Agence Méridienne la présidente de l'Observatoire, Hélène Castagné.", "Hélène Castagné")]
    [InlineData("fr", "« Nous avons tenu bon », a confié à l'Écho du Plateau le maire de Vernoux, Luc Bardet.", "Luc Bardet")]
    [InlineData("fr", "« Les délais sont trop longs », a expliqué à l'Hebdo des Causses une avocate du barreau, Maude Serres.", "Maude Serres")]
    [InlineData("it", "«Non è degno di uno Stato di diritto», ha dichiarato all'Agenzia Meridiana la presidente dell'Osservatorio, Elena Castagna.", "Elena Castagna")]
    [InlineData("es", "«No es digno de un Estado de derecho», declaró a la Agencia Meridiana la presidenta del Observatorio, Elena Castaño.", "Elena Castaño")]
    [InlineData("pt", "«Não é digno de um Estado de direito», declarou à Agência Meridiana a presidente do Observatório, Helena Castanheira.", "Helena Castanheira")]
    public void AMediumOfSeveralWordsAfterAnElidedArticle_IsNoSpeaker(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // The pronoun after the next quote goes back to the same speaker, not to the medium.
    [Fact]
    public void TheNextQuotesPronoun_GoesToTheSubjectNotTheMedium()
        => Assert.Equal(
            new string?[] { "Hélène Castagné", "Hélène Castagné" },
            ConstructionProbe.Speakers("fr",
                "« Ce n'est pas digne d'un État de droit », a déclaré à l'Agence Méridienne la présidente de l'Observatoire, Hélène Castagné.",
                "Elle a cité un cas. « Neuf jours, pour un enfant, c'est une éternité », a-t-elle ajouté."));

    // Guards: a one-word medium after its elided article is followed by the subject's name, and a
    // name that ends the clause is still the subject.
    [Theory]
    [InlineData("fr", "« Nous avons tenu bon », a confié à l'AFP Claire Vasseur.", "Claire Vasseur")]
    [InlineData("it", "«Il lago è ai minimi», ha detto all'ANSA il presidente del consorzio, Arnaldo Quercioli.", "Arnaldo Quercioli")]
    public void AOneWordMediumBeforeTheSubject_StillReads(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
