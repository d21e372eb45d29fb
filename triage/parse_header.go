package triage

import (
	"bytes"

	"github.com/emersion/go-message/textproto"
)

// A message held in memory has its header block read here rather than by
// textproto.ReadHeader, which copies every field into a buffer of its own
// through a bufio.Reader: that was most of the allocation of parsing a
// message. The header built is the same (same fields, order, raw bytes
// and values: AddRaw keys and trims as ReadHeader does); any block this
// reader does not handle the same way for sure is left to ReadHeader.

// maxFastHeader bounds the header blocks read here; larger ones (and the
// 1 MB bound of message.Read) are left to ReadHeader.
const maxFastHeader = 256 << 10

// headerLines is one field of a header block: the bytes of its lines
// [start, end) in data.
type headerLines struct{ start, end int }

// headerFromBytes reads the header block at the start of data as
// textproto.ReadHeader does, and returns the header and the offset of the
// body (after the blank line). ok is false when the block is not one it
// reads the same way for sure (a malformed line, a first line that is a
// continuation, no blank line, a very long block): the caller then uses
// ReadHeader.
func headerFromBytes(data []byte) (h textproto.Header, body int, ok bool) {
	var small [48]headerLines
	fields, body, size, ok := scanHeaderBlock(data, small[:0])
	if !ok || len(fields) == 0 {
		// An empty header is rare, and ReadHeader's holds an empty list
		// rather than none.
		return h, 0, false
	}
	// ReadHeader keeps each field as its lines, each ended by CRLF
	// whatever the message's line ends: one buffer for all of them.
	buf := make([]byte, 0, size)
	for i, f := range fields {
		start := len(buf)
		for rest := data[f.start:f.end]; len(rest) > 0; {
			var line []byte
			line, rest = cutLine(rest)
			buf = append(append(buf, line...), '\r', '\n')
		}
		fields[i] = headerLines{start, len(buf)} // now a span of buf
	}
	// ReadHeader lists the fields bottom first; AddRaw appends.
	for i := len(fields) - 1; i >= 0; i-- {
		f := fields[i]
		h.AddRaw(buf[f.start:f.end:f.end])
	}
	return h, body, true
}

// scanHeaderBlock finds the fields of the header block of data (appended
// to fields), the offset of the body, and the size of the fields' lines
// with CRLF ends; ok is false for a block headerFromBytes leaves to
// ReadHeader.
func scanHeaderBlock(data []byte, fields []headerLines) (_ []headerLines, body, size int, ok bool) {
	if len(data) == 0 || isHeaderSpace(data[0]) {
		return nil, 0, 0, false
	}
	for i := 0; ; {
		if i > maxFastHeader {
			return nil, 0, 0, false
		}
		j := bytes.IndexByte(data[i:], '\n')
		if j < 0 {
			return nil, 0, 0, false // no blank line: rare, left to ReadHeader
		}
		line, _ := cutLine(data[i:])
		next := i + j + 1
		switch {
		case len(line) == 0:
			return fields, next, size, true
		case isHeaderSpace(line[0]):
			fields[len(fields)-1].end = next // a continuation line
		case !validFieldStart(line):
			return nil, 0, 0, false
		default:
			fields = append(fields, headerLines{i, next})
		}
		size += len(line) + 2
		i = next
	}
}

// cutLine returns the first line of b as bufio.Reader.ReadLine does
// (without its LF or CRLF) and the rest after it.
func cutLine(b []byte) (line, rest []byte) {
	j := bytes.IndexByte(b, '\n')
	if j < 0 {
		return b, nil
	}
	line, rest = b[:j], b[j+1:]
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	return line, rest
}

// validFieldStart: the first line of a field has a colon, and the name
// before it, trimmed, is not empty and holds only the bytes ReadHeader
// accepts.
func validFieldStart(line []byte) bool {
	colon := bytes.IndexByte(line, ':')
	if colon < 0 {
		return false
	}
	key := trimHeaderSpace(line[:colon])
	if len(key) == 0 {
		return false
	}
	for _, c := range key {
		if c < 33 || c > 126 {
			return false
		}
	}
	return true
}

func isHeaderSpace(c byte) bool { return c == ' ' || c == '\t' }

func trimHeaderSpace(b []byte) []byte {
	for len(b) > 0 && isHeaderSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isHeaderSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}
