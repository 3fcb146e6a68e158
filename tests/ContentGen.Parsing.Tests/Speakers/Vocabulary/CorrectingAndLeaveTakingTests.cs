using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// Session 69: a verb of correcting someone ("corrige-t-elle", "lo corregge", "korrigiert sie") or of taking one's
/// leave ("se despidió", "despediu-se", "si congeda", "verabschiedet sich") reports beside the quote, in every
/// language that says it with one verb (English, French and Dutch take their leave in a phrase). Before a noun
/// the same verbs correct a test or dismiss a worker, and give no one a quoted name.
/// </summary>
public sealed class CorrectingAndLeaveTakingTests
{
    [Theory]
    [InlineData("en", "Ruth Alder has run the shop on Mill Lane for twenty years. \"It was never a bakery,\" she corrected.", "Ruth Alder")]
    [InlineData("fr", "Claire Maury tient la boutique depuis vingt ans. « Ce n'était pas une boulangerie », corrige-t-elle.", "Claire Maury")]
    [InlineData("de", "Katrin Lohse führt den Laden seit zwanzig Jahren. „Das war nie eine Bäckerei“, korrigiert sie.", "Katrin Lohse")]
    [InlineData("nl", "Sanne Visser runt de winkel al twintig jaar. ‘Het was nooit een bakkerij’, corrigeert ze.", "Sanne Visser")]
    [InlineData("es", "Lucía Ferrer lleva veinte años al frente de la tienda. «Nunca fue una panadería», corrige.", "Lucía Ferrer")]
    [InlineData("it", "Giulia Conti gestisce il negozio da vent'anni. «Non è mai stata una panetteria», corregge.", "Giulia Conti")]
    [InlineData("pt", "Marta Lobo gere a loja há vinte anos. «Nunca foi uma padaria», corrige.", "Marta Lobo")]
    public void AVerbOfCorrectingBesideTheQuote_Reports(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("de", "Katrin Lohse führt den Laden seit zwanzig Jahren. „Bis morgen“, verabschiedet sich Katrin Lohse.", "Katrin Lohse")]
    [InlineData("es", "Lucía Ferrer cerró la tienda a las nueve. «Hasta mañana», se despidió Lucía Ferrer.", "Lucía Ferrer")]
    [InlineData("it", "Giulia Conti ha chiuso il negozio alle nove. «A domani», si congeda Giulia Conti.", "Giulia Conti")]
    [InlineData("pt", "Marta Lobo fechou a loja às nove. «Até amanhã», despediu-se Marta Lobo.", "Marta Lobo")]
    // The subject dropped: the one named before takes their leave.
    [InlineData("es", "Lucía Ferrer cerró la tienda a las nueve. «Hasta mañana, vecinos», se despidió.", "Lucía Ferrer")]
    [InlineData("it", "Giulia Conti ha chiuso il negozio alle nove. «A domani, ragazzi», si congeda.", "Giulia Conti")]
    [InlineData("pt", "Marta Lobo fechou a loja às nove. «Até amanhã, vizinhos», despediu-se.", "Marta Lobo")]
    public void AVerbOfTakingLeaveBesideTheQuote_Reports(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("en", "Ruth Alder corrected the proofs of the novel \"Homeward\" on the train.")]
    [InlineData("fr", "Claire Maury a corrigé les épreuves du roman « Les Vagues » pendant l'été.")]
    [InlineData("de", "Katrin Lohse korrigierte die Hefte der Klasse „Sonnenblume“.")]
    [InlineData("de", "Der Stadtrat verabschiedete am Montag den Plan „Grüne Mitte“.")]
    [InlineData("nl", "Sanne Visser corrigeerde de brochure \"Welkom\" voor de drukker.")]
    [InlineData("es", "Lucía Ferrer corrigió los exámenes del curso «Mar Abierto».")]
    [InlineData("es", "El club despidió al entrenador del equipo «Mar Abierto».")]
    [InlineData("it", "Giulia Conti ha corretto le bozze del romanzo «Le onde» durante l'estate.")]
    [InlineData("it", "Il comandante congedò i soldati della caserma «Monte Grappa».")]
    [InlineData("pt", "Marta Lobo corrigiu os testes da turma «Estrela».")]
    [InlineData("pt", "O dono despediu os empregados do café «Central».")]
    public void AVerbOfCorrectingOrDismissingBeforeANoun_GivesNoOneTheQuotedName(string language, string paragraph)
        => Assert.All(ConstructionProbe.Speakers(language, paragraph), Assert.Null);
}
