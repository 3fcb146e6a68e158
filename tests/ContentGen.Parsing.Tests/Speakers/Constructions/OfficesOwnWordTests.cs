namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A role set off after its holder, whose complement names the office with one capitalised word
/// before a link and a lower-case word (<c>X, dirigente del servizio Difesa del suolo</c>,
/// <c>X, jefa del servicio Montes del distrito</c>): the capitalised word is the office's, not the
/// role's holder, so the role later at a cue means the person set off before it.
/// </summary>
public sealed class OfficesOwnWordTests
{
    [Theory]
    [InlineData("it", "«Monitoreremo la frana», ha spiegato Federica Zanardo, dirigente del servizio Difesa del suolo. || «Attiveremo i sensori», ha spiegato la dirigente.", "Federica Zanardo")]
    [InlineData("es", "«Cerraremos el camino», explicó Marta Ruiz, jefa del servicio Montes del distrito. || «Es una obra necesaria», añadió la jefa.", "Marta Ruiz")]
    [InlineData("pt", "«Vamos fechar a estrada», explicou Rita Sousa, diretora do serviço Florestas do distrito. || «É uma obra necessária», acrescentou a diretora.", "Rita Sousa")]
    public void TheOfficesCapitalisedWord_IsNotTheRolesHolder(string language, string paragraphs, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));

    // Stops: a name right after the role, and a name of two words after its complement, hold the role.
    // Each row has a link and a lower-case word after the name, so only its stop keeps the name
    // from being read as the office's own word.
    [Theory]
    [InlineData("it", "Il sindaco Sguazzin del comune ha visitato la frana. || «Serve una variante», ha detto il sindaco.", "Sguazzin")]
    [InlineData("it", "Il dirigente del servizio Mario Rossi del comune ha visitato la frana. || «Serve una variante», ha detto il dirigente.", "Mario Rossi")]
    [InlineData("it", "Il sindaco Sguazzin ha visitato la frana. || «Serve una variante», ha detto il sindaco.", "Sguazzin")]
    [InlineData("it", "Il ministro dell'Interno Paolo Brambilla ha visitato la frana. || «Serve una variante», ha detto il ministro.", "Paolo Brambilla")]
    public void ANameHoldingTheRole_StillSpeaks(string language, string paragraphs, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));
}
