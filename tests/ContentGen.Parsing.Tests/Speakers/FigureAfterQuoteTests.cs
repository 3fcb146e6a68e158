using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote whose words end with a full stop ends its sentence when a figure opens the next one
/// ("…." 40 families wait …), as a full stop outside a quote already does: the figure's sentence
/// is not the quote's, so its verb is no attribution and the quote goes on with the speaker.
/// </summary>
public sealed class FigureAfterQuoteTests
{
    [Fact]
    public void English_AContinuationBeforeAFigure_GoesOnWithTheSpeaker()
        => Assert.Equal(
            new[] { "Nora Villiers", "Nora Villiers" },
            QuoteSpeakers.UnderHarbourPlan("\"The ferry will run all winter,\" said Nora Villiers, who chairs the harbour board. \"We expect the islands to be busier than ever.\" 40 families have already booked a crossing."));

    [Fact]
    public void English_AContinuationAfterAShortNameCue_GoesOnBeforeAFigure()
        => Assert.Equal(
            new[] { "Nora Villiers", "Nora Villiers" },
            QuoteSpeakers.UnderHarbourPlan(
                "Nora Villiers chairs the harbour board.",
                "\"The ferry will run all winter,\" said Ms Villiers. \"We expect the islands to be busier than ever.\" 3 is the number of boats on the route."));

    [Fact]
    public void French_AContinuationBeforeAFigure_GoesOnWithTheSpeaker()
        => Assert.Equal(
            new[] { "Odile Marchand", "Odile Marchand" },
            QuoteSpeakers.UnderHarbourPlan("« Le bac roulera tout l'hiver », a déclaré Odile Marchand, qui préside le syndicat du port. « Nous attendons beaucoup de monde sur les îles. » 40 familles ont déjà réservé une traversée."));

    [Fact]
    public void Spanish_AContinuationBeforeAFigure_GoesOnWithTheSpeaker()
        => Assert.Equal(
            new[] { "Inés Carvajal", "Inés Carvajal" },
            QuoteSpeakers.UnderHarbourPlan("\"El transbordador funcionará todo el invierno\", dijo Inés Carvajal, presidenta de la junta del puerto. \"Esperamos mucha gente en las islas.\" 40 familias ya han reservado una travesía."));

    [Fact]
    public void German_AContinuationBeforeAFigure_GoesOnWithTheSpeaker()
        => Assert.Equal(
            new[] { "Greta Lindqvist", "Greta Lindqvist" },
            QuoteSpeakers.UnderHarbourPlan("\"Die Fähre fährt den ganzen Winter\", sagte Greta Lindqvist, die den Hafenverband leitet. \"Wir erwarten viele Gäste auf den Inseln.\" 40 Familien haben schon eine Überfahrt gebucht."));

    [Fact]
    public void Dutch_AContinuationBeforeAFigure_GoesOnWithTheSpeaker()
        => Assert.Equal(
            new[] { "Femke Dijkgraaf", "Femke Dijkgraaf" },
            QuoteSpeakers.UnderHarbourPlan("\"De veerboot vaart de hele winter\", zei Femke Dijkgraaf, die de havenraad voorzit. \"We verwachten veel gasten op de eilanden.\" 40 gezinnen hebben al een overtocht geboekt."));

    // Negative: the figure's sentence is no speaker, and opens no one: a quote before it with no
    // one quoted before in the paragraph or the article is still nobody's.
    [Fact]
    public void AQuoteBeforeAFigure_WithNoOneBefore_StaysUnattributed()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.UnderHarbourPlan("The harbour board met on Monday. \"We expect the islands to be busier than ever.\" 40 families have already booked a crossing."));

    // Negative: a question stays with what follows it ("Why?" 3 people asked is rare, and a
    // question keeps its own cue as before), and a comma's quote is still the figure sentence's.
    [Fact]
    public void AFigureAfterAQuoteEndingOnAComma_IsNotCut()
        => Assert.Equal(
            new[] { "Nora Villiers", "Tom Baker" },
            QuoteSpeakers.UnderHarbourPlan("\"The ferry will run all winter,\" said Nora Villiers. \"Nobody can reach the islands otherwise,\" Tom Baker said on 3 May."));

    // Negative: a full stop after a figure inside the sentence ("version 3.") still cuts only where
    // a new sentence opens; the next quote's own cue is the next quote's.
    [Fact]
    public void TheNextQuotesOwnCue_StaysItsOwn()
        => Assert.Equal(
            new[] { "Nora Villiers", "Nora Villiers", "Tom Baker" },
            QuoteSpeakers.UnderHarbourPlan("\"The ferry will run all winter,\" said Nora Villiers. \"We expect the islands to be busier than ever.\" 40 families have booked. \"The price is too high,\" said Tom Baker."));
}
