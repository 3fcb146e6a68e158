using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A definite role whose link and indefinite article say the body it heads is unnamed ("the
/// chief executive of a local ferry firm", "le patron d'une petite entreprise", "der Chef
/// eines Fischereibetriebs") brings in someone unnamed, given by the role's words as a
/// <see cref="SpeakerKind.Description"/>, as an indefinite does ("said one trader"); a later
/// bare "the executive" or "he" with no holder named is that person. A role the article gave
/// someone named, a manner after the link ("d'un ton grave") and a body whose head is named in
/// apposition keep their reading.
/// </summary>
public sealed class UnheldRoleTests
{
    private static Article Read(string title, params string[] paragraphs)
        => ArticleParser.Parse(title + "\n\n" + string.Join("\n\n", paragraphs));

    private static void AssertDescribed(Article article, string description)
    {
        Assert.NotEmpty(article.Quotes);
        Assert.All(article.Quotes, quote =>
        {
            Assert.Equal(description, quote.Speaker);
            Assert.Equal(SpeakerKind.Description, quote.SpeakerKind);
        });
    }

    [Fact]
    public void AChiefExecutiveOfAnUnnamedFirm_IsGivenByTheRole_AndALaterHeIsThem()
    {
        var article = Read(
            "Ferries stay in port",
            "No ferry left the harbour at Eastport on Tuesday. Asked why, the chief executive of a local ferry firm said: \"The engines are too old to risk it.\" \"We need new ones before the summer,\" he added.");

        AssertDescribed(article, "chief executive");
    }

    [Theory]
    [InlineData("Bakery prices rise", "Bread prices in Eastport went up again this week.", "\"Flour costs twice what it did,\" said the owner of a small bakery.", "owner")]
    [InlineData("Le port de Valmont", "Les prix du poisson ont encore augmenté vendredi.", "« On ne sait plus quoi faire », a confié le patron d'une petite entreprise de pêche. « Nos bateaux restent au port », a ajouté le patron.", "patron")]
    [InlineData("El puerto de Robledal", "Los precios del pescado subieron de nuevo el viernes.", "«No sabemos qué hacer», afirmó la presidenta de una asociación de vecinos. «Seguiremos protestando», añadió la presidenta.", "presidenta")]
    [InlineData("Il porto di Montelar", "I prezzi del pesce sono saliti ancora venerdì.", "«Non sappiamo cosa fare», ha detto il direttore di una piccola azienda di pesca.", "direttore")]
    [InlineData("O porto de Santa Luzia", "Os preços do peixe voltaram a subir na sexta-feira.", "«Não sabemos o que fazer», disse a presidente de uma associação de moradores.", "presidente")]
    [InlineData("De haven van Oosterbrug", "De visprijzen zijn vrijdag opnieuw gestegen.", "„We weten het niet meer”, zei de directeur van een klein visbedrijf.", "directeur")]
    [InlineData("Der Hafen von Ebersfeld", "Die Fischpreise sind am Freitag erneut gestiegen.", "Der Chef eines kleinen Fischereibetriebs sagte: „Wir wissen nicht weiter.“", "Chef")]
    public void TheHeadOfAnUnnamedBody_IsGivenByTheRole(string title, string lead, string quoted, string description)
        => AssertDescribed(Read(title, lead, quoted), description);

    // The innocent neighbours: the role given to someone named, a name in apposition, a manner or
    // a time after the link, a dative that is no genitive, and a spokesman who speaks for no one named.
    [Theory]
    [InlineData("Dance school closes", "Jane Roe is the director of a small charity in Eastport.", "\"We need help,\" said the director.", "Jane Roe")]
    [InlineData("Dance school closes", "The school shut its doors on Friday.", "\"We need help,\" said the director of a small charity, Jane Roe.", "Jane Roe")]
    [InlineData("Dance school closes", "The school shut its doors on Friday.", "The director of a small charity, Jane Roe, said: \"We need help.\"", "Jane Roe")]
    [InlineData("Dance school closes", "Tom Lake, the coach, watched the match from the stand.", "\"We were poor,\" said the coach for a second time.", "Tom Lake")]
    [InlineData("Le port de Valmont", "Le ministre Paul Rocher est arrivé lundi sur le port.", "« Nous tiendrons », a déclaré le ministre d'un ton grave.", "Paul Rocher")]
    [InlineData("Le port de Valmont", "Les prix ont encore augmenté cette semaine.", "« Nous tiendrons », a affirmé la présidente d'une association locale, Julie Caron.", "Julie Caron")]
    [InlineData("Il porto di Montelar", "Il ministro Marco Bianchi è arrivato lunedì al porto.", "«Ce la faremo», ha spiegato il ministro di una riforma necessaria.", "Marco Bianchi")]
    [InlineData("Il porto di Montelar", "I prezzi sono saliti ancora.", "«Non sappiamo cosa fare», ha detto il sindaco di un paese vicino, Marco Bianchi.", "Marco Bianchi")]
    [InlineData("Der Hafen von Ebersfeld", "Die Fischpreise sind am Freitag erneut gestiegen.", "„Wir wissen nicht weiter“, sagte der Trainer einer Zeitung.", null)]
    [InlineData("Bakery prices rise", "Bread prices in Eastport went up again this week.", "\"Flour costs twice what it did,\" said the spokesman of a small bakery.", null)]
    [InlineData("De haven van Oosterbrug", "Burgemeester Jan de Vries kwam maandag naar de haven.", "„We blijven”, zei de burgemeester van een stad die haar veerboot kwijt is.", "Jan de Vries")]
    [InlineData("De haven van Oosterbrug", "De visprijzen zijn vrijdag opnieuw gestegen.", "„We blijven”, zei de burgemeester van een zekere leeftijd.", null)]
    [InlineData("Bakery prices rise", "Bread prices in Eastport went up again this week.", "Jane Roe and the owner of a small bakery said the town would \"lose its heart\".", null)]
    [InlineData("Le port de Valmont", "Les prix du poisson ont encore augmenté.", "Paul Rocher et la patronne d'une petite entreprise de pêche ont dénoncé une « crise sans fin ».", null)]
    public void AnInnocentNeighbour_KeepsItsReading(string title, string lead, string quoted, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Read(title, lead, quoted).Quotes).Speaker);

    // The other unnamed speaker: a definite role no one in the article holds, said with
    // where it is held ("la directrice du centre"), at its first use and with no one named near.
    [Theory]
    [InlineData("Le centre de Valmont", "Le centre a ouvert en 2011 au bord du fleuve.", "« Ici, tout ferme à vingt heures », explique la directrice du centre.", "« Nous faisons de notre mieux », ajoute la directrice.", "directrice")]
    [InlineData("El puerto de Robledal", "El centro abrió en 2011 junto al río.", "«Aquí todo cierra a las ocho», explica la directora del centro.", "«Hacemos lo que podemos», añade la directora.", "directora")]
    [InlineData("Il porto di Montelar", "Il centro ha aperto nel 2011 vicino al fiume.", "«Qui tutto chiude alle otto», spiega la direttrice del centro.", "«Facciamo il possibile», aggiunge la direttrice.", "direttrice")]
    [InlineData("Museum opens late", "The museum has stood by the river since 1950.", "\"We will open until ten,\" said the director of the museum.", "\"It is our duty,\" the director added.", "director")]
    public void ARoleNoOneHolds_SaidWithWhereItIsHeld_IsGivenByTheRole(string title, string lead, string first, string second, string description)
        => AssertDescribed(Read(title, lead, first, second), description);

    // A bare role is most often the person the next sentence names; a role used before may be
    // someone's; an office with a capitalised complement is someone's office; a masculine pronoun
    // never means a woman given by her role's form.
    [Theory]
    [InlineData("Ferry fares to rise", "The ferry has run since 1950.", "Ferry fares will rise \"by a fair margin\", the transport minister has said.", null)]
    [InlineData("Ferry fares to rise", "The ferry has run since 1950.", "\"We will act,\" said the minister at the meeting.", null)]
    [InlineData("Le centre de Valmont", "Le centre a ouvert en 2011 au bord du fleuve.", "« Ici, tout ferme à vingt heures », explique le maire de Valmont.", null)]
    public void ARoleThatMayBeSomeones_IsNotADescription(string title, string lead, string quoted, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Read(title, lead, quoted).Quotes).Speaker);

    [Fact]
    public void ARoleUsedBefore_IsNotADescription()
    {
        var article = Read(
            "Ferry fares to rise",
            "Jane Roe was appointed minister in May.",
            "The ferry has run since 1950.",
            "Its timetable changed twice last year.",
            "Passengers have complained about delays.",
            "\"We will act,\" said the minister of the islands.");

        Assert.NotEqual("minister", Assert.Single(article.Quotes).Speaker);
    }

    [Fact]
    public void APronounOfTheOtherGender_DoesNotMeanTheDescribedWoman()
    {
        var article = Read(
            "Le centre de Valmont",
            "Le centre a ouvert en 2011 au bord du fleuve.",
            "« Ici, tout ferme à vingt heures », explique la directrice du centre.",
            "« On ne sait plus où on va », a-t-il ajouté.");

        Assert.Equal("directrice", article.Quotes[0].Speaker);
        Assert.Null(article.Quotes[1].Speaker);
    }

    // Someone unnamed quoted in a scene leaves the person named before it in the scene: a role of
    // another noun, and its pronoun, still reach them; a pronoun in a later paragraph never means
    // someone unnamed whom no name keeps in the story.
    [Fact]
    public void ARoleOfAnotherNoun_ReachesPastTheDescribedPerson_ToTheOneNamedBefore()
    {
        var article = Read(
            "Le centre de Valmont",
            "Le centre de Valmont a ouvert en 2011 au bord du fleuve.",
            "« Ici, tout ferme à vingt heures », explique la directrice du centre.",
            "Le député Paul Rocher visite les lieux lundi.",
            "« On manque de place », reconnaît la directrice.",
            "La directrice annonce aussi que la cantine sera repeinte en juin.",
            "L'élu promet de revenir avant l'été. « Je demanderai un budget plus large », insiste-t-il.");

        Assert.Equal(new[] { "directrice", "directrice", "Paul Rocher" }, article.Quotes.Select(quote => quote.Speaker).ToArray());
    }

    [Fact]
    public void APronounInALaterParagraph_DoesNotMeanSomeoneUnnamed()
    {
        var article = Read(
            "Museum opens late",
            "The museum has stood by the river since 1950.",
            "\"We will open until ten,\" said the director of the museum.",
            "Tom Lake, the mayor, toured the rooms on Monday.",
            "\"We lack space,\" the director admitted.",
            "The director said the roof would need repairs before winter.",
            "The mayor will ask the council for a grant. \"We must keep these rooms open,\" he said.");

        Assert.Equal("director", article.Quotes[1].Speaker);
        Assert.NotEqual("director", article.Quotes[2].Speaker);
    }
}
