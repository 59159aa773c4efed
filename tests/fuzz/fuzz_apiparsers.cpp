// libFuzzer target: every response parser of the client, on any bytes a server could send.
// The first byte picks the parser; the rest is the reply body.
#include "ApiParsers.h"
#include "SimulatorControlClient.h"
#include "SyncMetrics.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 18) {
    case 0:
        (void)ApiParsers::tokens(body);
        break;
    case 1:
        (void)ApiParsers::accessToken(body);
        break;
    case 2:
        (void)ApiParsers::profile(body);
        break;
    case 3:
        (void)ApiParsers::app(body);
        break;
    case 4:
        (void)ApiParsers::apps(body);
        break;
    case 5:
        (void)ApiParsers::services(body);
        break;
    case 6: {
        const auto r = ApiParsers::serviceConfig(body);
        if (r.ok()) { // what the views then ask of it
            (void)r.value.sync.summary();
            (void)r.value.sync.choice();
            (void)r.value.sync.state();
        }
        break;
    }
    case 7:
        (void)ApiParsers::deployConfig(body);
        break;
    case 8:
        (void)ApiParsers::draft(body);
        break;
    case 9:
        (void)ApiParsers::currentDraft(body);
        break;
    case 10:
        (void)ApiParsers::draftDiff(body);
        break;
    case 11:
        (void)ApiParsers::deployment(body);
        break;
    case 12:
        (void)ApiParsers::deployments(body);
        break;
    case 13:
        (void)ApiParsers::metrics(body);
        break;
    case 14:
        (void)SimulatorControlClient::parseDevices(body);
        break;
    case 15:
        (void)ApiParsers::httpError(400 + data[0] % 200, body).message();
        break;
    case 16: {
        const auto page = ApiParsers::logPage(body);
        if (page.ok())
            for (const SyncLogEntry &e : page.value.entries)
                (void)e.protocolErrorCode();
        break;
    }
    default: {
        const auto r = ApiParsers::metrics(body);
        if (r.ok())
            (void)SyncMetrics::from(r.value);
        break;
    }
    }
    return 0;
}
