namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// An English news desk's reporting verbs, from a standard inventory (not from articles), in the
/// past the press writes after a quote, the subject first ("{S} admitted"), a few in the present of
/// features and a few with their particle ("{S} pointed out", "{S} summed up").
/// </summary>
internal static class EnglishReportingVerbs
{
    public static readonly string[] Templates =
    [
        // Statements and their manner.
        "{S} said", "{S} added", "{S} explained", "{S} stated", "{S} declared", "{S} noted", "{S} observed", "{S} remarked",
        "{S} commented", "{S} replied", "{S} responded", "{S} answered", "{S} retorted", "{S} countered", "{S} insisted",
        "{S} maintained", "{S} argued", "{S} contended", "{S} asserted", "{S} claimed", "{S} affirmed", "{S} confirmed",
        "{S} acknowledged", "{S} admitted", "{S} conceded", "{S} confessed", "{S} revealed", "{S} disclosed", "{S} announced",
        "{S} stressed", "{S} emphasised", "{S} emphasized", "{S} underlined", "{S} reiterated", "{S} repeated", "{S} recalled",
        "{S} recounted", "{S} clarified", "{S} elaborated", "{S} continued", "{S} concluded", "{S} reaffirmed", "{S} restated", "{S} underscored", "{S} concurred",
        "{S} interjected", "{S} opined", "{S} surmised", "{S} rebutted",
        "{S} reasoned", "{S} reflected", "{S} testified", "{S} alleged", "{S} wrote", "{S} tweeted", "{S} posted",
        "{S} denied", "{S} objected", "{S} protested", "{S} pointed out", "{S} summed up",
        "{S} says", "{S} explains", "{S} admits", "{S} recalls", "{S} adds", "{S} insists",
        // Judgements, guesses, fears and hopes.
        "{S} complained", "{S} lamented", "{S} regretted", "{S} criticised", "{S} joked", "{S} quipped", "{S} laughed",
        "{S} sighed", "{S} mused", "{S} boasted", "{S} bragged", "{S} exclaimed", "{S} shouted", "{S} whispered",
        "{S} cried", "{S} groaned", "{S} grumbled", "{S} fumed", "{S} raged", "{S} scoffed", "{S} smiled", "{S} estimated",
        "{S} reckoned", "{S} speculated", "{S} predicted", "{S} forecast", "{S} feared", "{S} worried", "{S} hoped",
        "{S} wondered", "{S} believed", "{S} suggested", "{S} cautioned", "{S} hopes", "{S} fears",
        // Demands, warnings and promises.
        "{S} warned", "{S} urged", "{S} demanded", "{S} asked", "{S} pleaded", "{S} begged", "{S} appealed", "{S} promised",
        "{S} pledged", "{S} vowed", "{S} swore", "{S} threatened", "{S} proposed", "{S} recommended", "{S} advised",
        "{S} challenged", "{S} questioned", "{S} charged",
    ];
}
