#pragma once

#include "fichier/FichierConfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// One line of the stand-in's request log (--log).
struct FakeLogEntry {
    qint64 tMs = 0; // epoch ms when the request started
    QString role, method, path, result;
    QString range; // the Range header, when the request had one
    int status = 0;
    qint64 bytesIn = 0;
};

// Runs the 1fichier stand-in ($COFFRE_FAKE_BIN, tests/fakefichier) for one test: a private
// data dir, a request log, and the control API for seeding files, faults and counters.
class FakeFichier
{
public:
    struct Options {
        QString key; // empty → random valid key
        int rate = 0; // req/s, 0 off (the executable's own default is 3)
        QString faults;
        QString dataDir; // empty → private temp dir
        QStringList extraArgs;
    };

    FakeFichier();
    explicit FakeFichier(const Options &options);
    ~FakeFichier(); // stops the process
    FakeFichier(const FakeFichier &) = delete;
    FakeFichier &operator=(const FakeFichier &) = delete;

    bool start(); // starts $COFFRE_FAKE_BIN, waits for the URL line
    void stop();
    QUrl apiUrl() const; // http://127.0.0.1:<port>/v1
    QString apiKey() const;
    QString errorString() const;
    QList<FakeLogEntry> requestLog() const; // parsed from its --log file
    int countCalls(const QString &pathSuffix) const; // e.g. "file/ls.cgi", "upload.cgi"
    bool setFaults(const QString &spec); // control API
    QString seedFile(const QString &folderPath, const QString &fileName, const QByteArray &content,
        const QDateTime &uploadedUtc = {}); // returns the file url
    QJsonObject stats() const;
    // A client configuration for this stand-in with the short timings tests use where
    // they are not the subject (the request spacing stays at its 334 ms floor).
    Coffre::FichierConfig clientConfig() const;
    // `base` with COFFRE_API_URL and COFFRE_API_KEY of this stand-in, for a coffre process.
    QProcessEnvironment environment(QProcessEnvironment base) const;
    // Many files in one control call (content: the stand-in's byte pattern of `size`).
    struct SeedFile {
        QString name;
        qint64 size = 1;
        QDateTime uploadedUtc; // invalid: now
    };
    QStringList seedFiles(const QString &folderPath, const QList<SeedFile> &files); // their urls

    // Beyond the shared API: for tests of the stand-in itself.
    qint64 processId() const;
    QString dataDir() const;
    QString logPath() const;
    // Any control call: `method` GET or POST, `what` e.g. "unlock"; empty object on failure.
    QJsonObject control(const QByteArray &method, const QString &what, const QJsonObject &body = {}) const;

private:
    Options m_options;
    QString m_key;
    QUrl m_apiUrl;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir; // log, and data unless Options::dataDir
    std::unique_ptr<QProcess> m_process;
};
