using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The tier an office sits at, written after the role before its holder, qualifies the role as a
/// party's adjective does (<c>la consigliera comunale Giulia Conti</c>, <c>la conseillère municipale
/// Claire Maury</c>, <c>la concejala municipal Lucía Ferrer</c>, <c>o vereador municipal X</c>): the
/// name after it is the holder's, after the quote and before a colon alike.
/// </summary>
public sealed class OfficeTierQualifierTests
{
    [Theory]
    [InlineData("fr", "« Nous avons assez attendu », a déclaré la conseillère municipale Claire Maury.", "Claire Maury")]
    [InlineData("fr", "Le conseiller régional Paul Maury a déclaré : « Nous avons assez attendu. »", "Paul Maury")]
    [InlineData("fr", "« Nous avons assez attendu », a déclaré le conseiller départemental Paul Maury.", "Paul Maury")]
    [InlineData("it", "«Abbiamo aspettato abbastanza», ha detto la consigliera comunale Giulia Conti.", "Giulia Conti")]
    [InlineData("it", "«Abbiamo aspettato abbastanza», ha detto il consigliere regionale Marco Conti.", "Marco Conti")]
    [InlineData("es", "«Hemos esperado bastante», dijo la concejala municipal Lucía Ferrer.", "Lucía Ferrer")]
    [InlineData("pt", "«Já esperámos tempo suficiente», disse o vereador municipal Rui Lobo.", "Rui Lobo")]
    public void TheNameAfterTheTier_IsTheHolders(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a place's name after the tier names no holder; the tier after a role with no name
    // after it leaves the role to whom the article made it.
    [Theory]
    [InlineData("fr", "« Nous avons assez attendu », a déclaré la conseillère régionale Île-de-France.", "Île-de-France")]
    [InlineData("it", "«Abbiamo aspettato abbastanza», ha detto il consigliere comunale Roccaverde.", "Roccaverde")]
    public void APlaceAfterTheTier_IsNoHolder(string language, string paragraph, string place)
        => Assert.NotEqual(place, ConstructionProbe.LastSpeaker(language, paragraph));
}
