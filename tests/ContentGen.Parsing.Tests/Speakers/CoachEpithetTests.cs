namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A match report calls the coach it named as "entrenador", "allenatore" or "entraîneur" by another
/// word at the cue ("el técnico", "il mister", "le technicien"): the lexicons' office epithets that
/// are also a trade of their own (<c>HolderOnlyEpithets</c>). The word means the coach only when the
/// article made one person coach and no one else the trade; never the salient person.
/// </summary>
public sealed class CoachEpithetTests
{
    private const string Headline = "El derbi se decide en el último minuto";

    [Theory]
    [InlineData(LanguageLeads.Spanish, "El entrenador Marcos Delgado siguió el partido desde la grada.", "«Fuimos demasiado lentos en la primera parte», reconoció el técnico.", "Marcos Delgado")]
    [InlineData(LanguageLeads.Spanish, "La entrenadora Lucía Ferrer pidió calma a la afición.", "«Nadie esperaba este resultado», admitió la técnica tras el partido.", "Lucía Ferrer")]
    [InlineData(LanguageLeads.Spanish, "El entrenador Marcos Delgado siguió el partido desde la grada.", "«Fuimos demasiado lentos en la primera parte», reconoció el míster.", "Marcos Delgado")]
    [InlineData(LanguageLeads.Italian, "L'allenatore Marco Delfino ha seguito la partita dalla tribuna.", "«Siamo stati troppo lenti», ha ammesso il tecnico.", "Marco Delfino")]
    [InlineData(LanguageLeads.Italian, "Il Vallorsa ha scelto come allenatore Piero Sarti, ex difensore.", "«Ci serve tempo», ha spiegato il mister.", "Piero Sarti")]
    [InlineData(LanguageLeads.French, "L'entraîneur Marc Delmas a suivi le match depuis la tribune.", "« Nous avons été trop lents », a reconnu le technicien.", "Marc Delmas")]
    [InlineData(LanguageLeads.French, "L'entraîneur Marc Delmas a suivi le match depuis la tribune.", "« On a manqué de jus », a lâché le coach.", "Marc Delmas")]
    public void TheEpithet_MeansTheCoachTheArticleNamed(string lead, string introduction, string cue, string coach)
        => Assert.Equal(coach, QuoteSpeakers.Under(Headline, lead, introduction, cue)[^1]);

    // Guards: no coach named (the epithet is then a technician's, not whoever was named last); a
    // coach for each side; the word itself given to another person.
    [Theory]
    [InlineData(LanguageLeads.Spanish, "La alcaldesa Ana Ruiz inauguró el campo el sábado.", "«El césped aguantará todo el invierno», explicó el técnico.")]
    [InlineData(LanguageLeads.Italian, "La sindaca Anna Rossi ha inaugurato il campo sabato.", "«Il prato reggerà tutto l'inverno», ha spiegato il tecnico.")]
    [InlineData(LanguageLeads.French, "La maire Anne Roux a inauguré le terrain samedi.", "« La pelouse tiendra tout l'hiver », a expliqué le technicien.")]
    [InlineData(LanguageLeads.French, "L'entraîneur Marc Delmas a suivi le match. L'entraîneur Luc Perrin est resté au vestiaire.", "« Nous avons été trop lents », a reconnu le technicien.")]
    [InlineData(LanguageLeads.French, "Le technicien Jean Perrin a vérifié la pelouse. L'entraîneur Marc Delmas a suivi le match depuis la tribune.", "« La pelouse tiendra tout l'hiver », a expliqué le technicien.")]
    public void TheEpithet_MeansNoOne_WithoutOneCoach(string lead, string introduction, string cue)
        => Assert.Null(QuoteSpeakers.Under(Headline, lead, introduction, cue)[^1]);
}
