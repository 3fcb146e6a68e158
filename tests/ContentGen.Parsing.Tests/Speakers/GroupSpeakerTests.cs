using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A group that speaks together, named by a plural role or organisation noun after its article
/// ("les syndicats", "the judges", "los sindicatos"), is given by that noun, as a description; a
/// plural with a name or a complement after it is no such group.
/// </summary>
public sealed class GroupSpeakerTests
{
    private static string?[] Speakers(string headline, params string[] paragraphs) => QuoteSpeakers.Under(headline, paragraphs);

    [Fact]
    public void LesSyndicats_BeforeTheirVerb_AreTheSpeaker()
        => Assert.Equal(
            new[] { "syndicats" },
            Speakers("Le port de Valmont", "Le préfet a fermé le quai lundi. Les syndicats ont dénoncé « une décision prise sans concertation »."));

    [Fact]
    public void LesSyndicats_AfterAnInvertedVerb_AreTheSpeaker()
        => Assert.Equal(
            new[] { "syndicats" },
            Speakers("Le port de Valmont", "Le préfet a fermé le quai lundi. « Nous ne lâcherons rien », ont prévenu les syndicats."));

    [Fact]
    public void TheJudges_AreTheSpeaker()
        => Assert.Equal(
            new[] { "judges" },
            Speakers("Harbour prize shortlist named", "The shortlist was named on Monday. \"Every book on it is a bold and humane piece of work,\" the judges said."));

    [Fact]
    public void LosSindicatos_AreTheSpeaker()
        => Assert.Equal(
            new[] { "sindicatos" },
            Speakers("El puerto de Valdeoro", "El puerto cerró el lunes. «No vamos a ceder», afirmaron los sindicatos."));

    [Fact]
    public void APluralBeforeItsComplement_IsNoGroupOfItsOwn()
        => Assert.Equal(
            new string?[] { null },
            Speakers("Le port de Valmont", "Le préfet a fermé le quai lundi. Les syndicats de dockers ont dénoncé « une décision prise sans concertation »."));

    // A group speaks together, but a later "he" or "elle" means one person: the one named before.
    [Theory]
    [InlineData("Harbour quay closed", "Mayor Tom Vale closed the quay on Monday.", "\"This was decided without us,\" the unions said.", "\"I had no choice,\" he said on Tuesday.", "unions", "Tom Vale")]
    [InlineData("Le quai fermé", "La maire Marie Leroy a fermé le quai lundi.", "« Tout a été décidé sans nous », ont dénoncé les syndicats.", "« Je n'avais pas le choix », a-t-elle répondu mardi.", "syndicats", "Marie Leroy")]
    public void AGroupSpeaking_IsNoOneALaterSingularPronounMeans(string headline, string first, string second, string third, string group, string person)
        => Assert.Equal(new[] { group, person }, Speakers(headline, first, second, third));

    // Ordinary people in the plural speak as a group too ("les riverains", "the villagers"), and
    // a sentence may open on the plural with no article, its reporting verb right after.
    [Theory]
    [InlineData("Ferry strike", "Harbourline Ferries said it was disappointed. Islanders say the timetable is \"already a lottery\" in winter.", "islanders")]
    [InlineData("Book prize", "The shortlist was named on Monday. Judges said the novel handled its subject with \"rare tact and warmth\".", "judges")]
    [InlineData("Ferry strike", "Harbourline Ferries said it was disappointed. The villagers say the timetable is \"a lottery\" in winter.", "villagers")]
    [InlineData("Huelga del ferri", "La naviera dijo que estaba decepcionada. Los vecinos dicen que el horario es «una lotería» en invierno.", "vecinos")]
    [InlineData("Grève du bac", "La compagnie s'est dite déçue. Les riverains dénoncent « une loterie » chaque hiver.", "riverains")]
    public void PeopleInThePlural_AreTheSpeaker(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(headline, paragraph)[^1]);

    // Guards: a contrast may bring in other speakers the reader cannot find ("but critics fear"),
    // and a plural of no person's noun ("Figures", "Reports") is no group that speaks.
    [Theory]
    [InlineData("Ministers say the treaty would make the union work better but critics fear a \"super state\".")]
    [InlineData("Figures show the timetable is \"a lottery\" in winter.")]
    [InlineData("Reports say the timetable is \"a lottery\" in winter.")]
    public void NoGroupOfPeople_OrAContrastAfterIt_IsNoSpeaker(string paragraph)
        => Assert.Null(Speakers("Ferry strike", "Harbourline Ferries said it was disappointed. " + paragraph)[^1]);

    // People in the plural in every language, with their verb of saying inverted before them or right
    // after them: each language's plural is read back to the singular its people list holds
    // ("residenti", "Anwohner", "bewoners", "moradores"); where the article does not say the number
    // ("die", "de", "i"), the verb's plural ending does.
    [Theory]
    [InlineData("Il depuratore di Valpiana", "Il cantiere è fermo da mesi. «Non ne possiamo più», sostengono i residenti.", "residenti")]
    [InlineData("Il depuratore di Valpiana", "Il cantiere è fermo da mesi. I residenti spiegano: «Non ne possiamo più».", "residenti")]
    [InlineData("La depuradora de Valdeoro", "La obra lleva meses parada. «No podemos más», aseguran los vecinos.", "vecinos")]
    [InlineData("A estação de Ribafria", "A obra está parada há meses. «Não aguentamos mais», dizem os moradores.", "moradores")]
    [InlineData("La station de Valmont", "Le chantier est à l'arrêt. « On n'en peut plus », disent les riverains.", "riverains")]
    [InlineData("Kläranlage Hollbach", "Die Baustelle ruht seit Monaten. „Wir können nicht mehr“, sagten die Anwohner.", "Anwohner")]
    [InlineData("Kläranlage Hollbach", "Die Baustelle ruht seit Monaten. Die Anwohner sagten: „Wir können nicht mehr.“", "Anwohner")]
    [InlineData("Zuivering Heemsterdijk", "De bouw ligt al maanden stil. ‘We kunnen niet meer’, zeiden de bewoners.", "bewoners")]
    public void PeopleInThePlural_WithTheirVerbBeforeOrAfter_AreTheSpeaker(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(headline, paragraph)[^1]);

    // A capitalised word after the article is a plural noun only when a people or role list holds its
    // singular: a family's name in the plural is no group.
    [Fact]
    public void AFamilyNameInThePlural_IsNoGroup()
        => Assert.NotEqual("Hallhubers", Speakers("Brauerei Moosbrunn", "Die Brauerei schließt im Mai. „Wir machen weiter“, sagten die Hallhubers.")[^1]);
}
