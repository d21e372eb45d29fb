package triage

// The words mail programs put around quoted history, per language: the
// data Isolate reads. Everything is lower case; lines are lower-cased
// before they are matched. Table tests in isolate_tables_test.go.

// attributionStarts open "On <date>, <name> wrote:" and its translations.
var attributionStarts = []string{
	"on ", "the ", // en
	"am ",         // de
	"le ",         // fr
	"el ",         // es
	"op ",         // nl
	"il ",         // it
	"em ",         // pt
	"den ", "på ", // sv, da, no
	"w dniu ", "dnia ", // pl
	"vào ", // vi
}

// attributionVerbs end an attribution ("… wrote:"), or sit in it after the
// name ("Am … schrieb Name:").
var attributionVerbs = []string{
	"wrote", "writes", // en
	"schrieb", "geschrieben", // de
	"a écrit", "écrit", // fr
	"escribió", "escribio", // es
	"schreef", "geschreven", // nl
	"ha scritto", "scrisse", // it
	"escreveu",                       // pt
	"skrev",                          // sv, da, no
	"kirjoitti",                      // fi
	"napisał", "napisała", "napisal", // pl
	"написал", "написала", "пишет", // ru
	"đã viết",                     // vi
	"のメッセージ", "さんは書きました", "書きました", // ja
	"写道", // zh
}

// attributionVerbSet and historyMarkerSet find the two lists in a line in
// one pass: every line of a message is tested against them.
var (
	attributionVerbSet = newNeedleSet(attributionVerbs)
	historyMarkerSet   = newNeedleSet(historyMarkers)
)

// historyMarkers open an original or forwarded message ("-----Original
// Message-----", "---------- Forwarded message ---------").
var historyMarkers = []string{
	"original message", "reply message", "forwarded message", "begin forwarded message", "forwarded by", // en
	"ursprüngliche nachricht", "original-nachricht", "antwort nachricht", "weitergeleitete nachricht",
	"anfang der weitergeleiteten",                                                                         // de
	"message d'origine", "message original", "message transféré", "message réexpédié", "début du message", // fr
	"mensaje original", "mensaje reenviado", "inicio del mensaje", // es
	"messaggio originale", "messaggio inoltrato", // it
	"mensagem original", "mensagem encaminhada", // pt
	"oorspronkelijk bericht", "origineel bericht", "doorgestuurd bericht", // nl
	"oprindelig meddelelse", "videresendt meddelelse", "videresendt besked", // da
	"opprinnelig melding", "videresendt melding", // no
	"ursprungligt meddelande", "vidarebefordrat meddelande", // sv
	"alkuperäinen viesti", "välitetty viesti", // fi
	"wiadomość oryginalna", "oryginalna wiadomość", "przekazana wiadomość", // pl
	"исходное сообщение", "пересылаемое сообщение", "пересланное сообщение", // ru
	"元のメッセージ", "転送メッセージ", // ja
}

// Header fields of the "From: … Sent: … To: … Subject: …" block mail
// programs write above a quoted or forwarded message, by what they name.
const (
	hdrFrom = iota + 1
	hdrDate
	hdrTo
	hdrSubject
	hdrCc
)

var headerFieldKinds = map[string]int{
	// en
	"from": hdrFrom, "sent": hdrDate, "date": hdrDate, "to": hdrTo, "subject": hdrSubject, "cc": hdrCc, "reply-to": hdrCc,
	// de
	"von": hdrFrom, "gesendet": hdrDate, "datum": hdrDate, "an": hdrTo, "betreff": hdrSubject, "kopie": hdrCc,
	// fr
	"de": hdrFrom, "envoyé": hdrDate, "envoyé le": hdrDate, "à": hdrTo, "objet": hdrSubject, "copie": hdrCc,
	// es, pt
	"enviado": hdrDate, "enviada": hdrDate, "fecha": hdrDate, "para": hdrTo, "asunto": hdrSubject, "assunto": hdrSubject,
	// it
	"da": hdrFrom, "inviato": hdrDate, "data": hdrDate, "a": hdrTo, "oggetto": hdrSubject,
	// nl
	"van": hdrFrom, "verzonden": hdrDate, "aan": hdrTo, "onderwerp": hdrSubject,
	// da, no
	"fra": hdrFrom, "sendt": hdrDate, "til": hdrTo, "emne": hdrSubject,
	// sv
	"från": hdrFrom, "skickat": hdrDate, "till": hdrTo, "ämne": hdrSubject, "kopia": hdrCc,
	// fi
	"lähettäjä": hdrFrom, "lähetetty": hdrDate, "vastaanottaja": hdrTo, "aihe": hdrSubject,
	// pl
	"od": hdrFrom, "wysłano": hdrDate, "do": hdrTo, "temat": hdrSubject, "dw": hdrCc,
	// ru
	"от": hdrFrom, "от кого": hdrFrom, "отправлено": hdrDate, "дата": hdrDate, "кому": hdrTo, "тема": hdrSubject, "копия": hdrCc,
	// ja
	"差出人": hdrFrom, "送信日時": hdrDate, "日付": hdrDate, "宛先": hdrTo, "件名": hdrSubject,
}

// mobileSignatures start the one-line signatures phones and webmail add.
var mobileSignatures = []string{
	"sent from my", "sent from yahoo", "sent from mail for", "sent from outlook", "sent from gmail", "sent from samsung",
	"sent from mailbox", "sent from acompli", "sent from blackberry", "sent from the all new aol",
	"sent via", "sent with", "sent using", "get outlook for", // en
	"von meinem", "gesendet von", "gesendet mit", // de
	"envoyé de mon", "envoyé depuis", "envoyé à partir de", "obtenir outlook pour", // fr
	"enviado desde", "enviado con", "obtener outlook para", // es
	"enviado do meu", "enviado de meu", "enviado via", "baixe o outlook", // pt
	"inviato da", "inviato dal mio", "scarica outlook per", // it
	"verzonden vanaf", "verstuurd vanaf", "verzonden met", "outlook voor ios", "outlook voor android", // nl
	"sendt fra min", "sendt fra", "hent outlook til", // da, no
	"skickat från", "hämta outlook för", // sv
	"lähetetty",              // fi
	"wysłane z", "wysłano z", // pl
	"отправлено с", "отправлено из", // ru
}

// listFooters start the paragraphs mailing lists and groups append.
var listFooters = []string{
	"to unsubscribe", "you received this message because you are subscribed",
	"you are receiving this because", "reply to this email directly", "view it on github",
	"mailing list", "unsubscribe:", "abmelden:", "pour vous désabonner", "para cancelar la suscripción",
}

// signOffLines are closing words of the languages the lexicon's English
// sign-offs do not cover; a line that starts with one and is short ends
// the new text like "Thanks,".
var signOffLines = []string{
	"regards", "best regards", "kind regards", "cheers", // en
	"mit freundlichen grüßen", "mit freundlichen grüssen", "viele grüße", "beste grüße", "liebe grüße", "grüße", "gruß", "lg", "mfg", // de
	"cordialement", "bien cordialement", "bien à vous", "salutations", "amitiés", // fr
	"saludos", "un saludo", "atentamente", "cordiales saludos", // es
	"cordiali saluti", "distinti saluti", "saluti", // it
	"atenciosamente", "abraços", "cumprimentos", // pt
	"met vriendelijke groet", "vriendelijke groet", "groeten", "groet", "mvg", // nl
	"med venlig hilsen", "venlig hilsen", "venlige hilsner", "hilsen", "mvh", "kh", "kærlig hilsen", // da, no
	"med vennlig hilsen", "vennlig hilsen", // no
	"med vänlig hälsning", "vänliga hälsningar", "vänlig hälsning", "hälsningar", // sv
	"ystävällisin terveisin", "terveisin", // fi
	"pozdrawiam", "z poważaniem", "z powazaniem", "pozdrowienia", // pl
	"с уважением", "всего доброго", // ru
	"よろしくお願いいたします", "よろしくお願いします", // ja
	"trân trọng", // vi
}

// Calendar invitations (invite.go).

// inviteStrongMarkers are lines only invitations carry; two of them mark
// a text as an invitation even without a text/calendar part (a forwarded
// invite, a client that sends the rendering alone).
var inviteStrongMarkers = []string{
	"join microsoft teams meeting", "microsoft teams meeting", "click here to join the meeting",
	"join with google meet", "invitation from google calendar", "you have been invited to the following event",
	"accept tentative decline", "accept | tentative | decline", "begin:vcalendar", "forwarding this invitation could allow",
	"join zoom meeting", "you are receiving this courtesy email",
}

// inviteLines start the boilerplate lines of an invitation: join links,
// dial-in numbers, RSVP buttons and the calendar's footer.
var inviteLines = []string{
	"join microsoft teams meeting", "microsoft teams meeting", "microsoft teams need help", "join on your computer",
	"click here to join the meeting", "meeting id:", "passcode:", "conference id:", "meeting options", "learn more about teams",
	"download teams", "join on the web", "local numbers", "reset pin", "join by phone", "join with google meet",
	"more phone numbers", "join zoom meeting", "one tap mobile", "dial by your location", "find your local number",
	"reply for ", "view all guest info", "more options", "invitation from google calendar", "accept tentative decline",
	"accept | tentative | decline", "going (", "going?", "will you attend", "rsvp", "yes - maybe - no", "yes | no | maybe",
	"you have been invited to the following event", "event details:", "need help?", "view event in google calendar",
	"learn more", "for organizers:", "pin:",
}

// inviteFooters open the footer of a calendar's message: the rest is the
// calendar's, not the sender's.
var inviteFooters = []string{
	"invitation from google calendar", "you are receiving this courtesy email", "you are receiving this email because you are an attendee",
	"forwarding this invitation could allow", "to stop receiving future updates for this event",
}

// inviteLinkHosts are meeting links; a line holding one is a join line.
var inviteLinkHosts = []string{"teams.microsoft.com/", "meet.google.com/", "zoom.us/j/", "aka.ms/jointeamsmeeting", "calendar.google.com/", "google.com/calendar/"}
