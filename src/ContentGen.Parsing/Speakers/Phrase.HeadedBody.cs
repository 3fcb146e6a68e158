using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class Phrase
{
    /// <summary>
    /// The organisation whose noun heads its name at <paramref name="start"/> (its article, an
    /// elided article joined to the noun, or the noun) and lower-case links go on ("la Asociación
    /// de Regantes del Valle Hondo"), or <see cref="Subject.None"/>: see OrganisationName.Read.
    /// </summary>
    public Subject HeadedOrganisation(IReadOnlyList<Token> sentence, int start) => _organisations.Read(sentence, start);
}
