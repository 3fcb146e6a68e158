using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence that opens on an indefinite article and a person's noun, with a complement or an
/// insert between commas, and ends in a colon right before the quote: whatever its verb, the
/// quote is that unnamed person's, given by the noun. A name inside the complement or the insert
/// is never the speaker; a clause that brings in a thing, a name or a passive agent says nothing.
/// </summary>
public sealed class UnnamedColonLeadTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Das Viertel wartet", paragraphs);

    [Theory]
    [InlineData("Die Brauerei im Dorf schließt nach hundert Jahren, und die Gäste sind traurig. Ein älterer Herr mit Hut, seit vierzig Jahren Stammgast, zuckt mit den Schultern: „Bier gibt es überall.“", "Herr")]
    [InlineData("Las obras durarán dos años. Un vecino de la calle Olmo, que prefirió no dar su nombre, resumió el ambiente: «Aquí nadie duerme».", "vecino")]
    [InlineData("El centro no tiene pediatra. Una vecina de la calle Real, enfermera jubilada, lo vive de cerca: «Las madres vienen a mi casa».", "vecina")]
    [InlineData("I pareri erano divisi. Un commerciante di via Dante era di tutt'altra opinione: «Nessuno ha parlato di parcheggi.»", "commerciante")]
    [InlineData("Les avis sont partagés. Une habitante du quartier, installée depuis trente ans, est plus sombre encore : « Plus rien ne bouge ici. »", "habitante")]
    [InlineData("De meningen zijn verdeeld. Een bewoonster van de Dorpsstraat, al veertig jaar in de wijk, is somberder: “Hier verandert niks meer.”", "bewoonster")]
    [InlineData("As opiniões dividem-se. Um comerciante da rua Direita, que pediu para não ser identificado, foi mais longe: «Ninguém nos ouviu.»", "comerciante")]
    [InlineData("Opinions were divided. A shopkeeper from Mill Lane, who asked not to be named, was blunter: \"Nobody listened to us.\"", "shopkeeper")]
    public void AnIndefinitePersonOpeningAColonLeadIn_IsTheUnnamedSpeaker(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Theory]
    // A thing brought in after the verb: its words are no one's here.
    [InlineData("Las obras durarán dos años. Un vecino de la calle Olmo, jubilado, colgó un cartel en la puerta: «Cerrado por obras».")]
    // Someone named after the verb may be whose words follow.
    [InlineData("Las obras durarán dos años. Un vecino de la calle Olmo, jubilado, citó al alcalde Juan Olmedo: «Aquí nadie duerme».")]
    [InlineData("Die Brauerei im Dorf schließt nach hundert Jahren, und die Gäste sind traurig. Ein älterer Herr mit Hut, seit vierzig Jahren Stammgast, zeigt einen Zettel: „Bier gibt es überall.“")]
    // A role or a document after the verb, in lower case as Romance roles are: the words are the
    // mayor's letter, not the witness's.
    [InlineData("Las obras durarán dos años. Un vecino de la calle Olmo, jubilado, leyó la carta del alcalde: «Aquí nadie duerme».")]
    [InlineData("I pareri erano divisi. Un commerciante di via Dante, da vent'anni in centro, ha letto la lettera del sindaco: «Nessuno ha parlato di parcheggi.»")]
    [InlineData("Las obras durarán dos años. Un vecino de la calle Olmo, jubilado, mostró el informe: «Aquí nadie duerme».")]
    // A passive agent: the words are the agent's.
    [InlineData("I pareri erano divisi. Un commerciante di via Dante è stato avvertito dal sindaco: «Nessuno parlerà di parcheggi.»")]
    // Someone else's words, told to the unnamed person.
    [InlineData("Opinions were divided. Another member of the Harbour Board says she was told: \"You only got this because of your father.\"")]
    public void AColonLeadInThatBringsInAThingOrSomeoneElse_NamesNoOne(string paragraph)
        => Assert.Null(Speakers(paragraph)[0]);

    [Theory]
    // A noun that another noun or a verb follows, with no complement or insert: left to the
    // readings of spokesmen and reporting verbs.
    [InlineData("The Harbour Board faces claims. An executive spokesman said: \"We will study the ruling.\"", "executive")]
    [InlineData("Some readers were angry. Another correspondent wrote: \"He is never at home.\"", "correspondent")]
    public void ANounWithNoComplementOrInsert_IsNotTakenByThisReading(string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, Speakers(paragraph)[0]);

    [Fact]
    public void ANamedPersonAfterTheNoun_IsNoUnnamedSpeaker()
        => Assert.NotEqual("vecino", Speakers("Las obras durarán dos años. Un vecino, Juan Olmedo, resumió el ambiente: «Aquí nadie duerme».")[0]);
}
