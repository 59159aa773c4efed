#pragma once

#include <QJsonObject>

// GET .../deploy/config: whether changes made in the UI are staged in drafts.
struct DeployConfig
{
    bool uiDraftsDisabled = false;
    bool automaticDeploymentEnabled = false;
    QJsonObject raw;

    bool draftsEnabled() const { return !uiDraftsDisabled; }
};

inline bool operator==(const DeployConfig &a, const DeployConfig &b)
{
    return a.uiDraftsDisabled == b.uiDraftsDisabled
        && a.automaticDeploymentEnabled == b.automaticDeploymentEnabled && a.raw == b.raw;
}
inline bool operator!=(const DeployConfig &a, const DeployConfig &b)
{
    return !(a == b);
}
