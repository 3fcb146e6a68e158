using System.Collections.Generic;

namespace ContentGen.Parsing;

/// <summary>What kind of speaker a quote is attributed to.</summary>
public enum SpeakerKind
{
    /// <summary>A named person: "Jane Roe".</summary>
    Person,

    /// <summary>A company, party, body or club, by its name: "Harbour Rail", "Department for Transport".</summary>
    Organisation,

    /// <summary>
    /// Someone unnamed who speaks for no named organisation, by the description the text gives,
    /// without its article: "trader" for "said one trader", "habitante" for "une habitante".
    /// </summary>
    Description,
}

/// <summary>One distinct speaker of an article. Immutable and equatable.</summary>
/// <param name="Name">The name, without titles or role words.</param>
/// <param name="Kind">Whether a person, an organisation or someone unnamed, by a description, speaks.</param>
public sealed record Speaker(string Name, SpeakerKind Kind)
{
    /// <summary>Each distinct speaker of <paramref name="quotes"/>, in order of first quote.</summary>
    public static EquatableArray<Speaker> Of(EquatableArray<Quote> quotes)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var speakers = new List<Speaker>();
        foreach (var quote in quotes)
        {
            if (quote.Speaker is { } name && seen.Add(name))
            {
                speakers.Add(new Speaker(name, quote.SpeakerKind ?? SpeakerKind.Person));
            }
        }

        return EquatableArray.From(speakers);
    }
}
