#include "Authenticator.h"

#include "Messages.h"

#include <QCryptographicHash>

namespace Coffre::Fake {

QString Authenticator::bearerKey(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization").trimmed();
    if (!value.toLower().startsWith("bearer "))
        return {};
    return QString::fromUtf8(value.mid(7).trimmed());
}

Account *Authenticator::authenticate(FakeState &state, const HttpRequest &request, HttpResponse *failure)
{
    const QString key = bearerKey(request);
    if (key.isEmpty()) {
        *failure = HttpResponse::ko(state.options.authStatus, Messages::notAuthenticated());
        return nullptr;
    }
    Account *account = state.store.accountForKey(key);
    if (!account)
        *failure = HttpResponse::ko(state.options.authStatus, Messages::noSuchUser());
    return account;
}

QString Authenticator::clientId(const HttpRequest &request)
{
    const QByteArray digest
        = QCryptographicHash::hash(bearerKey(request).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return request.peer.toString() + QLatin1Char('|') + QString::fromLatin1(digest);
}

} // namespace Coffre::Fake
