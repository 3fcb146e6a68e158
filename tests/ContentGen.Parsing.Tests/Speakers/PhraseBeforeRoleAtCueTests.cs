namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A reporting verb after the quote, then a phrase of time or place, then the role as subject
/// ("sagte am Montag die Staatsanwältin", "zei na afloop de rechter", "afirmou perante o tribunal
/// a procuradora"): the role's holder named before. A phrase that holds a second person ("vor
/// Richter X") leaves the subject the role after it, never that person. Italian writes its court
/// offices short ("il pm", "il gip", "il gup"). English puts no phrase between an inverted verb and
/// its subject in the press, so it has no rows.
/// </summary>
public sealed class PhraseBeforeRoleAtCueTests
{
    [Theory]
    [InlineData("Staatsanwältin Petra Lang forderte drei Jahre Haft für den Angeklagten Jan Roth. ¶ „Die Beweise sind eindeutig“, betonte am Montag die Staatsanwältin.", "Petra Lang")]
    [InlineData("Richter Uwe Kern leitet den Prozess gegen Jan Roth. ¶ „Wir hören morgen die Zeugen“, sagte vor Gericht der Richter.", "Uwe Kern")]
    [InlineData("In de rechtbank leidt rechter Anke de Wit de zaak tegen Jan de Boer. ¶ “Het bewijs is duidelijk”, zei maandag de rechter.", "Anke de Wit")]
    [InlineData("In de rechtbank leidt rechter Anke de Wit de zaak tegen Jan de Boer. ¶ “We horen morgen de getuigen”, zei na de pauze de rechter.", "Anke de Wit")]
    [InlineData("A procuradora Inês Faria pediu três anos de prisão para Rui Pestana. ¶ «As provas são claras», afirmou perante o tribunal a procuradora.", "Inês Faria")]
    [InlineData("O juiz Carlos Reis conduz o julgamento de Rui Pestana. ¶ «Ouvimos as testemunhas amanhã», disse depois do intervalo o juiz.", "Carlos Reis")]
    [InlineData("La fiscal Marta Gil pidió tres años de cárcel para Jorge Salas. ¶ «Las pruebas son claras», afirmó ante el tribunal la fiscal.", "Marta Gil")]
    [InlineData("El juez Pablo Ruiz dirige el juicio contra Jorge Salas. ¶ «Escucharemos a los testigos mañana», dijo tras la pausa el juez.", "Pablo Ruiz")]
    [InlineData("La procureure Claire Vasseur a requis trois ans contre Marc Rivière. ¶ « Les preuves sont claires », a déclaré mardi la procureure.", "Claire Vasseur")]
    [InlineData("La giudice Laura Conti presiede il processo a Marco Vitale. ¶ «Sentiremo i testimoni domani», ha detto dopo la pausa la giudice.", "Laura Conti")]
    [InlineData("Staatsanwältin Petra Lang forderte drei Jahre Haft für Jan Roth. ¶ „Die Beweise sind eindeutig“, sagte um 14 Uhr die Staatsanwältin.", "Petra Lang")]
    [InlineData("Richter Uwe Kern leitet den Prozess gegen Jan Roth. ¶ „Wir vertagen auf morgen“, sagte gegen Mittag der Richter.", "Uwe Kern")]
    [InlineData("In de rechtbank leidt rechter Anke de Wit de zaak tegen Jan de Boer. ¶ “We gaan morgen verder”, zei om drie uur de rechter.", "Anke de Wit")]
    [InlineData("In de rechtbank leidt rechter Anke de Wit de zaak tegen Jan de Boer. ¶ “Het bewijs is duidelijk”, zei rond het middaguur de rechter.", "Anke de Wit")]
    public void ARoleAfterAPhraseAtTheCue_IsItsHolderNamedBefore(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    [InlineData("Il pm Carlo Ferri ha chiesto tre anni per Marco Vitale. ¶ «Le prove sono chiare», ha detto in aula il pm.", "Carlo Ferri")]
    [InlineData("Il gip Anna Greco ha convalidato l'arresto di Marco Vitale. ¶ «Il rischio di fuga è concreto», ha scritto il gip.", "Anna Greco")]
    [InlineData("Il gup Luca Moretti ha rinviato a giudizio Marco Vitale. ¶ «Ci sono elementi sufficienti», ha detto ieri il gup.", "Luca Moretti")]
    [InlineData("Il pg Sergio Galli ha chiesto la conferma della condanna. ¶ «La sentenza va confermata», ha detto in aula il pg.", "Sergio Galli")]
    public void AnItalianCourtOfficeWrittenShort_IsItsHolderNamedBefore(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    // Guard: the phrase holds a second person, its object; the subject is the role after it, never
    // that person. A role with its article right after the phrase's preposition ("ante el juez",
    // "perante a juíza", "tegen de rechter", "vor der Richterin") is the preposition's object: never
    // the judge; the lawyer after it is no one the article named, so no one. In Spanish, Portuguese
    // and Italian ("dijo ante el juez el abogado", "afirmou perante a juíza o advogado", "ha detto
    // davanti al giudice l'avvocato") an older sieve still gives the judge, as before session 58:
    // listed in docs/speakers.md (session 58, rfix1), not read here.
    [Theory]
    [InlineData("Staatsanwältin Petra Lang forderte drei Jahre Haft, Richter Uwe Kern hörte zu. ¶ „Die Beweise sind eindeutig“, sagte am Dienstag vor Richter Uwe Kern die Staatsanwältin.", "Petra Lang")]
    [InlineData("Rechter Anke de Wit leidt de zaak tegen Jan de Boer. ¶ “Mijn cliënt is onschuldig”, zei tegen de rechter de advocaat.", "-")]
    [InlineData("Rechter Anke de Wit leidt de zaak tegen Jan de Boer. ¶ “Er is geen bewijs”, zei maandag tegen de rechter de advocaat.", "-")]
    [InlineData("Richterin Anna Kolb leitet den Prozess gegen Jan Roth. ¶ „Mein Mandant ist unschuldig“, sagte vor der Richterin der Verteidiger.", "-")]
    [InlineData("Le juge Henri Vidal préside le procès de Marc Rivière. ¶ « Mon client est innocent », a lancé devant le juge l'avocat.", "-")]
    public void APhraseHoldingASecondPerson_NeverGivesThatPerson(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    // Guard: no one was made prosecutor; the accused in view is not the role's holder.
    [Theory]
    [InlineData("Jan Roth (42) bestreitet den Diebstahl. ¶ „Die Beweise sind eindeutig“, betonte am Montag die Staatsanwältin.", "-")]
    [InlineData("Jan de Boer (42) ontkent de diefstal. ¶ “Het bewijs is duidelijk”, zei maandag de rechter.", "-")]
    [InlineData("Marco Vitale, 42 anni, nega il furto. ¶ «Le prove sono chiare», ha detto in aula il pm.", "-")]
    public void ARoleAfterAPhraseNoOneHolds_IsNoOnes(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);
}
