using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A gendered pronoun that a quote's cue linked to a named person says that person's gender:
/// <c>"…," said Piers Lanyon. "…," he added. "…?" she asked.</c> gives the last quote no one, not
/// Piers Lanyon, since the article showed him to be a man. A pronoun of the same gender still
/// means him. Given names say nothing: only the article's own links count.
/// </summary>
public sealed class LinkedPronounGenderTests
{
    [Theory]
    [InlineData("en", "\"We want both,\" said Piers Lanyon. \"I doubt the sheep will mind,\" he added. \"Who will pay for it?\" she asked.")]
    [InlineData("fr", "« Nous voulons les deux », a dit Gaël Kervella. « Les moutons ne gênent personne », a-t-il ajouté. « Qui paiera ? », a-t-elle demandé.")]
    [InlineData("es", "«Queremos las dos cosas», dijo Anselmo Quiroga. «Las ovejas no molestan», añadió él. «¿Quién lo pagará?», preguntó ella.")]
    [InlineData("it", "«Vogliamo entrambe le cose», ha detto Ettore Bagnasco. «Le pecore non disturbano», ha aggiunto lui. «Chi pagherà?», ha chiesto lei.")]
    [InlineData("pt", "«Queremos as duas coisas», disse Anselmo Quaresma. «As ovelhas não incomodam», acrescentou ele. «Quem vai pagar?», perguntou ela.")]
    [InlineData("nl", "\"We willen allebei\", zei Joop Kuipers. \"De schapen storen niemand\", voegde hij toe. \"Wie gaat dat betalen?\", vroeg zij.")]
    public void APronounOfTheOtherGender_IsNoOneTheCueLinked(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a pronoun of the gender the link gave still means the person.
    [Theory]
    [InlineData("en", "\"We want both,\" said Piers Lanyon. \"I doubt the sheep will mind,\" he added. \"Who will pay for it?\" he asked.", "Piers Lanyon")]
    [InlineData("fr", "« Nous voulons les deux », a dit Gaël Kervella. « Les moutons ne gênent personne », a-t-il ajouté. « Qui paiera ? », a-t-il demandé.", "Gaël Kervella")]
    [InlineData("it", "«Vogliamo entrambe le cose», ha detto Ettore Bagnasco. «Le pecore non disturbano», ha aggiunto lui. «Chi pagherà?», ha chiesto lui.", "Ettore Bagnasco")]
    public void APronounOfTheSameGender_StillMeansThem(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
