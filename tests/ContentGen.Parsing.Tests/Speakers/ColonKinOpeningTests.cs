namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence that opens on a possessive and a family tie, then its verb, and ends in the colon before the quote
/// (session 70, colon): "His wife added: "…"", "Su hija resumió el día: «…»". The quote is the relative's whom
/// the article gave the tie ("his wife Mary Vale"), as "«…», dijo su hija" is after the quote. A tie the article
/// gave no one names no one; a clause that names someone or brings in a document leaves the relative aside.
/// Each row: the paragraphs (" ¶ " between), then the body quotes' speakers in order ("-" for no one).
/// </summary>
public sealed class ColonKinOpeningTests
{
    // German is not read: "Seine Tochter ergänzt:" is taken for a name before this reading, and "Frau" is a title too.
    [Theory]
    [InlineData("John Vale and his wife Mary Vale live by the harbour. \"We will stay,\" said John Vale. ¶ His wife added: \"Nobody will move us.\"", "John Vale|Mary Vale")]
    [InlineData("Anselmo Tirado vive en el puerto con su hija Pilar Tirado. «Nos quedamos», dijo Anselmo Tirado. ¶ Su hija resumió el día en una frase: «Nadie nos va a echar».", "Anselmo Tirado|Pilar Tirado")]
    [InlineData("Paul Girard vit au port avec sa fille Léa Girard. « Nous restons », dit Paul Girard. ¶ Sa fille est plus directe : « Personne ne nous fera partir. »", "Paul Girard|Léa Girard")]
    [InlineData("Marco Neri vive al porto con sua figlia Lucia Neri. «Restiamo», dice Marco Neri. ¶ Sua figlia è più diretta: «Nessuno ci manderà via.»", "Marco Neri|Lucia Neri")]
    [InlineData("Rui Lopes vive no cais com a sua irmã Ana Lopes. «Ficamos», diz Rui Lopes. ¶ A sua irmã acrescentou: «Ninguém nos tira daqui.»", "Rui Lopes|Ana Lopes")]
    [InlineData("Jan de Vries woont aan de haven met zijn dochter Anna de Vries. ‘We blijven’, zegt Jan de Vries. ¶ Zijn dochter is stelliger: ‘Niemand stuurt ons weg.’", "Jan de Vries|Anna de Vries")]
    public void APossessiveAndATieOpeningAColonLead_GiveTheQuoteToTheRelative(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    // A definite article before a tie reads so too, where nouns have no capital and the tie is no everyday word.
    [Theory]
    [InlineData("Anselmo Tirado vive en el puerto con su hija Pilar Tirado. «Nos quedamos», dijo Anselmo Tirado. ¶ La hija resumió el día en una frase: «Nadie nos va a echar».", "Anselmo Tirado|Pilar Tirado")]
    [InlineData("Rui Lopes vive no cais com a sua irmã Ana Lopes. «Ficamos», diz Rui Lopes. ¶ A irmã acrescentou apenas: «Ninguém nos tira daqui.»", "Rui Lopes|Ana Lopes")]
    public void ADefiniteArticleAndATie_GiveTheQuoteToTheRelative(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    // A tie the article gave no one names no one, never the person in focus.
    [Theory]
    [InlineData("Anselmo Tirado vive en el puerto. «Nos quedamos», dijo Anselmo Tirado. ¶ Su hija resumió el día en una frase: «Nadie nos va a echar».", "Anselmo Tirado|-")]
    [InlineData("John Vale lives by the harbour. \"We will stay,\" said John Vale. ¶ His wife added: \"Nobody will move us.\"", "John Vale|-")]
    public void ATieGivenToNoOne_NamesNoOne(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    // The clause names someone or brings in a document: the words may be theirs; and German "Die Frau" is any woman.
    [Theory]
    [InlineData("Anselmo Tirado vive en el puerto con su hija Pilar Tirado. «Nos quedamos», dijo Anselmo Tirado. ¶ Su hija recuerda las palabras de Anselmo: «Nadie nos va a echar».", "Pilar Tirado")]
    [InlineData("Anselmo Tirado vive en el puerto con su hija Pilar Tirado. «Nos quedamos», dijo Anselmo Tirado. ¶ Su hija leyó la carta: «Nadie nos va a echar».", "Pilar Tirado")]
    [InlineData("Paul Girard vit au port avec sa fille Léa Girard. « Nous restons », dit Paul Girard. ¶ Sa fille a lu le communiqué : « Personne ne sera oublié. »", "Léa Girard")]
    [InlineData("Anton Fürst und seine Frau Resi Fürst leben am Hafen. „Wir bleiben“, sagt Anton Fürst. ¶ Die Frau am Schalter ergänzt: „Uns vertreibt niemand.“", "Resi Fürst")]
    public void AClauseThatBringsInSomeoneOrSomethingElse_LeavesTheRelativeAside(string paragraphs, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(paragraphs.Split(" ¶ "))[1]);
}
