using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A document given with the body that issued it after a participle: "la nota diffusa dall'azienda",
// "el comunicado difundido por la empresa", "o comunicado divulgado pela autarquia", "le communiqué
// publié par la préfecture", "the statement issued by the council", "het persbericht verspreid door
// de gemeente".
internal sealed partial class Phrase
{
    /// <summary>
    /// The body named after an issuing participle that follows the document's noun at
    /// <paramref name="noun"/> and its agent's preposition: the name given there, or the body's
    /// noun, which the cast resolves to the latest named organisation of its kind, or any other
    /// name, a person's or a body's the article named before. A lower-case agent that is no
    /// body's noun ("dalla famiglia"), or no agent, gives <see cref="Subject.None"/>.
    /// </summary>
    public Subject IssuerAfterParticiple(IReadOnlyList<Token> sentence, int noun)
    {
        var participle = noun + 1;
        var agent = participle + 1;
        if (agent >= sentence.Count || !sentence[participle].IsLower || !_words.IssuingParticiples.Contains(sentence[participle].Span)
            || !sentence[agent].IsLower)
        {
            return Subject.None;
        }

        // "dall'azienda": the agent's preposition, its article and the noun in one word.
        if (!PastPreposition(sentence, agent, _words.PassiveAgents, out var elided, out var body))
        {
            return elided;
        }

        if (body >= sentence.Count || !sentence[body].IsWord)
        {
            return Subject.None;
        }

        // "par la préfecture de la Lière": a name an organisation noun heads.
        if (_organisations.Read(sentence, body) is { IsFound: true } headed)
        {
            return SpokenFor(headed);
        }

        var named = false;
        if (sentence[body].IsLower)
        {
            if (!IsBodyNoun(sentence[body].Span))
            {
                return Subject.None;
            }

            if (!NamedAfter(sentence, body + 1))
            {
                return new Subject(SubjectKind.Organisation, sentence[body].Text, body + 1);
            }

            body++;
            named = true;
        }

        // "por la Consejería de Sanidad", "by Kelbridge Council", "dal comitato Ponte Sicuro": a
        // name that says it is a body's, or follows a body's noun (one an organisation's noun
        // heads was read above), is a body's.
        var end = OrganisationNameEnd(sentence, body);
        if (end <= body)
        {
            return Subject.None;
        }

        var name = Join(sentence, body, end);
        if (named || IsBodyNoun(sentence[body].Span) || ContainsBodyNoun(sentence, body, end))
        {
            return new Subject(SubjectKind.Name, name, end, isOrganisation: true);
        }

        // "diffusa da Meridia Capital", "ondertekend door Anke de Vries": any other name after the
        // participle issued or signed the document, so its words are that name's; the cast says
        // whether the article brought it in as a body or a person. Read as a name, so a person's
        // particle ("de Vries") stays in it.
        var other = ReadForward(sentence, body);
        return other.Kind == SubjectKind.Name ? other : Subject.None;
    }

    // Whether a word of the name from `start` to `end` is a body's noun ("Kelbridge Council").
    private bool ContainsBodyNoun(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsBodyNoun(sentence[k].Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A body given by its article and noun at <paramref name="article"/>, as an <c>according to</c>
    /// phrase's holder: "nach Angaben der Polizei", "des Verkehrsministeriums", "secondo il Comune".
    /// The noun (a German genitive's ending taken off) is the cast's to resolve; anything but a
    /// body's noun after the article gives <see cref="Subject.None"/>.
    /// </summary>
    public Subject BodyAfterArticle(IReadOnlyList<Token> sentence, int article)
    {
        if (article + 1 >= sentence.Count || !sentence[article].IsLower || !Is(sentence[article], WordClass.Definite))
        {
            return Subject.None;
        }

        var body = OrganisationAfter(sentence, article);
        return body.Kind == SubjectKind.Organisation || (body.Kind == SubjectKind.Name && body.IsOrganisation) ? body : Subject.None;
    }
}
