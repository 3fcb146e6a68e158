namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A coach's epithet at the cue ("reconoció el técnico", "ha commentato il tecnico", "a estimé le
/// coach") means no one when the article wrote the coach's role before two names, joined in one
/// phrase or not, or gave the trade word itself, with a qualifier, to someone else ("el técnico
/// municipal Juan Pérez"): the role holders keep one of a joined pair and the professions read only
/// a name right after the noun, so without these guards the epithet went to the last coach named.
/// </summary>
public sealed class CoachEpithetGuardTests
{
    private const string Headline = "El derbi se decide en el último minuto";

    [Theory]
    // Two coaches joined in one phrase, of one gender or both.
    [InlineData(LanguageLeads.Spanish, "El entrenador Marcos Delgado y el entrenador Luis Pardo siguieron el partido desde la grada.", "«Fuimos demasiado lentos en la primera parte», reconoció el técnico.")]
    [InlineData(LanguageLeads.Spanish, "Al final del encuentro, la entrenadora Marta Sanz y el entrenador Raúl Gil se dieron la mano en el centro del campo.", "«El empate es justo para los dos», valoró el míster.")]
    [InlineData(LanguageLeads.French, "L'entraîneur Marc Delmas et l'entraîneur Luc Perrin ont suivi le match depuis la tribune.", "« Nous avons été trop lents », a reconnu le technicien.")]
    [InlineData(LanguageLeads.French, "À la fin de la rencontre, l'entraîneuse Claire Vidal et l'entraîneur Paul Martin se sont serré la main.", "« Le nul est mérité », a estimé le coach.")]
    [InlineData(LanguageLeads.Italian, "L'allenatore Marco Delfino e l'allenatore Luca Perin hanno seguito la partita dalla tribuna.", "«Siamo stati troppo lenti», ha ammesso il mister.")]
    [InlineData(LanguageLeads.Italian, "A fine gara l'allenatore Giulio Neri e l'allenatore Paolo Sarti si sono stretti la mano.", "«Il pareggio è giusto», ha commentato il tecnico.")]
    // The trade word given to another person with a qualifier between it and the name.
    [InlineData(LanguageLeads.Spanish, "El técnico municipal Juan Pérez revisó el césped. El entrenador Marcos Delgado siguió el partido desde la grada.", "«Fuimos demasiado lentos», reconoció el técnico.")]
    [InlineData(LanguageLeads.Spanish, "Antes del partido, la técnica agrícola Rosa Vidal midió la hierba. La entrenadora Lucía Ferrer pidió calma.", "«Nadie esperaba este resultado», admitió la técnica.")]
    [InlineData(LanguageLeads.French, "Le technicien municipal Jean Perrin a vérifié la pelouse. L'entraîneur Marc Delmas a suivi le match depuis la tribune.", "« Nous avons été trop lents », a reconnu le technicien.")]
    [InlineData(LanguageLeads.French, "Dimanche matin, la technicienne agricole Sophie Blanc a mesuré l'herbe. L'entraîneur Paul Martin a demandé du calme.", "« Le nul est mérité », a estimé la technicienne.")]
    [InlineData(LanguageLeads.Italian, "Il tecnico comunale Gianni Perin ha controllato il prato. L'allenatore Marco Delfino ha seguito la partita dalla tribuna.", "«Siamo stati troppo lenti», ha ammesso il tecnico.")]
    [InlineData(LanguageLeads.Italian, "Domenica mattina il tecnico agrario Paolo Landi ha misurato l'erba. L'allenatore Luca Sarti ha chiesto calma.", "«Il pareggio è giusto», ha commentato il tecnico.")]
    // The trade word given, with a complement, to the other side's coach: set off by commas ("el técnico del
    // Sevilla, Julen Lopetegui"), or run into the name ("il tecnico della Lazio Marco Delfino"), or to no one named.
    [InlineData(LanguageLeads.Spanish, "El entrenador del Betis, Manuel Pellegrini, celebró el gol con el banquillo. «Hemos sido valientes hasta el final», dijo Pellegrini. En el otro banquillo, el técnico del Sevilla, Julen Lopetegui, lamentó la derrota ante los periodistas.", "«No merecíamos perder así», reconoció el técnico.")]
    [InlineData(LanguageLeads.Italian, "L'allenatore della Roma, Piero Sarti, ha festeggiato con la panchina. «Siamo stati coraggiosi fino alla fine», ha detto Sarti. Sull'altra panchina, il tecnico della Lazio Marco Delfino ha commentato la sconfitta davanti ai giornalisti.", "«Non meritavamo di perdere così», ha ammesso il tecnico.")]
    [InlineData(LanguageLeads.Spanish, "La entrenadora Lucía Ferrer celebró el empate en la banda. Enfrente, la técnica del Valdeoro miraba al suelo.", "«Nos faltó un poco de suerte», admitió la técnica.")]
    [InlineData(LanguageLeads.French, "L'entraîneur de Lens, Marc Delmas, a salué le courage des siens. De l'autre côté, le technicien du Havre, Luc Perrin, a regretté la défaite.", "« Nous méritions mieux », a reconnu le technicien.")]
    // A former or a vice coach named besides the coach, the role right before the name (session 58: the guard's own
    // list of roles before names reads them; the role holders keep them apart as deputies).
    [InlineData(LanguageLeads.Spanish, "El ex entrenador Luis Pardo siguió el partido desde la grada. El entrenador Marcos Delgado pidió calma al descanso.", "«Fuimos demasiado lentos», reconoció el técnico.")]
    [InlineData(LanguageLeads.French, "L'ancien entraîneur Luc Perrin a suivi le match depuis la tribune. L'entraîneur Marc Delmas a demandé du calme.", "« Nous avons été trop lents », a reconnu le technicien.")]
    [InlineData(LanguageLeads.Italian, "L'ex allenatore Luca Perin ha seguito la partita dalla tribuna. L'allenatore Marco Delfino ha chiesto calma.", "«Siamo stati troppo lenti», ha ammesso il mister.")]
    [InlineData(LanguageLeads.Italian, "L'allenatore Marco Delfino ha chiesto calma. In tribuna c'era anche il vice allenatore Luca Perin.", "«Siamo stati troppo lenti», ha ammesso il mister.")]
    public void TheEpithet_MeansNoOne_WithTwoCoachesOrAnotherTradesman(string lead, string introduction, string cue)
        => Assert.Null(QuoteSpeakers.Under(Headline, lead, introduction, cue)[^1]);

    // The guards leave the one coach his epithet: named twice by the role, or described by the trade
    // word with a qualifier himself.
    [Theory]
    [InlineData(LanguageLeads.Spanish, "El entrenador Marcos Delgado siguió el partido desde la grada. El entrenador Marcos Delgado pidió calma al descanso.", "«Fuimos demasiado lentos», reconoció el técnico.", "Marcos Delgado")]
    [InlineData(LanguageLeads.Spanish, "El entrenador Marcos Delgado siguió el partido. El técnico argentino Marcos Delgado pidió calma al descanso.", "«Fuimos demasiado lentos», reconoció el técnico.", "Marcos Delgado")]
    [InlineData(LanguageLeads.French, "L'entraîneur Marc Delmas a suivi le match. L'entraîneur Marc Delmas a ensuite parlé aux joueurs.", "« Nous avons été trop lents », a reconnu le technicien.", "Marc Delmas")]
    [InlineData(LanguageLeads.Italian, "L'allenatore Marco Delfino ha seguito la partita. Il tecnico toscano Marco Delfino ha poi parlato ai giocatori.", "«Siamo stati troppo lenti», ha ammesso il mister.", "Marco Delfino")]
    public void TheEpithet_StillMeansTheOneCoach(string lead, string introduction, string cue, string coach)
        => Assert.Equal(coach, QuoteSpeakers.Under(Headline, lead, introduction, cue)[^1]);
}
