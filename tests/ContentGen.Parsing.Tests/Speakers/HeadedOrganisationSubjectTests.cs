namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An organisation named by its lower-case noun and a capitalised complement is the subject of
/// the verb right after it (<c>La préfecture de l'Aube a indiqué que « … »</c>), whatever
/// article opens it (capitalised at the sentence's start, or elided); and a document it issued
/// in the sentence before (<c>a publié un communiqué</c>) speaks for it (<c>précise le
/// communiqué</c>).
/// </summary>
public sealed class HeadedOrganisationSubjectTests
{
    [Theory]
    [InlineData("Foire de printemps", "Le maire Paul Girard a ouvert la foire samedi.", "La préfecture de l'Aube a indiqué que « les écoles resteront ouvertes jusqu'au vendredi ».", "préfecture de l'Aube")]
    [InlineData("Feria de primavera", "El alcalde Pablo Ruiz abrió la feria el sábado.", "La Asociación de vecinos de Valdeoro ha indicado que «la feria no cerrará antes del domingo».", "Asociación de vecinos de Valdeoro")]
    [InlineData("Feira da primavera", "O prefeito Paulo Rocha abriu a feira no sábado.", "A associação dos feirantes de Alvorada disse que «a feira não fecha antes de domingo».", "associação dos feirantes de Alvorada")]
    [InlineData("Fiera di primavera", "Il sindaco Paolo Rossi ha aperto la fiera sabato.", "L'associazione dei commercianti di Valdora ha detto che «la fiera non chiuderà prima di domenica».", "associazione dei commercianti di Valdora")]
    public void AnOrganisationHeadedByItsNoun_IsItsVerbsSubject(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, before, paragraph));

    [Theory]
    [InlineData("La préfecture de l'Aube a publié un communiqué jeudi. « Les écoles resteront ouvertes jusqu'au vendredi », précise le communiqué.", "préfecture de l'Aube")]
    [InlineData("La préfecture de l'Aube a publié un communiqué jeudi. Le texte rappelle que « les écoles resteront ouvertes ».", "préfecture de l'Aube")]
    public void ADocumentItIssuedJustBefore_SpeaksForIt(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Foire de printemps", paragraph));

    [Fact]
    public void Spanish_ADocumentItIssuedJustBefore_SpeaksForIt()
        => Assert.Equal(
            new[] { "consejería de Educación de Valdeoro" },
            QuoteSpeakers.Under("Escuelas abiertas en Valdeoro", "La consejería de Educación de Valdeoro publicó un comunicado el jueves. «Las escuelas seguirán abiertas hasta el viernes», señala el comunicado."));
}
