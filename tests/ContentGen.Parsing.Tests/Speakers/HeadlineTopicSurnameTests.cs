namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Agency headlines put a topic and a slash before their person and a colon after ("Logement /
/// Paul Girard : le projet vise à « … »"), and often give the surname alone. After a topic, a
/// slash or a verb, a surname alone is the headline's person when the body gives one full name
/// for it; opening the headline, or with no full name in the body, it is not read.
/// </summary>
public sealed class HeadlineTopicSurnameTests
{
    private const string Standfirst = "« Nous voulons un texte équilibré », explique le ministre dans un entretien.";
    private const string Body = "Paul Girard présentera le texte au printemps. Il veut convaincre sa majorité.";

    [Theory]
    [InlineData("Logement / Paul Girard : le projet vise à « mieux loger les familles »")]
    [InlineData("Logement / Girard : le projet vise à « mieux loger les familles »")]
    [InlineData("Logement | Girard : le projet vise à « mieux loger les familles »")]
    [InlineData("Logement : Girard défend son projet de loi")]
    public void AfterATopic_TheSurnameIsTheBodysFullName(string headline)
        => Assert.Equal(new[] { "Paul Girard" }, QuoteSpeakers.Under(headline, Standfirst, Body));

    // Guards: a surname opening the headline, one the body never gives in full, two people, or a
    // person after the colon rather than before it.
    [Theory]
    [InlineData("Girard défend son projet de loi", Body)]
    [InlineData("Logement / Girard : le projet vise à « mieux loger les familles »", "Le texte sera présenté au printemps. Il doit convaincre la majorité.")]
    [InlineData("Logement / Girard et Morel : le projet vise à « mieux loger les familles »", "Paul Girard et Anne Morel présenteront le texte au printemps.")]
    [InlineData("Logement / le projet vise à « mieux loger » selon Girard", Body)]
    public void OtherwiseTheHeadline_NamesNoOne(string headline, string body)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, Standfirst, body));

    // Review guards: a surname after a verb is its object; a place after a slash is no person.
    [Fact]
    public void ASurnameAfterAVerb_IsItsObject()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Le maire critique Girard sur le budget",
            "« Ce budget est injuste », a déclaré le maire mardi devant le conseil municipal. Le vote aura lieu jeudi prochain.",
            "Paul Girard, adjoint aux finances, défend son texte depuis des semaines. Il refuse de répondre."));

    [Fact]
    public void APlaceAfterASlash_IsNoPerson()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Football / Saint Brieuc : « Nous allons gagner »",
            "Le club joue samedi son match le plus important de la saison. « Nous sommes prêts », a-t-il assuré mardi.",
            "Paul Girard entraîne l'équipe depuis deux ans. Il vise la montée."));
}
