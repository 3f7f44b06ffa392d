"""PYQGIS_STARTUP script for the desktop smoke test (tests/desktop/test_desktop.py).

QGIS runs this file very early in its Python initialisation (before plugins
are loaded and before ``iface`` exists). It

* appends every message-log message (tag, level, text) to ``messages.jsonl``,
* records plugin loading/starting/unloading and every ``showException`` call
  of ``qgis.utils`` in ``events.jsonl``,
* once the main window is initialised, checks the plugin, opens the Processing
  toolbox on the Sozialplanung group, saves screenshots, writes
  ``result.json``, optionally runs the GUI scenario of ``dialog_scenario.py``
  (which writes ``scenario.json``) and quits QGIS.

Everything is configured through environment variables set by the test:
``SOZ_DESKTOP_OUT`` (output folder), ``SOZ_DESKTOP_PLUGIN`` (plugin module),
``SOZ_DESKTOP_PROVIDER`` (provider id), ``SOZ_DESKTOP_SCREENSHOT`` (png path),
``SOZ_DESKTOP_DELAY_MS`` (wait after initializationCompleted),
``SOZ_DESKTOP_FALLBACK_MS`` (run the checks anyway after this time),
``SOZ_DESKTOP_SCENARIO`` (optional: ``dialog_scenario.py``, run after the
checks and before quitting; it has its own ``SOZ_DESKTOP_*`` settings).
It does nothing if ``SOZ_DESKTOP_OUT`` is not set.
"""


def _soz_desktop_install():  # one function so nothing leaks into QGIS's __main__
    import json
    import os
    import sys
    import time
    import traceback

    out_dir = os.environ.get("SOZ_DESKTOP_OUT")
    if not out_dir:
        return
    import qgis.utils

    # QGIS 3.22 executes PYQGIS_STARTUP twice in the same interpreter: install once.
    if getattr(qgis.utils, "_soz_desktop_installed", False):
        return
    qgis.utils._soz_desktop_installed = True
    plugin_name = os.environ.get("SOZ_DESKTOP_PLUGIN", "sozialplanung_plugin")
    provider_id = os.environ.get("SOZ_DESKTOP_PROVIDER", "sozialplanung")
    screenshot = os.environ.get("SOZ_DESKTOP_SCREENSHOT") or os.path.join(out_dir, "main_window.png")
    delay_ms = int(os.environ.get("SOZ_DESKTOP_DELAY_MS", "3000"))
    fallback_ms = int(os.environ.get("SOZ_DESKTOP_FALLBACK_MS", "75000"))
    scenario_path = os.environ.get("SOZ_DESKTOP_SCENARIO")
    t0 = time.time()

    from qgis.core import Qgis, QgsApplication, QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
    from qgis.PyQt.QtWidgets import QApplication, QDockWidget

    def write_line(name, record):
        record.setdefault("t", round(time.time() - t0, 3))
        with open(os.path.join(out_dir, name), "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")

    def event(kind, **data):
        data["event"] = kind
        write_line("events.jsonl", data)

    event("startup_script_started", python=sys.version, qgis=Qgis.QGIS_VERSION)

    # ------------------------------------------------------------ message log
    def on_message(message, tag, level):
        write_line("messages.jsonl", {"tag": tag, "level": int(level), "message": message})

    QgsApplication.messageLog().messageReceived[str, str, Qgis.MessageLevel].connect(on_message)
    # keep a reference so the slot is never garbage collected
    qgis.utils._soz_desktop_on_message = on_message

    # ------------------------------------------------------------ qgis.utils hooks
    def wrap(name, after):
        original = getattr(qgis.utils, name)

        def wrapper(*args, **kwargs):
            try:
                result = original(*args, **kwargs)
            except BaseException as exc:  # report, then behave exactly like the original
                event(name, args=[str(a) for a in args], raised=repr(exc))
                raise
            after(args, result)
            return result

        wrapper.__wrapped__ = original
        setattr(qgis.utils, name, wrapper)

    for fn in ("loadPlugin", "startPlugin", "startProcessingPlugin", "unloadPlugin"):
        wrap(fn, lambda args, result, fn=fn: event(fn, plugin=str(args[0]) if args else None, result=result))

    original_show_exception = qgis.utils.showException

    def show_exception(type, value, tb, msg, *args, **kwargs):  # noqa: A002 (QGIS signature)
        event("showException", msg=msg, exception=repr(value),
              traceback="".join(traceback.format_exception(type, value, tb)))
        return original_show_exception(type, value, tb, msg, *args, **kwargs)

    qgis.utils.showException = show_exception

    # ------------------------------------------------------------ checks
    state = {"done": False}

    def tree_dump(view, index, depth=0, max_depth=4):
        model = view.model()
        rows = []
        for row in range(model.rowCount(index)):
            child = model.index(row, 0, index)
            icon = child.data(1)  # Qt.DecorationRole
            rows.append({
                "text": child.data(0),
                "has_icon": bool(icon is not None and hasattr(icon, "isNull") and not icon.isNull()),
                "children": tree_dump(view, child, depth + 1, max_depth) if depth < max_depth else [],
            })
        return rows

    def open_toolbox(result, provider):
        main = qgis.utils.iface.mainWindow()
        screen = QApplication.primaryScreen()
        if screen is not None:  # Xvfb has no window manager: fill the screen ourselves
            main.setGeometry(screen.availableGeometry())
        dock = main.findChild(QDockWidget, "ProcessingToolbox")
        processing_plugin = qgis.utils.plugins.get("processing")
        if dock is None and processing_plugin is not None:
            dock = getattr(processing_plugin, "toolbox", None)
        result["toolbox_found"] = dock is not None
        if dock is None:
            return
        action = getattr(processing_plugin, "toolboxAction", None)
        if action is not None:
            action.setChecked(True)
        if hasattr(dock, "setUserVisible"):
            dock.setUserVisible(True)
        dock.show()
        dock.raise_()
        main.resizeDocks([dock], [460], Qt.Horizontal)
        tree = getattr(dock, "algorithmTree", None)
        if tree is None:
            return
        model = tree.model()
        provider_name = provider.name() if provider is not None else None
        provider_index = None
        for row in range(model.rowCount()):
            idx = model.index(row, 0)
            if provider_name is not None and idx.data(0) == provider_name:
                provider_index = idx
                break
        result["toolbox_provider_node"] = provider_index is not None
        if provider_index is None:
            result["toolbox_top_level"] = [model.index(r, 0).data(0) for r in range(model.rowCount())]
            return
        tree.collapseAll()
        tree.expandRecursively(provider_index)
        result["toolbox_provider_tree"] = {
            "text": provider_index.data(0),
            "has_icon": not provider_index.data(1).isNull() if provider_index.data(1) is not None else False,
            "children": tree_dump(tree, provider_index),
        }
        # select the first algorithm so it is highlighted on the screenshot
        idx = provider_index
        while model.rowCount(idx):
            idx = model.index(0, 0, idx)
        tree.setCurrentIndex(idx)
        tree.scrollTo(provider_index, tree.PositionAtTop)

    def run_checks(reason):
        if state["done"]:
            return
        state["done"] = True
        result = {"reason": reason, "elapsed_s": round(time.time() - t0, 3), "errors": []}
        try:
            # qgis.utils logs Python errors/warnings under translated tags
            result["python_error_tag"] = QCoreApplication.translate("Python", "Python error")
            result["python_warning_tag"] = QCoreApplication.translate("Python", "Python warning")
            result["active_plugins"] = list(qgis.utils.active_plugins)
            result["plugin_active"] = plugin_name in qgis.utils.active_plugins
            module = sys.modules.get(plugin_name)
            result["plugin_file"] = getattr(module, "__file__", None)
            result["plugin_paths"] = list(getattr(qgis.utils, "plugin_paths", []))
            registry = QgsApplication.processingRegistry()
            result["providers"] = [p.id() for p in registry.providers()]
            provider = registry.providerById(provider_id)
            result["provider_registered"] = provider is not None
            if provider is not None:
                result["provider_name"] = provider.name()
                result["provider_icon_null"] = provider.icon().isNull()
                result["algorithms"] = [
                    {"id": a.id(), "displayName": a.displayName(), "group": a.group(),
                     "groupId": a.groupId(), "icon_null": a.icon().isNull()}
                    for a in provider.algorithms()
                ]
            try:
                open_toolbox(result, provider)
            except Exception:
                result["errors"].append("toolbox: " + traceback.format_exc())
            # modal dialogs / message bar items that appeared during start-up
            result["modal_widget"] = None
            modal = QApplication.activeModalWidget()
            if modal is not None:
                result["modal_widget"] = {"class": type(modal).__name__, "title": modal.windowTitle()}
            result["top_level_visible"] = [
                {"class": type(w).__name__, "name": w.objectName(), "title": w.windowTitle()}
                for w in QApplication.topLevelWidgets() if w.isVisible()
            ]
            bar = qgis.utils.iface.messageBar() if qgis.utils.iface else None
            items = bar.items() if bar is not None else []
            result["message_bar"] = [{"title": i.title(), "text": i.text(), "level": int(i.level())} for i in items]
        except Exception:
            result["errors"].append(traceback.format_exc())
        QTimer.singleShot(1500, lambda: finish(result))

    def finish(result):
        try:
            main = qgis.utils.iface.mainWindow()
            os.makedirs(os.path.dirname(os.path.abspath(screenshot)), exist_ok=True)
            result["screenshot"] = screenshot
            result["screenshot_saved"] = bool(main.grab().save(screenshot))
            screen = QApplication.primaryScreen()
            root_png = os.path.join(out_dir, "screen.png")
            result["screen_saved"] = bool(screen.grabWindow(0).save(root_png)) if screen else False
        except Exception:
            result["errors"].append("screenshot: " + traceback.format_exc())
        with open(os.path.join(out_dir, "result.json.part"), "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, indent=2, default=str)
        os.replace(os.path.join(out_dir, "result.json.part"), os.path.join(out_dir, "result.json"))
        event("result_written")
        if scenario_path and not result["errors"]:
            start_scenario()
        else:
            quit_qgis()

    def start_scenario():
        # the planner's part (dialogs, run, map): tests/desktop/dialog_scenario.py
        try:
            import importlib.util

            spec = importlib.util.spec_from_file_location("soz_desktop_scenario", scenario_path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            event("scenario_started")
            module.start(out_dir, event, quit_qgis)
        except Exception:
            event("scenario_error", phase="start", error=traceback.format_exc())
            quit_qgis()

    def quit_qgis():
        # close whatever modal dialog might be open, never ask to save the (empty) project
        for _ in range(5):
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            event("closing_modal", cls=type(modal).__name__, title=modal.windowTitle())
            if hasattr(modal, "reject"):
                modal.reject()
            else:
                modal.close()
        QgsProject.instance().setDirty(False)
        event("quit_requested")
        state["quitting"] = True
        # if the main window did not close (e.g. a dialog vetoed), force it; armed before
        # the exit action, which may block in the nested event loop of a question dialog
        QTimer.singleShot(10000, lambda: (event("forced_exit"), QgsApplication.exit(0)))
        if qgis.utils.iface is not None:
            qgis.utils.iface.actionExit().trigger()

    # ------------------------------------------------------------ unexpected dialogs
    def describe_modal(modal):
        from qgis.PyQt.QtWidgets import QLabel, QTextEdit

        texts = [w.toPlainText() for w in modal.findChildren(QTextEdit)]
        texts += [w.text() for w in modal.findChildren(QLabel) if w.text()]
        return {"cls": type(modal).__name__, "title": modal.windowTitle(), "text": "\n".join(texts)[:4000]}

    def close_modal_dialogs():
        # a blocking dialog (first-run question, Python error stack dialog, ...) would
        # stall start-up: record it, then dismiss it
        # (and one that pops up when QGIS is told to quit: recorded as "exit_modal")
        modal = QApplication.activeModalWidget()
        if modal is not None and (not state["done"] or state.get("quitting")):
            event("exit_modal" if state.get("quitting") else "modal_dialog", **describe_modal(modal))
            if hasattr(modal, "reject"):
                modal.reject()
            else:
                modal.close()

    watchdog = QTimer()
    watchdog.timeout.connect(close_modal_dialogs)
    watchdog.start(500)
    qgis.utils._soz_desktop_watchdog = watchdog

    # ------------------------------------------------------------ wait for the main window
    def on_initialized():
        event("initializationCompleted")
        QTimer.singleShot(delay_ms, lambda: run_checks("initializationCompleted"))

    original_init_interface = qgis.utils.initInterface

    def init_interface(pointer):
        original_init_interface(pointer)
        event("initInterface")
        qgis.utils.iface.initializationCompleted.connect(on_initialized)

    if qgis.utils.iface is not None:  # PYQGIS_STARTUP ran after initInterface
        event("iface_already_set")
        qgis.utils.iface.initializationCompleted.connect(on_initialized)
    else:
        qgis.utils.initInterface = init_interface
    qgis.utils._soz_desktop_callbacks = (on_initialized, run_checks, finish, quit_qgis)
    fallback = QTimer()
    fallback.setSingleShot(True)
    fallback.timeout.connect(lambda: run_checks("fallback timer") if qgis.utils.iface is not None else None)
    fallback.start(fallback_ms)
    qgis.utils._soz_desktop_fallback = fallback


_soz_desktop_install()
del _soz_desktop_install
