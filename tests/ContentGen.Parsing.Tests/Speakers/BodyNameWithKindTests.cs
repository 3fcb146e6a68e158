namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body's name with its kind read as one where the article writes them as one: the kind noun before a
/// name the article also writes as a place ("in Weerdijk" … "De gemeente Weerdijk laat weten") is the
/// authority of that place, whose name is the kind and the place ("gemeente Weerdijk"), never the place
/// alone; and a kind noun the article capitalises inside a sentence in a language that writes nouns in
/// lower case ("l'Asl Colli Alti", "la Mancomunidad Sierra Baja") is part of the name. A name that is no
/// place after a lower-case kind ("l'associazione Mare Chiaro") stays the name alone, as before.
/// </summary>
public sealed class BodyNameWithKindTests
{
    [Theory]
    // The kind before a place the article names as a place.
    [InlineData("Nieuw zwembad in Weerdijk",
        "Het oude bad is al jaren dicht en de inwoners van het dorp zijn er niet blij mee, want zij moeten nu met de bus naar de stad en dat kost veel tijd.",
        "De gemeente Weerdijk zegt: ‘Het bad gaat voor de zomer open.’",
        "gemeente Weerdijk")]
    [InlineData("Neues Hallenbad in Hollbach",
        "Das alte Bad ist seit Jahren geschlossen und die Bewohner des Dorfes sind nicht froh, denn sie müssen mit dem Bus in die Stadt fahren und das dauert.",
        "Die Gemeinde Hollbach teilte am Montag mit, das Bad sei „im Sommer fertig“.",
        "Gemeinde Hollbach")]
    [InlineData("Piscina nuova in Val Morena",
        "La vecchia piscina è chiusa da anni e gli abitanti del paese non sono contenti, perché devono andare in città con il pullman e ci vuole molto tempo.",
        "La cooperativa Val Morena ha spiegato che la piscina «aprirà in estate».",
        "cooperativa Val Morena")]
    [InlineData("Nueva piscina en Peñalta",
        "La vieja piscina está cerrada desde hace años y los vecinos del pueblo no están contentos, porque tienen que ir a la ciudad en el autobús y eso lleva mucho tiempo.",
        "La cooperativa Peñalta asegura que la piscina «abrirá en verano».",
        "cooperativa Peñalta")]
    [InlineData("Nova piscina em Vilar Seco",
        "A velha piscina está fechada há anos e os moradores da aldeia não estão contentes, porque têm de ir à cidade de autocarro e isso leva muito tempo.",
        "A cooperativa Vilar Seco garante que a piscina «abre no verão».",
        "cooperativa Vilar Seco")]
    [InlineData("Une piscine neuve à Val Fleuri",
        "La vieille piscine est fermée depuis des années et les habitants du village ne sont pas contents, car ils doivent aller en ville avec le bus et cela prend du temps.",
        "La coopérative Val Fleuri assure que la piscine « ouvrira cet été ».",
        "coopérative Val Fleuri")]
    // A kind capitalised inside the sentence, in a language that writes nouns in lower case.
    [InlineData("Vaccini in camper",
        "La vecchia piscina è chiusa da anni e gli abitanti del paese non sono contenti, perché devono andare in città con il pullman e ci vuole molto tempo.",
        "In una nota, l'Asl Colli Alti ha precisato che la campagna «è rivolta agli anziani».",
        "Asl Colli Alti")]
    [InlineData("Vacunas en la sierra",
        "La vieja piscina está cerrada desde hace años y los vecinos del pueblo no están contentos, porque tienen que ir a la ciudad en el autobús y eso lleva mucho tiempo.",
        "La Mancomunidad Sierra Baja asegura que las ayudas «llegan tarde».",
        "Mancomunidad Sierra Baja")]
    [InlineData("Vacinas na serra",
        "A velha piscina está fechada há anos e os moradores da aldeia não estão contentes, porque têm de ir à cidade de autocarro e isso leva muito tempo.",
        "A Cooperativa Terra Alta garante que as ajudas «chegam tarde».",
        "Cooperativa Terra Alta")]
    [InlineData("Des vaccins en camping-car",
        "La vieille piscine est fermée depuis des années et les habitants du village ne sont pas contents, car ils doivent aller en ville avec le bus et cela prend du temps.",
        "Dans un communiqué, la Mutuelle Pays Vert précise que la campagne « vise les plus âgés ».",
        "Mutuelle Pays Vert")]
    public void KindBeforeItsName_IsReadWithIt(string headline, string context, string paragraph, string expected)
        => Assert.Equal(new string?[] { expected }, QuoteSpeakers.Under(headline, context, paragraph));

    [Fact]
    public void KindNounBack_MeansTheWholeName_Dutch()
        => Assert.Equal(
            new string?[] { "gemeente Weerdijk", "gemeente Weerdijk" },
            QuoteSpeakers.Under(
                "Nieuw zwembad in Weerdijk",
                "Het oude bad is al jaren dicht en de inwoners van het dorp zijn er niet blij mee, want zij moeten nu met de bus naar de stad en dat kost veel tijd.",
                "De gemeente Weerdijk zegt dat het bad ‘voor de zomer open’ gaat. De bouw kost ‘ruim twee miljoen’, aldus de gemeente."));

    [Theory]
    // A name that is no place after a lower-case kind is the name alone.
    [InlineData("Spiagge pulite",
        "La vecchia piscina è chiusa da anni e gli abitanti del paese non sono contenti, perché devono andare in città con il pullman e ci vuole molto tempo.",
        "L'associazione Mare Chiaro ha spiegato che la spiaggia «è un disastro».",
        "Mare Chiaro")]
    [InlineData("Playas limpias",
        "La vieja piscina está cerrada desde hace años y los vecinos del pueblo no están contentos, porque tienen que ir a la ciudad en el autobús y eso lleva mucho tiempo.",
        "La asociación Playa Limpia asegura que la arena «está llena de plásticos».",
        "Playa Limpia")]
    [InlineData("Clean beaches",
        "The old pool has been closed for years and the people of the village are not happy with it, because they have to take the bus to the town and that takes a long time.",
        "The charity Harbour Aid said the beach was \"a disgrace\".",
        "Harbour Aid")]
    // English writes a place's body with its kind after it: a kind before a name describes a body of its
    // own name, even one the article writes after "in" ("a stake in Marlow").
    [InlineData("Bank sale talks",
        "The old pool has been closed for years and the people of the village are not happy with it, because they have to take the bus to the town and that takes a long time.",
        "Talks on a stake in Marlow go on. The bank Marlow said talks were \"at an early stage\".",
        "Marlow")]
    // A place after a kind the article never writes as a place stays as read.
    [InlineData("Schoon strand",
        "Het oude bad is al jaren dicht en de inwoners van het dorp zijn er niet blij mee, want zij moeten nu met de bus naar de stad en dat kost veel tijd.",
        "De vereniging Schone Kust zegt: ‘Het strand ligt vol plastic.’",
        "Schone Kust")]
    public void NameThatIsNoPlace_StaysAlone(string headline, string context, string paragraph, string expected)
        => Assert.Equal(new string?[] { expected }, QuoteSpeakers.Under(headline, context, paragraph));

    [Fact]
    public void KindOpeningTheSentence_IsNoCapitalisedKind_Italian()
        => Assert.Equal(
            new string?[] { "Mare Chiaro" },
            QuoteSpeakers.Under(
                "Spiagge pulite",
                "La vecchia piscina è chiusa da anni e gli abitanti del paese non sono contenti, perché devono andare in città con il pullman e ci vuole molto tempo.",
                "Associazione Mare Chiaro: la spiaggia «è un disastro», ha spiegato l'associazione Mare Chiaro."));
}
