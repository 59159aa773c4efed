#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One trainee's seat of a classroom simulator, as GET /_sim/classroom describes it: its
// project, live Sync state, client resets and where it is in the terminate-and-re-enable
// runbook (what the simulator saw it do). Times are the seat's simulated clock.
struct ClassroomSeat
{
    struct Step
    {
        QString id; // terminate_drafted, terminate_deployed, waited, reenable_drafted, reenable_deployed
        qint64 at = 0; // seconds since the epoch, on the seat's clock
    };

    int number = 0; // from 1
    QString publicKey;
    QString groupId;
    QString syncState; // enabled, paused, terminated; empty without an app
    QDateTime clock;
    int clientResets = 0;
    int resetsWaiting = 0;
    QList<Step> steps; // in the order they happened
    QString next; // the first step not yet seen; empty once finished
    bool finished = false;
    QStringList outOfOrder;
    int lastErrorStatus = 0; // 0: no error
    QString lastError; // the error's code
    QString lastErrorRequest; // METHOD PATH
    qint64 secondsOnStep = 0;

    bool hasStep(const QString &id) const
    {
        for (const Step &s : steps)
            if (s.id == id)
                return true;
        return false;
    }
    // Seconds from the first step to the re-enable going live; -1 when not finished.
    qint64 secondsToFinish() const
    {
        if (!finished || steps.isEmpty())
            return -1;
        return steps.last().at - steps.first().at;
    }
};

// The whole class: the scenario, the runbook's step ids in order, the seats.
struct ClassroomState
{
    QString scenario;
    QStringList stepIds;
    QList<ClassroomSeat> seats;
};
