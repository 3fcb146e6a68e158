namespace ContentGen.Parsing.Speakers;

/// <summary>What kind of phrase names a speaker.</summary>
internal enum SubjectKind
{
    None,
    Name,
    Pronoun,
    Role,

    /// <summary>An organisation named before: "the company", "la empresa", "it".</summary>
    Organisation,

    /// <summary>Someone unnamed and new, "a spokesman" or "Rover's spokesman": no speaker, and no guess.</summary>
    Unnamed,

    /// <summary>A group named by a plural after its article, "les syndicats", "the lawyers": given by that noun.</summary>
    Group,
}

/// <summary>A phrase that names who spoke, and the token index just past it.</summary>
internal readonly struct Subject
{
    public Subject(SubjectKind kind, string text, int end, string? employer = null, bool isOrganisation = false, bool isDocumentOwner = false, bool isEpithet = false, bool isBody = false, string? complement = null, bool isUnheld = false, string? holderOnlyEpithet = null, string? spokesRole = null)
    {
        SpokesRole = spokesRole;
        HolderOnlyEpithet = holderOnlyEpithet;
        IsUnheld = isUnheld;
        Complement = complement;
        IsEpithet = isEpithet;
        IsBody = isBody;
        Kind = kind;
        Text = text;
        End = end;
        Employer = employer;
        IsOrganisation = isOrganisation;
        IsDocumentOwner = isDocumentOwner;
    }

    public static Subject None => default;

    public static Subject Pronoun => new(SubjectKind.Pronoun, string.Empty, 0);

    public SubjectKind Kind { get; }

    public string Text { get; }

    public int End { get; }

    /// <summary>Where a named person works, when the phrase says so: "Laura Finch of Save the Children".</summary>
    public string? Employer { get; }

    /// <summary>
    /// Whether the name is an organisation's, headed by its noun: "Union des usagers de Valmont".
    /// Its lower-case words belong to it, so it is not checked as a person's name would be.
    /// </summary>
    public bool IsOrganisation { get; }

    /// <summary>
    /// Whether the name only stands before a document's noun ("the Lund report said"): it speaks
    /// only as someone the article gives in full, or as an organisation ("the Budget report" is no one's).
    /// </summary>
    public bool IsDocumentOwner { get; }

    /// <summary>
    /// Whether a role is an epithet, its noun described by capitalised words ("the Northbay
    /// bowler"): someone named before, as the article's own description of them. A name is one
    /// when an adjective describes it ("a tearful Roe"): a person only if the article gives
    /// the full name (a town or a club is described so too: "a revived Eastport").
    /// </summary>
    public bool IsEpithet { get; }

    /// <summary>
    /// Whether the name stands after an article that no person's name follows ("the Harbour Isles",
    /// "the Harbour Trust"): a place or a body, which may speak but is never "he" or "she". It is
    /// not made an organisation of the cast, which a later "it" or "the company" would then mean:
    /// a newspaper or a place named so is seldom what they mean.
    /// </summary>
    public bool IsBody { get; }

    /// <summary>
    /// For a role, the capitalised complement that says which office it is ("Santé" in "le
    /// ministre de la Santé"), when it has one: it is no office held by someone named with another.
    /// </summary>
    public string? Complement { get; }

    /// <summary>
    /// For someone unnamed, whether a definite role brought them in, its link and an indefinite
    /// saying the body it heads is not named ("the owner of a small ferry firm"): the text is
    /// the role's words, the description that gives them.
    /// </summary>
    public bool IsUnheld { get; }

    /// <summary>
    /// For an office epithet that is also a trade of its own ("el técnico", read as "entrenador"),
    /// the epithet's word: the role then means only its one holder, and no one when the article
    /// gave the word itself to someone.
    /// </summary>
    public string? HolderOnlyEpithet { get; }

    /// <summary>
    /// For an organisation's noun that is a spokes noun's complement ("el portavoz de la empresa"),
    /// that spokes noun: the spokesperson the article named for the body speaks, else the body
    /// (SpeakerFinder.SpokespersonOfBodyNoun.cs).
    /// </summary>
    public string? SpokesRole { get; }

    public bool IsFound => Kind != SubjectKind.None;

    /// <summary>The same phrase read as a described name: a person only if the article gives the full name (<see cref="IsEpithet"/>).</summary>
    public Subject AsDescribedName() => new(Kind, Text, End, Employer, IsOrganisation, IsDocumentOwner, isEpithet: true, IsBody, Complement, IsUnheld);
}
