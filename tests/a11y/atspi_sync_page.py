#!/usr/bin/python3
"""Finds the Sync page's buttons by role and name through the real accessibility bus (AT-SPI),
as a screen reader does: the console must be running on this session bus with accessibility on.
Exit 0 when every button is found, 1 with what is missing."""
import sys
import time

import pyatspi

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


def main():
    deadline = time.monotonic() + 30
    found = set()
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "sync-console":
                buttons(app, found)
        if all(w in found for w in WANTED):
            print("found through AT-SPI: " + ", ".join(sorted(w for w in WANTED)))
            return 0
        time.sleep(0.5)
    print("missing: " + ", ".join(w for w in WANTED if w not in found), file=sys.stderr)
    print("buttons seen: " + ", ".join(sorted(found)), file=sys.stderr)
    return 1


sys.exit(main())
