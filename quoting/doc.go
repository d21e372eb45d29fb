// Package quoting prices the paid asks of a triaged email and drafts the reply the rep will send.
//
// Money is exact: amounts are integer minor units of an ISO 4217 currency
// ([Money]), decimals from configuration are parsed without floats
// ([ParseDecimal]), and every rounding is half up to the minor unit. A
// [Rates] price list turns a triage result into a [Quote]; a [Formatter]
// shows amounts in the firm's locale.
//
// Libraries: drafts are composed with go-mail (headers, MIME, encoding;
// never read back here), templates are text/template and html/template,
// and money is formatted through github.com/bojanz/currency (CLDR data).
// Messages are read by triage (go-message), never by this package.
package quoting
