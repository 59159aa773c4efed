#pragma once

// The console's pages, as the navigation lists them and the main window shows them.
enum class Page {
    Sync,
    Deploy, // the deployment history
    Logs,
    Activity, // the REST calls made
};
