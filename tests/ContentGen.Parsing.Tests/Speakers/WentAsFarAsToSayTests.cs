namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A verb that says how far or how often someone went, before a reporting infinitive, reports as the
/// infinitive would: "llegó a decir", "volvió a insistir", "è arrivato a dire", "chegou a dizer",
/// "est allé jusqu'à dire". Before an infinitive that reports nothing it reports nothing.
/// </summary>
public sealed class WentAsFarAsToSayTests
{
    [Fact]
    public void WentAsFarAsToSay_DroppedSubject_Spanish()
        => Assert.Equal(
            new string?[] { "Ignacio Berrocal", "Ignacio Berrocal" },
            QuoteSpeakers.Under(
                "Juicio al exalcalde",
                "El abogado de la familia, Ignacio Berrocal, pidió la absolución y habló de «un error administrativo».",
                "«Si esto es delito, medio pueblo tendría que estar aquí sentado», llegó a decir en su informe final."));

    [Fact]
    public void SaidAgain_InvertedSubject_Spanish()
        => Assert.Equal(
            new string?[] { "Tomás Ugarte" },
            QuoteSpeakers.Under(
                "El alcalde no dimite",
                "«No pienso dimitir por una campaña de bulos», volvió a repetir ayer el alcalde, Tomás Ugarte."));

    [Fact]
    public void WentAsFarAsToSay_InvertedSubject_Italian()
        => Assert.Equal(
            new string?[] { "Marco Ferri" },
            QuoteSpeakers.Under(
                "Processo all'ex sindaco",
                "«Se questo è un reato, mezzo paese dovrebbe sedere su quel banco», è arrivato a dire l'avvocato Marco Ferri."));

    [Fact]
    public void WentAsFarAsToSay_InvertedSubject_Portuguese()
        => Assert.Equal(
            new string?[] { "Rui Matos" },
            QuoteSpeakers.Under(
                "Julgamento do antigo autarca",
                "«Se isto é crime, metade da vila devia estar sentada neste banco», chegou a dizer o advogado Rui Matos."));

    [Fact]
    public void WentAsFarAsToSay_InvertedSubject_French()
        => Assert.Equal(
            new string?[] { "Marc Petit" },
            QuoteSpeakers.Under(
                "Procès de l'ancien maire",
                "« Si c'est un délit, la moitié du village devrait être sur ce banc », est allé jusqu'à dire l'avocat Marc Petit."));

    [Fact]
    public void BeforeAnInfinitiveThatReportsNothing_ReportsNothing_Spanish()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "El bar de la plaza cierra",
                "El cartel de «cerrado por jubilación» volvió a colgar ayer en la puerta del bar de la plaza."));
}
