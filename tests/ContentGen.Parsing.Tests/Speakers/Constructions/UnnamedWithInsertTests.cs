namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// Someone unnamed, opening the sentence with an indefinite article and a person's noun, described
/// between commas (a relative clause or an apposition) before the reporting clause and its colon
/// (<c>A neighbour, who asked not to be named, said: "…"</c>, <c>Una vecina del barrio, enfermera
/// jubilada, explicó: «…»</c>): the noun is the speaker. A thing after the article, a name
/// between the commas (who is the speaker), or a group give no such noun.
/// </summary>
public sealed class UnnamedWithInsertTests
{
    [Theory]
    [InlineData("en", "A neighbour, who asked not to be named, said: \"We hear the trucks all night.\"", "neighbour")]
    [InlineData("en", "One customer at the bakery, a retired nurse, explained: \"Prices went up twice this winter.\"", "customer")]
    [InlineData("en", "A passer-by on the quay, who had stopped to watch, recalled: \"It happened in seconds.\"", "passer-by")]
    [InlineData("fr", "Une voisine, qui préfère rester anonyme, raconte : « On entend les camions toute la nuit. »", "voisine")]
    [InlineData("fr", "Un client de la boulangerie, infirmier à la retraite, explique : « Les prix ont monté deux fois cet hiver. »", "client")]
    [InlineData("fr", "Un passant sur le quai, qui s'était arrêté pour regarder, a déclaré : « Tout s'est passé en quelques secondes. »", "passant")]
    [InlineData("de", "Eine Nachbarin, die ihren Namen nicht nennen will, sagt: „Wir hören die Lastwagen die ganze Nacht.“", "Nachbarin")]
    [InlineData("de", "Ein Kunde, pensionierter Pfleger, erklärt: „Die Preise sind diesen Winter zweimal gestiegen.“", "Kunde")]
    [InlineData("de", "Ein Passant, der am Hafen stehen geblieben war, berichtete: „Es ging alles in Sekunden.“", "Passant")]
    [InlineData("es", "Una vecina, que prefirió no dar su nombre, contó: «Oímos los camiones toda la noche».", "vecina")]
    [InlineData("es", "Un cliente de la panadería, enfermero jubilado, explicó: «Los precios subieron dos veces este invierno».", "cliente")]
    [InlineData("es", "Un transeúnte del muelle, que se había parado a mirar, declaró: «Todo pasó en segundos».", "transeúnte")]
    [InlineData("it", "Una vicina, che preferisce restare anonima, racconta: «Sentiamo i camion tutta la notte».", "vicina")]
    [InlineData("it", "Un cliente del forno, infermiere in pensione, spiega: «I prezzi sono saliti due volte quest'inverno».", "cliente")]
    [InlineData("it", "Un passante sul molo, che si era fermato a guardare, ha dichiarato: «È successo tutto in pochi secondi».", "passante")]
    [InlineData("pt", "Uma vizinha, que pediu para não ser identificada, contou: «Ouvimos os camiões a noite toda».", "vizinha")]
    [InlineData("pt", "Um cliente da padaria, enfermeiro reformado, explicou: «Os preços subiram duas vezes este inverno».", "cliente")]
    [InlineData("pt", "Um transeunte no cais, que tinha parado para ver, declarou: «Aconteceu tudo em segundos».", "transeunte")]
    [InlineData("nl", "Een buurvrouw, die anoniem wil blijven, vertelt: \"We horen de vrachtwagens de hele nacht.\"", "buurvrouw")]
    [InlineData("nl", "Een klant van de bakker, gepensioneerd verpleger, vertelde: \"De prijzen zijn deze winter twee keer gestegen.\"", "klant")]
    [InlineData("nl", "Een voorbijganger op de kade, die was blijven staan, verklaarde: \"Het gebeurde in een paar seconden.\"", "voorbijganger")]
    public void TheDescribedNoun_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // A name between the commas is the speaker, not the noun.
    [Theory]
    [InlineData("en", "A neighbour on the quay, Tom Reed, said: \"We hear the trucks all night.\"", "Tom Reed")]
    [InlineData("fr", "Une voisine du quai, Julie Morel, raconte : « On entend les camions toute la nuit. »", "Julie Morel")]
    [InlineData("de", "Eine Nachbarin am Kai, Jana Roth, sagt: „Wir hören die Lastwagen die ganze Nacht.“", "Jana Roth")]
    [InlineData("es", "Una vecina del muelle, Ana Gil, contó: «Oímos los camiones toda la noche».", "Ana Gil")]
    [InlineData("it", "Una vicina del molo, Anna Neri, racconta: «Sentiamo i camion tutta la notte».", "Anna Neri")]
    [InlineData("pt", "Uma vizinha do cais, Ana Reis, contou: «Ouvimos os camiões a noite toda».", "Ana Reis")]
    [InlineData("nl", "Een buurvrouw van de kade, Anna Smit, vertelt: \"We horen de vrachtwagens de hele nacht.\"", "Anna Smit")]
    public void ANameBetweenTheCommas_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // A thing after the article (a report, a sign), a clause that does not report, or a group of
    // people give no unnamed speaker.
    [Theory]
    [InlineData("en", "A report by the council, published on Monday, said: \"The quay is not safe.\"")]
    [InlineData("en", "A neighbour, who lives by the quay, found a note on her door: \"The quay is closed.\"")]
    [InlineData("fr", "Un rapport du conseil, publié lundi, conclut : « Le quai n'est pas sûr. »")]
    [InlineData("fr", "Une voisine, qui habite sur le quai, a trouvé un mot sur sa porte : « Le quai est fermé. »")]
    [InlineData("de", "Ein Bericht des Rates, am Montag veröffentlicht, sagt: „Der Kai ist nicht sicher.“")]
    [InlineData("es", "Un informe del consejo, publicado el lunes, concluye: «El muelle no es seguro».")]
    [InlineData("es", "Una vecina, que vive en el muelle, encontró una nota en su puerta: «El muelle está cerrado».")]
    [InlineData("it", "Un rapporto del consiglio, pubblicato lunedì, conclude: «Il molo non è sicuro».")]
    [InlineData("it", "Una vicina, che abita sul molo, ha trovato un biglietto sulla porta: «Il molo è chiuso».")]
    [InlineData("pt", "Um relatório do conselho, publicado na segunda-feira, conclui: «O cais não é seguro».")]
    [InlineData("pt", "Uma vizinha, que mora no cais, encontrou um bilhete na porta: «O cais está fechado».")]
    [InlineData("nl", "Een rapport van de raad, maandag gepubliceerd, stelt: \"De kade is niet veilig.\"")]
    [InlineData("nl", "Een buurvrouw, die aan de kade woont, vond een briefje op haar deur: \"De kade is dicht.\"")]
    public void AThingOrAClauseThatDoesNotReport_GivesNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    // A group described so is read as before: no one noun speaks for it ("Einige Nachbarn" is
    // the group German has long given).
    [Theory]
    [InlineData("en", "Some neighbours, who asked not to be named, said: \"We hear the trucks all night.\"", null)]
    [InlineData("fr", "Des voisins, qui préfèrent rester anonymes, racontent : « On entend les camions toute la nuit. »", null)]
    [InlineData("de", "Einige Nachbarn, die ihre Namen nicht nennen wollen, sagen: „Wir hören die Lastwagen die ganze Nacht.“", "Einige Nachbarn")]
    [InlineData("es", "Unos vecinos, que prefirieron no dar su nombre, contaron: «Oímos los camiones toda la noche».", null)]
    [InlineData("it", "Alcuni vicini, che preferiscono restare anonimi, raccontano: «Sentiamo i camion tutta la notte».", null)]
    [InlineData("pt", "Uns vizinhos, que pediram para não ser identificados, contaram: «Ouvimos os camiões a noite toda».", null)]
    [InlineData("nl", "Enkele buren, die anoniem willen blijven, vertellen: \"We horen de vrachtwagens de hele nacht.\"", null)]
    public void AGroupDescribedSo_IsReadAsBefore(string language, string paragraph, string? expected)
        => Assert.Equal(expected, ConstructionProbe.LastSpeaker(language, paragraph));
}
