namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// In German and Dutch a perfect's participle ends its clause and its auxiliary stands second: the capitalised
/// noun before the participle (<c>um Hilfe gebeten</c>, <c>mehr Geld gefordert</c>) is its object, never its
/// subject, and never whom a later pronoun means.
/// </summary>
public sealed class VerbFinalParticipleTests
{
    private static string?[] German(params string[] paragraphs)
        => QuoteSpeakers.Under("Die letzte Metzgerei schließt", paragraphs);

    private static string?[] Dutch(params string[] paragraphs)
        => QuoteSpeakers.Under("De laatste slager stopt", paragraphs);

    [Fact]
    public void AnObjectBeforeTheParticiple_IsNoSubject_PronounOpening_German()
        => Assert.Equal(
            new string?[] { "Miriam Kalb" },
            German("Miriam Kalb will das nicht hinnehmen. Sie hat Bürgermeister Reiner Pfaff um Hilfe gebeten. „Wir brauchen einen Verkaufswagen“, sagt sie."));

    [Fact]
    public void AnObjectBeforeTheParticiple_IsNoSubject_NameOpening_German()
        => Assert.Equal(
            new string?[] { "Miriam Kalb" },
            German("Miriam Kalb hat mehr Geld gefordert. „Wir brauchen einen Verkaufswagen“, sagt sie."));

    [Fact]
    public void APersonObjectBeforeTheParticiple_IsNoSubject_German()
        => Assert.Equal(
            new string?[] { "Miriam Kalb" },
            German("Miriam Kalb will das nicht hinnehmen. Sie hat Bürgermeister Reiner Pfaff gewarnt. „Wir brauchen einen Verkaufswagen“, sagt sie."));

    [Fact]
    public void AnObjectBeforeTheParticiple_IsNoSubject_AdverbOpening_German()
        => Assert.Equal(
            new string?[] { "Miriam Kalb" },
            German("Miriam Kalb will das nicht hinnehmen. Gestern hat sie um Rat gebeten. „Wir brauchen einen Verkaufswagen“, sagt sie."));

    [Fact]
    public void APersonObjectBeforeTheParticiple_IsNoSubject_Dutch()
        => Assert.Equal(
            new string?[] { "Ria Smit" },
            Dutch("Ria Smit legt zich er niet bij neer. Zij heeft wethouder Kees Bos gewaarschuwd. \"We hebben een winkelwagen nodig\", zegt ze."));

    [Fact]
    public void ABodyBeforeTheAuxiliary_LeavesTheObjectUnmeant_German()
        => Assert.Equal(
            new string?[] { null },
            German("Die Gemeinde hat um Hilfe gebeten. „Wir brauchen einen Verkaufswagen“, sagt sie."));
}
