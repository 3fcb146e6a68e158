using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// An interview's headline opens on the guest's words and names the guest after the colon
/// ("« … » : Hélène Vasseur, présidente …"): the quote is that person's when the body gives the
/// name in full. A name the body never gives, or a clause after the colon rather than a name
/// alone, leaves it no one's.
/// </summary>
public sealed class HeadlineQuoteBeforeNameTests
{
    private static string? TitleSpeaker(string language, string headline, string body)
        => ArticleParser.Parse(headline + "\n\n" + body, language).Quotes.First(q => q.Place == QuotePlace.Title).Speaker;

    [Theory]
    [InlineData("fr", "ENTRETIEN. « Nos villages ne sont pas des variables d’ajustement » : Odile Marchal, maire de Brévillac", "Maire de Brévillac depuis 2008, Odile Marchal préside le syndicat des eaux.", "Odile Marchal")]
    [InlineData("fr", "« Nos villages ne sont pas des variables d’ajustement » : Odile Marchal (Brévillac)", "Maire de Brévillac depuis 2008, Odile Marchal préside le syndicat des eaux.", "Odile Marchal")]
    [InlineData("es", "«No vamos a rendirnos nunca»: Ana Ruiz, alcaldesa de Villafría", "Ana Ruiz gobierna Villafría desde 2015 con mayoría absoluta.", "Ana Ruiz")]
    [InlineData("it", "«Non ci arrenderemo mai»: Anna Ferri", "Anna Ferri guida il comune di Valbruna dal 2019.", "Anna Ferri")]
    public void AQuoteThenAColonAndAName_IsThatPersons(string language, string headline, string body, string speaker)
        => Assert.Equal(speaker, TitleSpeaker(language, headline, body));

    [Theory]
    [InlineData("« Nos villages ne sont pas des variables d’ajustement » : Odile Marchal, maire de Brévillac", "Le syndicat des eaux a voté lundi une hausse du prix de l’eau.")]
    [InlineData("« Nos villages ne sont pas des variables d’ajustement » : Odile Marchal répond au préfet", "Maire de Brévillac depuis 2008, Odile Marchal préside le syndicat des eaux.")]
    public void OtherwiseTheHeadlinesQuote_IsNoOnes(string headline, string body)
        => Assert.Null(TitleSpeaker("fr", headline, body));
}
