namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// One invented article per language for the construction matrices: a two-sentence lead paragraph
/// in the language (enough for the page reader to identify it), then the probe's paragraphs.
/// </summary>
internal static class ConstructionProbe
{
    /// <summary>The body quotes' speakers of the probe in <paramref name="language"/>, in order.</summary>
    public static string?[] Speakers(string language, params string[] paragraphs)
    {
        var (headline, lead) = Lead(language);
        return QuoteSpeakers.Under(headline, [lead, .. paragraphs]);
    }

    /// <summary>The last body quote's speaker: the probe's own, after any paragraph that sets a scene.</summary>
    public static string? LastSpeaker(string language, params string[] paragraphs)
    {
        var speakers = Speakers(language, paragraphs);
        Assert.NotEmpty(speakers);
        return speakers[speakers.Length - 1];
    }

    /// <summary>A paragraph in <paramref name="language"/> quoting someone else, whom a continuation would give.</summary>
    public static string EarlierSpeaker(string language) => language switch
    {
        "fr" => "« C'est un beau jour pour la ville », a déclaré la maire, Julie Caron.",
        "de" => "„Das ist ein guter Tag für die Stadt“, sagte die Bürgermeisterin, Jana Rau.",
        "es" => "«Es un buen día para la ciudad», dijo la alcaldesa, Ana Ruiz.",
        "it" => "«È una bella giornata per la città», ha detto la sindaca, Anna Rossi.",
        "pt" => "«É um bom dia para a cidade», disse a presidente da câmara, Ana Rocha.",
        "nl" => "\"Het is een goede dag voor de stad\", zei de burgemeester, Anna Roos.",
        _ => "\"It is a good day for the town,\" said the mayor, Jane Roe.",
    };

    private static (string Headline, string Lead) Lead(string language) => language switch
    {
        "fr" => ("Le marché du port rouvre", "Le marché du port a rouvert lundi après un long hiver. Les commerçants sont revenus tôt pour installer leurs étals."),
        "de" => ("Der Hafenmarkt öffnet wieder", "Der Hafenmarkt hat am Montag nach einem langen Winter wieder geöffnet. Die Händler kamen früh zurück, um ihre Stände aufzubauen."),
        "es" => ("El mercado del puerto reabre", "El mercado del puerto reabrió el lunes tras un largo invierno. Los comerciantes volvieron temprano para montar sus puestos."),
        "it" => ("Il mercato del porto riapre", "Il mercato del porto ha riaperto lunedì dopo un lungo inverno. I commercianti sono tornati presto per montare i banchi."),
        "pt" => ("O mercado do porto reabre", "O mercado do porto reabriu na segunda-feira depois de um longo inverno. Os comerciantes voltaram cedo para montar as bancas."),
        "nl" => ("De havenmarkt gaat weer open", "De havenmarkt is maandag na een lange winter weer opengegaan. De handelaren kwamen vroeg terug om hun kramen op te bouwen."),
        _ => ("Harbour market reopens", "The harbour market reopened on Monday after a long winter. Traders came back early to set up their stalls."),
    };
}
