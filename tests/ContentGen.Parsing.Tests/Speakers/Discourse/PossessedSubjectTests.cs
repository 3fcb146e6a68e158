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
    [InlineData("es", "«Me daba vergüenza», contó Anselmo Quiroga. Su hija Rocío Quiroga estaba a su lado. «Todavía no lo ha superado», dijo ella.", "Rocío Quiroga")]
    [InlineData("de", "„Ich habe mich geschämt“, sagte Volker Imhoff. Seine Tochter Jana Imhoff stand neben ihm. „Er ist nicht darüber hinweg“, sagte sie.", "Jana Imhoff")]
    [InlineData("nl", "\"Ik schaamde me\", zei Joop Kuipers. Zijn dochter Femke stond naast hem. \"Hij is er nog niet overheen\", zei zij.", "Femke")]
    // Session 32: an age in brackets between the name and its verb, as Dutch and German news write it.
    [InlineData("nl", "\"Ik schaamde me\", zei Joop Kuipers. Zijn dochter Femke (17) stond naast hem. \"Hij is er nog niet overheen.\"", "Femke")]
    [InlineData("de", "„Ich habe mich geschämt“, sagte Volker Imhoff. Seine Tochter Jana Imhoff (17) stand neben ihm. „Er ist nicht darüber hinweg“, sagte sie.", "Jana Imhoff")]
    // Session 32: Italian and Portuguese possessives, after their article or (in Brazil) without one.
    [InlineData("it", "«Mi vergognavo», ha detto Anselmo Quaranta. Sua figlia Rocchina Quaranta era accanto a lui. «Non l'ha ancora superata», ha detto lei.", "Rocchina Quaranta")]
    [InlineData("it", "«Non so usare il bancomat», ha detto Ida Rinaldi. La sua vicina Rosa Bellini scuote la testa. «Ci trattano come se fossimo già morti.»", "Rosa Bellini")]
    [InlineData("pt", "“Tive vergonha”, contou Anselmo Queirós. A sua filha Rosário Queirós estava ao lado dele. “Ainda não ultrapassou isto”, disse ela.", "Rosário Queirós")]
    [InlineData("pt", "“Tive vergonha”, contou Anselmo Queirós. Sua filha Rosário Queirós estava ao lado dele. “Ele ainda não ultrapassou isto.”", "Rosário Queirós")]
    public void TheNamedNewcomer_IsWhomTheNextCueMeans(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: two joined subjects, a name after the verb (an object), a possessive and a noun with
    // no name, and an organisation's name are no newcomer the rule makes the subject.
    [Theory]
    [InlineData("en", "\"I felt so foolish,\" said Ivor Pengelly. His daughter Ellen Pengelly and his son Rory Pengelly stood beside him. \"He has not got over it,\" she said.", "Ellen Pengelly")]
    [InlineData("en", "\"I felt so foolish,\" said Ivor Pengelly. His daughter rang Mabel Treloar at once. \"He was shaking,\" she recalled.", "Mabel Treloar")]
    [InlineData("fr", "« J'avais honte », a dit Yves Kerlidou. Sa fille, Maëlle Kerlidou, et son fils se tenaient à côté de lui. « Il ne s'en est pas remis », a-t-elle dit.", "Maëlle Kerlidou")]
    [InlineData("de", "„Ich habe mich geschämt“, sagte Volker Imhoff. Seine Tochter arbeitet bei der Stadtwerke Lindau GmbH. „Er ist nicht darüber hinweg“, sagte sie.", "Stadtwerke Lindau GmbH")]
    [InlineData("it", "«Mi vergognavo», ha detto Anselmo Quaranta. La sua vicina ha chiamato subito Rosa Bellini. «Tremava», ha ricordato.", "Rosa Bellini")]
    [InlineData("pt", "“Tive vergonha”, contou Anselmo Queirós. A sua filha e Rosário Lopes estavam ao lado dele. “Ainda não ultrapassou isto”, disse ela.", "Rosário Lopes")]
    public void JoinedObjectOrUnnamed_IsNoNewSubject(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // A pronoun that gives no gender, or a dropped subject, keeps to the possessor, whose turn
    // it was: the newcomer is meant only by a pronoun of their own gender. (Session 42: Dutch "ze"
    // is she or they, never he; after "Zijn dochter Femke" it means the daughter, see
    // NewcomerBeforeCarriedQuoteTests.)
    [Theory]
    [InlineData("es", "«Me daba vergüenza», contó Anselmo Quiroga. Su hija Rocío Quiroga estaba a su lado. «Todavía no lo he superado», dijo.", "Anselmo Quiroga")]
    [InlineData("en", "\"We worked hard,\" said Bryony Tamblyn. Her son Jory plays in goal. \"I am proud of him,\" she said.", "Bryony Tamblyn")]
    public void AnUngenderedOrOtherGenderPronoun_KeepsToThePossessor(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // The family tie gives the newcomer's gender ("wife", "vrouw", "Tochter"): a pronoun of the
    // other gender passes over her to the possessor.
    [Theory]
    [InlineData("en", "\"I felt so foolish,\" said Ivor Pengelly. His wife Morwenna stood beside him. \"I have not got over it,\" he said.", "Ivor Pengelly")]
    [InlineData("nl", "\"Ik schaamde me\", zei Joop Kuipers. Zijn vrouw Femke deed de keuken. \"Die gaat echt niet glazen spoelen\", zegt hij.", "Joop Kuipers")]
    [InlineData("de", "„Ich habe mich geschämt“, sagte Volker Imhoff. Seine Tochter Jana stand neben ihm. „Ich bin nicht darüber hinweg“, sagte er.", "Volker Imhoff")]
    public void APronounOfTheOtherGenderThanTheTie_MeansThePossessor(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
