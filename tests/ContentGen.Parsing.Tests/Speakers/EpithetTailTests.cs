namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An epithet at a closing cue may carry the words a reporter hangs on it before the full stop: an
/// adjective ("dijo el ingeniero municipal"), an age (", de 54 años", ", 41 anni"), a phrase of where,
/// when or to whom it was said ("ai giornalisti", "devant les lecteurs") and a last comma before lower-case
/// words ("visivelmente comovido"). The epithet means whom it meant before a full stop. A complement that
/// may name someone else ("el ingeniero de la constructora") or a name after the comma leaves it unread.
/// </summary>
public sealed class EpithetTailTests
{
    [Theory]
    [InlineData("es", "El ganadero Julián Pardo perdió doce ovejas la semana pasada. «El lobo ya no tiene miedo», lamentó el ganadero leonés.", "Julián Pardo")]
    [InlineData("es", "El ganadero Julián Pardo perdió doce ovejas la semana pasada. «El lobo ya no tiene miedo», lamentó el ganadero, de 54 años.", "Julián Pardo")]
    [InlineData("es", "El ganadero Julián Pardo perdió doce ovejas la semana pasada. «El lobo ya no tiene miedo», lamentó el ganadero ante los periodistas.", "Julián Pardo")]
    [InlineData("it", "L'ingegnere Marco Villa ha presentato il progetto in consiglio. «Il ponte regge altri cento anni», ha assicurato l'ingegnere bresciano.", "Marco Villa")]
    [InlineData("it", "La veterinaria Anna Conti ha visitato la stalla. «Le mucche stanno bene», ha spiegato la veterinaria, 41 anni.", "Anna Conti")]
    [InlineData("it", "L'agricoltore Piero Galli ha perso metà del raccolto. «Non è mai successo», ha raccontato l'agricoltore ai giornalisti.", "Piero Galli")]
    [InlineData("pt", "O engenheiro Rui Vilas apresentou o projeto na câmara. «A ponte aguenta mais cem anos», garantiu o engenheiro minhoto.", "Rui Vilas")]
    [InlineData("pt", "O escritor Luís Pena apresentou o livro na biblioteca. «É a história do meu avô», disse o escritor perante os leitores, visivelmente comovido.", "Luís Pena")]
    [InlineData("fr", "L'ingénieur Marc Villard a présenté le projet en conseil. « Le pont tiendra encore cent ans », a assuré l'ingénieur lyonnais.", "Marc Villard")]
    [InlineData("fr", "L'agriculteur Pierre Gallet a perdu la moitié de sa récolte. « Ce n'est jamais arrivé », a raconté l'agriculteur aux journalistes.", "Pierre Gallet")]
    public void AnEpithetWithATail_MeansThePersonJustNamed(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph)[^1]);

    // Guard: a complement's link after the noun may bring in someone else ("the builder's engineer"): no tail is read.
    [Fact]
    public void AComplementAfterTheNoun_LeavesTheEpithetUnread()
        => Assert.NotEqual("Marcos Vila", QuoteSpeakers.Under("Noticia", LanguageLeads.Spanish,
            "El ingeniero Marcos Vila presentó el proyecto. «El puente aguanta», dijo el ingeniero de la constructora.")[^1]);

    // Guard: a name after the comma is the epithet's holder, not the person named before.
    [Fact]
    public void ANameAfterTheComma_IsTheHolder()
        => Assert.Equal("Lucía Pardo", QuoteSpeakers.Under("Noticia", LanguageLeads.Spanish,
            "La veterinaria Ana Conde visitó la granja. «Los animales están bien», explicó la veterinaria, Lucía Pardo.")[^1]);

    // Guard: a tail that does not reach the sentence's end (a colon and a second quote) is no tail.
    [Fact]
    public void ATailRunningIntoAColon_LeavesTheEpithetUnread()
        => Assert.NotEqual("Julián Pardo", QuoteSpeakers.Under("Noticia", LanguageLeads.Spanish,
            "El ganadero Julián Pardo perdió doce ovejas. «El lobo ya no tiene miedo», lamentó el ganadero ante el alcalde Luis Gómez: «Y usted lo sabe».")[0]);
}
