using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The one person a headline names is the article's first mention: a role or a pronoun of the
/// opening paragraphs with no one named before it in the body means that person ("Jean Dupont
/// veut « expulser plus vite »" over "…, a-t-il expliqué"). A name opening the headline counts
/// only as the full name the body gives ("Furious Hollis" is Andy Hollis); two people in the
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
        => Assert.Equal(new[] { "Tom Roe" }, QuoteSpeakers.Under(
            "Tom Roe defends harbour pass plans",
            "The harbour secretary has answered critics of the pass in a speech in Valmont.",
            "\"These passes will keep the queues short,\" he said.",
            "Tom Roe will publish the bill next week."));

    [Fact]
    public void AnAdjectiveOpeningTheHeadline_IsNoPartOfTheName()
        => Assert.Equal(new[] { "Andy Hollis", "Andy Hollis" }, QuoteSpeakers.Under(
            "Furious Hollis blasts referees",
            "Harbour coach Andy Hollis has criticised the officials after the loss.",
            "\"I'm really angry,\" Hollis told Harbour Radio.",
            "\"We need video replays,\" he said."));

    [Fact]
    public void APersonTheHeadlineNamesAsAnAgent_IsNotItsSubject()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Hale debut cut short by Marco Lenti",
            "The wildcard entry lost in straight sets in Valmont. Even so he enjoyed his first match.",
            "\"It was great fun, I had a few openings but could not take them,\" he said."));

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
