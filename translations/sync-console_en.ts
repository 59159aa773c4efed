<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityLog</name>
    <message numerus="yes">
        <source>Some lines of the activity log could not be read (%n in all); the file was set aside as %1.</source>
        <translation>
            <numerusform>Some lines of the activity log could not be read (%n in all); the file was set aside as %1.</numerusform>
            <numerusform>Some lines of the activity log could not be read (%n in all); the file was set aside as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer in time, after %n attempts. Refresh to see the current state.</source>
        <comment>more than one attempt</comment>
        <translation>
            <numerusform>The server did not answer in time, after %n attempt. Refresh to see the current state.</numerusform>
            <numerusform>The server did not answer in time, after %n attempts. Refresh to see the current state.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassroomView</name>
    <message numerus="yes">
        <source>%n seat(s), read at %1</source>
        <extracomment>%n number of seats, %1 the time the class was last read</extracomment>
        <translation>
            <numerusform>%n seat, read at %1</numerusform>
            <numerusform>%n seats, read at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientRecoveryPanel</name>
    <message numerus="yes">
        <source>%n change(s) recovered</source>
        <translation>
            <numerusform>%n change recovered</numerusform>
            <numerusform>%n changes recovered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) lost</source>
        <translation>
            <numerusform>%n change lost</numerusform>
            <numerusform>%n changes lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reset (%1), recovered %n change(s)</source>
        <translation>
            <numerusform>reset (%1), recovered %n change</numerusform>
            <numerusform>reset (%1), recovered %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reset (%1), lost %n change(s)</source>
        <translation>
            <numerusform>reset (%1), lost %n change</numerusform>
            <numerusform>reset (%1), lost %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n device(s) that reset, the logs do not say whether their unsynced changes were recovered or lost.</source>
        <translation>
            <numerusform>For %n device that reset, the logs do not say whether its unsynced changes were recovered or lost.</numerusform>
            <numerusform>For %n devices that reset, the logs do not say whether their unsynced changes were recovered or lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientResetPreview</name>
    <message numerus="yes">
        <source>%n device(s) will need a client reset.</source>
        <translation>
            <numerusform>%n device will need a client reset.</numerusform>
            <numerusform>%n devices will need a client reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold(s) unsynced changes, %1 in all.</source>
        <translation>
            <numerusform>%n of them holds unsynced changes, %1 in all.</numerusform>
            <numerusform>%n of them hold unsynced changes, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With client recovery on, %n of them will recover their changes.</source>
        <translation>
            <numerusform>With client recovery on, %n of them will recover its changes.</numerusform>
            <numerusform>With client recovery on, %n of them will recover their changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 device (%2 mode) will lose %n change(s).</source>
        <translation>
            <numerusform>The %1 device (%2 mode) will lose %n change.</numerusform>
            <numerusform>The %1 device (%2 mode) will lose %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them will hold changes by the time they reset, as their users keep working while Sync is off.</source>
        <translation>
            <numerusform>%n of them will hold changes by the time it resets, as its user keeps working while Sync is off.</numerusform>
            <numerusform>%n of them will hold changes by the time they reset, as their users keep working while Sync is off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionFlow</name>
    <message numerus="yes">
        <source>Signed in: %n app(s) in the project.</source>
        <translation>
            <numerusform>Signed in: %n app in the project.</numerusform>
            <numerusform>Signed in: %n apps in the project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlRun</name>
    <message numerus="yes">
        <source>No answer within %n second(s); the command was given up. The server may still carry out a change it received.</source>
        <translation>
            <numerusform>No answer within %n second; the command was given up. The server may still carry out a change it received.</numerusform>
            <numerusform>No answer within %n seconds; the command was given up. The server may still carry out a change it received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The simulator&apos;s clock moved %n second(s) forward.</source>
        <translation>
            <numerusform>The simulator&apos;s clock moved %n second forward.</numerusform>
            <numerusform>The simulator&apos;s clock moved %n seconds forward.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlRunbook</name>
    <message numerus="yes">
        <source>2. Sync is terminated; waiting %n second(s) before enabling it again.</source>
        <translation>
            <numerusform>2. Sync is terminated; waiting %n second before enabling it again.</numerusform>
            <numerusform>2. Sync is terminated; waiting %n seconds before enabling it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceSyncPage</name>
    <message numerus="yes">
        <source>%n sec</source>
        <comment>sync lag</comment>
        <translation>
            <numerusform>%n sec</numerusform>
            <numerusform>%n sec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideChecklist</name>
    <message numerus="yes">
        <source>• %n device(s) connected now.</source>
        <translation>
            <numerusform>• %n device connected now.</numerusform>
            <numerusform>• %n devices connected now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) hold unsynced changes.</source>
        <translation>
            <numerusform>%n device holds unsynced changes.</numerusform>
            <numerusform>%n devices hold unsynced changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will need a client reset.</source>
        <translation>
            <numerusform>%n device will need a client reset.</numerusform>
            <numerusform>%n devices will need a client reset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideTracker</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureReport</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More errors were logged; the last %n are listed.</source>
        <translation>
            <numerusform>More errors were logged; the last one is listed.</numerusform>
            <numerusform>More errors were logged; the last %n are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: reset (error %2), %3 with %n change(s)</source>
        <translation>
            <numerusform>%1: reset (error %2), %3 with %n change</numerusform>
            <numerusform>%1: reset (error %2), %3 with %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncConfigurationView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>client max offline time</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLogsPage</name>
    <message numerus="yes">
        <source>Malformed entries skipped: %n (the server sent them in a shape that is not a log entry).</source>
        <translation>
            <numerusform>Malformed entries skipped: %n (the server sent them in a shape that is not a log entry).</numerusform>
            <numerusform>Malformed entries skipped: %n (the server sent them in a shape that is not a log entry).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n sec</source>
        <comment>sync lag</comment>
        <translation>
            <numerusform>%n sec</numerusform>
            <numerusform>%n sec</numerusform>
        </translation>
    </message>
</context>
</TS>
