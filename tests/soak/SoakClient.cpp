#include "SoakClient.h"

#include "SoakStats.h"
#include "SoakTarget.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {

QByteArray field(const QByteArray &body, const char *key)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String(key)).toString().toUtf8();
}

// What went wrong with a reply, for the errors by kind: empty for a 2xx.
QByteArray kindOf(const SoakConnection::Reply &reply)
{
    if (reply.status == 0)
        return reply.failure;
    if (reply.status < 300)
        return {};
    const QByteArray code = field(reply.body, "error_code");
    return "HTTP " + QByteArray::number(reply.status) + (code.isEmpty() ? "" : " " + code);
}

} // namespace

SoakClient::SoakClient(int index, Role role, const SoakTarget &target, SoakLedger &ledger,
    SoakStats &stats, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_role(role)
    , m_target(target)
    , m_ledger(ledger)
    , m_stats(stats)
    , m_connection(target.host, target.port)
    , m_random(quint32(index + 1))
{
    // Five consoles to a machine, each machine an address of its own, as a room would be.
    m_connection.setSource(
        QHostAddress(QHostAddress(QHostAddress::LocalHost).toIPv4Address() + 1 + quint32(index / 5)));
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &SoakClient::next);
}

void SoakClient::start()
{
    scheduleNext();
}

void SoakClient::hold(bool held)
{
    m_held = held;
    if (!held && !m_connection.busy() && !m_pace.isActive())
        scheduleNext();
}

void SoakClient::scheduleNext()
{
    // Exponential think time, 200 ms on average: the consoles do not march in step.
    const double u = std::max(1e-6, m_random.generateDouble());
    m_pace.start(int(std::min(2000.0, -200.0 * std::log(u))));
}

void SoakClient::next()
{
    if (m_held || m_connection.busy())
        return;
    if (m_token.isEmpty())
        login();
    else if (m_role == Role::Drafter)
        draftStep();
    else if (m_role == Role::DeviceWriter)
        deviceStep();
    else
        readStep();
}

void SoakClient::call(
    const QByteArray &method, const QByteArray &target, const QByteArray &body, Done done)
{
    const bool control = target.startsWith("/_sim");
    m_connection.send(method, target, control ? QByteArray() : m_token, body,
        [this, done](const SoakConnection::Reply &reply) {
            m_stats.reply(reply.status, reply.ms, kindOf(reply));
            if (reply.status == 401)
                m_token.clear();
            if (done)
                done(reply);
            if (!m_held)
                scheduleNext();
        });
}

SoakLedger::Outcome SoakClient::outcome(const SoakConnection::Reply &reply)
{
    if (reply.status == 0)
        return SoakLedger::Outcome::NoAnswer;
    return reply.status < 300 ? SoakLedger::Outcome::Acknowledged : SoakLedger::Outcome::Refused;
}

void SoakClient::login()
{
    const QByteArray body = QJsonDocument(QJsonObject {
        {QStringLiteral("username"), QString::fromLatin1(m_target.publicKey)},
        {QStringLiteral("apiKey"), QString::fromLatin1(m_target.privateKey)}})
                                .toJson(QJsonDocument::Compact);
    call("POST", m_target.api + "/auth/providers/mongodb-cloud/login", body,
        [this](const SoakConnection::Reply &reply) {
            if (reply.status == 200) {
                m_token = field(reply.body, "access_token");
                m_refresh = field(reply.body, "refresh_token");
            }
        });
}

// The drafter: learn the draft, make one, stage a change, read the diff, then deploy it
// (four times in five) or discard it.
void SoakClient::draftStep()
{
    const QByteArray drafts = m_target.app + "/drafts";
    if (m_draftUnknown) {
        call("GET", drafts, {}, [this](const SoakConnection::Reply &reply) {
            if (reply.status != 200)
                return;
            const QJsonArray list = QJsonDocument::fromJson(reply.body).array();
            m_draft = list.first().toObject().value(QStringLiteral("_id")).toString().toUtf8();
            m_draftStage = m_draft.isEmpty() ? 0 : 1;
            m_draftUnknown = false;
        });
        return;
    }
    auto settle = [this](const SoakConnection::Reply &reply, const QByteArray &draftAfter,
                      int stageAfter) {
        if (reply.status == 0) {
            m_draftUnknown = true;
            m_ledger.draftInDoubt();
        } else if (reply.status < 300) {
            m_draft = draftAfter;
            m_draftStage = stageAfter;
            m_ledger.draftIs(QString::fromUtf8(draftAfter));
        } else if (reply.status == 409 || reply.status == 404) {
            m_draftUnknown = true; // someone else's draft, or ours is gone: look again
        }
    };
    switch (m_draftStage) {
    case 0:
        call("POST", drafts, {}, [this, settle](const SoakConnection::Reply &reply) {
            settle(reply, field(reply.body, "_id"), 1);
        });
        break;
    case 1:
        call("PATCH", m_target.config, m_target.enableBody,
            [this](const SoakConnection::Reply &) { m_draftStage = 2; });
        break;
    case 2:
        call("GET", drafts + '/' + m_draft + "/diff", {},
            [this](const SoakConnection::Reply &) { m_draftStage = 3; });
        break;
    default:
        if (m_random.bounded(5) == 0) {
            call("DELETE", drafts + '/' + m_draft, {},
                [settle](const SoakConnection::Reply &reply) { settle(reply, {}, 0); });
        } else {
            const QByteArray name = "soak " + QByteArray::number(m_random.generate());
            call("POST", drafts + '/' + m_draft + "/deployment", "{\"name\":\"" + name + "\"}",
                [this, settle](const SoakConnection::Reply &reply) {
                    if (reply.status == 201)
                        m_ledger.deploymentCreated(QString::fromUtf8(field(reply.body, "_id")));
                    settle(reply, {}, 0);
                });
        }
    }
}

// A device writer: its device soak-I-N made, then removed, then the next one; a removal that
// got no answer is asked again until answered.
void SoakClient::deviceStep()
{
    const QString id = QStringLiteral("soak-%1-%2").arg(m_index).arg(m_deviceSerial);
    const QByteArray devices = "/_sim/apps/" + m_target.appId + "/devices";
    if (!m_deviceMade && !m_deviceUnknown) {
        const QByteArray body = "{\"id\":\"" + id.toUtf8() + "\",\"online\":false}";
        call("POST", devices, body, [this, id](const SoakConnection::Reply &reply) {
            m_ledger.deviceCreated(id, outcome(reply));
            if (reply.status == 0)
                m_deviceUnknown = true; // remove it, in case it was made
            else if (reply.status < 300)
                m_deviceMade = true;
            else
                ++m_deviceSerial;
        });
        return;
    }
    call("DELETE", devices + '/' + id.toUtf8(), {}, [this, id](const SoakConnection::Reply &reply) {
        if (reply.status == 0) {
            m_ledger.deviceRemoved(id, SoakLedger::Outcome::NoAnswer);
            return;
        }
        if (reply.status < 300 || reply.status == 404) {
            m_ledger.deviceRemoved(id, reply.status == 404 && m_deviceUnknown
                    ? SoakLedger::Outcome::Acknowledged
                    : outcome(reply));
            m_deviceMade = false;
            m_deviceUnknown = false;
            ++m_deviceSerial;
        }
    });
}

void SoakClient::readStep()
{
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_target.clockAheadS);
    const int pick = int(m_random.bounded(100));
    if (pick < 5) {
        const QByteArray entry = "[{\"type\":\"SYNC_SESSION_START\",\"started\":\""
            + now.toString(Qt::ISODateWithMs).toUtf8() + "\",\"messages\":[\"soak reader "
            + QByteArray::number(m_index) + "\"]}]";
        call("POST", "/_sim/apps/" + m_target.appId + "/logs", entry);
    } else if (pick < 12) {
        m_connection.send("POST", m_target.api + "/auth/session", m_refresh, {},
            [this](const SoakConnection::Reply &reply) {
                m_stats.reply(reply.status, reply.ms,
                    reply.status == 0 || reply.status >= 300 ? "session refresh refused" : "");
                if (reply.status == 201 || reply.status == 200)
                    m_token = field(reply.body, "access_token");
                else if (reply.status > 0)
                    m_token.clear();
                if (!m_held)
                    scheduleNext();
            });
    } else {
        const QByteArray metrics = "/metrics?granularity=PT1H&start="
            + now.addSecs(-86400).toString(Qt::ISODate).toUtf8()
            + "&end=" + now.toString(Qt::ISODate).toUtf8();
        const QByteArray paths[] = {m_target.app, m_target.app + "/services", m_target.config,
            m_target.app + "/drafts", m_target.app + "/deployments", m_target.app + metrics,
            m_target.app + "/logs?limit=50", m_target.api + "/auth/profile",
            "/_sim/apps/" + m_target.appId + "/devices"};
        call("GET", paths[m_random.bounded(int(std::size(paths)))], {});
    }
}
