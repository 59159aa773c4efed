#!/usr/bin/python3
"""Finds the Sync page's buttons by role and name through the real accessibility bus (AT-SPI),
as a screen reader does: the console must be running on this session bus with accessibility on.
Exit 0 when every button is found, 1 with what is missing."""
import sys
import pyatspi
from gi.repository import GLib

WANTED = ["Pause Sync", "Resume Sync", "Terminate Sync", "Copy the client app id"]


def buttons(node, found, depth=0):
    if node is None or depth > 60:
        return
    try:
        if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and node.name:
            found.add(node.name)
        for i in range(node.childCount):
            buttons(node.getChildAtIndex(i), found, depth + 1)
    except Exception:  # a node that went away while we read it
        pass


def look(found):
    """Reads the console's tree; True once every wanted button is in it."""
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "sync-console":
            buttons(app, found)
    return all(w in found for w in WANTED)


def main():
    # Woken by the bus, not by a timer: the tree is read again whenever a window or child
    # appears, and the wait gives up after 30 s.
    found = set()
    done = look(found)
    if not done:
        def changed(_event):
            if look(found):
                pyatspi.Registry.stop()

        def give_up():
            pyatspi.Registry.stop()
            return False

        GLib.timeout_add_seconds(30, give_up)
        pyatspi.Registry.registerEventListener(
            changed, "window:create", "object:children-changed", "object:state-changed:showing")
        pyatspi.Registry.start()
        done = all(w in found for w in WANTED)
    if done:
        print("found through AT-SPI: " + ", ".join(sorted(WANTED)))
        return 0
    print("missing: " + ", ".join(w for w in WANTED if w not in found), file=sys.stderr)
    print("buttons seen: " + ", ".join(sorted(found)), file=sys.stderr)
    return 1


sys.exit(main())
