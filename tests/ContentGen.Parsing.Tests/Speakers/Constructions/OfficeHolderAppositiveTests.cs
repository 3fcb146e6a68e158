namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A quoted fragment inside reported speech whose reporter opens the sentence as an office and a
/// name set off by commas (<c>Le trésorier, X, a assuré que les comptes étaient « … »</c>, <c>Der
/// Kassenwart, X, sagte, die Kasse sei „…“</c>): the reporter is the name, whichever office of a
/// club, firm, court or service stands before it, not only the offices of government.
/// </summary>
public sealed class OfficeHolderAppositiveTests
{
    [Theory]
    [InlineData("en", "The coordinator, Tom Ashby, said the timetable was \"a lottery\" in winter.", "Tom Ashby")]
    [InlineData("en", "The administrator, Ruth Alder, warned that the accounts were \"beyond repair\".", "Ruth Alder")]
    [InlineData("en", "The curator, Marc Neuber, described the loan as \"a gift to the town\".", "Marc Neuber")]
    [InlineData("fr", "Le trésorier, Gérard Moulinier, a assuré que les comptes étaient « en ordre ».", "Gérard Moulinier")]
    [InlineData("fr", "La gérante, Anne Carel, estime que la saison a été « catastrophique ».", "Anne Carel")]
    [InlineData("fr", "Le coordinateur, Yann Le Bihan, a qualifié la réunion de « constructive ».", "Yann Le Bihan")]
    [InlineData("de", "Der Kassenwart, Thomas Engel, sagte, die Kasse sei „in Ordnung“.", "Thomas Engel")]
    [InlineData("de", "Die Schatzmeisterin, Jana Rau, nannte den Haushalt „solide“.", "Jana Rau")]
    [InlineData("de", "Der Wahlleiter, Paul Ritter, sprach von einem „ruhigen“ Ablauf.", "Paul Ritter")]
    [InlineData("es", "El tesorero, Casimiro Bañuelos, dijo que las cuentas están «en orden».", "Casimiro Bañuelos")]
    [InlineData("es", "La coordinadora, Ana Prieto, aseguró que la temporada fue «un desastre».", "Ana Prieto")]
    [InlineData("es", "El administrador, Diego Arrieta, calificó la reunión de «constructiva».", "Diego Arrieta")]
    [InlineData("it", "Il commissario, Luca Ferraro, ha detto che i conti sono «in ordine».", "Luca Ferraro")]
    [InlineData("it", "La coordinatrice, Anna Pratesi, ha spiegato che la stagione è stata «un disastro».", "Anna Pratesi")]
    [InlineData("it", "Il gestore, Marco Neri, ha definito la riunione «costruttiva».", "Marco Neri")]
    [InlineData("pt", "O tesoureiro, Rui Pestana, disse que as contas estão «em ordem».", "Rui Pestana")]
    [InlineData("pt", "A tesoureira, Rita Gomes, garantiu que a época foi «um desastre».", "Rita Gomes")]
    [InlineData("pt", "O gestor, Nuno Prates, classificou a reunião de «construtiva».", "Nuno Prates")]
    [InlineData("nl", "De penningmeester, Ruud Verhagen, zei dat de kas \"op orde\" is.", "Ruud Verhagen")]
    [InlineData("nl", "De coördinator, Anna Roos, noemde het seizoen \"een ramp\".", "Anna Roos")]
    [InlineData("nl", "De beheerder, Marc Nijs, sprak van een \"constructief\" overleg.", "Marc Nijs")]
    public void AnOfficeAndANameBeforeTheVerb_Report(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a title, a name of a thing or scare quotes with no reporting verb are nobody's words;
    // a fragment whose own speaker is named inside the reported clause stays that speaker's.
    [Theory]
    [InlineData("en", "The treasurer, Tom Ashby, has read the novel \"Cold Sea\" twice.", null)]
    [InlineData("fr", "Le trésorier, Gérard Moulinier, a lu le roman « La Mer froide » cet été.", null)]
    [InlineData("de", "Der Kassenwart, Thomas Engel, wohnt in einem „smarten“ Haus am Hafen.", null)]
    [InlineData("es", "El tesorero, Casimiro Bañuelos, vive en una casa «inteligente» junto al puerto.", null)]
    [InlineData("it", "Il commissario, Luca Ferraro, lavora al bar «Il Gabbiano» sul porto.", null)]
    [InlineData("pt", "O tesoureiro, Rui Pestana, mora numa casa «inteligente» junto ao porto.", null)]
    [InlineData("nl", "De penningmeester, Ruud Verhagen, werkt bij café \"De Zwaan\" aan de haven.", null)]
    [InlineData("en", "The coordinator, Tom Ashby, said the mayor, Jane Roe, had called the plan \"a mistake\".", "Jane Roe")]
    [InlineData("fr", "Le trésorier, Gérard Moulinier, a dit que le maire Paul Girard avait qualifié le projet de « gâchis ».", "Paul Girard")]
    [InlineData("es", "El tesorero, Casimiro Bañuelos, dijo que la ministra Ana Ruiz había calificado el plan de «error».", "Ana Ruiz")]
    public void OtherFragments_AreAsBefore(string language, string paragraph, string? speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
