#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace Coffre {

// Reads a secret from standard input, never from argv (which every user can see in the
// process list). On a terminal it prompts on stderr and turns echo off while the user
// types; from a pipe or file it reads everything up to a size limit.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)
public:
    static constexpr qint64 MaxSize = 4096;

    struct Result {
        QString text; // as read, not trimmed
        QString error; // one sentence when reading failed
        bool ok() const { return error.isEmpty(); }
    };

    // `prompt` is shown (on `err`) only when stdin is a terminal.
    static Result read(const QString &prompt, QTextStream &err);
};

} // namespace Coffre
