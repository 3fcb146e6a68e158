namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A rank in command at the cue ("said the captain", "dijo el comandante", "zei de kapitein") that
/// the article gave no one, after one person named whom it gave another role or a profession: a
/// councillor or a teacher is no commander, and the words are the rank's unnamed holder's, labelled
/// by its noun (session 60, issue 10). A rank the article gave that person, a person given no role,
/// a person given another rank, and a holder the article names after the quote are read as before
/// or by their holder.
/// </summary>
public sealed class RankBesideOtherRoleTests
{
    private static string? LastSpeaker(string language, params string[] paragraphs)
        => QuoteSpeakers.Under("Probe", [LanguageLeads.For(language), .. paragraphs])[^1];

    [Theory]
    [InlineData("en", "captain", "Councillor Paul Ruiz spoke first at the meeting.", "\"The road must stay open,\" said the captain.")]
    [InlineData("en", "captain", "Councillor Paul Ruiz spoke first at the meeting.", "The captain said: \"The road must stay open.\"")]
    [InlineData("fr", "capitaine", "Le conseiller municipal Paul Roux a parlé en premier.", "« La route doit rester ouverte », a déclaré le capitaine.")]
    [InlineData("fr", "capitaine", "Le conseiller municipal Paul Roux a parlé en premier.", "Le capitaine a déclaré : « La route doit rester ouverte. »")]
    [InlineData("fr", "commandant", "L'ingénieure Anne Girard a assisté au sauvetage.", "« Personne n'a été blessé », a expliqué le commandant.")]
    [InlineData("de", "Kommandant", "Bürgermeisterin Anna Berger verfolgte die Rettung vom Ufer aus.", "Der Kommandant sagte: „Niemand wurde verletzt.“")]
    [InlineData("es", "comandante", "El concejal Pablo Ruiz habló primero.", "«La carretera debe seguir abierta», dijo el comandante.")]
    [InlineData("es", "comandante", "El concejal Pablo Ruiz habló primero.", "El comandante dijo: «La carretera debe seguir abierta».")]
    [InlineData("it", "comandante", "Il consigliere Paolo Neri ha parlato per primo.", "«La strada deve restare aperta», ha detto il comandante.")]
    [InlineData("it", "comandante", "Il consigliere Paolo Neri ha parlato per primo.", "Il comandante ha detto: «La strada deve restare aperta».")]
    [InlineData("it", "comandante", "L'ingegnere Marco Ferri dirige i lavori.", "«Nessuno è rimasto ferito», ha spiegato il comandante.")]
    [InlineData("pt", "comandante", "O vereador Rui Matos falou primeiro.", "«A estrada tem de ficar aberta», disse o comandante.")]
    [InlineData("pt", "comandante", "O vereador Rui Matos falou primeiro.", "O comandante disse: «A estrada tem de ficar aberta».")]
    [InlineData("pt", "comandante", "A engenheira Ana Lima dirige as obras.", "«Ninguém ficou ferido», explicou o comandante.")]
    [InlineData("es", "comandante", "La ingeniera Ana Gil dirige las obras.", "«Nadie resultó herido», explicó el comandante.")]
    [InlineData("de", "Kommandant", "Die Architektin Katrin Vogel leitet den Bau.", "„Niemand wurde verletzt“, sagte der Kommandant.")]
    [InlineData("nl", "kapitein", "De wethouder Piet de Vries keek vanaf de kade toe.", "De kapitein zei: ‘Niemand raakte gewond.’")]
    public void ARankNoOneHolds_BesideAnotherRolesHolder_IsTheRank(string language, string rank, params string[] paragraphs)
        => Assert.Equal(rank, LastSpeaker(language, paragraphs));

    // The holder the article names right after the quote is the rank's (SpeakerFinder.RoleNamedLater.cs).
    [Theory]
    [InlineData("en", "Tom Hale", "Councillor Paul Ruiz spoke first at the meeting.", "\"The road must stay open,\" said the captain. Captain Tom Hale has led the crew for ten years.")]
    [InlineData("fr", "Marc Vidal", "Le conseiller municipal Paul Roux a parlé en premier.", "« La route doit rester ouverte », a déclaré le capitaine. Le capitaine Marc Vidal dirige l'équipe depuis dix ans.")]
    [InlineData("es", "Luis Mora", "El concejal Pablo Ruiz habló primero.", "«La carretera debe seguir abierta», dijo el comandante. El comandante Luis Mora dirige la unidad desde hace diez años.")]
    [InlineData("it", "Luca Ferri", "Il consigliere Paolo Neri ha parlato per primo.", "«La strada deve restare aperta», ha detto il comandante. Il comandante Luca Ferri guida il reparto da dieci anni.")]
    [InlineData("pt", "Luís Costa", "O vereador Rui Matos falou primeiro.", "«A estrada tem de ficar aberta», disse o comandante. O comandante Luís Costa dirige a corporação há dez anos.")]
    public void ARanksHolderNamedAfterTheQuote_IsTheRanks(string language, string holder, params string[] paragraphs)
        => Assert.Equal(holder, LastSpeaker(language, paragraphs));

    // Guards: the rank the article gave the person named, or another rank (a colonel is called the
    // commander), stays theirs.
    [Theory]
    [InlineData("en", "Paul Ruiz", "Captain Paul Ruiz spoke first at the meeting.", "\"The road must stay open,\" said the captain.")]
    [InlineData("fr", "Paul Roux", "Le capitaine Paul Roux a parlé en premier.", "« La route doit rester ouverte », a déclaré le capitaine.")]
    [InlineData("fr", "Paul Roux", "Le colonel Paul Roux est arrivé lundi.", "« Nous tiendrons le pont », a déclaré le commandant.")]
    [InlineData("es", "Pablo Ruiz", "El comandante Pablo Ruiz habló primero.", "«La carretera debe seguir abierta», dijo el comandante.")]
    [InlineData("es", "Luis Mora", "El coronel Luis Mora llegó el lunes.", "«Mantendremos el puente», dijo el comandante.")]
    [InlineData("it", "Paolo Neri", "Il comandante Paolo Neri ha parlato per primo.", "«La strada deve restare aperta», ha detto il comandante.")]
    [InlineData("pt", "Rui Matos", "O comandante Rui Matos falou primeiro.", "«A estrada tem de ficar aberta», disse o comandante.")]
    [InlineData("pt", "Rui Matos", "O coronel Rui Matos chegou na segunda-feira.", "«Vamos manter a ponte», disse o comandante.")]
    [InlineData("nl", "Piet de Vries", "Kapitein Piet de Vries sprak als eerste.", "‘De weg moet open blijven’, zei de kapitein.")]
    public void ARankTheArticleGaveThePersonNamed_IsTheirs(string language, string holder, params string[] paragraphs)
        => Assert.Equal(holder, LastSpeaker(language, paragraphs));

    // Guard: a person the article gave no role may hold the rank, and is left to salience as before.
    [Theory]
    [InlineData("en", "Paul Ruiz", "Paul Ruiz spoke first at the meeting.", "\"The road must stay open,\" said the captain.")]
    [InlineData("es", "Pablo Ruiz", "Pablo Ruiz habló primero.", "«La carretera debe seguir abierta», dijo el comandante.")]
    [InlineData("it", "Paolo Neri", "Paolo Neri ha parlato per primo.", "«La strada deve restare aperta», ha detto il comandante.")]
    public void SomeoneGivenNoRole_MayStillHoldTheRank(string language, string person, params string[] paragraphs)
        => Assert.Equal(person, LastSpeaker(language, paragraphs));

    // Guard: a wider noun the press calls a holder of another role by is no rank, and keeps its
    // reading ("Health Secretary X" … "the minister").
    [Theory]
    [InlineData("en", "Jane Roe", "Health Secretary Jane Roe visited the hospital on Monday.", "\"The wards are full,\" said the minister.")]
    [InlineData("es", "Ana Gil", "La ministra de Sanidad, Ana Gil, visitó el hospital.", "«Las plantas están llenas», dijo la ministra.")]
    public void AWiderNounThanTheRoleGiven_IsNoRank(string language, string holder, params string[] paragraphs)
        => Assert.Equal(holder, LastSpeaker(language, paragraphs));
}
