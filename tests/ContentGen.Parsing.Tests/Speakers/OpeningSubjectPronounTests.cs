using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A pronoun later in the sentence whose opening subject is someone named there for the first
/// time ("X quit … over what she called "…"") means that subject when its gender agrees, not
/// whoever the article spoke of before the sentence, nor no one.
/// </summary>
public sealed class OpeningSubjectPronounTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Quiz show loses its host", paragraphs);

    [Fact]
    public void English_WhatSheCalled_IsTheSubjects()
        => Assert.Equal(
            new[] { "Marta Quillon" },
            Speakers("Marta Quillon quit the show on Monday over what she called \"bullying\" tactics by the producers."));

    [Fact]
    public void English_AfterSomeoneElseQuoted_IsStillTheSubjects()
        => Assert.Equal(
            new[] { "Jane Roe", "Marta Quillon" },
            Speakers(
                "\"We are proud of the show,\" said the producer, Jane Roe.",
                "Marta Quillon quit the show on Monday over what she called \"bullying\" tactics by the producers."));

    [Fact]
    public void English_WhatHeCalled_IsTheSubjects()
        => Assert.Equal(
            new[] { "Tom Abernethy" },
            Speakers("Tom Abernethy left the board in March over what he called \"a culture of secrecy\" at the club."));

    [Fact]
    public void French_CeQuElleAppelle_IsTheSubjects()
        => Assert.Equal(
            new[] { "Odile Marchand" },
            Speakers("Odile Marchand a quitté l'émission lundi en dénonçant ce qu'elle appelle « des brimades » de la production."));

    [Fact]
    public void German_ErNannte_IsTheSubjects()
        => Assert.Equal(
            new[] { "Lukas Brenner" },
            Speakers("Lukas Brenner verließ am Montag die Sendung, und er nannte das Verhalten der Produktion „Schikane“."));

    [Fact]
    public void Dutch_HijNoemde_IsTheSubjects()
        => Assert.Equal(
            new[] { "Joost Dijkgraaf" },
            Speakers("Joost Dijkgraaf stapte maandag op, en hij noemde het gedrag van de makers \"pesterij\"."));

    // Negative: a pronoun of the other gender than the one the article shows for the subject means someone else.
    [Fact]
    public void APronounOfTheOtherGender_IsNotTheSubjects()
        => Assert.DoesNotContain(
            "Tom Abernethy",
            Speakers(
                "\"We are proud of the show,\" said the producer, Jane Roe.",
                "Tom Abernethy left the show on Monday over what she called \"bullying\" tactics by the producers. Mr Abernethy had hosted it for ten years."));

    // Negative: a plural pronoun is not the one person who opened the sentence.
    [Fact]
    public void APluralPronoun_IsNotTheSubjects()
        => Assert.DoesNotContain(
            "Marta Quillon",
            Speakers("Marta Quillon quit the show on Monday over what they called \"bullying\" tactics by the producers."));

    // Negative: another person named between the subject and the pronoun leaves the pronoun unclear.
    [Fact]
    public void AnotherPersonNamedBetween_LeavesTheSubjectOut()
        => Assert.DoesNotContain(
            "Marta Quillon",
            Speakers("Marta Quillon met the producer Jane Roe on Monday, who rejected what she called \"bullying\" tactics."));

    // Negative: a pronoun of a cue after the quote ("…", he said) reports the sentence, whose
    // opening subject is what is spoken of, not who speaks: the person quoted before.
    [Fact]
    public void ACueAfterTheQuote_IsNotTheOpeningSubjects()
        => Assert.Equal(
            new[] { "Rhys Penhallow", "Rhys Penhallow" },
            Speakers("\"The offer looks generous,\" said Rhys Penhallow, an analyst at a small bank. Harbour Holdings is \"trying to calm its owners\", he said."));

    // Negative: a capitalised participle's object is no subject: "Praising X and Y, she said: …".
    [Fact]
    public void AnOpeningParticiplesObject_IsNoSubject()
        => Assert.Equal(
            new[] { "Jane Roe", "Jane Roe" },
            Speakers("\"The fans have been patient,\" said the minister, Jane Roe. Thanking Harbour United and their supporters, she said: \"We have seen real progress this season.\""));
}
