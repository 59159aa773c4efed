#pragma once

#include "SimSeatProgress.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class SimApi;
class SimBackend;
class SimStateFile;
struct SimReply;
struct SimRequest;

// A class on one simulator (sync-console-sim --classroom N): N seats, each a project (group)
// of its own with its own key pair, apps and sessions, all started from the same scenario. A
// seat's key signs in to its own project only; its tokens are unknown to every other seat, so
// it can neither see nor change another seat's apps (404 for another seat's group).
class SimClassroom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimClassroom)

public:
    struct Seat
    {
        int number = 0; // from 1
        QString publicKey;
        QString privateKey;
        std::unique_ptr<SimBackend> backend;
        std::unique_ptr<SimApi> api;
        SimSeatProgress progress;
        std::unique_ptr<SimStateFile> file; // with --state; goes before the backend
        bool restored = false; // its state came from its file
        QString instructorToken; // the seat's own access token the instructor's requests use
        QByteArray progressSaved; // as last written: an unchanged progress is not written again
    };

    // `seats` seats with fresh key pairs, each loaded with `scenario` (its start marked, so a
    // seat can be reset to it).
    SimClassroom(int seats, const QString &scenario, QObject *parent = nullptr);
    ~SimClassroom() override;

    int size() const { return int(m_seats.size()); }
    QString scenario() const { return m_scenario; }
    // The seat `number` (from 1), or null.
    Seat *seat(int number);
    const Seat *seat(int number) const { return const_cast<SimClassroom *>(this)->seat(number); }
    // The seat whose public key is `publicKey`, or null.
    Seat *seatForKey(const QString &publicKey);
    // The seat that issued `token` (an access token, live or expired, or a refresh token), or
    // null.
    Seat *seatForToken(const QString &token);

    // The seat whose project is `groupId`, or null.
    Seat *seatForGroup(const QString &groupId);
    // An access token of the seat's own, for a request the instructor (the main key pair)
    // makes of the seat's project: signed in once, again when it has expired.
    QString instructorToken(Seat &seat);

    // Puts the seat back at the scenario's start (its sessions stay signed in), and its
    // progress through the runbook with it.
    bool reset(int number);
    // Moves the seat's simulated clock `seconds` forward (as POST /_sim/clock does).
    bool advanceClock(int number, qint64 seconds);
    // Keeps the class in `dir` (made when missing): the seats' key pairs in seats.json, each
    // seat's state in seat-N.json (a SimStateFile, with its journal), so that a restart brings
    // every seat back as it was. Seats found there are restored, with their progress through
    // the runbook (seat-N.progress.json); the rest start from the scenario and are written. False with `problem` when the directory holds another class
    // size, or a file cannot be locked, read or written.
    bool keepIn(const QString &dir, QString *problem);
    QString directory() const { return m_dir; }
    // Deployment delay and access-token lifetime, for every seat (as the main project's).
    void setDeploymentDelayMs(int ms);
    void setAccessTokenLifetime(int seconds);

    // An Admin API request a seat made and its answer, for its progress.
    void observe(Seat &seat, const SimRequest &request, const SimReply &reply);
    // Each seat's row for the instructor: its project, key, apps, live Sync state, client
    // resets and progress through the runbook (SimSeatProgress).
    QJsonObject seatJson(int number) const;

    // A printable sheet, one section a seat: its project, key pair and how to connect to
    // `baseUrl` (the Admin API's base URL) from the console or with curl.
    // With `fingerprint` (the SHA-256 of the certificate --tls serves), the sheet says what
    // to compare before trusting it, and its curl lines check the certificate instead of
    // trusting any.
    QString sheetMarkdown(const QString &baseUrl, const QString &fingerprint = {}) const;

    // Each seat's group id: ObjectId-shaped, the seat's number in its last digits.
    static QString groupIdOf(int number);
    // Where a kept class has seat `number`'s progress.
    static QString progressPath(const QString &dir, int number);

    // Writes the seat's progress beside its state (seat-N.progress.json) when the class is
    // kept; false with `problem` when it cannot be written.
    bool saveProgress(Seat &seat, QString *problem = nullptr);

signals:
    // A client changed a seat (as SimBackend::changed).
    void changed();

private:
    QString m_scenario;
    QString m_dir;
    std::vector<std::unique_ptr<Seat>> m_seats;
};
