package triage

import (
	"fmt"
	"strings"
	"testing"
)

func msg(headers, body string) string {
	return strings.ReplaceAll(headers, "\n", "\r\n") + "\r\n" + body
}

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		subject  string
		from     string
		text     []string // substrings of Text
		notText  []string
		warnings []string // substrings of some warning
	}{
		{
			name:    "RFC 2047 headers in latin-1",
			raw:     msg("From: =?iso-8859-1?q?Am=E9lie_Lef=E8vre?= <a@example.test>\nSubject: Shop in =?iso-8859-1?q?Saint-R=E9my?=\nContent-Type: text/plain; charset=utf-8\n", "Hello\r\n"),
			subject: "Shop in Saint-Rémy",
			from:    "Amélie Lefèvre",
			text:    []string{"Hello"},
		},
		{
			name: "quoted-printable latin-1 body",
			raw:  msg("From: a@example.test\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n", "Caf=E9 au lait, s'il vous pla=EEt =\r\nencore.\r\n"),
			text: []string{"Café au lait, s'il vous plaît encore."},
		},
		{
			name: "base64 utf-8 body",
			raw:  msg("From: a@example.test\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n", "SGFzIG15IHJldHVybiBiZWVuIGZpbGVkPyDwn46J\r\n"),
			text: []string{"Has my return been filed? 🎉"},
		},
		{
			name: "plain text preferred over html",
			raw: msg("From: a@example.test\nContent-Type: multipart/alternative; boundary=b\n",
				"--b\r\nContent-Type: text/plain\r\n\r\nplain words\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>html words</p>\r\n--b--\r\n"),
			text:    []string{"plain words"},
			notText: []string{"html words"},
		},
		{
			name: "html only, attachments skipped",
			raw: msg("From: a@example.test\nContent-Type: multipart/mixed; boundary=b\n",
				"--b\r\nContent-Type: text/html\r\n\r\n<div>Profit &amp; loss?</div><div><br></div><div>Bye</div>\r\n--b\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=x.csv\r\n\r\na,b\r\n--b--\r\n"),
			text:    []string{"Profit & loss?\n\nBye"},
			notText: []string{"a,b"},
		},
		{
			name:     "unknown charset degrades with a warning",
			raw:      msg("From: a@example.test\nContent-Type: text/plain; charset=x-klingon\n", "still readable\r\n"),
			text:     []string{"still readable"},
			warnings: []string{"charset"},
		},
		{
			name:     "unknown transfer encoding degrades with a warning",
			raw:      msg("From: a@example.test\nContent-Type: multipart/mixed; boundary=b\n", "--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nraw text\r\n--b--\r\n"),
			text:     []string{"raw text"},
			warnings: []string{"encoding"},
		},
		{
			name:     "mislabelled windows-1252 is read as such",
			raw:      msg("From: a@example.test\nContent-Type: text/plain; charset=utf-8\n", "caf\xe9 \x93quoted\x94 \x80600\r\n"),
			text:     []string{"café “quoted” €600"},
			warnings: []string{"windows-1252"},
		},
		{
			name: "format=flowed is unwrapped",
			raw:  msg("From: a@example.test\nContent-Type: text/plain; charset=utf-8; format=flowed\n", "Can you confirm you got the \r\norganizer? \r\n\r\n-- \r\nsig\r\n"),
			text: []string{"Can you confirm you got the organizer?", "\n-- \n"},
		},
		{
			name:     "broken header still reads the body",
			raw:      "From a@example.test no colon here\r\n\r\nPlease send the form.\r\n",
			text:     []string{"Please send the form."},
			warnings: []string{"header"},
		},
		{
			name:    "CR LF injection in a subject is neutralised",
			raw:     msg("From: a@example.test\nSubject: =?utf-8?q?Hi=0D=0ABcc:_evil@example.test?=\nContent-Type: text/plain\n", "x\r\n"),
			subject: "Hi Bcc: evil@example.test",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse(strings.NewReader(tt.raw), DefaultConfig().Limits)
			if tt.subject != "" && p.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", p.Subject, tt.subject)
			}
			if tt.from != "" && (p.From == nil || p.From.Name != tt.from) {
				t.Errorf("From = %v, want name %q", p.From, tt.from)
			}
			for _, s := range tt.text {
				if !strings.Contains(p.Text, s) {
					t.Errorf("Text lacks %q:\n%s", s, p.Text)
				}
			}
			for _, s := range tt.notText {
				if strings.Contains(p.Text, s) {
					t.Errorf("Text has %q:\n%s", s, p.Text)
				}
			}
			for _, w := range tt.warnings {
				if !strings.Contains(strings.Join(p.Warnings, "|"), w) {
					t.Errorf("warnings %q lack %q", p.Warnings, w)
				}
			}
			if len(tt.warnings) == 0 && len(p.Warnings) > 0 {
				t.Errorf("unexpected warnings %q", p.Warnings)
			}
		})
	}
}

func TestParseLimits(t *testing.T) {
	nested := func(depth int) string {
		var b strings.Builder
		b.WriteString("From: a@example.test\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n")
		for i := 1; i < depth; i++ {
			fmt.Fprintf(&b, "--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n", i-1, i)
		}
		fmt.Fprintf(&b, "--b%d\r\nContent-Type: text/plain\r\n\r\ndeep text\r\n--b%d--\r\n", depth-1, depth-1)
		for i := depth - 2; i >= 0; i-- {
			fmt.Fprintf(&b, "--b%d--\r\n", i)
		}
		return b.String()
	}
	many := func(parts int) string {
		var b strings.Builder
		b.WriteString("From: a@example.test\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n")
		for i := 0; i < parts; i++ {
			fmt.Fprintf(&b, "--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n", i)
		}
		b.WriteString("--b--\r\n")
		return b.String()
	}
	tests := []struct {
		name    string
		raw     string
		lim     Limits
		warning string
		text    string
		notText string
	}{
		{"depth within limit", nested(5), Limits{MaxBytes: 1 << 20, MaxDepth: 10, MaxParts: 100}, "", "deep text", ""},
		{"depth over limit", nested(20), Limits{MaxBytes: 1 << 20, MaxDepth: 10, MaxParts: 100}, "nesting deeper than 10", "", "deep text"},
		{"parts over limit", many(50), Limits{MaxBytes: 1 << 20, MaxDepth: 10, MaxParts: 20}, "more than 20 MIME parts", "part 19", "part 20"},
		{"bytes over limit", many(50), Limits{MaxBytes: 300, MaxDepth: 10, MaxParts: 100}, "larger than 300 bytes", "part 0", "part 49"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse(strings.NewReader(tt.raw), tt.lim)
			w := strings.Join(p.Warnings, "|")
			if tt.warning == "" && w != "" {
				t.Errorf("unexpected warnings %q", w)
			}
			if tt.warning != "" && !strings.Contains(w, tt.warning) {
				t.Errorf("warnings %q lack %q", w, tt.warning)
			}
			if tt.text != "" && !strings.Contains(p.Text, tt.text) {
				t.Errorf("Text lacks %q: %q", tt.text, p.Text)
			}
			if tt.notText != "" && strings.Contains(p.Text, tt.notText) {
				t.Errorf("Text has %q beyond the limit", tt.notText)
			}
		})
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"entities and divs", "<div>Profit &amp; loss &#39;24</div><div>Next&nbsp;line</div>", "Profit & loss '24\nNext line"},
		{"gmail blank line", "<div>Hi Carla,</div><div><br></div><div>Thanks</div>", "Hi Carla,\n\nThanks"},
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"lists", "<ul><li>Prepare it</li><li>File it</li></ul><ol><li>First</li><li>Second</li></ol>", "- Prepare it\n- File it\n1. First\n2. Second"},
		{"blockquote is quoted", "<div>Yes.</div><blockquote><div>Shall I go ahead?</div></blockquote>", "Yes.\n\n> Shall I go ahead?"},
		{"style, script and head skipped", "<html><head><title>T</title><style>p{x:1}</style></head><body><script>evil()</script><p>Body</p></body></html>", "Body"},
		{"inline tags join words", "Can <b>you</b> <i>send</i> it?", "Can you send it?"},
		{"br", "line one<br>line two", "line one\nline two"},
		{"broken html", "<div>unclosed <b>bold", "unclosed bold"},
		// A word ending in a character whose last UTF-8 byte is 0xA0 (as
		// a no-break space's is) is not followed by a space.
		{"word ending in à before punctuation", "<b>Voilà</b>, merci. <i>ГОТОВО Р</i>.", "Voilà, merci. ГОТОВО Р."},
		{"no-break space still a space", "<b>one&nbsp;</b>two", "one two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("HTMLToText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
