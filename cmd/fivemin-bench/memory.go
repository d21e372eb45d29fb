package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/emersion/go-message"

	"github.com/fivemin/fivemin/mailbox"
	"github.com/fivemin/fivemin/mailbox/mailtest"
)

// runMemory measures the peak resident set size of one large client email
// going through fivemin, each size and shape in a fresh process so the
// figure is that message's own and not the high-water mark of an earlier
// one: first triage and the draft alone (the message read from a file as
// the mailbox reads a fetched literal), then the whole mailbox sync against
// a local Dovecot (fetch, triage, draft, APPEND to Drafts, state).
func runMemory(ctx context.Context, out io.Writer, args []string) error {
	fs := newFlagSet("memory")
	sizes := fs.String("sizes", "1,5,20,25", "message sizes in MiB, comma-separated (25 means just under the 25 MiB limit)")
	imapToo := fs.Bool("imap", true, "also run the whole mailbox sync against a local Dovecot")
	if err := fs.Parse(args); err != nil {
		return err
	}
	mibs, err := parseSizes(*sizes)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "fivemin-bench-memory-")
	if err != nil {
		return err
	}
	defer func() { _ = os.RemoveAll(dir) }() // a temp dir; nothing to report if it lingers
	fmt.Fprintf(out, "# go run ./cmd/fivemin-bench memory %s\n# %s %s/%s, %d CPUs, GOGC default; peak RSS = VmHWM of a fresh process per message\n\n",
		strings.Join(args, " "), runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	// The empty program's own peak, to read the figures against.
	base, err := memoryChild(ctx, "", 0)
	if err != nil {
		return err
	}
	msgs := memoryMessages(mibs)
	if err := memoryDrafts(ctx, out, dir, base, msgs); err != nil {
		return err
	}
	if !*imapToo {
		return nil
	}
	return memorySync(ctx, out, dir, msgs)
}

// parseSizes reads -sizes.
func parseSizes(sizes string) ([]int, error) {
	var mibs []int
	for _, s := range strings.Split(sizes, ",") {
		mib, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || mib <= 0 || mib > 25 {
			return nil, fmt.Errorf("-sizes: %q is not a number of MiB from 1 to 25", s)
		}
		mibs = append(mibs, mib)
	}
	return mibs, nil
}

// memMsg is one test message of the memory bench.
type memMsg struct {
	label string
	raw   []byte
}

// memoryMessages builds a single-line and a multi-line message of each size.
func memoryMessages(mibs []int) []memMsg {
	var msgs []memMsg
	for _, mib := range mibs {
		for _, shape := range []string{"single-line", "multi-line"} {
			// Just under the size: the 25 MiB limit is the mailbox's, and
			// a message at it must still be read.
			msgs = append(msgs, memMsg{fmt.Sprintf("%d MiB\t%s", mib, shape), bigMessage(mib<<20-1024, shape == "multi-line")})
		}
	}
	return msgs
}

// memoryDrafts measures triage and drafting of each message in a fresh
// process, against base, the empty program's peak.
func memoryDrafts(ctx context.Context, out io.Writer, dir string, base memoryResult, msgs []memMsg) error {
	fmt.Fprintln(out, "triage + draft (message read from a file as the mailbox reads a fetched literal):")
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "size\tshape\tpeak RSS\tdraft\tquoted\tseconds\t\n")
	fmt.Fprintf(tw, "-\tno message (baseline)\t%.1f MB\t-\t-\t-\t\n", float64(base.VmHWMKB)/1024)
	for i, m := range msgs {
		path := filepath.Join(dir, fmt.Sprintf("%d.eml", i))
		if err := os.WriteFile(path, m.raw, 0o600); err != nil {
			return err
		}
		r, err := memoryChild(ctx, path, 25<<20)
		if err != nil {
			return fmt.Errorf("%s: %w", strings.ReplaceAll(m.label, "\t", " "), err)
		}
		fmt.Fprintf(tw, "%s\t%.1f MB\t%.1f KB\t%.1f KB\t%.2f\t\n", m.label,
			float64(r.VmHWMKB)/1024, float64(r.DraftBytes)/1024, float64(r.QuotedBytes)/1024, r.Seconds)
		if err := os.Remove(path); err != nil {
			return err
		}
	}
	return tw.Flush()
}

// memorySync measures the whole mailbox sync of each message against a
// local Dovecot, each in a fresh process.
func memorySync(ctx context.Context, out io.Writer, dir string, msgs []memMsg) (err error) {
	tb := &benchTB{}
	defer tb.close()
	defer recoverFatal(&err)
	d := mailtest.StartDovecotWith(tb, mailtest.DovecotOptions{})
	fmt.Fprintf(out, "\nwhole mailbox sync (Dovecot %s on 127.0.0.1, STARTTLS; fetch, triage, draft, APPEND, state):\n", mailtest.DovecotVersion())
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "size\tshape\tpeak RSS\tdrafts\tseconds\t\n")
	for i, m := range msgs {
		user := fmt.Sprintf("big%d@example.com", i)
		d.AddUser(tb, user, fmt.Sprintf("pw-%d", i))
		if err := d.WriteMaildirErr(user, "INBOX", m.raw, false, time.Now()); err != nil {
			return err
		}
		cmd := exec.CommandContext(ctx, os.Args[0], "mailbox-sync-child",
			"-port", strconv.Itoa(d.IMAPPort), "-user", user, "-password", d.Password(user),
			"-db", filepath.Join(dir, fmt.Sprintf("state-%d.db", i)), "-handler", "pipeline")
		cmd.Stderr = os.Stderr
		cmd.Env = append(os.Environ(), "FIVEMIN_BENCH_CA="+filepath.Join(d.Dir, "cert.pem"))
		res, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("%s: sync child: %w", strings.ReplaceAll(m.label, "\t", " "), err)
		}
		var r syncResult
		if err := json.Unmarshal(res, &r); err != nil {
			return fmt.Errorf("sync child said %q: %w", res, err)
		}
		if r.Fetched != 1 {
			return fmt.Errorf("%s: fetched %d messages, want 1", strings.ReplaceAll(m.label, "\t", " "), r.Fetched)
		}
		fmt.Fprintf(tw, "%s\t%.1f MB\t%d\t%.2f\t\n", m.label, float64(r.VmHWMKB)/1024, r.Drafted, r.Seconds)
	}
	return tw.Flush()
}

type memoryResult struct {
	VmHWMKB     int64
	DraftBytes  int
	QuotedBytes int
	Seconds     float64
}

// memoryChild runs one message (or none, for the baseline) in a fresh
// process.
func memoryChild(ctx context.Context, path string, limit int) (memoryResult, error) {
	var r memoryResult
	cmd := exec.CommandContext(ctx, os.Args[0], "memory-child", "-file", path, "-limit", strconv.Itoa(limit))
	cmd.Stderr = os.Stderr
	res, err := cmd.Output()
	if err != nil {
		return r, fmt.Errorf("memory child: %w", err)
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return r, fmt.Errorf("memory child said %q: %w", res, err)
	}
	return r, nil
}

// runMemoryChild reads one message the way the mailbox reads a fetched
// literal, and drafts its reply with the real triage and quoting code.
func runMemoryChild(ctx context.Context, out io.Writer, args []string) error {
	fs := newFlagSet("memory-child")
	path := fs.String("file", "", "")
	limit := fs.Int("limit", 25<<20, "")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *path == "" {
		return json.NewEncoder(out).Encode(memoryResult{VmHWMKB: vmHWM()})
	}
	h, err := newHandler("pipeline")
	if err != nil {
		return err
	}
	start := time.Now()
	f, err := os.Open(*path)
	if err != nil {
		return err
	}
	defer f.Close()
	// As mailbox/sync.go reads a fetched literal: one buffer of the
	// announced size.
	st, err := f.Stat()
	if err != nil {
		return err
	}
	raw := make([]byte, 0, min(st.Size(), int64(*limit))+1)
	raw, err = readAllInto(raw, io.LimitReader(f, int64(*limit)+1))
	if err != nil {
		return err
	}
	m := &mailbox.Message{Account: "rep@example.com", UID: 1, Raw: raw, Token: mailbox.Token("rep@example.com", raw)}
	res, err := h(ctx, m)
	if err != nil {
		return err
	}
	if res.Draft == nil {
		return fmt.Errorf("no draft (skip %q)", res.Skip)
	}
	runtime.KeepAlive(raw) // the mailbox holds the message until the draft is stored
	return json.NewEncoder(out).Encode(memoryResult{VmHWMKB: vmHWM(), DraftBytes: len(res.Draft),
		QuotedBytes: quotedBytes(res.Draft), Seconds: time.Since(start).Seconds()})
}

// readAllInto appends all of r to buf.
func readAllInto(buf []byte, r io.Reader) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// quotedBytes counts the bytes of the "> " lines of the draft's text, as
// decoded from its transfer encoding.
func quotedBytes(draft []byte) int {
	ent, err := message.Read(bytes.NewReader(draft))
	if err != nil {
		return -1
	}
	text, err := io.ReadAll(ent.Body)
	if err != nil {
		return -1
	}
	n := 0
	for _, l := range bytes.Split(text, []byte("\n")) {
		if bytes.HasPrefix(l, []byte(">")) {
			n += len(l) + 1
		}
	}
	return n
}

// bigMessage is a client email of about size bytes: a short question and
// then a long pasted text, on one line or wrapped at 72 columns.
func bigMessage(size int, wrapped bool) []byte {
	var b bytes.Buffer
	b.Grow(size + 1024)
	b.WriteString("From: Dana Kim <dana@client.test>\r\nTo: rep@example.com\r\nSubject: Export from our old system\r\n" +
		"Message-ID: <big-export@client.test>\r\nDate: Mon, 7 Dec 2026 09:00:00 +0000\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
		"Could you reconcile the ledger export below against the bank statements for 2025? ")
	words := strings.Fields("invoice 4411 paid by transfer on the twelfth, credit note pending, supplier balance carried forward; ")
	col := 0
	for i := 0; b.Len() < size; i++ {
		w := words[i%len(words)]
		if wrapped && col+len(w) > 72 {
			b.WriteString("\r\n")
			col = 0
		} else if col > 0 || !wrapped {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += len(w)
	}
	b.WriteString("\r\n")
	return b.Bytes()
}
