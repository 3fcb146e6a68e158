namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A Spanish, Portuguese, Italian or French report gives Dutch and German names with their particles
/// (<c>Joost van der Linden</c>, <c>Ursula von der Brück</c>), also when the name is set off by
/// commas after its office (<c>afirma el concejal de Sanidad, Joost van der Linden</c>). The
/// paragraphs are long enough for their language to be read: where it is not, "der" may be German's
/// article.
/// </summary>
public sealed class ForeignNameParticleTests
{
    private const string Es = "El centro de salud de la comarca cierra por las noches a partir del mes de marzo y los pacientes tendrán que ir hasta la ciudad. ";
    private const string Pt = "O centro de saúde da região fecha durante a noite a partir do mês de março e os doentes terão de ir até à cidade. ";
    private const string It = "Il centro di guardia medica della valle chiude di notte a partire dal mese di marzo e i pazienti dovranno andare fino in città. ";
    private const string Fr = "Le centre de santé de la vallée ferme la nuit à partir du mois de mars et les patients devront aller jusqu'à la ville. ";

    [Theory]
    [InlineData("Urgencias", Es + "«Es inaceptable», afirma el concejal de Sanidad, Joost van der Linden.", "Joost van der Linden")]
    [InlineData("Urgências", Pt + "“É inaceitável”, disse a vereadora da Saúde, Ursula von der Brück.", "Ursula von der Brück")]
    [InlineData("Urgenze", It + "«È inaccettabile», ha detto l'assessore alla Sanità, Joost van der Linden.", "Joost van der Linden")]
    [InlineData("Urgences", Fr + "« C'est inacceptable », a déclaré la présidente de l'association des patients, Ursula von der Brück.", "Ursula von der Brück")]
    public void ANameWithItsParticles_AfterItsOffice_IsReadWhole(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // An article after a particle opens a complement, not the rest of a name.
    [Fact]
    public void AParticleBeforeAnArticle_DoesNotJoinTheName()
        => Assert.NotEqual(
            new[] { "Jean Morel de la Mairie" },
            QuoteSpeakers.Under("Urgences", Fr + "« C'est inacceptable », a déclaré le président de l'association des patients, Jean Morel de la Mairie."));
}
