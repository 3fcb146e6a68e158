namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Shopkeepers and craftspeople are called by their trade once named ("dice el panadero", "zegt de bakker",
/// "dit le boulanger"): the trade means the one person the article gave it, in that form
/// (SpeakerFinder.ProfessionHolders.cs, with the trades in each language's ProfessionEpithets).
/// </summary>
public sealed class TradeEpithetTests
{
    [Fact]
    public void ASpanishTradeAfterTheCue_MeansThePersonGivenIt_IntoTheNextParagraph()
        => Assert.Equal(
            new[] { "Tomás Ibarra", "Tomás Ibarra" },
            QuoteSpeakers.Under(
                "El puente cierra",
                "Tomás Ibarra, panadero en la plaza, lo ve de otra manera. «Mis clientes vienen andando», dice el panadero.",
                "La panadería la fundó su abuelo, Anselmo Ibarra. «Él cruzaba ese puente cuatro veces al día», recuerda el panadero."));

    [Fact]
    public void ASpanishTrade_MeansItsHolderPastAnotherPersonNamed()
        => Assert.Equal(
            new[] { "Julián Peña" },
            QuoteSpeakers.Under(
                "El mercado cambia",
                "El carnicero Julián Peña abrió su puesto en 1990. Su vecina, Rosa Blanco, vende queso. «Aquí se vende poco», dice el carnicero."));

    [Fact]
    public void ATradeNoOneWasGiven_MeansNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "El mercado cambia",
                "El carnicero Julián Peña abrió su puesto en 1990. «Aquí se vende poco», dice la frutera."));

    [Fact]
    public void ATradeTwoPeopleWereGiven_MeansNeither()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "El mercado cambia",
                "El carnicero Julián Peña abrió su puesto en 1990. El carnicero Andrés Mora abrió el suyo en 2001. «Aquí se vende poco», dice el carnicero."));

    [Fact]
    public void ADutchTrade_MeansItsHolder()
        => Assert.Equal(
            new[] { "Henk Bos" },
            QuoteSpeakers.Under(
                "Groentewinkel sluit",
                "Groenteboer Henk Bos staat al om vijf uur op de veiling. Zijn buurman Piet Mol komt langs. “Zonder vaste klanten gaat het niet”, zegt de groenteboer."));

    [Fact]
    public void AnItalianTrade_MeansItsHolder()
        => Assert.Equal(
            new[] { "Marco Neri" },
            QuoteSpeakers.Under(
                "Chiude il forno",
                "Il fornaio Marco Neri apre alle cinque. La sua vicina Anna Bassi passa a salutare. «Senza clienti fissi non si va avanti», dice il fornaio."));

    [Fact]
    public void APortugueseTrade_MeansItsHolder()
        => Assert.Equal(
            new[] { "Rui Lopes" },
            QuoteSpeakers.Under(
                "Padaria fecha",
                "O padeiro Rui Lopes abre às cinco. A vizinha Ana Sousa passa para cumprimentar. “Sem clientes fixos não dá”, diz o padeiro."));

    [Fact]
    public void AFrenchTrade_MeansItsHolder()
        => Assert.Equal(
            new[] { "Marc Petit" },
            QuoteSpeakers.Under(
                "La boulangerie ferme",
                "Le boulanger Marc Petit ouvre à cinq heures. Sa voisine Anne Roux passe le saluer. « Sans clients fidèles, on ne tient pas », dit le boulanger."));
}
