namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A lead paragraph in each language, long enough for the reader to know the article's language:
/// an unknown one tries every lexicon, and Italian "il" is then French "he". Tests of one
/// language's cues put their sentences after it.
/// </summary>
internal static class LanguageLeads
{
    public const string French = "Le quai nord restera fermé deux mois, a annoncé hier la société qui gère le port, et les pêcheurs du secteur protestent.";

    public const string Spanish = "El muelle norte cerrará dos meses, anunció ayer la empresa que gestiona el puerto, y los pescadores de la zona protestan.";

    public const string Italian = "Il molo nord resterà chiuso per due mesi, ha annunciato ieri la società che gestisce lo scalo, e i pescatori della zona protestano.";

    public const string Portuguese = "O cais norte vai fechar durante dois meses, anunciou ontem a empresa que gere o porto, e os pescadores da zona protestam.";

    public const string German = "Der Stadtrat hat am Montag den Bau einer neuen Brücke über den Fluss beschlossen, die Arbeiten sollen im Herbst beginnen und zwei Jahre dauern.";

    public const string Dutch = "De gemeenteraad heeft maandag ingestemd met de bouw van een nieuwe brug over de rivier, de werkzaamheden beginnen in het najaar en duren twee jaar.";

    /// <summary>The lead in <paramref name="language"/> (en, fr, de, es, it, pt, nl); English for any other.</summary>
    public static string For(string language) => language switch
    {
        "de" => German,
        "it" => Italian,
        "fr" => French,
        "nl" => Dutch,
        "es" => Spanish,
        "pt" => Portuguese,
        _ => "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.",
    };

    /// <summary>
    /// Asserts the body quotes' speakers of a probe in <paramref name="language"/>: its lead, then
    /// <paramref name="paragraphs"/> separated by " ¶ "; <paramref name="expected"/> as <see cref="QuoteSpeakers.Check"/> takes it.
    /// </summary>
    public static void CheckSpeakers(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(For(language) + " ¶ " + paragraphs, expected);
}
