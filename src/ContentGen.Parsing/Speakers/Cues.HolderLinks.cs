using System;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class Cues
{
    /// <summary>
    /// Whether a word links a view, a reply or a verdict to whoever holds it: "the view of X",
    /// "the reply from X", "die Antwort von X", "la valoración del alcalde". A target ("the verdict on
    /// X") or a listener ("the reply to X") is linked by other words.
    /// </summary>
    public bool LinksToHolder(ReadOnlySpan<char> word)
        => Words.HeadLinks.Contains(word) || Words.PassiveAgents.Contains(word) || Words.GenitiveArticles.Contains(word) || Words.ViewLinks.Contains(word);
}
