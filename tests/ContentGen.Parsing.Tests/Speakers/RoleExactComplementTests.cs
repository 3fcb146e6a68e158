namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role said at the cue with its complement of office ("a dit la présidente de la Région") means the
/// one person the article gave that very complement, not another holder of the same noun who is in
/// focus because her own complement ("du club") was written in lower case and so never recorded.
/// </summary>
public sealed class RoleExactComplementTests
{
    [Theory]
    [InlineData("Piscine",
        "La présidente de la Région, Sylvie Aubertin, a défendu un dossier « douloureux mais inévitable pour tous ».",
        "« Certains parents ne pourront pas suivre », regrette la présidente du club, Christelle Duvivier.",
        "« Rien n’est décidé. Toutes les pistes seront étudiées », a dit la présidente de la Région.",
        "Sylvie Aubertin")]
    [InlineData("Pool",
        "Sylvia Aubert, president of the Region, defended a \"painful but unavoidable decision for all\".",
        "\"Some parents will not be able to follow,\" said the president of the club, Christine Duval.",
        "\"Nothing is decided. Every option will be studied,\" said the president of the Region.",
        "Sylvia Aubert")]
    [InlineData("Piscina",
        "Ana Valdés, presidenta de la Diputación, defendió un proceso «doloroso, pero inevitable para todos».",
        "«Hay padres que no podrán seguir», lamenta la presidenta del club, Cristina Durán.",
        "«Nada está decidido. Se estudiarán todas las opciones», dijo la presidenta de la Diputación.",
        "Ana Valdés")]
    [InlineData("Piscinas",
        "A presidente da Câmara, Sílvia Aboim, defendeu um processo “doloroso, mas inevitável para todos”.",
        "“Há pais que não vão conseguir”, lamenta a presidente do clube, Cristina Duarte.",
        "“Nada está decidido. Todas as hipóteses vão ser estudadas”, disse a presidente da Câmara.",
        "Sílvia Aboim")]
    [InlineData("Piscina",
        "Il presidente della Regione, Silvio Alberti, ha difeso una scelta «dolorosa ma inevitabile per tutti».",
        "«Alcuni genitori non ce la faranno», lamenta il presidente del club, Cristiano Duranti.",
        "«Non è deciso nulla. Valuteremo tutte le ipotesi», ha detto il presidente della Regione.",
        "Silvio Alberti")]
    public void ARoleWithItsComplement_MeansTheHolderGivenIt(string headline, string first, string second, string third, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, first, second, third)[2]);

    // A complement no one was given ("de la Federación") is no holder's of another ("de la Diputación").
    [Fact]
    public void ARoleWithAComplementNoOneWasGiven_IsNotAnotherOfficesHolder()
        => Assert.NotEqual(
            "Ana Valdés",
            QuoteSpeakers.Under(
                "Piscina",
                "Ana Valdés, presidenta de la Diputación, defendió un proceso «doloroso, pero inevitable para todos».",
                "«Hay padres que no podrán seguir», lamenta la presidenta del club, Cristina Durán.",
                "«Nada está decidido. Se estudiarán todas las opciones», dijo la presidenta de la Federación.")[2]);
}
