using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed ("an official at Harbour Rail", "a spokesman", "un responsable de la
/// préfecture de la Somme") speaks for the organisation named with them, or for the one the
/// sentence before made its subject; with no organisation, or with two in view, no one is the
/// speaker.
/// </summary>
public sealed class UnnamedSpeakerTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour line to close", paragraphs);

    private static string?[] French(params string[] paragraphs)
        => QuoteSpeakers.Under("Le port de Valmont ferme ses quais", paragraphs);

    [Theory]
    [InlineData("\"Calculators will have to wait,\" said a Harbour Rail official in a briefing on Wednesday.")]
    [InlineData("\"The line will reopen in spring,\" an official at Harbour Rail said.")]
    [InlineData("\"The line will reopen in spring,\" said an official of Harbour Rail.")]
    public void AnOfficial_SpeaksForTheOrganisationNamedWithThem(string paragraph)
        => Assert.Equal("Harbour Rail", Speakers(paragraph)[0]);

    [Theory]
    [InlineData("« Les quais resteront fermés tout l'hiver », a déclaré un responsable de la préfecture de la Somme.", "préfecture de la Somme")]
    [InlineData("« Les quais resteront fermés tout l'hiver », a indiqué une représentante de l'Union des usagers de Valmont.", "Union des usagers de Valmont")]
    public void UnResponsable_SpeaksForTheOrganisationNamedWithThem(string paragraph, string speaker)
        => Assert.Equal(speaker, French(paragraph)[0]);

    [Theory]
    [InlineData("„Die Preise steigen im Januar“, sagte ein Vertreter der Stadtwerke Brückenfeld.", "Stadtwerke Brückenfeld")]
    [InlineData("«El agua llegará en marzo», declaró un responsable de Aguas de Valdeoro.", "Aguas de Valdeoro")]
    [InlineData("«Il terminal resterà chiuso», ha dichiarato un dirigente di Crociere Tirrene.", "Crociere Tirrene")]
    [InlineData("“O serviço vai parar”, afirmou um representante da Companhia Alvorada.", "Companhia Alvorada")]
    [InlineData("\"De molens komen er,\" zei een vertegenwoordiger van WindKracht Veldmeer.", "WindKracht Veldmeer")]
    public void AnOfficial_InTheOtherLanguages_SpeaksForTheOrganisationNamedWithThem(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Preise", paragraph)[0]);

    [Theory]
    [InlineData("The Harbour Board defended the plan on Monday.", "A spokesman said: \"The work will go ahead as planned.\"", "Harbour Board")]
    [InlineData("But the Harbour Rail Company denied the claims.", "\"We have always followed the rules,\" a spokeswoman said.", "Harbour Rail Company")]
    [InlineData("The Department for Harbours and Ports would not comment on Monday.", "A spokeswoman said: \"We do not comment on leaks.\"", "Department for Harbours and Ports")]
    [InlineData("HRC said it would appeal.", "\"We will take this to the highest court,\" a spokesman said.", "HRC")]
    public void ASpokesman_SpeaksForTheOrganisationTheSentenceBeforeMadeItsSubject(string before, string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(before + " " + paragraph)[0]);

    [Fact]
    public void ASpokesman_AfterTheOrganisationsParagraph_SpeaksForIt()
        => Assert.Equal("Harbour Board", Speakers(
            "The Harbour Board defended the plan on Monday.",
            "\"The work will go ahead as planned,\" a spokesman said.")[0]);

    [Fact]
    public void APronounAfterASpokesmanOfTheOrganisationInView_MeansNoNamedPerson()
        => Assert.Equal(new[] { "Harbour Board", null }, Speakers(
            "Professor Ann Lee said the plan was flawed.",
            "The Harbour Board would not comment on Monday. A spokeswoman said: \"We do not comment on leaks.\" She added: \"The plan is sound.\"")[..2]);

    [Fact]
    public void UnPorteParole_SpeaksForTheOrganisationTheSentenceBeforeMadeItsSubject()
        => Assert.Equal("Union des usagers de Valmont", French(
            "L'Union des usagers de Valmont a contesté la décision mardi. « Nous irons devant le tribunal », a déclaré un porte-parole.")[0]);

    [Fact]
    public void ASpokesman_AfterASentenceNamingTwoOrganisations_SpeaksForNoOne()
        => Assert.Null(Speakers(
            "Harbour Rail lost the contract to Vale Buses in 2001. \"Passengers will still be able to travel,\" a spokesman said.")[0]);

    [Fact]
    public void ASpokesman_AfterTwoJoinedSubjects_SpeaksForNoOne()
        => Assert.Null(Speakers(
            "The Harbour Council and Vale Buses defended the plan. \"Passengers will still be able to travel,\" a spokesman said.")[0]);

    [Fact]
    public void ASpokesman_AfterAPersonAsSubject_SpeaksForNoOne()
        => Assert.Null(Speakers(
            "The Harbour Board met on Monday. Tom Fox, its chairman, defended the plan. \"The work will go ahead,\" a spokesman said.")[0]);

    [Theory]
    [InlineData("The Harbour Board defended the plan on Monday. The chairman's spokesman said: \"The work will go ahead.\"")]
    [InlineData("The Harbour Board defended the plan on Monday. \"The work will go ahead,\" said a spokesman for the chairman.")]
    public void SomeonesSpokesman_DoesNotSpeakForTheOrganisationInView(string paragraph)
        => Assert.Null(Speakers(paragraph)[0]);

    [Fact]
    public void AnOfficial_WithNoOrganisationInView_SpeaksForNoOne()
        => Assert.Null(Speakers(
            "The line closed in May. \"The work will go ahead,\" an official said.")[0]);

    // Since session 12 someone unnamed is given by the description (DescribedSpeakerTests); the
    // employer still is not the speaker.
    [Theory]
    [InlineData("\"Prices will fall before spring,\" said one trader in London.", "trader")]
    [InlineData("\"Prices will fall before spring,\" said an analyst at Harbour Bank.", "analyst")]
    public void SomeoneUnnamed_WhoDoesNotSpeakForTheirEmployer_IsTheirDescription_NotTheEmployer(string paragraph, string description)
        => Assert.Equal(description, Speakers(paragraph)[0]);
}
