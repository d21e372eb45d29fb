package triage

import "testing"

// TestReplyPresumedGo: a question about what the worker needs to get at
// the job, or where the finished work goes, takes the go-ahead for
// granted, so a light yes with it accepts; asking why, or the price, is
// a question back. Sentences written for the test.
func TestReplyPresumedGo(t *testing.T) {
	runReplyRows(t, []replyRow{
		{"presumed go", "Sounds fine. Will your fitter need the alarm code?", Accepted, "need alarm"},
		{"presumed go", "OK by us. Do you need a parking permit for the van?", Accepted, "need parking"},
		{"presumed go", "That works. Can you email the certificate to our letting agent once it's done?", Accepted, "email once done"},
		{"presumed go", "Fine, go on then. Do you need me to be there to let you in?", Accepted, ""},
		{"presumed go", "Alright by me. Could you cc my bookkeeper when you send the final figures?", Accepted, "cc when send"},
		{"presumed go", "Yes please. Do you want the spare key for the shed as well or just the garage?", Accepted, "want key"},
		{"presumed go guard", "Why would you need the keys for a desk review?", Unclear, "question back"},
		{"presumed go guard", "Do you need the keys? I'm not sure I want to go ahead yet.", Unclear, "not sure"},
		{"presumed go guard", "Fine. Would you need access to the loft, and would that cost more?", Unclear, "question back"},
		{"presumed go guard", "Yes go ahead. Do you need the keys to do just the kitchen?", Unclear, "question back"},
		{"presumed go guard", "OK. What would the report look like when it's finished?", Unclear, "question back"},
		{"presumed go guard", "Do you need the keys?", Unclear, "weak cue"},
	})
}
