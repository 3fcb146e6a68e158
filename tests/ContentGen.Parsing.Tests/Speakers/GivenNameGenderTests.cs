using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A given name whose gender is plain is the weakest evidence of a person's gender: "Françoise
/// Albaret" is a woman, "Thierry Vasseur" a man, when the article gives no title or pronoun; a
/// surname alone, and a name given to men and women or to a man in one language and a woman in
/// another (Andrea, Jean, Simone), show none. A people noun at the
/// cue whose article shows a gender ("recuerda la jubilada", "raconte le retraité") then means the
/// one person the paragraph named when the given name is of that gender, and not otherwise.
/// </summary>
public sealed class GivenNameGenderTests
{
    [Theory]
    [InlineData("Françoise Albaret", "Female")]
    [InlineData("Thierry Vasseur", "Male")]
    [InlineData("Giulia Pardini", "Female")]
    [InlineData("Giuseppe Bertani", "Male")]
    [InlineData("Joana Ferreira", "Female")]
    [InlineData("João Ferreira", "Male")]
    [InlineData("Anke Vogt", "Female")]
    [InlineData("Jürgen Vogt", "Male")]
    [InlineData("Fenna Bakker", "Female")]
    [InlineData("Joost Bakker", "Male")]
    [InlineData("Carmen Ortega", "Female")]
    [InlineData("Javier Ortega", "Male")]
    [InlineData("Margaret Platt", "Female")]
    [InlineData("Walter Platt", "Male")]
    [InlineData("Jean-Pierre Roux", "Male")]
    [InlineData("Anne-Sophie Roux", "Female")]
    public void APlainGivenName_GivesItsGender(string name, string gender)
        => Assert.Equal(gender, GivenNameGender.Of(SpeechTables.All, name).ToString());

    // A name given to both, or to a man in one language and a woman in another; a surname alone;
    // a first word that is no given name.
    [Theory]
    [InlineData("Andrea Neri")]
    [InlineData("Simone Roux")]
    [InlineData("Nicola Rossi")]
    [InlineData("Jean Roux")]
    [InlineData("Dominique Roux")]
    [InlineData("Camille Roux")]
    [InlineData("Sacha Roux")]
    [InlineData("Kim Jansen")]
    [InlineData("Robin Platt")]
    [InlineData("María Ortega")]
    [InlineData("Maria Ortega")]
    [InlineData("Thomas")]
    [InlineData("Martin")]
    [InlineData("Acme Holdings")]
    public void AnAmbiguousGivenName_OrASurnameAlone_GivesNone(string name)
        => Assert.Equal("Unknown", GivenNameGender.Of(SpeechTables.All, name).ToString());

    // A gendered article or noun at the cue, after the one person the paragraph named, whose given
    // name is of that gender.
    [Theory]
    [InlineData("Carmen Ortega vende flores en la plaza desde 1975. «Antes venía gente de todos los pueblos», recuerda la jubilada.", "Carmen Ortega")]
    [InlineData("Javier Molina vende flores en la plaza desde 1975. «Antes venía gente de todos los pueblos», recuerda el jubilado.", "Javier Molina")]
    [InlineData("Françoise Albaret tient la buvette du stade depuis quarante ans. « J'ai vu passer trois générations de joueurs », sourit la retraitée.", "Françoise Albaret")]
    [InlineData("Thierry Vasseur tient la buvette du stade depuis quarante ans. « J'ai vu passer trois générations de joueurs », sourit le retraité.", "Thierry Vasseur")]
    [InlineData("Tra chi stende la pasta sui tavoli c'è Giulia Pardini. «Lo facciamo da trent'anni», racconta la volontaria, 76 anni.", "Giulia Pardini")]
    [InlineData("Tra chi stende la pasta sui tavoli c'è Giuseppe Bertani. «Lo facciamo da trent'anni», racconta il volontario, 76 anni.", "Giuseppe Bertani")]
    [InlineData("Joana Ferreira vende flores na praça desde 1975. «Antes vinha gente de todas as aldeias», recorda a reformada.", "Joana Ferreira")]
    [InlineData("João Ferreira vende flores na praça desde 1975. «Antes vinha gente de todas as aldeias», recorda o reformado.", "João Ferreira")]
    public void AGenderedPeopleNounAtTheCue_MeansTheNamedPersonOfItsGender(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(paragraph)[^1]);

    // A given name of the other gender, an ambiguous one, or two people of the same gender: no one.
    [Theory]
    [InlineData("Javier Molina vende flores en la plaza desde 1975. «Antes venía gente de todos los pueblos», recuerda la jubilada.", "Javier Molina")]
    [InlineData("Carmen Ortega vende flores en la plaza desde 1975. «Antes venía gente de todos los pueblos», recuerda el jubilado.", "Carmen Ortega")]
    [InlineData("Thierry Vasseur tient la buvette du stade depuis quarante ans. « J'ai vu passer trois générations de joueurs », sourit la retraitée.", "Thierry Vasseur")]
    [InlineData("Dominique Vasseur tient la buvette du stade depuis quarante ans. « J'ai vu passer trois générations de joueurs », sourit la retraitée.", "Dominique Vasseur")]
    [InlineData("Andrea Benini serve il caffè da quarant'anni. «Siamo qui da cinquant'anni», sorride la pensionata.", "Andrea Benini")]
    [InlineData("Giuseppe Bertani serve il caffè da quarant'anni. «Siamo qui da cinquant'anni», sorride la pensionata.", "Giuseppe Bertani")]
    [InlineData("Tra chi stende la pasta sui tavoli c'è Giuseppe Bertani. «Lo facciamo da trent'anni», racconta la volontaria, 76 anni.", "Giuseppe Bertani")]
    [InlineData("Joana Ferreira vende flores na praça desde 1975. «Antes vinha gente de todas as aldeias», recorda o reformado.", "Joana Ferreira")]
    public void AGenderedPeopleNounAtTheCue_AfterAnotherOrAnUnknownGender_IsNoOne(string paragraph, string named)
        => Assert.NotEqual(named, QuoteSpeakers.Of(paragraph)[^1]);

    [Theory]
    [InlineData("Carmen Ortega y Lucía Vidal venden flores en la plaza. «Antes venía gente de todos los pueblos», recuerda la jubilada.", "Carmen Ortega", "Lucía Vidal")]
    [InlineData("Françoise Albaret et Martine Roux tiennent la buvette. « J'ai vu passer trois générations de joueurs », sourit la retraitée.", "Françoise Albaret", "Martine Roux")]
    [InlineData("Giulia Pardini e Paola Cocchi servono il caffè. «Siamo qui da cinquant'anni», sorride la pensionata.", "Giulia Pardini", "Paola Cocchi")]
    public void AGenderedPeopleNounAtTheCue_AfterTwoPeopleOfItsGender_IsNeither(string paragraph, string first, string second)
    {
        var speaker = QuoteSpeakers.Of(paragraph)[^1];
        Assert.NotEqual(first, speaker);
        Assert.NotEqual(second, speaker);
    }
}
