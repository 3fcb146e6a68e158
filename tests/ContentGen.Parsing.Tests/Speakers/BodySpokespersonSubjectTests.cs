using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An unnamed spokesperson brought in by an indefinite article, as the subject before the verb, with
/// the link to the body fused with its article ("Un portavoz del ayuntamiento explicó que «…»"): the
/// body speaks, as it already did with the link and the article apart ("Una portavoz de la policía
/// aseguró que «…»"). French, Spanish, Italian and Portuguese fuse them; English, German and Dutch
/// do not, and their rows show what they read (Phrase.IndefiniteSpokespersonOfContractedBody.cs).
/// </summary>
public sealed class BodySpokespersonSubjectTests
{
    [Theory]
    [InlineData("es", "Un portavoz del gobierno explicó que se había hecho «todo lo posible».", "gobierno")]
    [InlineData("es", "Una portavoz del ayuntamiento dijo: «Hemos hecho todo lo posible».", "ayuntamiento")]
    [InlineData("it", "Un portavoce della prefettura ha spiegato che si era fatto «tutto il possibile».", "prefettura")]
    [InlineData("it", "Una portavoce del comune ha detto: «Abbiamo fatto il possibile».", "comune")]
    [InlineData("pt", "Um porta-voz do governo explicou que se fez «tudo o que era possível».", "governo")]
    [InlineData("pt", "Uma porta-voz da câmara disse: «Fizemos tudo o que era possível».", "câmara")]
    [InlineData("fr", "Un porte-parole du gouvernement a assuré que l’État avait « tout fait pour aider ».", "gouvernement")]
    [InlineData("fr", "Une porte-parole du parquet a déclaré : « Nous avons tout fait. »", "parquet")]
    public void AnIndefiniteSpokespersonOfAFusedBodyNoun_GivesTheBody(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language), paragraph));

    // The link and the article apart, read before this rule: the body the fused link gives must be the same one.
    [Theory]
    [InlineData("es", "Una portavoz de la policía aseguró que se había hecho «todo lo posible».", "policía")]
    [InlineData("fr", "Un porte-parole de la préfecture a assuré que l’État avait « tout fait pour aider ».", "préfecture")]
    [InlineData("nl", "Een woordvoerder van de gemeente zei dat men ‘alles heeft gedaan wat kon’.", "gemeente")]
    [InlineData("nl", "Een woordvoerder van de gemeente zei: ‘We hebben alles gedaan.’", "gemeente")]
    public void TheLinkAndArticleApart_GiveTheSameBody(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language), paragraph));

    // Near-misses: another role noun is a person unnamed; a complement that is no body's noun; a
    // body's noun that does not speak by itself and no body of that noun named ("del ministerio",
    // as "el ministerio aseguró" gives no one when no ministry was named); a
    // person who works for the body and is named speaks as themselves. A spokesperson inside the
    // reported words is not read (no one at the start and now), and left out.
    [Theory]
    [InlineData("es", "Un funcionario del ministerio explicó que se había hecho «todo lo posible».")]
    [InlineData("it", "Un dirigente della prefettura ha spiegato che si era fatto «tutto il possibile».")]
    [InlineData("pt", "Um técnico da câmara explicou que se fez «tudo o que era possível».")]
    [InlineData("fr", "Un fonctionnaire du ministère a assuré que l’État avait « tout fait pour aider ».")]
    [InlineData("es", "Un portavoz del barrio explicó que se había hecho «todo lo posible».")]
    [InlineData("es", "Un portavoz del ministerio explicó que se había hecho «todo lo posible».")]
    public void AnotherNounOrComplement_GivesNoOne(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("es", "Luis Gómez, funcionario del ministerio, explicó que se había hecho «todo lo posible».", "Luis Gómez")]
    [InlineData("it", "Marta Rinaldi, funzionaria della prefettura, ha spiegato che si era fatto «tutto il possibile».", "Marta Rinaldi")]
    public void APersonNamed_KeepsTheirWords(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language), paragraph));

    // The phrase reader alone, read back from the verb: the body's noun, an organisation.
    [Theory]
    [InlineData("Un portavoz del ayuntamiento dijo que todo iba bien.", "dijo", "ayuntamiento")]
    [InlineData("Una portavoce della prefettura ha detto che tutto andava bene.", "detto", "prefettura")]
    [InlineData("Um porta-voz da câmara disse que tudo corria bem.", "disse", "câmara")]
    [InlineData("Un porte-parole du ministère a déclaré que tout allait bien.", "déclaré", "ministère")]
    public void ThePhraseReader_GivesTheBodysNoun(string sentence, string verb, string expected)
    {
        var subject = OneSentence.Before(sentence, verb);
        Assert.Equal((SubjectKind.Organisation, expected), (subject.Kind, subject.Text));
    }
}
