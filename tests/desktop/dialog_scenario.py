"""GUI scenario for the desktop test: what a planner does with the algorithm.

Loaded by ``qgis_startup.py`` inside the running QGIS (after the toolbox
checks) when ``SOZ_DESKTOP_SCENARIO`` points at this file. It

1. loads ``adressen_2025``, ``adressen_2023`` and ``sozialraeume`` from the
   sample GeoPackage into the project,
2. opens the algorithm dialog of ``sozialplanung:aggregate_counts``
   pre-filled, takes screenshots (as QGIS opens it, then enlarged), clicks
   *Run*, waits for the result, records the loaded output layer (renderer,
   sums) and the dialog log, screenshots the log tab and the main window map
   with the styled output (legend opened),
3. opens the batch dialog, fills two rows (2023 and 2025), takes a
   screenshot, clicks *Run* and records the outputs,

and writes everything to ``scenario.json``. Every wait is bounded; modal
dialogs that pop up are recorded (``scenario_modal`` events) and dismissed,
and all dialogs are closed before QGIS is told to quit.

Settings (environment): ``SOZ_DESKTOP_DATA`` (sample GeoPackage),
``SOZ_DESKTOP_SHOTS`` (screenshot folder), ``SOZ_DESKTOP_SUFFIX`` (file name
suffix, e.g. ``_de``), ``SOZ_DESKTOP_SCENARIO_S`` (overall time limit).
"""
import inspect
import json
import os
import time
import traceback

ALGORITHM_ID = "sozialplanung:aggregate_counts"
FIELDS = ["ew_gesamt", "ew_0_2"]
STYLE_FIELD = "ew_gesamt"


class Wait:
    """Yielded by a phase: poll ``predicate`` every 100 ms, at most ``timeout_s``."""

    def __init__(self, predicate, timeout_s, label):
        self.predicate = predicate
        self.timeout_s = timeout_s
        self.label = label


class PhaseTimeout(Exception):
    pass


def parameters_for_row(panel, row, context):
    """The batch panel's parameters of one row, as its Run button reads them. The method is Processing's own
    (no public API gives a row's parameters) and its signature changed: QGIS 3.22 has
    (row, destinationProject=None, warnOnInvalid=True), QGIS 3.40/3.44 take the processing context second."""
    if "context" in inspect.signature(panel.parametersForRow).parameters:
        return panel.parametersForRow(row, context, destinationProject=None, warnOnInvalid=False)
    return panel.parametersForRow(row, destinationProject=None, warnOnInvalid=False)


def start(out_dir, event, on_done):
    """Run the scenario asynchronously in the Qt event loop; ``on_done()`` afterwards."""
    import qgis.utils
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QLabel, QTextBrowser, QTextEdit

    iface = qgis.utils.iface
    gpkg = os.environ["SOZ_DESKTOP_DATA"]
    shots = os.environ.get("SOZ_DESKTOP_SHOTS") or out_dir
    suffix = os.environ.get("SOZ_DESKTOP_SUFFIX", "")
    deadline = time.time() + float(os.environ.get("SOZ_DESKTOP_SCENARIO_S", "90"))
    os.makedirs(shots, exist_ok=True)
    t0 = time.time()
    result = {"errors": [], "phases": [], "modals": []}
    dialogs = []  # everything we opened, closed at the end

    def shot(widget, name):
        path = os.path.join(shots, name + suffix + ".png")
        if os.path.exists(path):
            os.remove(path)
        QApplication.processEvents()
        ok = bool(widget.grab().save(path))
        event("scenario_screenshot", path=path, ok=ok)
        result.setdefault("screenshots", {})[name] = path if ok else None
        return path

    def plain(value):
        """A parameter value as JSON: output definitions as their destination."""
        if hasattr(value, "sink"):
            return value.sink.staticValue()
        if isinstance(value, (str, int, float, bool, type(None))):
            return value
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return str(value)

    def widget_inventory(root):
        """Visible labels / combo boxes / line edits with their text and whether it fits."""
        from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QLineEdit

        items = []
        for w in root.findChildren(QLabel) + root.findChildren(QComboBox) + root.findChildren(QLineEdit) \
                + root.findChildren(QAbstractButton):
            if not w.isVisible():
                continue
            if isinstance(w, QComboBox):
                text = w.currentText()
                needed = w.fontMetrics().horizontalAdvance(text) + 40  # arrow + frame
            elif isinstance(w, QLineEdit):
                text = w.text()
                needed = w.fontMetrics().horizontalAdvance(text) + 10
            else:
                text = w.text()
                needed = w.sizeHint().width()
            if not text:
                continue
            items.append({"class": type(w).__name__, "text": text, "width": w.width(), "needed": needed,
                          "cut": needed > w.width() + 1 and not (isinstance(w, QLabel) and w.wordWrap()),
                          "tooltip": w.toolTip()})
        return items

    def scroll_areas(root):
        """Does the content fit, or does the planner have to scroll sideways?"""
        from qgis.PyQt.QtWidgets import QScrollArea

        out = []
        for area in root.findChildren(QScrollArea):
            if not area.isVisible() or area.widget() is None:
                continue
            out.append({"name": area.objectName(), "class": type(area).__name__,
                        "viewport_width": area.viewport().width(),
                        "content_width": area.widget().width(),
                        "content_min_width": area.widget().minimumSizeHint().width(),
                        "hscroll": area.horizontalScrollBar().isVisible()})
        return out

    def text_widgets(root):
        out = []
        for w in root.findChildren(QTextBrowser) + [w for w in root.findChildren(QTextEdit)
                                                     if not isinstance(w, QTextBrowser)]:
            out.append({"name": w.objectName(), "class": type(w).__name__, "visible": w.isVisible(),
                        "width": w.width(), "height": w.height(), "text": w.toPlainText()[:6000],
                        "html": w.toHtml()[:12000],
                        "vscroll": w.verticalScrollBar().isVisible(),
                        "hscroll": w.horizontalScrollBar().isVisible()})
        return out

    def layer_info(layer):
        info = {"name": layer.name(), "source": layer.source(), "feature_count": layer.featureCount(),
                "fields": [f.name() for f in layer.fields()],
                "aliases": {f.name(): layer.attributeAlias(i) for i, f in enumerate(layer.fields())
                            if layer.attributeAlias(i)}}
        renderer = layer.renderer()
        info["renderer"] = renderer.type() if renderer else None
        if renderer is not None and renderer.type() == "graduatedSymbol":
            info["class_attribute"] = renderer.classAttribute()
            info["classification"] = renderer.classificationMethod().id() if renderer.classificationMethod() else None
            info["ranges"] = [{"lower": r.lowerValue(), "upper": r.upperValue(), "label": r.label(),
                               "color": r.symbol().color().name(), "opacity": r.symbol().opacity()}
                              for r in renderer.ranges()]
        sums = {}
        for name in FIELDS + ["n_units"]:
            idx = layer.fields().lookupField(name)
            if idx >= 0:
                sums[name] = sum((f[name] or 0) for f in layer.getFeatures())
        info["sums"] = sums
        return info

    def modal_guard():
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        texts = [w.toPlainText() for w in modal.findChildren(QTextEdit)]
        texts += [w.text() for w in modal.findChildren(QLabel) if w.text()]
        record = {"cls": type(modal).__name__, "title": modal.windowTitle(), "text": "\n".join(texts)[:4000]}
        result["modals"].append(record)
        event("scenario_modal", **record)
        if hasattr(modal, "reject"):
            modal.reject()
        else:
            modal.close()

    guard = QTimer()
    guard.timeout.connect(modal_guard)
    guard.start(300)

    # ------------------------------------------------------------------ phases
    def load_layers():
        project = QgsProject.instance()
        layers = {}
        for name in ("sozialraeume", "adressen_2023", "adressen_2025"):
            layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
            if not layer.isValid():
                raise RuntimeError(f"cannot load {name} from {gpkg}")
            project.addMapLayer(layer)
            layers[name] = layer
        # as a planner would look at it: this year's addresses, not the old ones
        node = project.layerTreeRoot().findLayer(layers["adressen_2023"].id())
        if node is not None:
            node.setItemVisibilityChecked(False)
        result["layers"] = {k: v.id() for k, v in layers.items()}
        state["layers"] = layers
        yield 300

    def algorithm_dialog():
        import processing

        layers = state["layers"]
        out_path = os.path.join(out_dir, "aggregate_counts_2025.gpkg")
        params = {"INPUT": layers["adressen_2025"].id(), "AREAS": layers["sozialraeume"].id(),
                  "AREA_ID": "sozialraum_id", "METHOD": 1, "FIELDS": FIELDS, "OUTPUT": out_path}
        dialog = processing.createAlgorithmDialog(ALGORITHM_ID, params)
        if dialog is None:
            raise RuntimeError("createAlgorithmDialog returned None")
        dialogs.append(dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        yield 1500
        info = {"title": dialog.windowTitle(), "size": [dialog.width(), dialog.height()],
                "class": type(dialog).__name__}
        try:
            prefilled = dialog.createProcessingParameters()
            info["parameters"] = {k: plain(v) for k, v in prefilled.items()}
        except Exception:
            info["parameters_error"] = traceback.format_exc()
        run_button = dialog.runButton()
        info["run_button"] = run_button.text() if run_button else None
        info["buttons"] = [b.text() for b in dialog.buttonBox().buttons() if b.isVisible()]
        info["widgets"] = widget_inventory(dialog)
        info["text_widgets"] = text_widgets(dialog)
        info["scroll_areas"] = scroll_areas(dialog)
        result["dialog"] = info
        shot(dialog, "dialog_aggregate_counts")
        # the same dialog enlarged, as a planner would drag it
        default_size = dialog.size()
        dialog.resize(1280, 900)
        yield 700
        info["large"] = {"size": [dialog.width(), dialog.height()], "scroll_areas": scroll_areas(dialog),
                         "text_widgets": [{k: t[k] for k in ("name", "width", "height", "vscroll")}
                                          for t in text_widgets(dialog)]}
        shot(dialog, "dialog_aggregate_counts_large")
        dialog.resize(default_size)
        yield 500

        before = set(QgsProject.instance().mapLayers())
        finished = {}
        dialog.algorithmFinished.connect(lambda ok, res: finished.update(ok=ok, results=dict(res)))
        started = time.time()
        # a planner clicks "Run"; queued so that a message box inside cannot block this phase
        QTimer.singleShot(0, run_button.click)
        yield Wait(lambda: "ok" in finished, 60, "algorithm run from the dialog")
        yield 500
        run = {"ok": finished["ok"], "seconds": round(time.time() - started, 2),
               "results": {k: str(v) for k, v in finished["results"].items()}, "output_path": out_path}
        new_ids = [i for i in QgsProject.instance().mapLayers() if i not in before]
        run["new_layers"] = [layer_info(QgsProject.instance().mapLayer(i)) for i in new_ids]
        log_txt = os.path.join(out_dir, "dialog_log.txt")
        try:
            dialog.saveLogToFile(log_txt, dialog.FormatPlainText)
            with open(log_txt, encoding="utf-8") as fh:
                run["log"] = fh.read()
        except Exception:
            run["log_error"] = traceback.format_exc()
        run["info_widgets"] = text_widgets(dialog)
        run["tab"] = dialog.tabWidget().currentIndex() if dialog.tabWidget() else None
        run["dialog_visible"] = dialog.isVisible()
        run["widgets"] = widget_inventory(dialog)
        result["run"] = run
        state["output_ids"] = new_ids
        shot(dialog, "dialog_aggregate_counts_log")
        dialog.close()
        yield 300

    def map_view():
        project = QgsProject.instance()
        output = None
        for i in state.get("output_ids", []):
            layer = project.mapLayer(i)
            if layer is not None and layer.fields().lookupField(STYLE_FIELD) >= 0:
                output = layer
        if output is None:
            raise RuntimeError("no output layer to show")
        canvas = iface.mapCanvas()
        iface.setActiveLayer(output)
        # the legend: as loaded, then opened so that the screenshot shows the classes
        node = project.layerTreeRoot().findLayer(output.id())
        view = iface.layerTreeView()
        legend = {"node_expanded": node.isExpanded() if node is not None else None,
                  "legend_nodes": len(view.layerTreeModel().layerLegendNodes(node)) if node is not None else None}
        if node is not None:
            legend["view_expanded"] = view.isExpanded(view.node2index(node))
            if not legend["view_expanded"]:
                view.refreshLayerSymbology(output.id())  # what the layer properties dialog does
                QApplication.processEvents()
                legend["view_expanded_after_refreshLayerSymbology"] = view.isExpanded(view.node2index(node))
            if not view.isExpanded(view.node2index(node)):
                node.setExpanded(False)  # what a post-processor could do after setRenderer
                node.setExpanded(True)
                QApplication.processEvents()
                legend["view_expanded_after_node_toggle"] = view.isExpanded(view.node2index(node))
            if not view.isExpanded(view.node2index(node)):  # a planner clicks the arrow
                view.setExpanded(view.node2index(node), True)
        state["legend"] = legend
        rendered = {"n": 0}
        canvas.mapCanvasRefreshed.connect(lambda: rendered.update(n=rendered["n"] + 1))
        extent = canvas.mapSettings().layerExtentToOutputExtent(output, output.extent())
        extent.scale(1.05)
        canvas.setExtent(extent)
        canvas.refreshAllLayers()
        yield 200
        yield Wait(lambda: rendered["n"] > 0 and not canvas.isDrawing(), 30, "map canvas rendering")
        yield 500
        result["map"] = {"extent": canvas.extent().toString(2), "crs": canvas.mapSettings().destinationCrs().authid(),
                         "renders": rendered["n"], "canvas_size": [canvas.width(), canvas.height()],
                         "layer_order": [layer.name() for layer in canvas.layers()],
                         "legend": state.get("legend")}
        path = shot(iface.mainWindow(), "map_aggregate_counts")
        # the canvas alone, for a pixel check of the class colours in the test
        canvas_png = os.path.join(out_dir, "canvas.png")
        result["map"]["canvas_png"] = canvas_png if canvas.grab().save(canvas_png) else None
        result["map"]["screenshot"] = path

    def batch_dialog():
        from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
        from processing.tools import dataobjects

        layers = state["layers"]
        alg = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM_ID)
        dialog = BatchAlgorithmDialog(alg, parent=iface.mainWindow())
        dialogs.append(dialog)
        dialog.show()
        dialog.raise_()
        yield 1000
        panel = dialog.mainWidget()
        info = {"title": dialog.windowTitle(), "size": [dialog.width(), dialog.height()],
                "columns": [panel.tblParameters.horizontalHeaderItem(c).text()
                            for c in range(panel.tblParameters.columnCount())
                            if panel.tblParameters.horizontalHeaderItem(c) is not None
                            and not panel.tblParameters.isColumnHidden(c)]}
        panel.addRow()
        yield 300
        context = dataobjects.createContext()
        outputs = {}
        for row, year in enumerate((2023, 2025)):
            values = {"INPUT": layers[f"adressen_{year}"].id(), "AREAS": layers["sozialraeume"].id(),
                      "AREA_ID": "sozialraum_id", "METHOD": 1, "FIELDS": FIELDS}
            for name, value in values.items():  # INPUT first: FIELDS depends on it
                panel.wrappers[row][panel.parameter_to_column[name]].setParameterValue(value, context)
                QApplication.processEvents()
            path = os.path.join(out_dir, f"batch_aggregate_counts_{year}.gpkg")
            panel.tblParameters.cellWidget(row + 1, panel.parameter_to_column["OUTPUT"]).setValue(path)
            outputs[year] = path
        panel.checkLoadLayersOnCompletion.setChecked(True)
        yield 500
        rows = []
        for row in range(panel.batchRowCount()):
            params, ok = parameters_for_row(panel, row, context)
            rows.append({"ok": ok, "parameters": {k: plain(v) for k, v in params.items()}})
        info["rows"] = rows
        info["widgets"] = widget_inventory(dialog)
        info["outputs"] = {str(k): v for k, v in outputs.items()}
        result["batch"] = info
        shot(dialog, "batch_aggregate_counts")

        before = set(QgsProject.instance().mapLayers())
        clicked = {}

        def click():
            started = time.time()
            dialog.runButton().click()  # the batch dialog runs synchronously
            clicked["seconds"] = round(time.time() - started, 2)

        QTimer.singleShot(0, click)
        yield Wait(lambda: "seconds" in clicked, 60, "batch run")
        yield 500
        info["run_seconds"] = clicked["seconds"]
        info["outputs_exist"] = {str(k): os.path.exists(v) for k, v in outputs.items()}
        new_ids = [i for i in QgsProject.instance().mapLayers() if i not in before]
        info["new_layers"] = [layer_info(QgsProject.instance().mapLayer(i)) for i in new_ids]
        log_txt = os.path.join(out_dir, "batch_log.txt")
        try:
            dialog.saveLogToFile(log_txt, dialog.FormatPlainText)
            with open(log_txt, encoding="utf-8") as fh:
                info["log"] = fh.read()
        except Exception:
            info["log_error"] = traceback.format_exc()
        shot(dialog, "batch_aggregate_counts_log")
        dialog.close()
        yield 300

    phases = [("load_layers", load_layers), ("algorithm_dialog", algorithm_dialog),
              ("map_view", map_view), ("batch_dialog", batch_dialog)]
    state = {}
    runner = {"phase": None, "gen": None, "wait": None, "wait_until": 0.0}
    timer = QTimer()
    timer.setSingleShot(True)

    def finish():
        guard.stop()
        for dialog in dialogs:
            try:
                if dialog.isVisible():
                    dialog.close()
            except RuntimeError:  # already deleted
                pass
        result["project_layers"] = [
            {"name": layer.name(), "provider": layer.providerType(), "source": layer.source(),
             "temporary": layer.isTemporary() if hasattr(layer, "isTemporary") else None,
             "features": layer.featureCount() if hasattr(layer, "featureCount") else None}
            for layer in QgsProject.instance().mapLayers().values()]
        bar = iface.messageBar()
        result["message_bar"] = [{"title": i.title(), "text": i.text(), "level": int(i.level())}
                                 for i in bar.items()] if bar is not None else []
        result["elapsed_s"] = round(time.time() - t0, 2)
        result["finished"] = True
        path = os.path.join(out_dir, "scenario.json")
        with open(path + ".part", "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, indent=2, default=str)
        os.replace(path + ".part", path)
        event("scenario_finished", errors=len(result["errors"]))
        QTimer.singleShot(500, on_done)

    def step():
        try:
            if runner["gen"] is None:
                if not phases:
                    finish()
                    return
                runner["phase"], fn = phases.pop(0)
                event("scenario_phase", phase=runner["phase"])
                result["phases"].append(runner["phase"])
                runner["gen"] = fn()
            wait = runner["wait"]
            if wait is not None:
                if wait.predicate():
                    runner["wait"] = None
                elif time.time() > min(runner["wait_until"], deadline):
                    runner["wait"] = None
                    raise PhaseTimeout(f"timed out waiting for {wait.label} ({wait.timeout_s} s)")
                else:
                    timer.start(100)
                    return
            if time.time() > deadline:
                raise PhaseTimeout("scenario time limit reached")
            try:
                value = next(runner["gen"])
            except StopIteration:
                runner["gen"] = None
                timer.start(0)
                return
            if isinstance(value, Wait):
                runner["wait"] = value
                runner["wait_until"] = time.time() + value.timeout_s
                timer.start(100)
            else:
                timer.start(int(value or 0))
        except Exception as exc:
            result["errors"].append(f"{runner['phase']}: " + traceback.format_exc())
            event("scenario_error", phase=runner["phase"], error=repr(exc))
            runner["gen"] = None
            runner["wait"] = None
            if isinstance(exc, PhaseTimeout) and time.time() > deadline:
                phases.clear()
            timer.start(0)

    timer.timeout.connect(step)
    # keep the timers and closures alive
    qgis.utils._soz_desktop_scenario = (timer, guard, step, dialogs, state)
    timer.start(0)
