package triage

import "strings"

// A figure of the quote echoed back in disbelief, as a fragment with no
// verb: "Twelve hours?", "For thirty thousand words?", "$400? For a
// letter?". Beside a clear no it is the reason for the no, not a question
// back, as "You want to charge us for that?" is (reply_echo.go). A question
// with a verb or a subject ("Can you do it in 3 hours?", "Is that 3 hours
// each?") asks. Table rows in TestReplyFigureEcho.

// figureNumbers are number words a figure is spelt with.
var figureNumbers = set("one two three four five six seven eight nine ten eleven twelve fifteen twenty " +
	"thirty forty fifty sixty seventy eighty ninety hundred thousand half dozen")

// figureGlue may stand in such a fragment beside the figure.
var figureGlue = set("for just a an of over nearly almost about only whole full hours hour hrs minutes days day weeks")

// figureEcho: ws is a fragment of at most six words naming a figure, with
// at most one word (the thing counted) that is neither figure nor glue.
func figureEcho(ws []string) bool {
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	figure, others := false, 0
	for _, w := range ws {
		switch {
		case figureNumbers.has(w) || strings.ContainsAny(w, "0123456789"):
			figure = true
		case figureGlue.has(w):
		default:
			others++
		}
	}
	return figure && others <= 1
}
