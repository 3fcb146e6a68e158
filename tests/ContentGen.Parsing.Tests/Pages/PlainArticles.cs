using CsCheck;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// CsCheck generators of plain articles, as a user writes them, in the seven languages: a headline,
/// paragraphs of one to four plain sentences (some of them very short, some one quoted sentence),
/// and now and then a subheading between paragraphs. Nothing in them is chrome, so a reading sets
/// nothing aside, keeps the headline as the title, every paragraph as it stands and every subheading.
/// </summary>
internal static class PlainArticles
{
    /// <summary>One language's invented words: headlines, subheadings, sentences, words quoted alone and its quote marks.</summary>
    private sealed record Language(string[] Headlines, string[] Subheadings, string[] Sentences, string[] Quotes, string Open, string Close);

    private static readonly Language[] s_languages =
    [
        new(
            ["Harbour bridge to be rebuilt", "Valley school gets a new library", "Night buses return to the coast"],
            ["Work to start in spring", "A long wait for residents", "What happens next"],
            [
                "The council approved the new budget on Tuesday.", "Work on the bridge will start in the spring.",
                "Residents have waited for the decision for many years.", "The cost will be shared by the two towns.",
                "Most of the money comes from a regional fund.", "Shops are pleased.", "The school will stay open during the works.",
                "A public meeting is planned for next month.",
            ],
            ["We have waited long enough for this.", "It is a good day."],
            "\"",
            "\""),
        new(
            ["Le pont du port sera reconstruit", "L'école de la vallée aura sa bibliothèque", "Les bus de nuit reviennent sur la côte"],
            ["Des travaux au printemps", "Une longue attente pour les habitants", "La suite du projet"],
            [
                "Le conseil a voté le nouveau budget mardi.", "Les travaux du pont commenceront au printemps.",
                "Les habitants attendaient cette décision depuis des années.", "Le coût sera partagé entre les deux communes.",
                "L'essentiel de l'argent vient d'un fonds régional.", "Les commerçants sont ravis.",
                "L'école restera ouverte pendant les travaux.", "Une réunion publique est prévue le mois prochain.",
            ],
            ["Nous attendions ce jour depuis longtemps.", "C'est une bonne nouvelle."],
            "« ",
            " »"),
        new(
            ["Hafenbrücke wird neu gebaut", "Talschule bekommt eine Bibliothek", "Nachtbusse fahren wieder an die Küste"],
            ["Bauarbeiten ab dem Frühjahr", "Lange Wartezeit für die Anwohner", "Wie es weitergeht"],
            [
                "Der Rat hat am Dienstag den neuen Haushalt beschlossen.", "Die Arbeiten an der Brücke beginnen im Frühjahr.",
                "Die Anwohner haben jahrelang auf die Entscheidung gewartet.", "Die Kosten teilen sich die beiden Gemeinden.",
                "Das meiste Geld kommt aus einem Landesfonds.", "Die Händler freuen sich.",
                "Die Schule bleibt während der Arbeiten geöffnet.", "Eine Bürgerversammlung ist für nächsten Monat geplant.",
            ],
            ["Darauf haben wir lange gewartet.", "Das ist ein guter Tag."],
            "„",
            "“"),
        new(
            ["El puente del puerto será reconstruido", "La escuela del valle tendrá biblioteca", "Vuelven los autobuses nocturnos a la costa"],
            ["Obras en primavera", "Una larga espera para los vecinos", "Los próximos pasos"],
            [
                "El pleno aprobó el nuevo presupuesto el martes.", "Las obras del puente empezarán en primavera.",
                "Los vecinos llevaban años esperando esta decisión.", "El coste se repartirá entre los dos municipios.",
                "La mayor parte del dinero procede de un fondo regional.", "Los comerciantes están contentos.",
                "La escuela seguirá abierta durante las obras.", "Está prevista una reunión pública el mes que viene.",
            ],
            ["Llevábamos mucho tiempo esperando esto.", "Es un buen día."],
            "«",
            "»"),
        new(
            ["Il ponte del porto sarà ricostruito", "La scuola della valle avrà una biblioteca", "Tornano gli autobus notturni sulla costa"],
            ["Lavori in primavera", "Una lunga attesa per i residenti", "I prossimi passi"],
            [
                "Il consiglio ha approvato il nuovo bilancio martedì.", "I lavori sul ponte inizieranno in primavera.",
                "I residenti aspettavano questa decisione da anni.", "Il costo sarà diviso tra i due comuni.",
                "La maggior parte dei fondi arriva da un fondo regionale.", "I negozianti sono contenti.",
                "La scuola resterà aperta durante i lavori.", "Il mese prossimo è prevista un'assemblea pubblica.",
            ],
            ["Aspettavamo questo giorno da tanto tempo.", "È una buona notizia."],
            "«",
            "»"),
        new(
            ["Ponte do porto vai ser reconstruída", "Escola do vale ganha uma biblioteca", "Autocarros noturnos regressam à costa"],
            ["Obras na primavera", "Uma longa espera para os moradores", "Os próximos passos"],
            [
                "A câmara aprovou o novo orçamento na terça-feira.", "As obras na ponte começam na primavera.",
                "Os moradores esperavam esta decisão há muitos anos.", "O custo será dividido pelos dois concelhos.",
                "A maior parte do dinheiro vem de um fundo regional.", "Os comerciantes estão contentes.",
                "A escola continua aberta durante as obras.", "Está prevista uma reunião pública para o próximo mês.",
            ],
            ["Esperámos muito tempo por isto.", "É um bom dia."],
            "\"",
            "\""),
        new(
            ["Havenbrug wordt opnieuw gebouwd", "School in het dal krijgt een bibliotheek", "Nachtbussen rijden weer naar de kust"],
            ["Werk begint in het voorjaar", "Lang wachten voor de bewoners", "Hoe het verder gaat"],
            [
                "De raad heeft dinsdag de nieuwe begroting goedgekeurd.", "Het werk aan de brug begint in het voorjaar.",
                "De bewoners wachtten al jaren op dit besluit.", "De kosten worden gedeeld door de twee gemeenten.",
                "Het meeste geld komt uit een regionaal fonds.", "De winkeliers zijn blij.",
                "De school blijft open tijdens de werkzaamheden.", "Volgende maand is er een openbare bijeenkomst.",
            ],
            ["Hier hebben we lang op gewacht.", "Het is een goede dag."],
            "\"",
            "\""),
    ];

    /// <summary>An article: its text, and what a reading must give of it.</summary>
    public sealed record Article(string Text, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Headings)
    {
        public override string ToString() => Text;
    }

    /// <summary>A plain article in one of the seven languages.</summary>
    public static Gen<Article> Any { get; } =
        from language in Gen.OneOf(s_languages)
        from title in Gen.OneOf(language.Headlines)
        from first in Paragraph(language)
        from rest in Block(language).Array[0, 11]
        select Build(title, [(first, false), .. rest], language.Sentences);

    // One to four different sentences (a sentence printed twice in a row is a caption doubled by
    // the scrape), or a sentence quoted alone that no paragraph prints (one that does is a pull quote).
    private static Gen<string> Paragraph(Language language) => Gen.Frequency(
        (6, Gen.Shuffle(language.Sentences, 1, 4).Select(sentences => string.Join(" ", sentences))),
        (1, Gen.OneOf(language.Quotes).Select(sentence => language.Open + sentence + language.Close)));

    private static Gen<(string Text, bool IsHeading)> Block(Language language) => Gen.Frequency(
        (7, Paragraph(language).Select(text => (text, false))),
        (1, Gen.OneOf(language.Subheadings).Select(heading => (heading, true))));

    // A subheading stands between two paragraphs, never last or beside another, and over a paragraph
    // longer than itself: it announces body text, not a line as short. No paragraph, sentence or
    // subheading is printed twice: a page prints its chrome, pull quotes and standfirsts again.
    private static Article Build(string title, (string Text, bool IsHeading)[] blocks, string[] sentences)
    {
        var kept = new List<(string Text, bool IsHeading)>();
        foreach (var block in blocks)
        {
            var last = kept.Count > 0 ? kept[kept.Count - 1] : default;
            if (kept.Contains(block) || (block.IsHeading && (kept.Count == 0 || last.IsHeading)) || PrintsAgain(kept, block.Text, sentences))
            {
                continue;
            }

            if (!block.IsHeading && last.IsHeading && block.Text.Length <= last.Text.Length)
            {
                kept.RemoveAt(kept.Count - 1);
            }

            kept.Add(block);
        }

        while (kept[kept.Count - 1].IsHeading)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        var text = title + "\n\n" + string.Join("\n\n", kept.Select(block => block.Text)) + "\n";
        return new Article(
            text,
            title,
            kept.Where(block => !block.IsHeading).Select(block => block.Text).ToList(),
            kept.Where(block => block.IsHeading).Select(block => block.Text).ToList());
    }

    // Whether `text` prints a sentence a kept paragraph already printed.
    private static bool PrintsAgain(List<(string Text, bool IsHeading)> kept, string text, string[] sentences)
        => sentences.Any(sentence => text.Contains(sentence, StringComparison.Ordinal)
            && kept.Any(block => block.Text.Contains(sentence, StringComparison.Ordinal)));
}
