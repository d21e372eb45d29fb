// Package templates holds the default wording of fivemin's drafts: Go
// templates embedded in the binary, which a firm can override file by file
// from a directory named in its configuration.
//
// A draft template is named <kind>[.<variant>][.<lang>].<txt|html>.tmpl:
// kind is "reply" (the answer to a client email) or "followup" (the
// reminder on an unanswered quote); the variant, chosen per client tier,
// is optional and longer than two letters; lang is the ISO 639-1 code of
// the wording's language, absent for English. common.txt.tmpl and
// common.<lang>.txt.tmpl define the blocks the others of that language
// share; draft.html.tmpl lays any plain-text draft out as HTML.
package templates

import "embed"

// FS holds the default templates.
//
//go:embed *.tmpl
var FS embed.FS
