using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "At the counter, a pensioner was counting her change. '…,' she said.", "En la taquilla, una vecina
// se lo tomaba con calma. «…», dice.", "Am Stand schüttelt eine Rentnerin den Kopf. „…“, sagt sie.":
// the writer brings someone new in as the subject after a phrase that says where or when, not as the
// sentence's first words. It is the introduction SpeakerFinder.UnnamedBroughtIn.cs reads ("A pensioner
// …"), so the same reading takes it, with its guards (a people noun, no quote, no one named after the
// article): this file only says that the article stands where the subject does. That place is the one
// SpeakerFinder.PronounAfterOpeningPhrase.cs finds for a pronoun: right after the phrase's comma ("Au
// marché, une retraitée"), or, where the finite verb stands second, right after the verb ("Op de markt
// haalt een visboer", "Neben ihm stand eine Anwohnerin"). Before, a quote with a pronoun or no cue after
// it went to the person quoted before. Not read: an indefinite after the subject ("Op de markt sprak de
// burgemeester een visboer aan", "Auf dem Markt traf er eine Rentnerin": the verb's object), and a
// sentence where a comma after the article is followed by a pronoun ("With her neighbour, a pensioner
// who lives alone, she …": the article's noun is set off from the phrase, the pronoun is the subject).
internal sealed partial class SpeakerFinder
{
    // Whether the indefinite at `article` opens the subject after an opening phrase of place or time.
    private bool OpensSubjectAfterOpeningPhrase(IReadOnlyList<Token> sentence, int article)
        => article >= 2 && SubjectSlotAfterOpeningPhrase(sentence) == article && !PronounSubjectAfterComma(sentence, article);
}
