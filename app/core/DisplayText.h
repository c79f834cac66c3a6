#pragma once

#include <QString>

// Text from outside (a server's message, a name from a file) made safe to put in a
// one-line message, a log line or a terminal: control characters and line breaks become
// spaces, runs of white space one space, and the result is cut to at most `maxChars`
// characters (never in the middle of a surrogate pair), with "…" when cut.
namespace Coffre::DisplayText {

QString oneLine(const QString &text, qsizetype maxChars = 300);

} // namespace Coffre::DisplayText
