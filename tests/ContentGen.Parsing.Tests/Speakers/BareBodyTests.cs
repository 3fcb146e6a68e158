using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body that speaks as one and that the article names by its bare noun alone ("la justice a
/// estimé que", "el gobierno aseguró que") is given by that noun, as a described body is; when
/// the article names an organisation of that noun, the noun means it, as before.
/// </summary>
public sealed class BareBodyTests
{
    [Fact]
    public void LaJustice_NamedByItsNounAlone_IsTheSpeaker()
        => Assert.Equal(
            new[] { "justice" },
            QuoteSpeakers.Under(
                "Le quai de Valmont rouvert",
                "Saisi par les pêcheurs, un juge a suspendu lundi l'arrêté municipal. "
                + "La justice a estimé que « la fermeture du quai n'est pas justifiée »."));

    [Fact]
    public void LeGouvernement_NamedByItsNounAlone_IsTheSpeaker()
        => Assert.Equal(
            new[] { "gouvernement" },
            QuoteSpeakers.Under(
                "Le port de Valmont attendra",
                "Les travaux du port de Valmont prennent du retard. Le gouvernement a annoncé mardi que « le chantier reprendra au printemps »."));

    [Fact]
    public void LeParquet_NamedByItsNounAlone_IsTheSpeaker()
        => Assert.Equal(
            new[] { "parquet" },
            QuoteSpeakers.Under(
                "Un marin de Valmont mis en examen",
                "Un marin a été mis en examen samedi. Le parquet a précisé que « l'enquête ne fait que commencer »."));

    [Fact]
    public void ElGobierno_NamedByItsNounAlone_IsTheSpeaker()
        => Assert.Equal(
            new[] { "gobierno" },
            QuoteSpeakers.Under(
                "El puerto de Valdeoro esperará",
                "Las obras del puerto de Valdeoro se retrasan. El gobierno aseguró el martes que «las obras se reanudarán en primavera»."));

    [Fact]
    public void TheNoun_StillMeansTheOrganisationNamedWithIt()
        => Assert.Equal(
            new[] { "Gouvernement de Valmontie" },
            QuoteSpeakers.Under(
                "Le port de Valmont attendra",
                "Le Gouvernement de Valmontie a réuni ses ministres lundi. "
                + "Le gouvernement a annoncé mardi que « le chantier reprendra au printemps »."));
}
