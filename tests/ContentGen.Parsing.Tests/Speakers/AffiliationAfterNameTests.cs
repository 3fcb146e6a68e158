namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name followed by the body its bearer belongs to ("Stefan Obermaier von der Bürgerliste
/// nannte …", "Jan Mol van de VVD noemde …", "John Smith of the Liberal Democrats said") is the
/// verb's subject: the body after "von der" is where the person comes from, not who speaks.
/// Someone unnamed before it ("Ein Händler von der Messe") stays unnamed.
/// </summary>
public sealed class AffiliationAfterNameTests
{
    [Theory]
    [InlineData("de", "Stefan Obermaier von der Bürgerliste nannte die Vorlage »unsozial und schlecht gerechnet«.", "Stefan Obermaier")]
    [InlineData("de", "Gemeinderat Tobias Lenz von der Bürgerliste nannte das Angebot „vergiftet“.", "Tobias Lenz")]
    [InlineData("de", "Martin Vogler vom Landesmuseum sagte, die Bilder seien „praktisch unverkäuflich“.", "Martin Vogler")]
    [InlineData("nl", "Jan Mol van de Fietsersbond noemde het besluit \"een klap voor de gezinnen\".", "Jan Mol")]
    public void ANameBeforeItsBody_IsTheSubject(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Die Vorlage im Stadtrat", LanguageLeads.For(language), paragraph));

    // "Die Kritik von der Bürgerliste": a noun, not a name, before the link; no one is named.
    [Theory]
    [InlineData("de", "Die Kritik von der Bürgerliste nannte die Vorlage »unsozial und schlecht gerechnet«.")]
    public void ANounBeforeTheBody_IsNoOne(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Die Vorlage im Stadtrat", LanguageLeads.For(language), paragraph)[^1]);
}
