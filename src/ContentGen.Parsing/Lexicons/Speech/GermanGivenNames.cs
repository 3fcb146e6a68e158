namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// Common given names of Germany, Austria and Switzerland whose gender is plain, for
/// <see cref="SpeechWords.MaleGivenNames"/> and <see cref="SpeechWords.FemaleGivenNames"/>: an editor knows a
/// woman from a man by her given name, and reads "sourit la retraitée" after one. A name written in
/// another language's list is not repeated here (one list holds each name), and a name whose gender
/// differs across the languages or is given to both (Andrea, Simone, Nicola, Jean, Dominique, Claude,
/// Camille, Sacha, Kim, Alex, Sam, Robin, Maria) is in no list.
/// </summary>
internal static class GermanGivenNames
{
    /// <summary>Men's given names.</summary>
    public const string Male =
        "jürgen klaus wolfgang hans günter günther dieter uwe werner manfred horst helmut gerhard heinz bernd "
        + "karl-heinz rolf stefan andreas martin markus matthias torsten thorsten dirk holger jörg ralf sven "
        + "olaf lars jens kai tobias sebastian philipp lukas felix jonas maximilian niklas moritz tim fabian "
        + "johannes julian marco mario björn volker reinhard friedrich wilhelm ulrich hartmut rüdiger siegfried "
        + "detlef gottfried ludwig otto fritz hermann konrad gerd heiko ingo knut lutz norbert axel bodo "
        + "eckhard egon armin henning hinrich carsten karsten steffen timo till dominik benedikt georg";

    /// <summary>Women's given names.</summary>
    public const string Female =
        "anke ursula monika petra renate helga karin ingrid gisela susanne claudia stefanie birgit heike "
        + "martina kerstin katrin kathrin silke tanja anja ute ulrike bärbel jutta angelika elke hannelore "
        + "erika ilse gertrud waltraud edith hildegard rosemarie annegret heidi beate sonja daniela melanie "
        + "julia lena leonie lea katharina franziska johanna luisa mareike wiebke imke frauke silvia antje "
        + "dörte heidrun gudrun sigrid annika carina jana janina jasmin kristin maike meike svenja verena resi";
}
