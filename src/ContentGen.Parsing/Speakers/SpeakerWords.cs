using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>The small closed word lists that speaker attribution leans on.</summary>
internal static class SpeakerWords
{
    /// <summary>Personal pronouns that refer back to the last named speaker.</summary>
    public static readonly HashSet<string> Pronouns = Set("he she they il elle ils elles");

    /// <summary>Titles, offices and honorifics that precede a name and are not part of it.</summary>
    public static readonly HashSet<string> Titles = Set(
        "mr mrs ms miss mx dr prof professor sir dame lord lady m mme mlle monsieur madame " +
        "president vice prime minister deputy foreign secretary state general chancellor senator sen rep " +
        "representative governor mayor chairman chairwoman chair chief executive director spokesman spokeswoman " +
        "spokesperson councillor councilor mp msp mep ambassador commissioner head leader king queen prince princess pope judge justice " +
        "captain coach manager officer inspector sergeant colonel lieutenant admiral defence defense interior " +
        "cardinal rev reverend rabbi imam " +
        "home finance economy trade health education affairs undersecretary under assistant envoy negotiator " +
        "ministre président présidente secrétaire député députée sénateur sénatrice porte-parole maire " +
        "directeur directrice chef premier première général générale");

    /// <summary>
    /// Title words that only modify the title after them ("Home Secretary", "Deputy Leader"):
    /// a name does not start after them, so "Home Office" stays whole.
    /// </summary>
    public static readonly HashSet<string> TitleModifiers = Set(
        "vice prime deputy foreign state defence defense interior home finance economy trade health education " +
        "affairs under assistant premier première");

    /// <summary>
    /// Nouns for a person's role that, after "the", refer back to the last named speaker
    /// ("the negotiator added …").
    /// </summary>
    public static readonly HashSet<string> RoleNouns = Set(
        "negotiator minister president spokesman spokeswoman spokesperson official diplomat leader chief " +
        "chairman chairwoman director secretary senator ambassador envoy governor mayor premier chancellor " +
        "coach manager boss player star singer actor actress economist analyst lawyer judge prosecutor " +
        "ministre président présidente négociateur négociatrice diplomate dirigeant dirigeante responsable " +
        "porte-parole député députée maire élu élue avocat avocate " +
        "guitarist drummer bassist singer-songwriter striker midfielder defender goalkeeper winger captain skipper " +
        "executive founder owner chef expert researcher professor scientist campaigner activist councillor councilor doctor surgeon");

    /// <summary>
    /// "the Briton", "the American": a nationality after "the" refers back to someone named,
    /// as a role noun does.
    /// </summary>
    public static readonly HashSet<string> NationalityNouns = Set(
        "briton american australian frenchman frenchwoman spaniard scot welshman irishman englishman " +
        "argentine russian swiss swede dane german italian belgian dutchman serb croat");

    /// <summary>Articles that introduce someone new and unnamed: "a spokesman", "un responsable".</summary>
    public static readonly HashSet<string> Indefinites = Set("a an one un une another");

    /// <summary>Articles that point back to someone already named: "the negotiator", "le ministre".</summary>
    public static readonly HashSet<string> Definites = Set("the le la l'");

    /// <summary>Prepositions whose object is not the subject of the verb after it: "a spokesman for the Home Office said".</summary>
    public static readonly HashSet<string> Prepositions = Set("for of at from with pour de chez");

    /// <summary>
    /// Reporting verbs that may be followed by their subject ("said Mr X", "a déclaré X").
    /// Others take an object there ("told the BBC", "blamed Boeing", "dénonce X"), so what
    /// follows them is never the speaker.
    /// </summary>
    public static readonly HashSet<string> InvertingVerbs = Set(
        "said says added adds explained explains insisted insists declared declares wrote writes continued continues " +
        "stressed stresses noted notes replied replies recalled recalls argued argues admitted admits concluded " +
        "concludes commented comments observed observes remarked remarks claimed claims confessed suggested " +
        "dit déclare déclaré affirme affirmé ajoute ajouté explique expliqué souligne souligné estime estimé assure " +
        "assuré indique indiqué précise précisé rappelle rappelé insiste insisté martèle martelé lance lancé confie " +
        "confié raconte raconté poursuit poursuivi conclut conclu résume résumé témoigne témoigné glisse glissé " +
        "répond répondu commente commenté observe observé note noté tonne tonné réagit réagi regrette regretté " +
        "prévient prévenu avertit averti plaide plaidé");

    /// <summary>
    /// Nationality and region adjectives: capitalised, but never a name on their own, so that
    /// "Russian demands" is not read as a speaker called Russian.
    /// </summary>
    public static readonly HashSet<string> Demonyms = Set(
        "russian american british french german chinese japanese ukrainian italian spanish european israeli " +
        "palestinian iranian iraqi syrian afghan indian pakistani korean african australian canadian mexican " +
        "brazilian turkish polish dutch swiss swedish irish scottish welsh english greek egyptian saudi arab " +
        "western eastern northern southern us uk eu un nato russe américain britannique français française " +
        "allemand allemande chinois italien italienne espagnol européen européenne");

    /// <summary>Words that start a name run at a sentence's start but are not names.</summary>
    public static readonly HashSet<string> NotNames = Set(
        "the a an this that these those however but and or so yet then also meanwhile still " +
        "earlier later yesterday today tonight now here there when while after before since although though " +
        "if as because in on at by from with without despite during instead indeed finally last next " +
        "pour selon dans avec sur en chez après avant depuis pendant lors quand alors " +
        "le la les un une des ce cette mais et ou donc pourtant cependant");

    /// <summary>Lower-case words allowed inside a name or title run: "Secretary of State", "Charles de Gaulle".</summary>
    public static readonly HashSet<string> NameJoiners = Set("of de du des van von der den ter ten bin ibn al da del dos das la le di");

    /// <summary>Reporting verbs whose object is who listened: "told the BBC", "asked reporters".</summary>
    public static readonly HashSet<string> ListenerVerbs = Set("told tell tells telling asked informed");

    /// <summary>Auxiliaries and adverbs that may stand between a subject and its reporting verb.</summary>
    public static readonly HashSet<string> Fillers = Set(
        "has have had was is also later then further previously once again repeatedly recently earlier " +
        "would will has also later a also already encore aussi avait a");

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.OrdinalIgnoreCase);
}
