package triage

// Legal footers in other languages. A paragraph is a footer when at least
// two of these (or of words.go's Disclaimers) occur in it (isDisclaimer):
// so each phrase names one of the footer's formulaic parts (the message is
// confidential, you are not the addressee, it reached you in error, tell
// the sender, delete it, passing it on is forbidden), never a word that an
// ordinary paragraph about a parcel's sender or a wrong invoice would hold
// twice. None repeats a word of words.go's list ("confidencial",
// "vertraulich"): one word must not count as two parts.
func init() {
	for lang, words := range map[string][]string{
		"de": {"vertrauliche", "vertraulichen", "nicht der ... adressat", "nicht der ... empfänger",
			"nicht die ... empfängerin", "irrtümlich erhalten", "irrtümlich zugegangen", "fälschlicherweise erhalten",
			"informieren sie ... den absender", "benachrichtigen sie ... den absender", "vernichten sie", "löschen sie diese",
			"unbefugte", "nicht gestattet"},
		"fr": {"confidentielle", "confidentielles", "confidentiels", "pas le destinataire", "pas la destinataire",
			"destinataire prévu", "message par erreur", "courriel par erreur", "mail par erreur", "avertir ... expéditeur",
			"informer ... expéditeur", "prévenir ... expéditeur", "détruire ce", "supprimer ce message", "strictement interdite",
			"toute diffusion"},
		"es": {"confidenciales", "no es el destinatario", "no es usted el destinatario", "destinatario indicado",
			"mensaje por error", "correo por error", "notifique al remitente", "informe al remitente", "avise al remitente",
			"comunique al remitente", "elimínelo", "destrúyalo", "bórrelo", "queda prohibida", "queda prohibido",
			"estrictamente prohibida"},
		"nl": {"vertrouwelijk", "vertrouwelijke", "niet de geadresseerde", "niet de beoogde ontvanger", "per abuis ontvangen",
			"ten onrechte ontvangen", "de afzender te", "bericht te verwijderen", "niet toegestaan"},
		"it": {"informazioni riservate", "sono riservate", "uso esclusivo", "pervenuto per errore", "ricevuto per errore",
			"darne comunicazione", "eliminarlo", "cancellarlo", "non è il destinatario", "non siete i destinatari",
			"severamente proibit*"},
		"pt": {"confidenciais", "não é o destinatário", "não for o destinatário", "destinatário pretendido",
			"mensagem por engano", "recebeu por engano", "notifique o remetente", "informe o remetente", "avise o remetente",
			"elimine esta", "apague esta", "estritamente proibid*"},
	} {
		registerLexicon(lang, Lexicon{Words: Words{Disclaimers: words}})
	}
}
