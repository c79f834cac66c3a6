#pragma once

namespace Coffre {

// Process-wide settings made once at the start of main(), before any thread exists:
// - SIGXFSZ is ignored, so a file-size limit (ulimit -f) makes a write fail with EFBIG —
//   which the archive writer reports as "not enough space" and cleans up after — instead
//   of killing Coffre in the middle of an archive.
// - No core dumps, and the process is not dumpable (PR_SET_DUMPABLE 0): a crash never
//   writes the API key held in memory to a core file, and other processes of the same
//   user cannot read its memory or its environment (COFFRE_API_KEY) through /proc.
void hardenProcess();

} // namespace Coffre
