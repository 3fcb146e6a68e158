using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Structure;

internal static partial class BoilerplateLines
{
    /// <summary>
    /// Session 57, pages: a podcast player's line telling the listener how to ask a voice assistant for the show ("Ask your
    /// smart speaker to "play Echo Sounds"", "Demandez à votre enceinte connectée …"). It opens with the prompt's words
    /// (<see cref="Lexicon.VoiceAssistantPrompts"/>) and ends on no full stop; its quoted words once made it the likeliest
    /// headline over the episode's chapters, and the real headline and summary above it were lost. A sentence that
    /// speaks of the devices ("Smart speakers are …", "Ask your smart speaker and it will tell you.") is none.
    /// </summary>
    /// <remarks><paramref name="text"/>: the line with its trailing marks trimmed; <paramref name="line"/>: as printed.</remarks>
    private static bool IsVoiceAssistantPrompt(ReadOnlySpan<char> text, ReadOnlySpan<char> line)
        => LexiconTables.VoiceAssistantPrompts.StartsAny(text) && line.TrimEnd() is var printed && !Punctuation.IsTerminal(printed[printed.Length - 1]);
}
