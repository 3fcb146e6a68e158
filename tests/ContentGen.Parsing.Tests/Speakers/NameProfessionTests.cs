namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A profession or a clerical or academic title written before a full name ("Vet Ann Lowe", "Pfarrer Jan
/// Roth", "Dominee Piet Smit") is the person's role, not part of the name (SpeechWords.NameProfessions):
/// opening a sentence, it gave a name of three words, which the surname alone later did not find again.
/// </summary>
public sealed class NameProfessionTests
{
    [Theory]
    [InlineData("Clinic closes", "Vet Ann Lowe, who runs the surgery, said the clinic was \"out of money\".", "Ann Lowe")]
    [InlineData("Clinic closes", "Lecturer Tom Hale said the course was \"cut in half\".", "Tom Hale")]
    [InlineData("Clinic closes", "Priest Ruth Dane called the closure \"a loss for everyone\".", "Ruth Dane")]
    [InlineData("Praxis schließt", "Pfarrer Jan Roth sprach von einem „schweren Tag für das Dorf“.", "Jan Roth")]
    [InlineData("Praxis schließt", "Dozentin Eva Kern nannte den Plan „überhastet“.", "Eva Kern")]
    [InlineData("Praxis schließt", "Stadtpfarrer Ulrich Saal sprach von einem „schweren Tag“.", "Ulrich Saal")]
    [InlineData("Praktijk dicht", "Dominee Piet Smit sprak van een „zware dag voor het dorp”.", "Piet Smit")]
    [InlineData("Praktijk dicht", "Pastoor Kees Dekker noemde het besluit „onbegrijpelijk”.", "Kees Dekker")]
    [InlineData("Le cabinet ferme", "Abbé Paul Roux a parlé d’une « journée noire pour le village ».", "Paul Roux")]
    [InlineData("Cierra la clínica", "Obispo Carlos Mena habló de un «día triste para el pueblo».", "Carlos Mena")]
    [InlineData("Chiude la clinica", "Vescovo Luca Tosi ha parlato di un «giorno triste per il paese».", "Luca Tosi")]
    [InlineData("Fecha a clínica", "Arcebispo Rui Costa falou de um «dia triste para a aldeia».", "Rui Costa")]
    public void AProfessionOpeningASentence_IsTheRoleOfTheNameAfterIt(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[0]);

    // The surname alone, later on, finds the full name the profession stood before.
    [Theory]
    [InlineData("Clinic closes", "Vet Ann Lowe, who runs the surgery, spoke to the court on Monday.", "\"It was out of money,\" Ms Lowe replied.", "Ann Lowe")]
    [InlineData("Praxis schließt", "Pfarrer Jan Roth feierte am Sonntag die Messe.", "„Es ist ein schwerer Tag“, sagte Roth.", "Jan Roth")]
    [InlineData("Praktijk dicht", "Predikant Henk Baas ging zondag voor in de kerk.", "„Het is een zware dag”, zei Baas.", "Henk Baas")]
    public void TheSurnameLater_FindsTheNameWithoutItsProfession(string headline, string first, string second, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, first, second)[0]);

    // Stop: a word of the list that is no first name may still end a name; the run's last word is kept.
    [Theory]
    [InlineData("Le cabinet ferme", "Marc Pasteur a parlé d’une « journée noire pour le village ».", "Marc Pasteur")]
    [InlineData("Clinic closes", "Jane Priest said the clinic was \"out of money\".", "Jane Priest")]
    public void AListedWordEndingTheName_StaysTheSurname(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[0]);

    // Stop: a listed word that is a common surname ("Kaplan", "Pasteur"), said alone later, is that
    // surname and finds the full name, not a profession with no name after it.
    [Theory]
    [InlineData("Praxis schließt", "Anna Kaplan leitet die Praxis seit zehn Jahren.", "„Es ist ein schwerer Tag“, sagte Kaplan.", "Anna Kaplan")]
    [InlineData("Le cabinet ferme", "Louis Pasteur dirige le cabinet depuis dix ans.", "« C’est une journée noire », a dit Pasteur.", "Louis Pasteur")]
    [InlineData("Clinic closes", "Jane Priest has run the surgery for ten years.", "\"It was out of money,\" said Priest.", "Jane Priest")]
    public void AListedWordAsTheSurnameAloneLater_FindsTheFullName(string headline, string first, string second, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, first, second)[0]);

    // Stop: a first name that is also a church's office ("Dean") is no profession, and stays out of the list.
    [Fact]
    public void AFirstNameThatIsAlsoAnOffice_StaysTheFirstName()
        => Assert.Equal("Dean Cole", QuoteSpeakers.Under("Clinic closes", "Dean Cole said the clinic was \"out of money\".")[0]);
}
