using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An interview that sets its labels apart ("Frage:" / blank line / the question / "Antwort:" / blank line / the
/// answer): the labels come back over each question and each answer, so they are the interview's, never a heading
/// and never the page's chrome, and the short question under a label is the interview's text too.
/// </summary>
public sealed class QuestionLabelTests
{
    public static TheoryData<string, string, string, string[]> Interviews() => new()
    {
        { "de", "Frage:", "Antwort:", new[] { "Wann haben Sie mit dem Schreiben begonnen?", "Im zweiten Winter. Die Nachtschicht hatte lange ruhige Abschnitte, und ich hatte immer ein Notizbuch in der Tasche.", "Wussten die Fahrgäste davon?", "Einer wusste es. Ein pensionierter Landvermesser fragte mich, was ich da schreibe, und lieh mir seinen Stift." } },
        { "fr", "Question :", "Réponse :", new[] { "Quand avez-vous commencé à écrire ?", "Pendant mon deuxième hiver. Le service de nuit avait de longs moments calmes, et j'avais toujours un carnet dans la poche.", "Les voyageurs le savaient-ils ?", "Un seul. Un géomètre à la retraite m'a demandé ce que j'écrivais et m'a prêté son stylo." } },
        { "it", "Domanda:", "Risposta:", new[] { "Quando ha iniziato a scrivere?", "Nel secondo inverno. Il turno di notte aveva lunghi tratti tranquilli, e tenevo sempre un quaderno in tasca.", "I passeggeri lo sapevano?", "Uno sì. Un geometra in pensione mi chiese cosa stessi scrivendo e mi prestò la sua penna." } },
        { "nl", "Vraag:", "Antwoord:", new[] { "Wanneer begon je met schrijven?", "In de tweede winter. De nachtdienst had lange rustige stukken, en ik had altijd een schrift in mijn zak.", "Wisten de reizigers ervan?", "Eén wel. Een gepensioneerde landmeter vroeg wat ik opschreef en leende me zijn pen." } },
        { "en", "Question:", "Answer:", new[] { "When did you start writing?", "In my second winter. The night shift had long quiet stretches, and I always kept a notebook in my pocket.", "Did the passengers know?", "One did. A retired surveyor asked what I was writing and lent me his pen." } },
        { "es", "Pregunta:", "Respuesta:", new[] { "¿Cuándo empezó a escribir?", "En mi segundo invierno. El turno de noche tenía tramos largos y tranquilos, y siempre llevaba un cuaderno en el bolsillo.", "¿Lo sabían los viajeros?", "Uno sí. Un topógrafo jubilado me preguntó qué escribía y me prestó su bolígrafo." } },
        { "pt", "Pergunta:", "Resposta:", new[] { "Quando começou a escrever?", "No segundo inverno. O turno da noite tinha longos períodos calmos, e eu levava sempre um caderno no bolso.", "Os passageiros sabiam?", "Um sabia. Um topógrafo reformado perguntou-me o que eu escrevia e emprestou-me a caneta." } },
    };

    [Theory]
    [MemberData(nameof(Interviews))]
    public void LabelsSetApart_AreTheInterviewsText(string language, string question, string answer, string[] turns)
    {
        var intro = Articles.Of(language)[1];
        var body = new List<string> { intro };
        for (var i = 0; i < turns.Length; i += 2)
        {
            body.AddRange(new[] { question, turns[i], answer, turns[i + 1] });
        }

        var page = string.Join("\n\n", new[] { "Coastal Gazette", "News | Books | Culture", "Night train novelist talks about her debut", "12/03/2024 08:15" }.Concat(body).Append("© 2024 Coastal Gazette"));

        var article = ArticleParser.Parse(page);

        Assert.Equal(body, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }
}
