#pragma once

#include <QString>

// The one pending draft of an app.
struct Draft
{
    QString id;
    QString userId;
    QString appId;
};

inline bool operator==(const Draft &a, const Draft &b)
{
    return a.id == b.id && a.userId == b.userId && a.appId == b.appId;
}
inline bool operator!=(const Draft &a, const Draft &b)
{
    return !(a == b);
}
