namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A trade after the cue means the person the article met with that noun (SpeakerFinder.TradeMet.cs):
/// set off after the name with no article where every noun is capitalised ("X, Landwirt im Ortsteil
/// …,"), or as the next sentence's subject pointing back at the person just named ("X steht in der
/// Halle. Der Landwirt bewirtschaftet …"). The latest person met with the noun is meant, and a
/// trade met with no one still means no one named.
/// </summary>
public sealed class TradeMetEarlierTests
{
    [Fact]
    public void AGermanTradeSetOffAfterTheName_IsWhomTheTradeMeans()
        => Assert.Equal(
            new[] { "Florian Wagenhuber", "Florian Wagenhuber" },
            QuoteSpeakers.Under(
                "Die Hopfenbauern ziehen Bilanz nach der Ernte",
                "Florian Wagenhuber, Landwirt im Ortsteil Oberhaid, hat im Sommer eine Bewässerung für zwölf Hektar gekauft. „Ohne die hätte ich die Hälfte verloren“, sagt der Landwirt.",
                "„Die Rechnung zahle ich noch zehn Jahre lang ab“, sagt der Landwirt."));

    [Fact]
    public void AGermanTradeAsTheNextSubject_PointsBackAtThePersonJustNamed()
        => Assert.Equal(
            new[] { "Sepp Kramer" },
            QuoteSpeakers.Under(
                "Die Hopfenbauern ziehen Bilanz nach der Ernte",
                "Um halb sechs läuft die Maschine schon. Sepp Kramer steht in der Halle und sieht den Reben zu. Der Landwirt bewirtschaftet mit seiner Frau achtundzwanzig Hektar Hopfen.",
                "„Die Dolden sind schön, aber es sind zu wenige“, sagt der Landwirt."));

    [Fact]
    public void ADutchTradeAsTheNextSubject_PointsBackAtThePersonJustNamed()
        => Assert.Equal(
            new[] { "Jan Mulder" },
            QuoteSpeakers.Under(
                "Boeren kijken terug op een droge zomer",
                "Jan Mulder staat om half zes al in de stal. De melkveehouder heeft honderdtwintig koeien en een bedrijf van zestig hectare.",
                "Jan Mulder kijkt naar de lucht. “Dit jaar hebben we een vijfde van het gras verloren”, zegt de melkveehouder."));

    [Fact]
    public void ASpanishTradeAsTheNextSubject_PointsBackAtThePersonJustNamed()
        => Assert.Equal(
            new[] { "Ana Gil" },
            QuoteSpeakers.Under(
                "Las obras del puente terminan en verano",
                "Ana Gil llegó a la obra a las siete de la mañana. La ingeniera dirige a cuarenta operarios desde hace dos años.",
                "Su compañero Luis Mora revisa los planos en la caseta. «El puente estará listo en junio», asegura la ingeniera."));

    [Fact]
    public void TheLatestPersonMetWithTheTrade_IsMeant()
        => Assert.Equal(
            new[] { "Sepp Kramer", "Florian Wagenhuber" },
            QuoteSpeakers.Under(
                "Die Hopfenbauern ziehen Bilanz nach der Ernte",
                "Sepp Kramer steht in der Halle und sieht den Reben zu. Der Landwirt bewirtschaftet achtundzwanzig Hektar Hopfen. „Die Dolden sind schön, aber es sind zu wenige“, sagt der Landwirt.",
                "Zwei Kilometer weiter ist die Stimmung gedrückter. Die Preise fallen seit dem Frühjahr.",
                "Im Rathaus will man einen Zuschuss beantragen. Die Gemeinde hofft auf den Landkreis.",
                "Florian Wagenhuber, Landwirt im Ortsteil Oberhaid, hat eine Bewässerung gekauft. „Ohne die hätte ich die Hälfte verloren“, sagt der Landwirt."));

    [Fact]
    public void ATradeAsSubjectAfterAnotherTradesHolder_IsNotThatHolder()
        => Assert.DoesNotContain(
            "Katrin Vogel",
            QuoteSpeakers.Under(
                "Die Hopfenbauern ziehen Bilanz nach der Ernte",
                "Die Architektin Katrin Vogel hat die neue Halle geplant. Der Landwirt bewirtschaftet achtundzwanzig Hektar Hopfen.",
                "„Die Dolden sind schön, aber es sind zu wenige“, sagt der Landwirt."));
}
