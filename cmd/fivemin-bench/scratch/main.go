package main

import (
	"crypto/tls"
	"fmt"
	"os"
	"sync/atomic"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/fivemin/fivemin/mailbox/mailtest"
)

type tb struct{}

func (tb) Helper()                   {}
func (tb) Fatal(a ...any)            { panic(fmt.Sprint(a...)) }
func (tb) Fatalf(f string, a ...any) { panic(fmt.Sprintf(f, a...)) }
func (tb) Skipf(f string, a ...any)  { panic(fmt.Sprintf(f, a...)) }
func (tb) Cleanup(func())            {}

func main() {
	d := mailtest.StartDovecotWith(tb{}, mailtest.DovecotOptions{NoFsync: true})
	defer os.RemoveAll(d.Dir)
	d.AddUser(tb{}, "u@example.com", "pw")
	i := 0
	deliver := func() {
		i++
		d.Deliver(tb{}, "u@example.com", []byte(fmt.Sprintf("Subject: %d\r\nMessage-ID: <%d@x>\r\n\r\nhi\r\n", i, i)))
	}
	deliver()
	var exists atomic.Uint32
	c, err := imapclient.DialStartTLS(d.IMAPAddr(), &imapclient.Options{TLSConfig: &tls.Config{RootCAs: d.CertPool},
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{Mailbox: func(m *imapclient.UnilateralDataMailbox) {
			if m.NumMessages != nil {
				exists.Store(*m.NumMessages)
			}
		}}})
	if err != nil {
		panic(err)
	}
	if err := c.Login("u@example.com", "pw").Wait(); err != nil {
		panic(err)
	}
	status := func() uint32 {
		st, err := c.Status("INBOX", &imap.StatusOptions{UIDNext: true, NumMessages: true}).Wait()
		if err != nil {
			panic(err)
		}
		return uint32(st.UIDNext)
	}
	for k := 0; k < 3; k++ {
		a := status()
		deliver()
		b := status()
		fmt.Println("STATUS unselected:", a, "->", b)
	}
	sel, _ := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	exists.Store(sel.NumMessages)
	for k := 0; k < 3; k++ {
		a := exists.Load()
		deliver()
		c.Noop().Wait()
		fmt.Println("NOOP examined:", a, "->", exists.Load())
	}
	for k := 0; k < 3; k++ {
		a := status()
		deliver()
		b := status()
		fmt.Println("STATUS while examined:", a, "->", b, "exists", exists.Load())
	}
	c.Select("Drafts", &imap.SelectOptions{ReadOnly: true}).Wait()
	for k := 0; k < 3; k++ {
		a := status()
		deliver()
		b := status()
		fmt.Println("STATUS with Drafts examined:", a, "->", b)
	}
}
