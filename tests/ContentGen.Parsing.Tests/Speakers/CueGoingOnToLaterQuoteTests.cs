using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A cue right after a quote may go on to govern a later quote in its sentence
/// (<c>« … », affirme-t-il, avant d'ajouter que la ville consacrera « … »</c>, <c>«…», afirmó,
/// antes de añadir que …</c>), as <c>"…," he said, before adding that …</c> does: its subject is the
/// pronoun joined to the verb, or where subjects drop, the one a pronoun would mean. A named subject
/// after such a cue was read so before; a pronoun or a dropped subject was not.
/// </summary>
public sealed class CueGoingOnToLaterQuoteTests
{
    [Theory]
    [InlineData("en", "The mayor, Tom Vassey, defended the delay. \"I will not sign this contract,\" he said, before adding that the town would spend \"£200,000 more\" on meals.", "Tom Vassey")]
    [InlineData("fr", "Le maire, Thierry Vasseur, assume le report. « Je ne signerai pas ce contrat », affirme-t-il, avant d'ajouter que la ville consacrera « 200 000 euros de plus » aux repas.", "Thierry Vasseur")]
    [InlineData("fr", "La maire, Claire Vasseur, assume le report. « Je ne signerai pas ce contrat », a-t-elle affirmé, ajoutant que la ville consacrera « 200 000 euros de plus » aux repas.", "Claire Vasseur")]
    [InlineData("es", "El alcalde, Tomás Vázquez, defendió el retraso. «No firmaré este contrato», afirmó, antes de añadir que la ciudad dedicará «200.000 euros más» a las comidas.", "Tomás Vázquez")]
    [InlineData("it", "Il sindaco, Tommaso Vasari, difende il rinvio. «Non firmerò questo contratto», ha affermato, prima di aggiungere che la città destinerà «200.000 euro in più» ai pasti.", "Tommaso Vasari")]
    [InlineData("pt", "O presidente da câmara, Tomás Vasconcelos, defendeu o adiamento. «Não vou assinar este contrato», afirmou, antes de acrescentar que a cidade vai gastar «200 mil euros a mais» nas refeições.", "Tomás Vasconcelos")]
    [InlineData("fr", "Le maire, Thierry Vasseur, assume le report. « Je ne signerai pas ce contrat », affirme-t-il, ajoutant que la ville consacrera « 200 000 euros de plus » aux repas.", "Thierry Vasseur")]
    [InlineData("fr", "« Nous inscrirons toutes les mesures au fichier », a expliqué le ministre de l'Intérieur, Gérald Darmont. « D'abord, la moitié des mesures font l'objet de recours », a défendu le ministre, ajoutant vouloir « simplifier les procédures ».", "Gérald Darmont")]
    [InlineData("es", "«Vamos a inscribir todas las órdenes», explicó el ministro del Interior, Gerardo Darío. «Primero, la mitad de las órdenes se recurren», defendió el ministro, antes de añadir que quiere «simplificar los procedimientos».", "Gerardo Darío")]
    public void ThePartialQuoteAfterTheCue_IsTheCuesSpeakers(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: someone else named between the cue and the later quote, whether or not their verb
    // reports, takes it from the cue's speaker; an impersonal pronoun ("dit-on") gives no one.
    [Theory]
    [InlineData("fr", "La maire, Claire Vasseur, assume le report. « Je ne signerai pas ce contrat », a-t-elle affirmé, alors que le préfet Paul Rey évoque « un accord ».", "Claire Vasseur")]
    [InlineData("es", "La alcaldesa, Clara Vázquez, defendió el retraso. «No firmaré este contrato», afirmó, mientras el delegado Pablo Rey habló de «un acuerdo».", "Clara Vázquez")]
    [InlineData("it", "La sindaca, Chiara Vasari, difende il rinvio. «Non firmerò questo contratto», ha affermato, mentre il prefetto Paolo Re parla di «un accordo».", "Chiara Vasari")]
    public void SomeoneElseNamedBetween_IsNotTheCuesSpeaker(string language, string paragraph, string cueSpeaker)
        => Assert.NotEqual(cueSpeaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("fr", "La maire, Claire Vasseur, assume le report. « Je ne signerai pas ce contrat », dit-on à la mairie, avant d'ajouter que la ville consacrera « 200 000 euros de plus » aux repas.")]
    public void AnImpersonalCue_GivesNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));
}
