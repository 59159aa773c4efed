#pragma once

#include "SimDeviceControl.h"
#include "SimReply.h"

#include <QJsonObject>
#include <QStringList>

class SimBackend;
struct SimApp;
struct SimRequest;

// The simulator's control API, which trainers and tests use to inject faults and move the
// simulation along at run time; every path below /_sim is routed here, by one table:
//   GET|POST|DELETE  faults                  the fault rules in force; add one; remove all
//   POST             reset                   back to the scenario's start
//   POST             expire-tokens           every access token expires
//   GET              clock                   the clock's time and how far it is ahead
//   POST             clock?advance=SECONDS   the clock moves on
//   GET              state                   the whole state, as a state file holds it
//   POST             settings                deployment_delay_ms, token_lifetime_s
//   PATCH            apps/{app}              config_layout: "services" or "sync"
//   ...              apps/{app}/devices...   an app's devices and logs (SimDeviceControl)
// A known path asked with another method is refused with 405, an unknown one with 404.
class SimControlApi final
{
public:
    explicit SimControlApi(SimBackend &backend);

    // `request.path` is below /_sim.
    SimReply handle(const SimRequest &request);

private:
    // One routed request: the app and the device its path names, where it names them.
    struct Call
    {
        const SimRequest &request;
        SimApp *app = nullptr;
        int device = -1;
    };
    using Handler = SimReply (SimControlApi::*)(const Call &);
    struct Route
    {
        const char *method;
        const char *path; // segments; {app} and {device} stand for ids
        Handler handler;
    };
    static const Route Routes[];

    static bool matches(const char *pattern, const QStringList &segments);
    SimReply dispatch(const Route &route, const QStringList &segments, const SimRequest &request);

    SimReply faults(const Call &call);
    SimReply addFault(const Call &call);
    SimReply clearFaults(const Call &call);
    SimReply reset(const Call &call);
    SimReply expireTokens(const Call &call);
    SimReply clock(const Call &call);
    SimReply readClock(const Call &call);
    SimReply state(const Call &call);
    SimReply settings(const Call &call);
    SimReply changeApp(const Call &call);
    static QJsonObject appJson(const SimApp &app);
    SimReply devices(const Call &call);
    SimReply addDevice(const Call &call);
    SimReply device(const Call &call);
    SimReply changeDevice(const Call &call);
    SimReply removeDevice(const Call &call);
    SimReply resetDevice(const Call &call);
    SimReply addLogs(const Call &call);

    SimBackend &m_backend;
    SimDeviceControl m_devices;
};
