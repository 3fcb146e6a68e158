namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote standing alone as its sentence, whose next sentence opens "with these words" ("Con estas
/// palabras se defendió X", "Con queste parole si è congedato X", "With these words, X opened …"):
/// whatever the next verb, the words were that sentence's subject's. A subject the text does not name
/// gives no speaker.
/// </summary>
public sealed class WithTheseWordsTests
{
    [Fact]
    public void WithTheseWords_GivesTheQuoteToTheNextSubject_Spanish()
        => Assert.Equal(
            new string?[] { "Ramiro Pallarés" },
            QuoteSpeakers.Under(
                "Juicio al exconcejal de Hacienda",
                "«Yo no he engañado a nadie en mi vida». Con estas palabras se defendió ayer el exconcejal de Hacienda, Ramiro Pallarés, ante el tribunal."));

    [Fact]
    public void WithThisSentence_GivesTheQuoteToTheNextSubject_Spanish()
        => Assert.Equal(
            new string?[] { "Ramiro Pallarés" },
            QuoteSpeakers.Under(
                "Juicio al exconcejal de Hacienda",
                "«El dinero está todo en las cuentas del ayuntamiento». Con esta frase abrió su declaración Ramiro Pallarés, exconcejal de Hacienda."));

    [Fact]
    public void WithTheseWords_GivesTheQuoteToTheNextSubject_Italian()
        => Assert.Equal(
            new string?[] { "Carlo Deidda" },
            QuoteSpeakers.Under(
                "Il sindaco lascia dopo dieci anni",
                "«Questo paese mi ha dato più di quanto gli abbia dato io». Con queste parole si è congedato ieri sera il sindaco Carlo Deidda."));

    [Fact]
    public void WithTheseWords_GivesTheQuoteToTheNextSubject_Portuguese()
        => Assert.Equal(
            new string?[] { "Albano Queirós" },
            QuoteSpeakers.Under(
                "Presidente da junta despede-se",
                "«Saio de consciência tranquila.» Com estas palavras se despediu ontem o presidente da junta, Albano Queirós."));

    [Fact]
    public void WithTheseWords_GivesTheQuoteToTheSubjectBeforeItsVerb_English()
        => Assert.Equal(
            new string?[] { "Dennis Ware" },
            QuoteSpeakers.Under(
                "Former councillor denies fraud",
                "\"I have nothing to hide.\" With these words, former councillor Dennis Ware opened his defence on Monday."));

    [Fact]
    public void WithTheseWords_GivesTheQuoteToTheSubjectBeforeItsVerb_French()
        => Assert.Equal(
            new string?[] { "Gérard Lemoine" },
            QuoteSpeakers.Under(
                "L'ancien adjoint nie toute fraude",
                "« Je n'ai rien à cacher. » Par ces mots, Gérard Lemoine, ancien adjoint aux finances, a ouvert sa défense lundi."));

    [Fact]
    public void WithTheseWords_GivesTheQuoteToTheNextSubject_German()
        => Assert.Equal(
            new string?[] { "Dieter Brandt" },
            QuoteSpeakers.Under(
                "Früherer Stadtrat bestreitet Betrug",
                "„Ich habe nichts zu verbergen.“ Mit diesen Worten begann Dieter Brandt am Montag seine Verteidigung."));

    [Fact]
    public void WithTheseWords_GivesTheQuoteToTheNextSubject_Dutch()
        => Assert.Equal(
            new string?[] { "Joop Kramer" },
            QuoteSpeakers.Under(
                "Oud-wethouder ontkent fraude",
                "\"Ik heb niets te verbergen.\" Met die woorden opende Joop Kramer maandag zijn verdediging."));

    [Fact]
    public void WithTheseWords_AndASubjectTheTextDoesNotName_GivesNoSpeaker()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Cierra el último bar del pueblo",
                "«Cerrado hasta nuevo aviso, gracias por todo». Con estas palabras en un folio pegado a la puerta se despidió el último bar del pueblo."));
}
