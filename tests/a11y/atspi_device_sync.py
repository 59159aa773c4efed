#!/usr/bin/python3
"""The 2023 Device Sync page (sync-console --ui 2023) through the real accessibility bus
(AT-SPI), as a screen reader meets it: the header's buttons, the Dashboard and Configuration
tabs, the time-range picker, the Sync Type cards, and the Deployment Draft dialog, opened by
pressing the page's own buttons through AT-SPI actions (Pause Sync, the pause dialog's Pause
Sync, the draft bar's REVIEW & DEPLOY). Each by role and name. Exit 0 when all are found, 1
with what is missing or wrong."""
import sys
import pyatspi
from gi.repository import GLib

EVENTS = ("window:create", "object:children-changed", "object:state-changed:showing",
          "object:state-changed:checked", "object:state-changed:selected")
problems = []


def nodes(node, depth=0):
    """Every node under `node`, depth first; nodes that go away while read are skipped."""
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from nodes(child, depth + 1)


def console():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "sync-console":
            return app
    return None


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def labels(node):
    """The names of the nodes that label `node` (its LABELLED_BY relations)."""
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return names


def find(root, roles, name, must_show=True, labelled=None):
    """The first node under `root` with one of `roles` whose name is `name` (or, given a
    function, for which it is true) and, given `labelled`, with a label starting with it."""
    if root is None:
        return None
    for n in nodes(root):
        try:
            if n.getRole() not in roles:
                continue
            matches = name(n.name) if callable(name) else n.name == name
            if matches and labelled is not None:
                matches = any(label.startswith(labelled) for label in labels(n))
        except Exception:
            continue
        if matches and (not must_show or showing(n)):
            return n
    return None


def dialog(title):
    return find(console(), (pyatspi.ROLE_DIALOG,), title)


def wait_for(what, predicate, seconds=30):
    """predicate() once it is true, woken by the bus (never a timer) while it is not; None
    after `seconds`, with what was awaited among the problems."""
    box = {}
    loop = {"running": False, "timer": True}

    def check(_event=None):
        if "result" in box:
            return box["result"]
        try:
            result = predicate()
        except Exception:
            result = None
        if result:
            box["result"] = result
            if loop["running"]:  # stopped only from within the loop it runs
                loop["running"] = False
                pyatspi.Registry.stop()
        return result

    pyatspi.Registry.registerEventListener(check, *EVENTS)
    # A listener's call can come inside the predicate's own bus calls, before the loop runs:
    # it keeps its result in the box, and the loop is then not entered (it waited its whole
    # 30 s, 1 press in 3 or so).
    if not check() and "result" not in box:
        def give_up():
            loop["timer"] = False
            if loop["running"]:
                loop["running"] = False
                pyatspi.Registry.stop()
            return False

        source = GLib.timeout_add_seconds(seconds, give_up)
        loop["running"] = True
        pyatspi.Registry.start()
        loop["running"] = False
        if loop["timer"]:
            GLib.source_remove(source)
    pyatspi.Registry.deregisterEventListener(check, *EVENTS)
    if "result" not in box:
        problems.append("not found within %d s: %s" % (seconds, what))
    return box.get("result")


def press(node, what):
    """Presses `node` through its AT-SPI action, as an assistive technology does."""
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i).lower() in ("press", "click", "switch"):
            action.doAction(i)
            return
    problems.append("%s has no press action" % what)


def main():
    push = (pyatspi.ROLE_PUSH_BUTTON,)
    # A checkable QPushButton reaches AT-SPI as a check box (Qt's QAccessibleButton).
    card = (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX)
    seen = []

    # The header: Pause Sync and Terminate Sync, as push buttons, on the Dashboard tab.
    pause = wait_for("the header's Pause Sync", lambda: find(console(), push, "Pause Sync"))
    terminate = wait_for("the header's Terminate Sync",
                         lambda: find(console(), push, "Terminate Sync"))
    seen += [n for n in (pause, terminate) if n]
    if find(console(), push, "Resume Sync") or find(console(), push, "Enable Sync"):
        problems.append("Resume Sync or Enable Sync shown in the header of an enabled Sync")

    # The tabs: a page tab list with Dashboard (selected, the default) and Configuration.
    tabs = wait_for("the tab list", lambda: find(console(), (pyatspi.ROLE_PAGE_TAB_LIST,),
                                                 lambda _name: True))
    dashboard = find(tabs, (pyatspi.ROLE_PAGE_TAB,), "Dashboard")
    configuration = find(tabs, (pyatspi.ROLE_PAGE_TAB,), "Configuration")
    if not dashboard or not configuration:
        problems.append("the tab list has no Dashboard and Configuration page tabs")
    # Qt 6.4's tab buttons carry no selected state; its tab list is named by the current tab.
    elif not (dashboard.getState().contains(pyatspi.STATE_SELECTED) or tabs.name == "Dashboard"):
        problems.append("Dashboard is not the selected tab")
    seen += [n for n in (dashboard, configuration) if n]

    # The Dashboard's time-range picker: a combo box labelled by "Time range:". On Linux Qt
    # names a combo box by its current item and links its buddy label by LABELLED_BY.
    picker = wait_for("the time-range picker", lambda: find(
        console(), (pyatspi.ROLE_COMBO_BOX,), lambda _name: True, labelled="Time range"))
    if picker:
        seen.append(picker)

    # Configuration: the Sync Type cards, Flexible checked (Sync runs Flexible).
    if configuration:
        press(configuration, "the Configuration tab")
        flexible = wait_for("the Flexible Sync Type card",
                            lambda: find(console(), card, "Flexible"))
        partition = find(console(), card, "Partition Based")
        if not partition:
            problems.append("no Partition Based Sync Type card")
        if flexible and not flexible.getState().contains(pyatspi.STATE_CHECKED):
            problems.append("the Flexible card is not checked")
        seen += [n for n in (flexible, partition) if n]
        if dashboard:
            press(dashboard, "the Dashboard tab")

    # The Deployment Draft: pause through the header and the pause dialog, then the draft
    # bar's REVIEW & DEPLOY.
    if pause:
        press(pause, "the header's Pause Sync")
        confirm = wait_for("the pause dialog's Pause Sync",
                           lambda: find(dialog("Pause Sync"), push, "Pause Sync"))
        if confirm:
            press(confirm, "the pause dialog's Pause Sync")
        review = wait_for("the draft bar's REVIEW & DEPLOY", lambda: find(
            console(), push, lambda name: name.startswith("REVIEW") and name.endswith("DEPLOY")))
        if review:
            press(review, "REVIEW & DEPLOY")
        draft = wait_for("the Deployment Draft dialog", lambda: dialog("Deployment Draft"))
        if draft:
            seen.append(draft)
            wanted = [((pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY), "Deployment name"),
                      (push, "Export State"), (push, "Discard Draft"), (push, "Deploy")]
            for roles, name in wanted:
                node = wait_for("%s in the Deployment Draft" % name,
                                lambda roles=roles, name=name: find(draft, roles, name), 10)
                if node:
                    seen.append(node)

    for node in seen:
        print("found: %s \u201c%s\u201d" % (node.getRoleName(), node.name))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


sys.exit(main())
