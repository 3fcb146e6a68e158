namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Sein Boot heißt Anna Maria.", "A loja chama-se Relógios Neves.", "His dog is called Bruno.": a sentence whose
/// subject is a thing or an animal (a noun that is not a person's, after a possessive or an article) and whose verb
/// gives its name names no speaker; the quote after it with a pronoun stays with the person quoted before.
/// </summary>
public sealed class ThingNamedTests
{
    [Theory]
    [InlineData("Haven",
        "“Ik vaar al dertig jaar uit”, zegt visser Jan Pietersen.",
        "Zijn kotter heet Greta Louise en ligt in de winter in de haven. “In de zomer vaar ik elke ochtend”, zegt hij.",
        "Jan Pietersen")]
    [InlineData("Haven",
        "“Ik vaar al dertig jaar uit”, zegt visser Jan Pietersen.",
        "De winkel heet Klokken Nieuwenhuis en staat aan de markt. “Hier kom ik elke dag”, zegt hij.",
        "Jan Pietersen")]
    [InlineData("Loja",
        "“Aprendi com o meu pai”, diz o relojoeiro Paulo Neves.",
        "A loja chama-se Relógios Tavares e fica na Rua Augusta. “Aqui ninguém tem pressa”, diz ele.",
        "Paulo Neves")]
    [InlineData("Loja",
        "“Aprendi com o meu pai”, diz o relojoeiro Paulo Neves.",
        "O seu barco chama-se Maria Clara e passa o inverno no porto. “No verão saio todas as manhãs”, conta ele.",
        "Paulo Neves")]
    [InlineData("Tienda",
        "«Aprendí de mi padre», dice el relojero Pablo Nieto.",
        "Su perro se llama Toby. «Me acompaña cada mañana», cuenta él.",
        "Pablo Nieto")]
    [InlineData("Tienda",
        "«Aprendí de mi padre», dice el relojero Pablo Nieto.",
        "La tienda se llama Relojes Tamayo y está en la plaza. «Aquí nadie tiene prisa», dice él.",
        "Pablo Nieto")]
    [InlineData("Bottega",
        "«Ho imparato da mio padre», dice il restauratore Paolo Neri.",
        "La bottega si chiama Orologi Bellini e sta in piazza. «Qui nessuno ha fretta», dice lui.",
        "Paolo Neri")]
    [InlineData("Bottega",
        "«Ho imparato da mio padre», dice il restauratore Paolo Neri.",
        "Il suo cavallo si chiama Furia. «Lo monto ogni domenica», racconta lui.",
        "Paolo Neri")]
    [InlineData("Boutique",
        "« J'ai appris avec mon père », dit l'horloger Paul Nérac.",
        "Son bateau s'appelle Marie Galante et passe l'hiver au port. « L'été, je sors chaque matin », raconte-t-il.",
        "Paul Nérac")]
    [InlineData("Boutique",
        "« J'ai appris avec mon père », dit l'horloger Paul Nérac.",
        "La ferme s'appelle Les Tilleuls. « Ici, c'est calme », dit-il.",
        "Paul Nérac")]
    // Session 58: the thing named reads its verb with the newcomer's one reader, the elided forms included
    // ("s'appelle", "s'appelait"); the French rows read right before it too, by other readings.
    [InlineData("Ferme",
        "« Nous trayons deux fois par jour », dit l'agricultrice Anne Vasseur.",
        "Sa jument s'appelle Rose Marie Lambert. « Elle a vingt ans », dit-elle.",
        "Anne Vasseur")]
    [InlineData("Port",
        "« La mer a changé », dit le pêcheur Marc Le Goff.",
        "Son vieux chalutier s'appelait Louis Marin. « Je l'ai vendu en mai », raconte-t-il.",
        "Marc Le Goff")]
    [InlineData("Harbour",
        "'I have fished for thirty years,' says the fisherman John Peters.",
        "His boat is called Mary Ellen and stays in the harbour in winter. 'In summer I go out every morning,' he says.",
        "John Peters")]
    [InlineData("Harbour",
        "'I have fished for thirty years,' says the fisherman John Peters.",
        "His dog is called Bruno. 'He comes out on the water with me,' he says.",
        "John Peters")]
    [InlineData("Farm",
        "'We milk twice a day,' says the farmer Anne Wise.",
        "Her farm is called High Meadows. 'It is quiet here,' she says.",
        "Anne Wise")]
    public void AQuoteAfterASentenceNamingAThing_StaysWithTheSpeakerBefore(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);

    // German writes "er" for a masculine thing too ("Sein Hund … sagt er" may mean the dog): the sentence ends the
    // speaker's turn, and the quote is the speaker's before or no one's, never the thing's.
    [Theory]
    [InlineData("Hafen",
        "„Ich fahre seit dreißig Jahren raus“, sagt der Fischer Jan Petersen.",
        "Sein Kutter heißt Greta Luise und liegt im Winter im Hafen. „Im Sommer fahre ich jeden Morgen“, sagt er.",
        "Jan Petersen")]
    [InlineData("Hafen",
        "„Ich fahre seit dreißig Jahren raus“, sagt der Fischer Jan Petersen.",
        "Sein Hund heißt Bruno. „Er kommt immer mit aufs Wasser“, erzählt er.",
        "Jan Petersen")]
    [InlineData("Hof",
        "„Wir melken zweimal am Tag“, sagt die Bäuerin Anke Wiese.",
        "Ihr Hof heißt Sonnenhof Lindenberg und liegt am Waldrand. „Hier ist es ruhig“, sagt sie.",
        "Anke Wiese")]
    public void AQuoteAfterAGermanSentenceNamingAThing_IsNeverTheThings(string headline, string before, string paragraph, string speaker)
        => Assert.Contains(QuoteSpeakers.Under(headline, before, paragraph)[1], new[] { speaker, null });

    // A person named so (a relative or a person noun before the naming verb) is still the next pronoun's.
    [Theory]
    [InlineData("Hafen",
        "„Ich fahre seit dreißig Jahren raus“, sagt der Fischer Jan Petersen.",
        "Neben ihm arbeitet ein junger Mann. Er heißt Lukas Tanner und kommt aus Kiel. „Ich lerne noch“, sagt er.",
        "Lukas Tanner")]
    [InlineData("Loja",
        "“Aprendi com o meu pai”, diz o relojoeiro Paulo Neves.",
        "Ao balcão espera uma senhora de casaco verde. Chama-se Rosa Tavares e vem todas as semanas. “Aqui ninguém tem pressa”, diz ela.",
        "Rosa Tavares")]
    public void AQuoteAfterASentenceNamingAPerson_IsTheirs(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);
}
