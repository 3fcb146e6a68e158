namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A sentence that opens on where someone is and brings them in after a copula by a first name
/// alone with its age (<c>Entre os feirantes está Rosa, 63 anos, …</c>, <c>Tra i banchi c'è Rosa,
/// 63 anni</c>) makes a new person its subject: a dropped subject or pronoun after it means that
/// person, not whoever was quoted in the paragraph before.
/// </summary>
public sealed class AgedNewcomerAfterCopulaTests
{
    [Theory]
    [InlineData("pt", "Entre os feirantes está Rosa, 63 anos, quarenta deles passados atrás da mesma banca. «Vendo menos do que no ano passado», conta.")]
    [InlineData("it", "Tra i banchi c'è Rosa, 63 anni, quaranta dei quali passati dietro lo stesso banco. «Vendo meno dell'anno scorso», racconta.")]
    [InlineData("es", "Entre los vendedores está Rosa, de 63 años, cuarenta de ellos detrás del mismo puesto. «Vendo menos que el año pasado», cuenta.")]
    [InlineData("nl", "Onder de handelaren is Rosa, 63 jaar, waarvan veertig achter dezelfde kraam. \"Ik verkoop minder dan vorig jaar\", vertelt ze.")]
    public void AFirstNameWithItsAgeAfterACopula_IsWhomTheDroppedSubjectMeans(string language, string paragraph)
        => Assert.Equal("Rosa", ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Where the rule must not fire: a number with no word for years after the name is no age (a
    // stall's number); and the earlier speaker's own first name given again is no new person.
    [Theory]
    [InlineData("pt", "Entre as bancas está Rosa, 63 bancas ao todo. «Vendemos menos do que no ano passado», disse.", "Rosa")]
    [InlineData("es", "Entre los puestos está Rosa, de 63 puestos en total. «Vendemos menos que el año pasado», dijo.", "Rosa")]
    public void ANumberThatIsNoAge_MakesNoNewcomer(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Nor after a word that is no copula: the one met is the object, and the sentence's own
    // subject goes on. The last two rows open on a place phrase that holds a copula, with no
    // capital before the name, so the copula's stop is what keeps the name from being the newcomer
    // (the Italian row fails without it; the Portuguese one is also held by the role subject "a presidente").
    [Theory]
    [InlineData("pt", "Entre as bancas que ainda estão abertas, a presidente passou a manhã com Rosa, 63 anos, na banca da fruta. «Estas bancas merecem mais apoio», disse.", "Ana Rocha")]
    [InlineData("it", "Tra i banchi che sono ancora aperti, la sindaca ha passato la mattina con Rosa, 63 anni, al banco della frutta. «Questi banchi meritano più aiuto», ha detto.", "Anna Rossi")]
    [InlineData("pt", "Ana Rocha passou a manhã com Rosa, 63 anos, na banca da fruta. «Vendemos menos do que no ano passado», disse.", "Ana Rocha")]
    [InlineData("it", "Anna Rossi ha passato la mattina con Rosa, 63 anni, al banco della frutta. «Vendiamo meno dell'anno scorso», ha detto.", "Anna Rossi")]
    public void AFirstNameWithItsAgeAfterAPreposition_LeavesTheSubjectSpeaking(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
