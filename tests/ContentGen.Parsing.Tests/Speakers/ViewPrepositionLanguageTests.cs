using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S6, a view that opens its sentence: "Para X, «…»", "Per X, «…»", "Para X, “…”" are the
/// Spanish, Italian and Portuguese "Pour X, « … »": the quote is the view of the person named.
/// The preposition opens as many other phrases ("Para 2026", "Per fortuna"), which name no one.
/// (Leads are long enough for the language to be known: an unknown one tries every lexicon, and
/// Italian "il" is then French "he".)
/// </summary>
public sealed class ViewPrepositionLanguageTests
{
    [Theory]
    [InlineData("El puerto cierra en invierno", LanguageLeads.Spanish, "Para Andrés Molina, «el cierre llega demasiado tarde».", "Andrés Molina")]
    [InlineData("El puerto cierra en invierno", LanguageLeads.Spanish, "Para la alcaldesa, Marta Ruiz, «el cierre llega demasiado tarde».", "Marta Ruiz")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "Per Marco Bellini, «la chiusura arriva troppo tardi».", "Marco Bellini")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "Per il sindaco, Giulia Ferraro, «la chiusura arriva troppo tardi».", "Giulia Ferraro")]
    [InlineData("Porto fecha no inverno", LanguageLeads.Portuguese, "Para Ana Rita Costa, “o fecho chega tarde demais”.", "Ana Rita Costa")]
    [InlineData("El puerto cierra en invierno", LanguageLeads.Spanish, "Pero para Andrés Molina, «el cierre llega demasiado tarde».", "Andrés Molina")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "Ma per Marco Bellini, «la chiusura arriva troppo tardi».", "Marco Bellini")]
    [InlineData("Le port ferme l'hiver", LanguageLeads.French, "Mais pour Marc Delorme, « la fermeture arrive trop tard ».", "Marc Delorme")]
    [InlineData("Le port ferme l'hiver", LanguageLeads.French, "– Pour Marc Delorme, « la fermeture arrive trop tard ».", "Marc Delorme")]
    public void AViewOpeningItsSentence_IsTheNamedPersons(string headline, string lead, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, lead, sentence));

    [Fact]
    public void ASurnameAlone_HoldsAViewAsThePersonNamedInFull()
        => Assert.Equal(
            new[] { "Marco Bellini" },
            QuoteSpeakers.Under(
                "Il porto chiude d'inverno",
                "Il molo nord resterà chiuso per due mesi, ha annunciato ieri Marco Bellini, che gestisce lo scalo, e i pescatori della zona protestano.",
                "Per Bellini, «la chiusura arriva troppo tardi»."));

    [Theory]
    [InlineData("El puerto cierra en invierno", LanguageLeads.Spanish, "Para 2026, el plan prevé «un muelle nuevo».")]
    [InlineData("El puerto cierra en invierno", LanguageLeads.Spanish, "El dinero será para Andrés Molina, «el mejor patrón del puerto».")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "Per fortuna, «nessuno si è fatto male».")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "I fondi sono stati stanziati per Marco Bellini, «il miglior capitano del porto».")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "Per la prima volta, «il porto resta vuoto».")]
    [InlineData("Porto fecha no inverno", LanguageLeads.Portuguese, "Para já, “nada muda”.")]
    [InlineData("Porto fecha no inverno", LanguageLeads.Portuguese, "O prémio vai para Ana Rita Costa, “a melhor pescadora do porto”.")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "Per Natale, «il molo resterà aperto tutti i giorni».")]
    [InlineData("El puerto cierra en invierno", LanguageLeads.Spanish, "Para Navidad, «el muelle abrirá todos los días».")]
    [InlineData("Porto fecha no inverno", LanguageLeads.Portuguese, "Para Lisboa, “o comboio sai às oito da manhã”.")]
    [InlineData("Le port ferme l'hiver", LanguageLeads.French, "Pour Noël, « le quai restera ouvert tous les jours ».")]
    public void APrepositionOpeningAnotherPhrase_NamesNoOne(string headline, string lead, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, lead, sentence));
}
