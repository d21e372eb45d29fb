package triage

// A no said with "probably" ("we can probably live without it", "we'll
// probably leave it for now") is a polite no: the modal softens how the
// client says it, not what they decide. "Maybe", "perhaps", "might" and
// "possibly" leave the decision open and still weaken it; a go-ahead with
// "probably" ("we'll probably go ahead") is still only a lean. Table rows
// in TestReplyProbablyNo.

// likelyModals are the Modals of a decision taken, said politely.
var likelyModals = set("probably")
