<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityLog</name>
    <message numerus="yes">
        <source>Some lines of the activity log could not be read (%n in all); the file was set aside as %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The activity log cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <comment>activity table: the call got no HTTP status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <comment>activity table column: when the call was made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <comment>activity table column: HTTP method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <comment>activity table column: API path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>activity table column: HTTP status code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>activity table column: how long the call took</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>activity table column: the error message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>page title: the REST calls the console made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by method, path, status or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is receiving too many requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway in front of the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may already have made this change; the console is reading its state again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer in time, after %n attempts. Refresh to see the current state.</source>
        <comment>more than one attempt</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer in time. The request was not sent again, as it may already have changed something; refresh to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply this console cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired and could not be renewed. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to %1. Sync Console does not follow redirects, because it would send your keys or tokens there. Check the base URL of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply was larger than %1 MB, more than any Admin API reply; Sync Console stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Name</source>
        <comment>app list column: the app name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <comment>app list column: cloud region</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment Model</source>
        <comment>app list column: global or local deployment</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Choose an App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, client app id, location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>button: open the chosen app</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autoplay</name>
    <message>
        <source>The deployment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not disabled, so there is nothing to enable; terminate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration was saved for this app before Sync was terminated (Sync Console saves one when it terminates Sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Enter the configuration on the Sync page and click Enable Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft to discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no past deployment to redeploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not paused, so there is nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not running, so it cannot be paused or terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step “%1” did not happen within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRecoveryPanel</name>
    <message>
        <source>Client recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the client recovery panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected</source>
        <comment>devices that connected again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>devices that went through a client reset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <comment>devices that recovered their unsynced changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <comment>devices that lost their unsynced changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in error</source>
        <comment>devices waiting for their app to reset them</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not back yet</source>
        <comment>devices that have not connected since</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since Sync was re-enabled at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since Sync was resumed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted from the App Services logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted from the simulator&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recovered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>changes lost: not in the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) lost</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reconnected, no reset needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not back yet (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (%1), waits in error until its app resets it (%2 mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset (%1), had no unsynced changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reset (%1), recovered %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reset (%1), lost %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 (%3 mode): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the latest state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices are told apart by user, platform and SDK. The logs do not say which devices have not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %n device(s) that reset, the logs do not say whether their unsynced changes were recovered or lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting stopped at %1 log entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting stopped an hour after Sync came back; these are the last figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientResetPreview</name>
    <message>
        <source>recover</source>
        <comment>client reset mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover-or-discard</source>
        <comment>client reset mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard</source>
        <comment>client reset mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <comment>client reset mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device has synced with this app yet, so none will need a client reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will need a client reset.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of them holds unsynced changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold(s) unsynced changes, %1 in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Client recovery is off for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With client recovery on, %n of them will recover their changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 device (%2 mode) will lose %n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 device (%2 mode) will stop syncing until its app resets it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigStepRow</name>
    <message>
        <source>Step %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the private key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <comment>button: connect to the server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to App Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>connection profile name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <comment>simulator scenario</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the first project of your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project (group) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain here: the key is asked for each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the public API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the private API key for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in: %n app(s) in the project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This simulator has no scenario start to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario “%1” is back at its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleDialog</name>
    <message>
        <source>Close</source>
        <comment>button: close the dialog</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>sync-console: %1
Try “sync-console --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Console: pause, terminate and re-enable Atlas Device Sync, and review and deploy the draft, on the App Services Admin API v3.0 or on the built-in simulator (the default).
Credentials for --base-url come from MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in simulator&apos;s scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Admin API to use instead of the simulator, e.g. https://services.cloud.mongodb.com/api/admin/v3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project (group) id; default: the first one of your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app: its _id, client app id or name; default: the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a procedure through the real widgets: terminate, pause, resume or enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROCEDURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between autoplay steps (0 for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the server confirms the result (status 0), or with the error on stderr and a non-zero status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the pause and terminate procedures and write their figures as PNG into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Terminate Sync by typing “Terminate Sync” instead of a checkbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the simulator&apos;s scenarios and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scenario “%1”; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs an http(s) URL such as https://services.cloud.mongodb.com/api/admin/v3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--autoplay takes one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--autoplay-delay needs a whole number of milliseconds, at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capture-docs plays the procedures it pictures; it cannot be combined with --autoplay %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The built-in simulator could not listen on the loopback interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY to the API key pair for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your profile failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key holds no project role; give the project id with --group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the apps of project %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 has no apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 has no app “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Review &amp; Deploy Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp; Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <comment>diff section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <comment>button: deploy the draft</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <comment>button: discard the draft</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft holds no changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentFlow</name>
    <message>
        <source>Deploying the draft was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploying was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the deployment the redeploy started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service accepted the redeploy but lists no new deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryModel</name>
    <message>
        <source>Draft (not deployed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed At</source>
        <comment>deployment history column: date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>deployment history column: deployment name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <comment>deployment history column: where the deployment came from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <comment>deployment history column: who deployed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>deployment history column: deployment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>deployment history column: the error message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentsPage</name>
    <message>
        <source>Redeploy</source>
        <comment>button: deploy an earlier deployment again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the selected deployment&apos;s configuration again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>REVIEW &amp;&amp; DEPLOY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes have been made to your app since the last deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEW &amp;&amp; DISCARD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnableSyncForm</name>
    <message>
        <source>Select Cluster To Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose A Partition Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <comment>marker beside a required field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data from configured collections in this cluster will be synced. Selecting a new cluster to sync restarts the syncing process. Sync requires that your Atlas cluster is using MongoDB version 4.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible</source>
        <comment>sync type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition Based</source>
        <comment>sync type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. owner_id, team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. _partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <comment>form label: the linked database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queryable fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the configuration in force before Sync was terminated (saved %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Enter the configuration in the steps above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Queryable Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideChecklist</name>
    <message>
        <source>Before you terminate Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Sync Console saves the current sync configuration before it terminates Sync, so that you can restore it when you re-enable Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is Sync being terminated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to terminate Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade from a shared-tier cluster to a dedicated cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cluster to another region or cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the cluster to NVMe storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oplog rolled over while Sync was paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync paused itself on an idle shared-tier cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshooting at MongoDB support&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between Partition-Based and Flexible Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change that needs Sync off (a dropped synced collection, the indexed queryable field, data ingest collections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The console cannot list the devices of an App Services app: check the Sync logs for the clients that synced recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %n device(s) connected now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) hold unsynced changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will need a client reset.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>• Client recovery is on: devices in a recover mode keep their unsynced changes through the reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Client recovery is off (is_recovery_mode_disabled): devices lose their unsynced changes, or wait in error for their app to reset them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Guide</source>
        <comment>side panel title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <comment>label of the procedure chooser</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure to guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support recommends waiting ten minutes after Sync was terminated before you enable it again: the service needs the time to clean up the sync metadata, and the clients to disconnect. Re-enabling sooner can leave devices unable to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on without waiting the full ten minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the procedure again from its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the steps, with what is done ticked, as text and Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>stage number, stage title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: every step of this procedure is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 before you re-enable Sync</source>
        <comment>minutes:seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients since Sync was re-enabled: %1 reconnected, %2 reset, %3 recovered their changes, %4 lost them, %5 waiting in error, %6 not back yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideStepRow</name>
    <message>
        <source>Current step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideText</name>
    <message>
        <source>App: %1 (%2). Cluster: %3. Service: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>stage number, stage title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <comment>a step not done, or not needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**App:** %1 (`%2`) · **Cluster:** %3 · **Service:** %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Reason:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~~%1~~ (skipped)</source>
        <comment>a step not done, or not needed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideTracker</name>
    <message numerus="yes">
        <source>Sync was re-enabled %n minute(s) before the ten minutes support recommends were over. Clients that had not disconnected yet may not reset cleanly: watch the Client recovery panel for devices waiting in error.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enable Sync was used before the terminate draft was deployed. The draft now re-enables Sync instead of terminating it, so the sync metadata would be kept and the clients would not reset. Discard the draft with REVIEW &amp; DISCARD, then start again from Terminate Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is still running: the terminate never took effect on its own (its draft was discarded, deployed together with the re-enable, or refused). Start again from Terminate Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment failed: %1 Fix what the message says, then deploy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused to resume Sync: %1 This is what the runbook expects after an oplog rollover. Go on with Terminate Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused to resume Sync: %1 The oplog no longer reaches back to when Sync was paused. Choose “Recover from an oplog rollover” in the guide and follow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No keychain service is running (%1). The private key is not saved; Sync Console asks for it each session and never writes it to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Copied as curl, with placeholders for the token and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the activity to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <comment>Connect</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;App…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <comment>Show the Guide panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Sync – Sync Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the correlation ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. Use Connection ▸ Connect… to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Realm Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app picker opens from the connection dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client app id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not managed by Sync Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA ACCESS</source>
        <comment>navigation section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>navigation entry: data access rules</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <comment>navigation entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUILD</source>
        <comment>navigation section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>navigation entry: Device Sync page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <comment>navigation entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <comment>navigation entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd Party Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <comment>navigation entry: App Services values and secrets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANAGE</source>
        <comment>navigation section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked Data Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <comment>navigation entry: deployment pages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting</source>
        <comment>navigation entry: static hosting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <comment>navigation entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>navigation entry: REST calls made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to pause sync for &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing sync will stop syncing changes between Atlas and your application, and any pending changes from your application will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may need to re-enable sync if your oplog rolls past the time that you paused Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Procedures</name>
    <message>
        <source>Wait ten minutes: the service cleans up the sync metadata and the clients disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the Client recovery panel until every device is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Terminate Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that you want to terminate Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Terminate Sync in the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Pause Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with Pause Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Resume Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with Resume Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the configuration saved before terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Enable Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click REVIEW &amp; DISCARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the changes, then click Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Deploy in the left navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the deployment whose configuration you want back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with Redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click REVIEW &amp; DEPLOY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the changes, then click Deploy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolErrors</name>
    <message>
        <source>The user&apos;s access token expired. The SDK refreshes it and reconnects by itself; nothing needs to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not authenticate the user: the token is invalid or was revoked, or the user was deleted or disabled. The user must log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is not allowed to sync this data. Check the app&apos;s Sync permissions and rules for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device synced before Sync was terminated and re-enabled. Its local file is no longer known to the server, so it must perform a client reset: depending on its client reset mode it recovers its unsynced changes, or discards them, and downloads the data again. In manual mode the app must handle the reset itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s local file refers to a server version the server does not have, for example after the server&apos;s history was reset. The device must perform a client reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s sync progress does not match what the server recorded for it. The device must perform a client reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s history and the server&apos;s have diverged, typically after the device&apos;s file was restored from a backup. The device must perform a client reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not apply a change the device uploaded. This usually points to a corrupted local file or an SDK defect; a client reset clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is paused for this app, so the server refused the session. Devices reconnect by themselves once Sync is resumed; if the oplog rolled past the pause meanwhile, Sync must be terminated and re-enabled instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization is no longer possible for the device&apos;s local file. The device must perform a client reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was offline longer than the Client Max Offline Time (client_max_offline_days), so the server no longer holds the history it needs to sync it. The device must perform a client reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local file belongs to another user than the one now syncing it. The app should open a separate file for each user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection opened more sync sessions than the server allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device tried a schema change the server does not allow (a breaking change). Update the app&apos;s schema or the client&apos;s object model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Flexible Sync subscription query is invalid, or uses a field that is not one of the queryable fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device wrote data its permissions or subscriptions do not allow. The device must perform a client reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server undid a write the device was not allowed to make (its permissions, or an object outside its subscriptions). The device goes on syncing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedeployDialog</name>
    <message>
        <source>Redeploy</source>
        <comment>button: deploy an earlier deployment again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the configuration of &lt;b&gt;%1&lt;/b&gt; again? It replaces what is deployed now, sync settings included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Deployment was successful!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sync for &lt;b&gt;%1&lt;/b&gt;? Devices reconnect and sync the changes made while Sync was paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeRefusedDialog</name>
    <message>
        <source>Sync cannot be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s oplog no longer reaches back to the moment Sync was paused, so Sync cannot pick up where it stopped. Terminate Sync and enable it again: the configuration is kept in this console and offered back, and every device performs a client reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbooks</name>
    <message>
        <source>Deploy the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait ten minutes before re-enabling Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the clients come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable Sync from the saved configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate and re-enable Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover from an oplog rollover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to resume Sync (the service refuses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy a past deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy a past deployment&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioBriefingDialog</name>
    <message>
        <source>Scenario Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What success looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioMenu</name>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the simulator back where the scenario started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>A healthy Flexible Sync app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A healthy Flexible Sync app with drafts on (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing went wrong. TaskTracker syncs five devices with Flexible Sync; two of them were used offline and hold changes they have not uploaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise the documented procedure: Terminate Sync, review and deploy the draft, wait, then enable Sync again from the saved configuration and deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is enabled again, the deployment history shows both deployments, and the client recovery panel counts the devices as they reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documented example (Partition-Based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A healthy Partition-Based Sync app with drafts on, as in the documented terminate procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing went wrong. ExampleApp syncs with Partition-Based Sync on ExampleCluster, exactly as in the figures of the documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the figures: Terminate Sync, confirm in the dialog, then Review &amp; Deploy and Deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The green banner says the deployment was successful and the Sync page offers Enable Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared-tier cluster upgraded to a dedicated one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster0 was upgraded from the shared tier M2 to M10 this morning; Sync stopped and devices&apos; changes pile up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This morning the team upgraded Cluster0 from the shared tier M2 to the dedicated tier M10. Since then Sync&apos;s translator cannot resume: the logs show ChangeStreamHistoryLost, the header metrics stopped at the upgrade, and no device&apos;s changes reach the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade from a shared tier needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again from the saved configuration and deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is enabled on the dedicated cluster, the header metrics move again, and every device resets once (error 208) and syncs; the Swift device recovers its seven changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster moved to another region or cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExampleCluster moved from AWS US_EAST_1 to GCP WESTERN_EUROPE two hours ago; Sync cannot resume its change stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two hours ago ExampleCluster was moved from AWS in US_EAST_1 to GCP in WESTERN_EUROPE. The moved cluster&apos;s oplog starts after Sync&apos;s resume point, so the translator stopped with ChangeStreamHistoryLost and nothing syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move across regions or cloud providers needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again with the partition key _partition and deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is enabled on the moved cluster and the devices come back through a client reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster upgraded to NVMe storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InventoryScanner&apos;s cluster went from M40 to M40_NVME three hours ago; its rebuilt nodes lost the oplog Sync needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three hours ago the cluster was upgraded from M40 to M40_NVME. Atlas rebuilt its nodes with an initial sync, so the oplog Sync was reading is gone; the translator stopped with ChangeStreamHistoryLost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NVMe upgrade needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again from the saved configuration and deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is enabled again and every device resets once and syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oplog rolled over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync paused three days ago on a cluster whose oplog keeps 48 hours: resuming is refused, Sync must be terminated and enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was paused three days ago for maintenance. The cluster&apos;s oplog keeps only 48 hours, so it no longer reaches back to the pause: the logs show the translator&apos;s ChangeStreamHistoryLost error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Resume Sync and read why it is refused (SyncResumeOplogRolledOver). Then Terminate Sync, deploy the draft, wait, enable Sync again from the saved configuration and deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is enabled again with the configuration it had, and the devices reset and sync: recovered changes are kept, discarded ones are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync paused on an idle shared-tier cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HabitJournal on an M0 cluster was unused for 30 days and Sync paused itself 32 days ago; resuming works, devices reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody used HabitJournal for 30 days, so Sync paused itself on its shared M0 cluster 32 days ago. This morning users opened the app again and their devices are refused (error 213, Sync is paused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Sync and deploy. Nothing wrote to the idle cluster, so its oplog still reaches back to the pause and the resume is accepted; had it been refused, terminate and enable Sync again as for an oplog rollover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is enabled, and the devices, offline longer than the 30-day client maximum offline time, reset once (error 222) and sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshooting at support&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeliveryRoutes has refused one client&apos;s uploads for a week; support asks to terminate and re-enable Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a week the Node.js client of DeliveryRoutes has been refused with BadChangeset (212) and the lag keeps growing. Support reviewed the logs and asks you to terminate and re-enable Sync, in their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync, deploy the draft, wait about ten minutes as support recommends, enable Sync again from the saved configuration, deploy, and watch the clients come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is enabled again, the BadChangeset errors stop, and every device resets once; nothing is lost from the devices that recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching from Partition-Based to Flexible Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExampleApp moves from Partition-Based to Flexible Sync; the switch is refused while Sync runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team of ExampleApp rewrote its clients for Flexible Sync. The app still runs Partition-Based Sync, and the service refuses to change the mode while Sync is enabled or paused (SyncModeChangeNotAllowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync, review and deploy the draft, then enable Sync in Flexible mode with a database and queryable fields, and deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible Sync is enabled and the old Partition-Based devices reset once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change that needs Sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SensorHub&apos;s synced collection iot.Alert was dropped, and the team wants a new indexed field: both need Sync terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration script dropped the synced collection iot.Alert yesterday, and Sync stopped translating. The team also wants site_id as the indexed queryable field and a new data ingest collection; the service refuses both while Sync is enabled or paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync, review and deploy the draft, then enable Sync again and deploy. The new indexed field and data ingest collections belong in that new configuration: the service accepts them only while Sync is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is enabled again, changes are translated again, and the devices reset once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: the deployment fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first deployment fails with the server&apos;s message; the next one goes through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskTracker is healthy, but the Sync service is slow today: the first deployment will time out on the server and fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft. When the red banner shows the server&apos;s message, read it, then terminate and deploy again (or redeploy from the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second deployment is successful and the history shows the failed one before it, with its message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: someone else&apos;s draft is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another admin left an undeployed draft that adds a queryable field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forty minutes ago another admin started adding the queryable field priority and left the draft undeployed. The blue bar says changes have been made since the last deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open REVIEW &amp; DISCARD and read their change first. Once they agree, discard it, then Terminate Sync and deploy your own draft alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is terminated by a deployment of yours that holds only the terminate; their queryable field was never deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: the session expires midway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tokens live 90 seconds and the first renewal is refused: sign in again mid-procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s sessions are short today: access tokens live 90 seconds, and the first attempt to renew one will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft. When the console asks you to sign in again, sign in and carry on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After signing in again the draft is still there, and its deployment is successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: the server is busy (429/503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers 503 and 429 for a while: reads are retried, a refused change must be made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is under load: the first reads of the configuration answer 503, the first change answers 429 (Too Many Requests) and the first deployment 503, each with Retry-After.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft. When a change or a deployment is refused, wait for the time the server asks, then do it again; the Activity page shows every call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is terminated by one successful deployment, and nothing was sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: someone else deploys during your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you review your draft, another admin deploys a new queryable field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another admin is working on TaskTracker at the same time as you: while your review is on screen, they deploy the queryable field priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft, then check the deployment history: a deployment of theirs came before yours. Enable Sync again with their field added to the queryable fields, and deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is enabled again with the queryable fields owner_id, team and priority: their change survived yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired and could not be renewed. Enter the private API key for &lt;b&gt;%1&lt;/b&gt; to continue; the page and any draft stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the private API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimOptions</name>
    <message>
        <source>sync-console-sim: %1
Try “sync-console-sim --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated MongoDB Atlas App Services Admin API v3.0 for Sync Console: pause, terminate and re-enable Sync, drafts, deployments, expiring sessions and injected faults, on your own machine.

The first line printed is the base URL of the API. Loopback clients can also use the control API: GET|POST|DELETE /_sim/faults, POST /_sim/expire-tokens, POST /_sim/clock?advance=SECONDS, POST /_sim/settings, GET /_sim/state, POST /_sim/reset (back to the scenario&apos;s start: its apps, drafts, devices, logs, faults and clock; sessions stay signed in), GET|POST /_sim/apps/APP/devices, GET|PATCH|DELETE /_sim/apps/APP/devices/ID, POST /_sim/apps/APP/devices/ID/reset (a device waiting in error), POST /_sim/apps/APP/logs (add log entries).

Each app has client devices that sync while Sync runs, are refused while it is paused (213), and after a terminate and re-enable are refused (208) and reset by their client reset mode; GET .../apps/APP/logs shows what they did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port to listen on; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to listen on (a training room may use 0.0.0.0, with --api-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted API key pair (a default pair is printed at start-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLIC:PRIVATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario to start with (see --list-scenarios).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the scenarios and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the state in FILE across restarts (written atomically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long access tokens live, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a deployment takes, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject a fault (repeatable): “METHOD PATH key=value...” with latency=MS, status=CODE, retry-after=S, count=N, malformed, drop, redirect=URL, oversize=BYTES, deploy-error=MESSAGE; PATH is below /api/admin/v3.0 and * matches anything, e.g. “GET /groups/*/apps status=503 count=2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen needs an IP address, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-key needs PUBLIC:PRIVATE, both parts non-empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen %1 makes the simulator reachable from other machines; give it a key pair of your own with --api-key PUBLIC:PRIVATE (the default pair is published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scenario “%1”; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-lifetime needs a whole number of seconds, at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deployment-delay needs a whole number of milliseconds, at least 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>ENABLED</source>
        <comment>sync status badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <comment>sync status badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISABLED</source>
        <comment>sync status badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOADING</source>
        <comment>sync status badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConfig</name>
    <message>
        <source>%1, %2, required</source>
        <comment>partition key, its type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>partition key, its type</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>%1 - (Service: %2)</source>
        <comment>cluster and service name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this app has no linked Atlas cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync configuration could not be saved before terminating (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a draft was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft exists but could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the draft made elsewhere was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the change into the draft was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the sync configuration was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the changes of the draft was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft is gone: someone discarded or deployed it since its changes were shown. Nothing was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the draft before deploying was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft was changed elsewhere since you reviewed it; review the new changes, then deploy again. Nothing was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding the draft was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <source>Connection Start</source>
        <comment>Sync log type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection End</source>
        <comment>Sync log type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Start</source>
        <comment>Sync log type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session End</source>
        <comment>Sync log type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <comment>Sync log type: a client&apos;s upload</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>Sync log type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>Sync log type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sync logs could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error code: error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>a log entry without error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <comment>log table column: when the entry was logged</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of log entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <comment>log table column: app user id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDK / Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>log table column: OK or error</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLogsPage</name>
    <message>
        <source>Logs</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>the kind of logs the page shows</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <comment>checkbox: fetch new log entries as they come</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show new entries as they come, every few seconds, while this page is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <comment>button: fetch the logs again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Sync types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>log type filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and non-errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 10 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this user&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to ask the server for this user&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the entries read so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <comment>log detail: when the request started</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>log detail: when the request completed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of log entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <comment>log detail: app user id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <comment>log detail: client device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>log detail: error message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>button: copy the log entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the correlation ID, to find the request&apos;s other entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages, sync query and session metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <comment>status: new log entries are fetched as they come</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Malformed entries skipped: %n (the server sent them in a shape that is not a log entry).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No entry read so far contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Sync logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Sync log entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>log type · time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error %1 (%2)</source>
        <comment>code (name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heading: explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error; the entry&apos;s error and messages say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <comment>time (duration)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>SDK on platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <comment>log detail section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages, sync query or session metrics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize data between your MongoDB Atlas cluster and client application. &lt;a style=&quot;color:#1A7DC4; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/&quot;&gt;Learn more about syncing your data.&lt;/a&gt;&lt;br&gt;&lt;b&gt;Note:&lt;/b&gt; When Sync is enabled, App Services will create a copy of all data from collections with a defined JSON schema in your Atlas cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development Mode lets Sync infer the schema from the objects that devices sync. Sync Console does not change it; use the App Services UI or CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>page title: Device Sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest Sync Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Cluster Event Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <comment>header metric: replication lag of Device Sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sec</source>
        <comment>sync lag</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select Cluster To Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data from configured collections in this cluster will be synced. Selecting a new cluster to sync restarts the syncing process. Sync requires that your Atlas cluster is using MongoDB version 4.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose A Partition Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TERMINATE SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide Terminate Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating Sync will remove metadata associated with Sync and prevent all applications from syncing. You may re-enable Sync to re-create this metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Paused Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Queryable Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSnapshotStore</name>
    <message>
        <source>The configuration saved before Sync was terminated is damaged; it was set aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration saved before Sync was terminated is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Terminate Sync for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating Sync will remove metadata associated with Sync and prevent all applications from syncing. You may re-enable Sync to re-create this metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device that synced before must perform a client reset. Changes not yet synced are lost unless the app&apos;s client reset handler recovers them: use RecoverOrDiscardUnsyncedChanges (Kotlin/Android), .recoverOrDiscardUnsyncedChanges (Swift/iOS), ClientResetMode.RecoverOrDiscard (Node.js, React Native), RecoverOrDiscardUnsyncedChangesHandler (.NET) or RecoverOrDiscardUnsyncedChangesHandler (Flutter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to terminate Sync for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm your action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Sync</source>
        <comment>the phrase typed to confirm</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a URL such as https://services.cloud.mongodb.com/api/admin/v3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Admin API is reached over https, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: it would send your API keys and tokens unencrypted across the network. Use https (plain http is accepted only for this machine, e.g. the simulator on 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot listen on %1 port %2 (is it in use?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also at:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: listening on %1, beyond this machine: anyone who can reach it and knows the key pair can use the simulator. Failed logins are limited to 10 a minute per address; the control API still answers this machine only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key pair:   %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the private key given with --api-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project (group): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App:            %1 (_id %2, client_app_id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync-console: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset). Start it in a desktop session, under xvfb-run, or with QT_QPA_PLATFORM=offscreen for scripted runs such as --autoplay terminate --exit-when-done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync-console: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be read or moved; the console starts with default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file was damaged and could not be read; it was set aside as %1, and the console starts with default settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
