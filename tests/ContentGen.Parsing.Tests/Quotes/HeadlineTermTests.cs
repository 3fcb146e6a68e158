using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// A title's or heading's quote right after a definite article, or a preposition and an article in
/// one word ("au", "aux", "del"), names a term ("un fonds réservé aux « familles en attente »"): the
/// body quoting the same words in someone's sentence does not make the line quote them. After an
/// indefinite article the words are as often the speaker's characterisation, and after a reporting
/// verb its object's words: the echo stands.
/// </summary>
public sealed class HeadlineTermTests
{
    private const string Body =
        "Paul Girard, ministre du Logement, a présenté son plan mardi devant les élus de la région.\n\n"
        + "« Nous voulons aider les familles en attente dans toute la région », a déclaré Paul Girard.";

    [Theory]
    [InlineData("Logement : la région ouvre un fonds réservé aux « familles en attente »")]
    [InlineData("Logement : un guichet unique pour les « familles en attente dans toute la région »")]
    public void ATitleQuoteAfterADefiniteArticle_IsATermNoOneSays(string title)
    {
        var article = ArticleParser.Parse(title + "\n\n" + Body);
        Assert.Equal(QuotePlace.Title, article.Quotes[0].Place);
        Assert.Null(article.Quotes[0].Speaker);
    }

    // Guards: after a reporting verb, or an indefinite article, the quote is the body speaker's words.
    [Theory]
    [InlineData("Logement : Girard défend les « familles en attente dans toute la région »")]
    [InlineData("Logement : le ministre veut des « familles en attente dans toute la région »")]
    public void AfterAReportingVerbOrAnIndefinite_TheEchoStands(string title)
    {
        var article = ArticleParser.Parse(title + "\n\n" + Body);
        Assert.Equal("Paul Girard", article.Quotes[0].Speaker);
    }

    [Theory]
    [InlineData("Mayor wants a \"bridge for everyone\"", "The harbour council approved the new footbridge on Monday after a long debate.", "\"We will build a bridge for everyone,\" said the mayor, Ann Lee.", "Ann Lee")]
    [InlineData("Burgemeester wil een \"brug voor iedereen\"", "De gemeenteraad heeft maandag ingestemd met de bouw van een nieuwe brug over de rivier.", "\"We bouwen een brug voor iedereen\", zegt burgemeester Annelies Koster.", "Annelies Koster")]
    [InlineData("Oster will eine „Brücke für alle“", "Der Stadtrat hat am Montag den Bau einer neuen Brücke über den Fluss beschlossen.", "„Wir bauen eine Brücke für alle“, sagte Bürgermeisterin Sabine Oster.", "Sabine Oster")]
    [InlineData("La alcaldesa quiere un «puente para todos»", "El pleno aprobó el lunes la construcción de una nueva pasarela sobre el río.", "«Construiremos un puente para todos», dijo la alcaldesa Ana Torres.", "Ana Torres")]
    [InlineData("Il sindaco vuole un «ponte per tutti»", "Il consiglio comunale ha approvato lunedì la costruzione di una nuova passerella sul fiume.", "«Costruiremo un ponte per tutti», ha detto il sindaco Marco Riva.", "Marco Riva")]
    [InlineData("Presidente quer uma “ponte para todos”", "A câmara aprovou na segunda-feira a construção de uma nova ponte sobre o rio.", "“Vamos construir uma ponte para todos”, disse o presidente da câmara, Rui Pestana.", "Rui Pestana")]
    public void ACharacterisationAfterAnIndefinite_KeepsTheEcho(string title, string lead, string quoted, string speaker)
    {
        var article = ArticleParser.Parse(title + "\n\n" + lead + "\n\n" + quoted);
        Assert.Equal(QuotePlace.Title, article.Quotes[0].Place);
        Assert.Equal(speaker, article.Quotes[0].Speaker);
    }
}
