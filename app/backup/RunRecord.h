#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Coffre {

// What one backup run did, as the user-facing history keeps it (one JSON line each).
struct RunRecord {
    enum class Result { Ok, Failed, Cancelled };

    QString profile; // profile name
    QDateTime startUtc;
    QDateTime endUtc;
    Result result = Result::Failed;
    bool verified = false; // the upload was checked (size + Whirlpool) after end.pl
    QString archiveName;
    QString url; // 1fichier download link of the archive
    qint64 size = 0; // archive bytes
    qint64 files = 0; // files archived
    int warnings = 0; // e.g. unreadable files skipped
    QString error; // one sentence when not Ok
    int pruned = 0; // old backups deleted by retention

    bool isVerifiedSuccess() const { return result == Result::Ok && verified; }

    static QString resultName(Result result); // "ok", "failed", "cancelled"
    QJsonObject toJson() const;
    // nullopt for anything that is not a complete record (e.g. a line cut by a crash).
    static std::optional<RunRecord> fromJson(const QJsonObject &json);

    friend bool operator==(const RunRecord &, const RunRecord &) = default;
};

} // namespace Coffre
