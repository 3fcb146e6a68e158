namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A view opening its sentence whose holder is described between commas by a participle or adjective
/// phrase ("Para a agricultora Ana Rocha, instalada aqui há dez anos, o projeto é «…»"): the clause after
/// the phrase is the holder's view, as after an appositive or a relative clause. A phrase opened by an
/// article is a clause of its own, whose quote may be anyone's.
/// </summary>
public sealed class DescribedViewHolderTests
{
    [Theory]
    [InlineData("es", "Para la agricultora Ana Ruiz, afincada aquí desde hace diez años, el proyecto sigue siendo «un disparate».", "Ana Ruiz")]
    [InlineData("pt", "Para a agricultora Ana Rocha, instalada aqui há dez anos, o projeto continua a ser «um disparate».", "Ana Rocha")]
    [InlineData("fr", "Pour l'agricultrice Anne Roux, installée depuis dix ans, le projet reste « une aberration ».", "Anne Roux")]
    [InlineData("it", "Per il commerciante Paolo Neri, arrivato in paese nel 2019, la piazza è «più viva di prima».", "Paolo Neri")]
    public void AViewHolderDescribedBetweenCommas_HoldsTheView(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph)[^1]);

    // Guard: a phrase opened by an article is a clause, and a quote after a second clause may be anyone's.
    [Fact]
    public void AClauseAfterTheHoldersComma_IsNoDescription()
        => Assert.NotEqual("Anne Roux", QuoteSpeakers.Under("Notizia", LanguageLeads.French,
            "Pour l'agricultrice Anne Roux, la commune a perdu, le projet reste « une aberration ».")[^1]);
}
