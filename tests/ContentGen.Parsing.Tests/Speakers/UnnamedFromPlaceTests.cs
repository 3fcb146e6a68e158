namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks first; then a sentence brings in someone unnamed by an indefinite article, a
/// person's noun and where they are from, and a relative clause keeps them anonymous ("Une retraitée de
/// Vernel, qui a requis l’anonymat, …"), and the next quote has no cue. The place names no one, and the
/// quote is no longer the person's named before (SpeakerFinder.UnnamedFromPlace.cs). Invented sentences,
/// in other words than the articles that showed the class.
/// </summary>
public sealed class UnnamedFromPlaceTests
{
    // At the base each of these gave the person named in the paragraph before.
    [Theory]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Une retraitée de Vernel, qui a requis l’anonymat, a tout perdu. « Je leur faisais confiance. »", "Paul Girard")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Una jubilada de Valdecañas, que no quiso identificarse, perdió sus ahorros. «Confiaba en ellos».", "Tomás Herrero")]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una pensionata di Castelrosso, che preferisce restare anonima, ha perso i risparmi. «Mi fidavo di loro».", "Paolo Gatti")]
    public void AQuoteAfterAnUnnamedPersonFromAPlace_IsNotTheNamedPersons(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // The place is never the speaker.
    [Theory]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una pensionata di via dei Tigli, che preferisce restare anonima, ha perso i risparmi. «Mi fidavo di loro».", "Tigli")]
    public void ThePlace_IsNoSpeaker(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // Guard: a person named after the noun ("a neighbour of Ann Lee", two capitalised words) may be whom
    // the quote is by; left as before, the unnamed person not given.
    [Theory]
    [InlineData("A neighbour of Ann Lee, who asked not to be named, lost her savings. \"I trusted them completely.\"", "neighbour")]
    [InlineData("A pensioner who knows Ann Lee well, and who asked not to be named, lost her savings. \"I trusted them completely.\"", "pensioner")]
    public void APersonNamedAfterTheNoun_LeavesTheUnnamedPersonAside(string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.", unnamed)[1]);
}
