package mailbox

// hook returns m's test hooks, installing them on first use.
func (m *Mailbox) hook() *testHooks {
	if m.hooks == nil {
		m.hooks = &testHooks{}
	}
	return m.hooks
}
