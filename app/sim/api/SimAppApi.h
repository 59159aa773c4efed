#pragma once

#include "SimReply.h"

#include <QStringList>

class SimBackend;
struct SimApp;
struct SimRequest;

// The Admin API's calls on one app, below /groups/{groupId}/apps/{appId}: its service and
// that service's config (with the sync block), the deploy config, drafts, deployments,
// metrics and logs. SimApi has checked the session and found the app.
class SimAppApi final
{
public:
    explicit SimAppApi(SimBackend &backend);

    // `rest`: the path's segments after the app's id.
    SimReply handle(const SimRequest &request, SimApp &app, const QStringList &rest);

private:
    SimReply patchServiceConfig(const SimRequest &request, SimApp &app);
    SimReply patchDeployConfig(const SimRequest &request, SimApp &app);
    SimReply drafts(const SimRequest &request, SimApp &app, const QStringList &rest);
    SimReply deployments(const SimRequest &request, SimApp &app, const QStringList &rest);
    SimReply metrics(const SimRequest &request, const SimApp &app);
    SimReply logs(const SimRequest &request, SimApp &app);

    SimBackend &m_backend;
};
