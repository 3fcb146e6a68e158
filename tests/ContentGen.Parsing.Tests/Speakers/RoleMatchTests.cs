using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role noun as a speaker ("a défendu le ministre", "the minister said") means the person the
/// article gave that role, however far back and whoever was named since: "Le ministre de
/// l'Intérieur Jean Dupont", "Paul Girard, maire de Lorient,", "Home Office minister Jane
/// Roe". When several people hold the role, it means the most salient only if that person
/// is one of them, and no one otherwise.
/// </summary>
public sealed class RoleMatchTests
{
    [Fact]
    public void TheMinister_IsWhomTheArticleMadeMinister_PastAnotherPerson()
        => Assert.Equal("Jean Dupont", QuoteSpeakers.Under(
            "Rétention : le gouvernement veut changer la loi",
            "Le ministre de l'Intérieur Jean Dupont a annoncé mardi un nouveau texte sur la rétention.",
            "Le texte doit être présenté au printemps devant le Parlement.",
            "La sénatrice Claire Martin a critiqué ce projet devant la presse.",
            "Les associations attendent encore des précisions sur le calendrier.",
            "Les familles « n'ont rien à craindre de ce nouveau texte », a défendu le ministre.")[0]);

    [Fact]
    public void TheMayor_IsWhomAnAppositiveMadeMayor()
        => Assert.Equal("Paul Girard", QuoteSpeakers.Under(
            "Lorient : le port rouvre ses quais",
            "Paul Girard, maire de Lorient, a inauguré lundi les nouveaux quais du port.",
            "Le chantier a duré deux ans et coûté douze millions d'euros.",
            "La députée Anne Roux a salué un projet attendu par les pêcheurs.",
            "« Nous avons tenu les délais malgré les intempéries », a ajouté le maire.")[0]);

    [Fact]
    public void TheMinister_InEnglish_IsTheMinisterNamedBefore()
        => Assert.Equal("Jane Roe", QuoteSpeakers.Under(
            "Night bus plan for shift workers",
            "Home Office minister Jane Roe announced the scheme on Monday.",
            "Shadow home secretary Tom Vale called it a stunt.",
            "\"It will get nurses home safely after late shifts,\" the minister said.")[0]);

    [Fact]
    public void TwoMinisters_AndAnotherPersonMoreSalient_GiveNoOne()
        => Assert.Null(QuoteSpeakers.Under(
            "Rétention : le gouvernement veut changer la loi",
            "Le ministre de l'Intérieur Jean Dupont et le ministre du Travail Paul Roux ont présenté mardi un nouveau texte.",
            "La sénatrice Claire Martin a critiqué ce projet devant la presse.",
            "« Ce texte est équilibré », a défendu le ministre.")[0]);

    [Fact]
    public void ARoleNobodyWasGiven_StillPointsBack()
        => Assert.Equal("Claire Martin", QuoteSpeakers.Under(
            "Rétention : le gouvernement veut changer la loi",
            "Le ministre de l'Intérieur Jean Dupont a annoncé mardi un nouveau texte.",
            "La sénatrice Claire Martin a critiqué ce projet devant la presse.",
            "« Ce texte est une faute », a insisté l'élue.")[0]);
}
