using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Issue 10, session 56: the three constructions features use around an uncued quote, probed in every language in
/// words of our own. An action beat (a person does something, then a quote with no cue: the person speaks); a cue
/// with a coordinated verb, participle or gerund after it; a writer's question in the narration, answered by the
/// person the paragraph follows. The negatives are beats that must not give the quote to their subject.
/// Main read all of these but the first name alone opening a beat (SpeakerFinder.ActionBeatFirstName.cs).
/// </summary>
public sealed class FeatureBeatProbeTests
{
    [Theory]
    // The beat's subject is the surname of the person introduced before.
    [InlineData("en", "Martha Quill, 71, has mended nets in the harbour for half a century.", "Quill folds the net over her knee. \"Nobody wants to learn this any more.\"", "Martha Quill")]
    [InlineData("fr", "Odile Sarrazin, 64 ans, tient la mercerie du bourg depuis trente ans.", "Sarrazin range les bobines dans le tiroir. « Les jeunes ne cousent plus. »", "Odile Sarrazin")]
    [InlineData("de", "Hanna Wettich, 59, repariert seit dreißig Jahren Uhren in der Altstadt.", "Wettich legt die Lupe beiseite. „Ohne Geduld geht hier gar nichts.“", "Hanna Wettich")]
    [InlineData("es", "Remedios Alcázar, de 66 años, lleva cuatro décadas en la panadería del pueblo.", "Alcázar limpia el mostrador con un trapo. «Aquí no se ha cerrado ni un domingo».", "Remedios Alcázar")]
    [InlineData("it", "Teresa Bonvicini, 70 anni, ripara ombrelli nella bottega di famiglia.", "Bonvicini apre il cassetto degli attrezzi. «Oggi nessuno aggiusta più niente».", "Teresa Bonvicini")]
    [InlineData("pt", "Graça Sarmento, de 68 anos, faz cestos de vime na aldeia há meio século.", "Sarmento pousa o cesto no chão. «Os novos já não querem aprender isto».", "Graça Sarmento")]
    [InlineData("nl", "Wilma Oosterbeek (67) repareert al veertig jaar fietsen in het dorp.", "Oosterbeek veegt haar handen af aan een doek. ‘Het werk houdt nooit op.’", "Wilma Oosterbeek")]
    // A pronoun for the person just followed, and a first name.
    [InlineData("en", "Martha Quill, 71, has mended nets in the harbour for half a century.", "She pulls the twine tight with her teeth. \"My father taught me this knot.\"", "Martha Quill")]
    [InlineData("fr", "Odile Sarrazin, 64 ans, tient la mercerie du bourg depuis trente ans.", "Elle repose ses ciseaux sur le comptoir. « Mon père tenait déjà la boutique. »", "Odile Sarrazin")]
    [InlineData("de", "Hanna Wettich, 59, repariert seit dreißig Jahren Uhren in der Altstadt.", "Sie öffnet das Gehäuse mit einem Messer. „Das hat mir mein Vater beigebracht.“", "Hanna Wettich")]
    [InlineData("es", "Remedios Alcázar, de 66 años, lleva cuatro décadas en la panadería del pueblo.", "Remedios saca la última bandeja del horno. «Mi padre ya hacía este pan».", "Remedios Alcázar")]
    [InlineData("it", "Teresa Bonvicini, 70 anni, ripara ombrelli nella bottega di famiglia.", "Teresa alza lo sguardo dal banco. «Mio padre faceva lo stesso».", "Teresa Bonvicini")]
    [InlineData("pt", "Graça Sarmento, de 68 anos, faz cestos de vime na aldeia há meio século.", "Ela aperta o vime com os dedos. «Foi o meu pai que me ensinou».", "Graça Sarmento")]
    [InlineData("nl", "Wilma Oosterbeek (67) repareert al veertig jaar fietsen in het dorp.", "Wilma pakt een sleutel van de werkbank. ‘Mijn vader deed dit al.’", "Wilma Oosterbeek")]
    // A first name alone, in the other languages.
    [InlineData("en", "Martha Quill, 71, has mended nets in the harbour for half a century.", "Martha folds the net over her knee. \"Nobody wants to learn this any more.\"", "Martha Quill")]
    [InlineData("fr", "Odile Sarrazin, 64 ans, tient la mercerie du bourg depuis trente ans.", "Odile range les bobines dans le tiroir. « Les jeunes ne cousent plus. »", "Odile Sarrazin")]
    [InlineData("de", "Hanna Wettich, 59, repariert seit dreißig Jahren Uhren in der Altstadt.", "Hanna legt die Lupe beiseite. „Ohne Geduld geht hier gar nichts.“", "Hanna Wettich")]
    [InlineData("pt", "Graça Sarmento, de 68 anos, faz cestos de vime na aldeia há meio século.", "Graça pousa o cesto no chão. «Os novos já não querem aprender isto».", "Graça Sarmento")]
    public void AnActionBeat_GivesTheQuoteToItsSubject(string language, string introduction, string beat, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, introduction, beat));

    [Theory]
    // A first name alone acting on someone named, or on a kin noun: either may answer.
    [InlineData("en", "Martha Quill, 71, and her nephew Tom Birch run the net loft together.", "Martha hands Birch the scissors. \"Cut it shorter.\"")]
    [InlineData("es", "Remedios Alcázar, de 66 años, lleva cuatro décadas en la panadería del pueblo.", "Remedios mira a su hija desde el mostrador. «Ya no hay quien madrugue».")]
    [InlineData("fr", "Odile Sarrazin, 64 ans, tient la mercerie du bourg depuis trente ans.", "Odile tend les ciseaux à son neveu. « Coupe plus court. »")]
    [InlineData("it", "Teresa Bonvicini, 70 anni, e suo nipote Paolo Gatti mandano avanti la bottega.", "Teresa passa le forbici a Gatti. «Taglia più corto».")]
    [InlineData("pt", "Graça Sarmento, de 68 anos, faz cestos de vime na aldeia há meio século.", "Graça chama a filha ao balcão. «Ninguém quer aprender isto».")]
    [InlineData("nl", "Wilma Oosterbeek (67) repareert al veertig jaar fietsen in het dorp.", "Wilma kijkt haar dochter aan. ‘Het werk houdt nooit op.’")]
    // The subject is no person.
    [InlineData("en", "Martha Quill, 71, has mended nets in the harbour for half a century.", "The radio crackles on the shelf. \"Storm warning for the coast.\"")]
    [InlineData("fr", "Odile Sarrazin, 64 ans, tient la mercerie du bourg depuis trente ans.", "La radio grésille sur l'étagère. « Alerte orange sur le littoral. »")]
    [InlineData("de", "Hanna Wettich, 59, repariert seit dreißig Jahren Uhren in der Altstadt.", "Das Radio knistert im Regal. „Unwetterwarnung für die Küste.“")]
    [InlineData("es", "Remedios Alcázar, de 66 años, lleva cuatro décadas en la panadería del pueblo.", "La radio chisporrotea en la estantería. «Alerta naranja en la costa».")]
    [InlineData("it", "Teresa Bonvicini, 70 anni, ripara ombrelli nella bottega di famiglia.", "La radio gracchia sulla mensola. «Allerta arancione sulla costa».")]
    [InlineData("pt", "Graça Sarmento, de 68 anos, faz cestos de vime na aldeia há meio século.", "O rádio crepita na prateleira. «Aviso laranja para a costa».")]
    [InlineData("nl", "Wilma Oosterbeek (67) repareert al veertig jaar fietsen in het dorp.", "De radio kraakt op de plank. ‘Code oranje voor de kust.’")]
    public void ABeatOnAnotherPersonOrWithNoPersonAsSubject_LeavesTheQuoteAlone(string language, string introduction, string beat)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, introduction, beat));

    [Theory]
    [InlineData("en", "Martha Quill, 71, has mended nets in the harbour for half a century.", "\"It started by chance,\" she says, wiping her hands on a rag.", "Martha Quill")]
    [InlineData("fr", "Odile Sarrazin, 64 ans, tient la mercerie du bourg depuis trente ans.", "« Tout a commencé par hasard », raconte-t-elle en rangeant les bobines.", "Odile Sarrazin")]
    [InlineData("fr", "Odile Sarrazin, 64 ans, tient la mercerie du bourg depuis trente ans.", "« Tout a commencé par hasard », dit-elle et elle sourit.", "Odile Sarrazin")]
    [InlineData("de", "Hanna Wettich, 59, repariert seit dreißig Jahren Uhren in der Altstadt.", "„Angefangen hat alles mit einem Zufall“, sagt sie und legt die Lupe weg.", "Hanna Wettich")]
    [InlineData("de", "Hanna Wettich, 59, repariert seit dreißig Jahren Uhren in der Altstadt.", "„Angefangen hat alles mit einem Zufall“, erzählt Wettich und lächelt.", "Hanna Wettich")]
    [InlineData("es", "Remedios Alcázar, de 66 años, lleva cuatro décadas en la panadería del pueblo.", "«Todo empezó por casualidad», dice riendo.", "Remedios Alcázar")]
    [InlineData("it", "Teresa Bonvicini, 70 anni, ripara ombrelli nella bottega di famiglia.", "«È cominciato tutto per caso», racconta sorridendo.", "Teresa Bonvicini")]
    [InlineData("pt", "Graça Sarmento, de 68 anos, faz cestos de vime na aldeia há meio século.", "«Começou tudo por acaso», conta, a sorrir.", "Graça Sarmento")]
    [InlineData("pt", "Graça Sarmento, de 68 anos, faz cestos de vime na aldeia há meio século.", "«Começou tudo por acaso», diz ela, pousando o cesto.", "Graça Sarmento")]
    [InlineData("nl", "Wilma Oosterbeek (67) repareert al veertig jaar fietsen in het dorp.", "‘Het begon bij toeval,’ zegt ze en ze veegt haar handen af.", "Wilma Oosterbeek")]
    [InlineData("nl", "Wilma Oosterbeek (67) repareert al veertig jaar fietsen in het dorp.", "‘Het begon bij toeval,’ vertelt ze, lachend.", "Wilma Oosterbeek")]
    public void ACueWithSceneSettingAfterIt_StillGivesTheSpeaker(string language, string introduction, string quote, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, introduction, quote));

    // The inverted subject after the adjunct speaks, not the person before.
    [Theory]
    [InlineData("es", "Remedios Alcázar, de 66 años, lleva cuatro décadas en la panadería del pueblo.", "«Todo empezó por casualidad», cuenta en la radio el alcalde, Tomás Gil.", "Tomás Gil")]
    [InlineData("it", "Teresa Bonvicini, 70 anni, ripara ombrelli nella bottega di famiglia.", "«È cominciato tutto per caso», racconta con un sorriso il sindaco Marco Ferri.", "Marco Ferri")]
    public void AnInvertedSubjectAfterTheAdjunct_Speaks(string language, string introduction, string quote, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, introduction, quote));

    [Theory]
    [InlineData("en", "\"Nets tear every week,\" says Martha Quill, 71, who has mended them for half a century.", "Why keep going? \"Because nobody else will.\"", "Martha Quill")]
    [InlineData("fr", "« Les filets se déchirent chaque semaine », dit Odile Sarrazin, 64 ans.", "Pourquoi continuer ? « Parce que personne d'autre ne le fera. »", "Odile Sarrazin")]
    [InlineData("de", "„Jede Woche geht etwas kaputt“, sagt Hanna Wettich, 59.", "Warum macht sie weiter? „Weil es sonst keiner tut.“", "Hanna Wettich")]
    [InlineData("es", "«Cada semana se rompe algo», dice Remedios Alcázar, de 66 años.", "¿Por qué sigue? «Porque nadie más lo hará».", "Remedios Alcázar")]
    [InlineData("it", "«Ogni settimana si rompe qualcosa», dice Teresa Bonvicini, 70 anni.", "Perché continua? «Perché nessun altro lo farà».", "Teresa Bonvicini")]
    [InlineData("pt", "«Todas as semanas se parte alguma coisa», diz Graça Sarmento, de 68 anos.", "Porquê continuar? «Porque mais ninguém o fará».", "Graça Sarmento")]
    [InlineData("nl", "‘Elke week gaat er iets kapot,’ zegt Wilma Oosterbeek (67).", "Waarom gaat ze door? ‘Omdat niemand anders het doet.’", "Wilma Oosterbeek")]
    // The question, then the answer and its cue.
    [InlineData("de", "„Jede Woche geht etwas kaputt“, sagt Hanna Wettich, 59.", "Und wie hat alles angefangen? „Mit einem Zufall“, erzählt sie.", "Hanna Wettich")]
    [InlineData("es", "«Cada semana se rompe algo», dice Remedios Alcázar, de 66 años.", "¿Y cómo empezó todo? «Por casualidad», responde.", "Remedios Alcázar")]
    public void AWritersQuestion_IsAnsweredByThePersonFollowed(string language, string earlier, string question, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, earlier, question));
}
