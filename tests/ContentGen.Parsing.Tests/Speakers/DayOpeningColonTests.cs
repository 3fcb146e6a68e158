namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A German or Dutch main clause that a day or a month alone opens, its verb of saying second and its
/// subject right after it, before a colon ("Maandag zei wethouder X: …"), names its speaker as an
/// opening phrase does ("Am Montag sagte X: …").
/// </summary>
public sealed class DayOpeningColonTests
{
    [Theory]
    [InlineData("Zuivering Heemsterdijk", "De bouw ligt al maanden stil. Maandag zei wethouder Piet de Vries: ‘We wachten af.’", "Piet de Vries")]
    [InlineData("Kläranlage Hollbach", "Die Baustelle ruht seit Monaten. Montag sagte Bürgermeisterin Sabine Kränzle: „Wir warten ab.“", "Sabine Kränzle")]
    public void ADayAloneBeforeTheVerb_OpensTheClause(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[^1]);

    // A word that is no day opens no such clause: "Janssen zei wethouder …" is no reading of it.
    [Fact]
    public void ANameBeforeTheVerb_IsNoOpeningDay()
        => Assert.NotEqual("Piet de Vries", QuoteSpeakers.Under("Zuivering Heemsterdijk", "De bouw ligt al maanden stil. Janssen zei tegen wethouder Piet de Vries: ‘We wachten af.’")[^1]);
}
