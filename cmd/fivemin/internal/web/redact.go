package web

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
)

// redacted replaces the dashboard token wherever it shows up in a log
// record.
const redacted = "[REDACTED]"

// redactor is a slog.Handler that removes the dashboard token from every
// record it passes on: the message and each attribute, nested groups and
// error texts included. The request path logs no credential by design;
// this catches the token where a person put it by mistake (the basic-auth
// user name, a decision's note, a URL).
type redactor struct {
	next   slog.Handler
	secret func() string
}

func (r redactor) Enabled(ctx context.Context, l slog.Level) bool { return r.next.Enabled(ctx, l) }

func (r redactor) Handle(ctx context.Context, rec slog.Record) error {
	s := r.secret()
	if s == "" {
		return r.next.Handle(ctx, rec)
	}
	out := slog.NewRecord(rec.Time, rec.Level, strings.ReplaceAll(rec.Message, s, redacted), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(scrub(a, s))
		return true
	})
	return r.next.Handle(ctx, out)
}

func (r redactor) WithAttrs(as []slog.Attr) slog.Handler {
	s := r.secret()
	out := make([]slog.Attr, len(as))
	for i, a := range as {
		out[i] = scrub(a, s)
	}
	return redactor{next: r.next.WithAttrs(out), secret: r.secret}
}

func (r redactor) WithGroup(name string) slog.Handler {
	return redactor{next: r.next.WithGroup(name), secret: r.secret}
}

// scrub returns a with secret replaced in its key and value. Values that
// are not strings are compared in their printed form, the form a handler
// writes; one that contains the secret is logged as that text, redacted.
func scrub(a slog.Attr, secret string) slog.Attr {
	if secret == "" {
		return a
	}
	a.Key = strings.ReplaceAll(a.Key, secret, redacted)
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		a.Value = slog.StringValue(strings.ReplaceAll(v.String(), secret, redacted))
	case slog.KindGroup:
		g := v.Group()
		out := make([]slog.Attr, len(g))
		for i, x := range g {
			out[i] = scrub(x, secret)
		}
		a.Value = slog.GroupValue(out...)
	case slog.KindAny:
		if text := fmt.Sprint(v.Any()); strings.Contains(text, secret) {
			a.Value = slog.StringValue(strings.ReplaceAll(text, secret, redacted))
		} else {
			a.Value = v
		}
	default:
		a.Value = v
	}
	return a
}
