namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// Common given names of France, Belgium, Switzerland and Quebec whose gender is plain, for
/// <see cref="SpeechWords.MaleGivenNames"/> and <see cref="SpeechWords.FemaleGivenNames"/>: an editor knows a
/// woman from a man by her given name, and reads "sourit la retraitée" after one. A name written in
/// another language's list is not repeated here (one list holds each name), and a name whose gender
/// differs across the languages or is given to both (Andrea, Simone, Nicola, Jean, Dominique, Claude,
/// Camille, Sacha, Kim, Alex, Sam, Robin, Maria) is in no list.
/// </summary>
internal static class FrenchGivenNames
{
    /// <summary>Men's given names.</summary>
    public const string Male =
        "jean-pierre jean-luc jean-marc jean-claude jean-françois jean-michel jean-paul jean-louis jean-yves "
        + "pierre michel philippe alain bernard jacques christophe nicolas françois éric laurent frédéric "
        + "olivier sébastien thierry stéphane pascal julien didier gérard guillaume jérôme antoine romain "
        + "benoît hugo lucas mathieu matthieu mathis arnaud cédric fabrice franck gilles hervé jean-baptiste "
        + "joël lionel ludovic marc mickaël patrice rémi sylvain xavier yannick yves bruno damien denis "
        + "emmanuel florian grégory jacky jérémy loïc mathias raphaël serge thibault théo tristan valentin "
        + "gaston marcel lucien gilbert georges henri rené andré guy jean-jacques baptiste clément corentin "
        + "quentin kévin alexandre aurélien bastien enzo gabriel léo noé timothée étienne";

    /// <summary>Women's given names.</summary>
    public const string Female =
        "marie-claire marie-christine marie-france marie-hélène marie-pierre anne-marie anne-sophie nathalie "
        + "isabelle sylvie françoise martine monique valérie sandrine stéphanie véronique sophie céline chantal "
        + "brigitte aurélie virginie caroline émilie laetitia élodie audrey delphine séverine hélène christiane "
        + "annie béatrice cécile claire corinne élise florence géraldine josiane karine mélanie murielle nadine "
        + "pascale sabrine sabine sonia sylviane yvette odile ginette josette paulette marcelle madeleine "
        + "germaine suzanne jeanne colette lucienne huguette raymonde geneviève agnès manon chloé léa inès jade "
        + "louise zoé lucie mathilde pauline margaux clémence elodie océane morgane justine amandine anaïs "
        + "coralie estelle fanny gaëlle laure maëlle ségolène solène agathe bérénice";
}
