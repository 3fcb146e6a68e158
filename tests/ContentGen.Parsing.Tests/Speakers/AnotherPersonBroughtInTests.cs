using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed brought in by "another" and their noun after someone unnamed before ("Otra vecina,
/// que prefiere no dar su nombre, …", "Outra vizinha, que …"): the quote after is the newcomer's,
/// given by the noun as the labels give "outro reformado" and "een andere buurman"
/// (docs/speakers.md, "Session 64 (unnamed2)"). Invented sentences.
/// </summary>
public sealed class AnotherPersonBroughtInTests
{
    // Someone named, then someone unnamed quoted, then another person by the same kind of word.
    [Theory]
    [InlineData("The operator's director, Ann Lee, apologised. \"We are doing all we can,\" she said.",
        "A passenger who lives by the pier was furious. \"I missed my appointment.\"",
        "Another passenger, who asked not to be named, was calmer. \"It happens every winter.\"", "passenger")]
    [InlineData("La directrice, Anne Leroy, s’est excusée. « Nous faisons tout notre possible », a-t-elle assuré.",
        "Une voisine qui vit près de la jetée était furieuse. « J’ai raté mon rendez-vous. »",
        "Une autre voisine, qui a requis l’anonymat, était plus calme. « Ça arrive chaque hiver. »", "voisine")]
    [InlineData("La directora, Ana Ruiz, pidió disculpas. «Hacemos todo lo que podemos», aseguró.",
        "Un jubilado que vive junto al muelle estaba furioso. «Perdí mi cita en el hospital».",
        "Otra vecina, que prefiere no dar su nombre, estaba más tranquila. «Pasa cada invierno».", "vecina")]
    [InlineData("La directora, Ana Ruiz, pidió disculpas. «Hacemos todo lo que podemos», aseguró.",
        "Un jubilado que vive junto al muelle estaba furioso. «Perdí mi cita en el hospital».",
        "Otro camarero, que trabaja en el puerto, lo ve de otra manera. «Pasa cada invierno».", "camarero")]
    [InlineData("A diretora, Ana Lopes, pediu desculpa. «Fazemos tudo o que podemos», garantiu.",
        "Um reformado que vive junto ao cais estava furioso. «Perdi a consulta no hospital.»",
        "Outra vizinha, que pediu para não ser identificada, estava mais calma. «Acontece todos os invernos.»", "vizinha")]
    [InlineData("De directeur, Anna de Vries, bood excuses aan. ‘We doen wat we kunnen’, zei ze.",
        "Een buurman die bij de pier woont, was woedend. ‘Ik miste mijn afspraak.’",
        "Een andere buurvrouw, die anoniem wil blijven, was rustiger. ‘Het gebeurt elke winter.’", "buurvrouw")]
    [InlineData("Die Direktorin, Anna Berger, entschuldigte sich. „Wir tun, was wir können“, sagte sie.",
        "Ein Rentner, der am Hafen wohnt, war wütend. „Ich habe meinen Termin verpasst.“",
        "Eine andere Rentnerin, die anonym bleiben möchte, war gelassener. „Das passiert jeden Winter.“", "Rentnerin")]
    public void AnotherPersonByTheirNoun_SpeaksNext(string named, string first, string another, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, first, another)[2]);

    // "Otro día", another person as an object, another person named: not the noun's.
    [Theory]
    [InlineData("La directora, Ana Ruiz, pidió disculpas. «Hacemos todo lo que podemos», aseguró.",
        "Otra vecina, Lucía Gómez, que vive en el muelle, estaba tranquila. «Pasa cada invierno».", "vecina")]
    [InlineData("La directora, Ana Ruiz, pidió disculpas. «Hacemos todo lo que podemos», aseguró.",
        "Ruiz habló con otra vecina, que prefiere no dar su nombre. «Pasa cada invierno», dijo.", "vecina")]
    [InlineData("A diretora, Ana Lopes, pediu desculpa. «Fazemos tudo o que podemos», garantiu.",
        "Lopes falou com outro reformado, que pediu para não ser identificado. «Acontece todos os invernos», disse.", "reformado")]
    public void AnotherNamedOrAnObject_IsNotTheNouns(string named, string another, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, another)[^1]);
}
