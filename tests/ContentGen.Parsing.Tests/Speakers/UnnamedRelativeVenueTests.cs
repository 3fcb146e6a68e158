namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks first; then a sentence brings in someone unnamed by an indefinite article and a
/// person's noun, and the relative clause that describes them names where they work, one capitalised word
/// after a definite article ("An usher who has worked at the Regal for years …"). The venue names no one,
/// and the pronoun in the next quote means the newcomer, not the person named before
/// (SpeakerFinder.UnnamedRelativeVenue.cs). Invented sentences.
/// </summary>
public sealed class UnnamedRelativeVenueTests
{
    private const string NamedEn = "The owner, Tom Hale, defended the sale. \"We had no choice,\" he said.";
    private const string NamedFr = "Le propriétaire, Paul Girard, défend la vente. « Nous n’avions pas le choix », assure-t-il.";

    // At the base each of these gave the person named in the paragraph before.
    [Theory]
    [InlineData(NamedEn, "A neighbour who has lived near the Regal for eleven years was less sentimental. \"The roof leaks over the seats,\" he said.", "neighbour")]
    [InlineData(NamedFr, "Un voisin qui habite près de la Rotonde depuis vingt ans hausse les épaules. « On ne nous a rien demandé », dit-il.", "voisin")]
    [InlineData("De eigenaar, Piet Mulder, verdedigt de verkoop. ‘We hadden geen keus’, zegt hij.", "Een visser die al dertig jaar aan de Havenkade woont, schudt het hoofd. ‘Niemand heeft het ons gevraagd’, zegt hij.", "visser")]
    [InlineData("El dueño, Tomás Herrero, defiende la venta. «No teníamos otra opción», aseguró.", "Un vecino que trabaja en el Casino desde hace treinta años se encoge de hombros. «Nadie nos preguntó nada», dice.", "vecino")]
    [InlineData("Il proprietario, Paolo Gatti, difende la vendita. «Non avevamo scelta», assicura.", "Un vicino che lavora da trent’anni per il Politeama scuote la testa. «Nessuno ci ha chiesto niente», dice.", "vicino")]
    [InlineData("O dono, Rui Tavares, defende a venda. «Não tínhamos escolha», garantiu.", "Um vizinho que trabalha há trinta anos para o Coliseu encolhe os ombros. «Ninguém nos perguntou nada», diz.", "vizinho")]
    public void AVenueInTheNewcomersRelativeClause_LeavesTheNewcomerTheSpeaker(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // Negatives: two capitalised words after the article may be a person's title and name; a name with
    // no article is a person; the pronoun of the other gender is not the newcomer's.
    [Theory]
    [InlineData(NamedEn, "A neighbour who has lived next to the Reverend Ann Lee for years was less sentimental. \"The roof leaks over the seats,\" he said.", "neighbour")]
    [InlineData(NamedEn, "A neighbour who has lived next to Ann for years was less sentimental. \"The roof leaks over the seats,\" he said.", "neighbour")]
    [InlineData(NamedFr, "Un voisin qui habite près de la Rotonde depuis vingt ans hausse les épaules. « On ne nous a rien demandé », dit-elle.", "voisin")]
    public void ANameOrTheOtherGender_LeavesTheNewcomerAside(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);
    // A capital after an indefinite article in the relative clause names an illness, a brand or a model, never a
    // person (a name takes no indefinite article): the newcomer stays the subject. At the base each gave no one.
    [Theory]
    [InlineData("A presidente, Paula Garcia, deu a partida da corrida na praça central da vila. «É um dia para todos», garantiu.",
        "Uma vizinha que em março foi levada para o hospital com um AVC voltou a correr. «Lembro-me de cada buraco da estrada», disse.", "vizinha")]
    [InlineData("A presidente, Paula Garcia, deu a partida da corrida na praça central da vila. «É um dia para todos», garantiu.",
        "Entre os corredores estava uma mãe de três filhos que em março foi levada para o hospital com um AVC. «Lembro-me de cada buraco da estrada», disse.", "mãe")]
    [InlineData("The organiser, Jane Hale, started the walk at the harbour wall. \"It is the one morning we all turn out,\" she said.",
        "A neighbour who drives a Volvo to every race walked the whole loop. \"I was not going to miss it,\" she said.", "neighbour")]
    [InlineData("La présidente, Paule Girard, a donné le départ de la course sur la place. « C’est une journée pour tous », a-t-elle dit.",
        "Une voisine qui roule depuis vingt ans dans une Clio a fait le trajet. « Je ne voulais pas rater ça », raconte-t-elle.", "voisine")]
    [InlineData("La alcaldesa, Carmen Herrero, dio la salida de la marcha en la plaza. «Es un día para todos», aseguró.",
        "Una vecina que llegó en un Seat con sus nietos se sumó a la marcha. «No me lo quería perder», cuenta.", "vecina")]
    [InlineData("La sindaca, Paola Gatti, ha dato il via alla corsa in piazza. «È una giornata per tutti», ha detto.",
        "Una vicina che è arrivata con una Panda piena di nipoti si è unita alla corsa. «Non volevo perderla», racconta.", "vicina")]
    [InlineData("De burgemeester, Paula de Graaf, gaf op het plein het startsignaal. ‘Het is een dag voor iedereen’, zei ze.",
        "Een buurvrouw die met een Fiat vol kleinkinderen kwam, liep ook mee. ‘Ik wilde het niet missen’, zegt ze.", "buurvrouw")]
    public void AThingAfterAnIndefiniteInTheNewcomersRelativeClause_LeavesTheNewcomerTheSpeaker(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // Negatives: two capitals after the indefinite may be a person ("a Mrs Lee", "uma Maria Lopes"): no one.
    [Theory]
    [InlineData("The organiser, Jane Hale, started the walk at the harbour wall. \"It is the one morning we all turn out,\" she said.",
        "A neighbour who came with a Mrs Lee walked the whole loop. \"I was not going to miss it,\" she said.")]
    [InlineData("A presidente, Paula Garcia, deu a partida da corrida na praça central da vila. «É um dia para todos», garantiu.",
        "Uma vizinha que veio com uma Maria Lopes voltou a correr. «Lembro-me de cada buraco da estrada», disse.")]
    public void TwoCapitalsAfterAnIndefinite_LeaveTheQuoteToNoOne(string named, string unnamed)
        => Assert.Null(QuoteSpeakers.Of(named, unnamed)[1]);
}
