using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S9, the person in focus going on: a sentence about the person the sentence before was about keeps
/// them in focus though it opens on a clause of its own ("Since she saw the bear, she …", "Seit sie
/// das Tier gesehen hat, lässt sie …"), or, where subjects are dropped, opens on a negation and its
/// verb ("No deja salir …", "Non lascia …"); a quote with no cue in the next paragraph is theirs.
/// Not a pronoun of the other gender or plural, an impersonal "se"/"si", or a sentence about a thing.
/// </summary>
public sealed class SubjectGoesOnPastClauseTests
{
    // The article opens on a sentence of the probe's language, which says the language it is read in.
    private static string?[] Speakers(string opening, string lead, string quote)
        => QuoteSpeakers.Under("Probe", opening, lead, quote);

    private const string English = "The village lies in the valley below the wood.";
    private const string German = "Das Dorf liegt im Tal unter dem Wald.";
    private const string French = "Le village se trouve dans la vallée, sous la forêt.";
    private const string Spanish = "El pueblo está en el valle, bajo el monte.";
    private const string Italian = "Il paese si trova nella valle, sotto il bosco.";

    [Fact]
    public void English_SamePronounAfterOpeningClause_KeepsTheSubject()
        => Assert.Equal(
            new[] { "Margaret Fenwick" },
            Speakers(
                English,
                "Margaret Fenwick keeps a vegetable patch against the wood. Since she saw the bear, she has not let the grandchildren out alone.",
                "\"It is not that I am afraid of the bear. It is that this one will not go away.\""));

    [Fact]
    public void German_SamePronounAfterOpeningClauseAndVerb_KeepsTheSubject()
        => Assert.Equal(
            new[] { "Anna Fendt" },
            Speakers(
                German,
                "Anna Fendt hat ihren Garten direkt am Waldrand. Seit sie das Tier gesehen hat, lässt sie die Enkel nicht mehr allein hinaus.",
                "„Ich habe keine Angst vor dem Bären. Aber dieser geht nicht mehr weg.“"));

    [Fact]
    public void French_SamePronounAfterOpeningClause_KeepsTheSubject()
        => Assert.Equal(
            new[] { "Marie Fernand" },
            Speakers(
                French,
                "Marie Fernand a son potager collé à la forêt. Quand elle a vu l’animal, elle a gardé ses petits-enfants à la maison.",
                "« Ce n’est pas que j’aie peur de l’ours. C’est que celui-là ne s’en va pas. »"));

    [Fact]
    public void Spanish_DroppedSubjectAfterNegation_KeepsTheSubject()
        => Assert.Equal(
            new[] { "Aurora Fernández" },
            Speakers(
                Spanish,
                "Aurora Fernández tiene la huerta pegada al monte. No deja salir solos a los nietos.",
                "«No es que le tenga miedo al oso. Es que este no se va.»"));

    [Fact]
    public void Italian_DroppedSubjectAfterNegation_KeepsTheSubject()
        => Assert.Equal(
            new[] { "Aurora Ferrari" },
            Speakers(
                Italian,
                "Aurora Ferrari ha l’orto attaccato al bosco. Non lascia uscire da soli i nipoti.",
                "«Non è che abbia paura dell’orso. È che questo non se ne va.»"));

    [Fact]
    public void English_PronounOfTheOtherGender_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            Speakers(
                English,
                "Mrs Margaret Fenwick keeps a vegetable patch against the wood. Since he arrived, he has not let the children out alone.",
                "\"It is not that I am afraid of the bear. It is that this one will not go away.\""));

    [Fact]
    public void German_PluralVerbAfterTheClause_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            Speakers(
                German,
                "Anna Fendt hat ihren Garten direkt am Waldrand. Seit sie hier wohnen, lassen sie die Kinder nicht mehr hinaus.",
                "„Ich habe keine Angst vor dem Bären. Aber dieser geht nicht mehr weg.“"));

    [Fact]
    public void Spanish_ImpersonalSeAfterNegation_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            Speakers(
                Spanish,
                "Aurora Fernández tiene la huerta pegada al monte. No se sabe cuándo volverá el oso.",
                "«No es que le tenga miedo al oso. Es que este no se va.»"));

    [Fact]
    public void Spanish_NegationAfterASubjectThatIsNoPerson_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            Speakers(
                Spanish,
                "El oso vive en el monte. No deja huellas en la nieve.",
                "«No es que le tenga miedo al oso. Es que este no se va.»"));

    [Fact]
    public void Spanish_NameInTheSentence_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            Speakers(
                Spanish,
                "Aurora Fernández tiene la huerta pegada al monte. Desde que llegó el oso, no deja Marta Vidal salir a los nietos.",
                "«No es que le tenga miedo al oso. Es que este no se va.»"));
}
