namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "said analysts at Harbor Partners": role holders in the plural at a named body, none of them
/// named, speak for the body, as an unnamed spokesman does. After a workplace's preposition
/// ("at", "bij") any name is the workplace; after a genitive's ("of", "de") only a name that says
/// it is an organisation's, since those may name a client.
/// </summary>
public sealed class PluralStaffTests
{
    private const string Yards = "Orders for new ferries fell for a third month in a row, the shipbuilders' federation said on Monday.";

    [Theory]
    [InlineData("Ferry orders", Yards + " \"Demand will stay weak until fuel prices settle,\" said analysts at Harbor Partners.", "Harbor Partners")]
    [InlineData("Ferry orders", Yards + " \"Demand will stay weak until fuel prices settle,\" wrote analysts at Harbor Partners in a note to clients.", "Harbor Partners")]
    [InlineData("Ferry orders", Yards + " \"Demand will stay weak until fuel prices settle,\" economists at Harbor Partners said.", "Harbor Partners")]
    [InlineData("Ferry orders", Yards + " \"Demand will stay weak until fuel prices settle,\" said researchers at the Bank of Eastmere.", "Bank of Eastmere")]
    [InlineData("Veerboten", "De bestellingen voor nieuwe veerboten daalden voor de derde maand op rij. \"De vraag blijft zwak tot de brandstofprijzen dalen,\" zeiden woordvoerders bij Rederij Noordkust.", "Rederij Noordkust")]
    public void RoleHoldersAtANamedBody_GiveTheBody(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[^1]);

    // Guards: a genitive's name may be a client's ("lawyers of Jane Roe", "les avocats de Marc
    // Dupont"), a place is no employer ("in Eastmere"), and one role holder at a body is described
    // by the role, as before.
    [Theory]
    [InlineData("Ferry orders", Yards + " \"The charges will be fought in court,\" said lawyers of Jane Roe.", null)]
    [InlineData("Ferry orders", Yards + " \"Demand will stay weak until fuel prices settle,\" said analysts in Eastmere.", null)]
    [InlineData("Ferry orders", Yards + " \"Demand will stay weak until fuel prices settle,\" said an analyst at Harbor Partners.", "analyst")]
    [InlineData("Chantiers navals", "Les commandes de ferries ont encore baissé en mars. « Ces accusations seront combattues devant le tribunal », ont déclaré les avocats de Marc Dupont.", null)]
    [InlineData("Astilleros", "Los pedidos de transbordadores cayeron por tercer mes. «Estas acusaciones se combatirán en los tribunales», dijeron los abogados de Marcos Duarte.", null)]
    public void ClientsPlacesAndOneHolder_AreNotTheBody(string headline, string paragraph, string? speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[^1]);
}
