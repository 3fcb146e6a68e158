namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The header of an invented regional site, in every language, for the tests of title lines: the skip link, the
/// masthead, a menu of sections parted by single spaces and the account's links with an offer's price.
/// </summary>
internal static class CourierHeader
{
    public const string Site = "The Valley Courier";

    public static string Lines(string language) => language switch
    {
        "en" => "Skip to content\n" + Site + "\nHome News Sport Property Jobs Contact\nSign in | Subscribe from £1",
        "fr" => "Aller au contenu\n" + Site + "\nAccueil Actualités Sports Loisirs Annonces\nSe connecter | S'abonner dès 1 €",
        "de" => "Zum Inhalt springen\n" + Site + "\nStartseite Lokales Sport Kultur Anzeigen\nAnmelden | Abonnieren ab 0,99 €",
        "es" => "Ir al contenido\n" + Site + "\nPortada Local Deportes Cultura Empleo\nIniciar sesión | Suscríbete desde 1 €",
        "it" => "Vai al contenuto\n" + Site + "\nHome Cronaca Sport Cultura Annunci\nAccedi | Abbonati da 1 €",
        "pt" => "Ir para o conteúdo\n" + Site + "\nInício Local Desporto Cultura Classificados\nEntrar | Assine por 1 €",
        _ => "Naar de inhoud\n" + Site + "\nHome Nieuws Sport Cultuur Vacatures\nInloggen | Abonneren vanaf € 1",
    };

    /// <summary>The section's label the browser's title carries between the headline and the site.</summary>
    public static string Section(string language) => language switch
    {
        "en" => "Local News",
        "fr" => "Vie Locale",
        "de" => "Lokales",
        "es" => "Actualidad",
        "it" => "Cronaca",
        "pt" => "Sociedade",
        _ => "Regio",
    };
}
