namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A subject given first by a description that holds a role (or that an indefinite article
/// brings in), then by its name set off by commas, then its verb ("Il direttore artistico, il
/// maestro Giulio Santangelo, guarda …", "Een supporter van het eerste uur, de 78-jarige Jaap
/// Terpstra, bleef …"), is the sentence's subject: whom a later pronoun or dropped subject means,
/// and whom its own reporting verb gives, past an opening phrase ("Face à elle, …") or a relative
/// clause. Before, the pronoun went to whoever spoke last. A description that is a clause (an
/// auxiliary, an article or a name with no link before it, a link before the role) makes the name
/// its object; a list names no subject.
/// </summary>
public sealed class DescribedSubjectTests
{
    [Fact]
    public void TheNameAfterARoleAndItsTitle_IsTheSubject_InItalian()
        => Assert.Equal(
            new[] { "Paola Brenta", "Giulio Santangelo" },
            QuoteSpeakers.Under(
                "Riapre il teatro",
                LanguageLeads.Italian,
                "«Il cantiere è costato troppo», ha detto la consigliera Paola Brenta.",
                "Il direttore artistico, il maestro Giulio Santangelo, guarda già avanti. «Avremo dodici titoli in cartellone», annuncia."));

    [Theory]
    [InlineData("Een supporter van het eerste uur, de 78-jarige Jaap Terpstra, bleef er nuchter onder. “Ze komen wel terug”, zei hij.", "Jaap Terpstra")]
    [InlineData("De huidige bestuurder van de stichting, Karin de Wit, volgde de zitting. “Het vertrouwen is beschadigd”, liet ze weten.", "Karin de Wit")]
    public void TheNameAfterADescription_IsTheSubject_InDutch(string paragraph, string speaker)
        => Assert.Equal(
            new[] { "Hans Stoffels", speaker },
            QuoteSpeakers.Under("Degradatie na slotdag", LanguageLeads.Dutch, "“We komen terug”, zei voorzitter Hans Stoffels.", paragraph));

    [Fact]
    public void TheNameAfterAPossessiveDescription_CarriesOver_InFrench()
        => Assert.Equal(
            new[] { "Luc Pagès", "Antoine Rivals" },
            QuoteSpeakers.Under(
                "Le festival annulé",
                LanguageLeads.French,
                "« C'est une perte pour la ville », a regretté le maire, Luc Pagès.",
                "Joint par téléphone, son directeur artistique, Antoine Rivals, qui a repris la programmation en 2019, ne cache pas son amertume. « Nous avons perdu nos subventions. »"));

    [Fact]
    public void ALongerDescriptionAfterAnOpeningPhrase_GivesItsVerbsSubject_InFrench()
        => Assert.Equal(
            new[] { "Marc Ferrand" },
            QuoteSpeakers.Under(
                "La piscine fermée",
                LanguageLeads.French,
                "Face à elle, le chef de file de l'opposition, Marc Ferrand, a dénoncé « un choix à courte vue »."));

    // "de la Banque Dumas", "of the Tanneurs Trust", "de la empresa Tanneurs": the link's own article,
    // and the noun it opened, keep its complement open, so the body's capitalised name after them is
    // still the description's.
    [Theory]
    [InlineData("fr", "Mardi, le gérant de la Banque Dumas, Gérard Moulinier, a assuré qu'il « ignorait tout » du dossier.", "Gérard Moulinier")]
    [InlineData("es", "El martes, el gerente de la Cooperativa Olivarera, Gerardo Molina, aseguró que «lo ignoraba todo» del expediente.", "Gerardo Molina")]
    [InlineData("en", "On Tuesday, the manager of the Tanneurs Trust, Gerald Moulin, insisted he had \"known nothing\" of the file.", "Gerald Moulin")]
    [InlineData("es", "El martes, el gerente de la empresa Tanneurs, Gerardo Molina, aseguró que «lo ignoraba todo» del expediente.", "Gerardo Molina")]
    public void ALinksArticleBeforeABodysName_KeepsTheDescription_AfterAnOpeningPhrase(string language, string paragraph, string speaker)
    {
        var paragraphs = language switch
        {
            "fr" => new[] { LanguageLeads.French, paragraph },
            "es" => new[] { LanguageLeads.Spanish, paragraph },
            _ => new[] { paragraph },
        };
        Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titre", paragraphs));
    }

    // "l'ancien gérant", "l'avvocato difensore": the article elided into the description's first
    // word opens it as a written-out article does.
    [Theory]
    [InlineData("fr", "Mardi, l'ancien gérant de la SCI Tanneurs, Gérard Moulinier, a assuré qu'il « ignorait tout » du dossier.", "Gérard Moulinier")]
    [InlineData("fr", "Devant le tribunal, l'avocate de la famille Moreau, Clara Jospin, a dénoncé « une négligence répétée » du gérant.", "Clara Jospin")]
    [InlineData("it", "In aula, l'avvocato difensore della famiglia Rossi, Gerardo Molina, ha assicurato di «non sapere nulla» dell'impianto.", "Gerardo Molina")]
    public void AnElidedArticle_OpensTheDescription_AfterAnOpeningPhrase(string language, string paragraph, string speaker)
        => Assert.Equal(
            new[] { speaker },
            QuoteSpeakers.Under("Titre", language == "fr" ? LanguageLeads.French : LanguageLeads.Italian, paragraph));

    // "L'entraîneur de Harbourside, Colin Yates, se montrait plus mesuré": the capitalised article
    // elided into the sentence's first word opens its description too, and the name after it is
    // whom the next "il" means, not the last speaker.
    [Theory]
    [InlineData("L'entraîneur de Harbourside, Colin Yates, se montrait plus mesuré.")]
    [InlineData("L'entraîneur, Colin Yates, était plus mesuré.")]
    public void TheNameAfterADescriptionOpenedByAnElidedArticle_IsWhomTheNextPronounMeans_InFrench(string paragraph)
        => Assert.Equal(
            new[] { "Tom Vale", "Colin Yates" },
            QuoteSpeakers.Under(
                "Harbourside en finale",
                LanguageLeads.French,
                "« Nous avons eu de la chance », a reconnu le capitaine, Tom Vale.",
                paragraph,
                "« On a eu de la réussite », a-t-il reconnu."));

    // Guard: an article after a verb, not after a link, still makes a clause whose object the name is.
    [Fact]
    public void AnArticleAfterAVerb_StillMakesTheNameAnObject_InFrench()
        => Assert.DoesNotContain(
            "Anne Morel",
            QuoteSpeakers.Under(
                "Le port ferme l'hiver",
                LanguageLeads.French,
                "« Le quai rouvrira en mai », a assuré le maire, Paul Girard.",
                "Ensuite, le maire de la commune félicite la conseillère de la Banque Dumas, Anne Morel, devant la presse. « Nous avancerons ensemble », a-t-il déclaré."));

    // Guards: a clause before the name makes it the object (also one whose verb the lexicons do not
    // know, before a preposition: review s23, finding 6); a list names no subject.
    [Theory]
    [InlineData("Ensuite, le maire a salué son adjoint, Marc Lenoir, devant la presse. « Nous avancerons ensemble », a-t-il déclaré.")]
    [InlineData("Le maire, Paul Girard, et son adjoint, Marc Lenoir, ont visité le chantier. « Nous avancerons ensemble », a-t-il déclaré.")]
    public void NoSubjectButTheSpeakerBefore_InFrench(string paragraph)
        => Assert.Equal(
            new[] { "Paul Girard", "Paul Girard" },
            QuoteSpeakers.Under("Le port ferme l'hiver", LanguageLeads.French, "« Le quai rouvrira en mai », a assuré le maire, Paul Girard.", paragraph));

    [Theory]
    [InlineData("The coach praised striker Tom Vale, who scored twice, after the match. \"We were brilliant,\" he said.")]
    [InlineData("The coach hugged his captain, Tom Vale, after the match. \"We were brilliant,\" he said.")]
    [InlineData("The fans sang for their captain, Rob Finch, after the final. \"We were brilliant,\" he said.")]
    public void NoSubjectButTheSpeakerBefore_InEnglish(string paragraph)
        => Assert.Equal(
            new[] { "Colin Yates", "Colin Yates" },
            QuoteSpeakers.Under("Harbourside reach final", "\"We rode our luck,\" said Harbourside manager Colin Yates.", paragraph));

    [Fact]
    public void AClauseWithAPrepositionBeforeTheRole_MakesTheNameItsObject()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            QuoteSpeakers.Under(
                "Quay to reopen",
                "\"The quay will reopen in May,\" said harbour board chairman Tom Fox.",
                "The work starts with the new site manager, Rob Finch, on Monday. \"We will keep to the timetable,\" he added."));

    // Review s23, finding 5: a person described with no role noun is read as before, not as a thing.
    [Theory]
    [InlineData("fr", "La nouvelle recrue du club, Marc Lenoir, a marqué deux fois. « C'est un rêve », a-t-il confié.", "Marc Lenoir")]
    [InlineData("nl", "De nieuwe aanwinst van de club, Piet Bakker, scoorde twee keer. “Het is een droom”, zei hij.", "Piet Bakker")]
    public void APersonDescribedWithNoRole_IsStillTheSubject(string language, string paragraph, string speaker)
    {
        var (lead, first) = language == "fr"
            ? (LanguageLeads.French, "« Nous avons eu de la chance », a reconnu l'entraîneur, Paul Girard.")
            : (LanguageLeads.Dutch, "“We hadden geluk”, zei trainer Jan de Vries.");
        Assert.Equal(speaker, QuoteSpeakers.Under("Titel", lead, first, paragraph)[^1]);
    }
}
