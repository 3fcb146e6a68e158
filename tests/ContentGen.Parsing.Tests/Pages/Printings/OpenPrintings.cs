namespace ContentGen.Parsing.Tests.Pages.Printings;

/// <summary>
/// The tuning pages that still read otherwise in a printing, left open at the end of session 28, with session 29's new
/// tuning pages that still do (see docs/page-reading.md; nl-kaasmarkt and nl-vragen split in two read right since), and
/// session 30's, session 31's and session 32's new tuning pages that still do (en-oyster-wardens reads right since session
/// 34 in every printing but one line a paragraph with no blanks), session 34's new byline pages that still do (it-funivia-autore
/// and pt-farol-agencia, whose standfirst without a full stop is read as the headline; es-mercado-abastos hard-wrapped), and
/// session 34's title pages whose headline layouts were read wrong (en-harbour-wall, fr-marche-couvert and
/// es-plan-aparcamiento read right since session 35 in every printing but hard-wrapped, and the Spanish page on one line
/// with no blanks) or read right only as written, and session 35's pages of chrome-like body lines (de-kita-anbau,
/// en-canal-towpath and pt-ponte-pedonal, whose one rhetorical question between paragraphs is read as a subheading in
/// every printing; it-acquedotto-intervista on one line with no blanks, and hard-wrapped where its link marker falls on
/// a line of its own; de-ampel-lindenstrasse and pt-feira-areal hard-wrapped read right since session 37, whose
/// headline glued over its dateline stays the headline), and session 39's title pages (fr-gymnase-repete and nl-veldweg-tekst,
/// whose one-line deck with no stop glued under the headline is read into it; it-mulino-sommario hard-wrapped; it-funivia-autore
/// and pt-farol-agencia read right since, their set-apart deck no longer the headline, in every printing but it-funivia-autore
/// on one line with no blanks), and session 40's (fr-gymnase-repete and nl-parkeervergunning read right since, their
/// glued deck split off the headline, in every printing but hard-wrapped, nl-veldweg-tekst in every printing but hard-wrapped, its menu of
/// section names now read as one, it-funivia-autore on one line with no blanks; the new pages with a glued deck read it into the
/// headline hard-wrapped, where a width may have broken the line, and on one line with no blanks; nl-toestemming-veerstoep
/// with its top chrome cut keeps its headline but sets its deck aside), and session 41's (en-deck-wrapped hard-wrapped, whose
/// headline glued over a deck of three lines gives way to the site's name; nl-bijgewerkt-tekst-fotos with its deck split in
/// two, whose first half is set aside), and session 42's (hard-wrapped, en-ferry-deck-questions's headline over a deck of
/// three lines gives way to the site's name, and the decks split in two of es-regantes-enviados and nl-dorpshuis-intro-gesplitst
/// are read into the headline or as it, as es-regantes-enviados is on one line with no blanks; nl-dorpshuis-intro-gesplitst
/// with its top chrome cut sets the first half of its deck aside; it-frana-inviati with its paragraphs split reads its
/// deck's last line as the headline), and session 43's rewrites of tuning pages into another language (nl-feuerwehrhaus-dachzeile-brandweer,
/// whose set-apart deck runs a word past twice its headline under a kicker and is read as the headline, in every printing but
/// with its top chrome cut; fr-dorpshuis-intro-gesplitst-foyer and pt-regantes-enviados-regadio in the printings where their
/// sources also read otherwise), and session 44's (it-fotogallery hard-wrapped and with its blanks doubled, fr-galerie-bateaux with its
/// blanks doubled and pt-arvores on one line with no blanks read right since, a media label's headline kept where the sentence under
/// it stands past doubled blanks or is wrapped), and session 45's new pages in the printings where they still read otherwise
/// (es-consultorio-tardes, nl-molen-wieken and pt-centro-dia-tamega hard-wrapped, de-neubaugebiet-sandbuehl, es-consultorio-tardes
/// and nl-molen-wieken on one line with no blanks, pt-centro-dia-tamega with its top chrome cut, nl-molen-wieken with its paragraphs
/// split; nl-feuerwehrhaus-dachzeile-brandweer reads right since in every printing but with its top chrome cut and on one line with
/// no blanks, its kicker marking its headline, and nl-zeedijk with its paragraphs split, its share bar read as one), and session
/// 46's new pages in the printings where they still read otherwise (de-kreisstrasse-sperrung hard-wrapped, on one line with no
/// blanks and with its paragraphs split, where its box of other stories between sections ends the article; es-regantes-recorte
/// hard-wrapped, on one line with no blanks and with its top chrome cut, where its deck of points is read as the headline;
/// pt-ponte-pedonal-alvarim hard-wrapped, where the site's name is read as the headline; es-piscina-grietas with the blanks
/// between chrome removed, where its caption is glued to the byline), and session 47's (es-mercado-abastos, pt-galeria-camelias and
/// pt-ponte-pedonal-alvarim read right since hard-wrapped, and it-mulino-sommario, whose browser's title wraps before its bar, a unit's first line printed again as another's first no longer set aside
/// as a copy; de-kreisstrasse-sperrung hard-wrapped, the paragraph under its box of other stories read from its opening sentence,
/// not its first line; nl-dorpshuis-intro-gesplitst hard-wrapped, its deck glued under the headline split off where the page's
/// width had room for the deck's first word; en-lido-consent, nl-veldweg-tekst and others read right at 72 and 80 columns since,
/// not yet at 60), and session 48's (en-cheesemaker-qa, en-oyster-wardens, es-feria-carruajes, it-rifugio-rivista,
/// nl-sluiswachter-magazine and nl-veerman-longread read right since on one line with no blanks, their headline printed over
/// two lines read whole among lines printed a paragraph a line; fr-dorpshuis-intro-gesplitst-foyer hard-wrapped, and fr-gymnase-repete
/// at 72 columns, their deck glued under the headline opening on a capitalised article, a clause of its own; de-spiel and en-matchday
/// on one line with no blanks, their headline glued over the match's fact box no line of the box, and de-stau's headline so kept,
/// whose sections are still set aside), and session 49's (de-hafenmeisterin, de-neubaugebiet-sandbuehl, de-schule, de-waermespeicher,
/// fr-crue and it-porto read right since on one line with no blanks, the subheading or question glued under a "read also" box no
/// link of the box, as it lacks the mark each link carries; es-consultorio-tardes so too, its question opening with a conjunction
/// no link's blurb), and session 50's (nl-bibliotheek-zondag and pt-fogo-arga read right since on one line with no blanks, their
/// short headline over the standfirst and the byline's stack read by where it stands where no blank line sets it apart;
/// de-waermespeicher and nl-bibliotheek-zondag with their paragraphs split, their standfirst split in two paragraphs read whole
/// under the headline; de-agentur on one line with no blanks, whose headline is the last full candidate over the page's first
/// prose where no line is set apart, not its menu's line; de-faehre, en-ferry and nl-vakblad on one line with no blanks, their
/// browser's title ending on the site's name a line of its own, not the first line of the standfirst under it), and session 51's
/// (es-consultorio-tardes, nl-column-auto and nl-column read right since hard-wrapped, their browser's title wrapped at its
/// separator, the site's name under it the title line's end, not the masthead printed again; fr-marche-couvert hard-wrapped,
/// its trail wrapped inside the headline's crumb read as the one line it was), and session 52's (en-lido-consent, nl-molen-wieken
/// and nl-veldweg-tekst read right since hard-wrapped, their deck glued under a headline the width fills opening on a word the
/// page prints in lower case elsewhere, or wrapped over two lines under it; pt-centro-dia-tamega hard-wrapped, its headline
/// printed with the site's name wrapped over two lines still the headline over its deck), and session 52's fresh pages
/// in the printings where they still read otherwise (de-tischtennis-kernhausen, whose section label over the headline is read as
/// the title, in every printing but with its top chrome cut; es-cine-torrelisa, whose place label over the headline is read as the
/// title, in every printing but hard-wrapped and with its paragraphs split; pt-apicultores-serralva reads right since on one line
/// with no blanks, its newsletter box's label between two sections the box's, not the article's end), and session 53's fresh pages where they
/// still read otherwise (en-allotment-rents-haddowby and es-mercado-abastos-quintanar hard-wrapped, their last sections read as a
/// trailer): the census fails when any other page fails, and says when one of
/// these reads right, so that it leaves the list. The list
/// only shrinks.
/// </summary>
internal static class OpenPrintings
{
    public static readonly IReadOnlyDictionary<Printing, string[]> Pages = new Dictionary<Printing, string[]>
    {
        [Printing.AsWritten] = ["de/de-kita-anbau.txt", "de/de-tischtennis-kernhausen.txt", "en/en-canal-towpath.txt", "en/en-tabloid.txt", "es/es-blog.txt", "es/es-cine-torrelisa.txt", "nl/nl-zonnepark.txt", "pt/pt-ponte-pedonal.txt"],
        [Printing.HardWrapped] = ["de/de-fussgaengerbruecke.txt", "de/de-kita-anbau.txt", "de/de-tischtennis-kernhausen.txt", "de/de-wasserturm-brotkrumen.txt", "en/en-allotment-rents-haddowby.txt", "en/en-canal-towpath.txt", "en/en-deck-wrapped.txt", "en/en-ferry-deck-questions.txt", "en/en-tabloid.txt", "es/es-blog.txt", "es/es-claves.txt", "es/es-mercado-abastos-quintanar.txt", "es/es-plan-aparcamiento.txt", "es/es-regantes-enviados.txt", "es/es-regantes-recorte.txt", "es/es-teletipo-creditos.txt", "fr/fr-galerie-bateaux.txt", "fr/fr-gymnase-repete.txt", "fr/fr-passerelle-ecluse.txt", "fr/fr-tribune-rivieres.txt", "fr/fr-tribune.txt", "it/it-acquedotto-intervista.txt", "it/it-lavatoio-consenso.txt", "it/it-mostra.txt", "it/it-occhiello.txt", "nl/nl-parkeervergunning.txt", "nl/nl-toestemming-veerstoep.txt", "nl/nl-veenweide-steun.txt", "nl/nl-zonnepark.txt", "pt/pt-ponte-pedonal.txt", "pt/pt-regantes-enviados-regadio.txt"],
        [Printing.OneLineNoBlanks] = ["de/de-interview.txt", "de/de-kita-anbau.txt", "de/de-kreisstrasse-sperrung.txt", "de/de-live-hochwasser.txt", "de/de-pressemitteilung.txt", "de/de-stau.txt", "de/de-tischtennis-kernhausen.txt", "en/en-canal-towpath.txt", "en/en-lido-consent.txt", "en/en-lighthouse.txt", "en/en-recipe.txt", "en/en-review.txt", "en/en-roadworks.txt", "en/en-tabloid.txt", "es/es-blog.txt", "es/es-cine-torrelisa.txt", "es/es-claves.txt", "es/es-dragado.txt", "es/es-faro.txt", "es/es-opinion.txt", "es/es-plan-aparcamiento.txt", "es/es-regantes-enviados.txt", "es/es-regantes-recorte.txt", "es/es-suscriptores.txt", "es/es-teletipo-creditos.txt", "fr/fr-marche.txt", "it/it-acquedotto-intervista.txt", "it/it-basket.txt", "it/it-cantiere.txt", "it/it-lavatoio-consenso.txt", "it/it-mostra.txt", "nl/nl-kort-nieuws.txt", "nl/nl-molen-wieken.txt", "nl/nl-toestemming-veerstoep.txt", "nl/nl-uitslag.txt", "nl/nl-veerpont.txt", "nl/nl-zonnepark.txt", "pt/pt-ponte-pedonal.txt", "pt/pt-porto.txt", "pt/pt-receita.txt", "pt/pt-regantes-enviados-regadio.txt"],
        [Printing.BlanksDoubled] = ["de/de-kita-anbau.txt", "de/de-tischtennis-kernhausen.txt", "en/en-canal-towpath.txt", "en/en-tabloid.txt", "es/es-blog.txt", "es/es-cine-torrelisa.txt", "fr/fr-mairie.txt", "nl/nl-zonnepark.txt", "pt/pt-ponte-pedonal.txt", "pt/pt-quiosque-entrevista.txt", "pt/pt-transito.txt"],
        [Printing.ChromeBlanksRemoved] = ["de/de-kita-anbau.txt", "de/de-tischtennis-kernhausen.txt", "en/en-canal-towpath.txt", "en/en-tabloid.txt", "es/es-blog.txt", "es/es-cine-torrelisa.txt", "es/es-derbi.txt", "es/es-dragado.txt", "es/es-piscina-grietas.txt", "nl/nl-zonnepark.txt", "pt/pt-enchente.txt", "pt/pt-ponte-pedonal.txt"],
        [Printing.WhiteSpaceNoise] = ["de/de-kita-anbau.txt", "de/de-tischtennis-kernhausen.txt", "en/en-canal-towpath.txt", "en/en-tabloid.txt", "es/es-blog.txt", "es/es-cine-torrelisa.txt", "nl/nl-zonnepark.txt", "pt/pt-ponte-pedonal.txt"],
        [Printing.TopChromeCut] = ["de/de-kita-anbau.txt", "en/en-canal-towpath.txt", "en/en-ferry-fares-herald.txt", "en/en-tabloid.txt", "es/es-blog.txt", "es/es-cine-torrelisa.txt", "es/es-regantes-recorte.txt", "fr/fr-dorpshuis-intro-gesplitst-foyer.txt", "it/it-intervista.txt", "nl/nl-dorpshuis-intro-gesplitst.txt", "nl/nl-toestemming-veerstoep.txt", "pt/pt-centro-dia-tamega.txt", "pt/pt-enchente.txt", "pt/pt-mercado-obras.txt", "pt/pt-ponte-pedonal.txt", "pt/pt-quiosque-entrevista.txt"],
        [Printing.BottomChromeCut] = ["de/de-kita-anbau.txt", "de/de-pressemitteilung.txt", "de/de-tischtennis-kernhausen.txt", "en/en-canal-towpath.txt", "en/en-tabloid.txt", "es/es-blog.txt", "es/es-cine-torrelisa.txt", "fr/fr-agenda.txt", "it/it-consiglio.txt", "nl/nl-zonnepark.txt", "pt/pt-ponte-pedonal.txt"],
        [Printing.ParagraphSplit] = ["de/de-chor-interview.txt", "de/de-kirmes.txt", "de/de-kita-anbau.txt", "de/de-kreisstrasse-sperrung.txt", "de/de-schleuse-dpa.txt", "de/de-tischtennis-kernhausen.txt", "en/en-ferry-fares-herald.txt", "en/en-lighthouse.txt", "es/es-blog.txt", "es/es-juicio.txt", "es/es-receta.txt", "fr/fr-entretien-luthier.txt", "fr/fr-galerie-bateaux.txt", "fr/fr-magazine.txt", "it/it-frana-inviati.txt", "it/it-mostra.txt", "it/it-occhiello.txt", "it/it-pastori-matese.txt", "it/it-processo.txt", "it/it-rivista.txt", "nl/nl-bijgewerkt-tekst-fotos.txt", "nl/nl-molen-wieken.txt", "nl/nl-tips.txt", "nl/nl-zonnepark.txt", "pt/pt-fogo-arga.txt"],
    };

    public static bool IsOpen(Printing printing, TuningPage page) => Pages.TryGetValue(printing, out var pages) && pages.Contains(page.Name, StringComparer.Ordinal);
}
