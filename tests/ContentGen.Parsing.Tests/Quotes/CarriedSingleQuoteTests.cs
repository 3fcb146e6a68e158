using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// A quote in single marks left open at its paragraph's end and opened again by the next paragraph
/// (the way Dutch and British writers carry a quote on) is one quote; a double quote inside it stays
/// inside it. An open single mark the next paragraph does not carry on is still an apostrophe.
/// </summary>
public sealed class CarriedSingleQuoteTests
{
    private static Article Read(params string[] paragraphs)
        => ArticleParser.Parse("De veerpont vaart weer\n\n" + string.Join("\n\n", paragraphs));

    [Theory]
    [InlineData("‘Ik ben hier geboren’, zegt veerman Kees Dijkstra. ‘Dertig jaar voer ik over. Mijn vader riep altijd: “Hou het roer recht.” Dat doe ik nog steeds.", "‘Nu stop ik ermee. Morgen vaart mijn zoon.’", "Dertig jaar voer ik over. Mijn vader riep altijd: “Hou het roer recht.” Dat doe ik nog steeds. Nu stop ik ermee. Morgen vaart mijn zoon.")]
    [InlineData("‘I was born here,’ says ferryman Ken Dale. ‘Thirty years I crossed. My father always shouted: “Keep her straight.” I still do.", "‘Now I am stopping. Tomorrow my son takes over.’", "Thirty years I crossed. My father always shouted: “Keep her straight.” I still do. Now I am stopping. Tomorrow my son takes over.")]
    [InlineData("'I was born here,' says ferryman Ken Dale. 'Thirty years I crossed. My father always shouted: \"Keep her straight.\" I still do.", "'Now I am stopping. Tomorrow my son takes over.'", "Thirty years I crossed. My father always shouted: \"Keep her straight.\" I still do. Now I am stopping. Tomorrow my son takes over.")]
    [InlineData("‚Ich bin hier geboren‘, sagt Fährmann Kurt Dahl. ‚Dreißig Jahre bin ich gefahren. Mein Vater rief immer: „Halt das Ruder gerade.“ Das tue ich noch.", "‚Jetzt höre ich auf. Morgen fährt mein Sohn.‘", "Dreißig Jahre bin ich gefahren. Mein Vater rief immer: „Halt das Ruder gerade.“ Das tue ich noch. Jetzt höre ich auf. Morgen fährt mein Sohn.")]
    [InlineData("‘Je suis né ici’, dit le passeur Yves Daniel. ‘Trente ans de traversées. Mon père criait toujours : « Tiens la barre droite. » Je le fais encore.", "‘Maintenant j’arrête. Demain mon fils prend la barre.’", "Trente ans de traversées. Mon père criait toujours : « Tiens la barre droite. » Je le fais encore. Maintenant j’arrête. Demain mon fils prend la barre.")]
    [InlineData("‘Nací aquí’, dice el barquero Ramón Díaz. ‘Treinta años cruzando. Mi padre gritaba siempre: «Mantén el timón recto.» Lo sigo haciendo.", "‘Ahora lo dejo. Mañana cruza mi hijo.’", "Treinta años cruzando. Mi padre gritaba siempre: «Mantén el timón recto.» Lo sigo haciendo. Ahora lo dejo. Mañana cruza mi hijo.")]
    [InlineData("‘Sono nato qui’, dice il traghettatore Piero Dini. ‘Trent’anni di traversate. Mio padre gridava sempre: «Tieni dritto il timone.» Lo faccio ancora.", "‘Adesso smetto. Domani guida mio figlio.’", "Trent’anni di traversate. Mio padre gridava sempre: «Tieni dritto il timone.» Lo faccio ancora. Adesso smetto. Domani guida mio figlio.")]
    [InlineData("‘Nasci aqui’, diz o barqueiro Rui Dantas. ‘Trinta anos a atravessar. O meu pai gritava sempre: «Segura o leme a direito.» Ainda o faço.", "‘Agora paro. Amanhã vai o meu filho.’", "Trinta anos a atravessar. O meu pai gritava sempre: «Segura o leme a direito.» Ainda o faço. Agora paro. Amanhã vai o meu filho.")]
    public void SingleMarkQuote_CarriedIntoTheNextParagraph_IsOneQuote_HoldingItsInnerQuote(string first, string next, string joined)
    {
        var article = Read(first, next);

        // The double quote inside is listed after it too, as a quote of its own (InnerQuoteTests).
        Assert.Equal(3, article.Quotes.Count);
        Assert.Equal(joined, article.Quotes[1].Text);
        Assert.Equal(0, article.Quotes[1].Paragraph);
        Assert.Equal(1, article.Quotes[2].Within);
    }

    [Fact]
    public void QuoteCarriedOverThreeParagraphs_IsOneQuote()
    {
        var article = Read(
            "Veerman Kees Dijkstra zegt: ‘Dertig jaar voer ik over.",
            "‘Mijn vader voer ook al.",
            "‘Nu stop ik ermee.’");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Dertig jaar voer ik over. Mijn vader voer ook al. Nu stop ik ermee.", quote.Text);
    }

    [Theory]
    [InlineData("‘Ik ben hier geboren’, zegt veerman Kees Dijkstra. ‘Dertig jaar voer ik over.", "De pont vaart om zes uur. ‘Nu stop ik ermee’, zegt hij.", new[] { "Ik ben hier geboren", "Nu stop ik ermee" })]
    [InlineData("Veerman Kees Dijkstra noemt de pont de ‘groene brug van het dorp.", "‘Nu stop ik ermee’, zegt hij.", new[] { "Nu stop ik ermee" })]
    [InlineData("Veerman Kees Dijkstra zegt: ‘Dertig jaar voer ik over en", "‘Nu stop ik ermee’, zegt hij.", new[] { "Nu stop ik ermee" })]
    public void OpenSingleMark_TheNextParagraphDoesNotCarryOn_OrThatOpensNoSentence_StaysAnApostrophe(string first, string next, string[] quotes)
        => Assert.Equal(quotes, Read(first, next).Quotes.Select(quote => quote.Text));
}
