using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role the article brings in with an indefinite article and no name ("an unnamed executive at
/// the firm", "une ancienne directrice de l'usine") is someone it never names: a later bare role
/// that nobody was given ("the executive said") is that person, not the most salient person or
/// company. An indefinite that says what someone named is ("Lena Brack, a lawyer,", "Lena Brack is a
/// lawyer") brings no one new in, and a spokesperson speaks for whom they speak for, as before.
/// </summary>
public sealed class UnnamedIntroducedRoleTests
{
    private static Article Read(string title, params string[] paragraphs)
        => ArticleParser.Parse(title + "\n\n" + string.Join("\n\n", paragraphs));

    private static Quote OnlyQuote(Article article)
    {
        var quote = Assert.Single(article.Quotes, q => q.Place != QuotePlace.Title);
        return quote;
    }

    [Theory]
    [InlineData("Mill sale talks", "Corvane Textiles confirmed on Monday that it had received two offers for its northern mill.", "A local paper quoted an unnamed executive at the rival bidder as saying the offer would be raised. \"We can pay more than anyone else,\" the executive said.", "Corvane Textiles")]
    [InlineData("Bridge report", "Engineer Tomas Hollin presented the report on the old bridge to the council on Friday.", "A former senior manager at the contractor told the inquiry that the costs had been hidden. \"Nobody wanted to see the figures,\" the manager said.", "Tomas Hollin")]
    [InlineData("Vente de l'usine", "Le groupe Marvello a confirmé lundi avoir reçu deux offres pour son usine du Nord.", "Le journal a interrogé une ancienne directrice, partie il y a deux ans. « On nous a menti pendant des années », a affirmé la directrice.", "Marvello")]
    [InlineData("Vendita della fabbrica", "Il gruppo Malvesi ha confermato lunedì di aver ricevuto due offerte per la fabbrica del nord.", "Il giornale ha intervistato un vecchio direttore, andato via due anni fa. «Ci hanno mentito per anni», ha detto il direttore.", "Malvesi")]
    [InlineData("Venta de la fábrica", "El grupo Torvela confirmó el lunes que había recibido dos ofertas por su fábrica del norte.", "El diario citó a un antiguo director de la planta que habla de promesas olvidadas. «Nos mintieron durante años», afirmó el director.", "Torvela")]
    public void ARoleBroughtInUnnamed_IsNotTheSalientOne(string title, string first, string second, string salient)
    {
        var quote = OnlyQuote(Read(title, first, second));

        Assert.NotEqual(SpeakerKind.Person, quote.SpeakerKind);
        Assert.False(quote.Speaker is { } speaker && speaker.Contains(salient, System.StringComparison.Ordinal), quote.Speaker);
    }

    [Theory]
    [InlineData("Court hearing", "Lena Brack, a lawyer from Eastport, spoke outside the court on Monday.", "\"The ruling will be appealed,\" the lawyer said.", "Lena Brack")]
    [InlineData("Court hearing", "Lena Brack is a lawyer from Eastport who has followed the case for years.", "\"The ruling will be appealed,\" the lawyer said.", "Lena Brack")]
    [InlineData("Audience au tribunal", "Claire Vasseur travaille comme avocate à Valmont depuis vingt ans.", "« Nous ferons appel », a déclaré l'avocate.", "Claire Vasseur")]
    [InlineData("Gerichtstermin", "Jonas Ebertshausen, ein Anwalt aus Talheim, sprach am Montag vor dem Gericht.", "„Wir gehen in Berufung“, sagte der Anwalt.", "Jonas Ebertshausen")]
    public void AnIndefiniteThatDescribesSomeoneNamed_KeepsThemTheRole(string title, string first, string second, string named)
    {
        var quote = OnlyQuote(Read(title, first, second));

        Assert.Equal(named, quote.Speaker);
    }

    [Fact]
    public void ASpokesmanForABody_StillGivesTheBody()
    {
        var quote = OnlyQuote(Read(
            "Rail timetable",
            "Passengers complained about the new timetable on Monday.",
            "A spokesman for Harbour Rail said the changes had been planned for months. \"We expect fewer delays by spring,\" the spokesman said."));

        Assert.Equal("Harbour Rail", quote.Speaker);
    }
}
