namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// An inverted reporting verb, then an article, a noun (with adjectives or a complement), a comma
/// and a full name: <c>«…», ha contado el dueño, Esteban Guijarro, de 58 años.</c> The name set off
/// after the noun is the one who speaks, whether or not the lexicons list the noun as a role: the
/// appositive after the verb is the evidence. The matrix holds the shape in seven languages, with
/// other verbs, nouns, names, an age or a place after the name.
/// </summary>
public sealed class InvertedAppositiveHolderTests
{
    [Theory]
    [InlineData("en", "\"We never thought we would close,\" said the owner, Steven Guy, 58.", "Steven Guy")]
    [InlineData("en", "\"It was a hard winter,\" explained the manager of the bakery, Helen Marsh.", "Helen Marsh")]
    [InlineData("en", "\"The rent is too high,\" added the landlord, Peter Cole, from Dunmore.", "Peter Cole")]
    [InlineData("en", "\"We sold out by noon,\" said the innkeeper, Tom Hale, 61.", "Tom Hale")]
    [InlineData("en", "\"Nobody warned us,\" recalled the beekeeper from the hill, Ruth Alder.", "Ruth Alder")]
    [InlineData("fr", "« Nous n'avons jamais pensé fermer », a raconté le patron, Étienne Guérin, 58 ans.", "Étienne Guérin")]
    [InlineData("fr", "« L'hiver a été dur », explique la gérante de la boulangerie, Hélène Marchal.", "Hélène Marchal")]
    [InlineData("fr", "« Le loyer est trop cher », a ajouté le propriétaire du local, Pierre Colin, de Valmont.", "Pierre Colin")]
    [InlineData("fr", "« Tout est parti avant midi », a lancé le tenancier de l'auberge, Thomas Hallé, 61 ans.", "Thomas Hallé")]
    [InlineData("fr", "« Personne ne nous a prévenus », se souvient l'apiculteur, Rémi Aulne.", "Rémi Aulne")]
    [InlineData("de", "„Wir haben nie ans Schließen gedacht“, erzählte der Inhaber, Stefan Gut, 58.", "Stefan Gut")]
    [InlineData("de", "„Der Winter war hart und die Miete ist hoch“, sagte die Bäckerin, Helga Marx, die den Laden seit zehn Jahren führt.", "Helga Marx")]
    [InlineData("de", "„Keiner hat uns gewarnt, und jetzt stehen wir vor dem Nichts“, erinnert sich der Imker, Rolf Erle, 61.", "Rolf Erle")]
    [InlineData("de", "„Wir machen weiter, solange die Kunden kommen“, sagte der Pächter, Georg Bell.", "Georg Bell")]
    [InlineData("es", "«Nunca pensamos en cerrar», ha contado el dueño, Esteban Guijarro, de 58 años.", "Esteban Guijarro")]
    [InlineData("es", "«El invierno fue duro», explicó la encargada de la panadería, Elena Marín.", "Elena Marín")]
    [InlineData("es", "«El alquiler es demasiado alto», añadió el propietario del local, Pedro Collado, de Robledal.", "Pedro Collado")]
    [InlineData("es", "«Nadie nos avisó», recuerda el apicultor de la colina, Rubén Aliso.", "Rubén Aliso")]
    [InlineData("es", "«Lo vendimos todo antes del mediodía», asegura el posadero, Tomás Galán, de 61 años.", "Tomás Galán")]
    [InlineData("it", "«Non abbiamo mai pensato di chiudere», ha raccontato il titolare, Stefano Guarini, 58 anni.", "Stefano Guarini")]
    [InlineData("it", "«Andiamo avanti», ha spiegato l'amministratore delegato, Giorgio Bellini.", "Giorgio Bellini")]
    [InlineData("it", "«Nessuno ci ha avvisati», ricorda l'apicoltore, Rocco Ontani.", "Rocco Ontani")]
    [InlineData("it", "«L'inverno è stato duro», spiega la responsabile del forno, Elena Martini.", "Elena Martini")]
    [InlineData("it", "«L'affitto è troppo alto», ha aggiunto il proprietario del locale, Pietro Colombo, di Valdora.", "Pietro Colombo")]
    [InlineData("pt", "«Nunca pensámos em fechar», contou o dono, Estêvão Guerra, de 58 anos.", "Estêvão Guerra")]
    [InlineData("pt", "«O inverno foi duro», explicou a gerente da padaria, Helena Martins.", "Helena Martins")]
    [InlineData("pt", "«A renda é demasiado alta», acrescentou o proprietário da loja, Pedro Costa, de Valmar.", "Pedro Costa")]
    [InlineData("pt", "«Ninguém nos avisou», recorda o apicultor da colina, Rui Amieiro.", "Rui Amieiro")]
    [InlineData("pt", "«Vendemos tudo antes do meio-dia», garantiu o estalajadeiro, Tomé Galvão, 61 anos.", "Tomé Galvão")]
    [InlineData("nl", "\"We hebben nooit aan sluiten gedacht\", vertelde de eigenaar, Steven Guis, 58.", "Steven Guis")]
    [InlineData("nl", "\"De winter was zwaar\", zei de bedrijfsleider van de bakkerij, Ellen Mars.", "Ellen Mars")]
    [InlineData("nl", "\"De huur is te hoog\", stelde de verhuurder van het pand, Peter Kool, uit Marlo.", "Peter Kool")]
    [InlineData("nl", "\"Niemand heeft ons gewaarschuwd\", zegt de imker van de heuvel, Ruud Els.", "Ruud Els")]
    [InlineData("nl", "\"Voor de middag was alles op\", vertelt de herbergier, Tom Hals, 61.", "Tom Hals")]
    public void TheNameSetOffAfterTheNoun_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a name after the noun's object or listener, or after two people joined, is no
    // appositive of the one who speaks.
    [Theory]
    [InlineData("es", "«Nunca pensamos en cerrar», contó el dueño a su vecino, Luis Pardo.", "Luis Pardo")]
    [InlineData("it", "«Non abbiamo mai pensato di chiudere», ha raccontato il titolare a un cliente, Marco Neri.", "Marco Neri")]
    [InlineData("es", "«Nunca pensamos en cerrar», dijeron el dueño y la cocinera, Esteban Guijarro.", "Esteban Guijarro")]
    [InlineData("de", "„Wir haben nie ans Schließen gedacht“, erzählte der Inhaber dem Nachbarn, Stefan Gut.", "Stefan Gut")]
    [InlineData("nl", "\"We hebben nooit aan sluiten gedacht\", vertelde de eigenaar aan de buurman, Steven Guis.", "Steven Guis")]
    [InlineData("pt", "«Nunca pensámos em fechar», contou o dono ao vizinho, Estêvão Guerra.", "Estêvão Guerra")]
    [InlineData("it", "«Non abbiamo mai pensato di chiudere», ha raccontato il titolare al suo vicino, Stefano Guarini.", "Stefano Guarini")]
    [InlineData("de", "„Wir haben nie ans Schließen gedacht“, erzählte der Inhaber gestern dem Nachbarn, Stefan Gut.", "Stefan Gut")]
    public void ANameAfterAnObjectOrTwoPeople_DoesNotSpeak(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a name after a complement may name the complement (a child, a foundation, a novel,
    // an inn): after a noun the lexicons do not know as a role, no one.
    [Theory]
    [InlineData("de", "„Wir wollen ihn zurück“, sagte die Mutter des vermissten Jungen, Tom Hahn, 9.")]
    [InlineData("de", "„Wir sind überlastet“, sagte der Leiter der Stiftung, Offene Türen.")]
    [InlineData("de", "„Es lief gut“, sagte der Verleger des Romans, Stiller Hafen.")]
    [InlineData("it", "«È andato bene», ha detto l'editore del romanzo, Porto Quieto.")]
    [InlineData("de", "„Es war voll“, sagte der Wirt des Lokals, Blaue Lagune.")]
    [InlineData("it", "«Era pieno», ha raccontato l'oste della locanda, Vecchia Quercia.")]
    public void ANameAfterAComplement_GivesNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a work's title after the comma, and an organisation's noun before it, are read as before.
    [Theory]
    [InlineData("en", "\"It took us four years,\" said the maker of the film, A Long Tide.", null)]
    [InlineData("es", "«Nos llevó cuatro años», dijo el autor del libro, El Largo Invierno.", null)]
    [InlineData("es", "«Seguiremos adelante», señaló la empresa, Aguas del Norte.", "Aguas del Norte")]
    public void AWorksTitleOrAnOrganisationsName_IsReadAsBefore(string language, string paragraph, string? speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
