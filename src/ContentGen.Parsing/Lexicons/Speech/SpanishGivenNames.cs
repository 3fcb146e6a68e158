namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// Common given names of Spain and Latin America whose gender is plain, for
/// <see cref="SpeechWords.MaleGivenNames"/> and <see cref="SpeechWords.FemaleGivenNames"/>: an editor knows a
/// woman from a man by her given name, and reads "sourit la retraitée" after one. A name written in
/// another language's list is not repeated here (one list holds each name), and a name whose gender
/// differs across the languages or is given to both (Andrea, Simone, Nicola, Jean, Dominique, Claude,
/// Camille, Sacha, Kim, Alex, Sam, Robin, Maria) is in no list.
/// </summary>
internal static class SpanishGivenNames
{
    /// <summary>Men's given names.</summary>
    public const string Male =
        "josé antonio manuel francisco juan javier carlos jesús alejandro miguel rafael pedro pablo ángel "
        + "sergio fernando jorge luis alberto álvaro adrián diego raúl enrique ramón vicente ignacio rubén "
        + "óscar andrés joaquín santiago eduardo víctor roberto jaime marcos alfonso emilio salvador gonzalo "
        + "julián nicolás tomás agustín esteban felipe guillermo gustavo iñaki jon julio lorenzo mariano mateo "
        + "pascual rodrigo sebastián teodoro aitor alfredo arturo bernardo césar cristóbal ernesto federico "
        + "gerardo gregorio héctor horacio humberto ismael leandro mauricio octavio osvaldo ricardo rogelio "
        + "saturnino valentín alonso";

    /// <summary>Women's given names.</summary>
    public const string Female =
        "carmen josefa isabel dolores pilar rosa cristina ángela antonia lucía mercedes francisca elena marta "
        + "concepción manuela rocío raquel paula beatriz encarnación nuria irene inmaculada montserrat alicia "
        + "esther yolanda amparo begoña consuelo eva inés lourdes luz macarena marisol milagros natalia "
        + "nerea noelia olga remedios soledad susana verónica ainhoa almudena aurora azucena blanca catalina "
        + "estefanía guadalupe itziar leire lorena marina miren nieves purificación rebeca sofía valeria ximena "
        + "adriana alejandra gabriela mariana fernanda carolina";
}
