// Package tiers ranks client accounts A–E from what the ledger records, so
// reps spend time where it returns.
//
// # The rule
//
// Over a rolling window (Settings.WindowDays, default 90 days, ending at the
// injected clock's now) each account has three measures: revenue, the value
// of accepted quotes; and maintenance, the free minutes given and the emails
// received. Revenue is high at or above RevenueHigh; maintenance is high when
// free minutes reach FreeMinutesHigh or emails reach EmailsHigh. Then
//
//	                   revenue < RevenueLow   RevenueLow ≤ revenue < RevenueHigh   revenue ≥ RevenueHigh
//	low maintenance    C (low producer)       B (grow share)                     A (protect, ask for referrals)
//	high maintenance   E (let go)             E                                  D (manage selectively)
//
// An account with too little history to judge (fewer than MinEmails
// emails, default 3, no concluded quote, no revenue) is not a low producer
// but new, and gets no tier: the firm's standard terms. Tiers never
// penalise the absence of data.
//
// Settings.Tier is that table in code, and the only place it lives. When
// RevenueHigh is unset nothing is computed: clients get a tier only from a
// configured override, and the others none (the firm's default policy).
//
// # Accounts
//
// The firm ranks accounts, not mailboxes, so the tier is computed per
// organisation and every address inherits its organisation's tier. An
// address's organisation is, in order: the organisation of its override
// (the address's own, then its domain's); the address itself for personal
// mail domains (gmail.com, outlook.com ... : everyone there is their own
// account); otherwise its domain. A configured tier overrides the computed
// one for exactly the addresses its override matches (an address, or every
// address at a domain); will and skill tags are carried through for display.
// The current configuration decides the grouping, not the organisation
// recorded in the ledger when the mail came in, so regrouping in the config
// regroups the history.
//
// # What counts
//
// An entry's time is when its email arrived or its quote was created, as the
// ledger keys it: an accepted quote counts in the window it was drafted in,
// whenever the client said yes. Money other than Settings.Currency is
// counted as quotes but not as revenue. The previous period is the window of
// the same length just before; comparing the two gives each account's
// previous tier and its change in words ("B → D: free minutes tripled").
// Both windows come from the ledger's time-keyed facts, so no extra state is
// kept, and memory grows with the number of clients, not ledger entries.
//
// # Using it
//
// Ranker.Rank gives the ranked list (Ranking) that `fivemin clients` prints
// (Ranking.Write) and the dashboard charts (Ranking.Matrix); Ranker.Leakage
// gives the free minutes given away per rep, client and month. The pipeline
// asks a Source for a client's tier (Cache.TierOf: a map lookup, refreshed
// periodically and when the configuration changes) and takes the tier's free
// minutes, rate multiplier and template from the configuration.
//
// The ledger's facts are read through quoting/ledger; the only state of its
// own is the settings a state file was last ranked with, in a bbolt bucket
// of that file, so that commands reading it without a configuration rank as
// its writer did.
package tiers
