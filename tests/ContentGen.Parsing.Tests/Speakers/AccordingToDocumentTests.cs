namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An <c>according to</c> phrase whose holder is a body's document: Italian "secondo una nota del
/// Comune", Spanish "según un comunicado de la empresa", Portuguese "segundo um comunicado da
/// câmara", French "selon un communiqué de la mairie", German "laut einer Mitteilung der Gemeinde",
/// English "according to a statement from the council". The document speaks for the body its link
/// names, which the cast resolves as it resolves the body's noun; with no such body named, no one.
/// And a body after the phrase's definite article, where the article is also a pronoun in another
/// language (Italian "il", French "he"): "Secondo il Comune" is the council, never "according to him".
/// </summary>
public sealed class AccordingToDocumentTests
{
    [Theory]
    [InlineData("Il fumo", "Il comitato Aria Pulita ha chiesto nuove analisi. Secondo un comunicato del comitato, il fumo era «tossico».", "Aria Pulita")]
    [InlineData("La strada", "Il Comune di Ponte Alvino ha chiuso la strada. Secondo una nota del Comune, la strada «riaprirà lunedì».", "Comune di Ponte Alvino")]
    [InlineData("A estrada", "A Câmara Municipal de Porto Brando fechou a estrada. Segundo um comunicado da câmara, a estrada “reabre na segunda-feira”.", "Câmara Municipal de Porto Brando")]
    [InlineData("La fábrica", "La empresa Conservas Marineras cerró la fábrica. Según un comunicado de la empresa, la plantilla «cobrará hasta el último euro».", "Conservas Marineras")]
    [InlineData("La route", "La mairie de Valmont ferme la route. Selon un communiqué de la mairie, la route « rouvrira lundi ».", "mairie de Valmont")]
    [InlineData("Die Straße", "Die Gemeinde Lindenau sperrte die Straße. Laut einer Mitteilung der Gemeinde bleibt die Straße „bis Freitag gesperrt“.", "Gemeinde Lindenau")]
    [InlineData("The road", "Kelbridge Council closed the road on Monday. According to a statement from the council, the road \"will reopen on Friday\".", "Kelbridge Council")]
    public void ABodysDocumentAfterAnAccordingToPhrase_SpeaksForTheBody(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    [InlineData("Il fumo", "Il comitato Aria Pulita ha chiesto nuove analisi. Secondo il comitato, il fumo era «tossico».", "Aria Pulita")]
    [InlineData("La strada", "Il Comune di Ponte Alvino ha chiuso la strada. Secondo il Comune, la strada «riaprirà lunedì».", "Comune di Ponte Alvino")]
    [InlineData("La carretera", "El Ayuntamiento de Villanueva cerró la carretera. Según el Ayuntamiento, la carretera «abrirá el lunes».", "Ayuntamiento de Villanueva")]
    public void ABodyAfterAnArticleThatIsAlsoAPronoun_Speaks(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // The article named no body of that noun, only a person: the document, or the body, is not his.
    [Theory]
    [InlineData("Il cantiere", "Il sindaco Marco Rinaldi ha visitato il cantiere. Secondo il comitato, i lavori sono «in ritardo».", "Marco Rinaldi")]
    [InlineData("Il cantiere", "Il sindaco Marco Rinaldi ha visitato il cantiere. Secondo una nota dell'azienda, i lavori sono «in ritardo».", "Marco Rinaldi")]
    [InlineData("A obra", "O presidente Artur Meireles visitou a obra. Segundo um comunicado da empresa, a obra está “atrasada”.", "Artur Meireles")]
    [InlineData("The road", "Council leader Jane Porter visited the site. According to a statement from the company, the work is \"behind schedule\".", "Jane Porter")]
    public void ADocumentOfABodyTheArticleNeverNamed_IsNotThePersonBefore(string headline, string paragraph, string notSpeaker)
        => Assert.DoesNotContain(notSpeaker, QuoteSpeakers.Under(headline, paragraph));

    // A pronoun after the phrase is still a pronoun: "selon lui" means the man named before.
    [Theory]
    [InlineData("Le chantier", "Le maire Paul Marin a visité le chantier. Selon lui, les travaux sont « en retard ».", "Paul Marin")]
    [InlineData("Il cantiere", "Il sindaco Marco Rinaldi ha visitato il cantiere. Secondo lui, i lavori sono «in ritardo».", "Marco Rinaldi")]
    public void APronounAfterThePhrase_StillMeansThePerson(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));
}
