using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

// Its stopwords, its page chrome and its calendar, and the particles of its names. Its bylines
// open as Spanish ones do ("Por Ana Costa"), a prefix the Spanish lexicon lists.

/// <summary>Portuguese.</summary>
internal static class Portuguese
{
    public static Lexicon Lexicon { get; } = new("pt")
    {
        Speech = Speech.PortugueseSpeech.Words,
        NounArticles = Words("o a os as um uma uns umas"),
        ClockWords = Words("hora horas"),
        Stopwords = Words(
            "o a os as de do da dos das e em que um uma para com não se por mais como mas ao foi é está são " +
            "tem têm pelo pela pelos pelas nos nas no na aos também já muito sobre entre quando até depois sem seu sua seus " +
            "suas isso essa esse ser"),
        // A standard inventory of function words past the stopwords (pronouns, determiners, prepositions, conjunctions,
        // auxiliaries), none written so in a neighbouring language's: a short text's few sentences tell its language.
        LanguageWords = Words(
            "ele ela eles elas nós você vocês lhe lhes meu minha meus minhas teu nosso nossa nossos nossas dele dela deles " +
            "delas estes aquele aquela aquilo isto num numa dum duma qual quais quem onde porém ainda só mesmo mesma outro " +
            "outra outros outras algum alguma nenhum eram foram serão pode podem fez faz há havia tinha tinham estava " +
            "estão ter sob após nem pois então embora seja sejam vai vão às nesta neste nessa nesse desta deste dessa " +
            "desse"),
        Months = Words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
        Weekdays = Words("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
        DatelinePrefixes = new[] { "publicado em", "publicado a", "proferido em", "artigo publicado em" },
        UpdatePrefixes = new[] { "atualizado em", "atualizado" },
        BroadcastPrefixes = new[] { "emitido em", "emitida em", "transmitido em", "transmitida em" },
        RelativeDatePrefixes = new[] { "há " },
        BylinePrefixes = new[] { "texto de", "com informação", "com lusa", "com agências", "texto:", "texto e fotos:", "texto e fotografia:", "texto e foto:", "texto e fotos de", "texto e fotografia de", "uma crónica de", "uma crônica de", "uma coluna de", "um artigo de opinião de" },
        BylineRoles = Words("jornalista redação redator redatora correspondente"),
        BylineRolePlurals = Words("jornalistas redatores redatoras correspondentes"),
        CreditWords = Words("imagem imagens infografia infografias fotografia fotografias ilustração ilustrações simulação simulações"),
        CreditMarks = new[] { "fotografia:", "(lusa)", "/ lusa", "créditos:" },
        NavigationLines = new[]
        {
            // Session 69, pages2: a reading view's or a read-later app's controls, printed between middle dots over the saved
            // article (BoilerplateLines.IsDottedControlRow).
            // "favorito" marks the saved article in Portuguese too; the tables are one union, so it is listed once, in Spanish.
            "arquivar", "adicionar etiqueta", "adicionar etiquetas",
            // Session 69, pages: a reader-funding appeal's button, an agenda box's link to the whole listing, an aggregator's
            // button that hides the paper's copy, and a share list's mail button: whole lines only.
            "quero doar", "doe agora", "doar agora", "ver toda a agenda", "ver todos os eventos", "ocultar esta fonte",
            // Session 68, pages: a web story's prompt under each slide, the viewer's button to the next slide: the slide's
            // text above it goes on under the next count.
            "toque para continuar", "clique para continuar", "toque para avançar",
            "partilhe isto", "compartilhe isso", "gostar disto", "curtir isso", "gosto carregando", "curtir carregando",
            // A live page's mark on the post it holds at its top ("Pinned" / "What we know so far"): no section's kicker.
            "fixado", "post fixado", "mensagem fixada", "publicação fixada",
            "ir para o conteúdo", "ir para o menu", "ir para a busca", "ir para a pesquisa", "pular para o menu", "saltar para o conteúdo", "pular para o conteúdo", "ir para o conteúdo principal", "saltar para o conteúdo principal", "partilhar", "compartilhar", "pesquisar",
            "publicidade", "fechar", "entrar", "assine", "artigo anterior", "próximo artigo", "voltar ao topo", "aceitar", "recusar", "siga-nos",
            "saiba mais", "para saber mais",
            "seguinte", "recomendado para si", "últimas notícias", "reportar um erro", "ouvir este artigo", "política de privacidade",
            "contactos", "copiar link", "carregar mais", "mais vistos", "mais lidos", "notícias relacionadas", "lusa",
            "ouça este artigo", "ouça esta notícia", "ouvir artigo", "ouvir notícia", "continua depois da publicidade", "continua após a publicidade", "partilhe este momento", "partilhe este artigo", "partilhe esta notícia", "partilhar este momento", "partilhar este artigo", "partilhar esta notícia", "compartilhe esta notícia", "compartilhar esta notícia", "compartilhe este artigo", "guardar artigo", "adicionar aos favoritos",
            // A comment button alone on its line, under the byline or the share bar.
            "comentar", "comente",
        },
        PaywallLabels = new[] { "exclusivo para assinantes", "conteúdo exclusivo para assinantes", "exclusivo assinantes" },
        PageObjectWords = Words("conteúdo direto anúncio"),
        AdvertWords = Words("publicidade anúncio anúncios"),
        // "continue" is listed once, with English; "continua" and "segue" are a jump line's (JumpWords).
        ResumeWords = Words("continuar artigo notícia abaixo"),
        SubscriberNouns = Words("assinante assinantes"),
        ShareVerbs = Words("partilhar compartilhar partilhe compartilhe"),
        // "copiar" of "Copiar link" is listed once, with Spanish.
        MenuWords = Words(
            "partilhar compartilhar pesquisar entrar assine assinar subscrever país mundo desporto esporte " +
            "opinião contactos aceitar recusar definições"),
        ReportWords = Words("reportagem"),
        // "Vídeo", "Ver vídeo" are listed once, with Spanish.
        LinkLabels = new[] { "galeria de imagens", "galeria de fotos", "áudio", "galeria", "veja", "leia", "ouvir", "ouça", "artigos relacionados", "fotogaleria" },
        LinkPrefixes = new[] { "leia também", "leia mais", "veja também", "artigo anterior:", "próximo artigo:", "mais notícias" },
        SignUpPhrases = new[] { "este site utiliza cookies", "o seu email", "o seu e-mail", "apoie o jornalismo", "assine já", "no seu email", "no seu e-mail", "na sua caixa de correio", "descarregue a app", "baixe o app", "sem fidelização", "siga-nos no", "siga-nos em", "receba as principais", "participe do canal", "siga o canal", "entre no canal" },
        AppealPhrases = new[] { "o seu jornal precisa de si", "seu jornal precisa de você", "este artigo é exclusivo para assinantes", "este conteúdo é exclusivo para assinantes", "o jornalismo custa dinheiro", "apoie-nos com", "com uma assinatura", "escreva-nos", "envie-nos", "uma história para contar", "cancelar a subscrição a qualquer momento", "cancelar a inscrição a qualquer momento", "aceita receber", "faça uma assinatura", "este artigo foi publicado", "as cartas não devem exceder", "as cartas podem ser editadas", "ajude-nos a", "ajuda-nos a", "se valoriza o nosso trabalho", "se gosta do nosso trabalho", "uma pergunta sobre este artigo", "alguma pergunta sobre este artigo" },
        RightsPhrases = new[] { "todos os direitos reservados" },
        // "S.A." is listed once, with Spanish: the tables are one union.
        CompanyForms = new[] { "lda", "limitada", "ltda", "unipessoal lda", "crl" },
        FeedLabels = new[] { "primeira página", "destaques", "em destaque", "manchetes", "últimas notícias", "agora mesmo", "plantão" },
        AddressWords = Words("você vocês"),
        FirstPersonWords = Words("eu meu minha nós"),
        QuestionWords = Words("porquê porque como onde quem qual quais quantos"),
        QuestionPhrases = new[] { "o que", "o quê" },
        TerminatorPrefixes = new[] { "nota aos editores", "notas aos editores", "comentários", "deixe um comentário", "mais lidas", "mais lidos", "notícias relacionadas", "sobre o autor", "sobre a autora", "etiquetas", "ver comentários", "sobre o mesmo tema", "mais artigos sobre", "descubra mais artigos", "ficha de jogo" },
        CommentCountWords = Words("comentário"),
        ReactionCountWords = new[] { "resposta", "respostas", "gostos", "curtidas", "partilhas", "compartilhamentos", "reações" },
        // Session 69, pages: a readers' poll's label before its question, and the words of its count of votes (PollLines).
        PollLabels = new[] { "sondagem" },
        PollCountWords = new[] { "leitores" },
        PollVoteWords = new[] { "votaram", "votantes" },
        // "ver" and "mostrar" of "Ver todos os 96 comentários" are listed once, with Spanish.
        RevealVerbs = new[] { "ler", "carregar", "veja" },
        ReadingTimePhrases = new[] { "tempo de leitura", "min de leitura", "minutos de leitura" },
        SummaryOpeners = new[] { "em resumo", "o essencial", "pontos-chave", "o que precisa saber" },
        SectionNames = new[] { "início", "última hora", "sociedade", "esportes", "classificados", "região", "cidades", "saúde", "educação", "brasil", "necrologia", "emprego", "tecnologia", "ciência", "turismo", "lazer", "entretenimento", "tempo", "trânsito", "concelhos", "imobiliário", "passatempos" },
        ReadingWords = Words("leitura ler duração"),
        // "Duração: 23:14 · 2 de dezembro de 2026": an episode's or a video's length before its day, no time of publication.
        LengthLabels = Words("duração"),
        EmailFieldWords = Words("endereço"),
        // "tua" is listed once, in Italian.
        ReaderWords = Words("você vocês seu sua teu nós nosso nossa assine"),
        // Minute units: "minuto", "minutos" are in the Spanish list, "min" in the English one; the tables merge them.
        NoticePhrases = new[] { "traduzid", "tradução", "não reflete", "versão original", "dados pessoais" },
        // "O Eco do Vale": a paper named by its echo reads as one through the Italian list's "eco" (a word is listed in one language).
        PublicationWords = Words("jornal diário notícias folha gazeta correio público portal"),
        // Dutch and German particles of the foreign names a report gives: "Joost van der Linden", "Ursula von der Brück".
        NameJoiners = Words("da dos das van der den von"),
        CoAuthorWords = Words("com"),
        Agencies = new[] { "lusa", "agência brasil" },
        AuthorBoxLabels = new[] { "sobre o autor", "sobre a autora", "o autor", "a autora", "a equipa", "a equipe" },
        AuthorLinks = new[] { "ver todos os artigos", "ver artigos", "todos os artigos de", "mais artigos de", "seguir " },
        PieceLeads = new[] { "uma crónica de", "uma crônica de", "uma coluna de", "um artigo de opinião de" },
        CorrectionLabels = new[] { "correção:", "retificação:", "rectificação:", "errata:" },
        AmendmentOpeners = new[] { "este artigo foi corrigido", "esta notícia foi corrigida", "esta reportagem foi corrigida" },
        WriterVerbs = Words("cobre escreve acompanha chefia"),
        EarlierVersionPhrases = new[] { "versão anterior", "primeira versão" },
        OwnViewsPhrases = new[] { "exclusiva responsabilidade do autor", "exclusiva responsabilidade da autora", "exclusiva responsabilidade dos autores", "responsabilidade exclusiva do autor", "responsabilidade exclusiva da autora", "acordo ortográfico", "o ponto de vista dos seus autores", "o ponto de vista do seu autor", "a opinião dos seus autores", "a opinião do seu autor", "a opinião da sua autora", "a posição do jornal", "a linha editorial do jornal" },
        NoteSubjects = new[] { "as opiniões", "os artigos de opinião", "os textos de opinião", "esta crónica", "esta crônica", "esta coluna", "o autor escreve", "a autora escreve" },
        ThisPiecePhrases = new[] { "deste artigo", "desta notícia", "desta reportagem", "este artigo", "esta notícia" },
        AuthorsBoxLabels = new[] { "os autores", "sobre os autores" },
        PrintNotices = new[] { "esta entrevista foi publicada", "esta reportagem foi publicada", "este texto foi publicado" },
        PrintEditionWords = Words("edição impressa"),
        CreditRoles = Words("revisto traduzido"),
        WireReporterLeads = new[] { "reportagem de", "reportagem por", "redigido por" },
        WireCreditLeads = new[] { "reportagem adicional de", "edição de", "revisto por", "tradução de", "traduzido por" },
        StandardsLabels = new[] { "os nossos padrões:", "nossos padrões:", "os nossos princípios:", "nossos princípios:" },
        ConsentPhrases = new[] { "nós e os nossos parceiros" },
        ConsentWords = Words("dados"),
        ColonLeadWords = Words("é são eram foi tem têm seu sua seus suas dele dela"),
        WhatOpeners = new[] { "o que " },
        NoteCopulas = Words("é são"),
        BirthWords = Words("nascido nascida nasceu"),
        DeathWords = Words("morreu falecido falecida faleceu"),
        MatchFactLabels = new[] { "golos", "marcadores", "cartões amarelos", "cartão vermelho" },
        RatingLabels = new[] { "classificação", "avaliação", "a nossa avaliação" },
        StarWords = new[] { "estrelas" },
        LettersLabels = new[] { "cartas dos leitores", "cartas ao diretor", "cartas ao director" },
        WithheldNames = new[] { "nome e morada na posse da redação", "identificado na redação" },
        ReadOnLinks = new[] { "continuar a ler", "ler mais", "leia mais", "ler o artigo" },
        InfoLeads = new[] { "mais informações", "informações" },
        ReleaseNotices = new[] { "o texto seguinte é um comunicado", "o conteúdo abaixo é um comunicado", "o texto abaixo é um comunicado" },
        ReleaseStamps = new[] { "para divulgação imediata", "para publicação imediata", "para difusão imediata", "divulgação imediata" },
        ReleaseLabels = new[] { "comunicado de imprensa", "nota de imprensa", "nota à imprensa", "comunicado à imprensa" },
        // "comunicado" is listed once, with Spanish; "continua" and "segue" ("Segue na página 7") with Italian, "ver" with
        // Spanish.
        JumpWords = Words("continuação vem passa"),
        // "página", "pág" are listed once, with Spanish.
        AboutLeads = new[] { "acerca da", "acerca do" },
        PressContactLabels = new[] { "contacto de imprensa", "contactos de imprensa", "contato de imprensa", "contacto para a imprensa", "contactos para a imprensa", "contato para a imprensa", "contatos para a imprensa" },
        EnergyUnits = new[] { "calorias" },
        WorkDetailLabels = new[] { "realização", "elenco", "duração", "editora", "argumento", "estreia" },
        RunOnWords = new[] { "até", "após", "em" },
        // "Entrevista" alone is listed once, with Spanish.
        InterviewLabels = new[] { "a entrevista" },
        InterviewCredits = new[] { "entrevista conduzida por" },
        AnswerWords = Words("sim não"),
        // "1 de 6": "de" is listed once, with Spanish.
        ListAnnouncers = Words("seguinte seguintes"),
        // "Gabinete" is listed once, with Spanish.
        DeskWords = Words("agência serviço assessoria"),
        // The writer after a publication stamp's date (session 52, pages): see Lexicon.StampBylineWords.
        StampBylineWords = new[] { "por" },
        // Session 53, pages: a send button's verb, a "learn more" link's lead, a media player's state line.
        // "enviar" of "Enviar por e-mail" is listed once, with Spanish.
        LearnMorePrefixes = new[] { "saiba mais:", "para saber mais:" },
        PlayerLines = new[] { "a reproduzir", "reproduzindo", "a carregar vídeo", "carregando vídeo", "carregando", "a carregar", "transcrição", "ver transcrição", "ler a transcrição" },
        EmbedLabels = new[] { "ver no x", "ver no twitter", "ver esta publicação no instagram", "ver no instagram", "ver no facebook", "ver no threads", "ver no tiktok" },
        EmbedCredits = new[] { "uma publicação compartilhada por", "uma publicação partilhada por" },
        VoiceAssistantPrompts = new[] { "peça à sua coluna", "peça ao seu assistente de voz", "pede à tua coluna", "pede ao teu assistente de voz", "peça à alexa", "diga \"alexa", "diga «alexa" },
        TranscriptNotices = new[] { "esta transcrição" },
        MachineMadeWords = new[] { "reconhecimento de voz" },
        TextFlawWords = new[] { "erro", "imprecis", "incorreç", "gralha" },
        SignUpConsentPhrases = new[] { "ao subscrever, aceita", "ao subscrever a newsletter", "ao subscrever a nossa newsletter" },
        // Session 54, pages: a tag for the page's form before its headline, "VIDÉO. …" (words shared by several languages listed once).
        HeadlineFormTags = new[] { "direto", "em direto", "ao vivo" },
        // Session 54, metadata: a byline calling the page an article; the words of a venue's or a street's name.
        ArticleCredits = new[] { "um artigo de" },
        HostCredits = new[] { "apresentado por", "conduzido por" },
        // "Patrocinado por" is listed once, with Spanish (a list holds a word in one language only); the tables read both.
        SponsorLeads = new[] { "em parceria com", "em colaboração com", "em associação com", "com o apoio de", "oferecido por" },
        DevelopingNotices = new[] { "notícia em atualização", "notícia em actualização", "notícia em desenvolvimento", "em atualização", "em actualização", "mais informações em breve", "mais pormenores em breve", "mais detalhes em breve", "esta notícia está a ser atualizada", "esta notícia será atualizada" },
        // Session 70, pfresh: the line under the last paragraph that says the article ends (ArticleEndMarks).
        ArticleEndMarks = new[] { "fim do artigo", "fim da notícia", "fim da reportagem" },
        VenueWords = Words("rua praça estádio largo travessa"),
        // Session 55, metadata: the agencies a story drew on, named in the plural after a writer's slash ("/ Agencias").
        WireDeskPlurals = Words("agências"),
        // Session 60, pages: a media player's buttons alone on their line, and the states a switch among them shows.
        // "silenciar" (Spanish and Portuguese) is listed once, in Spanish.
        // Session 70, pfresh: a print replica's viewer zooms its page; "Zoom +" and "Zoom -" are listed once, in English.
        PlayerControls = new[] { "desativar som", "ativar som", "ativar o som", "desligar o som", "ecrã inteiro", "ecrã completo", "tela cheia", "sair do ecrã inteiro", "sair da tela cheia", "legendas", "reproduzir vídeo", "pausar o vídeo", "velocidade de reprodução", "reprodução automática", "aumentar zoom", "diminuir zoom", "aumentar", "diminuir" },
        PlayerStates = Words("ativada ativado desativada desativado ligada ligado desligada desligado"),
        // Session 61, pages: a reading view's display settings, alone or before their value in a bar of controls. "Modo claro" and "tipo de letra" are listed under Spanish, which spells them alike.
        ReadingSettings = new[] { "modo escuro", "modo noturno", "modo de leitura", "tamanho do texto", "tamanho da letra", "tamanho da fonte", "espaçamento entre linhas" },
        // Session 61, pages3: the controls that unfold a folded section; those spelt as in Spanish ("expandir", "ver menos",
        // "mostrar menos", "ver texto completo", "mostrar texto completo") are read from the Spanish list.
        RevealControls = new[] { "ver mais", "mostrar mais", "ver tudo", "mostrar tudo" },
        // Session 60, metadata: a byline calling the piece a report and naming who made it.
        ReportCredits = new[] { "uma reportagem de" },
        // Session 60, metadata: a notice that the article was first published elsewhere, before that outlet's name.
        // Session 67, pages: the notice's "by" form names the publisher the copy credits ("originally published by …").
        FirstPublishedLeads = new[] { "este artigo foi publicado originalmente no", "este artigo foi publicado originalmente na", "este artigo foi publicado originalmente em", "este artigo foi originalmente publicado no", "este artigo foi originalmente publicado na", "este artigo foi originalmente publicado em", "republicado com autorização do", "republicado com autorização da", "republicado com autorização de", "este artigo foi publicado originalmente pelo", "este artigo foi publicado originalmente pela", "este artigo foi originalmente publicado pelo", "este artigo foi originalmente publicado pela", "este artigo apareceu originalmente no", "este artigo apareceu originalmente na", "este artigo apareceu originalmente em" },
        // Session 67, pages: an aggregator's line crediting the outlet it carries, before that outlet's name.
        ProviderLeads = new[] { "fornecido por", "fornecido pelo", "fornecido pela", "conteúdo fornecido por", "reencaminhada de", "reencaminhado de", "encaminhada de", "encaminhado de", "guardado de", "guardado do", "guardado da", "salvo de" },
        ChatExportHeaders = new[] { "histórico da conversa com", "histórico da conversa de", "histórico do chat de", "histórico do canal" },
        // Session 60, pages: the label of a long story's table of contents, over its chapters' numbered titles.
    };
}
