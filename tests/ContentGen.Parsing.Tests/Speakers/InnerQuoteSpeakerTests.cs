namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The speaker of a quote inside a quote (InnerQuoteSpeaker.cs): a first-person cue of the outer
/// speaker's words right before the inner mark makes the inner words the outer speaker's own. A
/// pronoun of another person, a title, a scare quote, a word quoted with "called" and a cue that
/// does not stand right before the inner mark give no one. Each row: the paragraphs (" ¶ "
/// between), then the body quotes' speakers in order ("-" for no one), the inner quote last.
/// </summary>
public sealed class InnerQuoteSpeakerTests
{
    [Theory]
    // English: "told", "asked", "wrote" with "I" or "we".
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"The boats were lost, and I told the fishermen: 'Stay ashore until it passes.' Nobody listened to me.\"", "Nora Field|Nora Field")]
    [InlineData("The coach Owen Hale spoke to reporters after the defeat on Saturday. ¶ Owen Hale said: \"It was a hard night for the team. At half time we asked the referee, 'Why was that goal allowed?'\"", "Owen Hale|Owen Hale")]
    // French: "j'ai répondu", "je lui ai dit".
    [InlineData("La maire Julie Caron a visité le port lundi avec les pêcheurs de la ville. ¶ Julie Caron a déclaré : « Les quais sont trop vieux, et je leur ai répondu : “Nous les referons cette année.” Ils attendent depuis longtemps. »", "Julie Caron|Julie Caron")]
    // German: "ich sagte", "wir fragten".
    [InlineData("Die Bürgermeisterin Anna Weber besuchte am Montag den Hafen der Stadt und sprach mit den Fischern. ¶ Anna Weber sagte: „Die Kais sind zu alt, und ich sagte den Fischern: ‚Wir bauen sie dieses Jahr neu.‘ Sie warten schon lange darauf.“", "Anna Weber|Anna Weber")]
    // Dutch: "ik zei", "ik vroeg".
    [InlineData("Burgemeester Eva de Wit bezocht maandag de haven van de stad en sprak met de vissers. ¶ Eva de Wit zei: ‘De kades zijn te oud, en ik vroeg de minister: “Wanneer komt het geld?” Hij gaf geen antwoord.’", "Eva de Wit|Eva de Wit")]
    // Spanish: the subject dropped, "les contesté", "le dije".
    [InlineData("La alcaldesa Ana Ruiz visitó el puerto de la ciudad el lunes con los pescadores. ¶ Ana Ruiz declaró: «Los muelles son muy viejos, y les contesté a los pescadores: “Los haremos nuevos este año.” Llevan mucho tiempo esperando.»", "Ana Ruiz|Ana Ruiz")]
    [InlineData("El entrenador Luis Gómez habló con la prensa el sábado después de la derrota del equipo. ¶ Luis Gómez afirmó: «Fue una noche muy dura para todos, y en el descanso le dije al árbitro: “¿Por qué no pitó el penalti?”»", "Luis Gómez|Luis Gómez")]
    // Italian: "gli ho detto", "chiesi".
    [InlineData("La sindaca Giulia Conti ha visitato lunedì il porto della città con i pescatori. ¶ Giulia Conti ha dichiarato: «Le banchine sono troppo vecchie, e ai pescatori ho detto: “Le rifaremo quest'anno.” Aspettano da molto tempo.»", "Giulia Conti|Giulia Conti")]
    [InlineData("L'allenatore Marco Ferri ha parlato con la stampa sabato dopo la sconfitta della squadra. ¶ Marco Ferri ha dichiarato: «È stata una serata molto dura per tutti, e all'intervallo chiesi all'arbitro: “Perché quel gol era valido?”»", "Marco Ferri|Marco Ferri")]
    // Portuguese: "eu disse-lhes", "perguntei".
    [InlineData("A prefeita Ana Souza visitou o porto da cidade na segunda-feira com os pescadores. ¶ Ana Souza declarou: «Os cais estão muito velhos, e eu disse-lhes: “Vamos refazê-los este ano.” Eles esperam há muito tempo.»", "Ana Souza|Ana Souza")]
    [InlineData("O treinador Rui Matos falou com a imprensa no sábado depois da derrota da equipa. ¶ Rui Matos afirmou: «Foi uma noite muito dura para todos, e no intervalo perguntei ao árbitro: “Porque foi validado aquele golo?”»", "Rui Matos|Rui Matos")]
    public void AFirstPersonCueRightBeforeTheInnerMark_GivesTheOuterSpeaker(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // Session 69: what the teller says as a habit, in the present's first person: "I always tell", "je leur dis",
    // "ich sage", "ik zeg", and where the subject is dropped the verb's ending alone ("les digo", "dico", "digo").
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"The boats go out in any weather, and I always tell the fishermen: 'Stay ashore when the wind turns.' Some of them listen.\"", "Nora Field|Nora Field")]
    [InlineData("La maire Julie Caron a visité le port lundi avec les pêcheurs de la ville. ¶ Julie Caron a déclaré : « Les quais sont trop vieux, et je leur dis toujours : “Nous les referons un jour.” Ils attendent depuis longtemps. »", "Julie Caron|Julie Caron")]
    [InlineData("Die Bürgermeisterin Anna Weber besuchte am Montag den Hafen der Stadt und sprach mit den Fischern. ¶ Anna Weber sagte: „Die Kais sind zu alt, und ich sage den Fischern immer: ‚Wir bauen sie bald neu.‘ Sie warten schon lange darauf.“", "Anna Weber|Anna Weber")]
    [InlineData("Burgemeester Eva de Wit bezocht maandag de haven van de stad en sprak met de vissers. ¶ Eva de Wit zei: ‘De kades zijn te oud, en ik zeg altijd tegen de vissers: “Het geld komt eraan.” Ze wachten al lang.’", "Eva de Wit|Eva de Wit")]
    [InlineData("La alcaldesa Ana Ruiz visitó el puerto de la ciudad el lunes con los pescadores. ¶ Ana Ruiz declaró: «Los muelles son muy viejos, y yo les digo siempre a los pescadores: “Los haremos nuevos algún día.” Llevan mucho tiempo esperando.»", "Ana Ruiz|Ana Ruiz")]
    [InlineData("La alcaldesa Ana Ruiz visitó el puerto de la ciudad el lunes con los pescadores. ¶ Ana Ruiz declaró: «Los muelles son muy viejos, y a los pescadores les repito: “Los haremos nuevos algún día.” Llevan mucho tiempo esperando.»", "Ana Ruiz|Ana Ruiz")]
    [InlineData("La sindaca Giulia Conti ha visitato lunedì il porto della città con i pescatori. ¶ Giulia Conti ha dichiarato: «Le banchine sono troppo vecchie, e ai pescatori dico sempre: “Le rifaremo presto.” Aspettano da molto tempo.»", "Giulia Conti|Giulia Conti")]
    [InlineData("A prefeita Ana Souza visitou o porto da cidade na segunda-feira com os pescadores. ¶ Ana Souza declarou: «Os cais estão muito velhos, e digo sempre aos pescadores: “Vamos refazê-los em breve.” Eles esperam há muito tempo.»", "Ana Souza|Ana Souza")]
    public void AFirstPersonPresentOfSayingRightBeforeTheInnerMark_GivesTheOuterSpeaker(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // The third person's present ("he tells", "il leur dit", "er sagt", "hij zegt", "él les dice", "dice", "ele diz"),
    // the second person ("tu leur dis"), and a first person who passes on what someone else said (two verbs of saying).
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"The boats go out in any weather, and he always tells the fishermen: 'Stay ashore when the wind turns.' Some of them listen.\"", "Nora Field|-")]
    [InlineData("La maire Julie Caron a visité le port lundi avec les pêcheurs de la ville. ¶ Julie Caron a déclaré : « Les quais sont trop vieux, et il leur dit toujours : “Nous les referons un jour.” Ils attendent depuis longtemps. »", "Julie Caron|-")]
    [InlineData("La maire Julie Caron a visité le port lundi avec les pêcheurs de la ville. ¶ Julie Caron a déclaré : « Les quais sont trop vieux, et tu leur dis toujours : “Nous les referons un jour.” Ils attendent depuis longtemps. »", "Julie Caron|-")]
    [InlineData("Die Bürgermeisterin Anna Weber besuchte am Montag den Hafen der Stadt und sprach mit den Fischern. ¶ Anna Weber sagte: „Die Kais sind zu alt, und er sagt den Fischern immer: ‚Wir bauen sie bald neu.‘ Sie warten schon lange darauf.“", "Anna Weber|-")]
    [InlineData("Burgemeester Eva de Wit bezocht maandag de haven van de stad en sprak met de vissers. ¶ Eva de Wit zei: ‘De kades zijn te oud, en hij zegt altijd tegen de vissers: “Het geld komt eraan.” Ze wachten al lang.’", "Eva de Wit|-")]
    [InlineData("La alcaldesa Ana Ruiz visitó el puerto de la ciudad el lunes con los pescadores. ¶ Ana Ruiz declaró: «Los muelles son muy viejos, y él les dice siempre a los pescadores: “Los haremos nuevos algún día.” Llevan mucho tiempo esperando.»", "Ana Ruiz|-")]
    [InlineData("La alcaldesa Ana Ruiz visitó el puerto de la ciudad el lunes con los pescadores. ¶ Ana Ruiz declaró: «Los muelles son muy viejos, y yo les repito lo que dijo el ministro: “Los haremos nuevos algún día.” Llevan mucho tiempo esperando.»", "Ana Ruiz|-")]
    [InlineData("La sindaca Giulia Conti ha visitato lunedì il porto della città con i pescatori. ¶ Giulia Conti ha dichiarato: «Le banchine sono troppo vecchie, e ai pescatori dice sempre: “Le rifaremo presto.” Aspettano da molto tempo.»", "Giulia Conti|-")]
    [InlineData("A prefeita Ana Souza visitou o porto da cidade na segunda-feira com os pescadores. ¶ Ana Souza declarou: «Os cais estão muito velhos, e ele diz sempre aos pescadores: “Vamos refazê-los em breve.” Eles esperam há muito tempo.»", "Ana Souza|-")]
    public void NoFirstPersonPresentOfSayingRightBeforeTheInnerMark_GivesNoOne(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // Another person's pronoun: "he told me" says whose words, but not who he is.
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"The boats were lost, and he told the fishermen: 'Stay ashore until it passes.' Nobody listened to him.\"", "Nora Field|-")]
    // A word quoted with "called", a title, a scare quote: no cue before the mark.
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"I called the plan 'plainly absurd' at the meeting, and I still think so.\"", "Nora Field|-")]
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"I read 'The Old Man and the Sea' twice that winter, and I told my crew about it.\"", "Nora Field|-")]
    // A cue that does not stand right before the inner mark.
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"I told the fishermen about the storm. 'Stay ashore' was the only advice anyone gave.\"", "Nora Field|-")]
    // Someone else says the words the first person reports: "what the mayor said".
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"The boats were lost, and I told them what the mayor said: 'Stay ashore until it passes.'\"", "Nora Field|-")]
    [InlineData("La maire Julie Caron a visité le port lundi avec les pêcheurs de la ville. ¶ Julie Caron a déclaré : « Les quais sont trop vieux, et il leur a répondu : “Nous les referons cette année.” Ils attendent depuis longtemps. »", "Julie Caron|-")]
    [InlineData("Die Bürgermeisterin Anna Weber besuchte am Montag den Hafen der Stadt und sprach mit den Fischern. ¶ Anna Weber sagte: „Ich habe das Buch ‚Der alte Mann und das Meer‘ im Winter gelesen, es hat mir sehr gefallen.“", "Anna Weber|-")]
    [InlineData("La alcaldesa Ana Ruiz visitó el puerto de la ciudad el lunes con los pescadores. ¶ Ana Ruiz declaró: «Los muelles son muy viejos, y él les contestó a los pescadores: “Los haremos nuevos este año.” Llevan mucho tiempo esperando.»", "Ana Ruiz|-")]
    [InlineData("La sindaca Giulia Conti ha visitato lunedì il porto della città con i pescatori. ¶ Giulia Conti ha dichiarato: «Le banchine sono troppo vecchie, e ai pescatori ha detto: “Le rifaremo quest'anno.” Aspettano da molto tempo.»", "Giulia Conti|-")]
    public void NoFirstPersonCueRightBeforeTheInnerMark_GivesNoOne(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // A person's noun after a possessive or an article, by the label convention.
    [InlineData("Burgemeester Eva de Wit bezocht maandag de haven van de stad en sprak met de vissers. ¶ Eva de Wit zei: ‘Ik ben hier opgegroeid. Mijn vader zei altijd: “Vis nooit alleen.” Dat doe ik nog steeds.’", "Eva de Wit|vader")]
    [InlineData("La alcaldesa Ana Ruiz visitó el puerto de la ciudad el lunes con los pescadores. ¶ Ana Ruiz declaró: «Crecí aquí, en el muelle. Mi abuela siempre repetía: “El mar no perdona.” Nunca lo he olvidado.»", "Ana Ruiz|abuela")]
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"I grew up on this quay. My father always warned us: 'Never fish alone.' I still don't.\"", "Nora Field|father")]
    // A name given in full.
    [InlineData("La sindaca Giulia Conti ha visitato lunedì il porto della città con i pescatori. ¶ Giulia Conti ha dichiarato: «Sono cresciuta qui. Rina Tosatti mi ripeteva sempre: “Il mare non perdona.” Non l'ho mai dimenticato.»", "Giulia Conti|Rina Tosatti")]
    [InlineData("A prefeita Ana Souza visitou o porto da cidade na segunda-feira com os pescadores. ¶ Ana Souza declarou: «Cresci aqui, no cais. Tomás Pereira repetia sempre: “O mar não perdoa.” Nunca esqueci.»", "Ana Souza|Tomás Pereira")]
    public void APersonAsTheSubjectOfAVerbOfSayingRightBeforeTheInnerMark_SaysTheInnerQuote(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // A pronoun subject gives no one.
    [InlineData("La alcaldesa Ana Ruiz visitó el puerto de la ciudad el lunes con los pescadores. ¶ Ana Ruiz declaró: «Crecí aquí, en el muelle. Él siempre repetía: “El mar no perdona.” Nunca lo he olvidado.»", "Ana Ruiz|-")]
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"I grew up on this quay. He always warned us: 'Never fish alone.' I still don't.\"", "Nora Field|-")]
    // A body, not a person: "The Harbour Board announced:".
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"We waited for days. Then the Harbour Board announced: 'The quay is closed.' Nobody told us why.\"", "Nora Field|-")]
    // A person's noun whose verb does not stand right before the mark.
    [InlineData("Burgemeester Eva de Wit bezocht maandag de haven van de stad en sprak met de vissers. ¶ Eva de Wit zei: ‘Mijn vader zei het al. De boot heette “Zeemeeuw” en hij was ons alles.’", "Eva de Wit|-")]
    // A relative in an article that names the family: the noun may be someone named.
    [InlineData("El pescador Tomás Vidal habló el lunes en el muelle, donde su abuelo, Andrés Vidal, faenó toda la vida. ¶ Tomás Vidal declaró: «Crecí aquí, en el muelle. Mi abuelo siempre repetía: “El mar no perdona.” Nunca lo he olvidado.»", "Tomás Vidal|-")]
    public void NoPersonAsTheSubjectRightBeforeTheInnerMark_GivesNoOne(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);
    [Theory]
    // A relative's saying: an article before the possessive (Portuguese, Italian), a French first-person
    // possessive, a comparison before the subject (English), the subject inverted after the verb.
    [InlineData("A prefeita Ana Souza visitou o porto da cidade na segunda-feira com os pescadores. ¶ Ana Souza declarou: «Cresci aqui, no cais. O meu pai dizia: “O mar não perdoa.” Nunca esqueci.»", "Ana Souza|pai")]
    [InlineData("La sindaca Giulia Conti ha visitato lunedì il porto della città con i pescatori. ¶ Giulia Conti ha dichiarato: «Sono cresciuta qui. La mia nonna diceva sempre: “Il mare non perdona.” Non l'ho mai dimenticato.»", "Giulia Conti|nonna")]
    [InlineData("Le maire Paul Girard a visité le port lundi avec les pêcheurs de la ville. ¶ Paul Girard a déclaré : « J'ai grandi ici. Ma mère me répétait : “La mer ne pardonne pas.” Je ne l'ai jamais oublié. »", "Paul Girard|mère")]
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"I grew up on this quay. As my grandmother used to say: 'Never fish alone.' I still don't.\"", "Nora Field|grandmother")]
    [InlineData("Le maire Paul Girard a visité le port lundi avec les pêcheurs de la ville. ¶ Paul Girard a déclaré : « J'ai grandi ici, et comme disait mon père : “La mer ne pardonne pas.” Je ne l'ai jamais oublié. »", "Paul Girard|père")]
    [InlineData("A prefeita Ana Souza visitou o porto da cidade na segunda-feira com os pescadores. ¶ Ana Souza declarou: «Cresci aqui, no cais, e como dizia o meu avô: “O mar não perdoa.” Nunca esqueci.»", "Ana Souza|avô")]
    // A sister named in the article says nothing of a grandmother.
    [InlineData("La alcaldesa Ana Ruiz visitó el puerto el lunes con los pescadores. Su hermana, Elena Ruiz, la acompañó. ¶ Ana Ruiz declaró: «Crecí aquí, en el muelle. Mi abuela siempre decía: “El mar no perdona.” Nunca lo he olvidado.»", "Ana Ruiz|abuela")]
    public void ARelativesSayingInsideTheQuote_IsTheRelatives(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // The same relative named in the article may be the one who said it; so may the outer speaker's relative named as such.
    [InlineData("La alcaldesa Ana Ruiz visitó el puerto el lunes; su abuela, Carmen Ruiz, vendía pescado en el muelle. ¶ Ana Ruiz declaró: «Crecí aquí, en el muelle. Mi abuela siempre decía: “El mar no perdona.” Nunca lo he olvidado.»", "Ana Ruiz|-")]
    [InlineData("Le maire Paul Girard a visité le port lundi; son père, Louis Girard, y était pêcheur. ¶ Paul Girard a déclaré : « J'ai grandi ici, et comme disait mon père : “La mer ne pardonne pas.” Je ne l'ai jamais oublié. »", "Paul Girard|-")]
    // A listener after the first person's verb: the words stay the outer speaker's.
    [InlineData("The harbour master Nora Field spoke to reporters on Monday about the storm. ¶ Nora Field said: \"The boats were lost, and I told my father: 'Stay ashore until it passes.' He never listened.\"", "Nora Field|Nora Field")]
    public void ARelativeWhoMayBeNamedOrWhoListens_IsNotGivenTheSaying(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);
}
