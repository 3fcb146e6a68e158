namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An age in words ("la octogenaria", "il sessantenne", "der Achtzigjährige", "the octogenarian") means the
/// person the article named, as an age in figures ("the 81-year-old") does; never someone new.
/// </summary>
public sealed class AgeNounTests
{
    [Fact]
    public void AnAgeInWords_IsThePersonNamed_Spanish()
        => Assert.Equal(
            new string?[] { "Dolores Baena" },
            QuoteSpeakers.Under(
                "El mercadillo se va del centro",
                "Dolores Baena vive sola en la calle del Horno. «Yo ya no conduzco», explica la octogenaria."));

    [Fact]
    public void AnAgeInWords_IsThePersonNamed_Italian()
        => Assert.Equal(
            new string?[] { "Rosa Bellini" },
            QuoteSpeakers.Under(
                "Il mercato lascia il centro",
                "Rosa Bellini abita da sola in via del Forno. «Io non guido più», spiega la sessantenne."));

    [Fact]
    public void AnAgeInWords_IsThePersonNamed_Portuguese()
        => Assert.Equal(
            new string?[] { "Amélia Rocha" },
            QuoteSpeakers.Under(
                "O mercado sai do centro da vila",
                "A câmara municipal decidiu mudar o mercado semanal para o recinto da feira, que fica a um quilómetro e meio do centro da vila. A decisão foi tomada na terça-feira com os votos da maioria.",
                "Amélia Rocha vive sozinha há cinquenta anos. “Eu já não conduzo e o autocarro passa de hora a hora”, disse a octogenária."));

    [Fact]
    public void AnAgeInWords_IsThePersonNamed_French()
        => Assert.Equal(
            new string?[] { "Odette Marchal" },
            QuoteSpeakers.Under(
                "Le marché quitte le centre du village",
                "Le conseil municipal a décidé mardi de déplacer le marché hebdomadaire sur le parking de la salle des fêtes, à un kilomètre et demi du centre. La décision a été prise avec les voix de la majorité.",
                "Odette Marchal vit seule depuis cinquante ans. « Je ne conduis plus et le bus ne passe qu'une fois par heure », a confié l’octogénaire."));

    [Fact]
    public void AnAgeInWords_IsThePersonNamed_German()
        => Assert.Equal(
            new string?[] { "Hildegard Mohr" },
            QuoteSpeakers.Under(
                "Der Markt verlässt die Altstadt",
                "Hildegard Mohr wohnt seit fünfzig Jahren allein. „Ich fahre kein Auto mehr“, sagt die Achtzigjährige."));

    [Fact]
    public void AnAgeInWords_IsThePersonNamed_Dutch()
        => Assert.Equal(
            new string?[] { "Annie Wolters" },
            QuoteSpeakers.Under(
                "De markt verlaat het centrum",
                "Annie Wolters woont alleen aan de rand van het dorp. \"Ik rijd geen auto meer\", zegt de tachtigjarige."));

    [Fact]
    public void AnAgeInWords_IsThePersonNamed_English()
        => Assert.Equal(
            new string?[] { "Doris Baines" },
            QuoteSpeakers.Under(
                "Market leaves the town centre",
                "Doris Baines lives alone on Oven Street. \"I don't drive any more,\" said the octogenarian."));

    [Fact]
    public void AnAgeInWords_AfterANewcomer_IsTheNewcomer_NotTheLastSpeaker_Spanish()
        => Assert.Equal(
            new string?[] { "Tomás Gil", "Dolores Baena" },
            QuoteSpeakers.Under(
                "El mercadillo se va del centro",
                "«El recinto es mejor», defendió el concejal Tomás Gil.",
                "Dolores Baena vive sola en la calle del Horno desde hace medio siglo. Cada jueves baja a la plaza. «Yo ya no conduzco», explica la octogenaria."));

    [Fact]
    public void AnAgeInWords_WithNoOneNamed_IsNoOne_Spanish()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "El mercadillo se va del centro",
                "El mercadillo abre a las ocho en la plaza. «Yo ya no conduzco», explica la octogenaria."));

    [Fact]
    public void ANameGivenAnAgeBetweenCommas_IsBroughtIn_NotTheLastSpeaker_Spanish()
        => Assert.Equal(
            new string?[] { "Tomás Gil", "Dolores Baena" },
            QuoteSpeakers.Under(
                "El mercadillo se va del centro",
                "«El recinto es mejor», defendió el concejal Tomás Gil.",
                "Una de ellas es Dolores Baena, de 81 años, que vive sola desde hace medio siglo. «Yo ya no conduzco», explica la octogenaria."));

    [Fact]
    public void ANameGivenAnAgeBetweenCommas_IsBroughtIn_NotTheLastSpeaker_German()
        => Assert.Equal(
            new string?[] { "Reiner Pfaff", "Hildegard Mohr" },
            QuoteSpeakers.Under(
                "Die letzte Metzgerei schließt",
                "„Wir suchen einen Verkaufswagen“, sagte Bürgermeister Reiner Pfaff.",
                "Eine der Kundinnen ist Hildegard Mohr, 79, die seit fünfzig Jahren hier einkauft. „Wo soll ich denn jetzt hin?“, sagt die 79-Jährige."));

    [Fact]
    public void ANumberOfEurosBetweenCommas_BringsNoOneIn_Spanish()
        => Assert.NotEqual(
            "Andrea Baena",
            QuoteSpeakers.Under(
                "El mercadillo se va del centro",
                "«El recinto es mejor», defendió el concejal Tomás Gil.",
                "Cada puesto paga a Andrea Baena, de 30 euros, la limpieza. «Yo ya no conduzco», explica la octogenaria.")[1]);
}
