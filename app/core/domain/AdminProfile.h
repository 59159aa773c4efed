#pragma once

#include <QString>
#include <QStringList>

// The signed-in admin, as GET /auth/profile describes them.
struct AdminProfile
{
    QString userId;
    QString name;
    QString email;
    QStringList groupIds; // every project (group) the admin holds a role in, without repeats
};
