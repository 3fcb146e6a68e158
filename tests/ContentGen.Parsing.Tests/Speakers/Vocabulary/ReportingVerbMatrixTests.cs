namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// Every reporting verb of each language's standard inventory gives its speaker in every shape the
/// language writes it in (<see cref="VerbShapes"/>): the vocabulary held-out articles use, not the
/// handful of verbs earlier articles happened to use.
/// </summary>
public sealed class ReportingVerbMatrixTests
{
    public static TheoryData<string> German => new(GermanReportingVerbs.Templates);

    public static TheoryData<string> French => new(FrenchReportingVerbs.Templates);

    public static TheoryData<string> Spanish => new(SpanishReportingVerbs.Templates);

    public static TheoryData<string> Italian => new(ItalianReportingVerbs.Templates);

    public static TheoryData<string> Portuguese => new(PortugueseReportingVerbs.Templates);

    public static TheoryData<string> Dutch => new(DutchReportingVerbs.Templates);

    public static TheoryData<string> English => new(EnglishReportingVerbs.Templates);

    [Theory]
    [MemberData(nameof(German))]
    public void AGermanVerb_GivesItsSpeakerInEveryShape(string template) => Assert.Empty(VerbShapes.Misread("de", template));

    [Theory]
    [MemberData(nameof(French))]
    public void AFrenchVerb_GivesItsSpeakerInEveryShape(string template) => Assert.Empty(VerbShapes.Misread("fr", template));

    [Theory]
    [MemberData(nameof(Spanish))]
    public void ASpanishVerb_GivesItsSpeakerInEveryShape(string template) => Assert.Empty(VerbShapes.Misread("es", template));

    [Theory]
    [MemberData(nameof(Italian))]
    public void AnItalianVerb_GivesItsSpeakerInEveryShape(string template) => Assert.Empty(VerbShapes.Misread("it", template));

    [Theory]
    [MemberData(nameof(Portuguese))]
    public void APortugueseVerb_GivesItsSpeakerInEveryShape(string template) => Assert.Empty(VerbShapes.Misread("pt", template));

    [Theory]
    [MemberData(nameof(Dutch))]
    public void ADutchVerb_GivesItsSpeakerInEveryShape(string template) => Assert.Empty(VerbShapes.Misread("nl", template));

    [Theory]
    [MemberData(nameof(English))]
    public void AnEnglishVerb_GivesItsSpeakerInEveryShape(string template) => Assert.Empty(VerbShapes.Misread("en", template));
}
