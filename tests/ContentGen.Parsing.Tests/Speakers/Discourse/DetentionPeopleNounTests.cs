namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// People of a detention centre or a prison, unnamed in reportage, brought in by an indefinite
/// article after an inverted cue: a detainee, an inmate, a warder speaks as "une voisine" does.
/// </summary>
public sealed class DetentionPeopleNounTests
{
    [Theory]
    [InlineData("fr", "« On ne nous dit jamais rien », regrette un détenu du bâtiment B.", "détenu")]
    [InlineData("fr", "« La nuit, personne ne dort », confie une détenue de 30 ans.", "détenue")]
    [InlineData("fr", "« On attend depuis trois semaines », lance un retenu dans le couloir.", "retenu")]
    [InlineData("fr", "« Nous manquons de personnel », assure un surveillant à l'entrée.", "surveillant")]
    [InlineData("fr", "« Les rondes ont doublé », explique une gardienne du centre.", "gardienne")]
    [InlineData("en", "\"Nobody tells us anything,\" said one inmate in the yard.", "inmate")]
    [InlineData("en", "\"We have waited three weeks,\" said a detainee in the corridor.", "detainee")]
    [InlineData("en", "\"We are short of staff,\" said one warder at the gate.", "warder")]
    public void SomeoneHeld_OrGuardingThem_IsGivenByTheirNoun(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: the noun after a preposition is whom the words were said to; the participle after
    // its auxiliary is the verb, and its subject after it speaks.
    [Theory]
    [InlineData("fr", "« On ne nous dit jamais rien », dit-il à un détenu.", "Paul Morel")]
    [InlineData("en", "\"Nobody tells us anything,\" he said to an inmate.", "Tom Baker")]
    public void AHeldListener_IsNotGivenByTheNoun(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Stop: past another noun, "détenu", "retenu" are its participle, a thing held, and bring in no one.
    [Theory]
    [InlineData("« Le site fermera en juin », indique un rapport détenu par la préfecture.")]
    [InlineData("« Le chantier coûtera deux millions », précise un montant retenu par la mairie.")]
    [InlineData("« La vente aura lieu en mai », annonce une part détenue par l’État.")]
    public void AParticipleDescribingAThing_GivesNoOne(string paragraph)
        => Assert.Null(ProbeArticle.All("fr", paragraph)[^1]);
}
