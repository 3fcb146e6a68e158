namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A sentence opened by what its subject is, then the name set off by commas, makes that person
/// the subject, so that a dropped subject or pronoun after it means them, not the speaker of the
/// paragraph before: when the description is headed by a profession with a complement that names
/// a body (<c>Il biologo incaricato dalla Regione di X, Anna Neri, ha …</c>), and when a priest's
/// title stands before the name (<c>Il parroco, don Carlo Neri, ha …</c>).
/// </summary>
public sealed class OpeningHolderAfterLongDescriptionTests
{
    [Theory]
    [InlineData("it", "Il biologo incaricato dalla Regione di Valmora, Carlo Neri, ha ispezionato il fiume in mattinata. «Le acque sono ancora torbide e i pesci non tornano», ha detto.", "Carlo Neri")]
    [InlineData("es", "El biólogo contratado por la Diputación de Valmora, Carlos Neira, inspeccionó el río por la mañana. «El agua sigue turbia y los peces no vuelven», dijo.", "Carlos Neira")]
    [InlineData("fr", "Le géologue mandaté par la Région de Valmore, Charles Nérac, a inspecté la falaise dans la matinée. « La roche bouge encore et rien ne la retient », a-t-il dit.", "Charles Nérac")]
    [InlineData("it", "Il parroco, don Carlo Neri, ha aperto l'oratorio a chi cerca un posto caldo. «Le porte resteranno aperte tutta la notte», ha detto.", "Carlo Neri")]
    [InlineData("pt", "O bispo, dom Carlos Nery, abriu as portas da catedral a quem procura abrigo. «As portas ficam abertas toda a noite», disse.", "Carlos Nery")]
    [InlineData("pt", "O biólogo contratado pela Câmara de Valmora, Carlos Neri, inspecionou o rio de manhã. «A água continua turva e os peixes não voltam», disse.", "Carlos Neri")]
    [InlineData("nl", "De bioloog ingehuurd door de Provincie Valmora, Karel Neri, inspecteerde de rivier in de ochtend. \"Het water is nog troebel\", zei hij.", "Karel Neri")]
    public void TheNameAfterTheDescription_IsWhomTheCueMeans(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Where the rule must not fire: a profession that is the object of a clause ("Il sindaco ha
    // ringraziato il biologo …, Carlo Neri,") leaves the clause's subject speaking; a title in lower
    // case after the comma that stands before no name makes no one.
    [Theory]
    [InlineData("it", "Anna Rossi ha ringraziato il biologo incaricato dalla Regione di Valmora, Carlo Neri, per il suo lavoro. «Senza di lui non sapremmo nulla», ha detto.", "Anna Rossi")]
    public void AProfessionInTheObject_LeavesTheSubjectSpeaking(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // A profession heading a clause ("Il biologo ha ringraziato la Regione di X, Carlo Neri,"): the
    // name set off after the verb's object is no subject.
    [Theory]
    [InlineData("it", "Il biologo ha ringraziato la Regione di Valmora, Carlo Neri, per il suo lavoro. «Senza di lui non sapremmo nulla», ha detto.", "Carlo Neri")]
    public void AProfessionHeadingAClause_MakesNoSubjectOfTheObject(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // The same with the expected value: the one who spoke is the unnamed expert, so no one is given
    // (neither the name set off after the object nor the earlier speaker).
    [Theory]
    [InlineData("fr", "Le géologue a remercié la Région de Valmore, Charles Nérac, pour son aide. « Sans lui nous ne saurions rien », a-t-il dit.", null)]
    [InlineData("it", "Il biologo ha parlato della Regione di Valmora, Carlo Neri, per il suo lavoro. «Senza di lui non sapremmo nulla», ha detto.", null)]
    public void AProfessionHeadingAClause_GivesNoOne(string language, string paragraph, string? speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
