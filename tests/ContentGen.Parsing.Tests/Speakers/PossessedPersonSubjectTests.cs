namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence whose subject is someone's relative or fellow, given by a possessive and a person's
/// noun ("His daughter stood beside him.", "Zijn dochter Marieke stond naast hem."), brings in
/// someone other than the person named before: a pronoun or a dropped subject after it is given
/// to no one rather than to that person. A definite article with a role (an epithet of the person
/// in focus), a possessive with a thing, and a cue that names its speaker are read as before.
/// </summary>
public sealed class PossessedPersonSubjectTests
{
    [Theory]
    [InlineData("en", "\"I was so ashamed,\" said John White after the hearing.", "His daughter stood beside him. \"He is still not over it,\" she said.")]
    [InlineData("nl", "\"Ik schaamde me zo\", zei Jan de Wit na afloop.", "Zijn dochter Marieke stond naast hem. \"Hij is er nog steeds kapot van\", zei ze.")]
    [InlineData("fr", "« J'avais tellement honte », a dit Jean Morel après l'audience.", "Sa fille Claire se tenait à côté de lui. « Il ne s'en remet pas », a-t-elle dit.")]
    [InlineData("de", "„Ich habe mich so geschämt“, sagte Hans Berger nach der Verhandlung.", "Seine Tochter Anna stand neben ihm. „Er kommt nicht darüber hinweg“, sagte sie.")]
    [InlineData("es", "«Me daba tanta vergüenza», dijo Juan Blanco tras la vista.", "Su hija estaba a su lado. «Todavía no lo ha superado», dijo ella.")]
    public void APronounAfterSomeonesRelative_IsNoOnes(string language, string first, string second)
        => Assert.Equal(new[] { Speaker(language), null }, QuoteSpeakers.Under("Probe", Lead(language), first, second));

    // Guards: an epithet with a definite article, a possessive with a thing, a cue with a name, a
    // sentence about no one between the relative and the quote.
    [Theory]
    [InlineData("en", "\"I was so ashamed,\" said John White after the hearing.", "The pensioner is now living with his family. \"I trust nobody now,\" he said.", "John White")]
    [InlineData("en", "\"I was so ashamed,\" said John White after the hearing.", "His savings were never found. \"I trust nobody now,\" he said.", "John White")]
    [InlineData("en", "\"I was so ashamed,\" said John White after the hearing.", "His daughter stood beside him. \"He is still not over it,\" said Mary White.", "Mary White")]
    [InlineData("fr", "« J'avais tellement honte », a dit Jean Morel après l'audience.", "Sa maison a été vendue en mai. « Je n'ai plus confiance », a-t-il ajouté.", "Jean Morel")]
    [InlineData("nl", "\"Ik schaamde me zo\", zei Jan de Wit na afloop.", "Zijn vrouw Els deed de boekhouding. Maar niemand wil de zaak overnemen. \"Ik stop ermee\", zegt hij.", "Jan de Wit")]
    public void OtherSubjects_AreReadAsBefore(string language, string first, string second, string expected)
        => Assert.Equal(new[] { Speaker(language), expected }, QuoteSpeakers.Under("Probe", Lead(language), first, second));

    private static string Speaker(string language) => language switch
    {
        "nl" => "Jan de Wit",
        "fr" => "Jean Morel",
        "de" => "Hans Berger",
        "es" => "Juan Blanco",
        _ => "John White",
    };

    private static string Lead(string language) => language switch
    {
        "fr" => LanguageLeads.French,
        "es" => LanguageLeads.Spanish,
        "de" => LanguageLeads.German,
        "nl" => LanguageLeads.Dutch,
        _ => "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.",
    };
}
