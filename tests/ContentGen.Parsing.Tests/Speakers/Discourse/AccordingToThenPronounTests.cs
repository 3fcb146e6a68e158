using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A sentence that gives one named person's view by an "according to" phrase
/// (<c>Selon X, …</c>, <c>Según X, …</c>, <c>Volgens X …</c>, <c>Para X, …</c>) makes that person
/// whom the pronoun or dropped subject of the next cue means:
/// <c>Selon la syndicaliste Marie Doré, le plan coûtera des emplois. « … », a-t-elle dit.</c>
/// Unsure stays no one: a pronoun of the other gender, two people named, or someone else made the
/// subject in between.
/// </summary>
public sealed class AccordingToThenPronounTests
{
    [Theory]
    [InlineData("en", "According to the union leader Mary Dunn, the plan will cost jobs. \"We will fight it,\" she said.", "Mary Dunn")]
    [InlineData("en", "According to Mrs Mary Dunn, the plan will cost jobs. \"We will fight it,\" she told reporters.", "Mary Dunn")]
    [InlineData("en", "According to nurse Olive Grant, the ward has lost four beds. \"Patients wait in corridors,\" she added.", "Olive Grant")]
    [InlineData("de", "Laut der Anwältin Maria Dorn kostet der Plan Stellen. „Wir wehren uns“, sagte sie.", "Maria Dorn")]
    [InlineData("de", "Laut Sprecherin Maria Dorn kostet der Plan Stellen. „Wir wehren uns“, erklärte sie.", "Maria Dorn")]
    [InlineData("de", "Laut Anwalt Jonas Kehl fehlt jeder Beweis. „Das Verfahren muss eingestellt werden“, betonte er.", "Jonas Kehl")]
    [InlineData("fr", "Selon la syndicaliste Marie Doré, le plan coûtera des emplois. « Nous allons nous battre », a-t-elle dit.", "Marie Doré")]
    [InlineData("fr", "Pour l'avocate Marie Doré, le plan coûtera des emplois. « Nous allons nous battre », a-t-elle dit.", "Marie Doré")]
    [InlineData("fr", "D'après l'avocat Jules Berthon, le dossier est vide. « Il n'y a aucune preuve », insiste-t-il.", "Jules Berthon")]
    [InlineData("es", "Según la abogada María Durán, el plan costará empleos. «Vamos a luchar», dijo.", "María Durán")]
    [InlineData("es", "Para la alcaldesa María Durán, el plan costará empleos. «Vamos a luchar», dijo ella.", "María Durán")]
    [InlineData("es", "Según el abogado Julio Berrocal, no hay pruebas. «El caso debe archivarse», insistió.", "Julio Berrocal")]
    [InlineData("it", "Secondo la consigliera Maria Doria, il piano costerà posti di lavoro. «Ci batteremo», ha detto.", "Maria Doria")]
    [InlineData("it", "Per la sindaca Maria Doria, il piano costerà posti di lavoro. «Ci batteremo», ha detto lei.", "Maria Doria")]
    [InlineData("it", "Secondo l'avvocato Giulio Berti, non ci sono prove. «Il caso va archiviato», ha spiegato.", "Giulio Berti")]
    [InlineData("pt", "Segundo a advogada Maria Dória, o plano vai custar empregos. «Vamos lutar», disse ela.", "Maria Dória")]
    [InlineData("pt", "Para a vereadora Maria Dória, o plano vai custar empregos. «Vamos lutar», disse.", "Maria Dória")]
    [InlineData("pt", "De acordo com o advogado Júlio Bastos, não há provas. «O caso deve ser arquivado», insistiu.", "Júlio Bastos")]
    [InlineData("nl", "Volgens wethouder Marie Dorp kost het plan banen. \"We gaan vechten\", zei ze.", "Marie Dorp")]
    [InlineData("nl", "Volgens Peter Smit van de vereniging kost het verbod zijn winkel geld. \"Mensen rijden gewoon weg\", zegt hij.", "Peter Smit")]
    [InlineData("nl", "Volgens advocaat Joost Bakker ontbreekt elk bewijs. \"De zaak moet worden geseponeerd\", benadrukte hij.", "Joost Bakker")]
    public void ThePersonGivingTheView_IsWhomTheNextCueMeans(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a pronoun of the other gender than the text shows, two people giving the view: no one.
    [Theory]
    [InlineData("en", "According to Mrs Mary Dunn, the plan will cost jobs. \"We will fight it,\" he said.")]
    [InlineData("en", "According to the union leaders Mary Dunn and Ann Lee, the plan will cost jobs. \"We will fight it,\" she said.")]
    [InlineData("de", "Laut der Bürgermeisterin Maria Dorn kostet der Plan Stellen. „Wir wehren uns“, sagte er.")]
    [InlineData("de", "Laut der Anwältin Maria Dorn und Eva Lenz kostet der Plan Stellen. „Wir wehren uns“, sagte sie.")]
    [InlineData("fr", "Selon la syndicaliste Marie Doré, le plan coûtera des emplois. « Nous allons nous battre », a-t-il dit.")]
    [InlineData("fr", "Selon la syndicaliste Marie Doré et Anne Lebrun, le plan coûtera des emplois. « Nous allons nous battre », a-t-elle dit.")]
    [InlineData("es", "Según la alcaldesa María Durán, el plan costará empleos. «Vamos a luchar», dijo él.")]
    [InlineData("es", "Según la abogada María Durán y Ana León, el plan costará empleos. «Vamos a luchar», dijo.")]
    [InlineData("es", "Según la abogada María Durán, el plan costará empleos. «Vamos a luchar», dijeron.")]
    [InlineData("it", "Secondo la sindaca Maria Doria, il piano costerà posti di lavoro. «Ci batteremo», ha detto lui.")]
    [InlineData("it", "Secondo la consigliera Maria Doria e Anna Leone, il piano costerà posti di lavoro. «Ci batteremo», ha detto.")]
    [InlineData("pt", "Segundo a vereadora Maria Dória, o plano vai custar empregos. «Vamos lutar», disse ele.")]
    [InlineData("pt", "Segundo a advogada Maria Dória e Ana Leão, o plano vai custar empregos. «Vamos lutar», disse.")]
    [InlineData("nl", "Volgens mevrouw Marie Dorp kost het plan banen. \"We gaan vechten\", zei hij.")]
    [InlineData("nl", "Volgens wethouder Marie Dorp en Anna Lenting kost het plan banen. \"We gaan vechten\", zei ze.")]
    public void AnotherGenderOrTwoPeople_IsNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: someone else made the subject after the view speaks next, not the view's holder.
    [Theory]
    [InlineData("en", "According to Mary Dunn, the plan will cost jobs. The mayor, Ann Lee, rejected that. \"Not one job will go,\" she said.", "Mary Dunn")]
    [InlineData("de", "Laut Maria Dorn kostet der Plan Stellen. Die Bürgermeisterin Eva Lenz wies das zurück. „Keine Stelle fällt weg“, sagte sie.", "Maria Dorn")]
    [InlineData("fr", "Selon Marie Doré, le plan coûtera des emplois. La maire, Anne Lebrun, l'a contesté. « Aucun emploi ne sera supprimé », a-t-elle dit.", "Marie Doré")]
    [InlineData("es", "Según María Durán, el plan costará empleos. La alcaldesa, Ana León, lo negó. «No se perderá ningún empleo», dijo.", "María Durán")]
    [InlineData("it", "Secondo Maria Doria, il piano costerà posti di lavoro. La sindaca, Anna Leone, lo ha negato. «Nessun posto sarà perso», ha detto.", "Maria Doria")]
    [InlineData("pt", "Segundo Maria Dória, o plano vai custar empregos. A presidente da câmara, Ana Leão, negou. «Nenhum emprego será perdido», disse.", "Maria Dória")]
    [InlineData("nl", "Volgens Marie Dorp kost het plan banen. Burgemeester Anna Lenting sprak dat tegen. \"Er verdwijnt geen enkele baan\", zei ze.", "Marie Dorp")]
    public void SomeoneElseMadeTheSubject_IsNotTheViewsHolder(string language, string paragraph, string holder)
        => Assert.NotEqual(holder, ConstructionProbe.LastSpeaker(language, paragraph));
}
