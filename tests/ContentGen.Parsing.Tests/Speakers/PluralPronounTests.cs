namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A plural pronoun ("they", "ils", "elles") means a group or a body, never one named person: after
/// a named speaker, "…, they said" is not theirs. Languages whose plural is also a singular
/// (German "sie", Dutch "ze") keep the singular reading.
/// </summary>
public sealed class PluralPronounTests
{
    private const string Quay = "Fire crews were called to the grain quay at dawn. \"We saw smoke from the hold,\" said Tom Baker, a harbour pilot.";

    [Theory]
    [InlineData(Quay + " The coastguard said a fuel line had split, and the engine room was \"full of fumes\" by noon, they said.")]
    [InlineData(Quay + " \"The hold was full of smoke,\" they added.")]
    public void TheyAfterANamedSpeaker_IsNotThatSpeaker(string paragraph)
        => Assert.Equal(new[] { "Tom Baker", null }, QuoteSpeakers.Under("Fire on the grain quay", paragraph));

    [Theory]
    [InlineData("« Nous avons vu de la fumée », a déclaré Jean Dupont, pilote du port. « La cale était pleine », ont-ils ajouté.", "Jean Dupont")]
    [InlineData("« Nous avons vu de la fumée », a déclaré Marie Lebrun, pilote du port. « La cale était pleine », disent-elles.", "Marie Lebrun")]
    public void FrenchIlsOrEllesAfterANamedSpeaker_IsNotThatSpeaker(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker, null }, QuoteSpeakers.Under("Incendie au port", "Les pompiers sont arrivés à l'aube sur le quai des grains. " + paragraph));

    // Guards: the singular pronouns, and the languages whose plural is also a singular, are as before.
    [Theory]
    [InlineData("Fire on the grain quay", Quay + " \"The hold was full of smoke,\" he added.", "Tom Baker")]
    [InlineData("Incendie au port", "Les pompiers sont arrivés à l'aube. « Nous avons vu de la fumée », a déclaré Jean Dupont, pilote du port. « La cale était pleine », a-t-il ajouté.", "Jean Dupont")]
    [InlineData("Brand im Hafen", "Die Feuerwehr kam am frühen Morgen zum Getreidekai. „Wir haben Rauch gesehen“, sagte Anna Weber, die als Lotsin im Hafen arbeitet. „Der Laderaum war voller Rauch“, sagte sie.", "Anna Weber")]
    [InlineData("Brand in de haven", "De brandweer kwam bij zonsopgang naar de graankade. “We zagen rook”, zei loods Anna de Vries. “Het ruim stond vol rook”, zei ze.", "Anna de Vries")]
    public void SingularPronouns_StillMeanTheSpeaker(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under(headline, paragraph));
}
