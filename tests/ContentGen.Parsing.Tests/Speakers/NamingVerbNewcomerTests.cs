namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Si chiama Marco Bellini e viene da Parma.", "Chama-se Rosa Tavares", "Se llama Rosa Tamayo", "Elle s'appelle
/// Rose Tavernier", "Er heißt Lukas Tanner", "Hij heet Luuk Tammes", "He is called Luke Tanner": a sentence that
/// names someone just described by their name brings that person in as its subject, and the next quote with a
/// dropped subject or a pronoun is theirs, not the last speaker's. A thing named so ("Il suo cane si chiama
/// Bruno", "The dog is called Bruno") brings in no one.
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
}
