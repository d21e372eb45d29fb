package triage

// A client who has asked for something often sums the ask up again at
// the end: "So, to recap, it's the revised floor plan we need.",
// "Basically I just want the one figure for the bank.", "In short, all
// we're after is the signed copy." The summary opens with a recap word
// and states a need; it asks for nothing the earlier ask did not.

// recapOpeners open a summary of what was already asked, in the
// languages read here.
var recapOpeners = newLexicon([]string{
	"to recap", "recap", "to sum up", "to sum it up", "summing up", "to summarise", "to summarize", "in summary",
	"in short", "in brief", "in a nutshell", "long story short", "in other words", "bottom line", "basically",
	"all i need", "all we need", "all i'm after", "all we're after", "all i want", "all we want",
	"en résumé", "en bref", "bref", "kurz gesagt", "kurzum", "zusammengefasst", "en resumen", "en pocas palabras",
	"resumiendo", "in breve", "in sintesi", "insomma", "em resumo", "kortom",
})

// recapNeedLeads may come before the recap word: "so, to recap", "ok so
// basically", "just to sum up".
var recapNeedLeads = set("so ok okay and but just well anyway anyhow right donc also então dus")

// recapNeedWords say the summary states a need or a wish.
var recapNeedWords = set("need needs needed want wants after like looking require requires besoin brauche brauchen necesito necesitamos serve servono preciso nodig")

// recapsAsk: c, a statement after an earlier ask of the message, opens
// with a recap word and states a need: it sums up what was asked. A
// question, or a summary with no need in it ("in short, please also
// renew the domain"), still asks.
func recapsAsk(c clause) bool {
	if !c.ask || c.question {
		return false
	}
	ws := c.lw
	i := 0
	for i < len(ws) && recapNeedLeads.has(ws[i]) {
		i++
	}
	end, ok := recapOpeners.hasAt(ws, i)
	if !ok {
		return false
	}
	if ws[end-1] == "need" || ws[end-1] == "want" || ws[end-1] == "after" {
		return true // "all I need is …"
	}
	for _, w := range ws[end:] {
		if recapNeedWords.has(w) {
			return true
		}
	}
	return false
}
