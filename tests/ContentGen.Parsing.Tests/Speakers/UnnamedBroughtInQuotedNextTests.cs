using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks in one paragraph; the next opens on someone unnamed, brought in by an indefinite article, a
/// person's noun and a relative clause, and the quote right after that sentence has no cue. The newcomer is the
/// sentence's subject, so the quote is theirs, given by the noun (SpeakerFinder.UnnamedBroughtInQuotedNext.cs).
/// Invented sentences, in other nouns and clauses than the articles that showed the class.
/// </summary>
public sealed class UnnamedBroughtInQuotedNextTests
{
    // At the base each gave no one: the sentence only ended the named person's turn. (English gives only its people
    // nouns, "retiree", "neighbour", this way: "pensioner", "nurse" are roles it leaves unnamed; a quote of fewer
    // words than a continuation needs, "«Confiava neles.»", is read as before, no one's.)
    [Theory]
    [InlineData("en", "The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A retiree who lives on the square lost her savings. \"I trusted them completely.\"", "retiree")]
    [InlineData("fr", "Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Une voisine, qui a requis l’anonymat, a tout perdu. « Je leur faisais confiance. »", "voisine")]
    [InlineData("es", "El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Un panadero que abrió su horno hace treinta años perdió sus ahorros. «Confiaba en ellos».", "panadero")]
    [InlineData("it", "Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una cassiera che lavora in centro da vent'anni ha perso i risparmi. «Mi fidavo di loro».", "cassiera")]
    [InlineData("pt", "O diretor, Paulo Matos, defende o novo horário. «Não tínhamos escolha», garantiu.",
        "Um bombeiro, que pediu para não ser identificado, perdeu as poupanças. «Confiava neles e perdi tudo o que tinha.»", "bombeiro")]
    [InlineData("nl", "De directeur, Pieter de Vries, verdedigt het nieuwe rooster. ‘We hadden geen keus’, zegt hij.",
        "Een buurvrouw die al jaren aan het plein woont, verloor haar spaargeld. ‘Ik vertrouwde ze.’", "buurvrouw")]
    [InlineData("de", "Der Leiter, Peter Brandt, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Eine Rentnerin, die anonym bleiben möchte, verlor ihr Erspartes. „Ich habe ihnen vertraut.“", "Rentnerin")]
    public void AQuoteWithNoCueRightAfterAnUnnamedPersonIsBroughtIn_IsTheirs(string language, string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.InLanguage(language, "Probe", named, unnamed)[1]);

    // Not this reading: someone named in a sentence between, the noun as an object, a group by its plural.
    [Theory]
    [InlineData("en", "A retiree who lives on the square lost her savings. Her son, Mark Bell, called the police. \"I trusted them completely.\"", "retiree")]
    [InlineData("es", "Un panadero que abrió su horno hace treinta años perdió sus ahorros. Su hija, Ana Ruiz, llamó a la policía. «Confiaba en ellos».", "panadero")]
    [InlineData("en", "The manager then called a retiree who lives on the square. \"I trusted them completely.\"", "retiree")]
    [InlineData("fr", "Le directeur a appelé une voisine qui habite en face. « Je leur faisais confiance. »", "voisine")]
    [InlineData("en", "Residents who live on the square lost their savings. \"We trusted them completely.\"", "resident")]
    [InlineData("es", "Unos vecinos que viven en la plaza perdieron sus ahorros. «Confiábamos en ellos».", "vecino")]
    public void AQuoteNotRightAfterTheUnnamedSubject_IsNotTheirs(string language, string unnamed, string notSpeaker)
    {
        var speakers = QuoteSpeakers.InLanguage(language, "Probe", "The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.", unnamed);
        Assert.NotEqual(notSpeaker, speakers[1]);
    }
}
