namespace ContentGen.Parsing.Speakers;

// "La empresa gestora, Aguas Sur, … Su portavoz, Luis Gómez, añadió … Días después, el portavoz de
// la empresa aseguró que «…»": the spokes noun with the body's noun as its complement means the
// spokesperson the article named for it, given the noun with the same body noun or with none
// ("Su portavoz"), not the body; with none named, or another body's ("el portavoz del sindicato,
// Luis Gómez"), or two, the body speaks as before.
internal sealed partial class SpeakerFinder
{
    private string? SpokespersonOfBodyNoun(string spokes, string bodyNoun)
        => _roles.SpokespersonFor(spokes, bodyNoun, _complete) is { } holder && IsPersonNamed(holder) ? holder : null;
}
