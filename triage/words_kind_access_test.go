package triage

import "testing"

// TestAccessSetting: giving one person a way in (a role on a shared
// thing, a login, access) or sending the client's mail to another
// address is a setting, quick; a login system, a login page or
// permissions for a whole staff stay work. Sentences written for this
// rule, none from a labelled set.
func TestAccessSetting(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"add as an editor", "Could you add Tomasz as an editor on the shared budget spreadsheet?",
			[]string{"quick: Could you add Tomasz as an editor on the shared budget spreadsheet?"}},
		{"add as a user", "Can you add our new office manager as a user on the client portal?",
			[]string{"quick: Can you add our new office manager as a user on the client portal?"}},
		{"a login on the review site", "Please set up a login for our site foreman on your snagging portal.",
			[]string{"quick: Please set up a login for our site foreman on your snagging portal."}},
		{"grant access", "Could you give our auditor access to last year's folder?",
			[]string{"quick: Could you give our auditor access to last year's folder?"}},
		{"statements elsewhere", "Can you change the statements to be sent to the office address instead of my home?",
			[]string{"quick: Can you change the statements to be sent to the office address instead of my home?"}},
		{"reminders to an email", "Could you get the payment reminders to go to bookings@example.com instead of me?",
			[]string{"quick: Could you get the payment reminders to go to bookings@example.com instead of me?"}},
		{"guard: a login system is a job", "Could you set up a login system for the members' area of our website?",
			[]string{"paid: Could you set up a login system for the members' area of our website?"}},
		{"guard: permissions for everyone is a job", "Could you set up user permissions for all forty staff across the three systems?",
			[]string{"paid: Could you set up user permissions for all forty staff across the three systems?"}},
		{"guard: a setup with equipment stays work", "Could you set him up with a laptop, an email account and access to the drive?",
			[]string{"paid: Could you set him up with a laptop, an email account and access to the drive?"}},
		{"guard: another course instead is advice", "Would it be better for the invoices to be factored instead of chasing them ourselves?",
			[]string{"paid: Would it be better for the invoices to be factored instead of chasing them ourselves?"}},
	})
}
