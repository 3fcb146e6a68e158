using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dump that prints each paragraph on one line, without blank lines, has lines of any length; when all of a group's
/// lines are short enough for a wrapping dump's width, the widest line looked "full" and glued the line under it, a
/// standfirst the byline or dateline under it, a paragraph the next. A page is read as wrapped only when some line of it
/// goes on mid-sentence into a line in lower case (no stamp); and a stamp alone on its line ("by Helen Marsh", "di Marco
/// Rinaldi", "14.02.2025, 09:12 Uhr") never goes on from the line above, whatever its first letter.
/// </summary>
public sealed class UnwrappedPageTests
{
    // title | standfirst | lower-case byline | dateline | share bar | five one-line paragraphs, each under 100 characters
    public static TheoryData<string, string, string, string, string, string, string> Pages() => new()
    {
        {
            "en", "Ferry to the island will run twice a day from May", "The operator is adding a boat: \"Demand has doubled\", its manager said.",
            "by Tom Reed", "3 March 2025 - 10:40", "Share on Facebook Share on X Email",
            "The second boat will leave the harbour at seven in the morning.|The crossing takes forty minutes in calm weather.|Tickets will cost the same as last year.|But who will crew the new boat in the busy summer months?|In 2024 the ferry carried 41,200 passengers, against 38,900 in 2023."
        },
        {
            "fr", "Le bac pour l'île passera deux fois par jour dès mai", "L'exploitant ajoute un bateau : « La demande a doublé », dit son directeur.",
            "par Luc Martin", "3 mars 2025 à 10h40", "Partager sur Facebook Partager sur X E-mail",
            "Le second bateau quittera le port à sept heures du matin.|La traversée dure quarante minutes par beau temps.|Les billets coûteront le même prix que l'an dernier.|Mais qui fera tourner le nouveau bateau pendant les mois d'été ?|En 2024, le bac a transporté 41 200 passagers, contre 38 900 en 2023."
        },
        {
            "de", "Fähre zur Insel fährt ab Mai zweimal am Tag", "Der Betreiber setzt ein zweites Schiff ein: „Die Nachfrage hat sich verdoppelt“, sagt sein Leiter.",
            "von Anna Berg", "03.03.2025, 10:40 Uhr", "Auf Facebook teilen Auf X teilen E-Mail",
            "Das zweite Schiff legt um sieben Uhr morgens im Hafen ab.|Die Überfahrt dauert bei ruhigem Wetter vierzig Minuten.|Die Fahrkarten kosten so viel wie im vergangenen Jahr.|Aber wer soll das neue Schiff in den vollen Sommermonaten fahren?|Im Jahr 2024 fuhren 41.200 Fahrgäste mit, gegenüber 38.900 im Jahr 2023."
        },
        {
            "es", "El ferri a la isla saldrá dos veces al día desde mayo", "La naviera suma un barco: \"La demanda se ha duplicado\", dijo su director.",
            "por Pablo Ruiz", "3 de marzo de 2025 - 10:40", "Compartir en Facebook Compartir en X Correo",
            "El segundo barco saldrá del puerto a las siete de la mañana.|La travesía dura cuarenta minutos con buen tiempo.|Los billetes costarán lo mismo que el año pasado.|¿Pero quién llevará el nuevo barco en los meses de verano?|En 2024 el ferri llevó 41.200 pasajeros, frente a 38.900 en 2023."
        },
        {
            "it", "Il traghetto per l'isola partirà due volte al giorno da maggio", "La compagnia aggiunge una nave: \"La domanda è raddoppiata\", ha detto il direttore.",
            "di Marco Rinaldi", "3 marzo 2025 - 10:40", "Condividi su Facebook Condividi su X Email",
            "La seconda nave lascerà il porto alle sette del mattino.|La traversata dura quaranta minuti con il mare calmo.|I biglietti costeranno come l'anno scorso.|Ma chi guiderà la nuova nave nei mesi estivi più affollati?|Nel 2024 il traghetto ha portato 41.200 passeggeri, contro i 38.900 del 2023."
        },
        {
            "pt", "O ferry para a ilha vai partir duas vezes por dia a partir de maio", "A empresa junta um barco: \"A procura duplicou\", disse o diretor.",
            "por Rui Lopes", "3 de março de 2025, 10:40", "Partilhar no Facebook Partilhar no X E-mail",
            "O segundo barco vai sair do porto às sete da manhã.|A travessia demora quarenta minutos com bom tempo.|Os bilhetes vão custar o mesmo que no ano passado.|Mas quem vai conduzir o novo barco nos meses de verão?|Em 2024 o ferry levou 41.200 passageiros, contra 38.900 em 2023."
        },
        {
            "nl", "Veerboot naar het eiland vaart vanaf mei twee keer per dag", "De rederij zet een tweede boot in: 'De vraag is verdubbeld', zegt de directeur.",
            "door Sanne Bakker", "3 maart 2025, 10:40", "Delen op Facebook Delen op X E-mail",
            "De tweede boot vertrekt om zeven uur 's ochtends uit de haven.|De overtocht duurt veertig minuten bij rustig weer.|De kaartjes kosten evenveel als vorig jaar.|Maar wie gaat de nieuwe boot varen in de drukke zomermaanden?|In 2024 vervoerde de veerboot 41.200 passagiers, tegen 38.900 in 2023."
        },
    };

    // The first finding: no blank lines, the share bar under the stamps sets them in a group of their own with the title and
    // the standfirst, under a dump's width.
    [Theory]
    [MemberData(nameof(Pages))]
    public void ALowerCaseByline_UnderTheStandfirst_IsTheBylineAlone(string language, string title, string standfirst, string byline, string dateline, string share, string paragraphs)
    {
        var body = paragraphs.Split('|');
        var page = string.Join("\n", new[] { title, standfirst, byline, dateline, share }.Concat(body));

        var article = ArticleParser.Parse(page);

        Assert.Equal(title, article.Title);
        Assert.Equal(byline.Substring(byline.IndexOf(' ') + 1), article.Author);
        Assert.NotNull(article.Published);
        Assert.Equal(new[] { standfirst }.Concat(body), article.Paragraphs.Select(x => x.Text));
        Assert.Equal(language, article.Language);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void ADateline_UnderTheStandfirst_IsTheDatelineAlone(string language, string title, string standfirst, string byline, string dateline, string share, string paragraphs)
    {
        _ = language;
        var body = paragraphs.Split('|');
        var page = string.Join("\n", new[] { title, standfirst, dateline, byline, share }.Concat(body));

        var article = ArticleParser.Parse(page);

        Assert.NotNull(article.Published);
        Assert.Equal(new[] { standfirst }.Concat(body), article.Paragraphs.Select(x => x.Text));
    }

    // A page of short paragraphs, one a line, no blank line anywhere: every paragraph stays alone.
    [Theory]
    [MemberData(nameof(Pages))]
    public void OneShortParagraphALine_WithoutBlankLines_EachStaysAlone(string language, string title, string standfirst, string byline, string dateline, string share, string paragraphs)
    {
        _ = share;
        var body = paragraphs.Split('|');
        var page = string.Join("\n", new[] { title, byline, dateline, standfirst }.Concat(body));

        var article = ArticleParser.Parse(page);

        Assert.Equal(title, article.Title);
        Assert.Equal(language, article.Language);
        Assert.Equal(new[] { standfirst }.Concat(body), article.Paragraphs.Select(x => x.Text));
    }

    // A headline that ends on a noun with its article elided ("… tutto l'inverno", "… pour l'hiver") stops on no function
    // word: it does not go on into the line under it, and the page printed a paragraph a line stays so.
    [Theory]
    [InlineData("it", "Il rifugio del passo di Valfonda resta aperto per tutto l'inverno", "La gestrice non chiuderà a ottobre: \"La montagna non si ferma\", dice.",
        "Ogni fine settimana arrivano escursionisti con le ciaspole dalla valle.|E che cosa succede quando la neve blocca il sentiero per una settimana intera?|La Gazzetta della Valle ha chiesto un commento al consiglio regionale.|Il club deciderà ad aprile se la stagione invernale diventerà fissa.")]
    [InlineData("fr", "Le refuge du col de la Vanoise restera ouvert pendant tout l'hiver", "La gardienne ne fermera pas en octobre : « La montagne ne s'arrête pas », dit-elle.",
        "Des randonneurs en raquettes arrivent de la vallée chaque week-end.|Et que se passe-t-il quand la neige bloque le sentier pendant toute une semaine ?|La Gazette du Val a demandé un commentaire au conseil régional.|Le club décidera en avril si la saison d'hiver devient permanente.")]
    public void AHeadlineEndingOnAnElidedNoun_GoesOnIntoNothing(string language, string title, string standfirst, string paragraphs)
    {
        var body = paragraphs.Split('|');
        var page = string.Join("\n", new[] { title, standfirst }.Concat(body));

        var article = ArticleParser.Parse(page);

        Assert.Equal(title, article.Title);
        Assert.Equal(language, article.Language);
        Assert.Equal(new[] { standfirst }.Concat(body), article.Paragraphs.Select(x => x.Text));
    }

    // The page's last paragraph is its widest line, and the tags' label glued under it seemed to go on from it: the
    // paragraph went with the label to the page's footer. An end signal under a sentence starts its own block.
    [Theory]
    [InlineData("en", "Tags: ferries, harbour, islands")]
    [InlineData("fr", "Mots-clés : bac, port, îles")]
    [InlineData("de", "Schlagworte: Fähre, Hafen, Inseln")]
    [InlineData("es", "Etiquetas: ferri, puerto, islas")]
    [InlineData("it", "Tag: traghetti, porto, isole")]
    [InlineData("pt", "Etiquetas: ferry, porto, ilhas")]
    [InlineData("nl", "Trefwoorden: veerboot, haven, eilanden")]
    public void AnEndSignal_UnderTheWidestLastParagraph_LeavesItInTheBody(string language, string tags)
    {
        var row = Pages().Select(x => ((ITheoryDataRow)x).GetData()).Single(x => (string)x[0]! == language);
        var body = ((string)row[6]!).Split('|');
        var last = body[^1];
        var page = string.Join("\n", new[] { (string)row[1]!, (string)row[3]!, (string)row[4]!, (string)row[2]! }.Concat(body).Append(tags).Append("© 2025"));

        var article = ArticleParser.Parse(page);

        Assert.True(body.All(x => x.Length <= last.Length), "the last paragraph is the page's widest line");
        Assert.Equal(new[] { (string)row[2]! }.Concat(body), article.Paragraphs.Select(x => x.Text));
    }

    // Guard: on a wrapped page, a paragraph's last line that opens a sentence with an end signal's word ("Comments from …")
    // is the paragraph's: a sentence of six words or more ends nothing.
    [Fact]
    public void AWrappedLastLine_OpeningWithAnEndSignalsWord_StaysInItsParagraph()
    {
        var p = Articles.Of("en");
        const string paragraph = "The harbour board met on Tuesday evening to hear what the fishermen thought of the new pontoons. Comments from the crews were kind.";
        var wrapped = HardWrap.Lines(paragraph, 96);
        var page = p[0] + "\n\n" + HardWrap.Lines(p[1], 96) + "\n\n" + wrapped + "\n\n" + HardWrap.Lines(p[2], 96) + "\n\n" + p[3];

        var article = ArticleParser.Parse(page);

        Assert.Contains("\nComments from", wrapped, System.StringComparison.Ordinal);
        Assert.Equal(new[] { p[1], paragraph, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a dump wrapped at 72 characters, paragraphs apart by blank lines, each paragraph broken before a capitalised
    // word too, stays whole, paragraph by paragraph.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AWrappedDump_KeepsEachParagraphWhole(string language)
    {
        var p = Articles.Of(language);
        var paragraphs = new[] { p[1], p[2], p[3], Articles.Closing(language) };
        var page = p[0] + "\n\n" + string.Join("\n\n", paragraphs.Select(x => HardWrap.Lines(x, 72)));

        var article = ArticleParser.Parse(page);

        Assert.Equal(paragraphs, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: the same without blank lines between the paragraphs: wrapped lines join, each paragraph ends where its last
    // line left room.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AWrappedDump_WithoutBlankLines_StillJoinsItsLines(string language)
    {
        var p = Articles.Of(language);
        var text = p[1] + " " + p[2] + " " + Articles.Closing(language);
        var page = p[0] + "\n\n" + HardWrap.Lines(text, 72);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { text }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a wrapped paragraph whose short last line opens with a byline's word stays whole ("… the new quay was built" /
    // "by Tom Reed and his crew."): it ends a sentence.
    [Fact]
    public void AWrappedLastLine_OpeningWithBy_StaysInItsParagraph()
    {
        var p = Articles.Of("en");
        const string paragraph = "The old harbour master, who retired in the spring after thirty years, said that the new quay was built by Tom Reed and his crew.";
        var page = p[0] + "\n\n" + p[1] + "\n\n" + HardWrap.Lines(paragraph, 66) + "\n\n" + p[2] + "\n\n" + p[3];

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], paragraph, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
