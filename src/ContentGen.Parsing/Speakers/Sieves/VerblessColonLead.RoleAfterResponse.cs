using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Réponse de la maire : « … »", "Réplique du ministre :", "Respuesta del alcalde: «…»", "Risposta
// del sindaco: «…»", "Resposta do autarca: “…”", "Reply from the mayor: '…'": a response's noun
// and its link, then a role alone right before the colon. The role speaks as it would after a
// verb of saying, meaning whoever the article made its holder. The link must say whom the
// response comes from (the lexicons' EmployerLinks: "de", "du", "del", "from"): one that gives
// whom it is for ("Réponse au maire :", "Respuesta al alcalde:") names a listener. A role with
// more words after it than its own is left to the name reading.
internal sealed partial class VerblessColonLead
{
    private Subject RoleAfterResponse(IReadOnlyList<Token> sentence, int start, Subject named, int colon)
        => named.Kind == SubjectKind.Role && named.End == colon && start > 1 && IsResponseLink(sentence, start - 1)
            && _cues.Is(sentence[start - 1], WordClass.EmployerLink)
            ? named
            : Subject.None;
}
