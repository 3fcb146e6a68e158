namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// Two people joined as a sentence's subject when one or both names are set off by commas after
/// their role ("Le maire, Jean Dupont, et son adjointe Claire Martin ont …"): either may be whom a
/// later pronoun means, so no one is, as for two people joined without commas. Before, the commas
/// hid the pair and the pronoun went to the first name, whatever its gender.
/// </summary>
public sealed class JoinedSetOffSubjectsTests
{
    [Theory]
    [InlineData("en", "The mayor, Jon Vale, and the councillor, Ruth Hale, opened the new bridge. \"It was worth the wait,\" she said.")]
    [InlineData("fr", "Le maire, Jean Dupont, et son adjointe Claire Martin ont présenté le projet. « Nous commencerons en mai », a-t-elle précisé.")]
    [InlineData("de", "Der Bürgermeister, Jan Vogt, und die Dezernentin Anna Hahn eröffneten die Brücke. „Das Warten hat sich gelohnt“, sagte sie.")]
    [InlineData("es", "El director Luis Mora y la alcaldesa, Carmen Vidal, visitaron la obra. «Está casi lista», dijo ella.")]
    [InlineData("it", "Il sindaco, Gianni Valli, e l'assessora Giulia Neri hanno inaugurato il ponte. «Valeva la pena aspettare», ha detto lei.")]
    [InlineData("pt", "O presidente da junta, Rui Lemos, e a vereadora Ana Sousa visitaram a obra. «Está quase pronta», disse ela.")]
    [InlineData("nl", "De burgemeester, Jan Visser, en wethouder Tim Hol openden de brug. \"Het wachten was het waard\", zei hij.")]
    public void TwoPeopleSetOffByCommas_GiveNoOne(string language, string paragraph)
        => Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));

    // Stop: one person set off by commas, then a time or a place opening the rest, is one subject.
    [Theory]
    [InlineData("fr", "Le maire, Jean Dupont, et depuis lundi le conseil ont présenté le projet. « Nous commencerons en mai », a-t-il précisé.", "Jean Dupont")]
    [InlineData("es", "El alcalde, Juan Vidal, y desde el lunes el concejo visitaron la obra. «Está casi lista», dijo.", "Juan Vidal")]
    [InlineData("en", "The mayor, Jon Vale, and North Haven signed a pact. \"It was worth the wait,\" he said.", "Jon Vale")]
    public void OnePersonSetOffByCommas_IsStillTheSubject(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // German roles are capitalised: after an article they are still the role before the name.
    [Fact]
    public void GermanCapitalisedRolesAfterTheirArticle_JoinTwoPeople()
        => Assert.Null(ProbeArticle.LastSpeaker("de", "Der Bürgermeister Jan Vogt und die Dezernentin Anna Hahn eröffneten die Brücke. „Das Warten hat sich gelohnt“, sagte sie."));

    // Stop: a capitalised role joined with a place is one person.
    [Fact]
    public void AGermanRoleJoinedWithAPlace_IsStillTheSubject()
        => Assert.Equal("Jan Vogt", ProbeArticle.LastSpeaker("de", "Der Bürgermeister, Jan Vogt, und Bad Ems unterzeichneten einen Pakt. „Das Warten hat sich gelohnt“, sagte er."));

    // Stop: a list of names opened by a surname already met keeps the person the article is about.
    [Fact]
    public void AListOfNames_KeepsTheFirst()
        => Assert.Equal("Jon Vale", ProbeArticle.LastSpeaker("en", "Jon Vale has been given a medal. Vale, Tim Hale, Ben Kemp and Ian Pike have all been honoured. \"It was a fantastic night,\" he said."));

    // Stop: a pair that holds the last speaker leaves the pronoun going on with that speaker.
    [Fact]
    public void APairHoldingTheLastSpeaker_LeavesThePronounToThem()
        => Assert.Equal("Tom Baker", ProbeArticle.LastSpeaker("en", "The mayor, Tom Baker, and his deputy, Jon Vale, visited the site. \"We will go on together,\" he said."));

    // Stop: an opening phrase before a comma is no role, and the people after it are joined as before.
    [Fact]
    public void AnOpeningPhraseBeforeTheComma_IsNoRole()
        => Assert.Equal("Rosa Gil", ProbeArticle.LastSpeaker("es", "El lunes, Rosa Gil recibió a Juan Vidal y Luis Pardo. «No acordamos nada», dijo."));
}
