using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A word or two of time or sequence may open a sentence before its subject with no comma ("Puis la
/// directrice assure :", "Shortly afterwards the director added:"): the clause before the colon is
/// read as it is when the writer puts the comma there, so the role's holder speaks. A preposition
/// alone ("Après la réunion …") is no such opening, and an indefinite subject after the words is
/// someone unnamed, not the person in focus.
/// </summary>
public sealed class SequenceOpenerColonTests
{
    private static Quote LastQuote(string language, params string[] paragraphs)
    {
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs), language);
        return article.Quotes[article.Quotes.Count - 1];
    }

    [Theory]
    [InlineData("fr", "Le foyer des Tilleuls rouvre", "La directrice du foyer, Anne Leroux, a reçu mardi les élus de la commune dans le hall.",
        "Les élus ont visité les chambres et la cuisine pendant une heure.", "Puis la directrice assure : « Les travaux seront finis en mai. »", "Anne Leroux")]
    [InlineData("fr", "Le foyer des Tilleuls rouvre", "La directrice du foyer, Anne Leroux, a reçu mardi les élus de la commune dans le hall.",
        "Les élus ont visité les chambres et la cuisine pendant une heure.", "Juste après la directrice assure le service : « Les repas sont servis à midi. »", "Anne Leroux")]
    [InlineData("en", "Pier to reopen", "The director of the pier trust, Owen Hale, showed councillors round the new deck on Tuesday.",
        "The councillors walked out to the end and back in the rain.", "Shortly afterwards the director added: \"The kiosks will open at Easter.\"", "Owen Hale")]
    [InlineData("es", "Reabre el mercado", "La alcaldesa de Valdeoro, Lucía Moreno, visitó el martes las obras del mercado municipal.",
        "Los concejales recorrieron los puestos nuevos durante una hora.", "Poco después la alcaldesa añadió: «Abriremos en mayo.»", "Lucía Moreno")]
    [InlineData("it", "Riapre il mercato", "La sindaca di Valtresa, Giulia Ferri, ha visitato martedì il cantiere del mercato coperto.",
        "I consiglieri hanno percorso i nuovi banchi per un'ora.", "Poco dopo la sindaca ha aggiunto: «Apriremo a maggio.»", "Giulia Ferri")]
    [InlineData("pt", "Reabre o mercado", "A presidente da câmara de Vila Alta, Marta Seixas, visitou na terça-feira as obras do mercado.",
        "Os vereadores percorreram as novas bancas durante uma hora.", "Pouco depois a presidente acrescentou: «Vamos abrir em maio.»", "Marta Seixas")]
    public void ASequenceWordWithNoComma_LeavesTheSubjectToTheColon(string language, string title, string first, string second, string third, string speaker)
    {
        Assert.Equal(speaker, LastQuote(language, title, first, second, third).Speaker);
    }

    // Stops: "Après" is a preposition whose object is the people after it, not the subject; an
    // indefinite subject after the sequence word is someone unnamed, never the role in focus.
    [Theory]
    [InlineData("fr", "Le foyer des Tilleuls rouvre", "La directrice du foyer, Anne Leroux, a reçu mardi les élus de la commune dans le hall.",
        "Les élus ont visité les chambres et la cuisine pendant une heure.", "Après les élus la presse demande : « Quand les travaux finiront-ils ? »", "Anne Leroux")]
    [InlineData("fr", "Le foyer des Tilleuls rouvre", "La directrice du foyer, Anne Leroux, a reçu mardi les élus de la commune dans le hall.",
        "Les élus ont visité les chambres et la cuisine pendant une heure.", "Puis une résidente assure : « Les repas sont froids. »", "Anne Leroux")]
    [InlineData("en", "Pier to reopen", "The director of the pier trust, Owen Hale, showed councillors round the new deck on Tuesday.",
        "The councillors walked out to the end and back in the rain.", "Shortly afterwards a trader added: \"Nobody asked us.\"", "Owen Hale")]
    public void APrepositionOrAnIndefiniteSubject_DoesNotGiveTheRoleInFocus(string language, string title, string first, string second, string third, string salient)
    {
        Assert.NotEqual(salient, LastQuote(language, title, first, second, third).Speaker);
    }
}
