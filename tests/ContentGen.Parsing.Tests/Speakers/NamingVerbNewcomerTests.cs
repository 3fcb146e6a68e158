namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Si chiama Marco Bellini e viene da Parma.", "Chama-se Rosa Tavares", "Se llama Rosa Tamayo", "Elle s'appelle
/// Rose Tavernier", "Er heißt Lukas Tanner", "Hij heet Luuk Tammes", "He is called Luke Tanner": a sentence that
/// names someone the sentence before brought in, unnamed, as its subject ("Al banco aspetta una signora.") brings
/// that person in, and the next quote with a dropped subject or a pronoun is theirs, not the last speaker's. A
/// thing named so ("Il suo cane si chiama Bruno", "The dog is called Bruno"), or a relative the speaker has ("Ha
/// un figlio … Si chiama Luca Lenzi"), brings in no one.
/// </summary>
public sealed class NamingVerbNewcomerTests
{
    [Theory]
    [InlineData("Bottega",
        "«Ho imparato da mio padre», dice il restauratore Paolo Neri.",
        "Accanto a lui lavora un ragazzo con il grembiule blu. Si chiama Marco Bellini e viene da Parma. «Qui il tempo va piano», spiega.",
        "Marco Bellini")]
    [InlineData("Bottega",
        "«Ho imparato da mio padre», dice il restauratore Paolo Neri.",
        "Al banco aspetta una signora con il cappotto verde. Si chiama Rosa Tavella, ha settant'anni e viene ogni settimana. «Qui nessuno ha fretta», racconta.",
        "Rosa Tavella")]
    [InlineData("Loja",
        "“Aprendi com o meu pai”, diz o relojoeiro Paulo Neves.",
        "Ao balcão espera uma senhora de casaco verde. Chama-se Rosa Tavares e vem todas as semanas. “Aqui ninguém tem pressa”, explica.",
        "Rosa Tavares")]
    [InlineData("Loja",
        "“Aprendi com o meu pai”, diz o relojoeiro Paulo Neves.",
        "Ao lado dele trabalha um rapaz de avental azul. Ele se chama Marcos Belém, tem 19 anos e veio de Campinas. “Aqui o tempo passa devagar”, conta.",
        "Marcos Belém")]
    [InlineData("Tienda",
        "«Aprendí de mi padre», dice el relojero Pablo Nieto.",
        "En la puerta espera una mujer con un abrigo verde. Se llama Rosa Tamayo y viene cada semana. «Aquí nadie tiene prisa», explica.",
        "Rosa Tamayo")]
    [InlineData("Boutique",
        "« J'ai appris avec mon père », dit l'horloger Paul Nérac.",
        "À côté de lui travaille un garçon en tablier bleu. Il s'appelle Luc Tavernier et vient de Nevers. « Ici, le temps passe lentement », raconte-t-il.",
        "Luc Tavernier")]
    [InlineData("Laden",
        "„Ich habe es von meinem Vater gelernt“, sagt der Uhrmacher Paul Neumann.",
        "An der Theke wartet ein Mann im grünen Mantel. Er heißt Lukas Tanner und kommt jede Woche. „Hier hat niemand Eile“, sagt er.",
        "Lukas Tanner")]
    [InlineData("Winkel",
        "“Ik heb het van mijn vader geleerd”, zegt horlogemaker Paul Nieuwenhuis.",
        "Aan de toonbank wacht een man in een groene jas. Hij heet Luuk Tammes en komt elke week. “Hier heeft niemand haast”, zegt hij.",
        "Luuk Tammes")]
    [InlineData("Shop",
        "'I learned it from my father,' says the watchmaker Paul Newton.",
        "At the counter waits a man in a green coat. He is called Luke Tanner and comes every week. 'Nobody is in a hurry here,' he says.",
        "Luke Tanner")]
    [InlineData("Shop",
        "'I learned it from my father,' says the watchmaker Paul Newton.",
        "At the counter waits a man in a green coat. His name is Luke Tanner and he comes every week. 'Nobody is in a hurry here,' he says.",
        "Luke Tanner")]
    [InlineData("Shop",
        "'I learned it from my father,' says the watchmaker Paul Newton.",
        "At the counter waits a man in a green coat. He is named Luke Tanner and comes every week. 'Nobody is in a hurry here,' he says.",
        "Luke Tanner")]
    [InlineData("Boutique",
        "« J'ai appris avec mon père », dit l'horloger Paul Nérac.",
        "Ce soir-là, au comptoir attendait un homme en manteau vert. Il se nomma Luc Tavernier et commanda un café. « Ici, personne n'est pressé », raconta-t-il.",
        "Luc Tavernier")]
    public void AQuoteAfterASentenceNamingSomeone_IsTheirs(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);

    // A thing named so (a subject of its own before the verb) is no one, and a verb that calls someone
    // ("Lui chiama Marco Bellini") names no one: the quote stays with the speaker before.
    [Theory]
    [InlineData("Bottega",
        "«Ho imparato da mio padre», dice il restauratore Paolo Neri.",
        "La sua barca si chiama Santa Lucia e resta in porto d'inverno. «D'estate esco ogni mattina», spiega.",
        "Paolo Neri")]
    [InlineData("Bottega",
        "«Ho imparato da mio padre», dice il restauratore Paolo Neri.",
        "Lui chiama Marco Bellini al telefono ogni mattina. «Mi fido solo di lui», spiega.",
        "Paolo Neri")]
    [InlineData("Tienda",
        "«Aprendí de mi padre», dice el relojero Pablo Nieto.",
        "Su barca se llama Santa Lucía y pasa el invierno en el puerto. «En verano salgo cada mañana», explica.",
        "Pablo Nieto")]
    [InlineData("Shop",
        "'I learned it from my father,' says the watchmaker Paul Newton.",
        "The boat is called Mary Ellen and stays in the harbour in winter. 'In summer I go out every morning,' he says.",
        "Paul Newton")]
    public void AQuoteAfterASentenceNamingAThing_StaysWithTheSpeakerBefore(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);

    // A relative the speaker has ("Ha un figlio", "Sie hat einen Sohn"), or a thing whose subject the naming
    // sentence drops ("La sua barca … Si chiama Stella Marina"), is no newcomer: the speaker goes on, or, where
    // the quote has no cue, no one is guessed. Without the stop each quote went to the name.
    [Theory]
    [InlineData("La sarta di Borgo Alto chiude",
        "Maria Lenzi, 72 anni, ha cucito abiti da sposa per quattro decenni nella bottega di via Roma. «Ho cominciato a quindici anni, con mia zia», spiega mentre piega l'ultimo velo.",
        "Ha un figlio che vive all'estero. Si chiama Luca Lenzi e lavora come ingegnere a Monaco. «Mi telefona ogni domenica, ma la bottega non la vuole», racconta con un sorriso.",
        "Maria Lenzi")]
    [InlineData("La última sastrería de Villaverde cierra",
        "Carmen Robles, de 72 años, ha cosido trajes de novia durante cuatro décadas en su taller de la calle Mayor. «Empecé a los quince años, con mi tía», explica mientras dobla el último velo.",
        "Tiene una hija que vive en el extranjero. Se llama Rosa Tamayo y trabaja como ingeniera en Múnich. «Me llama cada domingo, pero el taller no lo quiere», cuenta con una sonrisa.",
        "Carmen Robles")]
    [InlineData("Die letzte Schneiderin von Rabenhausen schließt",
        "Maria Lenz, 72, hat vier Jahrzehnte lang Brautkleider in ihrer Werkstatt in der Hauptstraße genäht. „Ich habe mit fünfzehn bei meiner Tante angefangen“, erzählt sie.",
        "Sie hat einen Sohn, der im Ausland lebt. Er heißt Jonas Lenz und arbeitet als Ingenieur in Wien. „Er ruft jeden Sonntag an, aber die Werkstatt will er nicht.“",
        null)]
    [InlineData("Il pescatore di Porto Vecchio e la sua barca",
        "Giovanni Sarti, 64 anni, esce in mare ogni mattina alle quattro. «Il mare non aspetta nessuno», dice mentre scioglie le cime.",
        "La sua barca ha quarant'anni e l'ha costruita il nonno. Si chiama Stella Marina, e ha resistito a tre tempeste. «L'ho riverniciata io la scorsa primavera», racconta.",
        "Giovanni Sarti")]
    [InlineData("The last tailor of Millbrook closes",
        "Mary Lane, 72, has sewn wedding dresses in her workshop on the High Street for four decades. 'I started at fifteen, with my aunt,' she says.",
        "She has a son who lives abroad. He is called Luke Lane and works as an engineer in Munich. 'He phones every Sunday, but he does not want the shop.'",
        null)]
    [InlineData("La dernière couturière de Valmont ferme",
        "Marie Lenoir, 72 ans, coud des robes de mariée depuis quarante ans dans son atelier de la Grand-Rue. « J'ai commencé à quinze ans, chez ma tante », raconte-t-elle.",
        "Elle a un fils qui vit à l'étranger. Il s'appelle Luc Lenoir et travaille comme ingénieur à Munich. « Il m'appelle chaque dimanche, mais l'atelier ne l'intéresse pas. »",
        null)]
    [InlineData("De laatste kleermaker van Ravenswoude stopt",
        "Marie Lenders, 72, naait al veertig jaar bruidsjurken in haar atelier aan de Hoofdstraat. ‘Ik begon op mijn vijftiende, bij mijn tante,’ vertelt ze.",
        "Ze heeft een zoon die in het buitenland woont. Hij heet Luuk Lenders en werkt als ingenieur in München. ‘Hij belt elke zondag, maar het atelier wil hij niet.’",
        "Marie Lenders")]
    public void AQuoteAfterNamingARelativeOrAThing_IsNotTheNames(string headline, string before, string paragraph, string? speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);
}
