#pragma once

#include "SimAppApi.h"
#include "SimReply.h"
#include "SimRequest.h"

#include <QStringList>
#include <optional>

class SimBackend;

// The Admin API v3.0 subset that the console uses, spoken for a SimBackend: the same paths,
// methods, status codes and JSON shapes as the OpenAPI document, and where the document and
// the live service differ, the service's (GET drafts answers a list). Every call but login
// needs a valid access token; POST and DELETE /auth/session take the refresh token. The calls
// on one app are SimAppApi's.
class SimApi final
{
public:
    explicit SimApi(SimBackend *backend);

    SimReply handle(const SimRequest &request);

private:
    SimReply auth(const SimRequest &request, const QStringList &segments);
    SimReply profile() const;
    // The 401 for a request whose access token is missing, expired or unknown; nothing when
    // the token is valid.
    std::optional<SimReply> refuseAccess(const SimRequest &request) const;
    // The 400 or 413 for a body the simulator does not take in; nothing when it does.
    static std::optional<SimReply> refuseBody(const SimRequest &request);
    QString bearer(const SimRequest &request) const;

    SimBackend *m_backend;
    SimAppApi m_app;
};
