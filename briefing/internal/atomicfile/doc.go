// Package atomicfile writes files and folders so that a reader, or a
// process that is killed midway, never sees half of one: WriteFile
// replaces one file, and Stage, SyncAll and Commit write a folder of named
// files beside the one it replaces and swap it in. Clean clears what
// writers that were killed left behind.
//
// It owns the names of its temporary files and folders (.NAME.new-N, and
// .NAME.new-N.old for a folder moved aside) and knows nothing of what is
// written. It imports only the standard library, golang.org/x/sys and
// briefing/internal/lazy; every package of briefing that writes uses it,
// and it imports none of them.
package atomicfile
