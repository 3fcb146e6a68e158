namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A cue set off by dashes inside the quote's marks (<c>«No vamos a parar —ha advertido el
/// portavoz, Iker Montoro— hasta que …»</c>, with an em dash, an en dash or a spaced hyphen) is read
/// as any inverted cue is, and says who speaks better than a continuation of the paragraph before.
/// A cue there that names no one the reader can take gives no one rather than the last speaker.
/// </summary>
public sealed class DashedInnerCueTests
{
    [Theory]
    [InlineData("en", "\"We will not stop – said the spokesman, Ian Mont – until a judge looks at it.\"", "Ian Mont")]
    [InlineData("en", "\"The rise is unfair — explained the chair of the association, Martha Sale — and we will prove it.\"", "Martha Sale")]
    [InlineData("en", "\"We have waited too long - says Lewis Pard, 61 - and we trust no one now.\"", "Lewis Pard")]
    [InlineData("fr", "« Nous ne lâcherons rien — a prévenu le porte-parole, Yves Montel — tant qu'un juge n'aura pas tranché. »", "Yves Montel")]
    [InlineData("fr", "« La hausse est injuste – explique la présidente de l'association, Marthe Salles – et nous le prouverons. »", "Marthe Salles")]
    [InlineData("fr", "« Nous avons trop attendu - dit Louis Pardon, 61 ans - et nous ne croyons plus personne. »", "Louis Pardon")]
    [InlineData("de", "„Wir hören nicht auf – sagte der Sprecher, Ivo Mons – bis ein Richter das prüft.“", "Ivo Mons")]
    [InlineData("de", "„Die Erhöhung ist ungerecht — erklärt die Vorsitzende, Marta Saal — und wir werden das beweisen.“", "Marta Saal")]
    [InlineData("de", "„Wir haben zu lange gewartet - sagt Ludwig Pardt, 61 - und wir glauben niemandem mehr.“", "Ludwig Pardt")]
    [InlineData("es", "«No vamos a parar —ha advertido el portavoz, Iker Montoro— hasta que un juez lo mire».", "Iker Montoro")]
    [InlineData("es", "«La subida es injusta —explicó la presidenta de la asociación, Marta Salas—, y lo vamos a demostrar».", "Marta Salas")]
    [InlineData("es", "«Hemos esperado demasiado —dice Luis Pardo, de 61 años— y ya no confiamos en nadie».", "Luis Pardo")]
    [InlineData("es", "«Hemos esperado demasiado - asegura Luis Pardo - y ya no confiamos en nadie».", "Luis Pardo")]
    [InlineData("it", "«Non ci fermeremo – ha avvertito il portavoce, Ivo Monti – finché un giudice non lo esamina».", "Ivo Monti")]
    [InlineData("it", "«L'aumento è ingiusto —spiega la presidente dell'associazione, Marta Sala— e lo dimostreremo».", "Marta Sala")]
    [InlineData("it", "«Abbiamo aspettato troppo - dice Luigi Parodi, 61 anni - e non ci fidiamo più».", "Luigi Parodi")]
    [InlineData("pt", "«Não vamos parar – avisou o porta-voz, Iago Montes – até que um juiz veja isto».", "Iago Montes")]
    [InlineData("pt", "«A subida é injusta —explicou a presidente da associação, Marta Sales—, e vamos prová-lo».", "Marta Sales")]
    [InlineData("pt", "«Esperámos demasiado - diz Luís Pardal, de 61 anos - e já não confiamos em ninguém».", "Luís Pardal")]
    [InlineData("nl", "\"We stoppen niet - zei de woordvoerder, Ivo Mons - tot een rechter ernaar kijkt.\"", "Ivo Mons")]
    [InlineData("nl", "\"De verhoging is onterecht – zegt de voorzitter van de vereniging, Marta Sels – en dat gaan we bewijzen.\"", "Marta Sels")]
    [InlineData("nl", "\"We hebben te lang gewacht — zegt Luuk Pard, 61 — en we vertrouwen niemand meer.\"", "Luuk Pard")]
    public void ACueBetweenDashesInsideTheMarks_GivesTheSpeaker(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // A cue between dashes that names no one the reader takes: no one, not the earlier speaker.
    [Theory]
    [InlineData("es", "«No vamos a parar —ha advertido uno de ellos— hasta que un juez lo mire».")]
    [InlineData("it", "«Non ci fermeremo – ha avvertito uno di loro – finché un giudice non lo esamina».")]
    [InlineData("fr", "« Nous ne lâcherons rien — a prévenu l'un d'eux — tant qu'un juge n'aura pas tranché. »")]
    [InlineData("en", "\"We will not stop – said one of them – until a judge looks at it.\"")]
    public void AnUnreadCueBetweenDashes_GivesNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // A group or a source between dashes is never the earlier speaker going on. (German and Dutch
    // plural presents, "sagen", "zeggen", are no reporting forms in the lexicons yet: left alone.)
    [Theory]
    [InlineData("es", "«Seguiremos —dicen los vecinos— hasta el final».", "Ana Ruiz")]
    [InlineData("es", "«Seguiremos —asegura un vecino— hasta el final».", "Ana Ruiz")]
    [InlineData("de", "„Wir machen weiter – so die Gegner – bis zum Ende.“", "Jana Rau")]
    [InlineData("fr", "« Nous continuerons – disent les voisins – jusqu'au bout. »", "Julie Caron")]
    [InlineData("it", "«Andremo avanti – dicono i vicini – fino alla fine».", "Anna Rossi")]
    [InlineData("pt", "«Vamos continuar – dizem os vizinhos – até ao fim».", "Ana Rocha")]
    [InlineData("en", "\"We will go on – say the neighbours – to the end.\"", "Jane Roe")]
    public void AGroupOrASourceBetweenDashes_IsNotTheEarlierSpeaker(string language, string paragraph, string earlier)
        => Assert.NotEqual(earlier, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Guards: an aside between dashes with no reporting verb, with one that reports no one ("said
    // to cost"), or with a verb whose subject is dropped ("—explica—", the speaker going on),
    // leaves the quote to the reading before; a cue outside still wins.
    [Theory]
    [InlineData("es", "«El precio —y eso lo sabe todo el mundo— no para de subir».", "Ana Ruiz")]
    [InlineData("it", "«Il prezzo – lo sanno tutti – continua a salire».", "Anna Rossi")]
    [InlineData("fr", "« Le prix — tout le monde le sait — ne cesse de monter. »", "Julie Caron")]
    [InlineData("pt", "«O preço – e toda a gente sabe isso – não para de subir».", "Ana Rocha")]
    [InlineData("en", "\"The price – and everyone knows it – keeps going up.\"", "Jane Roe")]
    [InlineData("en", "\"The new quay – said to cost a fortune – will open in May.\"", "Jane Roe")]
    [InlineData("it", "«Ci hanno detto – racconta – che non c'era più posto».", "Anna Rossi")]
    [InlineData("es", "«Nos dijeron —explica— que ya no quedaba sitio».", "Ana Ruiz")]
    [InlineData("pt", "«Disseram-nos – conta – que já não havia lugar».", "Ana Rocha")]
    [InlineData("es", "«El nuevo muelle —que costó una fortuna, dicen— abrirá en mayo».", "Ana Ruiz")]
    [InlineData("es", "«No vamos a parar —y lo digo en serio— hasta que un juez lo mire», ha advertido el portavoz, Iker Montoro.", "Iker Montoro")]
    public void AnAsideBetweenDashes_IsNoCue(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
