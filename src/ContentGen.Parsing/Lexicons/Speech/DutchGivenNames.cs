namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// Common given names of the Netherlands and Flanders whose gender is plain, for
/// <see cref="SpeechWords.MaleGivenNames"/> and <see cref="SpeechWords.FemaleGivenNames"/>: an editor knows a
/// woman from a man by her given name, and reads "sourit la retraitée" after one. A name written in
/// another language's list is not repeated here (one list holds each name), and a name whose gender
/// differs across the languages or is given to both (Andrea, Simone, Nicola, Jean, Dominique, Claude,
/// Camille, Sacha, Kim, Alex, Sam, Robin, Maria) is in no list.
/// </summary>
internal static class DutchGivenNames
{
    /// <summary>Men's given names.</summary>
    public const string Male =
        "joost pieter piet kees henk johan willem hendrik gerrit cornelis klaas bram daan sem thijs ruben "
        + "luuk stijn jeroen bas niels wouter maarten sander arjen erik martijn rutger rob jaap joop gert-jan "
        + "jan-willem sjoerd sietse wim ad arie bart bert dick evert freek frits gijs harm hidde jelle job koen "
        + "laurens mark mees milan niek pim reinier roel ruud teun thom tijs twan ward wessel wiebe wijnand "
        + "wilco wybren";

    /// <summary>Women's given names.</summary>
    public const string Female =
        "fenna anouk femke sanne lotte lieke fleur anne marieke annemarie annelies anneke els inge janneke "
        + "jolanda marjolein mirjam nienke renske riet saskia tineke truus wilma ans astrid babette corrie "
        + "dineke elske geertje gerda hanneke hennie ineke jannie jantine joke lies maaike margriet marloes "
        + "mieke nel noor roos sietske wies wietske willeke";
}
