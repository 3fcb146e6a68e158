using System;

namespace ContentGen.Parsing.Speakers;

// "Brauerei Hallhuber" beside "Georg Hallhuber", "Warenhuis Brakel" beside "Joost Brakel": a firm named
// after a family, its kind's noun before the surname, is a body, not a second person with the surname.
// Read as a first name, the noun made the surname name two people, so "Hallhuber überlegt lange" and
// even ", zegt Brakel" named no one. A firm's own noun (a company's, a trade's, a maker's, a body's) or
// a trade's firm by its ending ("Bäckerei", "Bakkerij") opening a run of two is no first name.
internal sealed partial class NameFacts
{
    private bool IsFirmNoun(ReadOnlySpan<char> word)
        => _words.CompanyNouns.Contains(word) || _words.TradeNouns.Contains(word) || _words.FirmNouns.Contains(word)
        || _words.OrganisationNouns.Contains(word) || _words.IsTradeFirmNoun(word);

    /// <summary>Whether <paramref name="name"/> is a firm's noun and a surname ("Warenhuis Brakel"): a body's name, which names no person of the surname.</summary>
    public bool IsFirmBeforeSurname(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && space == name.LastIndexOf(' ') && IsFirmNoun(name.AsSpan(0, space));
    }
}
