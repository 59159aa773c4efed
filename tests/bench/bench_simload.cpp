// The simulator as a training room's backend: a standalone sync-console-sim process on
// loopback, and 50 consoles, each on its own keep-alive connection, asking for the linked
// cluster's config again the moment the last answer is in (a closed loop: the simulator is
// saturated, so the latencies are the worst a room can make). Four loads: GET only; a quarter
// of the requests PATCHes into the draft; the same with --state (every change written to disk
// atomically); and the same with 60 more devices syncing, writing and logging every second.
// Prints requests/s and the latency's p50/p99/max per load.
// Run: build/tests/bench_simload [seconds per load] [only this load, from 1]
#include "BenchStats.h"
#include "SimDefaults.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr int Clients = 50;

struct Target
{
    QUrl base; // .../api/admin/v3.0
    QByteArray token;
    QByteArray configPath;
    QByteArray patchBody;
    QString appId;
};

// One request through QNetworkAccessManager, for the set-up; the load uses raw sockets.
QJsonDocument call(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
    const QByteArray &token = {}, const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    BenchStats::waitUntil([reply] { return reply->isFinished(); });
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

bool setUp(const QUrl &base, Target *t, int extraDevices)
{
    QNetworkAccessManager network;
    t->base = base;
    const QString root = base.toString(QUrl::RemovePath);
    const QJsonObject login = call(network, "POST",
        QUrl(base.toString() + QStringLiteral("/auth/providers/mongodb-cloud/login")), {},
        QJsonDocument(QJsonObject {{QStringLiteral("username"), SimDefaults::publicKey()},
                          {QStringLiteral("apiKey"), SimDefaults::privateKey()}})
            .toJson())
                                  .object();
    t->token = login.value(QStringLiteral("access_token")).toString().toLatin1();
    const QString group = call(network, "GET", QUrl(root + QStringLiteral("/_sim/state")))
                              .object()
                              .value(QStringLiteral("group_id"))
                              .toString();
    const QString apps = base.toString() + QStringLiteral("/groups/%1/apps").arg(group);
    t->appId = call(network, "GET", QUrl(apps), t->token)
                   .array()
                   .first()
                   .toObject()
                   .value(QStringLiteral("_id"))
                   .toString();
    const QString app = apps + QLatin1Char('/') + t->appId;
    QString serviceId;
    for (const QJsonValue &s :
        call(network, "GET", QUrl(app + QStringLiteral("/services")), t->token).array())
        if (s.toObject().value(QStringLiteral("type")).toString() == QLatin1String("mongodb-atlas"))
            serviceId = s.toObject().value(QStringLiteral("_id")).toString();
    const QString config = app + QStringLiteral("/services/%1/config").arg(serviceId);
    t->configPath = QUrl(config).path().toLatin1();
    const QJsonObject current = call(network, "GET", QUrl(config), t->token).object();
    const QString key = current.contains(QStringLiteral("flexible_sync"))
        ? QStringLiteral("flexible_sync")
        : QStringLiteral("sync");
    QJsonObject block = current.value(key).toObject();
    block.insert(QStringLiteral("state"), QStringLiteral("enabled"));
    t->patchBody = QJsonDocument(QJsonObject {{key, block}}).toJson(QJsonDocument::Compact);
    for (int i = 0; i < extraDevices; ++i)
        call(network, "POST", QUrl(root + QStringLiteral("/_sim/apps/%1/devices").arg(t->appId)),
            {},
            QJsonDocument(QJsonObject {{QStringLiteral("id"), QStringLiteral("room-%1").arg(i)},
                              {QStringLiteral("online"), true}, {QStringLiteral("synced"), true},
                              {QStringLiteral("write_every_s"), 1}})
                .toJson());
    return !t->token.isEmpty() && !serviceId.isEmpty();
}

// A console on one keep-alive connection: a request, its whole answer, the next request.
class Console
{
public:
    Console(const Target &target, int patchPercent, quint32 seed, std::vector<double> *latencies)
        : m_target(target)
        , m_patchPercent(patchPercent)
        , m_random(seed)
        , m_latencies(latencies)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, [this] { send(); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
        m_socket.connectToHost(target.base.host(), quint16(target.base.port()));
    }

    bool recording = false;
    int errors = 0;

private:
    void send()
    {
        const bool patch = int(m_random.bounded(100)) < m_patchPercent;
        QByteArray request = (patch ? "PATCH " : "GET ") + m_target.configPath
            + " HTTP/1.1\r\nHost: " + m_target.base.host().toLatin1() + "\r\nAuthorization: Bearer "
            + m_target.token + "\r\n";
        if (patch)
            request += "Content-Type: application/json\r\nContent-Length: "
                + QByteArray::number(m_target.patchBody.size()) + "\r\n\r\n" + m_target.patchBody;
        else
            request += "\r\n";
        m_buffer.clear();
        m_timer.start();
        m_socket.write(request);
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        const int headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = m_buffer.left(headerEnd).toLower();
        const int at = head.indexOf("content-length:");
        const int length
            = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toInt();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        if (recording) {
            m_latencies->push_back(BenchStats::ms(m_timer));
            if (status >= 300)
                ++errors;
        }
        send();
    }

    const Target &m_target;
    int m_patchPercent;
    QRandomGenerator m_random;
    std::vector<double> *m_latencies;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

struct Load
{
    const char *name;
    int patchPercent;
    bool state;
    int extraDevices;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::max(0.2, atof(argv[1])) : 5.0;
    const Load loads[] = {
        {"GET config", 0, false, 0},
        {"GET config, 25% PATCH", 25, false, 0},
        {"GET config, 25% PATCH, --state", 25, true, 0},
        {"the same with 60 more devices syncing", 25, true, 60},
    };
    std::printf("%d consoles, closed loop, %.1f s per load, standalone simulator on loopback\n",
        Clients, seconds);
    std::printf(
        "%-40s %9s %8s %8s %8s %7s\n", "load", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
    const int only = argc > 2 ? atoi(argv[2]) : 0;
    bool ok = true;
    QStringList figures;
    for (const Load &load : loads) {
        if (only > 0 && &load != &loads[only - 1])
            continue;
        QTemporaryDir dir;
        QProcess sim;
        QStringList arguments {QStringLiteral("--port"), QStringLiteral("0")};
        if (load.state)
            arguments << QStringLiteral("--state") << dir.filePath(QStringLiteral("state.json"));
        sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim.start(QStringLiteral(SIM_BINARY), arguments);
        if (!BenchStats::waitUntil([&sim] { return sim.canReadLine(); }, 10000)) {
            std::printf("%-40s the simulator did not start\n", load.name);
            ok = false;
            continue;
        }
        const QUrl base(QString::fromUtf8(sim.readLine().trimmed()));
        Target target;
        if (!setUp(base, &target, load.extraDevices)) {
            std::printf("%-40s set-up failed\n", load.name);
            ok = false;
        } else {
            std::vector<double> latencies;
            std::vector<std::unique_ptr<Console>> consoles;
            for (int i = 0; i < Clients; ++i)
                consoles.push_back(std::make_unique<Console>(
                    target, load.patchPercent, quint32(i + 1), &latencies));
            QElapsedTimer clock;
            clock.start();
            BenchStats::waitUntil([&clock] { return clock.elapsed() > 500; }); // warm up
            for (auto &c : consoles)
                c->recording = true;
            latencies.clear();
            QElapsedTimer measured;
            measured.start();
            BenchStats::waitUntil(
                [&measured, seconds] { return measured.elapsed() > seconds * 1000; },
                int(seconds * 1000) + 1000);
            const double elapsed = BenchStats::ms(measured) / 1000.0;
            int errors = 0;
            for (auto &c : consoles) {
                c->recording = false;
                errors += c->errors;
            }
            std::printf("%-40s %9.0f %8.2f %8.2f %8.2f %7d\n", load.name,
                double(latencies.size()) / elapsed, percentile(latencies, 0.5),
                percentile(latencies, 0.99), percentile(latencies, 1.0), errors);
            figures.push_back(QStringLiteral("FIGURE\troom: 50 consoles, %1\tp99 %2 ms, %3 "
                                             "req/s\t\t\tp99 < 20 ms\n")
                                  .arg(QLatin1String(load.name))
                                  .arg(percentile(latencies, 0.99), 0, 'f', 2)
                                  .arg(double(latencies.size()) / elapsed, 0, 'f', 0));
            consoles.clear();
        }
        sim.terminate();
        sim.waitForFinished(5000);
    }
    std::printf("(goal: p99 < 20 ms with 50 consoles)\n");
    for (const QString &figure : figures)
        std::printf("%s", qPrintable(figure));
    return ok ? 0 : 1;
}
