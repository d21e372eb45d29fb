package mailbox

import (
	"testing"

	"github.com/emersion/go-imap/v2"
)

// TestFolderNamesByLanguage: without SPECIAL-USE, the names Exchange,
// Outlook and other servers give Drafts and Sent in each language are
// found.
func TestFolderNamesByLanguage(t *testing.T) {
	t.Parallel()
	for _, tc := range [][3]string{ // language, Drafts, Sent
		{"de", "Entwürfe", "Gesendete Elemente"},
		{"fr", "Brouillons", "Éléments envoyés"},
		{"es", "Borradores", "Elementos enviados"},
		{"nl", "Concepten", "Verzonden items"},
		{"it", "Bozze", "Posta inviata"},
		{"pt", "Rascunhos", "Itens Enviados"},
		{"sv", "Utkast", "Skickat"},
		{"da", "Kladder", "Sendt"},
		{"nb", "Utkast", "Sendte elementer"},
	} {
		list := []*imap.ListData{{Mailbox: "INBOX"}, {Mailbox: "Archiv " + tc[0]}, {Mailbox: tc[1]}, {Mailbox: tc[2]}}
		if got := chooseFolder(list, "", imap.MailboxAttrDrafts, draftNames); got != (FolderProbe{tc[1], "name"}) {
			t.Errorf("%s: Drafts %+v, want %q", tc[0], got, tc[1])
		}
		if got := chooseFolder(list, "", imap.MailboxAttrSent, sentNames); got != (FolderProbe{tc[2], "name"}) {
			t.Errorf("%s: Sent %+v, want %q", tc[0], got, tc[2])
		}
	}
}

// TestChooseFolder: Drafts and Sent are found by configuration, then by
// SPECIAL-USE attribute, then by the usual names, compared without regard
// to case or Unicode normalisation, as whole names at the top level or
// under INBOX; else the English name is to be created.
func TestChooseFolder(t *testing.T) {
	t.Parallel()
	type folder struct {
		name  string
		attrs []imap.MailboxAttr
	}
	plain := func(names ...string) []folder {
		out := []folder{{name: "INBOX"}}
		for _, n := range names {
			out = append(out, folder{name: n})
		}
		return out
	}
	byName := func(n string) FolderProbe { return FolderProbe{Name: n, How: "name"} }
	for _, tc := range []struct {
		name         string
		list         []folder
		delim        rune
		want         Folders // configured
		drafts, sent FolderProbe
	}{
		{name: "case differs: the server's spelling is kept", list: plain("ENTWÜRFE", "gesendete elemente"),
			drafts: byName("ENTWÜRFE"), sent: byName("gesendete elemente")},
		{name: "decomposed accents", list: plain("Brouillons", "E\u0301le\u0301ments envoye\u0301s"),
			drafts: byName("Brouillons"), sent: byName("E\u0301le\u0301ments envoye\u0301s")},
		{name: "under INBOX (Courier)", list: plain("INBOX.Drafts", "INBOX.Sent Items"), delim: '.',
			drafts: byName("INBOX.Drafts"), sent: byName("INBOX.Sent Items")},
		{name: "top level before under INBOX", list: plain("INBOX/Drafts", "Drafts", "INBOX/Sent", "Sent"),
			drafts: byName("Drafts"), sent: byName("Sent")},
		{name: "English before another language", list: plain("Entwürfe", "Drafts", "Gesendet", "Sent Items"),
			drafts: byName("Drafts"), sent: byName("Sent Items")},
		{name: "only whole names: no prefix or substring", list: plain("Old Drafts", "Drafts-2019", "INBOXDrafts", "Sent by boss", "Unsent"),
			drafts: FolderProbe{Name: "Drafts"}, sent: FolderProbe{Name: "Sent"}},
		{name: "not a folder that holds no mail", list: []folder{
			{name: "INBOX"}, {name: "Drafts", attrs: []imap.MailboxAttr{imap.MailboxAttrNoSelect}}, {name: "Sent", attrs: []imap.MailboxAttr{"\\NonExistent"}},
			{name: "Brouillons"},
		},
			drafts: byName("Brouillons"), sent: FolderProbe{Name: "Sent"}},
		{name: "none: the English names, to create", list: plain("Archive"),
			drafts: FolderProbe{Name: "Drafts"}, sent: FolderProbe{Name: "Sent"}},
		{name: "SPECIAL-USE before names (Gmail)", list: []folder{
			{name: "INBOX"}, {name: "Drafts"}, {name: "Sent"},
			{name: "[Gmail]/All Mail", attrs: []imap.MailboxAttr{imap.MailboxAttrAll}},
			{name: "[Gmail]/Drafts", attrs: []imap.MailboxAttr{imap.MailboxAttrHasNoChildren, imap.MailboxAttrDrafts}},
			{name: "[Gmail]/Sent Mail", attrs: []imap.MailboxAttr{"\\sent"}}, // attributes are case-insensitive
		},
			drafts: FolderProbe{Name: "[Gmail]/Drafts", How: "special-use"}, sent: FolderProbe{Name: "[Gmail]/Sent Mail", How: "special-use"}},
		{name: "configuration before all", list: []folder{
			{name: "INBOX"}, {name: "Work/Drafts"}, {name: "Drafts", attrs: []imap.MailboxAttr{imap.MailboxAttrDrafts}}, {name: "Sent"},
		}, want: Folders{Drafts: "Work/Drafts", Sent: "Work/Sent"},
			drafts: FolderProbe{Name: "Work/Drafts", How: "configured"}, sent: FolderProbe{Name: "Work/Sent"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var list []*imap.ListData
			for _, f := range tc.list {
				delim := tc.delim
				if delim == 0 {
					delim = '/'
				}
				list = append(list, &imap.ListData{Mailbox: f.name, Delim: delim, Attrs: f.attrs})
			}
			if got := chooseFolder(list, tc.want.Drafts, imap.MailboxAttrDrafts, draftNames); got != tc.drafts {
				t.Errorf("Drafts: %+v, want %+v", got, tc.drafts)
			}
			if got := chooseFolder(list, tc.want.Sent, imap.MailboxAttrSent, sentNames); got != tc.sent {
				t.Errorf("Sent: %+v, want %+v", got, tc.sent)
			}
			if got := chooseFolder(list, "inbox", "", nil); got != (FolderProbe{Name: "inbox", How: "configured"}) {
				t.Errorf("INBOX: %+v", got)
			}
		})
	}
}
