package web

// StaticToken is an Options.Token for a token that never changes.
func StaticToken(token string) func() string { return func() string { return token } }
