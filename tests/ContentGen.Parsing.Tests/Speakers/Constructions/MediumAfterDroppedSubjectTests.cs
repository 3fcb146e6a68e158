namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A reporting verb after the quote whose clause ends on the medium or listener it was said to
/// (<c>«…», ha raccontato a Radio Uno.</c>, <c>ha detto all'ANSA.</c>): the medium is not the
/// subject; the subject is dropped and is whom the sentence before made its subject. Italian
/// brings the medium in with <c>a</c> and its contracted forms, as Spanish does with <c>a</c>.
/// </summary>
public sealed class MediumAfterDroppedSubjectTests
{
    [Theory]
    [InlineData("it", "Rosaria Pimpinella ha deciso di non seminare. || «Perdo la stagione, ma non i soldi», ha raccontato a Radio Uno.", "Rosaria Pimpinella")]
    [InlineData("it", "Rosaria Pimpinella ha deciso di non seminare. || «Perdo la stagione, ma non i soldi», ha raccontato all'ANSA.", "Rosaria Pimpinella")]
    [InlineData("it", "Rosaria Pimpinella ha deciso di non seminare. || «Perdo la stagione, ma non i soldi», ha spiegato ai cronisti.", "Rosaria Pimpinella")]
    [InlineData("it", "Il sindaco Gioacchino Lorenzetti ha chiesto aiuto. || «Gli aiuti arrivano tardi», ha detto allo Sportello Agricolo.", "Gioacchino Lorenzetti")]
    [InlineData("es", "Rosaria Pimpinella decidió no sembrar este año. || «Pierdo la campaña, pero no el dinero», contó a Radio Uno.", "Rosaria Pimpinella")]
    [InlineData("pt", "Rosário Pimentel decidiu não semear este ano. || “Perco a campanha, mas não o dinheiro”, disse ao Jornal de Notícias.", "Rosário Pimentel")]
    public void AMediumEndingTheCue_LeavesTheDroppedSubject(string language, string paragraphs, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));

    // Guards: a subject after the medium still speaks.
    [Theory]
    [InlineData("it", "Rosaria Pimpinella ha deciso di non seminare. || «Perdo la stagione, ma non i soldi», ha detto a Radio Uno il sindaco Gioacchino Lorenzetti.", "Gioacchino Lorenzetti")]
    [InlineData("it", "Rosaria Pimpinella ha deciso di non seminare. || «Perdo la stagione, ma non i soldi», ha detto all'ANSA la presidente del consorzio, Lucia Bernasconi.", "Lucia Bernasconi")]
    [InlineData("es", "Rosaria Pimpinella decidió no sembrar este año. || «Pierdo la campaña, pero no el dinero», dijo a Radio Uno el alcalde Luis Pardo.", "Luis Pardo")]
    [InlineData("it", "Rosaria Pimpinella ha deciso di non seminare. || «Abbiamo vinto col cuore», ha detto a fine gara l'allenatore del Valmarina, Sergio Conti.", "Sergio Conti")]
    public void ASubjectAfterTheMedium_Speaks(string language, string paragraphs, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));
}
