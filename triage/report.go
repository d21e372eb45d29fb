package triage

// Report is the JSON form of a Result, one object per input file, as the
// `fivemin triage --json` contract fixes it. Fields may be added, never
// renamed or removed.
type Report struct {
	File         string           `json:"file"`
	MessageID    string           `json:"message_id"`
	From         string           `json:"from,omitempty"`
	Subject      string           `json:"subject,omitempty"`
	Skip         bool             `json:"skip"`
	SkipReason   *string          `json:"skip_reason"`
	Questions    []ReportQuestion `json:"questions"`
	FreeMinutes  int              `json:"free_minutes"`
	QuickMinutes int              `json:"quick_minutes"`
	PaidMinutes  int              `json:"paid_minutes"`
	NeedsQuote   bool             `json:"needs_quote"` // some ask is paid
	// QuickOverflow is "line" or "call" when the quick asks beyond the
	// free minutes are billed together, else omitted.
	QuickOverflow string  `json:"quick_overflow,omitempty"`
	ReplyDecision *string `json:"reply_decision"`
	ReplyReason   string  `json:"reply_reason,omitempty"` // what decided it, or why it is unclear
	// ReplyCapMinutes: a go-ahead's cap on the time, in minutes; omitted
	// when there is none.
	ReplyCapMinutes int      `json:"reply_cap_minutes,omitempty"`
	Language        string   `json:"language"` // ISO 639-1, "" when unknown
	NewText         string   `json:"new_text"` // the client's own new text
	Warnings        []string `json:"warnings"`
}

// ReportQuestion is one ask in a Report.
type ReportQuestion struct {
	Text     string `json:"text"`
	Kind     Kind   `json:"kind"`
	Minutes  int    `json:"minutes"`
	Act      string `json:"act,omitempty"`
	Category string `json:"category,omitempty"`
	// Overflow: a quick ask the free minutes did not cover.
	Overflow bool `json:"overflow,omitempty"`
	// Billed: the draft quotes this ask (every paid ask; quick asks only
	// when the ones beyond the free minutes are billed together).
	Billed bool `json:"billed"`
	// Estimate is how Minutes was reached: "default", "scaled", "stated"
	// or "capped"; CheckEstimate marks an uncertain one for the rep.
	Estimate      Estimate `json:"estimate"`
	CheckEstimate bool     `json:"check_estimate"`
}

// NewReport builds the JSON form of r for the input named file.
func NewReport(file string, r *Result) Report {
	rep := Report{
		File:          file,
		MessageID:     r.MessageID,
		Subject:       r.Subject,
		Skip:          r.Skip,
		Questions:     []ReportQuestion{},
		FreeMinutes:   r.FreeMinutes,
		NeedsQuote:    r.NeedsQuote,
		QuickOverflow: r.QuickOverflow,
		Warnings:      r.Warnings,
		QuickMinutes:  r.QuickMinutes(),
		PaidMinutes:   r.PaidMinutes(),
		Language:      r.Language,
		NewText:       r.NewText,
	}
	if r.From != nil {
		rep.From = r.From.Address
	}
	if r.Skip {
		s := string(r.SkipReason)
		rep.SkipReason = &s
	}
	if r.ReplyDecision != DecisionNone {
		s := string(r.ReplyDecision)
		rep.ReplyDecision, rep.ReplyReason, rep.ReplyCapMinutes = &s, r.ReplyReason, r.ReplyCapMinutes
	}
	if rep.Warnings == nil {
		rep.Warnings = []string{}
	}
	if !r.Skip {
		for _, q := range r.Questions {
			rep.Questions = append(rep.Questions, ReportQuestion{
				Text: q.Text, Kind: q.Kind, Minutes: q.Minutes, Act: q.Act, Category: q.Category, Overflow: q.Overflow,
				Billed: q.Billed, Estimate: q.Estimate, CheckEstimate: q.CheckEstimate,
			})
		}
	}
	return rep
}
