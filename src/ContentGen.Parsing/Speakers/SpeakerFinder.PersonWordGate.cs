using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "«…», admitió el empresario." after "La fiscal del caso, Pilar Anglada, …"; "“…”, disse o vereador …"
// while "a diretora" is in focus; "„…“, sagte der 61-Jährige." after the mayor's words: a role at the cue
// is a person's word, and its noun's form ("alcaldesa", "Herr") or the article before it ("la", "el",
// "o", "der") may say a man's or a woman's. Whatever chose the person it means (the salient one, a
// holder the roles recorded), a person the article shows to be of the other gender is not whom the
// word means: the evidence conflicts, so the quote is no one's, since a wrong speaker is worse than none.
//
// Pronouns are left to their own reading, which already passes over the other gender; a noun whose
// form and article disagree, or a language that writes a masculine article of women too ("il
// sindaco", "le ministre"), says nothing.
internal sealed partial class SpeakerFinder
{
    // How far back from the end of a role's phrase its noun may stand: "der Bürgermeister von X", "o vereador da Saúde".
    private const int RoleNounReach = 4;

    // Whether `speaker`, given to the quote through the role `subject`, is of the other gender than the role says.
    private bool RoleMeansOther(IReadOnlyList<Token> sentence, Subject subject, string? speaker)
    {
        if (speaker is null || subject.Kind != SubjectKind.Role || subject.Text.Length == 0 || _descriptions.Contains(speaker))
        {
            return false;
        }

        // "sindaco|sindaca": the first form is the one the cue wrote.
        var form = subject.Text.IndexOf('|') is var bar and > 0 ? subject.Text.AsSpan(0, bar) : subject.Text.AsSpan();
        var said = RoleGender(sentence, subject.End, form);
        return said != Gender.Unknown && GenderOf(speaker) is var known && known != Gender.Unknown && known != said;
    }

    // The gender the role's own words give: its noun's form ("alcaldesa", "Herr"), else the article right
    // before it ("la presidente", "el empresario", "o autarca", "der 24-Jährige"). Neither, or a noun
    // whose form and article disagree, says nothing.
    private Gender RoleGender(IReadOnlyList<Token> sentence, int phraseEnd, ReadOnlySpan<char> form)
    {
        var noun = Elision.Tail(form);
        var byForm = _cues.Words.FemaleTitles.Contains(noun) ? Gender.Female : _cues.Words.MaleTitles.Contains(noun) ? Gender.Male : Gender.Unknown;
        var byArticle = Gender.Unknown;
        var end = Math.Min(phraseEnd, sentence.Count);
        for (var k = end - 1; k >= 1 && k >= end - RoleNounReach; k--)
        {
            if (!sentence[k].IsWord || !Elision.Tail(sentence[k].Span).Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var article = sentence[k - 1];
            if (article.IsWord)
            {
                byArticle = _cues.Words.FeminineArticles.Contains(article.Span) ? Gender.Female
                    : _cues.Words.MasculineArticles.Contains(article.Span) ? Gender.Male
                    : Gender.Unknown;
            }

            break;
        }

        return byForm == Gender.Unknown ? byArticle : byArticle == Gender.Unknown || byArticle == byForm ? byForm : Gender.Unknown;
    }
}
