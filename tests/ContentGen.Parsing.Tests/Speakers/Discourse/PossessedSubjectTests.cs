using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A sentence opening on a possessive, a noun for a person and that person's name, then a verb,
/// makes the named person its subject: <c>His daughter Ellen Vane stood beside him. "…," she said.</c>
/// The person quoted before is only the owner the possessive points back to; the next pronoun or
/// dropped subject is the newcomer's. Not when the name is joined to a second subject, stands
/// after the verb, or no name follows the noun.
/// </summary>
public sealed class PossessedSubjectTests
{
    [Theory]
    [InlineData("en", "\"I felt so foolish,\" said Ivor Pengelly. His daughter Ellen Pengelly stood beside him. \"He has not got over it,\" she said.", "Ellen Pengelly")]
    [InlineData("en", "\"I felt so foolish,\" said Ivor Pengelly. His neighbour, the retired nurse Mabel Treloar, drove him home. \"He was shaking,\" she recalled.", "Mabel Treloar")]
    [InlineData("fr", "« J'avais honte », a dit Yves Kerlidou. Sa fille Maëlle Kerlidou se tenait à côté de lui. « Il ne s'en est pas remis », a-t-elle dit.", "Maëlle Kerlidou")]
    [InlineData("fr", "« J'avais honte », a dit Yves Kerlidou. Sa fille, l'avocate Maëlle Kerlidou, se tenait à côté de lui. « Il ne s'en est pas remis », a-t-elle ajouté.", "Maëlle Kerlidou")]
    [InlineData("es", "«Me daba vergüenza», contó Anselmo Quiroga. Su hija Rocío Quiroga estaba a su lado. «Todavía no lo ha superado», dijo.", "Rocío Quiroga")]
    [InlineData("de", "„Ich habe mich geschämt“, sagte Volker Imhoff. Seine Tochter Jana Imhoff stand neben ihm. „Er ist nicht darüber hinweg“, sagte sie.", "Jana Imhoff")]
    [InlineData("nl", "\"Ik schaamde me\", zei Joop Kuipers. Zijn dochter Femke stond naast hem. \"Hij is er nog niet overheen\", zei ze.", "Femke")]
    public void TheNamedNewcomer_IsWhomTheNextCueMeans(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: two joined subjects, a name after the verb (an object), a possessive and a noun with
    // no name, and an organisation's name are no newcomer the rule makes the subject.
    [Theory]
    [InlineData("en", "\"I felt so foolish,\" said Ivor Pengelly. His daughter Ellen Pengelly and his son Rory Pengelly stood beside him. \"He has not got over it,\" she said.", "Ellen Pengelly")]
    [InlineData("en", "\"I felt so foolish,\" said Ivor Pengelly. His daughter rang Mabel Treloar at once. \"He was shaking,\" she recalled.", "Mabel Treloar")]
    [InlineData("fr", "« J'avais honte », a dit Yves Kerlidou. Sa fille, Maëlle Kerlidou, et son fils se tenaient à côté de lui. « Il ne s'en est pas remis », a-t-elle dit.", "Maëlle Kerlidou")]
    [InlineData("de", "„Ich habe mich geschämt“, sagte Volker Imhoff. Seine Tochter arbeitet bei der Stadtwerke Lindau GmbH. „Er ist nicht darüber hinweg“, sagte sie.", "Stadtwerke Lindau GmbH")]
    public void JoinedObjectOrUnnamed_IsNoNewSubject(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // The family tie gives the newcomer's gender ("wife", "vrouw", "Tochter"): a pronoun of the
    // other gender means neither her nor, past her, the owner no title showed to be a man.
    [Theory]
    [InlineData("en", "\"I felt so foolish,\" said Ivor Pengelly. His wife Morwenna stood beside him. \"He has not got over it,\" he said.")]
    [InlineData("nl", "\"Ik schaamde me\", zei Joop Kuipers. Zijn vrouw Femke deed de keuken. \"Die gaat echt niet glazen spoelen\", zegt hij.")]
    [InlineData("de", "„Ich habe mich geschämt“, sagte Volker Imhoff. Seine Tochter Jana stand neben ihm. „Er ist nicht darüber hinweg“, sagte er.")]
    public void APronounOfTheOtherGenderThanTheTie_IsNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));
}
