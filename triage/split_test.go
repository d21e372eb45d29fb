package triage

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Did you get it? Also, when is it due?", []string{"Did you get it?", "Also, when is it due?"}},
		{"abbreviation", "Dr. Haines starts in March. Can you plan for it?", []string{"Dr. Haines starts in March.", "Can you plan for it?"}},
		{"e.g. and i.e.", "Send the forms, e.g. the W-2 and 1099. Thanks.", []string{"Send the forms, e.g. the W-2 and 1099.", "Thanks."}},
		{"decimal and money", "It costs $1,400.50 now. Is that right?", []string{"It costs $1,400.50 now.", "Is that right?"}},
		{"email and url", "Write to ap@example.com or see www.example.com/a.b today. Then call.", []string{"Write to ap@example.com or see www.example.com/a.b today.", "Then call."}},
		{"date with dots", "We met on 09.08.2026 at 10.30 in Bonn. Can you confirm?", []string{"We met on 09.08.2026 at 10.30 in Bonn.", "Can you confirm?"}},
		{"initials", "J. R. Smith signed it. U.S. rules apply.", []string{"J. R. Smith signed it.", "U.S. rules apply."}},
		{"sloppy lower case after ?", "did it go out today? also do u need the W-4", []string{"did it go out today?", "also do u need the W-4"}},
		{"sloppy lower case after .", "sory to bug u again. do i have to pay him", []string{"sory to bug u again.", "do i have to pay him"}},
		{"ellipsis", "Well... Can you check?", []string{"Well...", "Can you check?"}},
		{"exclamation", "Hope all is well! Is the office open?", []string{"Hope all is well!", "Is the office open?"}},
		{"quote after period", `He said "done." Is it?`, []string{`He said "done."`, "Is it?"}},
		{"Spanish question", "Hola. ¿Ya presentaste el IVA? Gracias.", []string{"Hola.", "¿Ya presentaste el IVA?", "Gracias."}},
		{"time a.m.", "Call me at 9 a.m. tomorrow please.", []string{"Call me at 9 a.m. tomorrow please."}},
		{"no terminator", "is the 1099 deadline jan 31", []string{"is the 1099 deadline jan 31"}},
		{"possessive before period", "Same setup as Jenna's. We'd like it soon.", []string{"Same setup as Jenna's.", "We'd like it soon."}},
		// A lower-case unit after a number is no initial (unitAfterNumber).
		{"unit after number", "The slab is 2.4 m. Can you check the load?", []string{"The slab is 2.4 m.", "Can you check the load?"}},
		{"unit grams", "Each jar holds 340 g. Do you sell larger ones?", []string{"Each jar holds 340 g.", "Do you sell larger ones?"}},
		{"guard: capital initial after number", "Flat 4 B. Smith lives there.", []string{"Flat 4 B. Smith lives there."}},
		{"guard: unit mid-sentence", "About 3 m. wide, I think.", []string{"About 3 m. wide, I think."}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripListMarker(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"1. Did it go through?", "Did it go through?", true},
		{"12) Send it", "Send it", true},
		{"(a) First thing", "First thing", true},
		{"b) Second thing", "Second thing", true},
		{"- Prepare the return.", "Prepare the return.", true},
		{"* Review the policy", "Review the policy", true},
		{"• Print the cards", "Print the cards", true},
		{"A. Smith will call", "A. Smith will call", false},
		{"2026 was a good year", "2026 was a good year", false},
		{"-5 degrees today", "-5 degrees today", false},
		{"e.g. this", "e.g. this", false},
	}
	for _, tt := range tests {
		got, ok := stripListMarker(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("stripListMarker(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSegments(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []segment
	}{
		{
			name: "wrapped paragraph is joined",
			in:   "Did you get the bank statements I dropped off on Monday? Also, when is\nour Q3 sales tax return due? I also need you to reconcile the card\nterminal deposits.",
			want: []segment{{text: "Did you get the bank statements I dropped off on Monday? Also, when is our Q3 sales tax return due? I also need you to reconcile the card terminal deposits."}},
		},
		{
			name: "unwrapped long line keeps its breaks",
			in:   "hey dee quick questons - did the direct deposits go out today, and whats the cutoff for adding a new hire to next fridays payroll? also do u need her I-9\nthx",
			want: []segment{{text: "hey dee quick questons - did the direct deposits go out today, and whats the cutoff for adding a new hire to next fridays payroll? also do u need her I-9"}, {text: "thx"}},
		},
		{
			name: "list with intro and wrapped item",
			in:   "Could you help with the following:\n1. Set up the new company file\n   with a chart of accounts.\n2. Train our office manager.",
			want: []segment{
				{text: "Could you help with the following:", intro: true},
				{text: "Set up the new company file with a chart of accounts.", item: true},
				{text: "Train our office manager.", item: true},
			},
		},
		{
			name: "short lines are separate",
			in:   "Olivia Brandt - starts Nov 3\nMarcus Lee - starts Nov 3",
			want: []segment{{text: "Olivia Brandt - starts Nov 3"}, {text: "Marcus Lee - starts Nov 3"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := segments(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("segments()\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestQuestionsSplitting(t *testing.T) {
	e := New(DefaultConfig())
	tests := []struct {
		name string
		in   string
		want []string // "kind: text"
	}{
		{
			name: "two asks of different kinds in one sentence",
			in:   "Can you confirm the deadline for the partnership return and also prepare the extension form so it's ready to go?",
			want: []string{"quick: Can you confirm the deadline for the partnership return", "paid: also prepare the extension form so it's ready to go?"},
		},
		{
			name: "two paid asks joined stay one ask",
			in:   "We need you to catch up the bookkeeping for March through August and reconcile both bank accounts.",
			want: []string{"paid: We need you to catch up the bookkeeping for March through August and reconcile both bank accounts."},
		},
		{
			name: "result delivery is part of the work",
			in:   "Please review the fixed asset list and tell me what we can still depreciate.",
			want: []string{"paid: Please review the fixed asset list and tell me what we can still depreciate."},
		},
		{
			name: "second direct question",
			in:   "did the direct deposits go out today, and whats the cutoff for adding a new hire?",
			want: []string{"quick: did the direct deposits go out today", "quick: and whats the cutoff for adding a new hire?"},
		},
		{
			name: "embedded wh-clause is not a second question",
			in:   "Could you look into whether we can claim the relief, and what we would need to keep as evidence?",
			want: []string{"paid: Could you look into whether we can claim the relief, and what we would need to keep as evidence?"},
		},
		{
			name: "alternative question stays whole",
			in:   "Do you still need my login for the portal, or did Jess send it already?",
			want: []string{"quick: Do you still need my login for the portal, or did Jess send it already?"},
		},
		{
			name: "pleasantries, thanks and offers are not asks",
			in:   "How are you? Hope you had a good weekend? Thanks for the reports. Let me know if you need anything else. Can you believe it's October?",
			want: nil,
		},
		{
			name: "requests without question marks",
			in:   "Please send me the 2023 P&L. I need the VAT return filed by Friday. Let me know whether the invoice went out.",
			want: []string{"quick: Please send me the 2023 P&L.", "paid: I need the VAT return filed by Friday.", "quick: Let me know whether the invoice went out."},
		},
		{
			name: "greeting prefix removed",
			in:   "Hi Priya - when does our workers comp policy renew?",
			want: []string{"quick: when does our workers comp policy renew?"},
		},
		{
			name: "list intro is not an ask when the items are",
			in:   "Could you help with the following:\n\n1. Set up the new company file.\n2. Bring over the opening balances.",
			want: []string{"paid: Set up the new company file.", "paid: Bring over the opening balances."},
		},
		{
			name: "statements and plans of the client are not asks",
			in:   "I'll drop the shoebox off on Friday. Attached is the export. We pick up the van on Thursday.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range e.Questions(tt.in) {
				got = append(got, string(q.Kind)+": "+q.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Questions()\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
