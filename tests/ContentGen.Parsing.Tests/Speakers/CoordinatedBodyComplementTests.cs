namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body's name whose complement names two groups joined by a coordinator, then goes on to a place (issue 10, session
/// 63): "la Asociación de Consumidores y Usuarios de …" is one body, called back later by its kind. The reading stopped
/// at the coordinator and gave "Asociación de Consumidores", a body the article never names (a wrong speaker).
/// Invented sentences, other bodies, groups and verbs than the article that showed the class; paragraphs separated by
/// " ¶ ", "-" for no speaker.
/// </summary>
public sealed class CoordinatedBodyComplementTests
{
    [Theory]
    [InlineData("es", "La Asociación de Consumidores y Usuarios de Valdecea ha abierto una oficina de reclamaciones. ¶ «El vendedor es el responsable», recuerda la asociación.", "Asociación de Consumidores y Usuarios de Valdecea")]
    [InlineData("es", "«Nadie nos ha consultado», advirtió la Federación de Comerciantes y Hosteleros de Valdecea.", "Federación de Comerciantes y Hosteleros de Valdecea")]
    [InlineData("pt", "A Associação de Comerciantes e Industriais do Alto Minho recebeu dezenas de queixas. ¶ «Os contratos feitos por telefone não são válidos», alerta a associação.", "Associação de Comerciantes e Industriais do Alto Minho")]
    [InlineData("fr", "La Fédération des Artisans et Commerçants de Valbois a reçu des dizaines de plaintes. ¶ « Personne ne nous a prévenus », affirme la fédération.", "Fédération des Artisans et Commerçants de Valbois")]
    [InlineData("it", "La Federazione dei Commercianti e Artigiani di Valdora ha ricevuto decine di segnalazioni. ¶ «Nessuno ci ha avvisati», spiega la federazione.", "Federazione dei Commercianti e Artigiani di Valdora")]
    public void CoordinatedComplement_IsPartOfTheName(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // A person joined after the body's place, set off by a comma: the body's name ends at its place.
    [InlineData("es", "La Asociación de Vecinos de Valdecea y Ana Gil, su presidenta, han pedido una reunión. ¶ «Queremos respuestas», dijo Ana Gil.", "Ana Gil")]
    [InlineData("es", "La Asociación de Vecinos de Valdecea y Ana Gil, su presidenta, han pedido una reunión. ¶ «Queremos respuestas», dijo la asociación.", "Asociación de Vecinos de Valdecea")]
    public void CoordinatorAfterTheName_LeavesTheName(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);
}
