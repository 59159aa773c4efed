#include "SoakRun.h"
#include "SoakTrace.h"

#include "SoakClient.h"
#include "SoakConnection.h"
#include "SoakSimulator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <QUrl>
#include <cstdio>

namespace {
constexpr int KillEveryMs = 60000;
constexpr int DiskFullMs = 10000;
constexpr qint64 MaxFilledBytes = 2LL << 30;
constexpr int PrefilledLogs = 200000; // SimLogEntry::MaxPerApp
constexpr int PrefillBatch = 5000;

QString text(const QByteArray &body, const char *key)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String(key)).toString();
}
} // namespace

SoakRun::SoakRun(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_target.publicKey = "soak-public";
    m_target.privateKey = "soak-private-0123456789";
    const QString state = QDir(m_options.stateDir).filePath(QStringLiteral("state.json"));
    m_simulator = std::make_unique<SoakSimulator>(m_options.simulator,
        QStringList {QStringLiteral("--state"), state, QStringLiteral("--api-key"),
            QString::fromLatin1(m_target.publicKey + ':' + m_target.privateKey)});
    connect(m_simulator.get(), &SoakSimulator::ready, this, [this](const QString &base) {
        if (m_onReady)
            m_onReady(base);
    });
    connect(m_simulator.get(), &SoakSimulator::failedToStart, this, [this](const QString &why) {
        std::printf("soak: %s\n", qPrintable(why));
        emit finished(1);
    });
    connect(&m_sample, &QTimer::timeout, this, [this] {
        if (!m_restarting)
            m_stats.residentSet(seconds(), m_simulator->residentMb());
    });
    connect(&m_clockMover, &QTimer::timeout, this, [this] {
        if (!m_restarting && !m_control->busy())
            ask("POST", "/_sim/clock?advance=60", {}, {}, [this](int status, const QByteArray &) {
                if (status == 204)
                    m_target.clockAheadS += 60;
            });
    });
    connect(&m_killer, &QTimer::timeout, this, [this] {
        killAndRestart(seconds() >= m_options.minutes * 60 - 1);
    });
}

SoakRun::~SoakRun() = default;

void SoakRun::start()
{
    std::printf("soak: %.1f min, %d consoles, a kill -9 every minute, the disk full for 10 s "
                "once, the clock a minute ahead every 10 s\n",
        m_options.minutes, m_options.clients);
    std::fflush(stdout);
    m_onReady = [this](const QString &base) { setUp(base); };
    m_simulator->start(0);
}

void SoakRun::ask(const QByteArray &method, const QByteArray &path, const QByteArray &body,
    const QByteArray &token, Json done)
{
    m_control->send(method, path, token, body, [done](const SoakConnection::Reply &reply) {
        if (done)
            done(reply.status, reply.body);
    });
}

void SoakRun::setUp(const QString &baseUrl)
{
    const QUrl base(baseUrl);
    m_target.port = quint16(base.port());
    m_control = std::make_unique<SoakConnection>(m_target.host, m_target.port);
    const QByteArray login = "{\"username\":\"" + m_target.publicKey + "\",\"apiKey\":\""
        + m_target.privateKey + "\"}";
    ask("POST", m_target.api + "/auth/providers/mongodb-cloud/login", login, {},
        [this](int, const QByteArray &body) {
            m_verifierToken = text(body, "access_token").toUtf8();
            ask("GET", "/_sim/state", {}, {}, [this](int, const QByteArray &body) {
                const QByteArray apps
                    = m_target.api + "/groups/" + text(body, "group_id").toUtf8() + "/apps";
                ask("GET", apps, {}, m_verifierToken, [this, apps](int, const QByteArray &body) {
                    m_target.appId = QJsonDocument::fromJson(body)
                                         .array()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("_id"))
                                         .toString()
                                         .toUtf8();
                    m_target.app = apps + '/' + m_target.appId;
                    ask("GET", m_target.app + "/services", {}, m_verifierToken,
                        [this](int, const QByteArray &body) {
                            for (const QJsonValue &s : QJsonDocument::fromJson(body).array())
                                if (s[QStringLiteral("type")].toString()
                                    == QLatin1String("mongodb-atlas"))
                                    m_target.config = m_target.app + "/services/"
                                        + s[QStringLiteral("_id")].toString().toUtf8()
                                        + "/config";
                            ask("GET", m_target.config, {}, m_verifierToken,
                                [this](int status, const QByteArray &body) {
                                    const QJsonObject config
                                        = QJsonDocument::fromJson(body).object();
                                    const QString key
                                        = config.contains(QStringLiteral("flexible_sync"))
                                        ? QStringLiteral("flexible_sync")
                                        : QStringLiteral("sync");
                                    QJsonObject block = config.value(key).toObject();
                                    block.insert(QStringLiteral("state"),
                                        QStringLiteral("enabled"));
                                    m_target.enableBody = QJsonDocument(QJsonObject {{key, block}})
                                                              .toJson(QJsonDocument::Compact);
                                    if (status != 200 || m_target.appId.isEmpty()) {
                                        std::printf("soak: set-up failed (%d)\n", status);
                                        emit finished(1);
                                        return;
                                    }
                                    prefillLogs(0);
                                });
                        });
                });
            });
        });
}

void SoakRun::prefillLogs(int staged)
{
    // The app's logs at their cap before the load starts, spread over the ten days they are
    // kept: a flat resident set then means that nothing leaks, not that the logs are not full
    // yet, and every write pays for a state at its largest. The oldest fall past their
    // retention as the clock moves, and the cap drops more as the devices add theirs.
    if (staged >= PrefilledLogs) {
        std::printf("logs: %d entries staged (the app's cap) before the load\n", staged);
        std::fflush(stdout);
        startLoad();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 spanMs = qint64(10 * 24 - 1) * 3600 * 1000;
    const qint64 firstMs = now.toMSecsSinceEpoch() - spanMs - 3600 * 1000 + 120 * 1000;
    QByteArray batch = "[";
    for (int i = staged; i < staged + PrefillBatch; ++i) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(
            firstMs + spanMs * i / PrefilledLogs, Qt::UTC);
        if (i > staged)
            batch += ',';
        batch += "{\"type\":\"SYNC_CLIENT_WRITE\",\"started\":\""
            + at.toString(Qt::ISODateWithMs).toUtf8()
            + "\",\"messages\":[\"Upload message contained 1 changeset(s)\"],"
              "\"user_id\":\"soak-" + QByteArray::number(i % 60) + "\"}";
    }
    batch += ']';
    ask("POST", "/_sim/apps/" + m_target.appId + "/logs", batch, {},
        [this, staged](int status, const QByteArray &body) {
            if (status != 201) {
                std::printf("soak: staging logs failed (%d): %s\n", status, body.constData());
                emit finished(1);
                return;
            }
            prefillLogs(staged + PrefillBatch);
        });
}

void SoakRun::startLoad()
{
    // Sixty devices of the room's own, online and each writing every 10 s (a user's edit),
    // as the devices syncing under the load.
    for (int i = 0; i < 60; ++i)
        m_ledger.deviceCreated(QStringLiteral("room-%1").arg(i), SoakLedger::Outcome::NoAnswer);
    auto addRoom = std::make_shared<std::function<void(int)>>();
    *addRoom = [this, addRoom](int i) {
        if (i == 60) {
            for (int c = 0; c < m_options.clients; ++c) {
                const SoakClient::Role role = c == 0 ? SoakClient::Role::Drafter
                    : c < 40                        ? SoakClient::Role::DeviceWriter
                                                    : SoakClient::Role::Reader;
                m_clients.push_back(
                    std::make_unique<SoakClient>(c, role, m_target, m_ledger, m_stats));
                m_clients.back()->start();
            }
            m_clock.start();
            m_stats.start();
            m_sample.start(2000);
            m_clockMover.start(10000);
            m_killer.start(KillEveryMs);
            const double fullAt = m_options.minutes >= 2 ? 90.0 : m_options.minutes * 15.0;
            QTimer::singleShot(int(fullAt * 1000), this, &SoakRun::fillDisk);
            QTimer::singleShot(int(m_options.minutes * 60000), this, [this] {
                if (!m_restarting)
                    killAndRestart(true);
            });
            return;
        }
        const QByteArray device = "{\"id\":\"room-" + QByteArray::number(i)
            + "\",\"online\":true,\"synced\":true,\"write_every_s\":10}";
        ask("POST", "/_sim/apps/" + m_target.appId + "/devices", device, {},
            [addRoom, i](int, const QByteArray &) { (*addRoom)(i + 1); });
    };
    (*addRoom)(0);
}

void SoakRun::whenIdle(std::function<void()> then)
{
    for (const auto &c : m_clients)
        if (!c->idle() || m_control->busy()) {
            QTimer::singleShot(20, this, [this, then] { whenIdle(then); });
            return;
        }
    then();
}

void SoakRun::killAndRestart(bool last)
{
    if (m_restarting)
        return;
    m_restarting = true;
    m_stats.residentSet(seconds(), m_simulator->residentMb());
    m_simulator->kill();
    soakTrace(0, 0, "KILL");
    ++m_kills;
    for (const auto &c : m_clients)
        c->hold(true);
    whenIdle([this, last] {
        m_onReady = [this, last](const QString &) {
            soakTrace(0, 0, "READY");
            verify([this, last] {
                soakTrace(0, 0, "RELEASED");
                m_restarting = false;
                if (last) {
                    report();
                    return;
                }
                for (const auto &c : m_clients)
                    c->hold(false);
            });
        };
        m_simulator->start(m_target.port);
    });
}

void SoakRun::verify(std::function<void()> then)
{
    ++m_verifications;
    const QByteArray login = "{\"username\":\"" + m_target.publicKey + "\",\"apiKey\":\""
        + m_target.privateKey + "\"}";
    ask("POST", m_target.api + "/auth/providers/mongodb-cloud/login", login, {},
        [this, then](int, const QByteArray &body) {
            m_verifierToken = text(body, "access_token").toUtf8();
            ask("GET", "/_sim/apps/" + m_target.appId + "/devices", {}, {},
                [this, then](int devicesStatus, const QByteArray &body) {
                    QSet<QString> ids;
                    for (const QJsonValue &d : QJsonDocument::fromJson(body).array())
                        ids.insert(d[QStringLiteral("id")].toString());
                    ask("GET", m_target.app + "/drafts", {}, m_verifierToken,
                        [this, then, ids, devicesStatus](int draftsStatus, const QByteArray &body) {
                            QStringList drafts;
                            for (const QJsonValue &d : QJsonDocument::fromJson(body).array())
                                drafts << d[QStringLiteral("_id")].toString();
                            if (devicesStatus != 200 || draftsStatus != 200)
                                m_lost.insert(QStringLiteral("the restarted simulator did not "
                                                             "answer the check (%1, %2)")
                                                  .arg(devicesStatus)
                                                  .arg(draftsStatus));
                            else
                                for (const QString &wrong : m_ledger.check(ids, drafts))
                                    m_lost.insert(wrong);
                            verifyDeployments(m_ledger.deployments().values(), then);
                        });
                });
        });
}

void SoakRun::verifyDeployments(QList<QString> left, std::function<void()> then)
{
    if (left.isEmpty()) {
        then();
        return;
    }
    const QString id = left.takeLast();
    ask("GET", m_target.app + "/deployments/" + id.toUtf8(), {}, m_verifierToken,
        [this, id, left, then](int status, const QByteArray &) {
            if (status != 200)
                m_lost.insert(
                    QStringLiteral("deployment %1: acknowledged, answered %2").arg(id).arg(status));
            verifyDeployments(left, then);
        });
}

void SoakRun::fillDisk()
{
    // The state file's filesystem filled to the last byte for 10 s, then freed.
    // Only a filesystem of the soak's own is filled: scripts/soak mounts a small tmpfs.
    const QStorageInfo volume(m_options.stateDir);
    if (volume.bytesTotal() > MaxFilledBytes) {
        std::printf("soak: %s is on a filesystem of %lld MB, not a small one of its own; the "
                    "full disk is left out\n",
            qPrintable(m_options.stateDir), volume.bytesTotal() >> 20);
        return;
    }
    const QString path = QDir(m_options.stateDir).filePath(QStringLiteral("filler"));
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly)) {
        std::printf("soak: cannot fill the disk (%s)\n", qPrintable(filler.errorString()));
        return;
    }
    const QByteArray block(1 << 20, 'x');
    while (filler.write(block) == block.size() && filler.flush()) { }
    filler.close();
    m_diskFilled = true;
    m_diskFullAt = seconds();
    QTimer::singleShot(DiskFullMs, this, [path] { QFile::remove(path); });
}

void SoakRun::report()
{
    m_sample.stop();
    m_clockMover.stop();
    m_killer.stop();
    m_simulator->stop();
    const double elapsed = seconds();
    std::printf("\nrequests: %lld in %.0f s (%.0f a second)\n", m_stats.requests(), elapsed,
        double(m_stats.requests()) / elapsed);
    std::printf("latency of answered requests: p50 %.2f ms, p99 %.2f ms, max %.1f ms\n",
        m_stats.percentile(0.5), m_stats.percentile(0.99), m_stats.percentile(1.0));
    std::printf("p99 in each minute (ms):");
    for (double ms : m_stats.p99ByMinute())
        std::printf(" %.1f", ms);
    std::printf("\nerrors by kind:\n");
    for (auto it = m_stats.errors().cbegin(); it != m_stats.errors().cend(); ++it)
        std::printf("  %-48s %8lld\n", it.key().constData(), it.value());
    std::printf("kills: %d; checks after a restart: %d; disk full for 10 s at %.0f s: %s\n",
        m_kills, m_verifications, m_diskFullAt, m_diskFilled ? "yes" : "no");
    std::printf("acknowledged writes: %d (%lld deployments); lost: %lld\n",
        m_ledger.acknowledgedWrites(), qsizetype(m_ledger.deployments().size()),
        qsizetype(m_lost.size()));
    for (const QString &wrong : m_lost)
        std::printf("  LOST %s\n", qPrintable(wrong));
    const std::vector<double> rss = m_stats.residentByMinute();
    std::printf("simulator resident set, largest in each minute (MB):");
    for (double mb : rss)
        std::printf(" %.1f", mb);
    // The first minute holds the start; flat is judged from the second on.
    double low = 1e9;
    double high = 0;
    for (size_t i = rss.size() > 2 ? 1 : 0; i < rss.size(); ++i) {
        low = std::min(low, rss[i]);
        high = std::max(high, rss[i]);
    }
    const double spread = low > 0 ? (high - low) / low * 100.0 : 0;
    std::printf("\nresident set spread from minute 2 on: %.1f %%\n", spread);
    const bool ok = m_lost.isEmpty() && spread <= 10.0 && m_stats.percentile(0.99) < 50.0;
    std::printf("FIGURE\tsoak %.0f min: lost %lld, RSS spread %.1f %%, p99 %.2f ms, %.0f req/s\n",
        m_options.minutes, qsizetype(m_lost.size()), spread, m_stats.percentile(0.99),
        double(m_stats.requests()) / elapsed);
    std::printf("%s (goals: nothing acknowledged lost, RSS flat within 10 %%, p99 < 50 ms)\n",
        ok ? "PASS" : "FAIL");
    std::fflush(stdout);
    emit finished(ok ? 0 : 1);
}
