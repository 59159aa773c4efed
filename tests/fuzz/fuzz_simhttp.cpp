// libFuzzer target: the simulator's HTTP request handling on raw bytes, as a trainee's machine
// (or anything else on the room's network) could send them: the parser, fed in pieces the
// input chooses, and every complete request served by the simulator's Admin API or routed by
// its control API (/_sim), as a loopback client could send it.
#include "HttpRequestParser.h"
#include "Scenarios.h"
#include "SimApi.h"
#include "SimBackend.h"
#include "SimControlApi.h"
#include "SimDefaults.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the backend's timers want an application
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first byte sets how the bytes are split, as a network splits them.
    const int piece = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    SimBackend backend;
    backend.sessions().setApiKey(SimDefaults::publicKey(), SimDefaults::privateKey());
    Scenarios::load(Scenarios::defaultName(), backend);
    SimApi api(&backend);
    SimControlApi control(backend);
    HttpLimits limits;
    limits.maxBodyBytes = 4096;
    HttpRequestParser parser(limits);
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        HttpRequestParser::State state = parser.feed(bytes.mid(at, piece));
        while (state == HttpRequestParser::State::Complete) {
            const HttpRequest request = parser.take();
            if (const std::optional<SimRequest> r = SimRequest::fromHttp(request))
                (void)api.handle(*r).settled();
            else if (const std::optional<SimRequest> c
                = SimRequest::fromHttp(request, SimRequest::ControlPrefix))
                (void)control.handle(*c);
            state = parser.state();
        }
        if (state == HttpRequestParser::State::Failed)
            break;
    }
    return 0;
}
