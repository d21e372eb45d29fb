package triage

import "strings"

// ackWords make up a short acknowledgement said before the next thing
// ("ok thanks.", "cheers.", "great, got it."): after one, a lower-case word
// opens a new sentence although the acknowledgement is under the three
// words sloppy lower case otherwise needs ("ok thanks. can i also…").
// Thanks in the other languages a client mixes into English ("merci
// beaucoup.", "danke schön.", "grazie mille.") and a vocative after the
// thanks ("cheers mate.") count too.
var ackWords = set("ok okay k thanks thank thx ta cheers great brill brilliant lovely perfect fine yes yep yeah sure right alright grand super cool noted received got it you many much hi hello hey morning evening " +
	"mate merci beaucoup danke schön vielen dank gracias muchas bedankt grazie mille obrigado obrigada tack tak")

// ackOnly reports whether before is only an acknowledgement of at most
// four words.
func ackOnly(before string) bool {
	n := 0
	for i := 0; ; n++ {
		start, end := nextWord(before, i)
		if start < 0 {
			break
		}
		if n == 4 || !ackWords.has(strings.ToLower(before[start:end])) {
			return false
		}
		i = end
	}
	return n > 0
}
