#pragma once

#include <QCoreApplication>
#include <QString>

namespace Coffre {

// Reads the API key from a file given with --api-key-file, for cron and scripts. The file
// must be a regular file owned by the user with no group or other permissions (0600 or
// 0400), like ssh's private keys: anything looser means the key has probably been seen.
class ApiKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyFile)
public:
    // The biggest file that can hold a key and the whitespace around it.
    static constexpr qint64 MaxSize = 4096;

    struct Result {
        QString key; // normalized and well formed when error is empty
        QString error; // one sentence; never contains the file's content
        bool ok() const { return error.isEmpty(); }
    };

    static Result read(const QString &path);
};

} // namespace Coffre
