package lang

// stopWords are, per language, the short words that fill every sentence of
// business mail (articles, pronouns, prepositions, auxiliaries, modal
// verbs, question words) and the words of greetings, thanks and sign-offs.
// A word in one list only counts double; a word in several lists counts
// for each of them (see buildTable), so overlaps need no special care.
// Lower case; elided forms keep their apostrophe ("l'", "qu'").
var stopWords = [nLang]string{
	en: `the a an and or but if so of to in on at by for from with about as into over
		i you he she we they it me him her us them my your his its our their this that these those
		is are was were be been being am have has had do does did done will would shall should can could may might must
		not no yes don't doesn't didn't isn't aren't wasn't can't couldn't won't wouldn't shouldn't haven't hasn't
		i'm i've i'd i'll it's that's there's we're we've we'd we'll you're you've you'd let's what's
		what which who whom whose when where why how there here
		please thanks thank hi hello dear regards best cheers kind sincerely
		just also any some all each every both either more most much many
		need want like know let get send could see think hope sure good great ahead go sounds soon attached
		than then too very well still yet already again next last`,
	de: `der die das den dem des ein eine einen einem einer eines und oder aber wenn weil dass ob als wie
		ich du er sie es wir ihr mich mir dich dir ihn ihm uns euch ihnen sich mein meine meinen meinem meiner
		dein deine sein seine unser unsere unseren euer ihre ihren ihrem ihrer
		ist sind war waren bin bist sein gewesen habe hast hat haben hatte hatten wird werden wurde wurden würde würden
		kann können könnte könnten muss müssen musste soll sollen sollte sollten darf dürfen möchte möchten will wollen
		nicht kein keine keinen noch schon auch nur sehr mehr viel viele bitte danke dank vielen herzlichen
		mit für von zu zum zur bei nach aus auf über unter vor hinter neben zwischen durch gegen ohne um im am ins vom beim
		was wer wen wem wann wo warum wieso weshalb welche welcher welches wie
		hallo liebe lieber guten morgen tag abend sehr geehrte geehrter geehrten grüße grüßen gruß freundlichen beste besten
		dies diese dieser dieses diesen jetzt heute morgen gestern hier dort da dann denn doch also ja nein
		gerne gern mal einmal bereits leider`,
	fr: `le la les l' un une des du de d' au aux et ou mais si donc car que qu' qui quoi dont où
		je j' tu il elle on nous vous ils elles me m' te t' se s' moi toi lui leur leurs eux
		mon ma mes ton ta tes son sa ses notre nos votre vos
		est sont était étaient être été suis es sommes êtes ai as avons avez ont avait avoir
		fait faire peut pouvez pourriez pourrais pouvons puis dois doit devez devrais voudrais voudrions souhaite souhaiterais
		ne n' pas plus rien jamais aussi très bien encore déjà toujours peu beaucoup
		ce c' cet cette ces ceci cela ça
		pour par avec sans sur sous dans chez entre vers depuis pendant avant après
		quel quelle quels quelles comment quand pourquoi combien lequel laquelle
		bonjour bonsoir madame monsieur cher chère merci cordialement salutations bonne journée plaît s'il
		oui non voici voilà
		jusqu' lorsqu' puisqu'`,
	es: `el la los las lo un una unos unas y o pero si que de del al a en con por para sin sobre entre hasta desde
		yo tú él ella usted nosotros nosotras vosotros ellos ellas ustedes me te se nos le les mí
		mi mis tu tus su sus nuestro nuestra nuestros nuestras
		es son era eran ser sido soy estoy está están estamos estaba he ha han hemos había haber hay
		puede pueden podría podrían puedo podemos quiero quisiera queremos necesito necesitamos tengo tiene tenemos debo debe
		no sí muy más también ya todavía aún solo muchas mucho poco bien
		este esta estos estas ese esa esos esas eso esto
		qué cuál cuáles quién cuándo dónde cómo cuánto cuánta cuántos cuántas porque por qué
		hola buenos buenas días tardes estimado estimada estimados gracias saludos atentamente cordialmente favor
		cuando como donde`,
	nl: `de het een en of maar als dat dan die dit deze wat wie waar wanneer hoe welke waarom hoeveel
		ik jij je u hij zij ze wij we jullie mij me hem haar ons hun hen
		mijn jouw uw zijn onze ons hun
		is zijn was waren ben bent heb hebt heeft hebben had wordt worden werd zal zullen zou zouden
		kan kun kunt kunnen kon konden moet moeten mag mogen wil wilt willen
		niet geen nog al ook wel erg heel veel meer even graag alvast
		van voor met op aan in uit bij naar om tot over door onder tussen zonder tegen
		er hier daar nu vandaag morgen gisteren
		hallo beste geachte goedemorgen goedemiddag bedankt dank groet groeten vriendelijke hartelijke
		ja nee alstublieft alsjeblieft`,
	it: `il lo la i gli le un uno una un' l' e ed o ma se che di del dello della dei degli delle da dal dalla dai
		a al allo alla ai agli alle in nel nello nella nei nelle su sul sulla con per tra fra
		dell' all' dall' nell' sull'
		io tu lui lei noi voi loro mi ti ci vi si ne
		mio mia miei mie tuo tua suo sua nostro nostra nostri vostro vostra
		è sono era erano essere stato stata sia ho hai ha abbiamo avete hanno avere
		può possono potrebbe potreste potrei posso possiamo vorrei vorremmo devo deve dobbiamo
		non sì più anche già ancora molto poco bene solo
		questo questa questi queste quello quella quelli quest' quell' c'
		cosa chi quale quali quando dove come perché quanto quanta quanti quante
		buongiorno buonasera ciao gentile gentili egregio grazie saluti cordiali distinti prego`,
	pt: `o a os as um uma uns umas e ou mas se que de do da dos das ao aos à às em no na nos nas
		com por para pelo pela pelos pelas sem sobre entre até desde
		eu tu ele ela você vocês nós eles elas me te se lhe lhes
		meu minha meus minhas seu sua seus suas nosso nossa nossos nossas
		é são era eram ser sido sou estou está estão estamos estava tenho tem temos tinha ter há
		pode podem poderia poderiam posso podemos quero queria gostaria preciso precisamos devo deve
		não sim muito muita mais também já ainda só bem
		este esta estes estas esse essa esses essas isso isto aquele aquela
		qual quais quem quando onde como quanto quanta quantos quantas porque
		olá bom dia boa tarde prezado prezada prezados caro cara obrigado obrigada obrigados cumprimentos atenciosamente abraço
		favor`,
	sv: `och att det som en ett den är var har hade inte jag du han hon vi ni de mig dig oss er
		för på med till från om av vad när var hur vilken vilka varför
		kan kunde ska skulle vill måste tack hej hälsningar vänliga mvh`,
	da: `og at det som en et den er var har havde ikke jeg du han hun vi i de mig dig os jer
		for på med til fra om af hvad hvornår hvor hvordan hvilken hvilke hvorfor
		kan kunne skal skulle vil må tak hej hilsen venlig venlige mvh`,
	nb: `og at det som en et den er var har hadde ikke jeg du han hun vi dere de meg deg oss
		for på med til fra om av hva når hvor hvordan hvilken hvilke hvorfor
		kan kunne skal skulle vil må takk hei hilsen vennlig mvh`,
	pl: `i w z na się nie to jest są był była że do jak co dla czy od po przez przy o
		ja ty on ona my wy oni mnie mi nam was mój moja nasz pan pani państwo
		proszę dziękuję dzień dobry pozdrawiam pozdrowienia szanowny szanowna czy mogę może można`,
	vi: `là của và có không được cho tôi bạn anh chị em này với các những một trong
		cảm ơn xin chào vui lòng gửi khi nào bao nhiêu gì sao`,
}
