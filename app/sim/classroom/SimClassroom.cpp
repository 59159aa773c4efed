#include "SimClassroom.h"

#include "Scenarios.h"
#include "SimApi.h"
#include "SimBackend.h"
#include "SimStateFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

SimClassroom::SimClassroom(int seats, const QString &scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
{
    for (int number = 1; number <= seats; ++number) {
        auto seat = std::make_unique<Seat>();
        seat->number = number;
        // Atlas public keys are 8 lower-case letters; the seat's number keeps them apart.
        QString random;
        for (int i = 0; i < 4; ++i)
            random += QChar(u'a' + int(QRandomGenerator::system()->bounded(26)));
        seat->publicKey
            = QStringLiteral("seat%1%2").arg(number, 2, 10, QLatin1Char('0')).arg(random);
        seat->privateKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        seat->backend = std::make_unique<SimBackend>();
        seat->backend->setGroupId(groupIdOf(number));
        seat->backend->sessions().setApiKey(seat->publicKey, seat->privateKey);
        Scenarios::load(scenario, *seat->backend);
        seat->backend->markScenarioStart(scenario);
        seat->api = std::make_unique<SimApi>(seat->backend.get());
        seat->progress = SimSeatProgress(seat->backend->now().toSecsSinceEpoch());
        connect(seat->backend.get(), &SimBackend::changed, this, &SimClassroom::changed);
        Seat *s = seat.get();
        connect(seat->backend.get(), &SimBackend::deploymentFinished, this,
            [this, s](const QString &appId, const QString &deploymentId) {
                if (const SimApp *app = s->backend->app(appId)) {
                    s->progress.observeDeployment(
                        *app, deploymentId, s->backend->now().toSecsSinceEpoch());
                    saveProgress(*s);
                }
            });
        m_seats.push_back(std::move(seat));
    }
}

SimClassroom::~SimClassroom() = default;

QString SimClassroom::progressPath(const QString &dir, int number)
{
    return QDir(dir).filePath(QStringLiteral("seat-%1.progress.json").arg(number));
}

QString SimClassroom::groupIdOf(int number)
{
    return QStringLiteral("5f1a2b3c4d5e6f7a8b9c%1").arg(number, 4, 16, QLatin1Char('0'));
}

SimClassroom::Seat *SimClassroom::seat(int number)
{
    if (number < 1 || number > size())
        return nullptr;
    return m_seats[size_t(number - 1)].get();
}

SimClassroom::Seat *SimClassroom::seatForKey(const QString &publicKey)
{
    for (const auto &s : m_seats)
        if (s->publicKey == publicKey)
            return s.get();
    return nullptr;
}

SimClassroom::Seat *SimClassroom::seatForToken(const QString &token)
{
    if (token.isEmpty())
        return nullptr;
    for (const auto &s : m_seats) {
        SimSessions &sessions = s->backend->sessions();
        if (sessions.isRefreshToken(token)
            || sessions.checkAccess(token, s->backend->now()) != SimSessions::Check::Unknown)
            return s.get();
    }
    return nullptr;
}

SimClassroom::Seat *SimClassroom::seatForGroup(const QString &groupId)
{
    for (const auto &s : m_seats)
        if (s->backend->groupId() == groupId)
            return s.get();
    return nullptr;
}

QString SimClassroom::instructorToken(Seat &seat)
{
    SimSessions &sessions = seat.backend->sessions();
    if (seat.instructorToken.isEmpty()
        || sessions.checkAccess(seat.instructorToken, seat.backend->now())
            != SimSessions::Check::Valid)
        seat.instructorToken
            = sessions.login(seat.publicKey, seat.privateKey, seat.backend->now()).accessToken;
    return seat.instructorToken;
}

bool SimClassroom::reset(int number)
{
    Seat *s = seat(number);
    if (!s || !s->backend->resetScenario())
        return false;
    s->progress.reset(s->backend->now().toSecsSinceEpoch());
    saveProgress(*s);
    return true;
}

bool SimClassroom::keepIn(const QString &dir, QString *problem)
{
    m_dir = dir;
    if (!QDir().mkpath(dir)) {
        *problem = QStringLiteral("cannot make the classroom's directory %1").arg(dir);
        return false;
    }
    const QString keysPath = QDir(dir).filePath(QStringLiteral("seats.json"));
    QFile keysFile(keysPath);
    if (keysFile.exists()) {
        if (!keysFile.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("cannot read %1: %2").arg(keysPath, keysFile.errorString());
            return false;
        }
        const QJsonArray seats = QJsonDocument::fromJson(keysFile.read(1 << 20))
                                     .object()
                                     .value(QStringLiteral("seats"))
                                     .toArray();
        if (seats.size() != size()) {
            *problem = QStringLiteral("%1 holds a class of %2 seats, not %3; start with "
                                      "--classroom %2, or give another --state")
                           .arg(keysPath)
                           .arg(seats.size())
                           .arg(size());
            return false;
        }
        for (int i = 0; i < size(); ++i) {
            Seat &s = *m_seats[size_t(i)];
            s.publicKey = seats[i][QStringLiteral("public_key")].toString();
            s.privateKey = seats[i][QStringLiteral("private_key")].toString();
            s.backend->sessions().setApiKey(s.publicKey, s.privateKey);
        }
    } else {
        QJsonArray seats;
        for (const auto &s : m_seats)
            seats.append(QJsonObject {{QStringLiteral("seat"), s->number},
                {QStringLiteral("public_key"), s->publicKey},
                {QStringLiteral("private_key"), s->privateKey}});
        QSaveFile out(keysPath);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(QJsonDocument(QJsonObject {{QStringLiteral("scenario"), m_scenario},
                                           {QStringLiteral("seats"), seats}})
                             .toJson())
                < 0
            || !out.commit()) {
            *problem = QStringLiteral("cannot write %1: %2").arg(keysPath, out.errorString());
            return false;
        }
    }
    for (const auto &s : m_seats) {
        const QString path = QDir(dir).filePath(QStringLiteral("seat-%1.json").arg(s->number));
        s->file = std::make_unique<SimStateFile>(s->backend.get(), path);
        qint64 pid = 0;
        QString host;
        if (s->file->lock(&pid, &host) != QLockFile::NoError) {
            *problem = QStringLiteral("the seat file %1 is in use by another simulator").arg(path);
            return false;
        }
        const SimStateFile::Load loaded = s->file->load(problem);
        if (loaded == SimStateFile::Load::Failed)
            return false;
        s->restored = loaded == SimStateFile::Load::Loaded;
        if (!s->restored && !s->file->save(problem))
            return false;
        s->progress = SimSeatProgress(s->backend->now().toSecsSinceEpoch());
        // Its progress through the runbook, kept beside (a seat without one starts afresh).
        QFile progress(progressPath(dir, s->number));
        if (s->restored && progress.open(QIODevice::ReadOnly)) {
            const QJsonDocument kept = QJsonDocument::fromJson(progress.read(1 << 20));
            if (kept.isObject())
                s->progress = SimSeatProgress::fromState(kept.object());
        }
        if (!saveProgress(*s, problem))
            return false;
        s->file->watch();
    }
    return true;
}

bool SimClassroom::advanceClock(int number, qint64 seconds)
{
    Seat *s = seat(number);
    if (!s)
        return false;
    s->backend->advanceClock(seconds);
    return true;
}

void SimClassroom::setDeploymentDelayMs(int ms)
{
    for (const auto &s : m_seats)
        s->backend->setDeploymentDelayMs(ms);
}

void SimClassroom::setAccessTokenLifetime(int seconds)
{
    for (const auto &s : m_seats)
        s->backend->sessions().setAccessTokenLifetime(seconds);
}

void SimClassroom::observe(Seat &seat, const SimRequest &request, const SimReply &reply)
{
    // .../groups/G/apps/A/...: the app the request was about.
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const SimApp *app = segments.size() > 3 && segments[0] == QLatin1String("groups")
        ? seat.backend->app(segments[3])
        : nullptr;
    seat.progress.observe(request, reply, app, seat.backend->now().toSecsSinceEpoch());
    saveProgress(seat);
}

bool SimClassroom::saveProgress(Seat &seat, QString *problem)
{
    if (m_dir.isEmpty())
        return true;
    const QByteArray bytes = QJsonDocument(seat.progress.state()).toJson(QJsonDocument::Compact);
    if (bytes == seat.progressSaved)
        return true;
    QSaveFile out(progressPath(m_dir, seat.number));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit()) {
        if (problem)
            *problem = QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString());
        return false;
    }
    seat.progressSaved = bytes;
    return true;
}

QJsonObject SimClassroom::seatJson(int number) const
{
    const Seat &s = *m_seats[size_t(number - 1)];
    QJsonArray apps;
    int resets = 0;
    int waiting = 0;
    for (const SimApp &app : s.backend->apps()) {
        apps.append(
            QJsonObject {{QStringLiteral("_id"), app.id}, {QStringLiteral("name"), app.name},
                {QStringLiteral("sync_state"), SimSeatProgress::syncState(app)},
                {QStringLiteral("has_draft"), bool(app.draft)}});
        for (const SimClient &client : app.clients)
            for (const SimClient::Reset &r : client.resets) {
                ++resets;
                waiting += r.resolved ? 0 : 1;
            }
    }
    const QList<SimApp> &all = s.backend->apps();
    return QJsonObject {{QStringLiteral("seat"), number},
        {QStringLiteral("public_key"), s.publicKey},
        {QStringLiteral("group_id"), s.backend->groupId()},
        {QStringLiteral("sync_state"),
            all.isEmpty() ? QString() : SimSeatProgress::syncState(all.first())},
        {QStringLiteral("apps"), apps},
        {QStringLiteral("client_resets"),
            QJsonObject {{QStringLiteral("total"), resets}, {QStringLiteral("waiting"), waiting}}},
        {QStringLiteral("clock"), s.backend->now().toString(Qt::ISODate)},
        {QStringLiteral("progress"), s.progress.toJson(s.backend->now().toSecsSinceEpoch())}};
}

QString SimClassroom::sheetMarkdown(const QString &baseUrl, const QString &fingerprint) const
{
    QString sheet = QStringLiteral(
        "# Classroom: %1 seats, scenario %2\n\n"
        "Each seat is a project of its own; its key pair sees that project only. In Sync "
        "Console: Connection > Connect..., *App Services*, base URL, public key and private key "
        "as below.\n")
                        .arg(size())
                        .arg(m_scenario);
    if (!fingerprint.isEmpty())
        sheet += QStringLiteral(
            "\nThe server's certificate has this SHA-256 fingerprint:\n\n`%1`\n\n"
            "On the first connect Sync Console shows the fingerprint it was given: compare it "
            "with this one, character by character, and press *Trust This Certificate* only if "
            "they are the same. The curl lines need the certificate itself (`certificate.pem`, "
            "from the trainer; it is not secret).\n")
                     .arg(fingerprint);
    const QString curl = fingerprint.isEmpty() ? QStringLiteral("curl -s")
                                               : QStringLiteral("curl -s --cacert certificate.pem");
    for (const auto &s : m_seats) {
        sheet += QStringLiteral(
            "\n## Seat %1\n\n"
            "| | |\n| --- | --- |\n"
            "| Base URL | `%2` |\n"
            "| Public key | `%3` |\n"
            "| Private key | `%4` |\n"
            "| Project (group) | `%5` |\n\n"
            "```sh\n"
            "%6 -X POST '%2/auth/providers/mongodb-cloud/login' -H 'Content-Type: "
            "application/json' -d '{\"username\": \"%3\", \"apiKey\": \"%4\"}'\n"
            "```\n")
                     .arg(s->number)
                     .arg(baseUrl, s->publicKey, s->privateKey, s->backend->groupId(), curl);
    }
    return sheet;
}
