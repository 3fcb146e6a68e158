namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A role, then a title, then the holder's name after an inverted verb (<c>versicherte
/// Geschäftsführer Dr. X</c>, <c>verzekerde directeur dr. X</c>, <c>said chief executive Dr X</c>):
/// the name speaks, with its title left out.
/// </summary>
public sealed class TitleAfterRoleTests
{
    [Theory]
    [InlineData("en", "\"Closure is not on the table,\" said chief executive Dr Stefan Albers.", "Stefan Albers")]
    [InlineData("en", "\"We will appeal,\" added the club's chairman, Dr Helen Marsh.", "Helen Marsh")]
    [InlineData("en", "\"It was a hard winter,\" explained harbour master Captain Tom Wade.", "Tom Wade")]
    [InlineData("de", "„Eine Schließung kommt nicht in Frage“, versicherte Geschäftsführer Dr. Stefan Albers.", "Stefan Albers")]
    [InlineData("de", "„Wir legen Berufung ein“, sagte die Vorsitzende Dr. Helga Marx am Montag.", "Helga Marx")]
    [InlineData("de", "„Der Winter war hart“, erklärte Direktor Prof. Peter Kohl.", "Peter Kohl")]
    [InlineData("nl", "\"Sluiting is niet aan de orde\", verzekerde directeur dr. Stefan Albers.", "Stefan Albers")]
    [InlineData("nl", "\"We gaan in beroep\", zei voorzitter mr. Ellen Mars.", "Ellen Mars")]
    [InlineData("nl", "\"De winter was zwaar\", zei de directeur, dr. Peter Kool.", "Peter Kool")]
    [InlineData("fr", "« La fermeture n'est pas à l'ordre du jour », a assuré le directeur, le docteur Stéphane Albert.", "Stéphane Albert")]
    [InlineData("fr", "« Nous ferons appel », a ajouté la présidente, Me Hélène Marchal.", "Hélène Marchal")]
    [InlineData("fr", "« L'hiver a été dur », a expliqué le directeur de l'hôpital, le professeur Pierre Colin.", "Pierre Colin")]
    [InlineData("es", "«El cierre no está sobre la mesa», aseguró el director, el doctor Esteban Alba.", "Esteban Alba")]
    [InlineData("es", "«Vamos a recurrir», añadió la presidenta, la doctora Elena Marín.", "Elena Marín")]
    [InlineData("es", "«El invierno fue duro», explicó el gerente del hospital, el doctor Pedro Collado.", "Pedro Collado")]
    [InlineData("it", "«La chiusura non è in discussione», ha assicurato il direttore, il dottor Stefano Alberti.", "Stefano Alberti")]
    [InlineData("it", "«Faremo ricorso», ha aggiunto la presidente, l'avvocato Elena Martini.", "Elena Martini")]
    [InlineData("it", "«L'inverno è stato duro», ha spiegato il primario, il professor Pietro Colombo.", "Pietro Colombo")]
    [InlineData("pt", "«O encerramento não está em cima da mesa», garantiu o diretor, o doutor Estêvão Alves.", "Estêvão Alves")]
    [InlineData("pt", "«Vamos recorrer», acrescentou a presidente, a doutora Helena Martins.", "Helena Martins")]
    [InlineData("pt", "«O inverno foi duro», explicou o diretor do hospital, o professor Pedro Costa.", "Pedro Costa")]
    public void TheNameAfterARoleAndATitle_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a title with no name after it, or a second person joined after the name, give no one
    // from the appositive.
    [Theory]
    [InlineData("es", "«El cierre no está sobre la mesa», aseguró el director, el doctor de guardia.", null)]
    [InlineData("it", "«La chiusura non è in discussione», ha detto il direttore, il dottor Stefano Alberti e il sindaco Marco Neri.", null)]
    [InlineData("de", "„Eine Schließung kommt nicht in Frage“, versicherte der Direktor, Dr. Stefan Albers und Dr. Peter Kohl.", null)]
    public void ATitleWithNoOneNamed_GivesNoOne(string language, string paragraph, string? speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
