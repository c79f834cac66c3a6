#pragma once

#include <QString>

// The invariants a fuzz target checks on what the code under test returned. The first
// broken one is kept; the libFuzzer driver aborts on it (a "crash" with an input saved),
// and tst_fuzzcorpus fails with it, so both judge every input by the same rules.
class FuzzCheck
{
public:
    void expect(bool ok, const QString &what);
    // A message a user may see: not empty, one line with no control characters (so it can
    // neither break a log line nor send terminal escapes), at most `maxChars` long.
    void expectMessage(const QString &text, const QString &what, qsizetype maxChars = 2000);
    // The same rules, but an empty text is fine.
    void expectOneLine(const QString &text, const QString &what, qsizetype maxChars = 2000);

    bool ok() const { return m_failure.isEmpty(); }
    QString failure() const { return m_failure; }

    static bool isOneLine(const QString &text);

private:
    QString m_failure;
};
