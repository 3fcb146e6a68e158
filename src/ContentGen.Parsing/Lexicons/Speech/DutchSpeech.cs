using System;
using System.Collections.Generic;
using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>Dutch speech words: "zei wethouder X", "aldus X", "gaf ze toe", "volgens X", "door … genoemd".</summary>
internal static class DutchSpeech
{
    private static readonly Dictionary<string, string[]> s_irregular = new(StringComparer.Ordinal)
    {
        ["zeggen"] = new[] { "zegt", "zei", "zeiden", "gezegd" },
        // An opinion in the present ("vindt het verbod "…""); "vond", "gevonden" also find things.
        ["vinden"] = new[] { "vindt" },
        ["geloven"] = new[] { "gelooft", "geloofde", "geloofden", "geloofd" },
        ["schrijven"] = new[] { "schrijft", "schreef", "schreven", "geschreven" },
        ["geven"] = new[] { "geeft", "gaf", "gaven", "gegeven" },
        ["laten"] = new[] { "laat", "liet", "lieten", "gelaten" },
        ["vragen"] = new[] { "vraagt", "vroeg", "vroegen", "gevraagd" },
        ["verklaren"] = new[] { "verklaart", "verklaarde", "verklaarden", "verklaard" },
        ["reageren"] = new[] { "reageert", "reageerde", "reageerden", "gereageerd" },
        ["stellen"] = new[] { "stelt", "stelde", "stelden", "gesteld" },
        ["waarschuwen"] = new[] { "waarschuwt", "waarschuwde", "waarschuwden", "gewaarschuwd" },
        ["vertellen"] = new[] { "vertelt", "vertelde", "vertelden", "verteld" },
        ["roepen"] = new[] { "roept", "riep", "riepen", "geroepen" },
        ["spreken"] = new[] { "spreekt", "sprak", "spraken", "gesproken" },
        ["noemen"] = new[] { "noemt", "noemde", "noemden", "genoemd" },
        ["delen"] = new[] { "deelt", "deelde", "deelden" },
    };

    public static SpeechWords Words { get; } = new()
    {
        InsertOpeners = Words("na tijdens ondanks"),
        EpithetArticles = Words("een"),
        PersonObjectLemmas = Words("vragen waarschuwen noemen"),
        ReportingLemmas = Words(
            "zeggen schrijven geven laten vragen verklaren reageren stellen waarschuwen vertellen roepen spreken noemen " +
            "benadrukken melden zuchten antwoorden erkennen betogen beloven bevestigen verzekeren vinden geloven"),
        Inflect = lemma => Inflection.Dutch(lemma, s_irregular),
        SplitReports = ["voegen toe", "delen mee", "merken op", "leggen uit", "vullen aan"],
        VerbsInvert = true,
        VerbSecond = true,
        Pronouns = Words("hij zij ze"),
        MalePronouns = Words("hij"),
        DeputyWords = Words("vice oud"),
        FemalePronouns = Words("zij"),
        MaleTitles = Words("meneer dhr heer"),
        FemaleTitles = Words("mevrouw mevr"),
        SpokesNouns = Words("woordvoerder woordvoerster"),
        OfficialNouns = Words("vertegenwoordiger"),
        SourceNouns = Words("bronnen bron"),
        Demonstratives = Words("deze"),
        Negations = Words("niet nooit"),
        PerfectAuxiliaries = Words("heeft had hebben hadden"),
        Portfolios = Words("economie onderwijs zorg wonen financiën cultuur sport verkeer mobiliteit duurzaamheid jeugd welzijn klimaat energie milieu veiligheid"),
        Titles = Words(
            "meneer mevrouw dhr mevr minister burgemeester wethouder gedeputeerde directeur voorzitter woordvoerder " +
            "woordvoerster trainer president topman topvrouw raadslid aanvoerder aanvoerster officier rechter bestuurder mr dr prof " +
            // Before a name only: "wijkagent Ruud Smits", "slager Henk Bos", "bloemist Sandra de Graaf".
            "agent slager bloemist kastelein"),
        // "zei de burgervader": the mayor.
        OfficeEpithets = ["burgervader=burgemeester"],
        // "sighed a mother at the gate": someone ordinary, unnamed, described by the noun.
        PeopleNouns = Words(
            "man vrouw moeder vader oma opa buurman buurvrouw bewoner bewoonster voorbijganger klant handelaar " +
            "koopman automobilist fietser student studente bezoeker bezoekster toerist kiezer huurder eigenaar " +
            "vrijwilliger demonstrant patiënt passagier supporter werknemer arbeider verkoper verkoopster jongere " +
            "visser boer boerin"),
        RoleNouns = Words(
            "minister burgemeester wethouder gedeputeerde directeur voorzitter woordvoerder woordvoerster trainer president " +
            "topman topvrouw deskundige advocaat verloskundige raadslid vertegenwoordiger" +
            // Ranks at sea and in command: "el capitán del puerto Juan Vidal".
            " kapitein commandant havenmeester"),
        // "het waterschap Lage Wetering", "de omgevingsdienst": public bodies of their own kind too.
        OrganisationNouns = Words(
            "bedrijf gemeente provincie bond vakbond partij regering ministerie club vereniging stichting coöperatie ontwikkelaar " +
            "verzekeraar zorgverzekeraar justitie rapport waterschap hoogheemraadschap omgevingsdienst veiligheidsregio"),
        BareBodies = Words("regering justitie"),
        DocumentNouns = Words("rapport onderzoek peiling"),
        BackReferences = Words("dat dit"),
        CompanyWords = Words("bv"),
        StudyNouns = Words("rapport"),
        Indefinites = Words("een"),
        Definites = Words("de het"),
        Prepositions = Words("van voor bij"),
        Affiliations = Words("vvd pvda cda d66 groenlinks pvv sp"),
        NotNames = Words("de het een maar en ook toen daarna gisteren vandaag volgens terwijl wanneer"),
        Fillers = [.. Words("heeft had hebben ook nog al gisteren vandaag eerder toen daarna later vervolgens bovendien"), "vorige week", "vorige maand", "vorig jaar"],
        // "zeiden ze": "ze" is she and they; the verb's plural ending says which.
        PluralVerbEndings = Words("-en"),
        // A view, a version, criticism, or a view "different" from the last, given as a sentence of its own (with the ResponseNouns and StanceWords).
        ViewWords = Words("kritiek mening versie visie anders"),
        AccordingTo = ["volgens", "in de woorden van"],
        InvertedCues = Words("aldus"),
        Locatives = Words("in te uit"),
        PassiveAgents = Words("door"),
        Media = Words("op"),
        // "the director of a firm": a role's link to what it heads, before an indefinite; a manner noun there is no body ("d'une voix").
        HeadLinks = Words("van"),
        MannerNouns = Words("stem toon glimlach zucht manier wijze leeftijd"),
        EmployerLinks = Words("van"),
        ListenerPrepositions = Words("aan tegen"),
        ResponseNouns = Words("reactie antwoord repliek commentaar"),
        StanceWords = Words("tevreden blij kritisch sceptisch voorzichtig ontevreden teleurgesteld"),
        Copulas = ["is", "was", "waren"],
        ObjectPrepositions = Words("met over om als"),
        CompoundsTitles = true,
        AgeSuffixes = Words("-jarige"),
        Possessives = Words("zijn haar hun"),
        Coordinators = Words("en of"),
        Contrasts = Words("maar"),
        Subordinators = Words("toen voordat nadat terwijl hoewel omdat"),
        RelativePronouns = Words("die dat wie wiens"),
        PersonRelativePronouns = Words("wie"),
    };
}
