using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The one person a headline names is the article's first mention: a role or a pronoun of the
/// opening paragraphs with no one named before it in the body means that person ("Jean Dupont
/// veut « expulser plus vite »" over "…, a-t-il expliqué"). A name opening the headline counts
/// only as the full name the body gives ("Fuming Robinson" is Andy Robinson); two people in the
/// headline, or a person the body names first, leave the reading as it was.
/// </summary>
public sealed class HeadlinePersonTests
{
    [Fact]
    public void APronounOfTheOpening_MeansTheHeadlinesPerson()
        => Assert.Equal(new[] { "Jean Dupont" }, QuoteSpeakers.Under(
            "Jean Dupont veut « expulser plus vite »",
            "Le ministre de l'Intérieur a présenté son texte mercredi devant le Sénat.",
            "« Nous voulons un texte d'équilibre », a-t-il expliqué.",
            "Jean Dupont doit encore convaincre sa majorité."));

    [Fact]
    public void ARoleOfTheStandfirst_MeansTheHeadlinesPerson_AfterATopic()
        => Assert.Equal(new[] { "Jean Dupont" }, QuoteSpeakers.Under(
            "Immigration : Jean Dupont défend son projet de loi",
            "« Nous voulons un texte d'équilibre », explique le ministre dans un entretien.",
            "Le texte sera présenté au printemps."));

    [Fact]
    public void APronounOfTheOpening_MeansTheHeadlinesPerson_InEnglish()
        => Assert.Equal(new[] { "Charles Clarke" }, QuoteSpeakers.Under(
            "Charles Clarke defends identity card plans",
            "The home secretary has answered critics of the scheme in a speech in London.",
            "\"These cards will protect people from fraud,\" he said.",
            "Charles Clarke will publish the bill next week."));

    [Fact]
    public void AnAdjectiveOpeningTheHeadline_IsNoPartOfTheName()
        => Assert.Equal(new[] { "Andy Robinson", "Andy Robinson" }, QuoteSpeakers.Under(
            "Fuming Robinson blasts officials",
            "England coach Andy Robinson has criticised the referee after the defeat.",
            "\"I'm absolutely livid,\" Robinson told BBC Sport.",
            "\"We have to go back to technology,\" he said."));

    [Fact]
    public void APersonTheHeadlineNamesAsAnAgent_IsNotItsSubject()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Young debut cut short by Robby Ginepri",
            "The wildcard entry was beaten in straight sets in California. Despite that he was happy with his debut.",
            "\"It was fun, I had my chances but they did not come through,\" he said."));

    [Fact]
    public void TwoPeopleInTheHeadline_GiveNoOne()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Jean Dupont et Claire Martin s'opposent sur la loi",
            "Le débat a duré toute la nuit au Sénat.",
            "« Nous voulons un texte d'équilibre », a-t-il expliqué."));

    [Fact]
    public void APersonTheBodyNames_ComesBeforeTheHeadlinesPerson()
        => Assert.Equal(new[] { "Paul Roux" }, QuoteSpeakers.Under(
            "Jean Dupont défend son projet de loi",
            "Le sénateur Paul Roux a critiqué le texte devant la presse.",
            "« C'est une faute », a-t-il dit."));
}
