package triage

// The built-in word lists. They name general linguistic cues (greetings,
// sign-offs, request frames, the kind of work a verb asks for) in English,
// Spanish, French and German, not phrasings of particular emails. A firm
// extends them through [triage.words] and [[triage.signal]] in the config.

// Words are the configurable word lists; each config list is added to the
// built-in one of the same name.
type Words struct {
	Greetings     []string `toml:"greetings"`      // open a greeting line: "hi", "dear"
	SignOffs      []string `toml:"sign_offs"`      // close a message: "kind regards"
	Pleasantries  []string `toml:"pleasantries"`   // questions that are not asks: "how are you"
	Offers        []string `toml:"offers"`         // "don't hesitate"
	NotAsks       []string `toml:"not_asks"`       // statements that look like requests: "please find attached"
	RequestFrames []string `toml:"request_frames"` // make a statement an ask: "i want you to"
	RequestVerbs  []string `toml:"request_verbs"`  // imperative heads: "prepare", "send"
	Accept        []string `toml:"accept"`         // reply accepts a quote: "go ahead"
	Decline       []string `toml:"decline"`        // reply declines: "hold off"
	Hedge         []string `toml:"hedge"`          // reply neither: "let me think"
	OutOfOffice   []string `toml:"out_of_office"`  // auto-reply body wording
	Disclaimers   []string `toml:"disclaimers"`    // legal footer wording

	// Reply lists a firm may extend; their built-in entries are the
	// lists of the same name in replyCueLists (the reply reader's other
	// lists are grammatical glue and stay built in).
	WeakAccept    []string `toml:"weak_accept"`    // reply leans to yes: "sounds good"
	WeakDecline   []string `toml:"weak_decline"`   // reply leans to no: "thanks anyway"
	SelfWork      []string `toml:"self_work"`      // the client doing the work: "in-house"
	Deferrals     []string `toml:"deferrals"`      // reply puts the answer off: "revert"
	Partial       []string `toml:"partial"`        // reply narrows the work: "just the first part"
	CounterOffers []string `toml:"counter_offers"` // reply bargains: "meet in the middle"
	ThirdParties  []string `toml:"third_parties"`  // people who might do the work instead: "my brother"
}

var englishWords = Words{
	Greetings: []string{
		"hi", "hello", "hey", "dear", "hiya", "morning", "good morning", "good afternoon", "good evening",
		"hola", "buenos días", "buenas", "oi", "olá", "ola", "estimado", "estimada", "bonjour", "salut", "cher", "chère",
		"hallo", "guten tag", "guten morgen", "sehr geehrter", "sehr geehrte", "liebe", "lieber",
		"ciao", "buongiorno", "buonasera", "gentile", "gentilissimo", "gentilissima", "caro", "cara",
		"beste", "goedemorgen", "goedemiddag", "bom dia", "boa tarde", "prezado", "prezada", "querido", "querida",
	},
	SignOffs: []string{
		"thanks", "thank you", "thanks so much", "thank you so much", "thanks a lot", "thanks again",
		"many thanks", "thanks in advance", "thx", "ty", "tia", "cheers", "best", "best regards", "best wishes",
		"all the best", "regards", "kind regards", "warm regards", "warmest regards", "warmly", "sincerely",
		"yours", "yours sincerely", "yours truly", "take care", "talk soon", "speak soon", "have a good one",
		"gracias", "muchas gracias", "un saludo", "saludos", "un abrazo", "atentamente", "merci", "merci beaucoup",
		"cordialement", "bien cordialement", "bien à vous", "amicalement", "bonne journée",
		"mit freundlichen grüßen", "freundliche grüße", "viele grüße", "beste grüße", "liebe grüße", "lg", "mfg", "danke",
		// Irish and Welsh thanks and sign-offs in English mail ("Go
		// raibh maith agat" opens with "go", read as an imperative
		// otherwise): TestCelticSignOffs.
		"go raibh maith agat", "go raibh míle maith agat", "go raibh maith agaibh", "le meas", "slán", "slán go fóill",
		"diolch", "diolch yn fawr", "diolch o galon", "cofion", "cofion gorau", "cofion cynnes",
	},
	Pleasantries: []string{
		"how are you", "how are things", "how's it going", "how is it going", "how have you been", "how was {det}",
		"how was the ...", "how's {det}", "how is {det} family", "hope", "i hope", "hoping", "i trust", "trust you",
		"did you have a good", "did you have a nice", "did you have a great", "have a good", "have a great",
		"have a nice", "have a lovely", "enjoy", "can you believe", "could you believe", "would you believe",
		// Wonder and news put as questions: "Can you imagine …?", "Did I
		// mention we're moving?"; a shrug: "Could be worse!".
		"can you imagine", "could you imagine", "did i mention", "did i tell you", "could be worse", "could have been worse",
		"where did the {lifespan} go", "where does the time go", "where has the {lifespan} gone", "where have the {lifespan} gone", "who knew",
		"who would have thought", "who'd have thought", "who would've thought", "who would have guessed",
		"who'd have guessed", "isn't it", "guess what",
		"what a", "is it just me", "who decided", "who thought", "why on earth", "what were they thinking",
		// Stock exasperation and self-reproach (TestStockVents): "what was
		// I thinking, booking three classes?", "who in their right mind
		// books a 6am delivery?", "where do I even start?".
		"what was i thinking", "what were we thinking", "what was he thinking", "what was she thinking",
		"who in their right mind", "who in his right mind", "who in her right mind", "who in their right minds",
		"how was i supposed to know", "how were we supposed to know", "how was i to know", "how were we to know",
		"what more can i say", "what more can we say", "what else can i say",
		"where do i even start", "where do i even begin", "where do we even start", "where do we even begin",
		"would it kill them", "would it kill you", "would it kill anyone", "would it hurt them to",
		"do they think we're made of", "do they think i'm made of", "why me $", "why us $",
		"how hard can it be", "how hard is it", "how are you all", "how's everyone", "how is everyone",
		"did you get away", "did you ... get away", "did you survive", "did you all survive",
		// Reminders put as questions: "Remember the parking fine?"; a
		// complaint: "What is it with banks?" (news leads: newsLead).
		"do you remember me $", "remember me $", "remember the", "remember that", "remember when",
		"what is it with", "what's it with", "what's with all",
		// Checking the client's own explanation landed: "Does that make
		// sense?" ("does it make sense to lease?" asks for advice).
		"does that make sense $", "does this make sense $", "does all that make sense $", "does all this make sense $",
		"make sense $", "that make sense $", "did you enjoy", "are you keeping well", "are you enjoying",
		"how did you get on", "who keeps", "who needs", "who has time", "why is none", "why is nothing",
		"why is it always", "why does this always", "why do these things", "qué tal", "cómo estás", "cómo está", "cómo te va", "espero que", "comment allez", "comment vas",
		"ça va", "j'espère", "wie geht", "ich hoffe", "tudo bem", "como vai", "is it me",
		// Wonder shared, not asked: "Do you ever wonder why the bank…?".
		"do you ever wonder", "don't you ever wonder", "ever wonder why", "ever wonder how",
		// Weather talk and complaints put as questions: "Isn't the weather
		// grim?", "What's the point of …?", "Is it too much to ask …?".
		"isn't the weather", "how's the weather", "how is the weather", "what's the weather like",
		"what is the weather like", "what's the point", "what is the point", "is it too much to ask",
		// Praise put as a question: "What would we do without you?",
		// "Where would I be without your help?" (doing without a thing
		// stays a question: "what would we do without a signed lease?").
		"what would ... do without you", "what would ... do without your", "what would ... have done without you",
		"what would ... have done without your", "where would ... be without you", "where would ... be without your",
	},
	Offers: []string{
		// "me" or "us": "Please let us know if you need anything else from us."
		"let {me} know if you need", "let {me} know if there's", "let {me} know if there is", "let {me} know if you have",
		"let {me} know if you want", "let {me} know if you'd like", "let {me} know if anything", "let {me} know if something",
		"lmk if you need", "lmk if u need", "lmk if there's", "lmk if anything", "lmk if you want", "lmk if u want",
		// The pronoun contracted with "is": "let me know if anything's unclear".
		"let {me} know if anything's", "let {me} know if something's", "let me know if i can",
		// Offering to explain: "let me know if that doesn't make sense".
		"let {me} know if that doesn't", "let {me} know if this doesn't", "let {me} know if that makes no",
		"if that doesn't make sense", "if this doesn't make sense", "if any of that doesn't make sense",
		"if any of this doesn't make sense", "if that makes no sense", "if anything doesn't make sense",
		"let us know if we can",
		"if you need anything", "if you have any questions", "if you need me", "if you want to", "if you'd like to",
		"feel free", "don't hesitate", "do not hesitate", "happy to help", "happy to chat", "you can reach me",
		"call me if", "no need to", "no need for", "no rush", "no hurry", "no worries", "just shout",
		"give me a shout", "give us a shout", "shout if", "any questions",
		// "Please get in touch if you need more." (and "Should you need
		// anything, please let me know": offerThenKnow).
		"get in touch if",
		// Conditional offers to talk: "Give me a ring if it's easier."
		"give me a call if", "give me a ring if", "give us a call if", "give us a ring if", "ring me if", "ring us if",
		"phone me if", "phone us if", "call us if",
		// Reassurance: "please don't worry about the fine, I've paid it".
		"don't worry", "do not worry", "please don't worry", "please do not worry",
		// Leave to take the time: "take your time with the return".
		"take your time", "take all the time", "take as long as", "take whatever time",
	},
	NotAsks: []string{
		"please find attached", "please see attached", "please find enclosed",
		// A pointer at the forwarded or quoted mail: "Please see below."
		"please see below", "please see the below", "please see above", "please see the email below",
		"please see the message below", "please see the thread below", "please see the emails below", "please note", "please be advised",
		"please disregard", "please ignore", "attached is", "attached are", "attached you'll find", "i've attached",
		"i have attached", "here is", "here's", "here are", "fyi", "for your information", "just so you know",
		// Telling, not asking: "I'd like you to know how grateful we are"
		// (TestWantYouToKnow).
		"... like you to know", "... want you to know", "... wanted you to know", "wanted you to know",
		"heads up", "just a heads up", "i'll", "i will", "we'll", "we will", "i'm going to", "we're going to",
		// Closing lines: "Looking forward to your reply."
		"look forward to", "looking forward to", "i look forward", "we look forward", "i'm looking forward",
		"we're looking forward", "i am looking forward", "we are looking forward",
		"i am going to", "we are going to", "sorry", "apologies",
	},
	RequestFrames: []string{
		"please", "kindly", "i need you to", "we need you to", "need you to", "need u to", "i'll need", "we'll need", "i will need", "we will need",
		// The need in the conditional, put to the firm: "I would need you
		// to…" ("I would need to ask my partner" is the client's own act).
		"i would need you to", "we would need you to", "i'd need you to", "we'd need you to",
		"we're going to need", "i'm going to need", "pls", "plz", "plse", "i need {det}", "we need {det}", "need someone to",
		"need somebody to", "i'd like you to", "i would like you to", "we'd like you to", "we would like you to",
		"i want you to", "we want you to",
		// A wish of someone the client speaks for, put to the firm: "the
		// directors want you to inspect…", "the landlord wants you to…".
		"want you to", "wants you to",
		// The client's wish put to "someone" at the firm: "I'd want
		// someone to come and test it", "we're after someone to re-point
		// the chimney" (TestWantSomeoneFrames).
		// Only the client's own want: "the council want someone to sign"
		// names no firm.
		"i want someone to", "we want someone to", "i'd want someone to", "we'd want someone to", "would want someone to",
		"i'm after someone to", "we're after someone to", "im after someone to", "i am after someone to", "we are after someone to",
		"i want to know", "i'd like to book", "i'd like to schedule", "i'd like to set up", "i'd like to arrange",
		"i'd like to get", "i'd love",
		// The wish put to the firm with "love" for "like": "we'd love you
		// to design…", "I'd love it if you could…".
		// The subject dropped, as in texting: "want a copy of the lease",
		// "also want an audit of…". Not "want the tins to look…": with
		// "the" it is as often what the design should do.
		"^ want a", "^ want an", "^ also want a", "^ also want an",
		// Handing the work over in a cover line: "Over to you for a
		// couple of layouts", "over to you to draft the reply".
		"^ over to you for", "^ over to you to",
		"i'd love you to", "we'd love you to", "would love you to", "love it if you could", "love it if you would",
		// The client's proposal of work got done by the firm: "I'm thinking
		// we should get the whole fence repainted", "we ought to get the
		// floor plans redrawn" (TestProposedWorkGotDone). A participle of
		// made work must close the thing, so "we should get the results
		// back" proposes nothing.
		"we should get {det} ... {madepp}", "i should get {det} ... {madepp}", "we ought to get {det} ... {madepp}",
		// The client's requirement put on the firm: "we will also require
		// a method statement" (TestRequireFrames).
		"we will require {det}", "we'll require {det}", "we will also require {det}", "we'll also require {det}",
		"we would require {det}", "we'd require {det}", "we also require {det}", "we require {det}",
		"let me know whether", "let me know if", "let me know when", "let me know what",
		"let me know how", "let me know which", "let me know that", "let me know where", "let me know who",
		"let us know", "i was wondering", "wondering if", "wondering whether", "wondering what", "wondering when", "wondering where", "wondering which", "wondering who", "wondering how", "would you mind",
		// The same, texted: "lmk when ur free".
		"lmk whether", "lmk if", "lmk when", "lmk what", "lmk how", "lmk which", "lmk where", "lmk who", "lmk asap",
		// A question put as a statement about asking it: "I meant to ask
		// whether…", "I forgot to ask…", "I've been meaning to ask…".
		"i meant to ask", "we meant to ask", "meaning to ask", "i forgot to ask", "we forgot to ask",
		// The same texted, subject dropped at the start, often after an
		// apology or "oh": "sorry meant to ask are you…", "forgot to ask,
		// is the…" (TestTextedMeantToAsk). Anchored, so "he meant to ask"
		// stays a report.
		"^ meant to ask", "^ forgot to ask", "^ sorry meant to ask", "^ sorry forgot to ask",
		"^ oh meant to ask", "^ oh forgot to ask", "^ also meant to ask", "^ also forgot to ask",
		"going to ask whether", "going to ask if", "going to ask when", "going to ask you",
		// "I (just) wanted to ask whether…", "we also wanted to ask when…":
		// the question put as the reason for writing (TestWantedToAsk).
		"wanted to ask whether", "wanted to ask if", "wanted to ask when", "wanted to ask what",
		"wanted to ask how", "wanted to ask you", "want to ask whether", "want to ask if", "want to ask you",
		// The reason for getting in touch, common in voicemail transcripts
		// and first letters: "just ringing to ask whether…", "I'm writing
		// to ask if…".
		"writing to ask", "calling to ask", "ringing to ask", "phoning to ask", "emailing to ask",
		"in touch to ask",
		// The same reason put as seeing or finding out: "reaching out to see
		// whether…", "I'm emailing to find out if…", "the reason I'm
		// writing is to see if…" (TestContactToSee). A plan of the client's
		// own ("we'll wait to see if it dries out") has no contact verb.
		"writing to see", "emailing to see", "reaching out to see", "in touch to see", "checking in to see",
		"touching base to see", "messaging to see", "is to see if", "is to see whether",
		"writing to find out", "emailing to find out", "reaching out to find out", "in touch to find out",
		"checking in to find out", "hoping to find out whether", "hoping to find out if",
		// A wish relayed from someone the client speaks for: "he'd also
		// like the load calculations" (TestRelayedWish).
		"he'd like {det}", "she'd like {det}", "they'd like {det}", "he would like {det}", "she would like {det}",
		"they would like {det}",
		"would it be possible", "is it possible", "i'd appreciate it if", "it would be great if", "what i need is",
		"my question is", "quick question", "any news", "any update", "any word on", "need {det} ... prepared",
		"i'd like to", "we'd like to", "i would like to", "we would like to", "would like ... to", "i'd like {det}",
		"we'd like {det}", "i would like {det}", "we would like {det}", "grateful if you could", "would be grateful if",
		"appreciate it if you could", "could you possibly", "i need", "we need", "need {det}", "need to know", "to know whether",
		"grateful if you would", "grateful if you'd", "appreciate it if you'd", "obliged if you'd", "thankful if you'd", "glad if you'd", "ask you to", "ask that you", "request that you", "please could you", "would you be able to", "are you able to",
		// "I'd find it useful to have a summary…": a wish whose benefit
		// is the client's, put without "if you could".
		"i'd find it {benefit}", "we'd find it {benefit}", "would find it {benefit}",
		"any chance you could", "it would help if", "i'd be grateful for", "we'd be grateful for",
		// A benefit wish after a reason and "so" ("…, so it would be good
		// to get a new survey"): read by soBenefitFrame (TestBenefitAfterLead).
		"so it would", "so it'd",
		// The same with a degree between: "it would help a lot if someone
		// could…", "it'd really help if you could…"; the firm or someone
		// must be asked, so "it would help a lot if the weather held" is
		// no ask (TestHelpDegreeWish).
		"it would help ... if you could", "it would help ... if someone could", "it would help ... if anyone could",
		"it'd help ... if you could", "it'd help ... if someone could", "it would help ... if you can",
		// A degree word before "help": "it would really / genuinely help if you could".
		"it would ... help if you could", "it would ... help if someone could",
		// Seeing a thing the firm holds is asked of the firm: "it would
		// help to see last year's rota", "it'd be useful to see a sample"
		// (TestHelpToSee). "To have" is left out: "it would help to have
		// more staff" muses.
		"it would help to see", "it'd help to see", "it would be {benefit} to see", "it'd be {benefit} to see",
		"we'd need your help", "i'd need your help", "we need your help", "i need your help", "would need your help",
		"would be grateful for", "i'd appreciate your help", "we'd appreciate your help", "would appreciate your help",
		// Asking for an opinion or for a thing without a request verb:
		// "I would appreciate your advice on…", "I'm after a copy of…".
		"appreciate your advice", "appreciate your thoughts", "appreciate your input", "appreciate your views",
		"appreciate your view", "appreciate your guidance", "appreciate your opinion", "appreciate some advice",
		"appreciate any advice", "appreciate some help", "appreciate any help",
		// A confirmation wanted, put the formal way: "I would appreciate
		// your confirmation that the order has shipped"
		// (TestAppreciateConfirmation). "Appreciate your patience" and
		// "your cooperation" thank and ask nothing; "your comments before
		// then" usually sets a date for an ask already made.
		"appreciate your confirmation", "appreciate confirmation", "appreciate written confirmation",
		// "We'd really appreciate a copy of…", "What I'd like is a summary…":
		// a thing wanted from the firm, named after the wish.
		"i'd appreciate a", "we'd appreciate a", "would appreciate a", "i'd appreciate an", "we'd appreciate an",
		"would appreciate an",
		"what i'd like is", "what we'd like is", "what i would like is", "what we would like is", "what we need is",
		// The same need put in the conditional: "What we'd need is a
		// ten-week plan…" (TestConditionalNeedCleft).
		"what {ownwould} need is", "what {ownwould} want is",
		"keen to know whether", "keen to know if",
		// The firm's view wanted: "keen to get your view on…", "would
		// welcome your thoughts on…".
		"keen to hear your {viewnoun}", "keen to get your {viewnoun}", "keen to have your {viewnoun}",
		"welcome your {viewnoun}",
		"be keen to hear", "be keen to know", "be interested to hear", "be interested to know", "like to hear",
		"would be appreciated", "would be much appreciated", "would be greatly appreciated", "would be really appreciated",
		"i'm after {det}", "we're after {det}", "i am after {det}", "we are after {det}", "im after {det}", "we'd love {det}", "i'd love {det}", "would love {det}",
		"we want {det}", "i want {det}", "chiederei", "le chiedo", "vorrei che", "você poderia", "poderia",
		"to know if", "to know {wh}", "to know {det}", "j'aurais besoin", "nous aurions besoin", "besoin que vous",
		"vorremmo", "avremmo bisogno", "ci servirebbe", "ci serve", "precisamos", "gostaria",
		"quiero que", "necesito que", "necesito", "necesitamos", "me gustaría", "te agradecería", "le agradecería",
		"j'aimerais", "je voudrais", "je souhaiterais", "merci de", "est-ce que", "wüsste ich gern",
		"wüsste ich gerne", "ich bräuchte", "ich benötige", "ich möchte", "bitte",
		"ik wil graag", "wil ik graag", "ik zou graag", "zou je", "zou u", "kun je", "kunt u", "kun jij", "kunt jij", "zou jij", "graag", "vorrei", "mi serve",
		"potresti", "potrebbe", "per favore", "per cortesia", "cortesemente", "wonder whether you", "wonder if you", "wondered whether you", "wondered if you",
		"wonder whether you'd", "wonder if you'd", "wondered whether you'd", "wondered if you'd",
		// The subject dropped from a wish for work, as in quick mail:
		// "Looking to have the P11Ds done", "Keen to get the drawings
		// submitted", "Could do with some advice on…" (TestSubjectlessWishFrames).
		"^ looking to have", "^ looking to get {det}", "looking for someone to", "looking for somebody to",
		"^ keen to have", "^ keen to get {det}", "^ could do with {det}", "^ could do with knowing",
		"^ appreciate if you", "^ appreciate it if you",
		// Looking for someone to do the work, in the other languages
		// (TestSeekingSomeoneFrames).
		"cherche quelqu'un pour", "cherchons quelqu'un pour", "cherche quelqu'un qui", "cherchons quelqu'un qui",
		"busco a alguien", "buscamos a alguien", "busco alguien", "buscamos alguien",
		"suche jemanden", "suchen jemanden", "zoek iemand", "zoeken iemand", "zijn op zoek naar iemand", "ben op zoek naar iemand",
		"cerco qualcuno", "cerchiamo qualcuno", "procuro alguém", "procuramos alguém",
	},
	RequestVerbs: []string{
		"add", "advise", "amend", "archive", "assess", "back", "clean", "configure", "connect", "convert", "copy",
		"develop", "diagnose", "document", "edit", "evaluate", "explore", "export", "format", "identify", "import",
		"improve", "invite", "list", "map", "notify", "optimise", "optimize", "outline", "plan", "produce",
		"proofread", "propose", "provide", "recreate", "redesign", "repair", "reset", "restore", "speed",
		"suggest", "summarise", "summarize", "supply", "test", "tidy", "translate", "troubleshoot", "upgrade", "analyse", "analyze", "apply", "approve", "arrange", "audit", "book", "bring",
		"build", "calculate", "call", "cancel", "catch", "change", "chase", "check", "clean", "close", "code",
		"compare", "complete", "confirm", "contact", "correct", "create", "deliver", "design", "double-check",
		"dig", "draft", "draw", "email", "explain", "e-mail", "enter", "estimate", "figure", "file", "fill", "finalise", "finalize", "find",
		"finish", "fix", "follow", "forward", "get", "give", "go", "help", "hold", "install", "invoice", "issue",
		"let", "lodge", "look", "mail", "make", "match", "migrate", "move", "order", "organise", "organize", "pay",
		"pick", "post", "prepare", "price", "print", "process", "pull", "put", "quote", "reconcile", "record",
		"recalculate", "redo", "refile", "register", "reissue", "rerun", "resubmit", "rework", "rewrite", "reorganise",
		"reorganize", "rearrange", "remind", "remove", "renew", "replace", "reply", "research", "resend", "review", "ring",
		"run", "schedule", "send", "set", "setup", "ship", "show", "sign", "sort", "split", "submit", "switch", "take",
		"tell", "text", "train", "transfer", "update", "upload", "verify", "void", "work", "write",
		// "start" alone opens nouns ("start date is…"); with "on" it asks.
		"start on", "start work on", "begin work on", "make a start",
		"envíame", "envíanos", "mándame", "mándanos", "dime", "avísame", "confírmame", "llámame", "revisa", "prepara",
		"stuur", "stuurt", "envoyez", "envoie", "préparez", "prépare", "appelez", "rappelez", "schicken", "senden", "rufen", "prüfen",
	},
	// Accept, Decline and Hedge are the strong cues of a reply to a quote
	// (see replyCues for the rest and reply.go for how they combine). A
	// strong accept is an explicit authorisation to start the work; a strong
	// decline an explicit refusal or deferral of it. Negation is handled by
	// the reader ("please don't book it" declines), so no phrase here
	// spells out a negated form of another.
	Accept: []string{
		"go ahead", "go-ahead", "proceed", "please do", "pls do", "plz do", "yes please", "yes pls", "go for it",
		"take it on", "take this on", "take them on", "take on", "get started", "get going", "make a start",
		"start on it", "start work", "going ahead", "proceeding", "go on then", "yes to both", "yes to all", "yes to everything",
		"my approval", "our approval", "let's get it done", "lets get it done", "go with your", "go with it",
		"go with that", "go with this", "send {det} engagement letter", "send over {det} engagement letter",
		"send me {det} engagement letter", "send us {det} engagement letter",
		// Doing what the firm put forward, named by reference: "let's do
		// what you suggested", "go with what you proposed".
		"do what you suggest*", "do what you propos*", "do what you recommend*", "do as you suggest*",
		"do as you propos*", "do as you recommend*", "go with what you suggest*", "go with what you propos*",
		"go with what you recommend*",
		// Leaving the work to the firm's judgement: "do what you need to
		// (do)", "do whatever's needed"; and "go on" closing a sentence as
		// a go-ahead ("yes go on"), not "go on holiday".
		"do what you need to", "do whatever you need", "do what you have to", "do whatever you have to",
		"do whatever's needed", "do whatever is needed", "do what's needed", "do what is needed", "go on $",
		"go for both", "go for all", "let's do it", "lets do it", "let's go ahead", "let's proceed", "let's go for it",
		"do it", "do both", "do them", "do all", "let's do {det}", "lets do {det}", "approved", "i approve", "we approve", "i agree", "we agree", "^ agreed", "^ deal",
		"it's a deal", "count me in", "count us in",
		// Said alone, not of a place or state ("we're in the middle of a move").
		"we're in $", "i'm in $", "im in $", "book it", "book us in", "book me in",
		"book them", "crack on", "carry on", "press on", "press ahead", "push on", "push ahead", "run with it", "green light", "green-light", "you can start",
		"you can begin", "you may start", "please start", "please begin", "start whenever", "happy to proceed",
		"happy to go ahead", "happy for you to", "content for you to", "good to go", "accept {det} quote",
		"accept {det} estimate", "accept {det} fee", "accept {det} offer", "accept {det} terms", "quote accepted",
		"estimate accepted", "fee accepted", "instruct you", "signed engagement", "signed {det} engagement",
		"signed fee letter", "signed {det} fee letter", "signed {det} proposal", "signed {det} quote",
		// French, Spanish, German, Italian, Dutch, Portuguese.
		// A verdict said as a noun, a shop word or slang: "that's a yes from me", "Sold!".
		"yes from", "that's a yes", "it's a yes", "get cracking", "accept $",
		"you're hired", "let's go $", "lets go $",
		// Idioms of letting someone start: "fire away", "you're on".
		"get on with it", "get the ball rolling", "start the ball rolling", "fire away $", "knock yourself out", "please get it done",
		"just get it done",
		// An approval reported given: "Martin has signed this off".
		"signed it off", "signed this off", "signed that off", "signed off on it", "signed off on this",
		"signed off on that", "signed off on {det} quote", "signed off on {det} spend", "signed off on {det} cost",
		"signed off on {det} work", "signed off on {det} estimate",
		// Approving the quote by name: "happy with the quote".
		"happy with {det} quote", "happy with {det} price", "happy with {det} estimate", "fine with {det} quote",
		// Wanting the work done: "we'd like you to do it", "I want it done".
		"like you to do", "like it done", "want it done", "want that done", "want you to do it",
		"let's get {det} sorted", "let's get it sorted", "let's get this done", "let's get that done",
		"c'est d'accord", "allez-y", "vous pouvez commencer", "vous pouvez y aller", "je valide", "bon pour accord",
		"adelante", "puedes empezar", "puede empezar", "procede", "einverstanden", "legen sie los", "fangen sie an",
		"proceda", "procedi", "procedete", "potete procedere", "può procedere", "ga je gang", "ga maar", "doe maar",
		"akkoord", "pode avançar", "pode seguir", "pode começar", "podem avançar",
		// Imperatives and green lights in the other languages ("hazlo", "faites-le", "pode fazer").
		"hazlo", "hágalo", "hacedlo", "empieza", "empiece", "luz verde", "faites le", "fais le", "feu vert",
		"fallo", "fatelo", "lo faccia", "vai pure", "procedi pure", "proceda pure", "via libera", "grünes licht",
		"groen licht", "pode fazer", "podes fazer", "faça", "façam", "legen wir los", "los geht's", "los gehts",
		"faisons comme ça", "mag beginnen", "mag je beginnen", "kunt u beginnen", "kun je beginnen",
	},
	Decline: append([]string{
		"no thanks", "no thank you", "thanks but no", "absolutely not", "definitely not", "certainly not", "of course not", "but no", "not now", "not right now", "not at the moment",
		"not at this time", "not at this stage", "not at this point", "not for now", "not this time", "not this year", "hold off", "we'll pass", "i'll pass",
		"we will pass", "i will pass", "pass on", "pass for now", "skip it", "skip this", "skip that", "let's skip",
		"leave it", "leave this", "leave that", "let's leave", "not going ahead", "decided against", "decided not to",
		"don't need", "do not need", "won't need", "will not need", "no longer need", "no need", "not needed",
		"won't be needing", "will not be needing", "shan't need", "shan't be needing",
		// "Require", the formal "need", in the same frames: "we will not be
		// requiring the report", "we no longer require your services".
		"won't be requiring", "will not be requiring", "shan't be requiring", "no longer require",
		"no longer needed", "don't bother", "not worth", "isn't worth",
		// The free answer was all the client was after: "that's ok, I
		// only needed the quick answer", "all we needed was a yes or no"
		// (TestReplyAnswerSufficed).
		"only needed ... answer", "just needed ... answer", "only wanted ... answer", "just wanted ... answer",
		"only needed to know", "only wanted to know", "just needed to know", "all i needed was", "all we needed was",
		// Not troubling with it at all: "I'll not bother", "we won't bother".
		"not bother", "won't bother", "will not bother", "shan't bother",
		// Refusing the charge itself: "we're not paying for you to check your own work".
		"not paying for", "not paying you", "won't pay for", "will not pay for", "not going to pay for", "refuse to pay",
		// Not worth it, said as an opinion: "I don't think it's worth it at that price".
		// "dont think" is read as "don't think": the reply reader spells
		// contractions out before it matches these.
		"don't think it is worth", "don't think it's worth", "do not think it is worth", "don't think that's worth", "don't think this is worth", "can't justify", "cannot justify", "can't ... justify", "cannot ... justify",
		"can't afford", "cannot afford", "can't stretch", "skip", "out of our budget", "not in the budget", "beyond our budget",
		"on hold", "cancel", "call it off", "drop it", "forget it", "never mind", "nevermind",
		"decided to go with", "going to go with", "we're going with", "we are going with", "gone with", "went with",
		// Choosing the other party just named: "so we'll go with them".
		"we'll go with them", "we will go with them", "i'll go with them", "we'll go with him", "we'll go with her",
		"we'll just go with them", "we'll go with another", "we will go with another", "i'll go with another",
		"go elsewhere", "someone else", "another firm", "another supplier", "another provider", "another company",
		"another agency", "stick with", "sticking with", "stay with", "not interested", "no longer interested",
		"let's not", "rather not", "we'll wait", "we will wait", "found someone", "found another", "found a cheaper",
		"found an alternative", "found a different", "leave {det} ... as it is", "keep {det} ... as it is",
		"keep it as it is", "not for us", "not for me", "hold fire",
		// Leaving the thing the work was about as it stands: "we'll leave
		// the pension where it is"; not taking the offer up.
		// Said as the client's own choice ("we've decided to leave …"), not as
		// an instruction beside a go-ahead ("leave the keys where they are").
		"to leave {det} ... where it is", "to leave {det} ... where they are", "to leave it where it is",
		"to leave them where they are", "i'll leave {det} ... where it is", "i'll leave {det} ... where they are",
		"i'll leave it where it is", "i'll leave them where they are", "we'll leave {det} ... where it is",
		"we'll leave {det} ... where they are", "we'll leave it where it is", "we'll leave them where they are",
		"rather leave {det} ... where it is", "rather leave {det} ... where they are", "rather leave it where it is",
		"rather leave them where they are",
		"won't take up {det}", "will not take up {det}", "won't be taking up {det}", "won't take you up on",
		"will not take you up on",
		// The client's own plan to leave the named work for now: "we'll
		// leave the redesign for now" (the bare imperative "leave the
		// invoices for now" only leans: it often drops one part).
		"we'll leave {det} ... for now", "i'll leave {det} ... for now", "we will leave {det} ... for now",
		"i will leave {det} ... for now", "we'll leave {det} ... for the time being",
		"i'll leave {det} ... for the time being", "we will leave {det} ... for the time being",
		"i will leave {det} ... for the time being", "we'll leave {det} ... for the moment",
		"i'll leave {det} ... for the moment", "we will leave {det} ... for the moment",
		"i will leave {det} ... for the moment",
		// Done already, or elsewhere: "we've already had it done".
		// Said of the work itself (a pronoun), not of the client's part ("I've already sorted the receipts").
		"done elsewhere", "got it done elsewhere", "it's already done", "it's already sorted", "it's already been done",
		"already been done", "already sorted it", "already done it", "already fixed it",
		"already dealt with it", "already handled it", "already taken care of it", "it's been taken care of",
		"sorted it already", "done it already",
		// A refusal reported made, the mirror of "signed it off": "the
		// board has vetoed it". Said of the work or its cost only.
		"vetoed it", "vetoed this", "vetoed that", "vetoed {det} spend", "vetoed {det} cost", "vetoed {det} quote",
		"vetoed {det} work", "vetoed {det} estimate", "vetoed {det} idea", "vetoed {det} expense",
		// Declining, said with a verb of declining: "I'll have to decline".
		// Phrases open with their rarest word: each opening word costs a look-up on every word read.
		"decline $", "decline your", "decline the", "decline this",
		"say no", "says no", "said no", "give it a pass", "give this a pass", "give this one a pass", "give that a pass",
		"count me out", "count us out", "not a chance", "no chance", "no way", "back burner", "put it on ice",
		"put this on ice",
		"we're fine for now", "we're ok for now", "we're good for now", "i'm fine for now",
		"no from", "that's a no", "it's a no", "no go $", "no go i'm afraid", "no go sorry",
		// The budget, said not to reach: "the budget won't stretch".
		"won't stretch", "will not stretch", "doesn't stretch", "does not stretch",
		// Too dear, said for the client: "too pricey for us" (bare "too expensive" only leans).
		"too expensive for", "too pricey for", "too dear for", "too steep for", "too rich for", "too much for us",
		"too much for me",
		// The client takes over: "we'll take it from here".
		"we'll take it from here", "we will take it from here", "i'll take it from here", "we can take it from here",
		"we'll handle it from here", "i'll handle it from here", "we'll take over from here", "i'll take over from here",
		// Not needed, said of the work: "the letter isn't needed any more".
		"isn't needed", "is not needed", "aren't needed", "are not needed", "won't be needed", "will not be needed",
		"isn't necessary", "is not necessary", "won't be necessary", "will not be necessary", "no longer necessary",
		"not necessary", "not required", "no longer required", "isn't required", "won't be required",
		// The client withdraws the ask the quote answered: "please ignore my last email".
		"disregard my earlier", "disregard my previous", "disregard my last", "disregard my original",
		"ignore my earlier", "ignore my previous", "ignore my last", "ignore my original", "withdraw my request", "don't worry about {det}",
		// The same said politely: "I shan't trouble you with the survey after all".
		"shan't trouble you with", "won't trouble you with", "will not trouble you with", "shall not trouble you with",
		"needn't trouble you with",
		"don't worry about it", "do not worry about", "don't think we need", "don't think i need",
		"don't think we'll need", "don't think we will need", "do without", "manage without",
		// The no raised to "think", as with "need" above: "I don't think we'll bother".
		"don't think we'll bother", "don't think i'll bother", "don't think we will bother", "don't think i will bother",
		"don't think we need bother", "do not think we'll bother",
		// Coping without the work: "we can live without it for now".
		"live without", "cope without", "get by without", "go without",
		// Coping without the work, said at the end of a clause: "thanks anyway, we'll manage".
		"we'll manage $", "we will manage $", "we can manage $", "i'll manage $", "i can manage $",
		"we'll cope $", "we can cope $", "we'll get by $", "we'll be fine $", "we'll be ok $",
		// Nothing needed: "honestly, we're all good" ("we're all good to go" agrees).
		"we're all good $", "we are all good $", "we're good $", "we're fine $", "we're ok $", "i'm all good $",
		"we're sorted $", "we are sorted $",
		// A no cut short to its adverb, the clause's whole answer: "best
		// not, thanks", "probably not", "probably best not to".
		"probably not $", "best not $", "best not to $", "better not $", "better not to $",
		// Not wanting to spend it: "I'd prefer not to spend that", "more than I want to spend".
		"prefer not to", "don't want to spend", "over my budget", "over our budget",
		"more than i want to spend", "more than we want to spend", "more than i can spend",
		// Past what the money allows: "that is more than our budget allows".
		"more than {det} budget allows", "more than {det} ... budget allows", "more than {det} budget will allow",
		"more than {det} ... budget will allow", "more than {det} budget can stretch to",
		"more than {det} ... budget can stretch to",
		// Past what the client or anyone paying can find: "more than the
		// PTA can stretch to", "more than I could afford right now".
		"more than {det} ... can stretch to", "more than {pron} can stretch to", "more than {pron} could stretch to",
		"more than we can afford", "more than i can afford", "more than we could afford", "more than i could afford",
		// Making do with what or whom the client has: "we'll manage with
		// the old one", "we can make do with our own fitter".
		"we'll manage with", "we will manage with", "we can manage with", "i'll manage with", "make do with",
		"not for that price", "not at that price", "too much for what", "not a priority", "changed my mind $", "changed our minds $",
		// Coping, or handling it on one's own: "we can live with it", "I'll figure it out".
		"live with it", "live with that", "got it covered", "i'll figure it out", "we'll figure it out", "hang fire", "put a pin in it", "put a pin in this",
		"close this one off", "close it off", "close this off",
		// Another way, or staying as they are: "we've decided to go a different way".
		"different way", "different direction", "another direction", "keep going with our", "carry on with our",
		"continue with our", "keep using our", "carry on as we are", "stay as we are",
		// A no said as the whole clause: "Afraid not.", "I don't think so."
		// Phrases open with a word, not "^": those are tried at every word.
		"unfortunately not $", "sadly not $", "afraid not $", "not really $", "don't think so $",
		// Passing, said with a modal: "I'll have to pass", "we're going to pass".
		// Said at the end of a clause ("I'll have to pass."): "we have to pass the audit" is no answer.
		"pass $", "pass this time", "pass on this occasion",
		// No money for it: "we don't have (the) budget for this".
		"nothing left in {det} budget", "nothing left in {det} ... budget", "budget is spent",
		"budget's spent", "budget has gone", "budget's gone", "budget is used up",
		"don't want it", "don't want this", "spend the money elsewhere", "spend it elsewhere",
		"spend our money elsewhere",
		"no budget", "don't have {det} budget", "don't have budget", "do not have {det} budget", "do not have budget",
		"haven't got {det} budget", "haven't got budget", "haven't {det} budget", "no money for", "go without", "give it a miss", "give this a miss", "give that a miss", "give them a miss", "give {det} ... a miss",
		// French, Spanish, German, Italian, Dutch, Portuguese.
		"non merci", "pas pour le moment", "pas maintenant", "pas besoin", "on laisse tomber", "pas nécessaire",
		"no gracias", "lo dejamos", "de momento no", "no hace falta", "no será necesario", "nein danke",
		"lieber nicht", "vorerst nicht", "nicht nötig", "brauchen wir nicht", "kein bedarf", "no grazie", "non serve",
		"lasciamo stare", "lasciamo perdere", "per ora no", "nee dank", "niet nodig", "hoeft niet", "não obrigado",
		"não é necessário", "por agora não", "deixamos",
		"mejor no", "no vale la pena", "non vale la pena", "não vale a pena", "niet de moeite", "lohnt sich nicht",
		"plus d'actualité", "laat maar zitten", "laten het ... zitten", "deixa estar", "lassen wir es", "lassen wir das", "wir lassen das",
		"wir lassen es", "ça ira", "s'en passer", "s'en passera", "pas la peine",
		"lo vamos a dejar", "vamos a dejarlo", "no lo necesitamos", "ya no lo necesitamos", "laten het even",
		"laten het voorlopig", "vamos deixar $", "vamos deixar por", "não precisamos",
	}, ownPlansToLeave()...),
	Hedge: []string{
		"let me think", "think about it", "think it over", "have a think", "sleep on it", "mull it over",
		"talk it over", "talk it through", "talk to", "speak to", "speak with", "check with", "run it by",
		"run this by", "run it past", "run this past", "discuss", "not sure", "less sure", "unsure", "undecided",
		"in principle", "before i say yes", "before we say yes", "before i commit", "before we commit",
		"before committing", "before i decide", "before we decide", "can't commit", "cannot commit", "hang on",
		"hold on", "need to check", "need to ask", "need to see",
		"want to see", "let me check", "let me see", "let me look", "we'll see", "depends", "depending",
		"a call first", "not yet", "not ready",
		// Someone else still has to approve: "the partners need to sign off".
		"want to confirm", "wants to confirm", "need to confirm", "needs to confirm", "final say", "final word",
		"holds the budget", "holds the purse strings", "need to approve", "needs to approve",
		"has to approve", "have to approve", "need to sign off", "needs to sign off", "has to sign off",
		"have to sign off", "awaiting approval", "pending approval", "needs approval", "need approval",
		"for approval", "approval from", "sign-off from", "sign off from", "needs to agree", "need to agree",
		"has to agree", "have to agree", "needs to ok", "needs to okay",
		// The decision still to come ("then I'll decide"), a decider still to win over ("let me talk her
		// round"), or the client not the one deciding ("it's not my call").
		"i'll decide", "we'll decide", "i will decide", "we will decide", "then decide", "decide then", "decide after",
		"decide once", "make a decision", "make up my mind", "make up our minds", "talk her round", "talk him round",
		"talk them round", "bring her round", "bring him round", "bring them round", "win her over", "win him over",
		"win them over", "not my call", "not my decision", "isn't my call", "isn't my decision", "not up to me",
		"isn't up to me", "not for me to decide", "not for me to say", "pending ... approval", "pending ... sign off",
		"pending ... sign-off", "awaiting ... approval", "awaiting ... sign off", "subject to ... approval", "je vais réfléchir", "réfléchir", "lo pienso", "lo consulto",
		"ich überlege", "überlegen", "besprechen", "ci penso", "denk er", "over na", "vou pensar",
	},
	OutOfOffice: []string{
		"out of the office", "out of office", "away from the office", "away from my desk", "on vacation",
		"on holiday", "on annual leave", "on leave", "limited access to email", "limited access to e-mail",
		"will not be checking", "won't be checking", "not checking email", "will reply when i return", "while i'm away", "while i am away", "get back to you as soon as", "when i'm back",
		"when i am back", "on my return", "back in the office on",
		// Mail left unread or not passed on while away: "I will not be
		// reading email", "your message will not be forwarded".
		"not be reading", "won't be reading", "not reading email", "not reading my email",
		"not be forwarded", "won't be forwarded",
		// Reduced reading and redirects by topic: "checking email only
		// occasionally", "if your query is about the audit, please …".
		"checking ... occasionally", "checking ... intermittently", "intermittent access", "occasional access",
		"if your query is", "if your enquiry is", "if your query relates", "if your enquiry relates",
		"if your query concerns", "if your enquiry concerns",
		// The same redirect by "message" or "email", and leave named by
		// its kind: "if your message is about…", "on paternity leave".
		"if your message is", "if your message relates", "if your message concerns",
		"if your email is", "if your email relates", "if your email concerns",
		"on maternity leave", "on paternity leave", "on parental leave", "on sick leave", "on study leave",
		"on compassionate leave",
		"will respond when i return", "will get back to you when i return", "when i return", "upon my return",
		"until {weekday}", "for anything urgent", "for urgent matters", "in my absence", "automatic reply",
		"auto-reply", "autoreply", "this is an automatic", "this is an automated", "automatically generated",
		"we have received your", "we received your", "abwesend", "abwesenheit", "absent du bureau",
		"fuera de la oficina", "ausente",
		// Ticket acknowledgements and read receipts.
		"do not reply to this", "please do not reply", "don't reply to this", "will reply within",
		"will respond within", "will be in touch within", "was read on", "wurde gelesen", "a été lu", "fue leído",
		"è stato letto", "is gelezen",
	},
	Disclaimers: []string{
		"confidential", "privileged", "intended recipient", "intended only", "intended solely", "in error",
		"by mistake", "do not forward", "attorney-client", "unauthorized", "unauthorised", "strictly prohibited",
		"notify the sender", "tell the sender", "delete it", "delete this", "disclaimer", "virus", "vertraulich",
		"confidentiel", "confidencial",
		// External-sender warnings a mail system puts above or below the
		// text ("This email originated from outside the organisation. Do
		// you know the sender? Do not click links…"): two of these make
		// the paragraph one (TestExternalSenderBanner).
		"originated from outside", "outside the organisation", "outside the organization",
		"outside of the organisation", "outside of the organization", "outside your organisation",
		"outside your organization", "external sender", "recognise the sender", "recognize the sender",
		"content is safe", "click links", "click on links", "außerhalb ihrer organisation",
		"außerhalb der organisation", "klicken sie nicht auf links", "öffnen sie keine anhänge", "buiten uw organisatie",
		"buiten de organisatie", "klik niet op links", "open geen bijlagen", "fuera de la organización",
		"fuera de su organización", "no haga clic en enlaces", "no abra adjuntos",
	},
}

// defaultSignals are the built-in classification clues. Weights pull an ask
// towards paid (paid signals) or quick (quick signals); scope signals say
// the work is large. Minutes and Act describe the work when the signal is
// the strongest of its kind in the ask.
var englishSignals = []Signal{
	// Production work: making, checking or fixing something.
	{Match: "prepare|preparing|prepar*|prépar*|opstel*|predispor*", Kind: "paid", Weight: 3, Act: "prepare"},
	{Match: "reconcile|reconciling|reconciliation|reconcil*", Kind: "paid", Weight: 3, Act: "reconcile", Category: "bookkeeping"},
	{Match: "rec", Kind: "paid", Weight: 1.5, Act: "reconcile", Category: "bookkeeping"},
	{Match: "redo|redoing|rework|rebuild|restructur*|have a go at", Kind: "paid", Weight: 3, Act: "redo"},
	{Match: "review|reviewing|revis*|controle*|nakijk*", Kind: "paid", Weight: 2.5, Act: "review"},
	{Match: "calculate|calculating|calculation|calcul*|recalcul*|berechn*|bereken*", Kind: "paid", Weight: 3, Act: "calculate"},
	{Match: "figure out|work out|find out|run the numbers|crunch the numbers", Kind: "paid", Weight: 2.5, Act: "calculate"},
	// The -ing forms come after "would you mind" and "how about".
	{Match: "put together|pull together|put ... together|pull ... together|draw up|write up|" +
		"putting together|pulling together|putting ... together|pulling ... together|drawing up|writing up", Kind: "paid", Weight: 3, Act: "prepare"},
	{Match: "develop|developing|create|creating|build|building|produce|producing|durchrechn*|rechnen", Kind: "paid", Weight: 2, Act: "prepare"},
	// Running or casting an eye over something is reading it through.
	{Match: "run {det} eye over|running {det} eye over|cast {det} eye over|casting {det} eye over|run {det} eyes over|cast {det} eyes over", Kind: "paid", Weight: 2, Act: "review"},
	{Match: "look ... over|go over {det}|tidy up|clean up|check over|proofread|proofreading|speed ... up|optimi*", Kind: "paid", Weight: 2, Act: "review"},
	{Match: "add ... to {det}|add ... to our|add ... to my", Kind: "paid", Weight: 1, Act: "fix"},
	{Match: "go through {det}|going through {det}|go through them|go through it|go through these|go through last|go through all|go through every|sort out|sorting out", Kind: "paid", Weight: 2, Act: "review"},
	// Taking on or over a job is ongoing work: "something you could take on?".
	{Match: "take on|take over|taking on|taking over|take it on|take this on|take them on|take that on|take ours on|take us on|take me on", Kind: "paid", Weight: 2.5, Act: "work"},
	{Match: "catch up {det}|catch up on|catching up", Kind: "paid", Weight: 3, Act: "catch-up", Category: "bookkeeping"},
	// A backlog is work piled up: starting on it is a catch-up job.
	{Match: "backlog|backlogs|start on {det} backlog|make a start on", Kind: "paid", Weight: 2, Act: "catch-up"},
	{Match: "look into|looking into|research|researching|investigate|investigating|dig into|uitzoek*|shop ... around", Kind: "paid", Weight: 3, Act: "research"},
	// A search of a register or of published work is research: "carry out
	// a clearance search", "run a prior-art search", "do the local searches".
	{Match: "carry out {det} search|carry out {det} ... search|run {det} search|run {det} ... search|do {det} ... search|carry out {det} ... searches|do {det} ... searches", Kind: "paid", Weight: 2.5, Act: "research"},
	{Match: "look at {det}|take a look at|look at why|look at how|look at what", Kind: "paid", Weight: 2, Act: "review"},
	{Match: "analyse|analyze|analysis|analys*", Kind: "paid", Weight: 3, Act: "calculate"},
	// A record compiled over every item of a kind ("a schedule of all the
	// payments received") is made from the books, whatever verb asks
	// for it; a "list of all" is often a list the firm already has.
	{Match: "statement of all|schedule of all|summary of all|breakdown of all|record of all|log of all|register of all|statement of every|schedule of every|summary of every", Kind: "paid", Weight: 3, Act: "report"},
	{Match: "audit|auditing", Kind: "paid", Weight: 2, Act: "audit"},
	// "how X compares with Y" is "compare X with Y" asked in the third
	// person (TestComparesInflected); "compared" is left out, as asides
	// ("compared with last year") say it of the client's own view.
	{Match: "compare|compares|comparing|comparison|versus|vs", Kind: "paid", Weight: 2, Act: "research"},
	{Match: "recommend|recommendation|recommendations|advise on", Kind: "paid", Weight: 2, Act: "review"},
	// Asking for the firm's view of a thing ("give us your advice on the
	// clause", "advise me on the offer") asks it to study that thing first;
	// a view of a fact ("your view of the weather") is not asked this way
	// (TestAdviceOnAThing).
	{Match: "your advice on|your views on|your opinion on|your thoughts on|your comments on|advise us on|advise me on", Kind: "paid", Weight: 2, Act: "review"},
	{Match: "design|designing|redesign", Kind: "paid", Weight: 3, Act: "design", Category: "design"},
	{Match: "redraw|drawing|drawings|layout|floor plan|elevation|elevations|sketch|sketches|mock-up|mock-ups|mockup|mockups|artwork|render|renders", Kind: "paid", Weight: 2, Act: "design", Category: "design"},
	{Match: "come out|come over|pop over|have a look|take a look|come in and", Kind: "paid", Weight: 2, Act: "review"},
	// "Could you have a go at it?": an attempt at a task the client names
	// or has just described is the task itself. Only the present forms:
	// "I had a go at it" is the client's own try.
	{Match: "have a go at|having a go at|have a stab at|having a stab at|take a stab at|taking a stab at|first stab at|" +
		"have a crack at|having a crack at|take a crack at|taking a crack at|give it a go|give this a go|give that a go", Kind: "paid", Weight: 2, Act: "work"},
	{Match: "need {det} ... {workpart}|want {det} ... {workpart}|like {det} ... {workpart}", Kind: "paid", Weight: 2, Act: "work"},
	// "Could you have the draft budget ready by Thursday?": a request to
	// make the thing and have it done, not a status ("will you have…").
	{Match: "can you have {det} ... ... ready|could you have {det} ... ... ready|would you have {det} ... ... ready|can u have {det} ... ... ready|could u have {det} ... ... ready", Kind: "paid", Weight: 4, Act: "prepare"},
	// A thing to be handed over ready ("the keys ready at reception",
	// "the signed copy ready for me to collect") asks for nothing made.
	{Match: "ready to collect|ready for me to collect|ready for us to collect|ready to pick up|ready for me to pick up|ready for us to pick up|ready for collection|ready for pickup|ready at reception|ready at the front desk|ready when we arrive|ready when i arrive|ready when i come in|ready when we come in", Kind: "quick", Weight: 5, Minutes: 1, Act: "send"},
	{Match: "you correct|you also correct|please correct|you fix|you also fix", Kind: "paid", Weight: 2, Act: "fix"},
	{Match: "print|printing", Kind: "paid", Weight: 2.5, Act: "produce", Category: "print"},
	{Match: "write {det}", Kind: "paid", Weight: 1.5, Act: "write"},
	{Match: "bigger plan|larger plan|smaller plan|cheaper plan|higher plan|lower plan|premium plan|basic plan|monthly plan|annual plan|yearly plan|the plan we're on|the plan we are on|per month|a month extra", Kind: "quick", Weight: 2, Minutes: 2, Act: "info"},
	{Match: "draft {det}|draft a|drafting|redraft|write {det} letter|write {det} response|write {det} reply|write up|write back to", Kind: "paid", Weight: 2.5, Act: "write"},
	// Letters and replies are written, which takes less time than most
	// production work: as objects they size the ask when no stronger act
	// does; "a … letter" asks for a new one.
	{Match: "a ... letter|a ... cover letter|an ... letter", Kind: "paid", Weight: 2, Act: "write"},
	{Match: "letter|letters|chaser|chasers|reminder letter|reminder letters|reply to|response to|cover note", Kind: "paid", Weight: 0.1, Act: "write"},
	{Match: "set up|setting up|setup|set-up", Kind: "paid", Weight: 2.5, Act: "setup"},
	{Match: "install|installing|migrate|migrating|migration", Kind: "paid", Weight: 3, Act: "install", Category: "it"},
	{Match: "move {det}|moving {det}|transfer {det}|bring over", Kind: "paid", Weight: 1, Act: "setup"},
	{Match: "train|training", Kind: "paid", Weight: 3, Act: "train"},
	{Match: "fix|fixing|correct {det}|correcting|amend|amending|repair", Kind: "paid", Weight: 2.5, Act: "fix"},
	// Hands-on work on fittings: "replace the cylinders", "rekey the
	// doors", "service the two push bars", "refit the hinges", "supply
	// and fit", "fit new seals" (not "will it fit the old frame?"), and
	// "replace" in the other six languages. "Replace it with the corrected
	// invoice" is not asked for here: the English verb needs a determiner
	// after it.
	{Match: "replace {det}|replacing {det}|rekey|rekeying|re-key|service {det}|servicing {det}|refit|refitting|" +
		"supply and fit|order and fit|fit new|fit {det} new|fit replacement|fit {det} replacement|fitting new|" +
		"vervangen|remplacer|remplacez|ersetzen|austauschen|sustituir|sostituire|substituir", Kind: "paid", Weight: 2.5, Act: "fix"},
	{Match: "update {det}|update it|updating", Kind: "paid", Weight: 2, Act: "fix"},
	{Match: "match {det}|match these|match them", Kind: "paid", Weight: 2, Act: "reconcile", Category: "bookkeeping"},
	{Match: "check {det}", Kind: "paid", Weight: 2, Act: "check"},
	{Match: "check whether|check if|check that", Kind: "paid", Weight: 1, Act: "check"},
	{Match: "how much ... cost|how much ... save|how much ... deduct|save money|written off|write off|depreciat*", Kind: "paid", Weight: 1.5, Act: "calculate"},
	{Match: "projection|forecast|prévisionnel|prognose", Kind: "paid", Weight: 2, Act: "prepare", Category: "advisory"},

	// Deliverables: asking for a new one of these ("a summary", "split by
	// service") is asking for it to be made; "the 2023 P&L" exists already.
	{Match: "a ... report|a ... summary|a ... breakdown|an ... analysis|a ... spreadsheet|a ... profit and loss|a ... p l|broken down|split by|breakdown of|een ... overzicht|a ... calendar|a ... plan|a ... proposal|a ... estimate|a ... timeline|a ... itinerary|a ... agenda|a ... checklist|a ... template|a ... strategy|a ... contract|a ... policy", Kind: "paid", Weight: 2, Act: "report", Category: "bookkeeping"},

	// Objects of work: they say which category a paid ask is, and lean a
	// little towards paid.
	{Match: "return|returns|schedule e|1099*|w-2|extension|tax|taxes|vat|iva|estimated payments|declaración|liasse|umsatzsteuer*|steuer*|btw|aangifte|belastingaangifte|déclaration|tva|dichiarazione|declaração|impôt*|imposta|imposte|impuesto*|imposto*", Kind: "paid", Weight: 0.5, Category: "tax"},
	{Match: "books|bookkeeping|ledger|accounts|accounting|balances|balance sheet|p l|profit|invoices|expenses|bank|statement|statements|chart of accounts", Kind: "paid", Weight: 0.5, Category: "bookkeeping"},
	{Match: "payroll|paycheck|paychecks|401 k|deductions|nóminas|wages|salary", Kind: "paid", Weight: 0.5, Category: "payroll"},
	{Match: "policy|policies|coverage|carriers|premium", Kind: "paid", Weight: 0.3, Category: "insurance"},
	{Match: "laptop|laptops|computer|computers|server|network|printer|monitor|monitors|screen|screens|router|wifi|wi-fi|email accounts|drive", Kind: "paid", Weight: 0.3, Category: "it"},
	{Match: "s corp|cash flow|strategy|plan for", Kind: "paid", Weight: 0.5, Category: "advisory"},

	// Scope: the ask covers a lot.
	{Match: "all|every|entire|whole|everything", Kind: "scope", Weight: 1},
	{Match: "last {det} ... months|last ... months|last ... years|past ... months|past ... years|last ... days|past ... days|last ... weeks|past ... weeks|for the last|since january|since february|since march|since april|since may|since june|since july|since august|since september|since october|since november|since december|through|rest of", Kind: "scope", Weight: 1},
	{Match: "anyone|anybody|each|both accounts", Kind: "scope", Weight: 1},
	{Match: "first ... months|next ... months|first ... weeks|next ... weeks|months of|weeks of", Kind: "scope", Weight: 1},

	// Quick: facts, dates, status, receipt, scheduling, small favours.
	{Match: "confirm|confirming|your confirmation|confirmation that|confirmation of|confirmar|confirme*|bestätig*|bevestig*", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "confirm"},
	{Match: "did {you} get|did {you} receive|did {you} see|have {you} received|{you} got|get my|receive my|received|came through|come through $|went through|go through $|gone through", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "receipt"},
	{Match: "whether ... {done}|if ... {done}|know when ... is {workpart}|know when ... are {workpart}|been {done}|been {workpart}|been added|been created|get {done}|{done} $|shown up|show up|is ready|are ready|be ready|ready for|ready to|recebeu|já|the status|status of|status on|yet|already|al {done}|any news|any update|any word|ya|schon|déjà|still on|go out|went out|gone out|shipped|been filed|get filed|e-filed|on time|get mailed|mailed|heard back|ever reply|ever replied|ever respond|ever responded|ever get back", Kind: "quick", Weight: 2, Minutes: 1, Act: "status"},
	// Whether a booked job is still going ahead asks its status, however
	// big the job ("is the full stock audit still going ahead on
	// Tuesday?"); put as the question's own subject, so "rewrite it now
	// that the move is still happening" stays work (TestStillGoingAhead).
	{Match: "is {det} ... still going ahead|is {det} ... ... still going ahead|are {det} ... still going ahead|are {det} ... ... still going ahead|" +
		"is {det} ... still happening|is {det} ... ... still happening|are {det} ... still happening|are {det} ... ... still happening|" +
		"is it still going ahead|is that still going ahead|is it still happening|is that still happening",
		Kind: "quick", Weight: 2, Minutes: 1, Act: "status"},
	{Match: "deadline|due|cutoff|cut-off|latest date|last day|latest day|date limite|fecha límite|plazo|frist|how long|turnaround", Kind: "quick", Weight: 2, Minutes: 1, Act: "date"},
	{Match: "renew|renews|renewal", Kind: "quick", Weight: 1, Minutes: 1, Act: "date"},
	// The firm's own price is a fact it knows: "how much would it cost to
	// have you…", "what do you charge for…", "how much does it cost to
	// have the payroll done?".
	{Match: "how much ... to have you|how much ... for you to|how much ... cost to have|how much ... cost to get|how much ... cost us to have|how much ... cost me to have|how much ... costs to have|how much ... costs to get|how much do you charge|how much would you charge|how much will you charge|what do you charge|what would you charge|what are your fees|what's your fee|what is your fee|your hourly rate|your fee for|your fees for|your price for", Kind: "quick", Weight: 3, Minutes: 2, Act: "info"},
	// The same asked about a hands-on job, texted or in full: "how much
	// to replace the hinges?", "how much would it cost to service the
	// boiler?" (TestHowMuchToFix); "how much to set aside" is a figure.
	{Match: "^ how much to {fixverb}|^ how much is it to {fixverb}|^ how much would it be to {fixverb}|^ how much will it be to {fixverb}|how much would it cost to {fixverb}|how much does it cost to {fixverb}|how much will it cost to {fixverb}", Kind: "quick", Weight: 3, Minutes: 2, Act: "info"},
	{Match: "when is|when does|when do|when will|when are|when could|when can|when would|how soon|when's|what time|what date|what day|by when|bis wann|wanneer|welke datum", Kind: "quick", Weight: 2.7, Minutes: 1, Act: "date"},
	// Finding out a date or a time is asking for it ("find out when the
	// parts will arrive", "find out from the builder when…"); "find out"
	// alone weighs as work ("find out what we owe"), so this weighs more.
	{Match: "find out when|find out from ... when|find out what time|find out what date|find out which day|find out how soon", Kind: "quick", Weight: 3.5, Minutes: 1, Act: "date"},
	// Writing to find out or see whether something is so asks the firm
	// for the answer, as "wanted to know" does; work named after it
	// still weighs more ("…to see if you could redraw the plans").
	{Match: "writing to find out|emailing to find out|reaching out to find out|in touch to find out|checking in to find out|hoping to find out|writing to see|emailing to see|reaching out to see|in touch to see|checking in to see|touching base to see|messaging to see|is to see if|is to see whether", Kind: "quick", Weight: 2.6, Minutes: 1, Act: "info"},
	{Match: "a call|call me|call us|give me a call|ring me|phone me|phone call|call back|appointment|our meeting|the meeting|a meeting|set up {det} call|schedule {det} call|schedule {det} meeting|book {det} call|book ... minutes|set up a time|find a time|catch up call|stop by", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "schedule"},
	{Match: "set up {det} call|set up {det} meeting|set up a time", Kind: "quick", Weight: 3, Minutes: 1, Act: "schedule"},
	// Booking a visit "in" puts it in the diary: "can you book the
	// boiler service in", "book it in for Friday" ask for a slot,
	// whatever the visit is. Only with nothing, a time or "when/while"
	// after "in": "book the van in for its MOT" and "book in a full
	// valet" commission the work (TestBookInSlot).
	{Match: "book {det} ... in $|book {det} ... in when|book {det} ... in while|book {det} ... in for {weekday}|book {det} ... in for {det} {weekday}|book {det} ... in for next|book {det} ... in for after|book {det} ... in for the week|book {det} ... in for {month}|book it in $|book it in when|book it in while|book it in for {weekday}|book it in for {det} {weekday}|book it in for next|book it in for after|book it in for the week|book it in for {month}|book them in $|book them in when|book them in while|book them in for {weekday}|book them in for {det} {weekday}|book them in for next|book them in for after|book them in for the week|book them in for {month}", Kind: "quick", Weight: 3, Minutes: 1, Act: "schedule"},
	// "Can you send someone to look at it?": a person sent out to look
	// at or fix something is a visit, not a document sent.
	// Over, round or out need "to" or a time after them ({visitwhen}):
	// "send someone over the password" sends a detail (TestGuards).
	{Match: "send someone to|send somebody to|send someone over {visitwhen}|send someone over $|send someone round {visitwhen}|send someone round $|send someone out {visitwhen}|send someone out $|send somebody over {visitwhen}|send somebody over $|send somebody round {visitwhen}|send somebody round $|send somebody out {visitwhen}|send somebody out $|send an engineer|send a technician|send an electrician|send one of your", Kind: "paid", Weight: 3, Act: "review"},
	{Match: "send me|send us|please send|please also send|please just send|can you send|could you send|email me|forward me|resend|envía*|mánda*|envoy*|schicken sie|senden sie|stuur", Kind: "quick", Weight: 1.5, Minutes: 2, Act: "send"},
	// Passing a message on to someone, whatever the form of the request:
	// "I'd like you to tell the bank we're happy", "please let the
	// landlord know", "remind Tom his timesheet is late".
	{Match: "tell the|tell him|tell her|tell them|let the ... know|let him know|let her know|let them know|remind him|remind her|remind them|remind the|pass on|pass ... on to|thank the|thank him|thank her|thank them|forward the ... to|forward it to|forward this to|cc the|cc him|cc her|copy ... in on", Kind: "quick", Weight: 1.5, Minutes: 1, Act: "send"},
	// Needing who or where someone is asks for a fact the firm has, not
	// for work: "I need the name of the person who…", "we need their
	// email address" (TestNeedContactFact).
	{Match: "need the {contactfact} of|need the {contactfact} for|need the {contactfact} number|need the {contactfact} address|need the {contactfact} $|need their {contactfact}|need his {contactfact}|need her {contactfact}|need your {contactfact}|need {contactfact} details", Kind: "quick", Weight: 1.5, Minutes: 1, Act: "info"},
	{Match: "a copy|copy of|on file", Kind: "quick", Weight: 1, Minutes: 2, Act: "send"},
	{Match: "had a chance|have a chance|get a chance|had time to|got round to|get round to|got around to", Kind: "quick", Weight: 3, Minutes: 1, Act: "status"},
	{Match: "or {weekday}|or {month}|or next week|or the week after|come in at|come by at|come over at|arrive at|start at", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "schedule"},
	{Match: "move our call|move the call|move our meeting|move the meeting|move our appointment|move the appointment|reschedule|push {det} call|push {det} meeting|push back {det} call", Kind: "quick", Weight: 3, Minutes: 1, Act: "schedule"},
	{Match: "would you prefer|do you prefer|would you rather|which would you prefer|do you need|do you still need|you need from me|anything else you need|need anything else|do you want|would you like me|should i send|do u need|will you need {det}|would you need {det}|will u need {det}", Kind: "quick", Weight: 2.5, Minutes: 1, Act: "need-info"},
	{Match: "do i need to|do i have to|do we need to|do we have to|should i|should we|can i|can we|am i|are we allowed|is it ok|is it okay|is it too late|too late", Kind: "quick", Weight: 2, Minutes: 1, Act: "advice"},
	{Match: "do we need|do i need|does that need|does this need|does it need|is it just", Kind: "quick", Weight: 2, Minutes: 2, Act: "advice"},
	{Match: "do you still have|do you have|still have|on hand", Kind: "quick", Weight: 2, Minutes: 1, Act: "yes-no"},
	// Whether the firm offers something: "do you do same-day printing?".
	{Match: "do you do|do you offer|do you provide|do you stock|do you carry|do you sell|do you supply|do you ship|do you take on|do you accept|do you handle|do you work with", Kind: "quick", Weight: 2, Minutes: 1, Act: "yes-no"},
	{Match: "a problem|an issue|is that ok|is that okay|is that fine|^ which|which one|what's the rate|what is the rate|standard mileage rate|included|cover|covers|same as|is this {genuine}|is it {genuine}|is that {genuine}|is this a {genuine}|is it a {genuine}|is that a {genuine}|tell me which|tell me what|tell me when|tell me if|tell me whether|want to know|wants to know|wanted to know|wanted to ask whether|wanted to ask if|wanted to ask you if|wanted to ask you whether|want to ask whether|want to ask if|like to know|love to know|glad to know|grateful to know|pleased to know|curious to know|wüsste ich", Kind: "quick", Weight: 1.5, Minutes: 2, Act: "info"},
}

// replyCues are the other word lists a reply to a quote is read with
// (reply.go); Words.Accept, Decline and Hedge hold the strong cues.
type replyCueLists struct {
	// WeakAccept lean towards yes but do not authorise work on their own;
	// they conflict with a decline ("sounds good, but we'll skip it").
	WeakAccept []string
	// Ack acknowledge rather than agree: "Noted, thanks for the detail." They
	// count towards a yes only with another cue and never make a no mixed.
	Ack []string
	// PositiveIdioms are positive although built from a negator; they
	// count as Ack. NeutralIdioms carry a negator that negates nothing;
	// AgreeingIdioms are built from one and agree ("no objection"): weak
	// accepts.
	PositiveIdioms, NeutralIdioms, AgreeingIdioms []string
	// WeakDecline lean towards no: doing the work in-house, a polite
	// "thanks anyway". Two of them, or one with a strong decline, decide.
	WeakDecline []string
	// SelfWork say the client will do the work themselves ("we'll do it
	// ourselves", "handled in-house"): a weak decline, and a "do it" in the
	// same clause is not a go-ahead; negated ("we don't have time to do it
	// ourselves") it is no cue either way.
	SelfWork []string
	// Contact hedges defer the answer ("we'll let you know") unless the
	// sentence is a contingency ("if things change, I'll let you know").
	Contact []string
	// Partial narrow a yes to part of the work or a changed scope.
	Partial []string
	// Counter are counter-offer wording: any of them makes a reply unclear.
	Counter []string
	// Conditions open a condition; Softeners are "if" phrases that only
	// soften a wish ("by Friday if possible").
	Conditions, Softeners []string
	// Negators turn the cue after them (to the end of the clause) around.
	Negators []string
	// Modals weaken a cue in their clause to a weak one.
	Modals []string
	// Bare answers: a clause that is only "yes" or "no" (or starts "no to").
	BareYes, BareNo []string
	// CancelVerbs after "go ahead and" make a no: "go ahead and cancel it".
	CancelVerbs []string
	// Retractions are verbs that withdraw the work when they open an
	// imperative with an Anaphora object: "scrap that", "shelve it".
	// Not "close" or "cancel": the quoted work may be closing or
	// cancelling something. Grammatical glue.
	Retractions []string
	// Commission verbs with an Anaphora object ("please add them", "set
	// it up") give the go-ahead for the work the quote named.
	Commission, Anaphora []string
	// NewWork mark an ask in a reply to a quote as more work than the
	// quote covered: "could you also…", "another return".
	NewWork []string
	// GoAheadOffers are a supplier asking its reader for the go-ahead:
	// with pricing by time they make a message a quote from another firm
	// (foreign.go).
	GoAheadOffers []string
	// StartQuestions ask when the quoted work will start or be done: the
	// question takes the go-ahead for granted ("happy with that, when can
	// you start?"), so it is a weak accept rather than a question back.
	StartQuestions []string
	// Contrast words split a sentence into clauses.
	Contrast []string
	// PriceWords make a question back about the price or scope.
	PriceWords []string
	// SelfSubjects are the client speaking for themselves ("we'll",
	// "I"), and SelfWorkVerbs the verbs of doing a job: with both before
	// a SelfWork word ("I'll just do it myself", "we've decided to keep
	// it in-house") the client's plan is to do the work, a clear no.
	// Grammatical glue, not extendable from the config.
	SelfSubjects, SelfWorkVerbs []string
	// ThirdParties are people other than the firm who might do the work
	// ("my brother", "our bookkeeper"); ThirdPronouns the pronouns that
	// stand for them, with "he'll"-style ones carrying their own future.
	// Followed by DoerAux with a DoerFuture among them ("…is going to",
	// "…has offered to", "…will"), a cue of doing the work ("take it
	// on", "do it") is theirs, not the firm's go-ahead.
	ThirdParties, ThirdPronouns, ThirdFuturePronouns []string
	// DoerAux may stand between a doer and the work ("is going to",
	// "has kindly offered to"); DoerFuture among them make it a plan.
	// Grammatical glue, not extendable from the config.
	DoerAux, DoerFuture []string
	// SecondPerson name the firm: "your team … they" are the firm's
	// people, not a third party. Grammatical glue.
	SecondPerson []string
	// DoerVerbs open a cue of doing the work rather than approving it:
	// "take it on", "get started", "do it" (with Commission).
	DoerVerbs []string
	// Courtesies may follow a bare yes without changing it: "Yes,
	// thanks." Grammatical glue, not extendable from the config.
	Courtesies []string
	// LeadIns are the politeness and fillers before an imperative ("yes
	// please set it up", "ok then book it"). Not extendable from the
	// config: a wrong entry would turn a word into a command.
	LeadIns []string
	// NotQuestionOpeners open a sentence that is no question without its
	// question mark ("Any Thursday works"). Grammatical glue.
	NotQuestionOpeners []string
	// Relatives are relative pronouns: a cue after one in a refusal
	// describes whom the client chose ("…found someone who can do it").
	// Grammatical glue.
	Relatives []string
	// BareNoFollowers may follow a bare no in its clause ("No thanks",
	// "no to the letter"). Grammatical glue.
	BareNoFollowers []string
	// ChosenObjects after "go with" name the firm's offer ("we'll go with
	// your quote"): a choice of the firm, not of another. Grammatical glue.
	ChosenObjects []string
	// Apostropheless are contractions written without the apostrophe in
	// quick mail, each "cant=can't": the cue lists spell them out. Not
	// "im": German "im" ("im Moment nicht") is a word; the lists spell
	// "im afraid" and "im in" out instead. Grammatical glue.
	Apostropheless []string
	// SlipTolerant are the few words a go-ahead turns on ("go ahead",
	// "proceed"): typed with one slip of the finger (two neighbouring
	// letters swapped, one inner letter dropped or doubled: "ahaed",
	// "proced") they read as the word. Grammatical glue.
	SlipTolerant []string
	// SelfFuture are first-person subjects that carry a future ("I'll"):
	// with a verb of the job after them the client plans to do it.
	// AskVerbs get someone else to do a job ("ask my son to do it").
	// Grammatical glue.
	SelfFuture, AskVerbs []string
	// ContrastParticles are two-word pairs in which the contrast word is
	// a particle, not "but": "laat maar zitten" is one clause. Grammatical
	// glue.
	ContrastParticles []string
	// RequestModals open a polite request put as a question ("Could you
	// please go ahead?"): with a go-ahead in it, it asks for the work.
	// Grammatical glue.
	RequestModals []string
	// BillingAsides ask how to bill the work ("can you invoice it to the
	// company?"): a question about paperwork after a yes, no question back
	// on the quote.
	BillingAsides []string
	// Postpone are verbs of taking the work up again ("revisit it", "come
	// back to this"); followed in their clause by one of LaterTimes ("in
	// the new year", "next spring") they put the work off: a no for now.
	Postpone, LaterTimes []string
	// Overrides take back what the reply said before them ("ignore
	// that", "scratch that"): only what follows them counts.
	Overrides []string
	// TimingQuestions ask when the reader can come or is free ("how soon
	// could you come out?"): like StartQuestions, however long.
	TimingQuestions []string
	// StartNeeds ask what the firm needs in order to start ("anything
	// you need from me before you start?"): like StartQuestions, they
	// take the go-ahead for granted.
	StartNeeds []string
	// WholeObjects after a Partial cue that ends in a Commission verb
	// ("just do it", "only do them") name the whole quoted work, not a
	// part. Grammatical glue.
	WholeObjects []string
	// Recipients after a Partial cue ("rather than to him", "instead of
	// us") name who receives something, not a part of the work.
	// Grammatical glue.
	Recipients []string
	// StartTimes say when to do the work: after a clause that is only a
	// yes ("Yes - this week please") they answer the go-ahead too.
	StartTimes []string
	// StartWaits say how long a start waits ("don't start until",
	// "before"), and DeferTimes are the dates or times it may wait for
	// ("until the 14th", "before Monday"): a start put off to a time
	// says when, not whether ("don't start until I've checked" waits for
	// an event and is still undecided).
	StartWaits, DeferTimes []string
	// PartObjects after a decline name a part of the work ("we won't
	// need the second part", "skip the rest"): a no to that part only,
	// which leaves the reply unclear. Grammatical glue.
	PartObjects []string
	// TagAux and TagPronouns make a tag question closing a statement
	// ("…, can I?", "…, isn't it?"): rhetorical, no question back.
	// Grammatical glue.
	TagAux, TagPronouns []string
	// AnaphoricSubjects open a new clause about what was said ("that's
	// fine", "it's ok"): after a bare no typed without its comma ("no
	// that's ok") the no answers and negates nothing. Grammatical glue.
	AnaphoricSubjects []string
	// AgreeEmoji are a whole answer in a sign: a sentence of no words
	// but one of them ("👍") is a bare yes. Not extendable.
	AgreeEmoji []string
	// DisagreeEmoji are a whole no in a sign ("👎"). Not extendable.
	DisagreeEmoji []string
	// Interjections may open a bare yes or no ("haha no", "oh yes").
	// Disbelief are questions of disbelief that ask nothing back ("are
	// you serious?"). Grammatical glue.
	Interjections, Disbelief []string
	// AgreementLinks may stand between an anaphoric subject and the
	// agreement in a sentence that is only one ("That would be great.",
	// "It'd be very helpful."). Grammatical glue.
	AgreementLinks []string
	// AgreementTails may follow a lone weak accept in a sentence that is
	// only an agreement ("Sounds good to me.", "Works for us then.").
	// Grammatical glue.
	AgreementTails []string
	// Conclusives after a lone acknowledgement make a sentence of only
	// those an agreement drawn from what the reader said: "OK then.",
	// "Fine then, thanks." (a bare "OK" only acknowledges). Grammatical glue.
	Conclusives []string
	// Money and time in the client's words (a counter-offer or a limit):
	// CurrencyWords after a number ("300 dollars"); a LimitWords word, a
	// number (digits or NumberWords) and an HourUnits word ("no more than
	// two hours"), or a number, an HourUnits word and a
	// TrailingLimitWords word ("1 hour only", "two hours max"). Not
	// extendable from the config: they build the amount patterns.
	CurrencyWords, LimitWords, TrailingLimitWords, NumberWords, HourUnits []string
	// CountingWords are the numbers one, two, three … in order: a cap
	// on the hours ("keep it under two hours") is read as a count of
	// minutes from them (position + 1) or from digits.
	CountingWords []string
	// Word classes of answers written for replies7's inventory
	// (TestReplyInventory, TestReplyWordClasses):
	//
	// NoticeVerbs ask to be told or asked ("let me know", "give me a
	// shout", "check with me"); with an Overruns word and a condition
	// ("if it runs over", "before you go past the 3 hours") a clause only
	// asks for notice at the quoted cap: no condition, counter-offer or
	// hedge on the answer. A number in it must be the quoted one ("the 3
	// hours"): "let me know if it's more than 2 hours" stays a condition.
	NoticeVerbs, Overruns []string
	// Concessions are hedges that only concede before a contrast ("in
	// principle, but …"): with a clear no after the contrast, the no
	// decides, as it does over a weak yes there ("Sounds great, but we
	// can't justify it").
	Concessions []string
	// EmphaticYes are said as a clause of their own to agree
	// ("Absolutely, the sooner the better."): a weak accept.
	EmphaticYes []string
	// PerfectAux before a hedge of consulting ("I've run it past Dana")
	// report the consultation done, not pending: no hedge. PerfectAdverbs
	// may stand between them ("we have now run it by…"). Grammatical
	// glue.
	PerfectAux, PerfectAdverbs []string
	// OtherMatters open a question about another matter ("while I have
	// you", "on another note"): put to the reader and naming neither the
	// quoted work by a pronoun nor an amount, it is an aside even with a
	// price word in it ("…about our business rates appeal?").
	OtherMatters []string
	// Reopeners, in a question after a clear no, keep the quote open:
	// talking it over, another option, another time ("Could we talk it
	// through on Monday?", "Is there another option?"). Without one, and
	// without a pronoun for the work, a price or hours, the question is a
	// new ask and the no stands (see laterAsk).
	Reopeners []string
	// Replacements close a clause in which someone else will do the
	// work in the firm's place ("my son will sort it instead"): a no.
	// Grammatical glue.
	Replacements []string
	// DeclineTails may follow a no said of the whole work ("…, but we
	// can't justify it right now", "…, but not this year, sorry"): with
	// other words after it the no may be said of a step or a part.
	// Grammatical glue.
	DeclineTails []string
	// Particles after a retraction verb and its object make it another
	// verb ("drop it off", "park it up"): no retraction. Grammatical glue.
	Particles []string
	// StartIdioms let the reader start ("you're on", "off you go", "be
	// my guest"): said as a clause of their own, after lead-ins and
	// before courtesies only, they give the go-ahead. Inside a clause
	// they mean other things ("you're on the list").
	StartIdioms []string
	// PartSelectors in a Partial cue make it a choice of a part of the
	// work ("only the", "just do"), not a time ("for now"); with a no
	// said of a named thing elsewhere in the reply ("…, skip the
	// forecast") the no is to the rest of the work, not to the quote.
	// WholeNouns after a determiner name the whole work ("skip the
	// lot", "drop the whole thing"): no part. Grammatical glue.
	PartSelectors, WholeNouns []string
	// StartVerbs said as an imperative with a StartTimes time and nothing
	// more ("start when you can", "begin on Monday please") let the
	// reader start then: a go-ahead. StartPreps may stand before the
	// time ("on Monday"). Grammatical glue.
	StartVerbs, StartPreps []string
	// WishOpeners open a polite request that a wish closes ("If you
	// could send it by Friday, that would be great"): followed by
	// SecondPerson and a RequestModal, with an anaphoric subject's
	// agreement later in the sentence ("that would be great", "that'd be
	// ideal"), the word sets no condition on the answer. Grammatical glue.
	WishOpeners []string
	// WishComparatives close such a request as a bonus rather than a
	// term ("If you can have it by Friday, that's even better"): after an
	// anaphoric subject they agree as an Ack word does there.
	WishComparatives []string
	// RefusalIdioms say the client cannot refuse ("can't say no", "hard
	// to argue with"): said by the client (before them only a first-person
	// or anaphoric subject, lead-ins, interjections and RefusalGlue),
	// unnegated, and of the offer (after them only "to", a pronoun, a
	// determiner, an OfferNouns or WholeNouns word, courtesies and glue) or
	// of nothing, they agree as a go-ahead ("I can't say no to that"); said
	// of anything else ("I can't say no to my landlord") they say nothing,
	// and their "no" is never a refusal. RefusalGlue are the adverbs and
	// "like" that may stand around one ("an offer like that"). OfferNouns
	// and RefusalGlue are grammatical glue.
	RefusalIdioms, OfferNouns, RefusalGlue []string
	// OpeningWords with an hour unit within three words after them ("the
	// first hour", "the initial two hours"), in a clause with a go-ahead,
	// let the reader start on an opening stretch of the quoted time only:
	// part of the work. Grammatical glue.
	OpeningWords []string
	// Consequences ("so", "therefore") followed by an answer to the quote
	// (a go-ahead or refusal cue or an imperative of the work, past
	// lead-ins and a first-person subject) end the clause before them as a
	// comma would: "I don't see a problem so go ahead" agrees, its "don't"
	// negates the premise only. Grammatical glue.
	Consequences []string
	// HandOnVerbs ending a refusal cue ("I'll pass") hand the quote on
	// when an object and then a HandOnDirections word follow ("I'll pass
	// this to our manager", "pass it on"): someone else decides, no
	// refusal. Grammatical glue.
	HandOnVerbs, HandOnDirections []string
	// ClosingThanks end a sentence's last clause as a comma would when
	// they close it ("nah we're good ta", "we'll leave it thanks"): an
	// answer said at the end of its clause ("we're good $") is still
	// said there. Not after a bare no or a negator ("no thanks", "nah
	// thank you"), where the thanks are the refusal's own words.
	// Grammatical glue: the first word opens the run, the rest may follow.
	ClosingThanks, ClosingThanksTail []string
	// Receipts report that something came ("I got the invoice", "the
	// file arrived"): opening the part after a sentence's opening yes,
	// they say what the yes answers, and it is no go-ahead.
	Receipts []string
	// Understood report that the firm's free answer did its job ("that
	// answers it", "that makes sense", "good to know"): opening the part
	// after a sentence's opening yes, as Receipts do, they say the yes
	// takes the answer, not the quote.
	Understood []string
	// PaidVerbs report money the client has sent ("I've just paid $420",
	// "we have transferred the 300 €"): after a first-person perfect
	// ("I've", "we have", "I just") the amount that follows is a payment
	// made, not an amount named against the quote. Grammatical glue.
	PaidVerbs []string
	// Counterfactuals straight before a go-ahead ("I would go ahead, but
	// money's tight", "Karen would say yes") make it a wish or a guess,
	// not the go-ahead: undecided; not when the cue opens with one of
	// WishVerbs ("I'd like it done"). Grammatical glue.
	Counterfactuals, WishVerbs []string
}

// englishReplyCues are the reply cues in English (with the few other-language
// cues that predate the per-language files).
var englishReplyCues = replyCueLists{
	WeakAccept: []string{
		"yes", "yep", "yeah", "yup", "yea", "yeh", "sounds good", "sounds great", "sounds fine", "sounds reasonable",
		"sounds fair", "sounds ok", "sounds okay", "that works", "works for me", "works for us", "fine by me",
		"fine with me", "fine by us", "fine with us", "happy with that",
		// Asking to hear how the work goes: "keep me posted".
		"keep me posted", "keep us posted", "keep me updated", "keep us updated", "keep me informed", "keep us informed",
		"keep me in the loop", "keep us in the loop",
		"ok by me", "okay by me", "ok by us", "okay by us", "ok with me", "okay with me", "alright by me",
		"alright with me", "all right by me", "fine from me", "ok from me", "okay from me", "ok with that", "okay with that",
		"looks good", "looks fine", "looks great", "why not", "don't see why not", "do not see why not", "can't see why not",
		"cannot see why not", "the sooner the better", "the sooner ... the better",
		// No reason seen against it, a double negative that agrees: "I can't see any reason not to".
		"no reason not to", "see no reason not to", "can't see any reason not to", "cannot see any reason not to",
		"don't see any reason not to", "do not see any reason not to", "can't think of any reason not to",
		"can't think of a reason not to", "cannot think of any reason not to", "no reason why not",
		// Approving the spend: "money well spent", "well worth it".
		"money well spent", "well worth it", "well worth the", "worth every penny", "oui", "sí", "ja", "prima", "va bene", "gerne",
		"in ordnung", "très bien", "perfecto", "de acuerdo", "d'accord", "d'accordo", "de acordo",
		// Chat shorthand of "sounds/looks good to me".
		"sgtm", "lgtm",
		"sure thing", "of course", "by all means", "sounds like a plan", "says yes", "said yes",
		// Welcoming the offer: "I'd appreciate that" ("that would be great": see AgreementLinks).
		"i'd appreciate that $", "i'd appreciate it $", "we'd appreciate that $", "we'd appreciate it $",
		// A reluctant yes: "I suppose so".
		"suppose so", "guess so", "if you must",
		// Finding the money: "we can stretch to that" ("we can't stretch to it" declines).
		"stretch to",
		// An order raised for the work: "the PO number for this is…", "purchase order attached".
		"po number", "po no", "po ref", "po reference", "our po", "purchase order", "order number",
	},
	Ack: []string{
		"ok", "okay", "k", "great", "perfect", "fine", "sure", "right", "alright", "all right", "good", "lovely",
		"excellent", "brilliant", "cool", "super", "fantastic", "wonderful", "understood", "noted", "got it",
		"parfait", "genial", "bien", "gut", "super", "perfetto", "perfeito", "ótimo",
		"helpful", "appreciated", "ideal",
	},
	PositiveIdioms: []string{
		"no problem", "no problems", "not a problem", "no worries", "not a worry",
		"don't mind", "do not mind", "wouldn't mind", "no reason not to", "pas de problème", "sin problema",
		"kein problem", "nessun problema", "geen probleem", "sem problema",
		// Praise by understatement: "not a bad price", "not unreasonable".
		"not bad", "not a bad", "not too bad", "not unreasonable", "not unfair", "not excessive",
		// Paying what was quoted, not an amount of one's own (Counter).
		"happy to pay that", "happy to pay it", "happy to pay this", "fine to pay that", "happy to pay the fee",
		"happy to pay for that", "happy to pay for it", "happy to pay for this", "happy to pay for the work",
		"willing to pay for that", "willing to pay for it", "fine to pay for that", "fine to pay for it",
	},
	AgreeingIdioms: []string{"no objection", "no objections"},
	NeutralIdioms: []string{
		"no rush", "no hurry", "not urgent", "no later than", "not later than", "if not sooner", "not only",
		"not just", "no doubt", "not at all", "can't wait", "cannot wait", "no idea why", "as discussed",
		"nothing else", "no one else", "none of", "no matter", "up to you", "as agreed", "as we agreed",
		// Waiving a formality, not the work: "no need to ask me first".
		// Waiting for the firm's next step is no deferral: "we'll wait for your invoice".
		"wait for your", "wait for you", "wait to hear", "wait for the invoice", "wait for the bill",
		"leave it with", "leave this with",
		// Handing something over, no refusal: "we'll leave the choice of
		// colours to you", "I'll leave the keys with you for now".
		"leave {det} ... with you", "leave {det} ... with your", "leave {det} ... to you", "leave {det} ... up to you",
		"leave {det} ... in your hands",
		"no need to rush", "no need to hurry", "no need to apologise", "no need to apologize",
		"no need to ask", "no need to check with", "no need to check first", "no need to run", "no need to quote",
		"no need for a quote", "no need to confirm", "no need to wait", "no need to send", "no need to update", "need anything else",
		"don't need to see", "no need to see", "don't worry about the cost", "don't worry about the price", "no need to get my", "don't need to ask",
		"don't need to check with", "don't need to run", "don't need to quote", "don't have to ask",
		"don't have to check with", "don't need my approval", "don't need my ok", "don't need my permission",
		"no need for my approval", "needn't ask", "needn't check",
		// Waiving the cost or time, not the work: "never mind the price".
		"never mind {det} cost", "never mind {det} costs", "never mind {det} price", "never mind {det} expense",
		"never mind {det} hours", "never mind {det} time", "never mind {det} fee", "never mind {det} budget",
		"never mind what it costs", "never mind how long", "never mind how much", "needing anything else",
		// The waived step's time is no condition on the work (before the
		// shorter wordings, so that the longer match is read).
		"no need to {consult} {me} before you start", "no need to {consult} {me} before you begin",
		"no need to {consult} {me} before you go ahead", "don't bother {consult} {me} before you start",
		"don't need to {consult} {me} before you start", "no need to {consult} with {me} before you start",
		// Any way of checking back: "no need to ring me first", "don't
		// bother calling us before you start", "no need to run the draft
		// past me".
		"no need to {consult} {me}", "don't need to {consult} {me}", "don't have to {consult} {me}",
		"don't bother {consult} {me}", "no need to {consult} with {me}", "don't bother {consult} with {me}",
		"no need to {consult} it past {me}", "no need to {consult} it by {me}", "don't bother sending {me}",
		"don't bother sending {det} ... first", "no need to send {me}",
		// The same with a particle verb of keeping in touch: "no need to
		// check in with me", "don't bother touching base with us".
		"no need to {consult} in with {me}", "don't need to {consult} in with {me}", "don't have to {consult} in with {me}",
		"don't bother {consult} in with {me}", "needn't {consult} in with {me}", "no need to touch base with {me}",
		"don't need to touch base with {me}", "don't bother touching base with {me}",
	},
	SelfWork: []string{"ourselves", "myself", "in-house", "in house", "internally", "own $",
		// The same in the other languages: "moi-même", "nosotros mismos", "zelf".
		"moi même", "nous mêmes", "nous même", "en interne", "yo mismo", "yo misma", "nosotros mismos",
		"internamente", "io stesso", "io stessa", "noi stessi", "eu mesmo", "eu mesma", "nós mesmos", "selber"},
	WeakDecline: []string{
		"thanks anyway", "thank you anyway", "thanks though",
		// The same said as "all the same": "thank you all the same".
		"thanks all the same", "thank you all the same",
		"thank you though", "maybe next", "doesn't make sense", "does not make sense",
		"more than we can", "too expensive", "too much", "out of time", "run out of", "another time",
		"as it is", "as is", "make do", "too rich", "too steep", "too pricey",
		// The same softened, said for the client: "a bit steep for me
		// right now" (bare "a bit pricey, but go ahead" is a yes).
		"bit steep for me", "bit steep for us", "bit pricey for me", "bit pricey for us", "bit dear for me",
		"bit dear for us", "little steep for me", "little steep for us", "little pricey for me", "little pricey for us",
		// Above what the client had in mind: "that's more than we expected".
		"more than i expected", "more than we expected", "more than i'd expected", "more than we'd expected",
		"more than i was expecting", "more than we were expecting", "more than i thought", "more than we thought",
		"more than i'd hoped", "more than we'd hoped", "more than i hoped", "more than we hoped",
		"more than we budgeted", "more than i budgeted", "more than we'd budgeted", "more than i'd budgeted",
		// The trouble went away: "the fault has cleared itself".
		"sorted itself out", "sorted itself", "resolved itself", "fixed itself", "solved itself", "cleared itself",
		"no longer an issue", "no longer a problem", "i'm afraid", "im afraid", "afraid not", "can wait", "have to wait", "will wait", "leave {det} ... for now",
		"leave {det} ... out", "leave out",
		// Someone of the client's own does it instead: "we'll get our own
		// accountant to deal with it", "I'll use my own surveyor".
		"get our own {provider}", "use our own {provider}", "ask our own {provider}", "go to our own {provider}",
		"get my own {provider}", "use my own {provider}", "ask my own {provider}", "go to my own {provider}",
	},
	Contact: []string{
		"get back to you", "come back to you", "let you know", "revert", "je reviens vers vous",
		"ich melde mich", "le digo", "te digo", "laat het je", "ti faccio sapere",
		// Taking it away to decide: "leave it with me" (no refusal; see NeutralIdioms).
		"leave it with me", "leave it with us", "leave this with me", "leave this with us",
		// Watching how things turn out, to come back later: "we'll see how the spring goes".
		"we'll see how", "we will see how", "we'll see what", "we will see what", "let's see how", "let's see what",
		"i'll see how", "i'll see what",
	},
	Partial: []string{
		"just the", "only the", "only {det}", "just {det}", "only with", "only for", "just with", "just for",
		"apart from", "but not", "just do", "only do", "start with", "for now", "for the time being",
		"at this stage", "part of", "half of", "some of", "one of", "instead", "rather than", "first part",
		"first half", "phase one", "split it", "split the", "only $",
		// One named part of the work set aside: "leave the payroll part",
		// "drop the blog bit" ("leave the hard part to you" hands it over:
		// a NeutralIdioms phrase takes it first).
		"leave {det} ... part", "leave {det} ... bit", "leave {det} ... side", "leave {det} ... section",
		"drop {det} ... part", "drop {det} ... bit", "drop {det} ... side", "drop {det} ... section",
	},
	Counter: []string{
		"for less", "cheaper", "discount", "discounts", "reduce", "reduced", "lower price", "lower the", "flat fee", "flat rate",
		"flat price", "flat sum", "meet in the middle", "best price", "happy to pay", "willing to pay", "could pay",
		"can pay", "would pay", "knock off", "knock it down", "come down", "bring the cost down", "bring it down",
		"max", "maximum", "up to", "cap it", "capped", "fixed price", "fixed fee", "any flexibility", "flexibility",
		"better price", "better rate", "price match", "don't go over", "do not go over", "not to go over",
		"no more than", "not more than", "don't exceed", "do not exceed", "not to exceed",
	},
	Conditions: []string{
		"if", "unless", "provided", "providing", "as long as", "so long as", "on condition", "assuming",
		"subject to", "otherwise", "once", "before you", "before going", "before starting", "without", "si", "wenn", "falls", "sofern", "mits", "à condition", "pourvu",
		"siempre que", "purché", "desde que",
		// Something the client wants to see before the work: "go ahead,
		// but send me a breakdown first".
		"send me ... first", "send us ... first", "show me ... first", "show us ... first",
		"let me see ... first", "let us see ... first", "give me ... first", "give us ... first",
		// The same, asked for as an answer: "let me know the total first",
		// "can you confirm the hours first?".
		"let me know ... first", "let us know ... first", "tell me ... first", "tell us ... first",
		"confirm ... first",
	},
	Softeners: []string{
		"if possible", "if at all possible", "if need be", "if needed", "if necessary", "if required",
		"if you need", "if you want", "if you like", "if you'd like", "if you wish", "if you prefer",
		"if that helps", "if it helps", "if you have any", "if you can $", "if so desired",
		// A timing wish, softened: "by Friday if you can manage it".
		"if you can manage it", "if you can manage that", "if you can fit it in", "if you can fit us in",
		"if you can fit me in", "if you have time", "if you have the time", "if you get time", "if you get a chance",
		"if that's doable", "if it's doable",
		// The same, clipped as texts are: "by the 10th if poss".
		"if poss", "if at all poss", "if u can $", "if u need", "if u want", "if u like", "if u have time",
		"if u get time", "if u get a chance", "if u can fit it in",
		// A request framed as a wish: "we'd be grateful if you could
		// proceed" asks; the "if" sets no condition.
		"grateful if you could", "grateful if you would", "grateful if you can", "appreciate it if you could",
		"appreciate it if you would", "appreciate it if you can", "appreciate if you could", "obliged if you could",
		"obliged if you would", "thankful if you could", "thankful if you would",
		// The same contracted: "I'd be grateful if you'd draft…".
		"grateful if you'd", "appreciate it if you'd", "obliged if you'd", "thankful if you'd", "glad if you'd",
		// "Otherwise" closing a sentence: "apart from that", no condition.
		"otherwise $",
		// A future need, no condition on this answer: "we'll be in touch if we need it".
		"if we need", "if i need", "if that works for you", "if that suits", "if it suits",
		// A day offered for the visit, left to the worker's diary: "Monday
		// suits if you're free then", "I'll drop it off at 9 if that works".
		// Closing the sentence only: "go ahead if you're free before the
		// 3rd" sets a date.
		"if you're free $", "if you are free $", "if you're free then $", "if you are free then $",
		"if you're available $", "if you are available $", "if that works $", "if that works then $",
		"if that's convenient $", "if that is convenient $",
		// Getting in for whoever does the job is help offered, no condition:
		// "the porter has a key if the surveyor needs access".
		"if {det} ... needs access", "if {det} ... need access", "if {det} ... needs to get in",
		"if {det} ... need to get in", "if anyone needs access", "if anyone needs to get in",
		"if someone needs access", "if somebody needs access", "if they need access", "if he needs access",
		"if she needs access", "if they need to get in",
		"once again", "at once", "once more", "for once", "without delay", "without fail", "without question",
		"si possible", "si es posible", "wenn möglich", "se possibile",
	},
	Negators: []string{
		"not", "no", "never", "don't", "dont", "doesn't", "didn't", "won't", "wont", "can't", "cant",
		"cannot", "shouldn't", "wouldn't", "isn't", "aren't", "haven't", "hasn't", "nor", "neither", "without",
		"couldn't", "wasn't", "weren't", "hadn't", "mustn't", "hardly",
		"pas", "jamais", "nunca", "nicht", "kein", "keine", "non", "niet", "geen", "não", "nem",
	},
	Modals: []string{"maybe", "perhaps", "possibly", "might", "probably", "peut-être", "quizás", "vielleicht", "forse", "misschien", "talvez"},
	// A sentence of only one of these (and thanks) is a yes or a no;
	// "Accepted.", "Sold!", "Go!" and "Pass." are said alone.
	BareYes: []string{"yes", "yep", "yeah", "yup", "yea", "yeh", "sure", "certainly", "absolutely", "definitely",
		"accepted", "confirmed", "sold", "go", "oui", "sí", "sì", "ja", "sim"},
	BareNo:      []string{"no", "nope", "nah", "na", "pass", "non", "nein", "nee", "não"},
	CancelVerbs: []string{"cancel", "close", "drop", "scrap", "withdraw", "abandon", "stop", "shelve", "forget"},
	Commission: []string{
		"do", "add", "set", "book", "start", "begin", "prepare", "file", "fix", "order", "print", "make", "run",
		"schedule", "draft", "handle", "sort", "update", "include", "redo", "process", "arrange",
	},
	Anaphora: []string{"it", "them", "both", "all", "those", "these", "everything", "that", "this"},
	NewWork: []string{
		"also", "as well", "too", "another", "additionally", "in addition", "separately", "separate",
		"while you're at it", "whilst you're at it", "while you're in there", "whilst you're in there",
		"while you're on it", "one more thing", "something else", "aussi", "également", "también", "además",
		"auch", "zusätzlich", "anche", "ook", "também",
	},
	GoAheadOffers: []string{
		"shall i go ahead", "shall we go ahead", "should i go ahead", "should we go ahead", "shall i proceed",
		"shall we proceed", "should i proceed", "should we proceed", "shall i start", "shall we start",
		"shall i get started", "can i go ahead", "may i proceed", "like me to go ahead", "like us to go ahead",
		"like me to proceed", "like us to proceed", "like me to start", "like us to start", "want me to go ahead",
		"want us to go ahead", "want me to proceed", "want me to start", "want us to start", "if i should go ahead",
		"whether i should go ahead", "whether to go ahead", "whether you'd like me to", "give me the go-ahead",
		"give us the go-ahead", "reply go ahead", "as soon as you confirm", "once you confirm", "approve the quote", "approve this quote", "accept the quote",
		"accept this quote", "confirm and i'll start", "confirm and we'll start", "on your go-ahead",
		"voulez-vous que je", "souhaitez-vous que je", "quiere que empiece", "quieres que empiece",
		"soll ich beginnen", "soll ich anfangen", "soll ich loslegen", "vuole che proceda", "wil je dat ik",
	},
	StartQuestions: []string{
		"when can you start", "when could you start", "when can you begin", "when could you begin",
		"when would you start", "when will you start", "how soon can you start", "how soon could you start",
		"when can you get started", "when could you get started", "how soon can you get started",
		"when can you get going", "how soon could you have it done", "how soon can you have it done",
		"when would it be ready", "when will it be ready", "when could you have it done",
		"when can you have it done", "when will you be able to", "when would you be able to", "when can you fit",
		"when could you fit", "when can you do it", "when could you do it", "when will you do it",
		// The firm's worker named by a pronoun ("When could she have it
		// done by?") or texting's "u": the same go-ahead taken for granted.
		"when could {worker} have it done", "when can {worker} have it done", "when would {worker} have it done",
		"when could {worker} have it ready", "when can {worker} have it ready", "when can {worker} start",
		"when could {worker} start", "how soon could {worker} start", "how soon can {worker} start",
		// When the client will see or get the work (reply_receipt_question.go).
		"when {askmodal} {clientsubj} {receiveverb} {workobj}", "how soon {askmodal} {clientsubj} {receiveverb} {workobj}",
	},
	Contrast:     []string{"but", "however", "although", "though", "except", "whereas", "aber", "mais", "pero", "ma", "maar", "mas"},
	SelfSubjects: []string{"i", "we", "i'll", "we'll", "i'm", "we're", "i've", "we've", "i'd", "we'd", "let's"},
	SelfWorkVerbs: []string{"have", "got", "try", "trying", "attempt", "give", "do", "doing", "handle", "handling", "manage", "managing", "keep", "keeping", "sort", "sorting", "take", "taking", "deal", "dealing", "tackle", "tackling", "bring", "bringing", "look",
		"put", "putting", "write", "writing", "draft", "drafting", "prepare", "preparing", "fix", "fixing", "file",
		"filing", "set", "setting", "build", "building", "work", "working", "figure", "figuring",
		// Getting by without the firm: "I'll muddle through myself", "we'll soldier on ourselves".
		"muddle", "muddling", "struggle", "struggling", "soldier", "soldiering", "plod", "plodding", "wing", "winging",
		"battle", "battling", "cope", "coping",
		// Filing the paperwork oneself: "I'll reapply myself", "we'll submit it ourselves".
		"apply", "applying", "reapply", "reapplying", "submit", "submitting", "resubmit", "resubmitting", "lodge", "lodging",
		"complete", "completing", "fill", "filling",
		// A trade's own job done by the client: "we'll carry out the
		// repairs ourselves", "I'll clear the drain myself", "we're going
		// to repaint it ourselves".
		"carry", "carrying", "install", "installing", "replace", "replacing", "repair", "repairing", "mend", "mending",
		"clean", "cleaning", "clear", "clearing", "paint", "painting", "repaint", "repainting", "fit", "fitting",
		"service", "servicing", "inspect", "inspecting"},
	ThirdParties: []string{
		"brother", "sister", "brother in law", "sister in law", "son", "daughter", "son in law", "daughter in law",
		"wife", "husband", "dad", "mum", "mom", "father", "mother", "uncle", "aunt", "nephew", "niece", "cousin",
		"friend", "neighbour", "neighbor", "colleague", "partner", "business partner", "boyfriend", "girlfriend",
		"manager", "office manager", "bookkeeper", "accountant", "secretary", "clerk", "intern", "receptionist",
		"assistant", "admin", "team", "staff", "it guy", "it person", "developer", "someone", "somebody",
		"junior", "apprentice", "trainee", "handyman", "caretaker",
		// Another trade or supplier offered the job: "the supplier has
		// offered to do it for free".
		"supplier", "contractor", "subcontractor", "installer", "manufacturer", "builder", "landlord", "vendor",
		"electrician", "plumber", "surveyor", "engineer", "consultant", "architect", "solicitor", "lawyer",
	},
	ThirdPronouns:       []string{"he", "she", "they"},
	ThirdFuturePronouns: []string{"he'll", "she'll", "they'll", "he's", "she's", "they're"},
	DoerAux: []string{
		"will", "would", "shall", "can", "could", "is", "are", "going", "to", "has", "have", "offered", "want", "wants",
		"be", "able", "also", "just", "kindly", "happy", "said", "says", "probably", "agreed", "volunteered", "promised",
	},
	DoerFuture: []string{"will", "would", "shall", "can", "could", "going", "offered", "want", "wants", "able", "happy", "said", "says",
		// A promise made: "my accountant has agreed to do it".
		"agreed", "volunteered", "promised"},
	SecondPerson:       []string{"you", "your", "yours", "you're", "you'll", "u"},
	DoerVerbs:          []string{"take", "get", "do", "handle", "sort", "start", "begin", "make"},
	LeadIns:            []string{"please", "pls", "plz", "then", "so", "ok", "okay", "yes", "just", "kindly", "actually", "let's"},
	Retractions:        []string{"scrap", "ditch", "shelve", "drop", "forget", "bin", "abandon", "axe", "nix", "park"},
	NotQuestionOpeners: []string{"any", "anything", "anyone"},
	Relatives:          []string{"who", "which", "who'll", "who'd", "who's"},
	BareNoFollowers:    []string{"to", "thanks", "thank", "ta", "thx", "cheers"},
	ChosenObjects:      []string{"you", "your", "yours", "it", "this", "that"},
	Apostropheless: []string{
		"cant=can't", "dont=don't", "wont=won't", "didnt=didn't", "doesnt=doesn't", "isnt=isn't", "arent=aren't",
		"wouldnt=wouldn't", "shouldnt=shouldn't", "havent=haven't", "hasnt=hasn't", "ive=i've",
		"lets=let's", "thats=that's", "abt=about", "tho=though", "theres=there's", "couldnt=couldn't", "wasnt=wasn't", "werent=weren't",
	},
	SlipTolerant:      []string{"ahead", "proceed", "thanks", "necessary"},
	RequestModals:     []string{"could", "can", "would", "will"},
	Counterfactuals:   []string{"would", "i'd", "we'd", "she'd", "he'd", "they'd"},
	WishVerbs:         []string{"like", "love", "want", "prefer", "appreciate"},
	SelfFuture:        []string{"i'll", "we'll"},
	ContrastParticles: []string{"laat maar", "doe maar", "ga maar", "zeg maar", "kom maar", "stuur maar"},
	AskVerbs: []string{"ask", "asking", "get", "getting", "have", "having", "let", "letting", "tell", "telling",
		// Done already: "I've asked my nephew to do it".
		"asked", "got", "told"},
	BillingAsides: []string{
		"invoice it to", "invoice this to", "invoice us", "invoice me", "invoice the company", "invoice our",
		"bill it to", "bill this to", "bill us", "bill me", "bill the company", "bill our",
		"send the invoice to", "address the invoice to", "make the invoice out to", "put the invoice in",
		"send the bill to", "address the bill to", "make the bill out to",
		"invoice in the name", "invoice to", "put it on our account", "quote our po", "put our po",
		"make the po out", "make it out to", "po out to",
		// Another payee of the client's side: "could you invoice head
		// office rather than the site?", "bill the parent company".
		"invoice head office", "bill head office", "invoice {det} head office", "bill {det} head office",
		"invoice {det} parent company", "bill {det} parent company", "invoice {det} trust", "invoice {det} charity",
		// Billed apart from or together with another bill: "can you put
		// it on a separate invoice?", "add it to our monthly invoice".
		"invoice it separately", "invoice this separately", "invoice them separately", "invoice separately",
		"bill it separately", "bill this separately", "bill them separately", "bill separately",
		"separate invoice", "same invoice", "add it to ... invoice", "add this to ... invoice",
		"put it on ... invoice", "put this on ... invoice",
		// How to pay: "can I pay by card?"
		"pay by card", "pay ... by card", "pay by bank transfer", "pay ... by bank transfer", "pay by transfer",
		"pay ... by transfer", "pay by cheque", "pay by check", "pay by direct debit", "pay ... by direct debit",
		"pay online", "pay by paypal",
	},
	Postpone: []string{
		"revisit", "reconsider", "wait", "come back to it", "come back to this", "come back to that", "pick it up again",
		"pick this up again", "pick it back up", "pick this back up", "look at it again", "look at this again",
		"return to it", "return to this", "another look", "think about it again",
	},
	LaterTimes: []string{
		"next year", "next month", "next quarter", "next spring", "next summer", "next autumn", "next fall",
		"next winter", "next season", "new year", "in the new year", "in {month}", "in the spring", "in the summer", "in the autumn",
		"in the fall", "after christmas", "after easter", "after the holidays", "after the summer",
		"later in the year", "later this year", "at a later date", "further down the line", "down the line",
	},
	Overrides: []string{
		"ignore that", "ignore the above", "ignore what i", "ignore me", "scratch that", "scratch the above",
		"disregard that", "disregard the above", "disregard what i", "forget what i", "forget i said",
		"strike that", "second thought", "second thoughts", "having thought about it",
		// The same said with other verbs of dropping, closing their clause
		// ("actually, scrap that - …"; "scrap that old invoice" drops a
		// thing, not the answer).
		"scrap that $", "scrap the above $", "forget the above $", "belay that $", "scrub that $",
	},
	TimingQuestions: []string{
		"how soon could you", "how soon can you", "how soon would you", "when could you come", "when can you come",
		"when would you come", "when could you pop", "when can you pop", "when are you free", "when would suit you",
		"when suits you", "what day suits", "what day works", "what time suits", "which day suits", "which day works",
	},
	StartNeeds: []string{
		"when do you need", "when would you need",
		"need ... before you start", "need ... before you begin", "need ... before you get started",
		"need ... before you can start", "need ... to get started", "need ... to get going",
		"need ... so you can start", "need ... so you can get started", "need ... for you to start",
		"want ... before you start", "require ... before you start", "send ... before you start",
	},
	StartTimes: []string{
		"this week", "next week", "this month", "today", "tomorrow", "{weekday}", "asap", "as soon as",
		"straight away", "right away", "whenever", "when you can", "when suits", "in the new year", "in {month}",
		"before {weekday}", "before {month}", "by {weekday}", "by {month}", "by the end of",
	},
	StartWaits: []string{"until", "till", "til", "before"},
	DeferTimes: []string{
		"{weekday}", "{month}", "next week", "next month", "the new year", "the {ordinal}", "after {det} {ordinal}",
		"after {weekday}", "after {month}", "after the weekend", "after the holidays", "after christmas", "after easter",
		"mid {month}", "the end of the week", "the end of the month", "the end of {month}", "the end of next week",
		"the week after", "the following week", "the {ordinal} of {month}", "{month} {ordinal}",
	},
	WholeObjects:      []string{"it", "them", "all", "everything", "both"},
	AnaphoricSubjects: []string{"that's", "it's", "this", "that", "it", "that'd", "it'd", "that'll", "it'll"},
	TagAux: []string{
		"can", "can't", "could", "couldn't", "is", "isn't", "are", "aren't", "do", "don't", "does", "doesn't", "did",
		"didn't", "will", "won't", "would", "wouldn't", "have", "haven't", "has", "hasn't", "was", "wasn't",
		"should", "shouldn't", "shall",
	},
	TagPronouns: []string{"i", "we", "you", "it", "they", "he", "she", "that", "there"},
	PartObjects: []string{
		"{det} first part", "{det} second part", "{det} last part", "{det} other part", "{det} rest",
		"{det} first half", "{det} second half", "{det} second phase", "{det} second stage", "part two", "phase two",
		"stage two", "{det} optional extras", "{det} optional part",
	},
	Recipients:    []string{"me", "us", "him", "her", "them", "my", "our", "his", "their"},
	AgreeEmoji:    []string{"\U0001F44D", "\U0001F44C", "\u2705", "\u2714"},
	DisagreeEmoji: []string{"\U0001F44E"},
	Interjections: []string{"lol", "haha", "hah", "ha", "oh", "wow", "hmm", "hm", "ah", "erm", "um", "well", "sorry"},
	Disbelief: []string{"are you serious", "are you kidding", "are you joking", "you must be joking", "you must be kidding",
		"is this a joke", "you're kidding", "you're joking", "seriously",
		// British and casual forms: "are you having a laugh?", "are you
		// having me on?", "are you for real?".
		"are you having a laugh", "you're having a laugh", "are you having me on", "you're having me on",
		"are you for real", "you can't be serious", "you cannot be serious"},
	AgreementLinks: []string{"would", "will", "be", "is", "very", "really", "so", "most", "much", "have"},
	AgreementTails: []string{"to", "me", "us", "then", "here", "from", "our", "my", "end", "side", "indeed", "really"},
	Conclusives:    []string{"then"},
	NoticeVerbs: []string{"let me know", "let us know", "give me a shout", "give us a shout", "shout", "check with me",
		"check with us", "ask me", "ask us", "tell me", "tell us", "warn me", "warn us", "keep me posted",
		"keep us posted", "keep me updated", "keep us updated", "keep me informed", "keep us informed",
		"give me a call", "give me a ring", "give me a heads up", "give us a heads up", "flag it", "check in with me",
		"run it past me", "run it by me", "get in touch", "speak to me", "talk to me", "checking with me", "asking me"},
	Overruns: []string{"over", "past", "beyond", "longer", "exceed", "exceeds", "exceeding", "overrun", "overruns",
		"more time", "more hours", "more than that", "more than the", "more than quoted", "more than you quoted",
		"more than you said", "bigger", "more complicated", "more involved", "more work"},
	Concessions:    []string{"in principle", "in theory", "ideally", "on paper"},
	EmphaticYes:    []string{"absolutely", "definitely", "certainly", "totally", "indeed", "certo", "claro", "klar", "bien sûr"},
	PerfectAux:     []string{"i've", "we've", "have", "has", "had", "they've", "she's", "he's", "ive"},
	PerfectAdverbs: []string{"already", "just", "now", "since", "also", "both"},
	OtherMatters: []string{"while i have you", "while i've got you", "whilst i have you", "whilst i've got you",
		"on another note", "on a different note", "on a separate note", "on an unrelated note",
		"unrelated", "different subject", "another matter", "separate matter", "on another matter",
		"changing the subject", "change of subject", "different question", "totally separate", "completely separate",
		"by the way", "btw", "on a side note", "as an aside", "side note"},
	Reopeners: []string{"discuss", "talk", "chat", "call", "meet", "meeting", "reconsider", "alternative",
		"alternatives", "option", "options", "later", "next", "future", "again", "still", "another", "different",
		"discuter", "besprechen", "hablar", "bespreken", "discutere", "conversar", "autre", "andere", "otra", "otro",
		"altra", "altro", "outra", "outro", "plus tard", "später", "más tarde", "più tardi", "mais tarde"},
	Replacements: []string{"instead"},
	DeclineTails: []string{"it", "this", "that", "them", "one", "now", "right", "for", "at", "moment", "time", "being",
		"year", "month", "week", "stage", "point", "yet", "sorry", "thanks", "thank", "you", "though", "unfortunately",
		"i'm", "afraid", "really", "either", "anyway", "i", "think", "then", "all", "same"},
	Particles: []string{"off", "in", "round", "around", "over", "by", "out", "up", "down", "back", "outside"},
	StartIdioms: []string{"you're on", "you are on", "off you go", "have at it", "be my guest",
		"you've got a deal", "you've got yourself a deal", "you have a deal", "you have yourself a deal", "get stuck in"},
	StartVerbs:  []string{"start", "begin", "commence"},
	StartPreps:  []string{"on", "from", "at"},
	WishOpeners: []string{"if"},
	WishComparatives: []string{"even better", "all the better", "better still", "so much the better", "a bonus",
		"an added bonus", "a plus"},
	RefusalIdioms: []string{"can't say no", "cannot say no", "couldn't say no", "wouldn't say no", "would not say no", "can hardly say no", "could hardly say no",
		"hard to say no", "difficult to say no", "impossible to say no", "can't refuse", "cannot refuse", "couldn't refuse",
		"can hardly refuse", "hard to refuse", "can't turn down", "cannot turn down", "couldn't turn down", "can't turn it down",
		"can't turn that down", "can't turn this down", "couldn't turn it down", "couldn't turn that down", "hard to turn down",
		"can't argue with", "cannot argue with", "couldn't argue with", "can hardly argue with", "hard to argue with"},
	OfferNouns:        []string{"offer", "price", "deal", "rate", "fee", "terms", "proposal", "plan"},
	RefusalGlue:       []string{"honestly", "really", "frankly", "simply", "truly", "like", "very"},
	OpeningWords:      []string{"first", "initial", "opening"},
	Consequences:      []string{"so", "therefore", "hence"},
	ClosingThanks:     []string{"thanks", "thank", "ta", "thx", "tx", "tks", "cheers"},
	ClosingThanksTail: []string{"you", "u", "a", "lot", "mate", "again", "anyway", "though", "so", "much"},
	Receipts: []string{"i got", "i've got", "we got", "we've got", "i have got", "we have got", "got it", "got them",
		"got your", "got {det}", "received", "i received", "i've received", "we received", "we've received",
		"i have received", "we have received", "it arrived", "it's arrived", "it has arrived", "they arrived",
		"{det} ... arrived", "{det} ... has arrived", "{det} ... came through", "it came through", "they came through",
		"i've seen it", "i saw it", "seen it"},
	Understood: []string{"that answers", "answers my question", "answers our question", "answers it", "that's clear",
		"that is clear", "all clear", "that helps", "that's helpful", "that is helpful", "very helpful", "really helpful",
		"makes sense", "that makes sense", "that.s what i needed", "that's what we needed", "that's all i needed", "that's all we needed",
		"all i needed to know", "all we needed to know", "good to know", "that explains it", "that explains"},
	PaidVerbs:        []string{"paid", "transferred", "wired", "sent", "deposited", "settled"},
	HandOnVerbs:      []string{"pass"},
	HandOnDirections: []string{"to", "on", "over", "along", "onto"},
	PartSelectors:    []string{"only", "just", "part", "half", "first", "phase", "apart", "some"},
	WholeNouns:       []string{"whole", "entire", "lot", "thing", "job", "work", "idea", "quote", "estimate", "project"},
	CurrencyWords:    []string{"k", "eur", "euro", "euros", "usd", "dollar", "dollars", "bucks", "pound", "pounds", "quid", "gbp", "chf", "franc", "francs"},
	LimitWords:       []string{"for", "to", "at most", "max", "maximum", "only", "up to", "no more than", "under", "below", "within", "less than"},
	TrailingLimitWords: []string{"only", "max", "maximum", "tops", "at most", "at the most", "or less",
		"and no more", "and not more"},
	NumberWords: []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "ten", "a few", "a couple of"},
	HourUnits:   []string{"hours", "hour", "hrs", "hr", "h"},
	CountingWords: []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve"},
	Courtesies: []string{"please", "pls", "plz", "thanks", "thank", "you", "thx", "ta", "cheers", "bitte", "gerne", "graag", "volontiers", "favor", "merci", "danke", "gracias", "grazie", "obrigado", "obrigada", "bedankt",
		"por", "s'il", "vous", "te", "plaît", "per", "favore", "alsjeblieft", "alstublieft"},
	PriceWords: []string{
		"cost", "costs", "price", "prices", "priced", "fee", "fees", "rate", "rates", "charge", "charged", "include",
		"includes", "included", "including", "cover", "covers", "covered", "extra", "on top", "instead", "discount",
		"cheaper", "less", "split", "just", "only", "hours", "hour", "total", "vat", "budget", "how much", "flat",
		"quote", "estimate", "pay", "paying", "worth", "part", "half",
	},
}
