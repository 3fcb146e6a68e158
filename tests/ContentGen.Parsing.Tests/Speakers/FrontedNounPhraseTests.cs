using static ContentGen.Parsing.Tests.QuoteSpeakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 60 (fresh): a German clause that fronts its object before the finite verb and puts its
/// subject after it ("Wenig Verständnis hat eine Pendlerin …: „…“"). German capitalises every
/// noun, so the fronted noun phrase looks like a two-word name; when it opens on a word that stands
/// only before common nouns (SpeechWords.NounDeterminers: a quantifier, an indefinite, a count),
/// it is no one's name. Paragraphs are separated by " ¶ "; the expected speakers by "|", "-" for no one.
/// </summary>
public sealed class FrontedNounPhraseTests
{
    // The fronted phrase is never the speaker (each row gave it before); the unnamed inverted subject
    // after the verb is left to the rules for unnamed people (none of which reads it here). A
    // sentence before it makes the probe's language German, whose nouns are capitalised.
    [Theory]
    [InlineData("Die Umleitung führt durch das Dorf. Wenig Verständnis hat eine Radfahrerin aus Lindach, die jeden Tag über die Brücke fährt: „Das ist gefährlich.“")]
    [InlineData("Die Umleitung führt durch das Dorf. Kein Verständnis hat ein Anwohner der Hauptstraße: „Das ist eine Zumutung.“")]
    [InlineData("Die Umleitung führt durch das Dorf. Viel Geduld braucht ein Busfahrer aus Hollbach, der seit Jahren die Linie fährt: „Die Leute sind wütend.“")]
    [InlineData("Die Umleitung führt durch das Dorf. Keine Hoffnung mehr hat eine Wirtin aus dem Unterdorf: „Im Winter mache ich zu.“")]
    [InlineData("Die Umleitung führt durch das Dorf. Wenige Freunde hat der Plan im Gemeinderat: „Zu teuer und zu spät.“")]
    public void AFrontedNounPhrase_IsNoName(string paragraphs) => Check(paragraphs, "-");

    // The same fronted phrase before a named subject: the name after the verb stays unread by this
    // rule's reading (no row gives it to the fronted phrase); a sentence opened by a name, and a name
    // that opens on no determiner, keep their speaker.
    [Theory]
    [InlineData("Die Umleitung führt durch das Dorf. Wenig Verständnis hat Renate Obermüller: „Das ist eine Zumutung.“", "-")]
    [InlineData("Die Umleitung führt durch das Dorf. Renate Obermüller hat dafür kein Verständnis: „Das ist eine Zumutung.“", "Renate Obermüller")]
    [InlineData("Die Umleitung führt durch das Dorf. Jochen Wendrich hat kein Verständnis: „Das ist eine Zumutung.“", "Jochen Wendrich")]
    [InlineData("Die Umleitung führt durch das Dorf. Ingrid Wenig hat kein Verständnis: „Das ist eine Zumutung.“", "Ingrid Wenig")]
    public void ANameOpeningTheSentence_KeepsItsQuote(string paragraphs, string expected) => Check(paragraphs, expected);

    // Dutch writes its nouns in lower case: the fronted phrase was never read as a name.
    [Theory]
    [InlineData("Weinig begrip heeft een forens uit Eschveld, die elke ochtend in de file staat: ‘Twintig minuten langer, elke dag.’")]
    [InlineData("Geen begrip heeft een bewoner van de Dorpsstraat: ‘Dit is onacceptabel.’")]
    [InlineData("Veel geduld vraagt een buschauffeur uit Lindhoven: ‘De mensen zijn boos.’")]
    public void ADutchFrontedNounPhrase_IsNoName(string paragraphs) => Check(paragraphs, "-");
}
