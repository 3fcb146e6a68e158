namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A view opening its sentence may give its holder as a role described first and the name set off
/// by commas after it: "Per il capogruppo di Roccaverde Futura, Paolo Brambati, il cantiere è
/// costato «il doppio del previsto»". Before, the description hid the name and the quote had no
/// speaker. Only a clause that says what something is (a copula before the quote) is the
/// holder's view: "per" is also "for", whom something was done for.
/// </summary>
public sealed class ViewDescribedHolderTests
{
    [Fact]
    public void ARoleDescribedBeforeItsHolder_HoldsTheView_InItalian()
        => Assert.Equal(
            new[] { "Paolo Brambati" },
            QuoteSpeakers.Under("Riapre il teatro", LanguageLeads.Italian, "Per il capogruppo di Roccaverde Futura, Paolo Brambati, il cantiere è costato «il doppio del previsto»."));

    [Fact]
    public void ARoleDescribedBeforeItsHolder_HoldsTheView_InFrench()
        => Assert.Equal(
            new[] { "Marc Ferrand" },
            QuoteSpeakers.Under("La piscine fermée", LanguageLeads.French, "Pour le chef de file de l'opposition, Marc Ferrand, ce choix est « à courte vue »."));

    // Guards (review s23, finding 8): "per", "pour", "para" also say whom something is for; a
    // clause that does something, not one that says what something is, holds no view of the name.
    [Theory]
    [InlineData("it", "Per il nuovo allenatore della squadra, Marco Riva, la società ha preparato «una festa a sorpresa».")]
    [InlineData("fr", "Pour le nouveau directeur du port, Marc Lenoir, la ville a organisé « une fête surprise ».")]
    [InlineData("es", "Para el nuevo entrenador del equipo, Luis Soto, la afición preparó «una fiesta sorpresa».")]
    [InlineData("pt", "Para o novo treinador da equipa, Rui Costa, os adeptos prepararam «uma festa surpresa».")]
    public void AViewForWhomSomethingWasDone_HoldsNoView(string language, string paragraph)
    {
        var lead = language switch { "it" => LanguageLeads.Italian, "fr" => LanguageLeads.French, "es" => LanguageLeads.Spanish, _ => LanguageLeads.Portuguese };
        Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Titolo", lead, paragraph));
    }
}
