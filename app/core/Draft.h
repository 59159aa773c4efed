#pragma once

#include <QString>

// The one pending draft of an app.
struct Draft
{
    QString id;
    QString userId;
    QString appId;
};
