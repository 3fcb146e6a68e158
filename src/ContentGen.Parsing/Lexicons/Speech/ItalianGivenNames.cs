namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// Common given names of Italy and Italian Switzerland whose gender is plain, for
/// <see cref="SpeechWords.MaleGivenNames"/> and <see cref="SpeechWords.FemaleGivenNames"/>: an editor knows a
/// woman from a man by her given name, and reads "sourit la retraitée" after one. A name written in
/// another language's list is not repeated here (one list holds each name), and a name whose gender
/// differs across the languages or is given to both (Andrea, Simone, Nicola, Jean, Dominique, Claude,
/// Camille, Sacha, Kim, Alex, Sam, Robin, Maria) is in no list.
/// </summary>
internal static class ItalianGivenNames
{
    /// <summary>Men's given names.</summary>
    public const string Male =
        "giuseppe giovanni luigi francesco angelo vincenzo pietro salvatore carlo franco domenico paolo "
        + "giorgio aldo luciano giuliano stefano alessandro matteo luca davide riccardo emanuele giacomo "
        + "tommaso edoardo filippo leonardo massimo maurizio fabio claudio enrico gianni giancarlo gianluca "
        + "gianfranco giampiero pierluigi piergiorgio raffaele renato rocco sandro silvio ugo umberto valerio "
        + "vittorio corrado cosimo dario elio ettore fulvio gino guido ignazio lino marcello nando nino orazio "
        + "ottavio piero rino romano sabino tullio giulio achille alfio beppe cesare";

    /// <summary>Women's given names.</summary>
    public const string Female =
        "giulia francesca chiara valentina alessandra federica paola giovanna lucia antonella roberta "
        + "ada stefania simona monica patrizia serena elisa alessia sofia ginevra beatrice greta giorgia noemi "
        + "arianna camilla rossella raffaella carla giuseppina concetta carmela caterina assunta immacolata "
        + "lucrezia letizia loredana marisa mirella nadia ornella piera rita rosanna rosaria sabrina tiziana "
        + "vittoria gina wanda annalisa annamaria donatella fiorella gabriella graziella nicoletta ottavia "
        + "pierina";
}
