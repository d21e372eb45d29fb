// Package templates holds the default wording of fivemin's drafts: Go
// templates embedded in the binary, which a firm can override file by file
// from a directory named in its configuration.
//
// A draft template is named <kind>[.<variant>].<txt|html>.tmpl: kind is
// "reply" (the answer to a client email) or "followup" (the reminder on an
// unanswered quote); the variant, chosen per client tier, is optional.
// common.txt.tmpl and common.html.tmpl define the blocks the others share.
package templates

import "embed"

// FS holds the default templates.
//
//go:embed *.tmpl
var FS embed.FS
