namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document's words are its issuer's: a name right after the document's noun and its link
/// ("a study by", "un informe de la", "ein Gutachten des") issued it, and a later "the study said",
/// "señala el informe" or German "heißt es in dem Gutachten" gives that name. A German genitive's
/// ending is no part of the name ("des Tennisvereins Grünau" speaks as Tennisverein Grünau).
/// </summary>
public sealed class DocumentIssuerTests
{
    [Theory]
    [InlineData("Bus use falls", "A study by Westbrook Analytics found that bus use had halved in two years. \"Routes were cut faster than anyone could adapt,\" the study said.", "Westbrook Analytics")]
    [InlineData("La flota pesquera", "Un informe de la Fundación Mareas estima que la flota perderá un tercio de sus barcos antes de 2030. «Sin ayudas, el puerto se vaciará en diez años», señala el informe.", "Fundación Mareas")]
    [InlineData("La flotta", "Uno studio di Acme Ricerche stima che la flotta perderà un terzo delle barche entro il 2030. «Senza aiuti il porto si svuoterà in dieci anni», avverte lo studio.", "Acme Ricerche")]
    [InlineData("A frota", "Um relatório da Fundação Serra Azul conclui que a frota vai perder um terço dos barcos até 2030. “Sem apoios, o porto fica vazio em dez anos”, conclui o relatório.", "Fundação Serra Azul")]
    [InlineData("De vloot", "Een rapport van Stichting Waterland becijfert dat de vloot voor 2030 een derde van haar schepen verliest. “Zonder steun is de haven over tien jaar leeg”, schrijft het rapport.", "Stichting Waterland")]
    [InlineData("Il porto", "Uno studio di Acme Ricerche stima che la flotta perderà un terzo delle barche entro il 2030. «Senza aiuti il porto si svuoterà in dieci anni», avverte il rapporto.", "Acme Ricerche")]
    [InlineData("Die Kaimauer", "Ein Gutachten des Landesbauamts liegt seit Montag vor. Die Stadt will es in der nächsten Sitzung mit den Anwohnern besprechen. „Die Kaimauer muss bis 2030 erneuert werden“, heißt es in dem Bericht.", "Landesbauamt")]
    public void ADocumentNamedWithItsIssuer_SpeaksForIt(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Fact]
    public void AnImpersonalReportInADocument_IsItsIssuers()
        => Assert.Equal(
            new[] { "Landesbauamt" },
            QuoteSpeakers.Under(
                "Die Kaimauer",
                "Ein Gutachten des Landesbauamts liegt seit Montag vor. Die Stadt will es in der nächsten Sitzung mit den Anwohnern besprechen.",
                "„Die Kaimauer muss bis 2030 erneuert werden“, heißt es in dem Gutachten."));

    [Fact]
    public void AnImpersonalReportInAnOrganisationsDocument_IsTheOrganisations()
        => Assert.Equal(
            new[] { "Gewerkschaft Hafenbund" },
            QuoteSpeakers.Under(
                "Der Hafen",
                "Die Gewerkschaft Hafenbund kündigte am Dienstag Proteste gegen die Pläne an. „Wir lassen uns das nicht gefallen“, hieß es in einer Mitteilung der Gewerkschaft."));

    [Theory]
    [InlineData("Die Halle", "Der Verein will die Halle auch im Winter nutzen und hat dafür einen Antrag gestellt. „Wir brauchen die Halle im Winter“, sagte ein Sprecher des Tennisvereins Grünau.", "Tennisverein Grünau")]
    [InlineData("Das Amt", "Die Prüfung der Brücke dauert länger als geplant und wird erst im Herbst fertig. Ein Sprecher des Landesamtes Nord sagte, die Prüfung sei „noch nicht abgeschlossen“.", "Landesamt Nord")]
    [InlineData("Der Campus", "Die neue Mensa soll im Frühjahr fertig werden, aber die Bauarbeiten dauern noch an. „Wir öffnen im Mai“, sagte ein Sprecher des Campus Nord.", "Campus Nord")]
    [InlineData("Die Straße", "Die Straße zwischen den beiden Orten ist nach dem Unwetter seit Tagen nicht befahrbar. „Die Straße bleibt gesperrt“, sagte ein Sprecher des ADAC.", "ADAC")]
    public void AGenitivesEnding_IsNoPartOfTheName(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // A name that ends in -s in its own right keeps it: no listed noun is left once it is cut.
    [Fact]
    public void ANamesOwnEnding_IsKept()
        => Assert.Equal(
            new[] { "Lions Club Grünau" },
            QuoteSpeakers.Under(
                "Der Markt",
                "Der Weihnachtsmarkt am Rathaus soll in diesem Jahr zum ersten Mal zwei Wochen länger dauern. „Wir sammeln für die Tafel“, sagte ein Sprecher des Lions Club Grünau."));

    // "des Ingenieurs Klaus Weber": a title in the genitive before a person's name is no body's noun.
    [Fact]
    public void ATitleInTheGenitive_IsNotCutToABody()
        => Assert.DoesNotContain(
            "Ingenieur Klaus Weber",
            QuoteSpeakers.Under(
                "Die Brücke",
                "Die alte Brücke über den Fluss ist seit dem Frühjahr für Lastwagen gesperrt. Ein Bericht des Ingenieurs Klaus Weber liegt seit Montag vor. „Die Brücke ist nicht mehr sicher“, heißt es in dem Bericht. Die Stadt will nun handeln. „Wir warten auf Geld“, sagte sie."));

    // A document's issuer is no "company"; a name a preposition goes on past was cut, and speaks
    // for no one; an impersonal report from a place quotes no one.
    [Theory]
    [InlineData("Las obras", "Un informe de la Cámara de Comercio de Lerma critica las obras del centro y pide ayudas para las tiendas. «Perdemos clientes cada semana», dijo la empresa.")]
    [InlineData("Die Wahl", "Die Wahl ging am Sonntag nur mit wenigen Stimmen aus, und die Partei feierte bis in die Nacht. „Das war knapp“, hieß es in Berlin.")]
    [InlineData("Valves", "The inquiry, led by Ann Lee, reported in May after a year of hearings. \"Nobody checked the valves,\" the report said.")]
    public void NoIssuerNamed_GivesNoOne(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    // A document of another kind, later, may be anyone's: the study's issuer wrote no statement. (The Spanish row, whose
    // fishermen's guild is a body since session 61, gives the guild: StatementBodyTests.)
    [Theory]
    [InlineData("Il porto", "Uno studio di Acme Ricerche stima che la flotta perderà un terzo delle barche entro il 2030. I pescatori hanno risposto duramente il giorno dopo. «I dati sono sbagliati», scrive la nota.")]
    [InlineData("O porto", "Um relatório da Fundação Serra Azul conclui que a frota vai perder um terço dos barcos até 2030. Os pescadores reagiram no dia seguinte com uma carta aberta. “Os números estão errados”, diz a nota.")]
    public void ALaterDocumentOfAnotherKind_IsNotTheIssuers(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    // A person who issued a document is no "it" or "si legge" after it.
    [Theory]
    [InlineData("Il ponte", "Il vecchio ponte sul fiume è chiuso ai camion dalla primavera. Uno studio di Marco Neri è pronto da lunedì. «Aspettiamo i soldi della regione», si legge.")]
    public void APersonsDocument_IsNoPronounsIssuer(string headline, string paragraph)
        => Assert.All(QuoteSpeakers.Under(headline, paragraph), speaker => Assert.Null(speaker));

    [Fact]
    public void ANameCutByAPreposition_IssuesNothing()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Der Deich",
                "Ein Gutachten des Instituts für Küstenschutz liegt seit Montag vor. Die Stadt will es in der nächsten Sitzung mit den Anwohnern besprechen.",
                "„Der Deich ist zu niedrig“, heißt es in dem Gutachten."));

    // A studio is no study: a document's noun before a lower-case complement issues nothing.
    [Theory]
    [InlineData("Estudio", "El estudio de grabación de Lerma cerrará en verano después de treinta años. «Grabamos aquí nuestro primer disco», recordó el cantante Pablo Ríos.", "Pablo Ríos")]
    [InlineData("Studio", "Lo studio di registrazione di Lerma chiuderà in estate dopo trent’anni di attività. «Qui abbiamo inciso il nostro primo disco», ha detto Paolo Neri.", "Paolo Neri")]
    public void AStudioBeforeItsComplement_LeavesTheSpeaker(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));
}
