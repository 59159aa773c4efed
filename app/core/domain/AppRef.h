#pragma once

#include <QString>

// Where an app lives in the Admin API: its project (group) id and the app's `_id`.
struct AppRef
{
    QString groupId;
    QString appId;
};
