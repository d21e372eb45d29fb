package triage

import "testing"

// TestSubjectlessWishFrames: a wish for work with its subject dropped
// asks ("Looking to have…", "Keen to get…", "Could do with…",
// "Appreciate if you could…"); the same words with no work or with
// thanks ask nothing.
func TestSubjectlessWishFrames(t *testing.T) {
	runAskRows(t, []askRow{
		{"looking to have", "Hi Rob,\n\nLooking to have the stair carpet relaid before the viewing on Friday.\n\nMeg\n", "Looking to have the stair carpet relaid", ""},
		{"looking for someone to", "Hello,\n\nWe're looking for someone to audit our food hygiene records ahead of the inspection.\n\nTom\n", "looking for someone to audit our food hygiene records", ""},
		{"keen to get", "Hi Lena,\n\nKeen to get the pension auto-enrolment letters out to staff this week.\n\nBen\n", "Keen to get the pension auto-enrolment letters out", ""},
		{"keen to have", "Morning,\n\nKeen to have the fire risk assessment redone for the new wing.\n\nCarys\n", "Keen to have the fire risk assessment redone", ""},
		{"could do with", "Hi Omar,\n\nCould do with some help restoring the shared drive after the update.\n\nIvy\n", "Could do with some help restoring the shared drive", ""},
		{"could do with knowing", "Hi,\n\nCould do with knowing which sizes the banner stand takes.\n\nDev\n", "Could do with knowing which sizes the banner stand takes", ""},
		{"appreciate if you could", "Hi Sue,\n\nAppreciate if you could forward the signed minutes to the treasurer.\n\nAlan\n", "Appreciate if you could forward the signed minutes", ""},
		{"appreciate it if you would", "Hello,\n\nAppreciate it if you would resend the remittance advice for March.\n\nPia\n", "Appreciate it if you would resend the remittance advice", ""},
		{"guard: looking to get away", "Hi,\n\nLooking to get away for a week in June. Can you tell me when the VAT return is due?\n\nJo\n", "Can you tell me when the VAT return is due?", "Looking to get away for a week in June."},
		{"guard: appreciate it as thanks", "Hi,\n\nAppreciate it, that was quick. Is the invoice paid?\n\nJo\n", "Is the invoice paid?", "Appreciate it, that was quick."},
		{"guard: appreciate you sorting", "Hi,\n\nAppreciate you sorting the boiler so fast. When is the next service?\n\nJo\n", "When is the next service?", "Appreciate you sorting the boiler so fast."},
	})
}
