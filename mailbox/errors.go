package mailbox

import "errors"

// PermanentError is a handler failure that will recur on every attempt
// (an unreadable header, an address that cannot be parsed, a setting that
// names something missing): the message is recorded as failed at once with
// Reason, and the mailbox moves on without reconnecting.
type PermanentError struct {
	Reason string // a short word: "header", "address", "config", "too-large"
	Err    error
}

func (e *PermanentError) Error() string {
	if e.Err == nil {
		return e.Reason
	}
	return e.Reason + ": " + e.Err.Error()
}

func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent marks err as a failure that retrying cannot mend. reason is
// recorded as the message's failure reason; "config" failures are queued
// again when the configuration changes (see RetryReason).
func Permanent(reason string, err error) error {
	return &PermanentError{Reason: reason, Err: err}
}

// IsPermanent reports whether err (or an error it wraps) came from
// Permanent.
func IsPermanent(err error) bool {
	var pe *PermanentError
	return errors.As(err, &pe)
}

// permanentReason is the reason given to Permanent, or "".
func permanentReason(err error) string {
	var pe *PermanentError
	if errors.As(err, &pe) {
		return pe.Reason
	}
	return ""
}

// AuthError is a login the server refused: wrong credentials, or an account
// that may not log in. Retrying soon cannot mend it.
type AuthError struct {
	User string
	Err  error
}

func (e *AuthError) Error() string { return "login as " + quote(e.User) + " refused: " + e.Err.Error() }

func (e *AuthError) Unwrap() error { return e.Err }

func quote(s string) string { return "\"" + s + "\"" }
