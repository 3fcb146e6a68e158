using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// The innocent neighbours of the wider vocabulary: the new verbs in their plain senses beside a
/// quoted name or title give no one a quote, and a role word that is also a surname stays in the
/// name.
/// </summary>
public sealed class VocabularyGuardTests
{
    [Theory]
    [InlineData("de", "Katrin Lohse las am Abend den Roman „Heimweh“.")]
    [InlineData("de", "Katrin Lohse schloss im Mai das Café „Luna“.")]
    [InlineData("de", "Katrin Lohse lachte über den Film „Heimweh“.")]
    [InlineData("de", "Katrin Lohse meldete das Projekt „Grünes Dach“ beim Wettbewerb an.")]
    [InlineData("de", "Katrin Lohse gab das Buch „Heimweh“ in der Bibliothek zurück.")]
    [InlineData("de", "Die Stadt hob das Verbot für den Platz „Am Tor“ auf.")]
    [InlineData("de", "Die Polizei meldete einen Unfall an der „Todeskurve“.")]
    [InlineData("de", "Anna Roth schätzt den Roman „Heimweh“ sehr.")]
    [InlineData("de", "Anna Roth begrüßte die Gäste im Saal „Harmonie“.")]
    [InlineData("de", "Anna Roth analysierte den Film „Heimweh“.")]
    [InlineData("fr", "Claire Maury a lu le roman « Les Vagues » pendant l'été.")]
    [InlineData("fr", "Claire Maury a crié de joie devant le café « Le Phare ».")]
    [InlineData("fr", "Claire Maury a proposé un stand au salon « Terre et Mer ».")]
    [InlineData("es", "Lucía Ferrer contó los votos del concurso «Mar Abierto».")]
    [InlineData("es", "Lucía Ferrer calculó el coste del proyecto «Puerto Verde».")]
    [InlineData("es", "Lucía Ferrer celebró su cumpleaños en el bar «La Ola».")]
    [InlineData("it", "Giulia Conti ha salutato il pubblico del teatro «La Fenice».")]
    [InlineData("it", "Giulia Conti ha sorriso davanti al cartello «Benvenuti».")]
    [InlineData("it", "Giulia Conti ha letto il romanzo «Le onde» durante l'estate.")]
    [InlineData("pt", "Marta Lobo atirou a bola para o campo do «Estrela».")]
    [InlineData("pt", "Marta Lobo brincou com os filhos no parque «Terra Nova».")]
    [InlineData("pt", "Marta Lobo celebrou o aniversário no café «Central».")]
    [InlineData("nl", "Sanne Visser lachte om de film \"Thuis\".")]
    [InlineData("nl", "Sanne Visser legde de brochure \"Welkom\" op tafel.")]
    [InlineData("en", "Ruth Alder posted a photo of the café \"Luna\" on Monday.")]
    [InlineData("en", "Ruth Alder smiled at the film \"Homeward\" with her sons.")]
    [InlineData("en", "Ruth Alder read the novel \"Homeward\" on the train.")]
    [InlineData("en", "The appeal \"Save Our Pier\" raised £5,000 in a week.")]
    [InlineData("en", "The recount in \"Ward Seven\" finished at midnight.")]
    [InlineData("es", "La protesta «Salvemos el río» reunió a cientos de personas.")]
    [InlineData("it", "Il riassunto del libro «Il mare» è uscito ieri.")]
    [InlineData("pt", "A ameaça de greve no «Hospital Central» preocupa os doentes.")]
    public void AVerbInItsPlainSense_GivesNoOneTheQuotedName(string language, string paragraph)
        => Assert.All(ConstructionProbe.Speakers(language, paragraph), Assert.Null);

    // A verb whose base is a common noun reports in the past wherever a verb does.
    [Theory]
    [InlineData("en", "Ruth Alder countered that the plan was \"a fantasy\".", "Ruth Alder")]
    [InlineData("en", "Ruth Alder appealed for \"calm and patience\".", "Ruth Alder")]
    public void ThePastOfAVerbThatIsANounToo_Reports(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // "Richter" and "Kämmerer" are surnames as well as offices: only "Richterin", "Stadtkämmerer"
    // and the like are titles, so the name stays whole.
    [Theory]
    [InlineData("de", "„Wir haben lange genug gewartet“, sagte Anna Richter.", "Anna Richter")]
    [InlineData("de", "„Wir haben lange genug gewartet“, sagte Paul Kämmerer.", "Paul Kämmerer")]
    public void ARoleWordAsASurname_StaysInTheName(string language, string paragraph, string name)
        => Assert.Equal(name, ConstructionProbe.LastSpeaker(language, paragraph));
}
