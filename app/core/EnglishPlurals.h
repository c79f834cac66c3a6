#pragma once

namespace Coffre {

// English is the source language, but a source text cannot hold both plural forms: Qt
// resolves tr("%n file(s)", nullptr, n) through a translation. This installs the English
// one (translations/coffre_en.ts, only the %n messages, embedded as :/plurals/coffre_en.qm)
// so counts read "1 file" and "7 files". Installed first: a real translation installed
// later (French, ...) takes precedence. Idempotent; needs a QCoreApplication.
void installEnglishPlurals();

} // namespace Coffre
