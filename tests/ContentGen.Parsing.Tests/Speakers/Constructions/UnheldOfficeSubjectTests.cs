namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A sentence with no quote whose subject is a town's or a meeting's head named by office alone
/// ("De burgemeester greep in.", "The mayor stepped in."), when the article named no one to the
/// office and the councillor quoted before holds a role of their own: the pronoun or dropped
/// subject of the next cue means the office's unnamed holder, labelled by its noun, never the
/// councillor. An office the article gave someone is theirs; one with a complement may be another
/// town's; after someone with no role, a bare office may be that person, and is read as before.
/// </summary>
public sealed class UnheldOfficeSubjectTests
{
    [Theory]
    [InlineData("en", "\"We need more buses,\" said councillor Tom Hale. ¶ The mayor stepped in. \"This debate is closed,\" she said.", "Tom Hale|mayor")]
    [InlineData("en", "\"The lights stay on,\" said councillor Ruth Price. ¶ The chairman lost patience. \"We will take the vote now,\" he said.", "Ruth Price|chairman")]
    [InlineData("nl", "‘We hebben meer bussen nodig’, zei raadslid Tom Hoek. ¶ De burgemeester greep in. ‘Dit debat is gesloten’, zei ze.", "Tom Hoek|burgemeester")]
    [InlineData("nl", "‘De lampen blijven aan’, zei wethouder Ruud Prins. ¶ De voorzitter verloor zijn geduld. ‘We stemmen nu’, zei hij.", "Ruud Prins|voorzitter")]
    // A party group's leader ("fractievoorzitter") holds a role of their own, as a councillor does.
    [InlineData("nl", "Fractievoorzitter Karin Bos noemde het plan te duur. ‘Dit raakt vooral gezinnen’, aldus Bos. ¶ De burgemeester greep meteen in. ‘We blijven bij de agenda’, zei hij.", "Karin Bos|burgemeester")]
    [InlineData("fr", "« Il nous faut plus de bus », a déclaré le conseiller municipal Thomas Hamon. ¶ La maire est intervenue. « Le débat est clos », a-t-elle dit.", "Thomas Hamon|maire")]
    [InlineData("es", "«Necesitamos más autobuses», dijo el concejal Tomás Herrera. ¶ El alcalde intervino. «El debate está cerrado», dijo.", "Tomás Herrera|alcalde")]
    [InlineData("it", "«Servono più autobus», ha detto il consigliere Tommaso Neri. ¶ Il sindaco, presente in aula, è intervenuto. «Il dibattito è chiuso», ha detto.", "Tommaso Neri|sindaco")]
    [InlineData("it", "«Le luci restano accese», ha detto la consigliera Rita Pace. ¶ La sindaca ha perso la pazienza. «Adesso si vota», ha tagliato corto.", "Rita Pace|sindaca")]
    [InlineData("pt", "«Precisamos de mais autocarros», disse o vereador Tomás Neves. ¶ O prefeito interveio. «O debate está encerrado», disse.", "Tomás Neves|prefeito")]
    public void ThePronounAfterAnUnheldOfficeAsSubject_IsTheOffice(string language, string paragraphs, string expected)
        => Assert.Equal(expected.Split('|'), ConstructionProbe.Speakers(language, paragraphs.Split(" ¶ ")));

    // Where the rule must not fire: the office is the earlier speaker's own ("said the mayor, Jane
    // Roe"); it has a complement (another town's mayor); the one quoted before holds no role, and
    // may be the mayor the article never called so.
    [Theory]
    [InlineData("en", "\"It is a good day for the town,\" said the mayor, Jane Roe. ¶ The mayor stepped in. \"This debate is closed,\" she said.", "Jane Roe|Jane Roe")]
    [InlineData("nl", "‘We hebben meer bussen nodig’, zei raadslid Tom Hoek. ¶ De burgemeester van Zandvoort greep in. ‘Dit debat is gesloten’, zei ze.", "Tom Hoek|-")]
    [InlineData("en", "\"We need more buses,\" said Sam Hale. ¶ The mayor stepped in. \"This debate is closed,\" she said.", "Sam Hale|Sam Hale")]
    public void AHeldOrQualifiedOffice_OrNoRoleBefore_IsReadAsBefore(string language, string paragraphs, string expected)
        => Assert.Equal(expected.Split('|').Select(s => s == "-" ? null : s), ConstructionProbe.Speakers(language, paragraphs.Split(" ¶ ")));
}
