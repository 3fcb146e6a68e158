using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// Two people of one family share a surname, and someone else spoke between them: a sentence that
/// brings the second in by a family tie and the name in full ("O neto, Rui Valtero, tocou …") makes
/// the quote after, with a dropped subject or a pronoun, that person's, named in full, never the
/// surname alone the two share ("Valtero").
/// </summary>
public sealed class NamesakeNewcomerTests
{
    [Theory]
    [InlineData("pt", "Joaquim Valtero, padeiro durante meio século, morreu na quinta-feira, aos 86 anos.",
        "O presidente da junta, Fernando Aguiar, decretou um dia de luto. «Ele fazia parte da paisagem», afirmou o autarca.",
        "O neto, Rui Valtero, tocou no fim da missa uma valsa. «Ensinou-me os primeiros acordes aos seis anos», contou.", "Rui Valtero")]
    [InlineData("es", "Anselmo Ferrero, panadero durante medio siglo, murió el jueves a los 86 años.",
        "El alcalde, Pedro Gil, decretó un día de luto. «Formaba parte del paisaje», afirmó el alcalde.",
        "Su nieto, Rubén Ferrero, leyó un poema al final de la misa. «Me enseñó a amasar a los seis años», contó.", "Rubén Ferrero")]
    [InlineData("it", "Anselmo Ferrato, fornaio per mezzo secolo, è morto giovedì a 86 anni.",
        "Il sindaco, Pietro Gelli, ha proclamato il lutto cittadino. «Faceva parte del paesaggio», ha detto il sindaco.",
        "Il nipote, Ruben Ferrato, ha letto una poesia alla fine della messa. «Mi ha insegnato a impastare a sei anni», ha raccontato.", "Ruben Ferrato")]
    [InlineData("en", "Joseph Ferrow, a baker for half a century, died on Thursday aged 86.",
        "The mayor, Peter Gill, declared a day of mourning. \"He was part of the landscape,\" the mayor said.",
        "His grandson, Ruben Ferrow, read a poem at the end of the service. \"He taught me to knead when I was six,\" he said.", "Ruben Ferrow")]
    [InlineData("fr", "Joseph Ferrand, boulanger pendant un demi-siècle, est mort jeudi à 86 ans.",
        "Le maire, Pierre Gillet, a décrété une journée de deuil. « Il faisait partie du paysage », a déclaré le maire.",
        "Son petit-fils, Ruben Ferrand, a lu un poème à la fin de la messe. « Il m'a appris à pétrir à six ans », a-t-il raconté.", "Ruben Ferrand")]
    [InlineData("de", "Josef Fernkorn, fünfzig Jahre lang Bäcker, ist am Donnerstag mit 86 Jahren gestorben.",
        "Der Bürgermeister, Peter Gill, ordnete einen Trauertag an. „Er gehörte zum Ortsbild“, sagte der Bürgermeister.",
        "Sein Enkel, Ruben Fernkorn, las am Ende der Messe ein Gedicht. „Er hat mir mit sechs Jahren das Kneten beigebracht“, erzählte er.", "Ruben Fernkorn")]
    [InlineData("nl", "Jozef Verhorst, vijftig jaar lang bakker, is donderdag op 86-jarige leeftijd overleden.",
        "De burgemeester, Pieter Gillis, kondigde een dag van rouw af. „Hij hoorde bij het dorp”, zei de burgemeester.",
        "Zijn kleinzoon, Ruben Verhorst, las aan het eind van de dienst een gedicht voor. „Hij leerde me kneden toen ik zes was”, vertelde hij.", "Ruben Verhorst")]
    public void ANamesakeBroughtInByNameInFull_IsTheSpeakerAfter(string language, string first, string between, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, first, between, paragraph));

    // Guard: the namesake written in full after a preposition is no one brought in; the speaker
    // before keeps the words (the mayor), as on the base.
    [Theory]
    [InlineData("pt", "Joaquim Valtero, padeiro durante meio século, morreu na quinta-feira, aos 86 anos. O neto, Rui Valtero, vive em Lisboa.",
        "O presidente da junta, Fernando Aguiar, decretou um dia de luto.",
        "O autarca falou longamente com Rui Valtero no fim da missa. «Ele fazia parte da paisagem», afirmou.", "Fernando Aguiar")]
    [InlineData("es", "Anselmo Ferrero, panadero durante medio siglo, murió el jueves a los 86 años. Su nieto, Rubén Ferrero, vive en Madrid.",
        "El alcalde, Pedro Gil, decretó un día de luto.",
        "El alcalde habló largo rato con Rubén Ferrero al final de la misa. «Formaba parte del paisaje», afirmó.", "Pedro Gil")]
    [InlineData("en", "Joseph Ferrow, a baker for half a century, died on Thursday aged 86. His grandson, Ruben Ferrow, lives in Leeds.",
        "The mayor, Peter Gill, declared a day of mourning.",
        "After the service the mayor spoke at length with Ruben Ferrow. \"He was part of the landscape,\" he said.", "Peter Gill")]
    [InlineData("it", "Anselmo Ferrato, fornaio per mezzo secolo, è morto giovedì a 86 anni. Il nipote, Ruben Ferrato, vive a Torino.",
        "Il sindaco, Pietro Gelli, ha proclamato il lutto cittadino.",
        "Il sindaco ha parlato a lungo con Ruben Ferrato dopo la messa. «Faceva parte del paesaggio», ha detto.", "Pietro Gelli")]
    public void ANamesakeAfterAPreposition_LeavesTheSpeakerBefore(string language, string first, string between, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, first, between, paragraph));
}
