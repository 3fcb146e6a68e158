namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 63 (turns2): the quote's own cue, before a colon, opens the sentence on a pronoun of the other gender
/// than the last speaker is shown to be of, set off by a comma ("Ella, en cambio, no se lo cree: «…»"): the
/// pronoun passes over that speaker to the one other person who spoke (SpeakerFinder.OtherGenderColonCue.cs),
/// else no one. Invented, in other words than the fresh articles. Read in French and Dutch; the probes this does
/// not read (English after "Mr Colin Reed": no one; Spanish and Portuguese after a masculine article: the man) are
/// listed in docs/speakers.md (Session 63, turns2).
/// </summary>
public sealed class OtherGenderColonCueTests
{
    [Theory]
    [InlineData("« Le bac a été annulé deux fois ce mois-ci », raconte Hélène Morin, qui tient l'épicerie du port. ¶ Paul Girard, le responsable de la compagnie, accuse la météo. « Nous ne pouvons pas sortir par gros temps », dit-il. Elle, pour sa part, reste sceptique : « Les autres bateaux sortent bien. »", "Hélène Morin|Paul Girard|Hélène Morin")]
    [InlineData("‘De veerboot is deze maand twee keer geschrapt’, zegt Linda de Graaf, die de havenwinkel runt. ¶ Pieter Smit, de bedrijfsleider, wijt het aan het weer. ‘Met storm kunnen we niet varen’, zegt hij. Zij, daarentegen, gelooft het niet: ‘De andere boten varen wel.’", "Linda de Graaf|Pieter Smit|Linda de Graaf")]
    public void APronounOfTheOtherGender_OpeningAColonCue_PassesOverTheLastSpeaker(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);

    // Negatives: two women quoted before (the pronoun can mean either: no one); the man's own pronoun keeps to
    // him; a pronoun with no comma after it keeps the pronoun's reading.
    [Theory]
    [InlineData("\"The ferry has been cancelled twice this month,\" said Helen Ward. ¶ \"Nobody warned us,\" said Ruth Lane, a passenger. ¶ Mr Colin Reed, the operator's manager, blamed the weather. \"We cannot sail in a gale,\" he said. She, however, was not persuaded: \"The other boats still sail.\"", "Helen Ward|Ruth Lane|Colin Reed|-")]
    [InlineData("\"The ferry has been cancelled twice this month,\" said Helen Ward. ¶ Mr Colin Reed, the operator's manager, blamed the weather. \"We cannot sail in a gale,\" he said. He, however, was hopeful: \"The forecast is better.\"", "Helen Ward|Colin Reed|Colin Reed")]
    public void TwoWomenBeforeOrTheMansOwnPronoun_AreLeftAlone(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);
}
