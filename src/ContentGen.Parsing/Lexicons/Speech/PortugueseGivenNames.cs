namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// Common given names of Portugal and Brazil whose gender is plain, for
/// <see cref="SpeechWords.MaleGivenNames"/> and <see cref="SpeechWords.FemaleGivenNames"/>: an editor knows a
/// woman from a man by her given name, and reads "sourit la retraitée" after one. A name written in
/// another language's list is not repeated here (one list holds each name), and a name whose gender
/// differs across the languages or is given to both (Andrea, Simone, Nicola, Jean, Dominique, Claude,
/// Camille, Sacha, Kim, Alex, Sam, Robin, Maria) is in no list.
/// </summary>
internal static class PortugueseGivenNames
{
    /// <summary>Men's given names.</summary>
    public const string Male =
        "joão antónio antônio paulo luís luiz rui nuno vítor vitor tiago diogo gonçalo duarte afonso martim "
        + "henrique sérgio mário joaquim armando augusto fábio hélio leonel marcelo matheus mateus raimundo "
        + "reinaldo sebastião severino silvério valter zé cristiano ronaldo anselmo baltasar belmiro custódio "
        + "délio emídio fabrício gilberto horácio ildefonso jacinto laércio nélson octávio orlando";

    /// <summary>Women's given names.</summary>
    public const string Female =
        "joana inês catarina leonor matilde margarida helena patrícia cláudia sónia sônia vera lúcia fátima "
        + "conceição graça luísa luiza aline camila bruna larissa letícia natália tatiana amélia antónia "
        + "benedita celeste cidália deolinda eduarda filipa glória idalina laurinda lurdes madalena noémia "
        + "olinda rosário sílvia tânia zulmira";
}
