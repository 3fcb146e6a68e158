namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote inside a relative clause on a document's noun ("un comunicado en el que anunciaba que
/// estudiará «…»", "um comunicado, no qual garante «…»", "a statement in which it promised to "…"")
/// is the document's words, so its owner's: the sentence's named subject that put the document
/// out. Stops: no owner named, two owners, a document owned by another than the subject, and a
/// term in marks.
/// </summary>
public sealed class DocumentRelativeClauseTests
{
    [Theory]
    [InlineData("es", "La sanción", "El Club Deportivo Arenal difundió el lunes un comunicado en el que felicitaba al rival, pero anunciaba que estudiará «todas las medidas a su alcance» contra la sanción.", "Club Deportivo Arenal")]
    [InlineData("pt", "A greve", "A administração da Cooperativa Vale Verde remeteu para um comunicado divulgado na véspera, no qual garante ter feito «todos os esforços possíveis» para evitar a greve.", "Cooperativa Vale Verde")]
    [InlineData("it", "La sanzione", "La Fondazione Monteverde ha diffuso ieri una nota nella quale annuncia che valuterà «ogni azione possibile» contro la decisione.", "Fondazione Monteverde")]
    [InlineData("fr", "La sanction", "Le groupe Arvalis a publié lundi un communiqué dans lequel il promet de « tout mettre en œuvre » pour garder le site.", "Arvalis")]
    [InlineData("nl", "De haven", "Stichting Waterland verstuurde dinsdag een verklaring waarin zij belooft “alles te doen” om de haven open te houden.", "Stichting Waterland")]
    [InlineData("de", "Der Hafen", "Die Stadtwerke Talgrund verschickten am Montag eine Mitteilung, in der sie versprechen, „alle Möglichkeiten zu prüfen“.", "Stadtwerke Talgrund")]
    [InlineData("en", "The vote", "Westbrook Group issued a statement in which it promised to \"review every option\" before the vote.", "Westbrook Group")]
    public void AQuoteInADocumentsRelativeClause_IsItsOwners(string language, string headline, string paragraph, string speaker)
    {
        _ = language;
        Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));
    }

    [Fact]
    public void EveryQuoteOfTheClause_IsTheOwners()
        => Assert.Equal(
            new[] { "Cooperativa Vale Verde", "Cooperativa Vale Verde" },
            QuoteSpeakers.Under(
                "A greve",
                "A administração da Cooperativa Vale Verde remeteu para um comunicado divulgado na véspera, no qual garante ter feito «todos os esforços possíveis» e lembra que a cooperativa «pagou sempre a horas» a todos os sócios."));

    // No owner named: a document put out by no one the sentence names speaks for no one.
    [Fact]
    public void ADocumentWithNoNamedOwner_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "La sanción",
                "El partido terminó con tres expulsados y una tángana en el túnel de vestuarios. Pasada la medianoche se difundió un comunicado en el que se anunciaba que se estudiarán «todas las medidas a su alcance» contra la sanción."));

    // Two owners: two bodies that put the document out together are not one speaker.
    [Fact]
    public void TwoOwners_GiveNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "La sanción",
                "El Club Deportivo Arenal y la Federación Sur difundieron el lunes un comunicado en el que anunciaban que estudiarán «todas las medidas a su alcance» contra la sanción."));

    // The subject answers another's document: the words are that document's owner's, not the subject's.
    [Fact]
    public void AnotherOwnersDocument_IsNotTheSubjects()
        => Assert.DoesNotContain(
            "Club Deportivo Arenal",
            QuoteSpeakers.Under(
                "La sanción",
                "El Club Deportivo Arenal recurrió el lunes el comunicado de la Federación Sur, en el que esta anunciaba que estudiará «todas las medidas a su alcance» contra el club."));

    // A term in marks after an article is the document's wording of a thing, not its words.
    [Fact]
    public void ATermInMarks_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "La sanción",
                "El Club Deportivo Arenal difundió el lunes un comunicado en el que critica la «persecución» arbitral que sufre el equipo."));
}
