namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An according-to phrase whose holder is a pronoun in its object form: "According to her, the
/// bridge is "…"", "De brug is volgens hem ‘…’", "Ihm zufolge ist die Brücke „…“" give the person
/// the pronoun means, as "selon lui" and "según él" do (AccordingTo.ObjectPronounView.cs). A
/// possessive of the same form ("volgens haar moeder", "according to her lawyer") gives no one.
/// </summary>
public sealed class ObjectPronounViewTests
{
    [Theory]
    [InlineData("Councillor Jane Roe visited the bridge on Monday. According to her, the structure is \"beyond repair\".", "Jane Roe")]
    [InlineData("Councillor John Roe visited the bridge on Monday. The structure is, according to him, \"beyond repair\".", "John Roe")]
    public void EnglishObjectPronounView_IsThePersonMeant(string text, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Bridge", LanguageLeads.For("en") + " " + text));

    [Theory]
    [InlineData("Wethouder Jan de Wit sprak maandag met bewoners. De brug is volgens hem ‘versleten’.", "Jan de Wit")]
    [InlineData("Wethouder Anna de Wit sprak maandag met bewoners. Volgens haar is de brug ‘versleten’.", "Anna de Wit")]
    public void DutchObjectPronounView_IsThePersonMeant(string text, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Ruzie over de brug", LanguageLeads.Dutch + " " + text));

    [Theory]
    [InlineData("Bürgermeister Paul Kern sprach mit den Anwohnern. Ihm zufolge ist die Brücke „völlig marode“.", "Paul Kern")]
    [InlineData("Bürgermeister Paul Kern sprach mit den Anwohnern. Laut ihm ist die Brücke „völlig marode“.", "Paul Kern")]
    public void GermanObjectPronounView_IsThePersonMeant(string text, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Streit um die Brücke", LanguageLeads.German + " " + text));

    // Guards: the same form as a possessive before the holder's noun.
    [Theory]
    [InlineData("en", "Councillor Jane Roe visited the bridge on Monday. According to her lawyer, the structure is \"beyond repair\".")]
    [InlineData("nl", "Wethouder Anna de Wit sprak maandag met bewoners. Volgens haar moeder is de brug ‘versleten’.")]
    public void PossessiveOfTheSameForm_IsNoOnes(string language, string text)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Bridge", LanguageLeads.For(language) + " " + text));
}
