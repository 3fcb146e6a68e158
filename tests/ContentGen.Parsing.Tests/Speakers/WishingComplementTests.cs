namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A verb of wanting or hoping whose clause holds a partial quote: the quote is the words of the
/// person named in full who opens the sentence, "Le préfet X veut un port « … »", "X espera que …
/// “…” …" (Cues.WishingComplement.cs); a verbless lead-in ending on a colon does not hide that person
/// (SpeakerFinder.AfterVerblessOpening.cs). A quote opening in capitals, a verb of saying between,
/// or a body as the subject give no one.
/// </summary>
public sealed class WishingComplementTests
{
    [Theory]
    [InlineData("fr", "Le préfet Michel Roux veut un port « ouvert à tous ».", "Michel Roux")]
    [InlineData("fr", "L'architecte Yves Marchal a voulu un bâtiment « discret depuis la vallée ».", "Yves Marchal")]
    [InlineData("es", "El alcalde Bernardo Costa espera que la obra esté terminada «antes del verano» de 2027.", "Bernardo Costa")]
    [InlineData("es", "El ministro Miguel Roca quiere un puerto «abierto a todos».", "Miguel Roca")]
    [InlineData("it", "Il sindaco Bernardo Costa spera che il cantiere sia finito «prima dell'estate».", "Bernardo Costa")]
    [InlineData("it", "Il ministro Michele Rossi vuole un porto «aperto a tutti».", "Michele Rossi")]
    [InlineData("pt", "O ministro Miguel Rocha quer um porto \"aberto a todos\".", "Miguel Rocha")]
    [InlineData("pt", "Rui Lemos espera que a cooperativa esteja a funcionar \"em pleno\" no início de 2027.", "Rui Lemos")]
    [InlineData("de", "Bürgermeister Bernd Kolbe wünscht sich einen Hafen „offen für alle“.", "Bernd Kolbe")]
    [InlineData("nl", "Minister Michiel Rood wil een haven \"open voor iedereen\".", "Michiel Rood")]
    [InlineData("en", "Minister Michael Rowe wants a harbour \"open to everyone\".", "Michael Rowe")]
    public void PartialQuoteInAWish_IsTheSubjects(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Port", LanguageLeads.For(language) + " " + sentence));

    // Guards: a title opening in capitals, a verb of saying between the wish and the quote (the
    // quote is whoever says it), a body as the subject.
    [Theory]
    [InlineData("fr", "Le préfet Michel Roux veut lire « Les Misérables ».")]
    [InlineData("fr", "Le préfet Michel Roux veut savoir pourquoi le maire a déclaré « non ».")]
    [InlineData("fr", "La société Port Vert veut un port « ouvert à tous ».")]
    public void NoWishedQuote_IsNoOnes(string language, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Port", LanguageLeads.For(language) + " " + sentence));

    [Theory]
    [InlineData("fr", "« C'est un beau jour », explique Martine Lefort.", "Béton brut, grandes baies, jardin de lecture : l'architecte Paul Gravier a dessiné un lieu ouvert. « Je voulais de la lumière », dit-il.", "Paul Gravier")]
    [InlineData("es", "«Es un gran día», explicó Marta Lozano.", "Hormigón visto, grandes ventanales, un jardín: el arquitecto Pablo Gravina diseñó un lugar abierto. «Quería luz», dice.", "Pablo Gravina")]
    [InlineData("it", "«È un bel giorno», ha spiegato Marta Lanza.", "Cemento a vista, grandi vetrate, un giardino: l'architetto Paolo Gravina ha disegnato un luogo aperto. «Volevo luce», dice.", "Paolo Gravina")]
    [InlineData("pt", "\"É um grande dia\", explicou Marta Lopes.", "Betão à vista, grandes janelas, um jardim: o arquiteto Paulo Graça desenhou um espaço aberto. \"Queria luz\", diz.", "Paulo Graça")]
    [InlineData("de", "„Das ist ein schöner Tag“, sagte Martina Lang.", "Sichtbeton, hohe Fenster, ein Lesegarten: Der Architekt Paul Graf hat einen offenen Ort entworfen. „Ich wollte Licht“, sagt er.", "Paul Graf")]
    public void SubjectAfterVerblessLead_IsWhomThePronounMeans(string language, string first, string second, string speaker)
        => Assert.Equal(new[] { LeadSpeaker(language, first), speaker }, QuoteSpeakers.Under("Library", LanguageLeads.For(language) + " " + first, second));

    // Guard: a lead-in with a pronoun is a clause of its own ("Il l'a dit :"), and the name after it is no subject.
    [Fact]
    public void LeadWithAPronoun_KeepsTheSpeakerBefore()
        => Assert.Equal(new[] { "Martine Lefort", "Martine Lefort" }, QuoteSpeakers.Under("Library",
            LanguageLeads.For("fr") + " « C'est un beau jour », explique Martine Lefort.",
            "Elle le répète : Paul Gravier a dessiné un lieu ouvert. « Je voulais de la lumière », dit-elle."));

    private static string LeadSpeaker(string language, string first)
        => language switch { "fr" => "Martine Lefort", "es" => "Marta Lozano", "it" => "Marta Lanza", "pt" => "Marta Lopes", _ => "Martina Lang" };
}
