package triage

// A long statement of background, then ", so we need …": "We open the
// new branch in March and the old signs came down last week, so we need
// a full set of fascia signs made." The background is the reason; the
// need after "so" is the ask, quoted from there. "so we need to …" says
// what the client must do and is left alone.

// soNeedSubjects are who needs: the client.
var soNeedSubjects = set("we i")

// soNeedVerbs state the need.
var soNeedVerbs = set("need needs require want")

// soNeedAfterBackground: ws[k] is "so" after more than
// maxBackgroundWords of background, then "we need" and an object that
// is not an infinitive.
func soNeedAfterBackground(ws []string, k int) bool {
	return ws[k] == "so" && longBackground(ws, k) && k+3 < len(ws) &&
		soNeedSubjects.has(ws[k+1]) && soNeedVerbs.has(ws[k+2]) && ws[k+3] != "to"
}
