namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A third person's pronoun as the subject of the verb of saying right before an inner quote
/// (InnerQuoteSpeaker.ThirdPerson.cs): the inner words are someone else's than the teller's, the one person the
/// teller mentions before the cue: someone brought in by an indefinite article or the teller's relative (by the
/// noun), or someone the article quoted already (by name). With no one mentioned, two people, a name the article
/// quotes nowhere, a relative the article may name or a pronoun of the other gender, no one. Each row: the
/// paragraphs (" ¶ " between), then the body quotes' speakers in order ("-" for no one), the inner quote last.
/// </summary>
public sealed class InnerQuoteThirdPersonTests
{
    [Theory]
    [InlineData("The ferry ran late all week on the island route. ¶ \"A nurse knocked on the door this morning, and she said, 'Keep the children inside until noon,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|nurse")]
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Un voisin est passé ce matin, et il m'a dit : “Rentrez les enfants avant midi” », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|voisin")]
    [InlineData("Die Fähre hatte die ganze Woche Verspätung auf der Linie zur Insel. ¶ „Ein Nachbar kam heute früh vorbei, und er hat gesagt: ‚Lassen Sie die Kinder bis Mittag drinnen‘“, erzählt Helga Marx, die am Anleger wohnt.", "Helga Marx|Nachbar")]
    [InlineData("El ferri llegó tarde toda la semana en la línea de la isla. ¶ «Vino un vecino temprano y él nos dijo: “Dejad a los niños dentro hasta mediodía”», cuenta Elena Marín, que vive junto al muelle.", "Elena Marín|vecino")]
    [InlineData("Il traghetto è arrivato in ritardo per tutta la settimana sulla linea dell'isola. ¶ «Stamattina è passato un vicino, e lui ci ha detto: “Tenete i bambini in casa fino a mezzogiorno”», racconta Elena Marini, che abita vicino al molo.", "Elena Marini|vicino")]
    [InlineData("O ferry chegou atrasado toda a semana na linha da ilha. ¶ «Passou por cá um vizinho de manhã, e ele disse-nos: “Deixem as crianças em casa até ao meio-dia”», conta Helena Martins, que mora junto ao cais.", "Helena Martins|vizinho")]
    [InlineData("De veerboot had de hele week vertraging op de lijn naar het eiland. ¶ ‘Vanochtend kwam een buurman langs. Toen zei hij: “Hou de kinderen tot de middag binnen”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|buurman")]
    // The teller's relative, in an article that names no one of the family: the noun.
    [InlineData("Die Fähre hatte die ganze Woche Verspätung auf der Linie zur Insel. ¶ „Mein Mann kam um acht nach Hause, und er hat gesagt: ‚Heute fährt kein Schiff mehr‘“, erzählt Helga Marx, die am Anleger wohnt.", "Helga Marx|Mann")]
    [InlineData("De veerboot had de hele week vertraging op de lijn naar het eiland. ¶ ‘Ik belde mijn moeder. Toen zei zij: “Er vaart vandaag geen boot meer”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|moeder")]
    public void AThirdPersonsPronounBeforeTheInnerMark_GivesTheInnerQuoteToTheOnePersonTheTellerMentions(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // A name the article quoted already, written in the teller's words by a title and surname or a first name.
    [InlineData("Tom Hale, the project's director, told residents: \"We will listen to everyone.\" ¶ \"At the drop-in I asked Mr Hale about the lorries, and he said, 'That is not decided yet,'\" said Ellen Marsh, who lives by the pier.", "Tom Hale|Ellen Marsh|Tom Hale")]
    [InlineData("Le directeur du projet, Paul Leroux, a promis : « Nous écouterons tout le monde. » ¶ « À la réunion, j'ai interrogé M. Leroux sur les camions, et il a répondu : “Rien n'est décidé” », raconte Hélène Marsac, qui habite près du quai.", "Paul Leroux|Hélène Marsac|Paul Leroux")]
    [InlineData("Il direttore del progetto, Paolo Ferri, ha promesso: «Ascolteremo tutti». ¶ «All'incontro ho chiesto a Paolo dei camion, e lui ha detto: “Non è ancora deciso”», racconta Elena Marini, che abita vicino al molo.", "Paolo Ferri|Elena Marini|Paolo Ferri")]
    // The teller's relative, whom the article names by the same noun.
    [InlineData("Le bac a eu du retard toute la semaine. ¶ Elle a écrit la chanson pour sa grand-mère, Odile Kervran, pêcheuse à pied. ¶ « Ma grand-mère ne disait presque rien. Elle répétait seulement : “La mer ne rend rien” », raconte Hélène Marsac.", "Hélène Marsac|Odile Kervran")]
    [InlineData("Die Fähre hatte die ganze Woche Verspätung. ¶ Sie schrieb das Lied für ihren Vater, Karl Brandt, einen Fischer. ¶ „Mein Vater sprach fast nie darüber. Er hat nur gesagt: ‚Das Meer gibt nichts zurück‘“, erzählt Helga Marx.", "Helga Marx|Karl Brandt")]
    public void AThirdPersonsPronounPointingToSomeoneQuotedBefore_GivesTheInnerQuoteToThemByName(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // The teller mentions no one: the pronoun points outside the quote, the inner words are no one's the reader can say.
    [InlineData("The ferry ran late all week on the island route. ¶ \"He came to the door at eight, and he said, 'Keep the children inside,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|-")]
    [InlineData("De veerboot had de hele week vertraging op de lijn naar het eiland. ¶ ‘Hij zei: “Hou de kinderen binnen”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|-")]
    [InlineData("O ferry chegou atrasado toda a semana na linha da ilha. ¶ «Ele chegou às oito e ele disse-me: “Deixem as crianças em casa”», conta Helena Martins, que mora junto ao cais.", "Helena Martins|-")]
    // Two people mentioned: which one the pronoun means is not said.
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Un voisin est passé avec un pompier, et il m'a dit : “Rentrez les enfants” », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|-")]
    [InlineData("El ferri llegó tarde toda la semana en la línea de la isla. ¶ «Vino un vecino con un bombero y él nos dijo: “Dejad a los niños dentro”», cuenta Elena Marín, que vive junto al muelle.", "Elena Marín|-")]
    // A name the article quotes nowhere: someone the reader cannot say in full.
    [InlineData("The ferry ran late all week on the island route. ¶ \"I asked Mr Hale about the lorries, and he said, 'That is not decided yet,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|-")]
    // A pronoun of the other gender than the relative mentioned.
    [InlineData("Il traghetto è arrivato in ritardo per tutta la settimana sulla linea dell'isola. ¶ «Ho chiamato mia madre, e lui mi ha detto: “Restate a casa”», racconta Elena Marini, che abita vicino al molo.", "Elena Marini|-")]
    // A relative in an article that names the teller's family: the relative may be someone named.
    [InlineData("Die Fähre hatte die ganze Woche Verspätung. ¶ Ihre Tochter, Helga Marx, wohnt am Anleger. ¶ „Meine Mutter rief an, und sie hat gesagt: ‚Heute fährt kein Schiff‘“, erzählt Helga Marx.", "Helga Marx|-")]
    public void AThirdPersonsPronounWithNoOneToPointTo_GivesNoOne(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // The teller reporting themselves: the first person's cue keeps the inner words the teller's.
    [InlineData("The ferry ran late all week on the island route. ¶ \"A nurse knocked on the door, and I said, 'Come in out of the rain,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|Ellen Marsh")]
    [InlineData("Die Fähre hatte die ganze Woche Verspätung auf der Linie zur Insel. ¶ „Ein Nachbar kam vorbei, und ich habe gesagt: ‚Kommen Sie herein‘“, erzählt Helga Marx, die am Anleger wohnt.", "Helga Marx|Helga Marx")]
    [InlineData("De veerboot had de hele week vertraging op de lijn naar het eiland. ¶ ‘Er kwam een buurman langs. Toen zei ik: “Kom binnen”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|Hanneke Mol")]
    // An inner quote with no cue: a word in marks.
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Un voisin est passé, et il a parlé d'un “miracle” pendant une heure », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|-")]
    // A title in marks after a pronoun and a verb that is no saying.
    [InlineData("Il traghetto è arrivato in ritardo per tutta la settimana sulla linea dell'isola. ¶ «Un vicino è passato, e lui leggeva “Il porto sepolto” sulla panchina», racconta Elena Marini, che abita vicino al molo.", "Elena Marini|-")]
    [InlineData("El ferri llegó tarde toda la semana en la línea de la isla. ¶ «Vino un vecino y él leyó en voz alta, “La isla del tesoro”, para los niños», cuenta Elena Marín, que vive junto al muelle.", "Elena Marín|-")]
    // A name as the cue's subject is not the pronoun's reading.
    [InlineData("O ferry chegou atrasado toda a semana na linha da ilha. ¶ «Passou por cá um vizinho, e o Rui disse-nos: “Deixem as crianças em casa”», conta Helena Martins, que mora junto ao cais.", "Helena Martins|-")]
    public void NoThirdPersonsPronounAsTheCuesSubject_IsNotThisReading(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);
}
