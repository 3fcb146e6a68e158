namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "aldus de politie in Oost-Harderland", "a indiqué la police à Valmont", "ha detto la polizia a
/// Montelago": the place after a body's noun and a preposition of place says where the body is; it
/// is never the body's name. Before, the place was read as the name of an organisation of the
/// noun's kind, and so spoke the quote. Now the body's noun speaks.
/// </summary>
public sealed class BodyInPlaceTests
{
    [Theory]
    [InlineData("nl", "Een loods in Oost-Harderland is vannacht afgebrand. \"Er raakte niemand gewond\", aldus de politie in Oost-Harderland.", "politie")]
    [InlineData("nl", "\"Het vuur was snel onder controle\", zegt de brandweer in Zuidveen.", "brandweer")]
    [InlineData("fr", "Une grange a brûlé à Valmont. « Personne n'a été blessé », a indiqué la police à Valmont.", "police")]
    [InlineData("fr", "« Le feu a été vite maîtrisé », a déclaré la gendarmerie en Savoie.", "gendarmerie")]
    [InlineData("es", "Un granero ardió en Villaseca. «Nadie resultó herido», dijo la policía en Villaseca.", "policía")]
    [InlineData("it", "Un fienile è bruciato a Montelago. «Nessuno è rimasto ferito», ha detto la polizia a Montelago.", "polizia")]
    [InlineData("it", "«Il fuoco è stato domato presto», ha spiegato il comune in Valsesia.", "comune")]
    [InlineData("pt", "Um celeiro ardeu em Vale Fundo. «Ninguém ficou ferido», disse a polícia em Vale Fundo.", "polícia")]
    public void APlaceAfterABodysNoun_IsNotTheSpeaker(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Guard: a describing word between the noun and the name leaves the name the body's.
    [Theory]
    [InlineData("es", "La empresa tecnológica Nubia Software abrió una planta. «Vamos a crecer», dijo la empresa.", "Nubia Software")]
    public void ADescribingWordBeforeTheName_IsReadAsBefore(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));
}
