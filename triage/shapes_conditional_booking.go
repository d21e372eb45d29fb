package triage

import "strings"

// A booking asked on condition of a yes to the question before it: "Are
// you able to run a private class for ten on a Saturday? If so, please
// book us in for the 15th." The question asks whether the firm can do
// the work (a yes or no); the booking is the request for that work, so it
// carries the work's quote and the question becomes the yes-no it is.
// Only when the booking's own words are a booking ("book us in", "pencil
// me in", "reserve it"): "If so, could you send the confirmation?" asks
// for something else. A booking in isolation ("could you book us in for
// the first slot?") is scheduling and is not read here. Table rows in
// TestConditionalBooking (shapes_conditional_booking_test.go).

// conditionalYes open an ask that holds only if the answer before is
// yes. The ask's words may start after the condition's comma ("If so,
// could you book us in?" is read from "could"), so the text is looked at.
var conditionalYes = []string{"if so", "if yes"}

// bookingVerbs take the client into the firm's diary.
var bookingVerbs = set("book pencil reserve")

// bookedParties are who or what is booked: "book us in", "reserve it".
var bookedParties = set("us me it them him her")

// opensOnYes: text opens with a condition on a yes ("If so, …").
func opensOnYes(text string) bool {
	for _, c := range conditionalYes {
		if len(text) > len(c) && strings.EqualFold(text[:len(c)], c) && !isLetterByte(text[len(c)]) {
			return true
		}
	}
	return false
}

func isLetterByte(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// conditionalBooking turns q, a booking asked on condition of a yes to
// the paid question before it in out, into the paid ask for that work,
// and the question into a yes-no. Read only for an ask opening "if so" or
// "if yes".
func conditionalBooking(out []Question, q *Question, ws []string) {
	n := len(out)
	if n == 0 || len(ws) < 2 || !opensOnYes(q.Text) {
		return
	}
	if ws[0] == "if" {
		ws = ws[2:]
	}
	prev := &out[n-1]
	if prev.Kind != Paid || !strings.HasSuffix(prev.Text, "?") || !bookingOnly(ws) {
		return
	}
	work := *prev
	*prev = Question{Text: prev.Text, Kind: Quick, Minutes: 1, Act: "yes-no", Estimate: EstimateDefault}
	work.Text = q.Text
	*q = work
}

// bookingOnly: ws, after the condition, open with a booking verb and who
// is booked, after at most a "please" or a "could you".
func bookingOnly(ws []string) bool {
	i := 0
	for i < len(ws) && i < 3 && !bookingVerbs.has(ws[i]) {
		if !politeOpeners.has(ws[i]) {
			return false
		}
		i++
	}
	return i+1 < len(ws) && bookingVerbs.has(ws[i]) && bookedParties.has(ws[i+1])
}

// politeOpeners may come before the booking verb: "please", "could you",
// "can you", "would you".
var politeOpeners = set("please could can would you kindly")
