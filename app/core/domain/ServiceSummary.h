#pragma once

#include <QString>

// A service of an app; the linked Atlas cluster is the one of type "mongodb-atlas".
struct ServiceSummary
{
    QString id;
    QString name;
    QString type;

    bool isLinkedCluster() const { return type == QLatin1String("mongodb-atlas"); }
};

inline bool operator==(const ServiceSummary &a, const ServiceSummary &b)
{
    return a.id == b.id && a.name == b.name && a.type == b.type;
}
inline bool operator!=(const ServiceSummary &a, const ServiceSummary &b)
{
    return !(a == b);
}
