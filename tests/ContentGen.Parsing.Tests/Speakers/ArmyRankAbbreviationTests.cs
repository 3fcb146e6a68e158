namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// British copy spells an army rank out once before a full name ("Lieutenant Colonel Ann Rees") and
/// then writes it short before the surname ("Lt Col Rees", "Capt Rees", "Maj Rees", "Cpl Rees"). The
/// short rank is a title, as "Sgt" is (<see cref="PoliceRankAbbreviationTests"/>): the speaker is the
/// person named in full. Before, "Lt Col Rees" was read as a name of its own. The other six languages
/// write the rank out again before the surname, read as before.
/// </summary>
public sealed class ArmyRankAbbreviationTests
{
    [Theory]
    [InlineData("The battalion's commanding officer, Lieutenant Colonel Ann Rees, spoke at the town hall.", "Asked about the site, Lt Col Rees replied: \"That is not mine to decide.\"", "Ann Rees")]
    [InlineData("Captain Tom Vale led the patrol that found the walkers.", "Capt Vale said: \"They were cold but unhurt.\"", "Tom Vale")]
    [InlineData("Rosa Hale, a major in the regiment, runs the training area.", "\"Nobody will be on the hill after dark,\" said Maj Hale.", "Rosa Hale")]
    [InlineData("Dan Lowe, a corporal with the signals troop, was first to reach the car.", "Cpl Lowe said: \"The driver was still awake.\"", "Dan Lowe")]
    public void AnArmyRankWrittenShort_IsATitle(string first, string second, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead, first, second).Last());

    // The rank spelled out again before the surname, as the other languages write it: the full name speaks. (English
    // "Major", "Corporal" and Dutch "Kolonel" opening a sentence are no titles yet: "Major Rosa Hale" stays whole.)
    [Theory]
    [InlineData("fr", "Le lieutenant-colonel Marc Aubert commande le régiment depuis deux ans. ¶ « Personne ne sera sur la colline la nuit », a assuré le lieutenant-colonel Aubert.", "Marc Aubert")]
    [InlineData("de", "Oberst Markus Fendt führt das Bataillon seit zwei Jahren. ¶ „Nachts ist niemand auf dem Übungsplatz“, sagte Oberst Fendt.", "Markus Fendt")]
    [InlineData("es", "El coronel Julián Ferrer dirige el regimiento desde hace dos años. ¶ «Nadie estará en el monte de noche», aseguró el coronel Ferrer.", "Julián Ferrer")]
    [InlineData("it", "Il colonnello Marco Ferri guida il reggimento da due anni. ¶ «Di notte nessuno sarà sul monte», ha assicurato il colonnello Ferri.", "Marco Ferri")]
    [InlineData("pt", "O coronel Artur Sequeira comanda o regimento há dois anos. ¶ «Ninguém estará no monte de noite», garantiu o coronel Sequeira.", "Artur Sequeira")]
    [InlineData("nl", "Het bataljon wordt al twee jaar geleid door kolonel Pieter Brands. ¶ “Niemand is 's nachts op de heide”, zei kolonel Brands.", "Pieter Brands")]
    public void ARankWrittenOut_BeforeTheSurname_NamesTheFullName(string language, string paragraphs, string expected)
        => Assert.Equal(expected, QuoteSpeakers.InLanguage(language, "Probe", new[] { LanguageLeads.For(language) }.Concat(paragraphs.Split(" ¶ ")).ToArray()).Last());

    // Guards: a surname no full name ends keeps no rank, and a short form that is no army rank ("Gen", "Brig") is read as before.
    [Theory]
    [InlineData("Capt Vale said: \"They were cold but unhurt.\"", "Vale")]
    [InlineData("Gen Vale said: \"They were cold but unhurt.\"", "Gen Vale")]
    public void AShortRankBeforeASurnameAlone_OrNoRank(string paragraph, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead, paragraph).Last());

    private const string Lead = "The training area on the moor will close for two months, the army said on Monday, and walkers are angry about it.";
}
