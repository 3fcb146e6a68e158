namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Verbs of describing and recounting report what they take as their object in quotes
/// ("describió la noche como «…»", "ha descritto", "beschreef … als"), complete as a class in
/// every language's reporting lemmas (describe, narrate; décrire, raconter, relater, narrer;
/// beschreiben, schildern, erzählen; describir, contar, relatar, narrar; descrivere, raccontare,
/// narrare; descrever, contar, relatar, narrar; beschrijven, vertellen). Session 59, issue 10.
/// </summary>
public sealed class DescribingVerbTests
{
    [Theory]
    [InlineData("es", "Pedro Ruiz describió la noche como «la peor de mi vida».", "Pedro Ruiz")]
    [InlineData("es", "La vecina Ana Gómez describe el incendio como «un infierno».", "Ana Gómez")]
    [InlineData("it", "Paolo Neri ha descritto la notte come «la peggiore della mia vita».", "Paolo Neri")]
    [InlineData("it", "«È stata la notte peggiore della mia vita», ha descritto Paolo Neri.", "Paolo Neri")]
    [InlineData("it", "«È stata la notte peggiore della mia vita», ha narrato Paolo Neri.", "Paolo Neri")]
    [InlineData("nl", "Jan Visser beschreef de nacht als ‘de ergste van mijn leven’.", "Jan Visser")]
    public void ADescribingVerbBeforeItsQuotedObject_GivesItsSubject(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), sentence));

    // Read before the class was complete, kept as its other members: the same object before the
    // quote, and the verb after it with the subject inverted.
    [Theory]
    [InlineData("en", "The mayor, Jane Moore, described the plan as \"a disaster\".", "Jane Moore")]
    [InlineData("en", "Jane Moore described the night as \"the worst of my life\".", "Jane Moore")]
    [InlineData("en", "\"It was the worst night of my life,\" recounted Jane Moore.", "Jane Moore")]
    [InlineData("de", "Anna Berg schilderte die Nacht als „die schlimmste meines Lebens“.", "Anna Berg")]
    [InlineData("de", "Anna Berg beschrieb die Nacht als „die schlimmste meines Lebens“.", "Anna Berg")]
    [InlineData("de", "„Es war die schlimmste Nacht meines Lebens“, schilderte Anna Berg.", "Anna Berg")]
    [InlineData("fr", "Anne Morel décrit la nuit comme « la pire de ma vie ».", "Anne Morel")]
    [InlineData("fr", "« C'était la pire nuit de ma vie », décrit Anne Morel.", "Anne Morel")]
    [InlineData("pt", "Rui Costa descreveu a noite como «a pior da minha vida».", "Rui Costa")]
    [InlineData("pt", "«Foi a pior noite da minha vida», narrou Rui Costa.", "Rui Costa")]
    [InlineData("es", "«Fue la peor noche de mi vida», narró Pedro Ruiz.", "Pedro Ruiz")]
    [InlineData("nl", "‘Het was de ergste nacht van mijn leven’, beschreef Jan Visser.", "Jan Visser")]
    public void TheClassesOtherMembers_StillGiveTheSubject(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), sentence));

    // Guards: a work or a thing that describes reports no one, and a name in marks is nobody's.
    [Theory]
    [InlineData("es", "La novela describe una ciudad llamada «Villa Oscura».")]
    [InlineData("it", "Il libro descrive un paese chiamato «Borgo Nero».")]
    [InlineData("nl", "Het boek beschrijft een dorp dat ‘Zwartdorp’ heet.")]
    [InlineData("en", "They watched a film called \"Harvest\" on Monday.")]
    public void AThingThatDescribes_GivesNoOne(string language, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), sentence));

    // Guard: in the passive the one described is no speaker.
    [Theory]
    [InlineData("es", "Pedro Ruiz fue descrito por sus vecinos como «un hombre tranquilo».", "Pedro Ruiz")]
    [InlineData("it", "Paolo Neri è stato descritto dai vicini come «un uomo tranquillo».", "Paolo Neri")]
    [InlineData("nl", "Jan Visser werd door zijn buren beschreven als ‘een rustige man’.", "Jan Visser")]
    [InlineData("en", "Jane Moore was described by her neighbours as \"a quiet woman\".", "Jane Moore")]
    public void TheOneDescribedInThePassive_IsNoSpeaker(string language, string sentence, string described)
        => Assert.NotEqual(described, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), sentence)[0]);
}
