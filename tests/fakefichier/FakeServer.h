#pragma once

#include "ApiEndpoints.h"
#include "ControlEndpoints.h"
#include "DownloadEndpoint.h"
#include "FakeState.h"
#include "NodeEndpoints.h"
#include "RequestLog.h"
#include "RequestRouter.h"

#include <QObject>
#include <QTcpServer>

namespace Coffre::Fake {

// The stand-in: three loopback ports playing api.1fichier.com, an upload node and a
// download host, sharing one state. Routes each request, applies the flood limiter and the
// faults, and writes the request log.
class FakeServer : public QObject, public RequestRouter
{
    Q_OBJECT
public:
    explicit FakeServer(const FakeOptions &options, QObject *parent = nullptr);
    ~FakeServer() override;

    bool start(QString *error);
    quint16 apiPort() const { return m_state.apiPort; }
    quint16 nodePort() const { return m_state.nodePort; }
    quint16 dlPort() const { return m_state.dlPort; }

    HeadDecision onHeaders(HttpRequest &request) override;
    HttpResponse onRequest(HttpRequest &request, BodySink *sink) override;
    void onFinished(const HttpRequest &request, int status, const QString &logResult) override;

private:
    bool listen(QTcpServer &server, quint16 port, Role role, quint16 *bound, QString *error);
    static QString statsKey(const HttpRequest &request);
    // The reply to a request that no transport fault (drop, hang) keeps from being handled.
    HttpResponse dispatch(HttpRequest &request, BodySink *sink);

    FakeState m_state;
    ApiEndpoints m_api;
    NodeEndpoints m_node;
    DownloadEndpoint m_download;
    ControlEndpoints m_control;
    RequestLog m_log;
    QTcpServer m_apiServer;
    QTcpServer m_nodeServer;
    QTcpServer m_dlServer;
};

} // namespace Coffre::Fake
