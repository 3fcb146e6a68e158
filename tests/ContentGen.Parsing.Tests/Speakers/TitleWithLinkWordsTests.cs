using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A newspaper's or a work's name in marks, its capitalised words joined by lower-case articles,
/// prepositions or conjunctions ("Sul «Giornale della Riviera»", "En «El Diario de la Costa»"), is a
/// name that nobody says, not the words of the critic who wrote in it; the critic's own quoted words
/// stay theirs, and speech that begins with a capital is not taken for a name, nor German words
/// quoted, whose nouns are all capitalised ("„Sache der Polizei“").
/// </summary>
public sealed class TitleWithLinkWordsTests
{
    [Theory]
    [InlineData("La muestra abre", "En «El Diario de la Costa», la crítica Elena Ruiz escribió que la obra «respira como un animal».", "Elena Ruiz")]
    [InlineData("La mostra apre", "Sul «Giornale della Riviera», il critico Marco Rossi ha scritto che la mostra «non lascia indifferenti».", "Marco Rossi")]
    [InlineData("A exposição abre", "No «Jornal da Beira», a crítica Ana Lopes escreveu que o livro «pesa como uma pedra».", "Ana Lopes")]
    [InlineData("De expositie opent", "In ‘Het Dagblad van het Noorden’ schreef recensent Piet de Vries dat de plaat ‘nergens op lijkt’.", "Piet de Vries")]
    [InlineData("L'exposition ouvre", "Dans « La Voix du Nord », le critique Paul Morel a écrit que l'album « ne ressemble à rien d'autre ».", "Paul Morel")]
    public void NameInMarks_WithLinkWords_IsNobodys_AndTheCriticsWordsStayTheirs(string title, string paragraph, string critic)
        => Assert.Equal(new string?[] { null, critic }, QuoteSpeakers.Under(title, paragraph));

    [Theory]
    [InlineData("Die Schau öffnet", "In der „Zeitung von Berg und Tal“ lobte der Kritiker Uwe Lang die Schau.")]
    [InlineData("The show opens", "Critic John Reed praised the show in the \"Gazette of the North\" on Monday.")]
    [InlineData("La muestra abre", "La crítica Elena Ruiz elogió la obra en «El Diario de la Costa» el lunes.")]
    public void NameInMarks_WithLinkWords_BesideACritic_IsNobodys(string title, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(title, paragraph));

    [Theory]
    [InlineData("La muestra abre", "«Vuelva usted mañana», dijo Elena Ruiz al cerrar la sala.", "Elena Ruiz")]
    [InlineData("L'exposition ouvre", "« Merci à tous », a lancé Paul Morel en ouvrant la soirée.", "Paul Morel")]
    [InlineData("De expositie opent", "‘Kom maar binnen’, zei Piet de Vries bij de deur.", "Piet de Vries")]
    public void SpeechStartingWithACapital_IsNotAName(string title, string paragraph, string? speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(title, paragraph));

    // German capitalises its nouns: a phrase of nouns and articles quoted in a German article is no name.
    [Theory]
    [InlineData("Kreisbrandmeister Paul Weber sagte, der Brand sei im Keller entstanden, alles Weitere sei „Sache der Polizei“.")]
    [InlineData("Zur Ursache sagte Kreisbrandmeister Paul Weber nur, alles Weitere sei „Sache der Polizei und der Gutachter“.")]
    public void GermanNounsAndArticles_AreNoName(string paragraph)
        => Assert.Equal("Paul Weber", ConstructionProbe.LastSpeaker("de", paragraph));
}
