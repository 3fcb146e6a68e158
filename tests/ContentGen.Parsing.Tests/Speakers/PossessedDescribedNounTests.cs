namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Zijn Duitse ambtgenote Friederike Lohmann koos voorzichtiger woorden. “…”, zei ze.": the noun for a person after an
/// opening possessive may carry a describing word (before it in Dutch and English, where a nationality is capitalised;
/// after it in the Romance languages, the name then set off by commas), and the name after it is the sentence's
/// subject, whom the pronoun means. Dutch read "Zijn Duitse" as a name and gave it the quote; English and French gave no
/// one. The nouns for an office's opposite number ("ambtgenoot", "counterpart", "homologue", "Amtskollege", "homólogo",
/// "omologo") are people nouns now. Negatives: a verb between the noun and a name ("met", "saludó a"), whose object the
/// name is.
/// </summary>
public sealed class PossessedDescribedNounTests
{
    [Theory]
    [InlineData("nl", "Zijn Duitse ambtgenote Friederike Lohmann koos voorzichtiger woorden. “Wij zien de bemiddeling als diplomatie”, zei ze in het Nederlands.", "Friederike Lohmann")]
    [InlineData("nl", "Haar Belgische collega Friederike Lohmann koos voorzichtiger woorden. “Wij zien de bemiddeling als diplomatie”, zei ze.", "Friederike Lohmann")]
    [InlineData("nl", "Zijn Duitse collega Thomas Lohmann koos voorzichtiger woorden. “Wij zien de bemiddeling als diplomatie”, zei hij.", "Thomas Lohmann")]
    [InlineData("nl", "Zijn ambtgenote Friederike Lohmann koos voorzichtiger woorden. “Wij zien de bemiddeling als diplomatie”, zei ze.", "Friederike Lohmann")]
    [InlineData("en", "His German counterpart Friederike Lohmann chose more careful words. \"We see mediation as diplomacy,\" she said.", "Friederike Lohmann")]
    [InlineData("en", "Her new colleague Friederike Lohmann chose more careful words. \"We see mediation as diplomacy,\" she said.", "Friederike Lohmann")]
    [InlineData("fr", "Son homologue allemande, Friederike Lohmann, a choisi des mots plus prudents. « Nous voyons la médiation comme de la diplomatie », a-t-elle dit.", "Friederike Lohmann")]
    [InlineData("fr", "Son homologue, Friederike Lohmann, a choisi des mots plus prudents. « Nous voyons la médiation comme de la diplomatie », a-t-elle dit.", "Friederike Lohmann")]
    public void ANameAfterAPossessivesDescribedNoun_IsTheSubject(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // The word after the noun is the verb, and the name its object: the man who speaks is the unnamed counterpart.
    [InlineData("en", "His German counterpart met Friederike Lohmann on Monday. \"We see mediation as diplomacy,\" he said.", "-")]
    [InlineData("es", "Su homólogo alemán saludó a Friederike Lohmann en Berna. «Vemos la mediación como diplomacia», dijo él.", "-")]
    public void ANameAfterTheVerb_IsNoPossessedSubject(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
