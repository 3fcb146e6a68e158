using System;

namespace ContentGen.Parsing.Speakers;

// "Marta Ribeiro, presidente da câmara, … Do outro lado, o líder da oposição, Nuno Faria, acusou …
// “…”, respondeu a autarca de Serra Alta": a role said with a complement of office of its own,
// which the article gave no one, may name the person in focus by a second role ("the US singer of
// <a song>", "le porte-parole du <parti>" after the name), so the person in focus stays its
// reading; but not when its article's gender is not that person's: "a autarca" is a woman, and
// Nuno Faria is not her. No one then: the holder of that office was never named. Only languages
// whose article shows a gender (EpithetFeminineArticles, EpithetMasculineArticles) say so.
internal sealed partial class SpeakerFinder
{
    // How far before the subject's end its role noun may stand: "a autarca de Serra Alta do Norte".
    private const int MaxComplementWords = 6;

    // Whether the undecided role `subject`, said with a complement, stands under an article of a
    // gender the salient person's is not.
    private bool IsOtherGenderComplementRole(Subject subject, string? salient)
    {
        if (subject.Complement is null || salient is null || _readingSentence is not { } sentence
            || _cues.Words.EpithetFeminineArticles.Count == 0 || subject.End > sentence.Count)
        {
            return false;
        }

        var salientGender = _genderOf(salient);
        if (salientGender == Gender.Unknown)
        {
            return false;
        }

        for (var k = subject.End - 1; k >= 1 && k >= subject.End - MaxComplementWords; k--)
        {
            if (!string.Equals(sentence[k].Text, subject.Text, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var gender = ArticleGender(sentence[k - 1].Span);
            return gender != Gender.Unknown && gender != salientGender;
        }

        return false;
    }
}
