package mailtest

import (
	"syscall"
)

// RefusedPort returns a loopback TCP port that refuses connections for as
// long as the test runs: a socket bound to it but not listening holds it,
// so no other test's server can take it meanwhile (closing a listener and
// hoping the port stays free races with servers started in parallel).
func RefusedPort(t TB) int {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatalf("socket: %v", err)
	}
	t.Cleanup(func() { _ = syscall.Close(fd) }) // nothing to do if it fails
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatalf("bind: %v", err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Fatalf("getsockname: %v", err)
	}
	return sa.(*syscall.SockaddrInet4).Port
}
