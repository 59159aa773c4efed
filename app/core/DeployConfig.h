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
