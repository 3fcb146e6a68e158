using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Who fit and mend machines, who play for a team or a game, and who keep a museum's collection
/// (docs/speakers.md, "Session 67: counted listeners and the people nouns of workshops, games and
/// museums"). The readings exist (a trade after its article means the person just named; a trade or a
/// role ends the compound before a full name; a role stands before its holder); they ask the lexicons,
/// so each noun is there in every language, with its feminine. Invented sentences.
/// </summary>
public sealed class MachinesPlayersCuratorsTests
{
    // A mechanic named first, then called so after the definite article: the person just named. German
    // "Monteur" and French "mécanicien" were read already by their endings (AgentNounEndings), and stay so.
    [Theory]
    [InlineData("de", "Jonas Krell arbeitet seit zwanzig Jahren in der Werkstatt im Dorf. „Die Ersatzteile fehlen“, sagt der Monteur.", "Jonas Krell")]
    [InlineData("de", "Eva Krell arbeitet seit zwanzig Jahren in der Werkstatt im Dorf. „Die Ersatzteile fehlen“, sagt die Mechanikerin.", "Eva Krell")]
    [InlineData("nl", "Sanne Wit repareert al twintig jaar tractoren. 'De onderdelen ontbreken', zegt de monteuse.", "Sanne Wit")]
    [InlineData("fr", "Paul Girard répare des tracteurs depuis vingt ans. « Les pièces manquent », explique le mécanicien.", "Paul Girard")]
    [InlineData("es", "Tomás Herrero repara tractores desde hace veinte años. «Faltan piezas», cuenta el mecánico.", "Tomás Herrero")]
    [InlineData("it", "Paolo Gatti ripara trattori da vent'anni. «Mancano i pezzi», racconta il meccanico.", "Paolo Gatti")]
    [InlineData("pt", "Paulo Garcia repara tratores há vinte anos. «Faltam peças», conta o mecânico.", "Paulo Garcia")]
    public void AMechanicAfterTheArticle_IsThePersonJustNamed(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);

    // Guards: two people named before, the noun means neither; an indefinite mechanic is someone new.
    [Theory]
    [InlineData("de", "Jonas Krell traf am Samstag Paul Gruber. „Die Ersatzteile fehlen“, sagt der Monteur.", "Jonas Krell")]
    [InlineData("es", "Tomás Herrero habló el sábado con Luis Pardo. «Faltan piezas», cuenta el mecánico.", "Luis Pardo")]
    [InlineData("fr", "Paul Girard répare des tracteurs depuis vingt ans. « Les pièces manquent », explique un mécanicien.", "Paul Girard")]
    public void AMechanicWhomTheSentenceCannotTell_IsNoNamedPerson(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Under("Im Dorf", LanguageLeads.For(language), paragraph)[^1]);

    // A German or Dutch sentence opening on a player's, a curator's or a mechanic's compound before a
    // full name: the noun is taken off the name, and the pronoun after it means the name.
    [Theory]
    [InlineData("nl", "Esportsspeler Tim Bos stond om twee uur in de halve finale. 'We stonden nog buiten', vertelt hij.", "Tim Bos")]
    [InlineData("nl", "Conservator Els de Wit stelde de tentoonstelling samen. 'Mensen willen hun eigen land zien', zegt ze.", "Els de Wit")]
    [InlineData("nl", "Automonteuse Sanne de Wit werkt al jaren in de garage. 'De onderdelen ontbreken', zegt ze.", "Sanne de Wit")]
    [InlineData("de", "Automechanikerin Eva von Dahlen arbeitet seit Jahren in der Werkstatt. „Die Ersatzteile fehlen“, sagt sie.", "Eva von Dahlen")]
    public void ATradeOrRoleCompoundOpeningTheSentence_IsNoFirstName(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);

    // A curator's role with its museum as a complement, before the holder's name with no comma: the
    // name is the speaker. (Set off by commas, the name was read already, the role unknown or not.)
    [Theory]
    [InlineData("fr", "« Les salles étaient pleines », a dit la conservatrice du musée Anne Morel.", "Anne Morel")]
    [InlineData("fr", "« Les salles étaient pleines », a dit le conservateur du musée Paul Morel.", "Paul Morel")]
    [InlineData("es", "«Las salas estaban llenas», dijo la conservadora del museo Ana Pardo.", "Ana Pardo")]
    [InlineData("it", "«Le sale erano piene», ha detto il conservatore del museo Luigi Parodi.", "Luigi Parodi")]
    [InlineData("pt", "«As salas estavam cheias», disse o jogador do clube Luís Pardal.", "Luís Pardal")]
    [InlineData("es", "«Nos faltó aire», admitió el jugador del club Luis Pardo.", "Luis Pardo")]
    [InlineData("fr", "« Nous avons manqué de souffle », a reconnu la joueuse du club Anne Morel.", "Anne Morel")]
    [InlineData("it", "«Ci è mancato il fiato», ha ammesso la giocatrice della squadra Lucia Parodi.", "Lucia Parodi")]
    public void APlayerOrCuratorWithABriefBeforeAName_IsThatName(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // A player met before and then called so: the person just named, where one person was named.
    [Theory]
    [InlineData("fr", "Paul Morel joue depuis dix ans dans l'équipe du village. « Nous avons manqué de souffle », a reconnu le joueur.", "Paul Morel")]
    public void APlayerAfterTheArticle_IsThePersonJustNamed(string language, string paragraph, string speaker)
        => LanguageLeads.CheckSpeakers(language, paragraph, speaker);
}
