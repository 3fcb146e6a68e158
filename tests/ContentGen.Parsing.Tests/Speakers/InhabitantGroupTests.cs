namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Those who live on an island or in a village speak as a group, as neighbours do (<c>Los isleños
/// aseguran que …</c>, <c>Os ilhéus dizem que …</c>, <c>Gli isolani dicono che …</c>, <c>Les
/// insulaires affirment que …</c>), given by their noun as English "Islanders say …" is.
/// </summary>
public sealed class InhabitantGroupTests
{
    [Theory]
    [InlineData("El ferri", "El ferri de la isla de Moraga cambiará su horario en octubre. Los isleños aseguran que el horario ya es «una lotería» en invierno.", "isleños")]
    [InlineData("O barco", "O barco da ilha de Corvelo muda de horário em outubro. Os ilhéus dizem que o horário já é “uma lotaria” no inverno.", "ilhéus")]
    [InlineData("Il traghetto", "Il traghetto per l'isola di Morena cambierà orario a ottobre. Gli isolani dicono che l'orario è già «una lotteria» d'inverno.", "isolani")]
    [InlineData("Le bac", "Le bac de l'île de Morvan changera d'horaires en octobre. Les insulaires affirment que l'horaire est déjà « une loterie » l'hiver.", "insulaires")]
    public void InhabitantsAsASubject_SpeakAsAGroup(string headline, string paragraph, string group)
        => Assert.Equal(new[] { group }, QuoteSpeakers.Under(headline, paragraph));

    // The inhabitants met as an object are listeners, not the speaker.
    [Fact]
    public void InhabitantsAsAnObject_DoNotSpeak()
        => Assert.Equal(
            new[] { "Luis Gil" },
            QuoteSpeakers.Under("El ferri", "El alcalde Luis Gil se reunió el lunes con los isleños en el puerto. Aseguró que el horario es «una lotería» en invierno."));
}
