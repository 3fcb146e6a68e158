using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An adverb of time or sequence may open a sentence before a full name with no comma ("Enfin Marc
/// Lefort a dit :", "Finalmente Ana Gómez dijo:"): it is never a first name, so the speaker is the
/// name after it, not "Enfin Marc Lefort". Words that are also given names or titles ("Dan", "Ora",
/// "Domani") stay out of the list, and a name that merely follows such a word inside a sentence is
/// read as before.
/// </summary>
public sealed class SentenceAdverbNameTests
{
    private static Quote LastQuote(string language, params string[] paragraphs)
    {
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs), language);
        return article.Quotes[article.Quotes.Count - 1];
    }

    [Theory]
    [InlineData("fr", "Le budget de Valmont", "Les élus de Valmont ont voté mardi le budget de la commune.", "Enfin Marc Lefort a dit : « Nous verrons bien. »", "Marc Lefort")]
    [InlineData("fr", "Le budget de Valmont", "Les élus de Valmont ont voté mardi le budget de la commune.", "Hier Sophie Martin a affirmé : « Rien n'est joué. »", "Sophie Martin")]
    [InlineData("fr", "Le budget de Valmont", "Les élus de Valmont ont voté mardi le budget de la commune.", "Aujourd'hui Luc Bernard a expliqué : « Tout est prêt. »", "Luc Bernard")]
    [InlineData("es", "El presupuesto de Valdeoro", "Los concejales de Valdeoro votaron el martes el presupuesto.", "Finalmente Ana Gómez dijo: «Ya veremos.»", "Ana Gómez")]
    [InlineData("es", "El presupuesto de Valdeoro", "Los concejales de Valdeoro votaron el martes el presupuesto.", "Entonces Luis Pérez explicó: «No basta.»", "Luis Pérez")]
    [InlineData("it", "Il bilancio di Valtresa", "Il consiglio di Valtresa ha votato martedì il bilancio.", "Infine Giulia Bianchi ha dichiarato: «I lavori inizieranno a maggio.»", "Giulia Bianchi")]
    [InlineData("it", "Il bilancio di Valtresa", "Il consiglio di Valtresa ha votato martedì il bilancio.", "Quindi Anna Conti ha spiegato: «Vedremo.»", "Anna Conti")]
    [InlineData("pt", "O orçamento de Vila Alta", "Os vereadores de Vila Alta votaram na terça-feira o orçamento.", "Finalmente Ana Ribeiro disse: «Vamos ver.»", "Ana Ribeiro")]
    [InlineData("pt", "O orçamento de Vila Alta", "Os vereadores de Vila Alta votaram na terça-feira o orçamento.", "Então Rui Almeida explicou: «Não chega.»", "Rui Almeida")]
    [InlineData("de", "Der Haushalt von Waldheim", "Der Rat von Waldheim stimmte am Dienstag dem Haushalt zu.", "Schließlich sagte Eva Lang: „Wir werden sehen.“", "Eva Lang")]
    public void AnAdverbOpeningTheSentence_IsNoPartOfTheName(string language, string title, string first, string second, string speaker)
    {
        Assert.Equal(speaker, LastQuote(language, title, first, second).Speaker);
    }

    // Stops: "Dan" is a given name as well as Dutch "then", so it stays in the name; an adverb
    // inside the sentence leaves the name after it alone.
    [Theory]
    [InlineData("en", "Pier to reopen", "The councillors walked out to the end of the pier on Tuesday.", "Dan Hale said: \"The kiosks will open at Easter.\"", "Dan Hale")]
    [InlineData("fr", "Le budget de Valmont", "Les élus de Valmont ont voté mardi le budget de la commune.", "Le budget a enfin été voté, a dit Marc Lefort : « Nous verrons bien. »", "Marc Lefort")]
    public void AGivenNameOrAnAdverbInsideTheSentence_IsReadAsBefore(string language, string title, string first, string second, string speaker)
    {
        Assert.Equal(speaker, LastQuote(language, title, first, second).Speaker);
    }
}
