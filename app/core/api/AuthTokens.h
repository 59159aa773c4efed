#pragma once

#include <QString>

// The answer to an admin login: a short-lived access token and the refresh token that renews it.
struct AuthTokens
{
    QString accessToken;
    QString refreshToken;
    QString userId;
    QString deviceId;
};
