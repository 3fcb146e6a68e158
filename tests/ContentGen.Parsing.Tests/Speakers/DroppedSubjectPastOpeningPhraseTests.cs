namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// In a language that drops subjects, a sentence that opens with a preposition's phrase (where or
/// to whom it was said), then the reporting verb and a colon before the quote ("En declaraciones a
/// la prensa, explicó: «…»", "In un'intervista alla Gazzetta di Valtresa ha aggiunto: «…»") has its
/// subject dropped: the person just named. A name or a noun before the verb is its subject.
/// </summary>
public sealed class DroppedSubjectPastOpeningPhraseTests
{
    [Theory]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "Luis Mora defendió el proyecto en el pleno. En una entrevista con la radio, explicó: «La carpa estará lista en mayo».", "Luis Mora")]
    [InlineData("Il ponte sarà pronto in primavera", LanguageLeads.Italian, "Silvia Neri ha difeso la riforma davanti al consiglio. In un'intervista alla Gazzetta di Borgoalto ha aggiunto: «Le case di comunità sono il futuro».", "Silvia Neri")]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "Rui Calado defendeu o projeto na assembleia. Em declarações à Rádio Vale, afirmou: “A obra fica pronta em maio”.", "Rui Calado")]
    public void AVerbPastAnOpeningPhrase_BeforeAColon_DropsItsSubject(string headline, string lead, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, lead, paragraph)[^1]);

    // A name or a noun between the phrase and the verb is the subject, not the person before.
    [Theory]
    [InlineData("Luis Mora defendió el proyecto en el pleno. En la rueda de prensa Pedro Gil explicó: «La carpa estará lista en mayo».")]
    [InlineData("Luis Mora defendió el proyecto en el pleno. En la rueda de prensa, un vecino explicó: «La carpa estará lista en mayo».")]
    [InlineData("Luis Mora defendió el proyecto en el pleno. En la reunión el técnico explicó: «La carpa estará lista en mayo».")]
    public void ASubjectBeforeTheVerb_IsNotThePersonBefore(string paragraph)
        => Assert.NotEqual("Luis Mora", QuoteSpeakers.Under("El puente estará listo en primavera", LanguageLeads.Spanish, paragraph)[^1]);

    // An article opening the sentence opens its subject, though "um" is a German preposition.
    [Fact]
    public void AnOpeningArticle_OpensTheSubject()
        => Assert.NotEqual("Rui Calado", QuoteSpeakers.Under("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "Rui Calado defendeu o projeto na assembleia. Um morador em Serrana disse: “A obra nunca fica pronta”.")[^1]);

    // English keeps its subjects: "In an interview, added:" names no one.
    [Fact]
    public void English_HasNoDroppedSubject()
        => Assert.Null(QuoteSpeakers.Under("Bridge plan", "Luke Moran defended the plan. In an interview with the Valley Gazette, added: \"The tent will be ready in May.\"")[^1]);
}
