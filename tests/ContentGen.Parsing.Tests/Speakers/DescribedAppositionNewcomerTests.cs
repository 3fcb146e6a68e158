namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A person brought in by a first name alone after a copula, set off with an apposition whose noun
/// for a person follows a describing word ("Custódia, antiga colega", "Concetta, vecchia collega"),
/// is the newcomer whom the next quote with no cue means, not the critic quoted before. An
/// apposition with no noun for a person leaves the speaker before as it was.
/// </summary>
public sealed class DescribedAppositionNewcomerTests
{
    [Theory]
    [InlineData("O livro da poeta", "O crítico Nuno Farinha elogiou o livro. «É o melhor do ano», disse.", "Na primeira fila estava Custódia, antiga colega das salinas. «Lembro-me dela a escrever», contou.", "Nuno Farinha", "Custódia")]
    [InlineData("O livro da poeta", "O crítico Nuno Farinha elogiou o livro. «É o melhor do ano», disse.", "Na primeira fila estava Custódia, uma antiga colega das salinas. «Lembro-me dela a escrever», contou.", "Nuno Farinha", "Custódia")]
    [InlineData("El libro de la poeta", "El crítico Nuño Farías elogió el libro. «Es el mejor del año», dijo.", "En la primera fila estaba Custodia, vieja compañera de las salinas. «Me acuerdo de ella escribiendo», contó.", "Nuño Farías", "Custodia")]
    [InlineData("Il libro della poetessa", "Il critico Nino Farina ha lodato il libro. «È il migliore dell'anno», ha detto.", "In prima fila c'era Concetta, vecchia collega delle saline. «Mi ricordo di lei che scriveva», ha raccontato.", "Nino Farina", "Concetta")]
    [InlineData("Le livre de la poétesse", "Le critique Noël Farin a salué le livre. « C'est le meilleur de l'année », a-t-il dit.", "Au premier rang était Colette, ancienne collègue des salines. « Je me souviens d'elle », raconte-t-elle.", "Noël Farin", "Colette")]
    public void FirstNameAfterACopula_WithADescribedPersonNoun_IsTheNextQuotesSpeaker(string title, string before, string paragraph, string critic, string newcomer)
        => Assert.Equal(new string?[] { critic, newcomer }, QuoteSpeakers.Under(title, before, paragraph));

    [Theory]
    [InlineData("O livro da poeta", "O crítico Nuno Farinha elogiou o livro. «É o melhor do ano», disse.", "No fim da sala estava Lisboa, velha capital dos livros. «Há anos que não lia assim», acrescentou.", "Nuno Farinha", "Nuno Farinha")]
    [InlineData("Il libro della poetessa", "Il critico Nino Farina ha lodato il libro. «È il migliore dell'anno», ha detto.", "In fondo alla sala c'era Concetta, molto stanca del viaggio. «Non leggevo così da anni», ha aggiunto.", "Nino Farina", "Nino Farina")]
    public void ApposedWordsWithoutAPersonNoun_LeaveTheSpeakerBefore(string title, string before, string paragraph, string critic, string next)
        => Assert.Equal(new string?[] { critic, next }, QuoteSpeakers.Under(title, before, paragraph));
}
