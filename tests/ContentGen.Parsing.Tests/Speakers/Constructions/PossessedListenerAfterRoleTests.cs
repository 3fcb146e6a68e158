namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A cue's role, then a listener's preposition and a possessive, then a name set off after the
/// listener's noun: <c>said the chairman to his deputy, Ana Brill</c>, <c>a dit la maire à son
/// adjoint, Paul Vidal</c>, <c>sagte die Vorsitzende zu ihrem Stellvertreter, Ole Brandt</c>. The
/// name describes the one spoken to; the role before the preposition speaks, never the listener.
/// </summary>
public sealed class PossessedListenerAfterRoleTests
{
    [Theory]
    [InlineData("en", "\"We will not sell the hall,\" said the chairman to his deputy, Ana Brill.", "Ana Brill")]
    [InlineData("en", "\"We will not sell the hall,\" said the chairwoman to her deputy, Owen Marlow.", "Owen Marlow")]
    [InlineData("fr", "« Nous ne vendrons pas la salle », a dit la maire à son adjoint, Paul Vidal.", "Paul Vidal")]
    [InlineData("fr", "« Nous ne vendrons pas la salle », a glissé le président à sa collègue, Odile Marchal.", "Odile Marchal")]
    [InlineData("de", "„Wir verkaufen die Halle nicht“, sagte die Vorsitzende zu ihrem Stellvertreter, Ole Brandt.", "Ole Brandt")]
    [InlineData("de", "„Wir verkaufen die Halle nicht“, sagte der Bürgermeister zu seiner Kollegin, Dagmar Pfeil.", "Dagmar Pfeil")]
    [InlineData("es", "«No vamos a vender la sala», dijo el alcalde a su concejala, Marta Gil.", "Marta Gil")]
    [InlineData("es", "«No vamos a vender la sala», explicó la presidenta a sus compañeros, Pedro Lanza y Luis Mena.", "Pedro Lanza")]
    [InlineData("it", "«Non venderemo la sala», ha detto il sindaco al suo vice, Marco Neri.", "Marco Neri")]
    [InlineData("it", "«Non venderemo la sala», ha spiegato la presidente alla sua collega, Rodolfa Ghidini.", "Rodolfa Ghidini")]
    [InlineData("pt", "«Não vamos vender a sala», disse o presidente ao seu adjunto, Rui Lemos.", "Rui Lemos")]
    [InlineData("pt", "«Não vamos vender a sala», explicou a diretora à sua colega, Rodriga Fagundes.", "Rodriga Fagundes")]
    [InlineData("nl", "\"We verkopen de zaal niet\", zei de voorzitter tegen zijn collega, Bram Wolters.", "Bram Wolters")]
    [InlineData("nl", "\"We verkopen de zaal niet\", zei de burgemeester tegen haar wethouder, Onno Marsman.", "Onno Marsman")]
    public void ANameAfterThePossessedListener_IsNotTheSpeaker(string language, string paragraph, string listener)
        => Assert.NotEqual(listener, ConstructionProbe.LastSpeaker(language, paragraph));

    // The role's holder named before: the role at the cue is theirs, and they speak (before, the
    // listener did in every language). German gives no one here: a capitalised title with a
    // lower-case word after it ("die Vorsitzende zu …") is read as a name's opening that never comes.
    [Theory]
    [InlineData("en", "The market's chairman, Tom Vale, opened the meeting.", "\"We will not sell the hall,\" said the chairman to his deputy, Ana Brill.", "Tom Vale")]
    [InlineData("fr", "La maire, Claire Roux, a ouvert la séance.", "« Nous ne vendrons pas la salle », a dit la maire à son adjoint, Paul Vidal.", "Claire Roux")]
    [InlineData("es", "El alcalde, Luis Prado, abrió la sesión.", "«No vamos a vender la sala», dijo el alcalde a su concejala, Marta Gil.", "Luis Prado")]
    [InlineData("it", "Il sindaco, Luca Fabbri, ha aperto la seduta.", "«Non venderemo la sala», ha detto il sindaco al suo vice, Marco Neri.", "Luca Fabbri")]
    [InlineData("pt", "O presidente da câmara, Jorge Matos, abriu a sessão.", "«Não vamos vender a sala», disse o presidente ao seu adjunto, Rui Lemos.", "Jorge Matos")]
    [InlineData("nl", "De voorzitter, Kees Bakker, opende de vergadering.", "\"We verkopen de zaal niet\", zei de voorzitter tegen zijn collega, Bram Wolters.", "Kees Bakker")]
    public void TheRoleBeforeThePossessedListener_IsItsHolders(string language, string scene, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, scene, paragraph));

    // Guards: a possessive after a preposition that brings in no listener ("the head of his
    // department"), and an office's brief after a fused preposition with no possessive ("l'assessore
    // al turismo"): the name set off after them is the role's holder, as before.
    [Theory]
    [InlineData("en", "\"We will not sell the hall,\" said the head of his department, Ana Brill.", "Ana Brill")]
    [InlineData("fr", "« Nous ne vendrons pas la salle », a dit le directeur de son cabinet, Paul Vidal.", "Paul Vidal")]
    [InlineData("es", "«No vamos a vender la sala», dijo el jefe de su gabinete, Pedro Lanza.", "Pedro Lanza")]
    [InlineData("it", "«Non venderemo la sala», ha detto l'assessore al turismo, Marco Neri.", "Marco Neri")]
    [InlineData("fr", "« Nous ne vendrons pas la salle », a dit l'adjoint aux transports, Paul Vidal.", "Paul Vidal")]
    [InlineData("pt", "«Não vamos vender a sala», disse o chefe do seu gabinete, Rui Lemos.", "Rui Lemos")]
    [InlineData("nl", "\"We verkopen de zaal niet\", zei het hoofd van zijn kabinet, Bram Wolters.", "Bram Wolters")]
    [InlineData("de", "„Wir verkaufen die Halle nicht“, sagte der Leiter seines Büros, Ole Brandt.", "Ole Brandt")]
    public void ANameAfterARoleWithoutAListener_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
