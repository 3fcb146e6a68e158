using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A media player's buttons, which a dumped video page prints one a line ("Couper le son", "Exit full screen", "Vollbild
/// beenden"), and a switch among them printed with its state after a colon ("Lecture automatique : activée", "Autoplay:
/// off"). Whole lines only (<see cref="LexiconTables.PlayerControls"/>): a line that opens with a button's words and goes on
/// ("Plein écran pour le cinéma du quartier") is the article's. A button names nothing the article says, so it is chrome
/// and never the headline, however near the dateline the player stands.
/// </summary>
internal static class PlayerControls
{
    /// <summary>Whether <paramref name="line"/>, trimmed, is a player's button alone or a switch with its state.</summary>
    public static bool IsControl(ReadOnlySpan<char> line)
    {
        var text = Whitespace.Trim(line);
        return text.Length > 0 && (LexiconTables.PlayerControls.Contains(text) || IsSwitchWithState(text));
    }

    /// <summary>"Lecture automatique : activée": a button's label, a colon and one of the states a switch shows.</summary>
    public static bool IsSwitchWithState(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var state = Whitespace.Trim(text.Slice(colon + 1));
        return state.Length > 0 && LexiconTables.PlayerStates.Contains(state) && LexiconTables.PlayerControls.Contains(Whitespace.Trim(text.Slice(0, colon)));
    }
}
