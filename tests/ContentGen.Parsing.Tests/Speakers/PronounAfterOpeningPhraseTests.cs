using static ContentGen.Parsing.Tests.QuoteSpeakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 60 (fresh): a person introduced by name, then the subject of a sentence as a pronoun after
/// an opening phrase of time or place ("Am Sonntag trug sie …", "Dimanche, elle a …"), then a quote
/// with no cue, here opening the next paragraph: the quote is the person's, as it was already when
/// the pronoun opened the sentence ("Sie trug …"). Before, the pronoun after the phrase was no
/// subject, and the quote no one's. Paragraphs are separated by " ¶ "; speakers by "|", "-" for no one.
/// </summary>
public sealed class PronounAfterOpeningPhraseTests
{
    [Theory]
    [InlineData("Gerda Stemmer hat dreißig Jahre lang die Kerzen angezündet. Am Sonntag trug sie den Schlüsselbund noch einmal. ¶ „Den gebe ich erst ab, wenn der Letzte draußen ist.“", "Gerda Stemmer")]
    [InlineData("Hans Berger hat vierzig Jahre lang die Orgel gespielt. Am Sonntag saß er noch einmal auf der Bank. ¶ „Ich höre erst auf, wenn die Tasten klemmen.“", "Hans Berger")]
    [InlineData("Henk Veldman heeft veertig jaar lang het orgel bespeeld. Zondag zat hij nog één keer op de bank. ¶ ‘Ik stop pas als de toetsen klemmen.’", "Henk Veldman")]
    [InlineData("Marie Castagnet a tenu la buvette pendant quarante ans. Dimanche, elle a encore servi le premier café. ¶ « Je m'arrêterai quand la machine tombera en panne. »", "Marie Castagnet")]
    [InlineData("Mary Holt ran the parish café for forty years. In the end, she poured the first coffee once more. \"I will stop when the machine breaks.\"", "Mary Holt")]
    // A body's statement after the person's sentence, before the quote: the body speaks, never the person before it
    // (a no one's quote until session 61 made a diocese a body that speaks by its noun alone, as "Gemeinde" is).
    [InlineData("Gerda Stemmer hat dreißig Jahre lang die Kerzen angezündet. Am Sonntag trug sie den Schlüsselbund noch einmal. Das Bistum bedauert die Schließung. ¶ „Wir hatten keine andere Wahl.“", "Bistum")]
    [InlineData("Gerda Stemmer hat dreißig Jahre lang die Kerzen angezündet. Am Sonntag trug sie den Schlüsselbund noch einmal. Die Gemeinde bedauert die Schließung. ¶ „Wir hatten keine andere Wahl.“", "Gemeinde")]
    public void APronounAfterAnOpeningPhrase_KeepsThePersonForAQuoteWithNoCue(string paragraphs, string expected) => Check(paragraphs, expected);

    // Negatives: a plural verb before the pronoun (a group); a pronoun that means a body.
    [Theory]
    [InlineData("Gerda Stemmer und Resi Vogl haben die Kirche geputzt. Am Sonntag trugen sie die Blumen hinaus. ¶ „Den gebe ich erst ab, wenn der Letzte draußen ist.“")]
    [InlineData("Das Bistum teilte mit, die Kirche werde geschlossen. Am Sonntag kam sie zum letzten Gottesdienst zusammen. ¶ „Den gebe ich erst ab.“")]
    public void APronounThatMeansNoOnePerson_GivesNoSpeaker(string paragraphs) => Check(paragraphs, "-");

    // The guard against a pronoun whose resolution is not the sentence before's subject: "er" means the
    // doctor named after a preposition, not the vet quoted before; the role after the quote is the doctor's.
    [Theory]
    [InlineData("„Die Zahlen steigen“, sagt Tierarzt Paolo Ricci. ¶ In der Praxis von Jan Kessler in Obertal merkt man das. Im vergangenen Jahr hat er vier Patienten überwiesen. „Früher hatte ich einen Fall im Jahr“, sagt der Hausarzt.", "Paolo Ricci|Jan Kessler")]
    public void APronounMeaningSomeoneNamedAfterAPreposition_IsNotTheLastSpeaker(string paragraphs, string expected) => Check(paragraphs, expected);
}
