namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote that ends with a quote inside it ("… I only asked him: 'Where were you?'") ends as
/// the inner quote does: its question mark or full stop, before the inner closing mark, tells
/// that the sentence ends with the outer quote, so a lone quote after a speaker's report goes on
/// with their words. An inner quote that closes with no stop of its own changes nothing. The inner
/// quote is listed after its quote (InnerQuoteTests), its speaker the last of each row.
/// </summary>
public sealed class NestedQuoteEndTests
{
    [Fact]
    public void AQuoteEndingInAQuotedQuestion_GoesOnWithTheReportBefore_French()
        => Assert.Equal(new string?[] { "Paul Girard", "Paul Girard", "Paul Girard" }, QuoteSpeakers.Under("Défaite de Valmont", "Valmont a perdu samedi contre Lorient.", "Paul Girard, l'entraîneur, a jugé la défaite « injuste ».", "« Mes joueurs ont tout donné, et après le match j'ai seulement demandé à l'arbitre : “Où étiez-vous ?” » Le match retour aura lieu dans deux semaines au stade municipal."));

    [Fact]
    public void AQuoteEndingInAQuotedQuestion_GoesOnWithTheReportBefore_Spanish()
        => Assert.Equal(new string?[] { "Pablo Girón", "Pablo Girón", "Pablo Girón" }, QuoteSpeakers.Under("Derrota del Valdeoro", "El Valdeoro perdió el sábado ante el Arenal.", "El entrenador Pablo Girón calificó la derrota de «injusta».", "«Mis jugadores lo dieron todo, y al final solo le pregunté al árbitro: \"¿Dónde estaba usted?\"» El partido de vuelta se jugará dentro de dos semanas en el estadio municipal."));

    [Fact]
    public void AQuoteEndingInAQuotedFullStop_EndsItsSentence_SoTheNextSentencesSubjectIsNotItsSpeaker()
        => Assert.Equal(new string?[] { "Jane Roe", null }, QuoteSpeakers.Under("Harbour plan backed", "Jane Roe said the council would back the harbour plan. \"The plan is, as one member put it, 'plainly absurd.'\" Tom Lake disagreed with her and voted for it."));

    [Fact]
    public void AnInnerQuoteWithNoStop_KeepsTheCueAfterTheQuote()
        => Assert.Equal(new string?[] { "Tom Lake", null }, QuoteSpeakers.Under("Harbour plan backed", "Jane Roe said the council would back the harbour plan. \"Some members called the plan 'plainly absurd',\" Tom Lake said."));
}
