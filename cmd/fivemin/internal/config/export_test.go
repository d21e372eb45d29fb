package config

// Done is closed when the watcher has stopped after ctx ended.
func (w *Watcher) Done() <-chan struct{} { return w.done }

// Reload reads the file now, as SIGHUP does.
func (w *Watcher) Reload() error { return w.reload(true, "request") }
