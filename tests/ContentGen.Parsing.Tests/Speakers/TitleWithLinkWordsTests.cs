using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A newspaper's or a work's name in marks, its capitalised words joined by lower-case articles,
/// prepositions or conjunctions ("Sul «Giornale della Riviera»", "En «El Diario de la Costa»"), is a
/// name that nobody says, not the words of the critic who wrote in it; the critic's own quoted words
/// stay theirs, and speech that begins with a capital is not taken for a name, nor short speech
/// capitalised at both ends where no preposition or title noun governs it ("«Grazie a Dio e ai
/// Vigili del Fuoco», ha detto …"), nor German words quoted, whose nouns are all capitalised
/// ("„Sache der Polizei“").
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
    // Thanks and greetings to a name, capitalised at both ends with link words between, open their
    // sentence before the cue: no preposition or title noun governs them, so they are speech.
    [InlineData("The fair opens", "\"Thank God and the Fire Brigade\", said Jane Holt at the gate.", "Jane Holt")]
    [InlineData("The fair opens", "\"Welcome to Hollinsby\", the mayor, Jane Holt, said at the gate.", "Jane Holt")]
    [InlineData("La fête ouvre", "« Bienvenue à Rochemont », a lancé Paul Morel en ouvrant la fête.", "Paul Morel")]
    [InlineData("La fête ouvre", "« Merci à Dieu et aux Pompiers », a déclaré Claire Morel devant la mairie.", "Claire Morel")]
    [InlineData("La fiesta abre", "«Gracias a Dios y a los Bomberos», dijo la alcaldesa Elena Ruiz.", "Elena Ruiz")]
    [InlineData("La fiesta abre", "«Bienvenidos a Tormesina», dijo Elena Ruiz al abrir la feria.", "Elena Ruiz")]
    [InlineData("La festa apre", "«Grazie a Dio e ai Vigili del Fuoco», ha detto la sindaca Laura Conti.", "Laura Conti")]
    [InlineData("La festa apre", "«Benvenuti a Rocca di Sopra», ha detto il sindaco Marco Rossi.", "Marco Rossi")]
    [InlineData("A festa abre", "«Graças a Deus e aos Bombeiros», disse a prefeita Ana Lopes.", "Ana Lopes")]
    [InlineData("A festa abre", "«Bem-vindos a Vila do Conde», disse Ana Lopes ao abrir a feira.", "Ana Lopes")]
    [InlineData("Het feest begint", "‘Welkom in Zandvoort’, zei burgemeester Piet de Vries bij de poort.", "Piet de Vries")]
    [InlineData("Het feest begint", "‘Dank aan God en de Brandweer’, zei Piet de Vries na afloop.", "Piet de Vries")]
    [InlineData("Das Fest beginnt", "„Danke an Gott und die Feuerwehr“, sagte Bürgermeisterin Anna Kolb.", "Anna Kolb")]
    public void SpeechStartingWithACapital_IsNotAName(string title, string paragraph, string? speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(title, paragraph));

    // German capitalises its nouns: a phrase of nouns and articles quoted in a German article is no name.
    [Theory]
    [InlineData("Kreisbrandmeister Paul Weber sagte, der Brand sei im Keller entstanden, alles Weitere sei „Sache der Polizei“.")]
    [InlineData("Zur Ursache sagte Kreisbrandmeister Paul Weber nur, alles Weitere sei „Sache der Polizei und der Gutachter“.")]
    public void GermanNounsAndArticles_AreNoName(string paragraph)
        => Assert.Equal("Paul Weber", ConstructionProbe.LastSpeaker("de", paragraph));
}
