// Package web serves the manager dashboard: the ledger's reports as tables
// and server-drawn SVG charts, the unclear client replies to decide, the
// client tier matrix, and CSV and JSON downloads — behind the configured
// token.
//
// The handler is plain net/http with html/template and embedded assets: no
// script runs in the browser and nothing is fetched from outside, so the
// dashboard works on a machine without internet and under a strict
// Content-Security-Policy. Counts are written with golang.org/x/text/message
// and money with quoting's Formatter, in the firm's locale; chromedp drives
// a real Chromium in the tests only.
//
// Routes (all require the token, as "Authorization: Bearer TOKEN" or HTTP
// basic auth with any user name and the token as password):
//
//	GET  /                    overview: totals and charts
//	GET  /report/{by}         table by rep, client, org or month
//	GET  /usage               what reps did with the drafts
//	GET  /unclear             replies awaiting a person's decision
//	GET  /quote/{id}          one quote and its history
//	POST /quote/{id}/decide   accept or decline (CSRF token required)
//	GET  /clients             tier matrix (when Options.Clients is set)
//	GET  /report.csv?by=…     report rows as CSV
//	GET  /api/report?by=…     report as JSON (ReportJSON)
//
// Report pages, the CSV and the JSON take the same filters as query
// parameters: since and until (YYYY-MM-DD or YYYY-MM, both inclusive), rep,
// client and org (repeatable or comma-separated).
package web
