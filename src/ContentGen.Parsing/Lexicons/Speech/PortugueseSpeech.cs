using System;
using System.Collections.Generic;
using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>Portuguese speech words: "afirmou o secretário de Transportes, X", "segundo X", "classificado como “…” pela".</summary>
internal static class PortugueseSpeech
{
    private static readonly Dictionary<string, string[]> s_irregular = new(StringComparer.Ordinal)
    {
        ["dizer"] = new[] { "diz", "disse", "dizia", "dito", "dizem", "disseram" },
        ["escrever"] = new[] { "escreve", "escreveu", "escrevia", "escrito", "escrevem", "escreveram" },
        ["descrever"] = new[] { "descreve", "descreveu", "descrevia", "descrito", "descrevem", "descreveram" },
        // Correcting and taking leave, beside the quote only: "«…», corrige ela.", "«…», despediu-se." (the pronoun
        // joined after the verb is one word).
        ["corrigir"] = new[] { "corrige", "corrigiu", "corrigia", "corrigido", "corrigem", "corrigiram" },
        ["despedir"] = new[] { "despede", "despediu", "despedia", "despedido", "despedem", "despediram", "despede-se", "despediu-se", "despedia-se" },
        ["pedir"] = new[] { "pede", "pediu", "pedia", "pedido", "pedem", "pediram" },
        ["concluir"] = new[] { "conclui", "concluiu", "concluía", "concluído", "concluem", "concluíram" },
        // The wider inventory's verbs whose stem changes.
        ["desmentir"] = new[] { "desmente", "desmentiu", "desmentia", "desmentido", "desmentem", "desmentiram" },
        ["propor"] = new[] { "propõe", "propôs", "propunha", "proposto", "propõem", "propuseram" },
        ["contrapor"] = new[] { "contrapõe", "contrapôs", "contrapunha", "contraposto", "contrapõem", "contrapuseram" },
        ["sorrir"] = new[] { "sorri", "sorriu", "sorria", "sorrido", "sorriem", "sorriram" },
        ["prever"] = new[] { "prevê", "previu", "previa", "previsto", "preveem", "previram" },
        ["recear"] = new[] { "receia", "receou", "receava", "receado", "receiam", "recearam" },
        // No participle: "o acusado" is the one on trial, and "acusado o presidente X" is no verb of saying.
        ["acusar"] = new[] { "acusa", "acusou", "acusava", "acusam", "acusaram", "acusavam" },
    };

    public static SpeechWords Words { get; } = new()
    {
        InsertOpeners = Words("após durante apesar"),
        PredicateLinks = Words("são eram tornou torna continua como"),
        ListenerNouns = Words("jornalistas moradores pais presentes"),
        BriefOffices = Words("secretário secretária vereador vereadora"),
        BriefLinks = Words("ao aos"),
        EpithetArticles = Words("um uma"),
        PersonObjectLemmas = Words("criticar alertar pedir defender aconselhar instar acusar"),
        ReportingLemmas = Words(
            "dizer afirmar declarar explicar informar destacar ressaltar garantir assegurar acrescentar admitir reconhecer " +
            "responder comentar criticar defender lamentar alertar anunciar contar relatar escrever pedir " +
            "confirmar argumentar avaliar concluir insistir observar referir classificar adiantar sublinhar prometer considerar " +
            "lembrar queixar rematar frisar salientar reiterar sustentar apontar esclarecer desabafar ironizar vincar indicar avisar suspirar reivindicar recordar acreditar confessar " +
            // The wider inventory of a news desk: statements, denials, judgements, guesses, fears, hopes and demands.
            "manifestar desmentir regozijar reclamar instar congratular propor temer " +
            "qualificar jurar deplorar repetir comprometer confidenciar revelar justificar " +
            "advertir exigir prever lastimar interrogar vaticinar perguntar aconselhar insurgir " +
            "retorquir replicar negar estimar recomendar resumir recear " +
            "contrapor sugerir detalhar apelar denunciar reforçar exclamar " +
            // Saying again, stressing, describing, giving a view, asking, hitting back and weighing up:
            // "reafirmou X", "realçou X", "descreveu X", "opinou X", "ripostou X", "rebateu X", "pontuou X", "ponderou X".
            "reafirmar ratificar proclamar enfatizar realçar descrever opinar indagar ripostar rebater pontuar ponderar " +
            // Accusing: "acusou o presidente de “…”" reports the subject's words; the one accused is its object.
            "acusar " +
            // Describing and recounting ("descrever", "contar", "relatar" above): "narrou X".
            "narrar"),
        // "«…», sorriu X": verbs of manner and of common plain senses report only beside the quote.
        // Verbs of praise and blame too: before a name they act on it ("prees de raad wethouder X", "felicitó al alcalde");
        // and verbs one of whose forms is a common word ("una nota", "la stima", "em nota").
        BesideQuoteLemmas = Words("protestar ameaçar ressalvar notar elogiar saudar atirar brincar celebrar sorrir gracejar gritar sussurrar avançar antecipar assumir partilhar esperar calcular precisar completar " +
            // Going on: "«…», continuou.", "«…», prosseguiu o autarca.".
            "continuar prosseguir " +
            // Correcting someone and taking one's leave: "«…», corrige a filha.", "«…», despediu-se X" (before a noun
            // they correct a test or dismiss a worker, so they report only beside the quote).
            "corrigir despedir"),
        Inflect = lemma => Inflection.Portuguese(lemma, s_irregular),
        // "mostrou-se confiante X", "disse-se confiante X".
        StanceLemmas = Words("mostrar"),
        Reflexives = Words("se"),
        VerbsInvert = true,
        WritesKindBeforePlace = true,
        Pronouns = Words("ele ela"),
        MalePronouns = Words("ele"),
        DeputyWords = Words("vice ex"),
        ContinuationOpeners = Words("antes e"),
        InfinitiveLinks = Words("de"),
        FemalePronouns = Words("ela"),
        Enclitics = Words("se lhe lhes nos"),
        // A person's given name: the weakest evidence of their gender (Speakers/GivenNameGender.cs).
        MaleGivenNames = Words(PortugueseGivenNames.Male),
        FemaleGivenNames = Words(PortugueseGivenNames.Female),
        MaleTitles = Words("senhor sr engenheiro arquiteto enfermeiro agricultor pescador sociólogo historiador escritor biólogo geólogo hidrogeólogo veterinário farmacêutico psicólogo padeiro peixeiro merceeiro cabeleireiro catedrático"),
        MasculineArticles = Words("o"),
        FemaleTitles = Words(
            "senhora sra ministra presidenta secretária engenheira arquiteta enfermeira agricultora pescadora socióloga " +
            "historiadora escritora prefeita vereadora deputada governadora diretora bióloga geóloga hidrogeóloga veterinária farmacêutica psicóloga padeira peixeira merceeira cabeleireira catedrática"),
        // "escreveu a parlamentar": a councillor or a member of parliament, whom the article made one.
        OfficeEpithets = ["parlamentar=vereadora|vereador|deputada|deputado"],
        // "zijn vrouw Ineke", "his husband Tom Vane": a family tie that gives the person's gender.
        MaleKinNouns = Words("marido esposo filho pai irmão avô neto tio sobrinho viúvo namorado companheiro sogro cunhado"),
        FemaleKinNouns = Words("esposa mulher filha mãe irmã avó neta tia sobrinha viúva namorada companheira sogra cunhada"),
        SpokesNouns = Words("porta-voz"),
        OfficialNouns = Words("representante responsável dirigente"),
        SourceNouns = Words("fontes fonte"),
        Demonstratives = Words("este esta esse essa aquele aquela"),
        PluralDemonstratives = Words("estes estas esses essas aqueles aquelas"),
        // "A sua vizinha Rosa Lopes", "Sua filha Ana" (Brazil, with no article): the possessive opens a description.
        Possessives = Words("seu sua seus suas"),
        FirstPersonPossessives = Words("meu minha meus minhas nosso nossa nossos nossas"),
        ComparisonOpeners = Words("como"),
        FirstPersonDroppingWords = Words("eu nós tenho temos"),
        // "digo sempre aos netos: “…”" ("conto" is a tale too).
        FirstPersonSayingForms = Words("digo pergunto respondo repito explico"),
        // "Depois, virando-se para o marido: «…»", "dirigindo-se aos vereadores".
        TurningWords = Words("virando-se voltando-se dirigindo-se virado virada voltado voltada"),
        Negations = Words("não nunca"),
        PerfectAuxiliaries = Words("tem tinha têm tinham havia"),
        QuoteLabels = Words("pergunta resposta nota aviso advertência esclarecimento"),
        AdverbSuffixes = Words("mente"),
        Titles = Words(
            "senhor senhora sr sra dona ministro ministra secretário secretária prefeito prefeita presidente diretor diretora " +
            "porta-voz vereador vereadora deputado deputada governador governadora autarca técnico treinador doutor doutora professor professora " +
            // A team's goalkeeper before the name: "o guarda-redes Rui Mota", "o goleiro Caio Lins".
            "guarda-redes goleiro goleira " +
            // A bishop's title before the name: "o bispo, dom Carlos Nery, …".
            "dom"),
        FeminineArticles = Words("uma"),
        // "sighed a mother at the gate": someone ordinary, unnamed, described by the noun.
        PeopleNouns = Words(
            // Those who guard a park, a forest or its game, unnamed: "un guarda forestal que prefirió no dar su nombre".
            "guarda guarda-florestal vigilante " +
            // Those who watch over a building by night or a museum's rooms by day, unnamed (session 65); not "segurança", security too.
            "vigia guarda-noturno " +
            // Those who look after children or fish a river, speaking as a group of their own.
            "monitor monitora educador educadora " +
            "homem mulher mãe pai avó avô vizinho vizinha transeunte cliente comerciante reformado reformada " +
            "aposentado aposentada morador moradora condutor condutora estudante visitante turista eleitor " +
            "eleitora inquilino inquilina proprietário proprietária voluntário voluntária manifestante paciente " +
            "passageiro passageira adepto adepta trabalhador trabalhadora operário operária vendedor vendedora " +
            "jovem rapaz rapariga filho filha irmão irmã esposa marido tia tio viúva viúvo amigo amiga colega " +
            "residente testemunha empregado empregada funcionário funcionária aluno aluna torcedor torcedora " +
            "espectador espectadora vítima " +
            // Those who live on an island or in a village, speaking as a group: "Os ilhéus queixam-se de que …".
            "ilhéu ilhoa aldeão aldeã " +
            // Who study or learn a trade (session 62).
            "aprendiz estagiário estagiária " +
            // Whom an event befalls or who were there: passengers, survivors, witnesses (session 62).
            "utente sobrevivente viajante habitante" +
            // Who stay on holiday, at a hotel or a campsite, or bathe at a beach (session 64).
            " campista hóspede banhista veraneante" +
            // Children, whose words a parent, a guide or a teacher tells (session 64).
            " criança menino menina miúdo miúda adolescente" +
            // Activists and users, as "utente" (session 64, trades).
            " ativista usuário usuária" +
            // A party's or a union's members, who speak for themselves (session 65, unnamed): "lamenta um filiado".
            " filiado filiada" +
            // Who work in a government, a party or a ministry, quoted unnamed in political and crime copy (session 72, fresh2): "explica um assessor",
            // "admite uma colaboradora do gabinete"; "funcionário" is listed above.
            " assessor assessora colaborador colaboradora " +
            // Who hold the same office in another country or body, the diplomacy copy's word for a minister's opposite number
            // "A sua homóloga alemã Ana Rocha".
            "homólogo homóloga"),
        // People nouns that are past participles too: right after the article the person ("un afectado que"), past
        // another noun a description ("un edificio afectado que") that brings in no one (session 62).
        ParticiplePeopleNouns = Words("lesado lesada desalojado desalojada afetado afetada" +
            // Also an adjective after a noun ("um sistema informático que"): a person right after the article only (session 64, trades).
            " informático informática"),
        PresidingOffices = Words("prefeito prefeita"),
        CommandRanks = Words("capitão capitã comandante comandanta coronel coronela tenente sargento sargenta almirante almiranta"),
        // A court's offices mean only a holder the article named: an unnamed judge may be speaking.
        HolderOnlyRoles = Words("procurador procuradora juiz juíza promotor promotora"),
        RoleNouns = Words(
            "procurador procuradora juiz juíza promotor promotora ministro ministra secretário secretária prefeito prefeita presidente diretor diretora porta-voz vereador " +
            // A firm's or a body's head written as one hyphenated word: "o diretor-geral, X, avisou que …".
            "diretor-geral diretora-geral secretário-geral secretária-geral " +
            "vereadora deputado deputada governador governadora autarca técnico treinador empresário empresária advogado advogada representante responsável dirigente administrador administradora coordenador coordenadora " +
            // Offices of clubs, firms, courts and services, as standing before a name set off by commas ("The treasurer, X, said").
            "tesoureiro tesoureira gestor gestora comissário comissária curador curadora" +
            // Ranks at sea and in command: "el capitán del puerto Juan Vidal", "o comandante dos bombeiros, X".
            " capitão comandante" +
            // "o líder da bancada da oposição, X,": the head of a party, a group or a bench.
            " líder" +
            // A team's or a game's player and a museum's curator, before a name or set off by commas (session 67): "o jogador Rui Roe", "a
            // conservadora do museu, Ana Roe,"; "conservador" and "conservadora" are Spanish's entries.
            " jogador jogadora"),
        // "disse o engenheiro": nouns only, never adjectives.
        // Of those, the ones a person holding a rank or an office is called by (see SpeechWords.HolderEpithets).
        HolderEpithets = Words("oficial militar sindicalista especialista perito perita"),
        ProfessionEpithets = Words(
            // A parish's priest, called by the office alone ("explicou o pároco").
            "pároco " +
            // Who make cheese, quoted by their trade (session 68, fnames). A jury's member is left out: "o jurado" is the jury too.
            "queijeiro queijeira " +
            "engenheiro engenheira arquiteto arquiteta enfermeiro enfermeira agricultor agricultora pescador pescadora " +
            "sociólogo socióloga historiador historiadora urbanista escritor escritora economista cineasta jornalista " +
            // The experts a report quotes: life and earth scientists (hydrogeologists too), vets, pharmacists, psychologists and psychiatrists.
            "biólogo bióloga geólogo geóloga hidrogeólogo hidrogeóloga veterinário veterinária farmacêutico farmacêutica psicólogo psicóloga psiquiatra " +
            // A university's chair: "explica a catedrática".
            "catedrático catedrática " +
            // Those who serve a force or a union, and experts: "alertou o oficial", "atirou a sindicalista".
            "oficial militar sindicalista especialista perito perita padeiro padeira peixeiro peixeira merceeiro merceeira cabeleireiro cabeleireira " +
            // A nationality the article gave a person it named: "o queijeiro francês X" … "garantiu o francês".
            "japonês japonesa chinês chinesa francês francesa espanhol espanhola italiano italiana alemão alemã inglês inglesa britânico britânica " +
            "holandês holandesa belga suíço suíça sueco sueca dinamarquês dinamarquesa polaco polaca romeno romena ucraniano ucraniana grego grega " +
            "marroquino marroquina cabo-verdiano cabo-verdiana angolano angolana moçambicano moçambicana brasileiro brasileira americano americana" +
            // Field scientists a study quotes by their science (Phrase.ProfessionAfterRole.cs).
            " ecólogo ecóloga entomólogo entomóloga zoólogo zoóloga" +
            // The arts' trades, for a feature on an exhibition, a reading or a concert: "brincou a poeta", "disse o escultor"; not "música", the music as often.
            " artista pintor pintora escultor escultora fotógrafo fotógrafa poeta poetisa músico cantor cantora ator atriz bailarino bailarina compositor compositora " +
            // Who serve in a shop, a bar or a café (session 62).
            "caixeiro caixeira balconista lojista florista livreiro livreira " +
            // Who care for the old, the sick and children, at home or on a ward (session 62).
            "cuidador cuidadora auxiliar maqueiro maqueira " +
            // Who work the land, vines, hives and herds (session 62).
            "viticultor viticultora vinicultor vinicultora criador criadora pastor pastora apicultor apicultora lavrador lavradora camponês camponesa " +
            // Who build and mend houses (session 62).
            "pedreiro carpinteiro carpinteira canalizador canalizadora eletricista servente " +
            // Who drive, conduct or deliver (session 62).
            "motorista camionista taxista maquinista revisor revisora estafeta carteiro carteira " +
            // Firefighters and rescuers, quoted unnamed at a fire or a flood (session 62).
            "bombeiro bombeira socorrista nadador-salvador" +
            // Who keep or serve in hotels, restaurants and cafés (session 64).
            " hoteleiro hoteleira cozinheiro cozinheira rececionista garçom garçonete" +
            // Who teach at a school, beside "professor" and "professora" (titles) (session 64).
            " docente" +
            // Who sail, load ships or sell fish; who write software; who deliver; who make furniture (session 64, trades).
            " marinheiro marinheira estivador estivadora varina programador programadora desenvolvedor desenvolvedora entregador entregadora marceneiro marceneira" +
            // Who shoe horses and sew clothes, and who lead a gang of workers on a site or a quay (session 65, unnamed): "queixa-se uma costureira".
            " ferrador ferradora costureira costureiro alfaiate capataz encarregado encarregada" +
            // Who fit and mend machines, engines and cars, unnamed or before a name (session 67): "conta o mecânico".
            " mecânico mecânica" +
            // The trades of a family an editor calls them by, and the families' nouns (SpeechWords.FemaleTradeFamilies; session 71, trades).
            " ceramista ilustradora fadista soprano médica pediatra cirurgiã cardiologista anestesista ilustrador tenor barítono pianista violinista guitarrista acordeonista organista violoncelista médico cirurgião"),
        // A trade's family, the noun an editor calls its holder by at the cue: "a fadista Rita Lopes" … "diz a cantora", "o pediatra Rui Sousa" … "aconselha o médico"
        // (SpeakerFinder.TradeFamily.cs). Only families no editor would doubt; the members are the gender's forms and the forms of either.
        FemaleTradeFamilies =
        [
            "artista=pintora|escultora|ceramista|ilustradora",
            "cantora=fadista|soprano",
            "médica=pediatra|cirurgiã|cardiologista|anestesista",
        ],
        MaleTradeFamilies =
        [
            "artista=pintor|escultor|ceramista|ilustrador",
            "cantor=fadista|tenor|barítono",
            "músico=pianista|violinista|guitarrista|acordeonista|organista|violoncelista",
            "médico=pediatra|cirurgião|cardiologista|anestesista",
        ],
        DocumentNouns = Words("texto carta comunicado declaração nota estudo relatório sondagem pesquisa inquérito"),
        DocumentRelatives = ["no qual", "na qual", "em que"],
        // "Foi assim que X descreveu …", "Assim recordou X …": the manner points back as "o que" does.
        BackReferences = ["foi o que", "é o que", "foi isso que", "foi assim que", "é assim que", "assim"],
        // "«…». Con estas palabras se defendió X": any verb after them says the quote before.
        WithTheseWords = ["com estas palavras", "com essas palavras", "com esta frase", "com essa frase"],
        StudyNouns = Words("estudo relatório"),
        CompanyNouns = Words("empresa companhia sociedade"),
        TradeNouns = Words("fábrica " +
            // Session 70 (names): the shops and workshops a family's firm is named as ("Padaria Sousa", NameFacts.FirmBeforeSurname.cs).
            "padaria sapataria conserveira retrosaria pastelaria"),
        CompanyWords = Words("sa lda"),
        // Session 65: the masculine of the distributor, the supplier in both genders, and the young firm ("uma start-up de Braga");
        // not "gestora", an office before a name among the role nouns, nor the masculine "operador" ("operador de máquinas").
        FirmNouns = Words("fabricante concessionária operadora distribuidora transportadora tecnológica construtora distribuidor fornecedor fornecedora startup start-up"),
        SeatParticiples = Words("fundado fundada constituído constituída criado criada nascido nascida estabelecido estabelecida sediado sediada localizado localizada situado situada instalado instalada baseado baseada radicado radicada"),
        ShareNouns = Words("ações acções"),
        AnyBodyNouns = Words("organização entidade organismo instituição direção diretoria administração"),
        GoverningNouns = Words("administração direção diretoria"),
        ClauseAuxiliaries = Words("ser estar ter haver"),
        OrganisationNouns = Words("consórcio rede texto carta comunicado declaração organização banco agência autoridade comissão comité comitê federação confederação fundação instituto cooperativa coligação autarquia sociedade entidade organismo instituição empresa construtora companhia secretaria sindicato patronal governo ministério prefeitura câmara partido associação nota estudo relatório justiça regulador seguradora universidade polícia fábrica emissora direção diretoria administração serviço junta tribunal hospital clube união " +
            // A church's bodies speak as bodies: "fa sapere la diocesi", "señala la hermandad" (session 61).
            "diocese arquidiocese confraria irmandade " +
            // A folk-dance group is a village's association, its whole name read with its qualifier and complements: "O Rancho
            // Folclórico de X despediu-se" (session 67). A trade's chamber is "câmara", listed above.
            "rancho"),
        PluralDefinites = Words("os as"),
        BareBodies = Words("governo justiça câmara autarquia prefeitura polícia " +
            // One per place, speaking as one by its noun alone: a diocese, and the office above the town
            // where the language's news names it bare ("Volgens de provincie", "fa sapere la prefettura"; session 61).
            "diocese arquidiocese"),
        BodyQualifiers = Words("municipal local"),
        Indefinites = Words("um uma outro outra"),
        Definites = Words("o a os as"),
        Prepositions = Words("de do da dos das para"),
        NotNames = Words("o a os as um uma mas e também ontem hoje em com por para sem após segundo enquanto quando " +
            // A participle of coming, birth or settling that opens a sentence before where from ("Chegado da Síria em 2017, abriu …") is no
            // first name before a particle (session 68, fnames); the participles of birth and settling are SeatParticiples.
            "chegado chegada chegados chegadas"),
        AgeWords = Words("anos"),
        // "la octogenaria", an age in words: whom the article named, as "the 71-year-old" in figures.
        AgeNouns = Words(
            "quarentão quarentona cinquentão cinquentona quinquagenário quinquagenária sexagenário sexagenária " +
            "septuagenário septuagenária setuagenário setuagenária octogenário octogenária nonagenário nonagenária " +
            // "diz a idosa": old age without a figure, read as an age past sixty (SpeakerFinder.AgeGiven.cs).
            "idoso idosa"),
        Intensifiers = Words("próprio própria próprios próprias mesmo mesma mesmos mesmas"),
        // Answering: whoever asked the question just quoted does not answer it (SpeakerFinder.AnswerToQuestion.cs).
        AnsweringVerbs = Words("respondeu responde respondia retorquiu retorque replicou replica"),
        Fillers = [.. Words("tem tinha havia também ainda ontem hoje já depois"), "na semana passada", "no mês passado", "no ano passado",
            // "contou à tarde X": the part of the day it was said, between the verb and its subject.
            "de manhã", "à tarde", "à noite", "esta manhã", "esta tarde", "esta noite", "ontem à noite",
            // Phrases of cause and concession opening the clause: "Por isso insiste:", "Mesmo assim diz:".
            "por isso", "mesmo assim"],
        AccordingTo = new[] { "segundo", "conforme", "de acordo com", "nas palavras de", "na opinião de", "no entender de", "na visão de", "na ótica de", "na óptica de", "no parecer de" },
        ViewPrepositions = Words("para"),
        // "limitou-se a dizer que …", "«…», limitou-se a afirmar X", Brazilian "se limitou a dizer": a verb that limits what was said.
        // "», llegó a decir X", "», volvió a insistir": how far or how often, before a reporting infinitive.
        WillVerbs = ["chegou a", "chegaram a", "chega a", "chegado a", "chegada a", "voltou a", "voltaram a", "volta a", "voltado a", "quis", "quiseram", "quer", "questão de"],
        LimitingVerbs = ["limitou-se a", "limitaram-se a", "limita-se a", "limitam-se a", "limitava-se a", "limitou a", "limitaram a", "limitado a", "limitada a"],
        ReportingPhrases = ["faz saber", "fazem saber", "fez saber", "fizeram saber", "fazia saber", "feito saber"],
        // "fala num “encerramento planeado”", "falou de “…”": see SpeechWords.SpeakingOfPhrases.
        SpeakingOfPhrases =
        [
            "fala em", "falou em", "falava em", "falam em", "falaram em", "falavam em", "falado em",
            "fala num", "falou num", "falava num", "falam num", "falaram num", "falavam num", "falado num",
            "fala numa", "falou numa", "falava numa", "falam numa", "falaram numa", "falavam numa", "falado numa",
            "fala de", "falou de", "falava de", "falam de", "falaram de", "falavam de", "falado de",
        ],
        Locatives = Words("em no na nos nas"),
        // "o comunicado divulgado pela empresa": a participle before the document's issuer and its agent.
        IssuingParticiples = Words("divulgado divulgada publicado publicada emitido emitida enviado enviada assinado assinada"),
        PassiveAgents = Words("pela pelo pelos pelas"),
        // "Após a reunião, ele", "Ao chegar, ela": prepositions opening a phrase of time or place before a comma and
        // the subject, besides the Prepositions and Locatives ("No mercado, ele").
        CommaOpeningPrepositions = Words("após durante depois antes ao aos perante sobre desde diante"),
        // "Questionada sobre isso, ela": a participle of being asked opening such a phrase, agreeing with the pronoun.
        AskedParticiples = Words("questionado questionada interrogado interrogada confrontado confrontada"),
        // "escreveu num comunicado": "num", "numa" are "em" with an indefinite article.
        // "disse aos jornalistas": the listeners after the verb, whose subject was dropped or follows them.
        // "», escreveu no Instagram", "disse na rádio o autarca": "no", "na", "nos", "nas" are "em" with a definite article.
        Media = Words("em à ao aos num numa no na nos nas desde"),
        // "the director of a firm": a role's link to what it heads, before an indefinite; a manner noun there is no body ("d'une voix").
        HeadLinks = Words("de do da dos das"),
        // One picked out of a group, "explica um deles", "uma delas": link and pronoun contracted, or "um de nós": someone of the group, never the one quoted before.
        PartitiveOnes = Words("um uma"),
        PartitivePronouns = Words("deles delas nós"),
        MannerNouns = Words("voz tom ar sorriso suspiro modo maneira forma idade"),
        MannerPrepositions = Words("com"),
        // "«…», dijo entre aplausos.": a phrase of when or how after a verb whose subject is dropped.
        PhrasePrepositions = Words("entre ante"),
        // "the so-called "…"": the words name a term, quoted from nobody.
        TermMarkers = Words("chamado chamada chamados chamadas denominado denominada denominados denominadas autodenominado autodenominada"),
        // "known as «…»", "nicknamed «…»": the quote is what something is called (SpeakerFinder.CalledByName.cs).
        NamingWords = Words("apelidado apelidada apelidados apelidadas alcunhado alcunhada alcunhados alcunhadas batizado batizada baptizado baptizada rebatizado rebatizada chamam chamavam rebatizar renomear"),
        KnownAsWords = Words("conhecido conhecida conhecidos conhecidas"),
        // "under the name «…»": the quote right after the noun is what something is called (SpeakerFinder.NameNounBeforeQuote.cs).
        NameNouns = Words("nome"),
        // "Chama-se José Lima", "Ele se chama Marcos Belém", "Chamava-se Rosa Tavares": the verb that gives a person's name (SpeakerFinder.NamingVerbNewcomer.cs).
        NameGivingVerbs = Words("chama chamava chama-se chamava-se"),
        CircleNouns = Words("entorno próximos"),
        ContractedArticles = Words("do da dos das no na nos nas"),
        PartyAdjectiveEndings = Words("ista istas"),
        NotPartyAdjectives = Words("lista listas vista revista entrevista conquista"),
        OfficeTierAdjectives = Words("municipal municipais regional regionais distrital distritais estadual estaduais"),
        EmployerLinks = Words("da do de"),
        ListenerPrepositions = Words("a à às"),
        ResponseNouns = Words("resposta réplica reação reacção comentário avaliação conclusão veredicto"),
        ResponseVerbs = Words("veio chegou"),
        StanceWords = Words("satisfeito satisfeita satisfeitos contente crítico crítica contrário contrária cauteloso cautelosa cético cética"),
        ObjectPrepositions = Words("contra com sobre como"),
        OrganisationLinks = Words("de do da dos das"),
        // "o Sindicato dos Trabalhadores na Indústria de Calçados": the field its members work in (OrganisationName.SectorLink.cs).
        SectorNouns = Words("indústria indústrias comércio educação ensino saúde construção metalurgia agricultura"),
        PluralOrganisationLinks = Words("dos das"),
        ImpersonalReadings = Words("lê-se lia-se leu-se lê lia"),
        ReadingClitics = Words("se"),
        // "X lhe disse que", "X me garantiu": the object pronoun before the verb ("o", "a" are articles, "nos" is "em os": not here).
        ObjectClitics = Words("lhe lhes me"),
        // "lê-se num comunicado da empresa": "em" with the indefinite article, as "no" is with the definite one (Speakers/Phrase.DescribedDocument.cs).
        LocativeArticles = Words("no na nos nas num numa nuns numas"),
        NameJoiners = Words("do de pela pelo"),
        DropsSubjects = true,
        // "«…», disseram.": third-person plural endings of a verb whose subject is dropped.
        SourcePrepositions = Words("desde da do das dos"),
        SourceSides = Words("parte"),
        PluralVerbEndings = Words("-am -em -êm"),
        // "os moradores" from "morador", "os vizinhos" from "vizinho".
        PluralNounEndings = ["s>", "es>"],
        // A view, a version, criticism, or a view "different" from the last, given as a sentence of its own (with the ResponseNouns and StanceWords).
        ViewWords = Words("opinião versão críticas visão diferente"),
        Participle = lemma => Inflection.Gerund(lemma, "ando", "endo", "indo"),
        // "Pour X, ce choix est « … »": a view's clause that says what something is.
        Copulas = ["é", "era", "foi", "será", "seria", "está", "estava", "esteve"],
        // "Rui Lobo foi eleito", "Ana Lobo foi eleita", "está cansada": a participle after a form of "ser" or
        // "estar" agrees with its subject.
        MaleAgreementEndings = ["ado", "ido", "eito"],
        FemaleAgreementEndings = ["ada", "ida", "eita"],
        Coordinators = Words("e ou"),
        Contrasts = Words("mas porém"),
        Subordinators = Words("quando embora enquanto porque"),
        // "Ana Lopes respondeu às nossas perguntas": an interview's guest (SpeakerFinder.Tracking.cs).
        InterviewCues = ["respondeu às nossas perguntas", "responde às nossas perguntas", "respondeu às perguntas", "foi o convidado", "foi a convidada"],
        RelativePronouns = Words("que quem cujo cuja"),
        PersonRelativePronouns = Words("quem"),
        InfinitiveTimeLinks = ["antes de", "depois de"],
        AdditiveAdverbs = Words("também"),
        AdjectiveEndings = Words("aria ario ica ico al ar ana ano ense ese esa iva ivo ista vel ea eo"),
        // "… came with Y": someone brought in beside the subject (SpeakerFinder.PronounRival.cs).
        CompanionWords = Words("com"),
        // "Lemos acha o plano "…"" (Cues.JudgingComplement.cs).
        JudgingVerbs = Words("acha acham achou acharam"),
        // "nas suas próprias palavras" (Cues.OwnWords.cs).
        OwnWordsPhrases = ["nas suas próprias palavras", "segundo as suas próprias palavras", "por sua própria admissão"],
        // "Lemos classificou a decisão como “…”", "Lemos descreveu o plano como “…”" (Cues.NamingComplement.cs);
        // "fala em “…”" is read as speaking of (SpeakingOfPhrases).
        NamingVerbs = ["classifica de", "classificam de", "classificou de", "classificaram de", "classifica como", "classificam como", "classificou como",
            "classificaram como", "qualifica de", "qualificam de", "qualificou de", "qualificaram de", "apelida de", "apelidou de", "descreve como",
            "descrevem como", "descreveu como", "descreveram como"],
        // "la dirigente" / "il dirigente": whom a bare role noun meant, by its article's gender (SpeakerFinder.EpithetMeantBefore.cs).
        EpithetFeminineArticles = Words("a"),
        EpithetMasculineArticles = Words("o"),
        // The indefinite's gender is its noun's person's: "uma vizinha" is a woman, "um vizinho" a man.
        FeminineIndefinites = Words("uma outra"),
        MasculineIndefinites = Words("um outro"),
        // Professions and clerical or academic titles before a full name: "Arcebispo Rui Costa" opening a sentence (SpeechWords.NameProfessions).
        NameProfessions = Words("arcebispo"),
        // "Depois a diretora acrescentou:": time or sequence before the subject, with no comma (Sieves/ColonCue.SequenceOpener.cs).
        SequenceOpeners = ["depois", "logo depois", "pouco depois", "mais tarde"],
        // "«…», disse a mulher.": ties that also mean anyone, no tie at the cue (Speakers/Phrase.KinEpithet.cs).
        LooseKinNouns = Words("mulher companheiro companheira"),
        // "“…”, disse sorrindo.", "», contou rindo.": the gerund's endings, a how that closes a cue after the verb (SpeakerFinder.GerundAfterDroppingVerb.cs).
        GerundSuffixes = Words("ando endo indo"),
        // "Enfin Marc Lefort a dit", "Finalmente Ana Gómez dijo": an adverb opening the sentence is no first name (SpeechWords.SentenceAdverbs).
        SentenceAdverbs = Words("finalmente então depois entretanto posteriormente"),
        // "C'est Marc Lefort qui …", "Fueron Ana Gómez y Luis Pardo quienes …": a form of "to be" opening a cleft that Copulas lacks (SpeechWords.CleftCopulas).
        CleftCopulas = Words("foram"),
        // "leu a mensagem do presidente: «…»": reading a text out brings in its words, not the reader's (SpeakerFinder.ReadAloud.cs).
        ReadAloudVerbs = Words("leu lê lia"),
        ReadAloudTexts = Words("mensagem discurso"),
        // "…, acrescentou Rui Matos, ontem.": words of when the words were said, a trail after a closing cue's subject (SpeechWords.CueTrailTimes).
        CueTrailTimes = Words("ontem hoje anteontem manhã tarde noite semana mês"),
        // "É o caso de Ana Costa, mãe de dois filhos: «…»": a presentative bringing in the person whose case is told, before a colon (SpeechWords.CasePresentatives).
        CasePresentatives = ["é o caso de", "é também o caso de"],
        // "”, atirou a sindicalista", "”, explicou o pescador": a trade the lists leave out, read by its
        // ending (AgentNouns). An ending in both lists ("-ista") is either gender's form; the article says
        // which. Not "-tor" ("o setor"), "-ico" ("o periódico"), "-ário" ("o diário").
        AgentNounEndings = Words("-ador -edor -idor -eiro -ista -ólogo -atário -etário"),
        FemaleAgentNounEndings = Words("-adora -edora -idora -ectora -itora -eira -ista -óloga -atária -etária"),
        ThingAgentNouns = Words("vista pista lista conquista"),
        // "X espera que … “…”": verbs of wanting and hoping that report nothing
        // alone, whose partial quote in the subject's own clause is the subject's words (SpeechWords.WishingVerbs).
        WishingVerbs = Words("quer querem queria queriam quis quiseram espera esperam esperava esperavam deseja desejam desejava desejavam"),
        // "«…», garantiu o padre aos fiéis": prepositions opening where, when or to whom an epithet at a cue spoke (SpeechWords.EpithetTailPrepositions).
        EpithetTailPrepositions = Words("a ao aos à às perante diante em no na nos nas entre após durante com sem"),
        // "«…», disse ela" after two people in the sentence before: a subject pronoun written out sets one person
        // against another, so either may be meant (SpeakerFinder.ObjectRival.cs).
        ContrastingPronouns = Words("ele ela"),
        // "um estudo intitulado «…»", "sob o lema «…»": a work's title or a slogan, quoted from nobody (SpeakerFinder.TitleBeforeQuote.cs).
        TitlingWords = Words("intitulado intitulada intitulados intituladas"),
        TitleNouns = Words("título lema slogan"),
        TitlePrepositions = Words("sob com"),
        // "À porta estava um reformado que …": a presentative or existential verb (with its expletive) that brings in the unnamed person
        // after it as the one a later pronoun means (SpeechWords.PresentativePhrases).
        PresentativePhrases = ["há", "havia", "houve", "estava", "está", "existe", "existia", "se encontrava"],
        // "Entre os corredores estava uma mãe que …": the preposition of being one of a group, and the verbs after which the subject then stands (SpeechWords.AmongPrepositions, SpeechWords.AmongVerbs).
        AmongPrepositions = Words("entre"),
        AmongVerbs = Words("era eram é são estava estavam está figurava figuravam figura caminhava corria seguia"),
        // "Uma empregada do café pediu para não ser nomeada.": words that say someone unnamed keeps their name back, alone or
        // after a negation near them (SpeechWords.AnonymityWords, SpeechWords.WithheldNameWords; session 64).
        AnonymityWords = Words("anonimato anónimo anónima anônimo anônima anonimamente"),
        WithheldNameWords = Words("identificado identificada identificar-se nomeado nomeada nome"),
        // A verb of adding at a second quote's cue («…», acrescenta o criador): the words go on from whoever
        // was quoted just before, not an answer to them (SpeakerFinder.AddedToOwnQuote.cs).
        AddingVerbs = Words("acrescenta acrescentou acrescentava"),
        // Session 71 (firm): the words of a firm's trade that stand in its name and in no person's ("Severnmoor Water",
        // "Transalpina Distribuzione"); a company's noun at the next cue then means it (SpeechWords.FirmNameWords).
        FirmNameWords = Words("residencial logística distribuição construções transportes energia serviços investimentos seguros imobiliária telecomunicações"),
    };
}
