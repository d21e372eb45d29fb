package mailbox

import (
	"io"

	"github.com/emersion/go-imap/v2"
)

// readLiteral reads a fetched message of at most limit bytes (one more
// tells an oversized one). The buffer is sized from the literal's announced
// length: io.ReadAll would grow it step by step and allocate about twice a
// 25 MiB message before the last copy.
func readLiteral(r imap.LiteralReader, limit int64) ([]byte, error) {
	n := r.Size()
	if n < 0 || n > limit {
		n = limit
	}
	buf := make([]byte, 0, n+1) // +1: the EOF read needs room
	lr := io.LimitReader(r, limit)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the size was wrong: grow
		}
		m, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}
