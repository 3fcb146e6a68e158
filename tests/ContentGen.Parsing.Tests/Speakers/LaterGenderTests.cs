namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A title the article writes only after a pronoun ("Ms Brodie" below "he said") still shows that
/// person's gender: the pronoun of the other gender never reaches them, in any language. The title
/// read ahead only excludes; a pronoun of the same gender still reaches the person.
/// </summary>
public sealed class LaterGenderTests
{
    [Fact]
    public void AHe_NeverReachesAWomanTitledLater_English()
    {
        var speakers = QuoteSpeakers.Under(
            "Harbour plan splits town",
            "\"We will fight this all the way,\" said Ailsa Brodie, who leads the residents' group.",
            "A spokesman for the port said the work would begin in spring. \"The quay is crumbling and must be rebuilt,\" he said.",
            "Ms Brodie said a petition had already been signed by hundreds.");
        Assert.Equal("Ailsa Brodie", speakers[0]);
        Assert.NotEqual("Ailsa Brodie", speakers[1]);
    }

    [Fact]
    public void AShe_NeverReachesAManTitledLater_English()
    {
        var speakers = QuoteSpeakers.Under(
            "Mill closure angers workers",
            "\"Nobody asked us before the decision,\" said Owen Pryce, a shift leader at the mill.",
            "A lawyer for the owners said the site had lost money for years. \"There was no other way,\" she said.",
            "Mr Pryce said the workers would meet on Friday.");
        Assert.Equal("Owen Pryce", speakers[0]);
        Assert.NotEqual("Owen Pryce", speakers[1]);
    }

    [Fact]
    public void UnIl_NeRejointJamaisUneFemmeTitreePlusLoin_French()
    {
        var speakers = QuoteSpeakers.Under(
            "Le marché couvert menacé",
            "« Nous ne laisserons pas fermer ce marché », a déclaré Claire Vidal, qui préside l'association des commerçants.",
            "« La charpente est trop abîmée », a-t-il ajouté.",
            "Mme Vidal a annoncé une réunion publique jeudi prochain.");
        Assert.Equal("Claire Vidal", speakers[0]);
        Assert.NotEqual("Claire Vidal", speakers[1]);
    }

    [Fact]
    public void EinEr_ErreichtNieEineSpaeterBetitelteFrau_German()
    {
        var speakers = QuoteSpeakers.Under(
            "Streit um das Hallenbad",
            "„Wir lassen uns das Bad nicht nehmen“, sagte Petra Lenz, die den Förderverein leitet.",
            "„Das Dach ist nicht mehr zu retten“, sagte er.",
            "Frau Lenz kündigte eine Unterschriftensammlung an.");
        Assert.Equal("Petra Lenz", speakers[0]);
        Assert.NotEqual("Petra Lenz", speakers[1]);
    }

    [Fact]
    public void UnEl_NuncaLlegaAUnaMujerTituladaDespues_Spanish()
    {
        var speakers = QuoteSpeakers.Under(
            "Cierre del mercado",
            "«No vamos a permitir que cierren el mercado», dijo Lucía Ferrer, que preside la asociación de comerciantes.",
            "«El tejado ya no se puede salvar», añadió él.",
            "La señora Ferrer anunció una reunión el jueves.");
        Assert.Equal("Lucía Ferrer", speakers[0]);
        Assert.NotEqual("Lucía Ferrer", speakers[1]);
    }

    [Fact]
    public void ATitleOfThePronounsOwnGender_StillLetsItReachThePerson()
        => Assert.Equal(new[] { "Rob Kerr", "Rob Kerr" }, QuoteSpeakers.Under(
            "Ferry timetable cut",
            "\"This will hurt the island,\" said Rob Kerr, who runs the pier cafe.",
            "\"People will simply stop coming over for the day,\" he said.",
            "Mr Kerr said he would write to the operator."));
}
