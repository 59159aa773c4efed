#pragma once

#include <QJsonObject>
#include <QString>

// A device connected to the app's Sync; `unsyncedChanges` are local writes not yet uploaded.
struct SimClient
{
    QString id;
    QString sdk; // "Kotlin", "Swift", "Node.js", ".NET", "Flutter"...
    int unsyncedChanges = 0;
    bool needsClientReset = false;

    QJsonObject toJson() const;
    static SimClient fromJson(const QJsonObject &object);
};
