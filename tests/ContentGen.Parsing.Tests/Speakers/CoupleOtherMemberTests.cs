namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 62 (couples): a sentence with no quote that opens on a pronoun of the other gender than the
/// last speaker's (shown by a title, a gendered role or a linked pronoun) is someone else's turn: the
/// one other person who spoke and is not shown to be of the other gender, else no one. Invented, in
/// other words than the article that showed it. The probes this does not read (a kin noun as the
/// subject after a couple, German "sie") are listed in docs/speakers.md (Session 62, couples).
/// </summary>
public sealed class CoupleOtherMemberTests
{
    // A pronoun of the other gender after a man spoke: the one woman the article named and quoted.
    [Theory]
    [InlineData("\"The path has been shut for a week,\" said Karen Holt, who runs the cafe. ¶ Dave Marsh, the warden, said the repairs were late. \"We asked twice,\" he said. She was not convinced. \"They always say that.\"", "Karen Holt|Dave Marsh|Karen Holt")]
    [InlineData("« Le chemin est fermé depuis une semaine », explique Claire Roux, qui tient le café. ¶ Marc Petit, le garde, assure que les travaux ont pris du retard. « Nous avons relancé deux fois », dit-il. Elle, en attendant, n'y croit pas. « Ils disent toujours ça. »", "Claire Roux|Marc Petit|Claire Roux")]
    [InlineData("‘Het pad is al een week dicht’, zegt Ingrid Mulder, die het café runt. ¶ Kees Bos, de boswachter, zegt dat de werken vertraging hebben. ‘We hebben twee keer gebeld’, zegt hij. Zij blijft sceptisch. ‘Dat zeggen ze altijd.’", "Ingrid Mulder|Kees Bos|Ingrid Mulder")]
    public void APronounOfTheOtherGender_AfterASpeaker_IsTheOneWomanQuoted(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);

    // Negatives: two women named and quoted before (then nobody); a pronoun inside a quote is no turn.
    [Theory]
    [InlineData("\"The path has been shut for a week,\" said Karen Holt, who runs the cafe. ¶ \"Nobody told us,\" said Ruth Dale, a walker. ¶ Dave Marsh, the warden, said the repairs were late. \"We asked twice,\" he said. She was not convinced. \"They always say that.\"", "Karen Holt|Ruth Dale|Dave Marsh|-")]
    [InlineData("\"The path has been shut for a week,\" said Karen Holt. ¶ Dave Marsh, the warden, said the repairs were late. \"She knows we asked twice,\" he said. \"They never answer.\"", "Karen Holt|Dave Marsh|Dave Marsh")]
    public void TwoWomenBeforeOrAPronounInsideAQuote_AreLeftAlone(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);
}
