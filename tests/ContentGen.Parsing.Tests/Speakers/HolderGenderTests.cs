namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A gendered role the article gives someone in apposition ("A prefeita de Serra Verde, Joana
/// Albuquerque,", the lexicons' FemaleTitles) shows her gender, so a later "disse ele" does not mean
/// her; before, only a title right before the name did.
/// </summary>
public sealed class HolderGenderTests
{
    [Fact]
    public void AHeAfterAWomanShownByHerOffice_IsNotHer()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Incêndio", LanguageLeads.Portuguese + " A prefeita de Serra Verde, Joana Albuquerque, decretou situação de emergência.", "“Há anos avisamos que a seca ia dar nisso”, disse ele."));

    // Guards: a role someone is only related to ("O marido da prefeita, Rui Pestana,") shows
    // nothing of his gender, nor does a title closed by a comma before a name.
    [Theory]
    [InlineData("O marido da prefeita, Rui Pestana, chegou cedo ao local.")]
    [InlineData("O filho da diretora, Rui Pestana, chegou cedo ao local.")]
    public void ARelativeOfTheHolder_IsNotShownAsOfHerGender(string paragraph)
        => Assert.Equal(new[] { "Rui Pestana" }, QuoteSpeakers.Under("Incêndio", LanguageLeads.Portuguese + " " + paragraph, "“Chegámos a tempo de salvar a casa”, disse ele."));

    // Guard: "ela" still means her.
    [Fact]
    public void ASheAfterAWomanShownByHerOffice_IsHer()
        => Assert.Equal(
            new[] { "Joana Albuquerque" },
            QuoteSpeakers.Under("Incêndio", LanguageLeads.Portuguese + " A prefeita de Serra Verde, Joana Albuquerque, decretou situação de emergência.", "“Há anos avisamos que a seca ia dar nisso”, disse ela."));
}
