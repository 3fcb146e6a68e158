using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A town's head or a meeting's chair speaking by office alone ("said the mayor", "a rétorqué le
/// maire", "zei de burgemeester") when the article named no one to the office, after a councillor
/// it gave another role: the words are the office's, labelled by its noun, never the councillor's.
/// An office the article gave someone is theirs; one with a complement may be another town's.
/// </summary>
public sealed class UnheldPresidingOfficeTests
{
    private static string? LastSpeaker(params string[] paragraphs)
        => ArticleParser.Parse("Council meeting\n\n" + string.Join("\n\n", paragraphs)).Quotes[^1].Speaker;

    [Theory]
    [InlineData("mayor", "Councillor Tom Ridley (Labour) spoke against the closure.", "\"It is a waste of money,\" he said.", "\"Order, please,\" said the mayor.")]
    [InlineData("chairwoman", "Councillor Ann Price said the plan was unfair.", "\"We will now take the vote,\" the chairwoman told the meeting.")]
    [InlineData("maire", "La conseillère d'opposition Anne Roux a voté contre le projet.", "« Le dossier est bouclé depuis longtemps », a répondu le maire.")]
    [InlineData("maire", "Le conseiller d'opposition Paul Girard a critiqué le budget.", "« Vous augmentez les impôts », a-t-il lancé.", "« Nous les baissons depuis trois ans », a rétorqué le maire.")]
    [InlineData("alcaldesa", "El concejal Luis Pardo votó en contra del plan.", "«El proyecto sigue adelante», respondió la alcaldesa.")]
    [InlineData("sindaco", "Il consigliere di minoranza Paolo Neri ha criticato il progetto.", "«È uno spreco», ha detto.", "«I conti sono in ordine», ha replicato il sindaco.")]
    [InlineData("sindaca", "La consigliera Anna Conti ha votato contro la delibera.", "«Andiamo avanti comunque», ha ribattuto la sindaca.")]
    [InlineData("prefeito", "O vereador da oposição Rui Matos criticou o projeto.", "«É um desperdício», disse.", "«As contas estão certas», respondeu o prefeito.")]
    [InlineData("alcalde", "La concejala Marta Ruiz criticó el proyecto.", "«Es un despilfarro», dijo.", "«Está todo presupuestado», replicó el alcalde.")]
    [InlineData("burgemeester", "Raadslid Henk Veenstra (CDA) was kritisch over het plan.", "‘Dit is veel te duur’, zei hij.", "‘We gaan nu stemmen’, zei de burgemeester.")]
    [InlineData("voorzitter", "Raadslid Anouk Smit stemde tegen het voorstel.", "‘We gaan verder met de agenda’, antwoordde de voorzitter.")]
    public void AnOfficeNoOneHolds_AfterACouncillor_IsTheOffice(string office, params string[] paragraphs)
        => Assert.Equal(office, LastSpeaker(paragraphs));

    [Theory]
    [InlineData("Anna Keller", "Mayor Anna Keller opened the meeting.", "Councillor Tom Ridley (Labour) spoke against the closure.", "\"Order, please,\" said the mayor.")]
    [InlineData("Jean Morel", "Le maire, Jean Morel, a ouvert la séance.", "Le conseiller d'opposition Paul Girard a critiqué le budget.", "« Nous les baissons depuis trois ans », a rétorqué le maire.")]
    [InlineData("Jan Visser", "Burgemeester Jan Visser opende de vergadering.", "Raadslid Henk de Vries (CDA) was kritisch over het plan.", "‘We gaan nu stemmen’, zei de burgemeester.")]
    public void AnOfficeTheArticleGaveSomeone_IsTheirs(string holder, params string[] paragraphs)
        => Assert.Equal(holder, LastSpeaker(paragraphs));

    // "said chairman and chief executive Tom Hale": the office is one of the titles of the person the
    // cue names, never the office's own words. (Who is meant, Tom Hale, is not read yet.)
    [Fact]
    public void AnOfficeAmongTheTitlesOfANameAtTheCue_IsNotTheOffice()
        => Assert.NotEqual("chairman", LastSpeaker(
            "Finance director Ann Cole said costs had risen sharply.",
            "\"It was a strong year for the whole group,\" said chairman and chief executive Tom Hale."));

    [Fact]
    public void SomeoneGivenNoRole_MayStillHoldTheOffice()
        => Assert.Equal("Anna Keller", LastSpeaker(
            "Anna Keller has run the town for six years.",
            "\"We cannot keep every toilet open,\" said the mayor."));

    [Theory]
    [InlineData("Councillor Tom Ridley (Labour) spoke against the closure.", "\"We closed ours years ago,\" said the mayor of Eastbury.")]
    [InlineData("Il consigliere di minoranza Paolo Neri ha criticato il progetto.", "«Noi lo abbiamo fatto due anni fa», ha detto il sindaco di Roccaverde.")]
    public void AnOfficeWithAComplement_IsNeitherTheOfficeNorTheCouncillor(params string[] paragraphs)
        => Assert.Null(LastSpeaker(paragraphs));

    [Fact]
    public void TwoHoldersOfTheOffice_MeanNoOne()
        => Assert.Null(LastSpeaker(
            "El alcalde Luis Gómez y el alcalde Pedro Sanz firmaron el convenio.",
            "La concejala Marta Ruiz criticó el acuerdo.",
            "«Es un buen acuerdo», dijo el alcalde."));
}
