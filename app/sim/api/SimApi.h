#pragma once

#include "SimReply.h"
#include "SimRequest.h"

#include <QStringList>

class SimBackend;
struct SimApp;

// The Admin API v3.0 subset that the console uses, spoken for a SimBackend: the same paths,
// methods, status codes and JSON shapes as the OpenAPI document, and where the document and
// the live service differ, the service's (GET drafts answers a list). Every call but login
// needs a valid access token; POST and DELETE /auth/session take the refresh token.
class SimApi final
{
public:
    explicit SimApi(SimBackend *backend);

    SimReply handle(const SimRequest &request);

private:
    SimReply auth(const SimRequest &request, const QStringList &segments);
    SimReply appRoutes(const SimRequest &request, SimApp &app, const QStringList &rest);
    SimReply patchServiceConfig(const SimRequest &request, SimApp &app);
    SimReply patchDeployConfig(const SimRequest &request, SimApp &app);
    SimReply drafts(const SimRequest &request, SimApp &app, const QStringList &rest);
    SimReply deployments(const SimRequest &request, SimApp &app, const QStringList &rest);
    SimReply metrics(const SimRequest &request, const SimApp &app);
    SimReply logs(const SimRequest &request, SimApp &app);
    SimReply profile() const;
    QString bearer(const SimRequest &request) const;

    SimBackend *m_backend;
};
