using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Contactada pelo jornal, fonte da empresa rejeitou as acusações. “…”", "Fuentes de la compañía
// negaron los hechos. «…»": a sentence with no quote whose subject is a body's unnamed sources and
// a verb after it (SpeakerFinder.Tracking.cs): sources say what they do ("rejeitou as acusações").
internal sealed partial class SpeakerFinder
{
    // The body speaks through its sources: a quote after the sentence with no cue is the body's
    // words, when the cast names it; when it does not, no longer the speaker quoted before.
    // Read too: a body given as where the words come from ("Desde la Consejería insisten en que
    // …", SourcesOpening), which speaks for it as its sources do.
    // Stops: a sentence whose quote has a speaker (its cue decided who speaks); sources that do not
    // open the sentence, after at most one opening phrase and its comma ("O sindicato citou fonte
    // da empresa"), are no subject; a word after them that is no lower-case word (a name, a
    // comma). A sentence that quotes with no speaker found ("Fonte da empresa classificou as
    // acusações de “absurdas”.") still has the sources as its subject, and is read. The word after
    // the phrase is taken as its verb unchecked: sources opening the sentence are its subject.
    private void TrackSourcesBefore(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null)
        {
            return;
        }

        var sources = _cues.Phrase.BodySourcesAfterOpeningPhrase(sentence);
        var verb = -1;
        if (!sources.IsFound)
        {
            sources = SourcesOpening(sentence, out verb);
        }
        else
        {
            verb = _cues.Phrase.SkipFillers(sentence, sources.End);
        }

        if (!sources.IsFound || verb < 0 || verb >= sentence.Count || !sentence[verb].IsWord || !sentence[verb].IsLower)
        {
            return;
        }

        _state.OtherSubjectSinceQuoted = true;
        _state.Mentioned(null);
        if (Resolve(sources) is { } body && _cast.IsOrganisation(body))
        {
            _state.Reported(body);
        }
    }
}
