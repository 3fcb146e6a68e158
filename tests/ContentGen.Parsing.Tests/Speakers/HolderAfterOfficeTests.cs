namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// After an opening phrase and its comma, a role with its office in a few words and its holder
/// set off by commas ("El lunes, el portavoz de la oposición, Raúl Ortega, se mostró crítico")
/// is the sentence's subject, whom a later dropped subject or pronoun means, as it is when the
/// sentence opens with the role. A list of names after the role, or a name that goes on past the
/// comma, is no holder.
/// </summary>
public sealed class HolderAfterOfficeTests
{
    private const string Headline = "El ayuntamiento cierra dos bibliotecas";
    private const string Earlier = "Su presidente, Andrés Molina, recordó que la biblioteca es «el único lugar tranquilo» del barrio.";

    [Theory]
    [InlineData("El lunes, el portavoz de la oposición, Raúl Ortega, se mostró muy crítico. «El gobierno recorta donde menos se nota», dijo.")]
    [InlineData("El lunes, el concejal de Hacienda, Raúl Ortega, se mostró muy crítico. «El gobierno recorta donde menos se nota», dijo.")]
    public void TheHolderAfterTheOffice_IsTheSentencesSubject(string paragraph)
        => Assert.Equal(new[] { "Andrés Molina", "Raúl Ortega" }, QuoteSpeakers.Under(Headline, LanguageLeads.Spanish, Earlier, paragraph));

    [Fact]
    public void TheHolderAfterTheOffice_IsTheSentencesSubject_InFrench()
        => Assert.Equal(
            new[] { "Paul Girard", "Marc Lenoir" },
            QuoteSpeakers.Under(
                "Le port ferme l'hiver",
                LanguageLeads.French,
                "« Le quai rouvrira en mai », a assuré Paul Girard.",
                "Lundi, le porte-parole de l'opposition, Marc Lenoir, s'est montré très critique. « Le port meurt », a-t-il lancé."));

    // Guards: two people after the role, or a verb that is a coordinator's, name no holder.
    [Fact]
    public void AListAfterTheRole_NamesNoHolder()
    {
        var speakers = QuoteSpeakers.Under(
            Headline,
            LanguageLeads.Spanish,
            Earlier,
            "El lunes, el portavoz de la oposición, Raúl Ortega, y la concejala Ana Gil visitaron la biblioteca. «El gobierno recorta donde menos se nota», dijo.");
        Assert.Equal("Andrés Molina", speakers[^1]);
    }

    // Review guards: a verb after the role makes the name after the comma its object.
    [Theory]
    [InlineData("«Las obras van bien», aseguró el alcalde, Andrés Molina.", "Ayer, el alcalde felicitó a su concejal, Raúl Ortega, por el acuerdo. «Es un gran día», dijo.")]
    [InlineData(Earlier, "El lunes, el presidente recibió al concejal de Hacienda, Raúl Ortega, en su despacho. «Hay que ahorrar», dijo.")]
    public void AVerbAfterTheRole_MakesTheNameItsObject(string first, string second)
        => Assert.Equal(new[] { "Andrés Molina", "Andrés Molina" }, QuoteSpeakers.Under(Headline, LanguageLeads.Spanish, first, second));

    [Fact]
    public void AVerbAfterTheRole_MakesTheNameItsObject_InFrench()
        => Assert.Equal(
            new[] { "Paul Girard", "Paul Girard" },
            QuoteSpeakers.Under(
                "Le port ferme l'hiver",
                LanguageLeads.French,
                "« Le quai rouvrira en mai », a assuré le maire, Paul Girard.",
                "Lundi, le maire a reçu le président du club, Marc Lenoir. Ensuite, le maire a salué son adjoint, Marc Lenoir, devant la presse. « Nous avancerons ensemble », a-t-il déclaré."));
}
