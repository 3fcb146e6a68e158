namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed brought in by an indefinite article and a person's noun whose predicate follows the noun at
/// once, a gesture or a stance, in a sentence that ends in a colon right before the quote (session 70, colon):
/// "Un pensionato scuote la testa: «…»", "Un jubilado no está de acuerdo: «…»". The quote is that person's,
/// given by the noun, as when a complement or an insert follows the noun (UnnamedColonLeadTests). A clause that
/// names someone, brings in a role, a document or a pronoun, or opens on a verb of saying is not this reading's.
/// </summary>
public sealed class UnnamedColonLeadPredicateTests
{
    // English and German were read at the base already (by the colon readings); kept as checks.
    [Theory]
    [InlineData("en", "The market will close until May. A pensioner shook her head: \"I have shopped here for forty years.\"", "pensioner")]
    [InlineData("fr", "Le marché restera fermé jusqu’en mai. Une passante est plus sévère : « Personne ne nous a demandé notre avis. »", "passante")]
    [InlineData("es", "El mercado estará cerrado hasta mayo. Un jubilado no está de acuerdo: «Aquí nadie nos ha preguntado nada».", "jubilado")]
    [InlineData("it", "Il mercato resterà chiuso fino a maggio. Un pensionato scuote la testa: «Qui nessuno ci ha chiesto niente».", "pensionato")]
    [InlineData("it", "Il mercato resterà chiuso fino a maggio. Una cliente è meno convinta: «Se piove, chi viene a comprare?»", "cliente")]
    [InlineData("pt", "O mercado vai fechar até maio. Um reformado abana a cabeça: «Aqui ninguém nos perguntou nada.»", "reformado")]
    [InlineData("de", "Der Markt bleibt bis Mai geschlossen. Ein Rentner zuckt mit den Schultern: „Uns hat niemand gefragt.“", "Rentner")]
    [InlineData("nl", "De markt blijft tot mei dicht. Een buurvrouw is somberder: “Niemand heeft ons iets gevraagd.”", "buurvrouw")]
    public void AnUnnamedPersonsPredicateRightAfterTheNoun_LeadsToTheirWords(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.InLanguage(language, "Probe", paragraph)[0]);

    // The clause names someone, brings in a role, a document or a pronoun: the words may be theirs. Other readings
    // already give "Ein Rentner zitiert Müller:", "A pensioner quoted the mayor:" and "Un pensionato ricorda le parole
    // di Rossi:" to the unnamed subject at the base (session 70's start); this reading leaves them as they were.
    [Theory]
    [InlineData("it", "Il mercato resterà chiuso fino a maggio. Un pensionato ringrazia Rossi: «Qui nessuno ci ha chiesto niente».", "pensionato")]
    [InlineData("it", "Il mercato resterà chiuso fino a maggio. Un pensionato è d’accordo con Rossi: «Qui nessuno ci ha chiesto niente».", "pensionato")]
    [InlineData("es", "El mercado estará cerrado hasta mayo. Un jubilado escucha al alcalde: «Aquí nadie nos ha preguntado nada».", "jubilado")]
    [InlineData("en", "The market will close until May. A pensioner read the letter: \"Nobody will lose their stall.\"", "pensioner")]
    [InlineData("it", "Il mercato resterà chiuso fino a maggio. Un pensionato legge la lettera del sindaco: «Qui nessuno ci ha chiesto niente».", "pensionato")]
    [InlineData("it", "Il mercato resterà chiuso fino a maggio. Un pensionato ha letto sul cartello: «Chiuso fino a maggio».", "pensionato")]
    [InlineData("pt", "O mercado vai fechar até maio. Um reformado lê o aviso: «Fechado até maio.»", "reformado")]
    [InlineData("es", "El mercado estará cerrado hasta mayo. Un jubilado cita al alcalde: «Aquí nadie nos ha preguntado nada».", "jubilado")]
    [InlineData("fr", "Le marché restera fermé jusqu’en mai. Une passante lit le communiqué : « Personne ne sera oublié. »", "passante")]
    [InlineData("nl", "De markt blijft tot mei dicht. Een buurvrouw leest de brief van de burgemeester voor: “Niemand raakt zijn kraam kwijt.”", "buurvrouw")]
    public void APredicateThatBringsInSomeoneOrSomethingElse_LeavesTheUnnamedPersonAside(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", paragraph)[0]);

    // A cue after the quote names its own speaker; the colon's reading takes only a quote that closes the sentence.
    [Theory]
    [InlineData("it", "Il mercato resterà chiuso fino a maggio. Un pensionato scuote la testa: «Qui nessuno ci ha chiesto niente», dice Marco Neri.", "Marco Neri")]
    [InlineData("es", "El mercado estará cerrado hasta mayo. Un jubilado no está de acuerdo: «Aquí nadie nos ha preguntado nada», dice Marcos Ruiz.", "Marcos Ruiz")]
    public void ACueAfterTheQuote_NamesItsSpeaker(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.InLanguage(language, "Probe", paragraph)[0]);

    // A noun that another noun follows is a description of someone else ("An executive spokesman").
    [Theory]
    [InlineData("en", "The Harbour Board faces claims. An executive spokesman shook his head: \"We will study the ruling.\"", "executive")]
    public void ANounBeforeAnotherNoun_IsNotTheSubject(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", paragraph)[0]);
}
