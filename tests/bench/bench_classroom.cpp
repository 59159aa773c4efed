// A classroom on one standalone simulator (--classroom 60): 60 consoles, each signed in to its
// own seat with the seat's key pair from the printed sheet, each from its own loopback address
// (127.0.0.10, .11, ...) with the 6 keep-alive connections Qt opens to a host, making the
// requests a console makes (sign in, the app, the linked cluster's Sync config, deployments,
// logs), each connection pausing a moment between answers; and a hostile peer (127.0.0.2)
// holding 1,000 idle sockets that sends nothing. Two loads: the hostile peer opens its sockets
// once; the hostile peer opens a new one whenever the server closes one (so it always tries to
// hold 1,000). Prints, per seat, the requests answered, p50/p99 and how many were refused
// (503), lost (the connection closed with a request on it) or failed (any other status >= 300).
// Run: build/tests/bench_classroom [seconds per load] [hostile sockets] [consoles] [pause ms]
#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {

constexpr int ConnectionsPerConsole = 6;

struct Target
{
    QUrl base; // .../api/admin/v3.0
    QByteArray host;
    quint16 port = 0;
    QByteArray appPath; // /api/admin/v3.0/groups/G/apps/A
    QByteArray configPath;
    QString publicKey; // the seat's key pair
    QString privateKey;
};

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

QByteArray loginBody(const Target &t)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("username"), t.publicKey},
                             {QStringLiteral("apiKey"), t.privateKey}})
        .toJson(QJsonDocument::Compact);
}

// The seats' key pairs from the sheet sync-console-sim --classroom prints, in seat order.
QList<QPair<QString, QString>> readSheet(QProcess &sim)
{
    QList<QPair<QString, QString>> seats;
    QString publicKey;
    BenchStats::waitUntil([&] {
        while (sim.canReadLine()) {
            const QString line = QString::fromUtf8(sim.readLine());
            const QString value = line.section(QLatin1Char('`'), 1, 1);
            if (line.startsWith(QLatin1String("| Public key")))
                publicKey = value;
            else if (line.startsWith(QLatin1String("| Private key")))
                seats.append({publicKey, value});
            else if (line.startsWith(QLatin1String("Sheet:")))
                return true;
        }
        return false;
    });
    return seats;
}

bool setUp(const QUrl &base, Target *t)
{
    // t->publicKey and t->privateKey: seat 1's.
    QNetworkAccessManager network;
    t->base = base;
    t->host = base.host().toLatin1();
    t->port = quint16(base.port());
    const QByteArray token = call(network, "POST",
        QUrl(base.toString() + QStringLiteral("/auth/providers/mongodb-cloud/login")), {},
        loginBody(*t))
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toLatin1();
    const QString group
        = call(network, "GET", QUrl(base.toString() + QStringLiteral("/auth/profile")), token)
              .object()
              .value(QStringLiteral("roles"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("group_id"))
              .toString();
    const QString apps = base.toString() + QStringLiteral("/groups/%1/apps").arg(group);
    const QString appId = call(network, "GET", QUrl(apps), token)
                              .array()
                              .first()
                              .toObject()
                              .value(QStringLiteral("_id"))
                              .toString();
    const QString app = apps + QLatin1Char('/') + appId;
    QString serviceId;
    for (const QJsonValue &s :
        call(network, "GET", QUrl(app + QStringLiteral("/services")), token).array())
        if (s.toObject().value(QStringLiteral("type")).toString() == QLatin1String("mongodb-atlas"))
            serviceId = s.toObject().value(QStringLiteral("_id")).toString();
    t->appPath = QUrl(app).path().toLatin1();
    t->configPath = t->appPath + "/services/" + serviceId.toLatin1() + "/config";
    return !token.isEmpty() && !appId.isEmpty() && !serviceId.isEmpty();
}

struct SeatStats
{
    std::vector<double> latencies;
    int refused = 0;
    int lost = 0;
    int failed = 0;
};

class Console;

// One of a console's keep-alive connections: a request, its whole answer, a pause, the next.
// A connection the server closed is opened again for the next request, as Qt does.
class Connection
{
public:
    Connection(Console *console, int index);
    ~Connection() { m_socket.disconnect(); }
    void start();

private:
    void due();
    void send();
    void read();
    void dropped();

    Console *m_console;
    int m_index;
    int m_step;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    bool m_waiting = false; // a request is on the wire
    bool m_wantSend = false;
};

class Console
{
public:
    Console(const Target &target, const QHostAddress &from, int pauseMs)
        : target(target)
        , from(from)
        , pauseMs(pauseMs)
    {
        for (int i = 0; i < ConnectionsPerConsole; ++i)
            m_connections.push_back(std::make_unique<Connection>(this, i));
    }
    void start()
    {
        for (auto &c : m_connections)
            c->start();
    }

    const Target target;
    QHostAddress from;
    int pauseMs;
    QByteArray token;
    bool recording = false;
    SeatStats stats;

private:
    std::vector<std::unique_ptr<Connection>> m_connections;
};

Connection::Connection(Console *console, int index)
    : m_console(console)
    , m_index(index)
    , m_step(index)
{
    QObject::connect(&m_socket, &QTcpSocket::connected, [this] {
        if (m_wantSend)
            send();
    });
    QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { dropped(); });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            dropped();
    });
}

void Connection::start()
{
    QTimer::singleShot(m_index * 7, &m_socket, [this] { due(); });
}

void Connection::due()
{
    m_timer.start();
    m_wantSend = true;
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        return send();
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        m_socket.bind(m_console->from);
        m_socket.connectToHost(
            QHostAddress(QString::fromLatin1(m_console->target.host)), m_console->target.port);
    }
}

void Connection::send()
{
    m_wantSend = false;
    const Target &t = m_console->target;
    // The first connection signs in first; the others wait for its token.
    if (m_console->token.isEmpty() && m_index != 0) {
        QTimer::singleShot(20, &m_socket, [this] { due(); });
        return;
    }
    QByteArray line;
    QByteArray body;
    // Every 50th request of the first connection signs in again (a console's sign-in).
    const int kind
        = m_console->token.isEmpty() ? 0 : (m_step % 50 == 0 && m_index == 0 ? 0 : 1 + m_step % 4);
    switch (kind) {
    case 0:
        line = "POST " + t.base.path().toLatin1() + "/auth/providers/mongodb-cloud/login";
        body = loginBody(t);
        break;
    case 1:
        line = "GET " + t.appPath;
        break;
    case 2:
        line = "GET " + t.configPath;
        break;
    case 3:
        line = "GET " + t.appPath + "/deployments";
        break;
    default:
        line = "GET " + t.appPath + "/logs";
        break;
    }
    ++m_step;
    QByteArray request = line + " HTTP/1.1\r\nHost: " + t.host + "\r\n";
    if (kind != 0)
        request += "Authorization: Bearer " + m_console->token + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    m_buffer.clear();
    m_waiting = true;
    m_socket.write(request);
}

void Connection::read()
{
    m_buffer += m_socket.readAll();
    const int headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || !m_waiting)
        return;
    const QByteArray head = m_buffer.left(headerEnd).toLower();
    const int at = head.indexOf("content-length:");
    const int length
        = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toInt();
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    m_waiting = false;
    const int status = m_buffer.mid(9, 3).toInt();
    const QByteArray body = m_buffer.mid(headerEnd + 4, length);
    if (status == 200 && body.contains("\"access_token\""))
        m_console->token = QJsonDocument::fromJson(body)
                               .object()
                               .value(QStringLiteral("access_token"))
                               .toString()
                               .toLatin1();
    SeatStats &stats = m_console->stats;
    if (m_console->recording) {
        if (status == 503)
            ++stats.refused;
        else if (status >= 300)
            ++stats.failed;
        else
            stats.latencies.push_back(BenchStats::ms(m_timer));
    }
    QTimer::singleShot(m_console->pauseMs, &m_socket, [this] { due(); });
}

void Connection::dropped()
{
    if (!m_waiting && !m_wantSend)
        return; // closed while idle: opened again for the next request
    if (m_waiting && m_console->recording)
        ++m_console->stats.lost;
    m_waiting = false;
    m_socket.abort();
    QTimer::singleShot(m_console->pauseMs, &m_socket, [this] { due(); });
}

// Holds `count` sockets to the simulator from one address and never sends a byte; with
// `reopen`, opens a new one whenever one is closed.
class Hostile
{
public:
    Hostile(const Target &target, const QHostAddress &from, int count, bool reopen)
        : m_target(target)
        , m_from(from)
        , m_reopen(reopen)
    {
        for (int i = 0; i < count; ++i)
            m_sockets.push_back(std::make_unique<QTcpSocket>());
        for (auto &s : m_sockets) {
            QTcpSocket *socket = s.get();
            QObject::connect(socket, &QTcpSocket::disconnected, [this, socket] {
                ++closed;
                if (m_reopen)
                    QTimer::singleShot(0, socket, [this, socket] { open(socket); });
            });
            open(socket);
        }
    }
    ~Hostile()
    {
        for (auto &s : m_sockets)
            s->disconnect();
    }
    int held() const
    {
        int n = 0;
        for (const auto &s : m_sockets)
            n += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return n;
    }
    int closed = 0;
    int opened = 0;

private:
    void open(QTcpSocket *socket)
    {
        socket->abort();
        socket->bind(m_from);
        socket->connectToHost(QHostAddress(QString::fromLatin1(m_target.host)), m_target.port);
        ++opened;
    }

    const Target &m_target;
    QHostAddress m_from;
    bool m_reopen;
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

void raiseFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

// The hostile peer runs in a process of its own (this program with --hostile HOST PORT COUNT
// REOPEN), so that its churn costs the simulator's CPU, not the measuring room's event loop.
int hostileMain(const QStringList &args)
{
    Target target;
    target.host = args.value(2).toLatin1();
    target.port = quint16(args.value(3).toInt());
    Hostile hostile(target, QHostAddress(QStringLiteral("127.0.0.2")), args.value(4).toInt(),
        args.value(5) == QLatin1String("1"));
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, [&hostile] {
        std::printf("%d %d %d\n", hostile.held(), hostile.closed, hostile.opened);
        std::fflush(stdout);
    });
    report.start(250);
    return QCoreApplication::exec();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    raiseFileLimit(); // this program holds over 1,360 sockets itself
    if (app.arguments().value(1) == QLatin1String("--hostile"))
        return hostileMain(app.arguments());
    const double seconds = argc > 1 ? std::max(0.5, atof(argv[1])) : 10.0;
    const int hostileCount = argc > 2 ? atoi(argv[2]) : 1000;
    const int consoles = argc > 3 ? std::clamp(atoi(argv[3]), 1, 240) : 60;
    const int pauseMs = argc > 4 ? std::max(0, atoi(argv[4])) : 100;
    std::printf("%d consoles x %d connections (127.0.0.10...), a pause of %d ms between a "
                "connection's requests; a hostile peer (127.0.0.2) holding %d idle sockets; "
                "%.1f s per load\n",
        consoles, ConnectionsPerConsole, pauseMs, hostileCount, seconds);
    bool ok = true;
    const QTemporaryDir sheetDir;
    for (const bool reopen : {false, true}) {
        QProcess sim;
        sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // The sheet goes to the working directory.
        sim.setWorkingDirectory(sheetDir.path());
        sim.start(QStringLiteral(SIM_BINARY),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--classroom"),
                QString::number(consoles)});
        if (!BenchStats::waitUntil([&sim] { return sim.canReadLine(); }, 10000)) {
            std::printf("the simulator did not start\n");
            return 1;
        }
        const QUrl base(QString::fromUtf8(sim.readLine().trimmed()));
        const QList<QPair<QString, QString>> keys = readSheet(sim);
        Target target;
        target.publicKey = keys.value(0).first;
        target.privateKey = keys.value(0).second;
        if (keys.size() != consoles || !setUp(base, &target)) {
            std::printf("set-up failed\n");
            return 1;
        }
        std::printf("\n== hostile peer %s ==\n",
            reopen ? "opens a new socket whenever one is closed" : "opens its sockets once");
        QProcess hostile;
        hostile.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        hostile.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--hostile"), QString::fromLatin1(target.host),
                QString::number(target.port), QString::number(hostileCount),
                reopen ? QStringLiteral("1") : QStringLiteral("0")});
        // Its latest report: sockets held, closed by the server, opened.
        QList<QByteArray> report {"0", "0", "0"};
        const auto readReport = [&hostile, &report] {
            while (hostile.canReadLine())
                report = hostile.readLine().trimmed().split(' ');
        };
        QElapsedTimer clock;
        clock.start();
        BenchStats::waitUntil([&clock] { return clock.elapsed() > 1500; }); // its sockets land
        readReport();
        const QByteArray heldBefore = report.value(0);
        std::vector<std::unique_ptr<Console>> room;
        // Each console signs in to its own seat: the same app ids in the seat's own project.
        const QByteArray firstGroup = "5f1a2b3c4d5e6f7a8b9c0001";
        for (int i = 0; i < consoles; ++i) {
            Target seat = target;
            const QByteArray group
                = "5f1a2b3c4d5e6f7a8b9c" + QByteArray::number(i + 1, 16).rightJustified(4, '0');
            seat.appPath.replace(firstGroup, group);
            seat.configPath.replace(firstGroup, group);
            seat.publicKey = keys[i].first;
            seat.privateKey = keys[i].second;
            room.push_back(std::make_unique<Console>(
                seat, QHostAddress(QStringLiteral("127.0.0.%1").arg(10 + i)), pauseMs));
        }
        for (auto &c : room)
            c->start();
        clock.restart();
        BenchStats::waitUntil([&clock] { return clock.elapsed() > 1000; }); // warm up
        for (auto &c : room)
            c->recording = true;
        QElapsedTimer measured;
        measured.start();
        BenchStats::waitUntil([&measured, seconds] { return measured.elapsed() > seconds * 1000; },
            int(seconds * 1000) + 1000);
        for (auto &c : room)
            c->recording = false;
        const double elapsed = BenchStats::ms(measured) / 1000.0;
        std::printf("%-6s %8s %8s %8s %8s %8s %8s\n", "seat", "answers", "p50 ms", "p99 ms",
            "refused", "lost", "failed");
        std::vector<double> all;
        int refused = 0, lost = 0, failed = 0, silent = 0;
        double worstP99 = 0;
        for (int i = 0; i < consoles; ++i) {
            const SeatStats &s = room[size_t(i)]->stats;
            const double p99 = percentile(s.latencies, 0.99);
            worstP99 = std::max(worstP99, p99);
            std::printf("%-6d %8zu %8.2f %8.2f %8d %8d %8d\n", i + 1, s.latencies.size(),
                percentile(s.latencies, 0.5), p99, s.refused, s.lost, s.failed);
            all.insert(all.end(), s.latencies.begin(), s.latencies.end());
            refused += s.refused;
            lost += s.lost;
            failed += s.failed;
            silent += s.latencies.empty() ? 1 : 0;
        }
        std::printf("all    %8zu %8.2f %8.2f %8d %8d %8d   (%.0f answers/s, worst seat's p99 "
                    "%.2f ms, max %.2f ms, seats with no answer: %d)\n",
            all.size(), percentile(all, 0.5), percentile(all, 0.99), refused, lost, failed,
            double(all.size()) / elapsed, worstP99, percentile(all, 1.0), silent);
        readReport();
        std::printf("hostile peer: %s sockets held before the room came, %s at the end; the "
                    "server closed %s, it opened %s\n",
            heldBefore.constData(), report.value(0).constData(), report.value(1).constData(),
            report.value(2).constData());
        hostile.kill();
        hostile.waitForFinished(5000);
        std::printf("FIGURE\tclassroom: %d consoles x 6 + %d idle sockets (%s)\tp99 %.2f ms, "
                    "refused %d, lost %d\t\t\tp99 < 50 ms, none refused\n",
            consoles, hostileCount, reopen ? "reopened" : "held", percentile(all, 0.99), refused,
            lost);
        ok = ok && silent == 0;
        room.clear();
        sim.terminate();
        sim.waitForFinished(5000);
    }
    std::printf("(goal: every seat answered, p99 < 50 ms, none refused)\n");
    return ok ? 0 : 1;
}
