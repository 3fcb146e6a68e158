namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence whose subject is a thing and that names one person alone, as its object ("Ces
/// critiques n'ont pas découragé Lucien Ferrand."), is about that person: an office's epithet ("le
/// socialiste") or a profession's ("l'ingénieure") in the very next sentence means them, as it
/// means a person named alone as the subject. A second person, a body or a place in that sentence,
/// a person as its subject, or a sentence between, and the epithet reads as before.
/// </summary>
public sealed class ObjectPersonEpithetTests
{
    private const string Quote = "« Je ne me sens plus chez moi dans ce quartier. »";

    [Theory]
    [InlineData("Pourtant, ces critiques n'ont pas découragé Lucien Ferrand, qui avait déjà tenu ce genre de propos. En mars, le socialiste confiait : " + Quote)]
    [InlineData("Ces reproches n'ont pas découragé Lucien Ferrand. Le social-démocrate confiait : " + Quote)]
    [InlineData("Ces reproches n'ont pas découragé Lucien Ferrand. " + Quote + ", confiait l'homme politique.")]
    public void AnOfficeEpithet_MeansThePersonNamedAloneAsObjectJustBefore(string paragraph)
        => Assert.Equal(new[] { "Lucien Ferrand" }, QuoteSpeakers.Under("Quartier", LanguageLeads.French, paragraph));

    [Theory]
    [InlineData("fr", "Cette décision a surpris Claire Dumont. « Le pont ne tiendra pas l'hiver », a expliqué l'ingénieure.", "Claire Dumont")]
    [InlineData("es", "La decisión sorprendió a Ana Gil. «El puente no aguantará el invierno», explicó la ingeniera.", "Ana Gil")]
    [InlineData("es", "Estas críticas no desanimaron a Ana Gil. «El puente no aguantará el invierno», explicó la ingeniera.", "Ana Gil")]
    [InlineData("it", "La decisione ha sorpreso Giulia Neri. «Il ponte non reggerà l'inverno», ha spiegato l'ingegnera.", "Giulia Neri")]
    [InlineData("pt", "A decisão surpreendeu Ana Gomes. “A ponte não aguenta o inverno”, explicou a engenheira.", "Ana Gomes")]
    public void AProfessionEpithet_MeansThePersonNamedAloneAsObjectJustBefore(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Ponte", LanguageLeads.For(language), paragraph));

    // Guards: each stop of the rule, where the epithet must not mean the object.
    [Theory]
    [InlineData("Ces reproches visent Lucien Ferrand et Marc Vidal. Le socialiste confiait : " + Quote)]
    [InlineData("Ces reproches du syndicat n'ont pas découragé Lucien Ferrand. Le socialiste confiait : " + Quote)]
    [InlineData("Ces reproches venus de Lille n'ont pas découragé Lucien Ferrand. Le socialiste confiait : " + Quote)]
    [InlineData("Ces reproches n'ont pas découragé Lucien Ferrand. La séance a repris lundi soir. Le socialiste confiait : " + Quote)]
    [InlineData("Un voisin a interpellé Lucien Ferrand. Le socialiste confiait : " + Quote)]
    public void AnEpithet_DoesNotMeanTheObjectWhenItIsNotAlone(string paragraph)
        => Assert.NotEqual("Lucien Ferrand", QuoteSpeakers.Under("Quartier", LanguageLeads.French, paragraph)[0]);

    [Fact]
    public void APronoun_ReadsAsBefore()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Quartier", LanguageLeads.French, "Ce projet a séduit Lucien Ferrand. Il prévoit : « Trois ponts seront construits. »"));
}
