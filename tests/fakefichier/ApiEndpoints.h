#pragma once

#include "FakeState.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QJsonObject>

namespace Coffre::Fake {

// The /v1/... endpoints of api.1fichier.com (§4.2, §4.5–4.17), with the wire shapes the
// document records: lowercase status, `content-type` key, Paris dates, root "Root", ...
class ApiEndpoints
{
public:
    explicit ApiEndpoints(FakeState &state);
    HttpResponse handle(const HttpRequest &request);

    // Wire shape of one file in file/ls.cgi and folder/ls.cgi items.
    static QJsonObject fileItem(const FileEntry &file);
    // The "listing-size" / "listing-whirlpool" faults on one file object of a reply.
    static void damageEntry(QJsonObject &entry, bool size, bool checksum);
    // File and folder names: 1..250 characters; with `rejectReserved`, none of the
    // characters rclone calls reserved (§5.4, §8.3).
    static bool nameAllowed(const QString &name, bool rejectReserved);

private:
    HttpResponse userInfo(Account &account, const HttpRequest &request);
    HttpResponse folderLs(Account &account, const QJsonObject &body);
    HttpResponse folderMkdir(Account &account, const QJsonObject &body);
    HttpResponse folderRm(Account &account, const QJsonObject &body);
    HttpResponse folderMv(Account &account, const QJsonObject &body);
    HttpResponse fileLs(Account &account, const QJsonObject &body);
    HttpResponse fileInfo(Account &account, const QJsonObject &body);
    HttpResponse fileRm(Account &account, const QJsonObject &body);
    HttpResponse fileMv(Account &account, const QJsonObject &body);
    HttpResponse fileRename(Account &account, const QJsonObject &body);
    HttpResponse fileCp(Account &account, const QJsonObject &body);
    HttpResponse uploadServer(Account &account);
    HttpResponse getToken(Account &account, const QJsonObject &body);

    HttpResponse ok(QJsonObject object) const;
    HttpResponse ko(int status, const QString &message) const;
    bool nameAllowed(const QString &name) const
    {
        return nameAllowed(name, m_state.options.rejectReservedNames);
    }
    bool folderNameTaken(const Account &account, qint64 parentId, const QString &name, qint64 except) const;

    FakeState &m_state;
    bool m_pretty = false;
};

} // namespace Coffre::Fake
