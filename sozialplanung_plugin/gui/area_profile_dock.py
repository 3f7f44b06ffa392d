"""Dock "Gebietsprofil": how does an area compare with the town? Table of indicators with rank, reference,
change and a spine chart, similar areas, exports. No domain logic: core.profile builds the data, this draws it."""
from __future__ import annotations

import contextlib
import csv
import io
import math
from typing import List, Optional

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsCheckableComboBox, QgsDockWidget, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sozialplanung_plugin.profile_chart import change_text, draw_profile, number, paint_spine, rank_text, save_svg
from sozialplanung_plugin.profile_data import read_profile_data
from sozialplanung_plugin.translation import tr

OBJECT_NAME = "SozialplanungAreaProfileDock"
SETTINGS_SCOPE = "sozialplanung"
SPINE_ROLE = Qt.ItemDataRole.UserRole + 1


class SpineDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index):
        ip = index.data(SPINE_ROLE)
        if ip is None:
            super().paint(painter, option, index)
            return
        paint_spine(painter, QRectF(option.rect), ip, option.palette)

    def sizeHint(self, option, index):  # noqa: N802
        return QSize(160, 22)


class AreaProfileDock(QgsDockWidget):
    """The dock. ``iface`` is injected (tests pass a stub with mapCanvas())."""

    COLUMNS = ["indicator", "value", "reference", "rank", "change", "spine"]

    def __init__(self, iface, parent=None):
        super().__init__(tr("Area profile (Gebietsprofil)"), parent)
        self.setObjectName(OBJECT_NAME)
        self.iface = iface
        self._data = None            # the layer read once: core.profile.AreaProfiles
        self._syncing = False
        self._map_tool = None
        self._previous_tool = None
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.layer_box = QgsMapLayerComboBox()
        self.layer_box.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.layer_box.setAllowEmptyLayer(True)
        form.addRow(tr("Layer"), self.layer_box)
        self.key_box = QgsFieldComboBox()
        form.addRow(tr("Area key"), self.key_box)
        self.name_box = QgsFieldComboBox()
        self.name_box.setAllowEmptyFieldName(True)
        form.addRow(tr("Area name"), self.name_box)
        self.fields_box = QgsCheckableComboBox()
        form.addRow(tr("Indicators"), self.fields_box)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search area…"))
        self.pick_button = QPushButton(tr("Pick on map"))
        self.pick_button.setCheckable(True)
        row.addWidget(self.search)
        row.addWidget(self.pick_button)
        layout.addLayout(row)
        self.area_list = QListWidget()
        self.area_list.setMaximumHeight(80)
        layout.addWidget(self.area_list)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Compare with")))
        self.compare_box = QComboBox()
        row.addWidget(self.compare_box, 1)
        layout.addLayout(row)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Indicator"), tr("Value"), tr("Reference"), tr("Rank"),
                                              tr("Change"), tr("Range")])
        self.table.setItemDelegateForColumn(5, SpineDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(220)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(tr("Similar areas (click to show)")))
        self.similar_list = QListWidget()
        self.similar_list.setMaximumHeight(70)
        layout.addWidget(self.similar_list)
        row = QHBoxLayout()
        self.png_button = QPushButton(tr("PNG…"))
        self.svg_button = QPushButton(tr("SVG…"))
        self.csv_button = QPushButton(tr("CSV…"))
        self.copy_button = QPushButton(tr("Copy"))
        for b in (self.png_button, self.svg_button, self.csv_button, self.copy_button):
            row.addWidget(b)
        layout.addLayout(row)
        # combo boxes sized by their longest entry would make the dock wider than the screen allows
        for combo in (self.layer_box, self.key_box, self.name_box, self.fields_box, self.compare_box):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(460)       # enough for the table; a shorter dock scrolls instead of overlapping
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.layer_box.layerChanged.connect(self._layer_changed)
        self.key_box.fieldChanged.connect(self._fields_changed)
        self.name_box.fieldChanged.connect(self._fields_changed)
        self.fields_box.checkedItemsChanged.connect(self._fields_changed)
        self.search.textChanged.connect(self._filter)
        self.area_list.currentRowChanged.connect(self._list_changed)
        self.compare_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.similar_list.itemClicked.connect(lambda item: self.select_key(item.data(Qt.ItemDataRole.UserRole)))
        self.pick_button.toggled.connect(self._pick_toggled)
        self.png_button.clicked.connect(lambda: self._export("png"))
        self.svg_button.clicked.connect(lambda: self._export("svg"))
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self._layer_changed(self.layer_box.currentLayer())

    # ---------------------------------------------------------------- layer and fields
    def set_layer(self, layer, key=None, fields=None, name=None):
        self.layer_box.setLayer(layer)
        if key:
            self.key_box.setField(key)
        if name is not None:
            self.name_box.setField(name)
        if fields is not None:
            self.fields_box.setCheckedItems(list(fields))
        self._fields_changed()

    def _layer_changed(self, layer):
        old = getattr(self, "_layer", None)
        if old is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                old.selectionChanged.disconnect(self._selection_changed)
        self._layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.key_box.setLayer(self._layer)
        self.name_box.setLayer(self._layer)
        self.fields_box.clear()
        if self._layer is None:
            self._data = None
            self.refresh()
            return
        self._layer.selectionChanged.connect(self._selection_changed)
        numeric = [f.name() for f in self._layer.fields() if f.isNumeric()]
        self.fields_box.addItems(numeric)
        project = QgsProject.instance()
        saved, ok = project.readListEntry(SETTINGS_SCOPE, f"profile/{self._layer.id()}/fields")
        if ok and saved:
            self.fields_box.setCheckedItems([f for f in saved if f in numeric])
        key, ok = project.readEntry(SETTINGS_SCOPE, f"profile/{self._layer.id()}/key")
        if ok and key:
            self.key_box.setField(key)
        self._fields_changed()

    def _fields_changed(self, *args):
        if self._layer is None:
            return
        fields = self.fields_box.checkedItems()
        project = QgsProject.instance()
        project.writeEntry(SETTINGS_SCOPE, f"profile/{self._layer.id()}/fields", fields)
        project.writeEntry(SETTINGS_SCOPE, f"profile/{self._layer.id()}/key", self.key_box.currentField())
        self._load()
        self.refresh()

    def _load(self):
        """Read the layer once (keys, names, indicator values, CI/change fields, population)."""
        self._data = read_profile_data(self._layer, self.key_box.currentField(), self.fields_box.checkedItems(),
                                       self.name_box.currentField() or None)
        self._fill_list(self._data.keys if self._data else [])

    def _fill_list(self, keys: List[str]):
        self._syncing = True
        self.area_list.clear()
        self.compare_box.clear()
        self.compare_box.addItem(tr("(none)"), None)
        titles = self._data.titles if self._data else None
        for i, k in enumerate(keys):
            text = f"{k} – {titles[i]}" if titles and titles[i] not in (None, "") else k
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.area_list.addItem(item)
            self.compare_box.addItem(text, i)
        self._syncing = False
        self._filter(self.search.text())

    def _filter(self, text):
        text = (text or "").lower()
        for r in range(self.area_list.count()):
            item = self.area_list.item(r)
            item.setHidden(bool(text) and text not in item.text().lower())

    # ---------------------------------------------------------------- choosing the area (three ways, in sync)
    def current_index(self) -> Optional[int]:
        item = self.area_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_key(self, key_or_index):
        if self._data is None:
            return
        i = key_or_index if isinstance(key_or_index, int) else self._data.keys.index(str(key_or_index))
        self.area_list.setCurrentRow(i)

    def _list_changed(self, row):
        if self._syncing or self._data is None or row < 0:
            return
        i = self.area_list.item(row).data(Qt.ItemDataRole.UserRole)
        self._syncing = True
        if self._layer is not None:
            self._layer.selectByIds([self._data.fids[i]])
        self._syncing = False
        self.refresh()

    def _selection_changed(self, *args):
        if self._syncing or self._data is None or self._layer is None:
            return
        ids = self._layer.selectedFeatureIds()
        if ids and ids[0] in self._data.fids:
            self._syncing = True
            self.area_list.setCurrentRow(self._data.fids.index(ids[0]))
            self._syncing = False
            self.refresh()

    def feature_picked(self, feature):
        """From the map tool: the clicked area becomes the current one (and the layer's selection)."""
        if self._data is not None and feature.id() in self._data.fids:
            self.area_list.setCurrentRow(self._data.fids.index(feature.id()))

    def _pick_toggled(self, on):
        from qgis.gui import QgsMapToolIdentifyFeature

        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None:
            return
        if on and self._layer is not None:
            self._previous_tool = canvas.mapTool()
            self._map_tool = QgsMapToolIdentifyFeature(canvas, self._layer)
            self._map_tool.featureIdentified.connect(self.feature_picked)
            canvas.setMapTool(self._map_tool)
        elif self._map_tool is not None:
            canvas.unsetMapTool(self._map_tool)
            if self._previous_tool is not None:
                canvas.setMapTool(self._previous_tool)
            self._map_tool = None

    # ---------------------------------------------------------------- drawing
    def profiles(self, index: Optional[int] = None):
        i = self.current_index() if index is None else index
        if self._data is None or i is None:
            return []
        return self._data.profile(i)

    def refresh(self):
        self.table.setRowCount(0)
        self.similar_list.clear()
        d = self._data
        i = self.current_index()
        if d is None or i is None:
            self.header.setText(tr("Choose a layer, its key field and indicators, then an area."))
            self.note.clear()
            return
        profile = self.profiles(i)
        cmp_i = self.compare_box.currentData()
        compare = self.profiles(cmp_i) if cmp_i is not None else None
        title = d.keys[i] + (f" – {d.titles[i]}" if d.titles and d.titles[i] else "")
        cls = d.labels[i] if d.labels else None
        class_text = tr("Class")
        self.header.setText("<b>{}</b>{}".format(title, f" · {class_text}: {cls}" if cls else ""))
        self.table.setColumnCount(len(self.COLUMNS) + (1 if compare else 0))
        labels = [tr("Indicator"), tr("Value"), tr("Reference"), tr("Rank"), tr("Change"), tr("Range")]
        if compare:
            labels.insert(2, d.keys[cmp_i])
        self.table.setHorizontalHeaderLabels(labels)
        self.table.setItemDelegateForColumn(len(labels) - 1, SpineDelegate(self.table))
        for c in range(len(labels) - 1):
            self.table.setItemDelegateForColumn(c, None)
        self.table.horizontalHeader().setSectionResizeMode(len(labels) - 1, QHeaderView.ResizeMode.Stretch)
        secret = tr("confidential")
        kinds = set()
        header = self.table.horizontalHeader()
        for c in range(len(labels) - 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 130)
        for r, ip in enumerate(profile):
            self.table.insertRow(r)
            cells = [ip.name, secret if ip.suppressed else number(ip.value)]
            if compare:
                cells.append(secret if compare[r].suppressed else number(compare[r].value))
            cells += [number(ip.reference), rank_text(ip), change_text(ip)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            spine = QTableWidgetItem()
            spine.setData(SPINE_ROLE, ip)
            spine.setToolTip(tr("min {lo} · 25 % {q25} · 75 % {q75} · max {hi} · reference {ref}").format(
                lo=number(ip.minimum), q25=number(ip.q25), q75=number(ip.q75), hi=number(ip.maximum),
                ref=number(ip.reference)))
            self.table.setItem(r, len(cells), spine)
            kinds.add(ip.reference_kind)
        for c in range(len(labels)):
            self.table.setColumnHidden(c, False)
        change_col = len(labels) - 2
        self.table.setColumnHidden(change_col, not any(math.isfinite(ip.change) for ip in profile))
        self._fit_spine_column()
        self.table.resizeRowsToContents()
        ref_text = {"total_row": tr("the town's total row"), "population_weighted_mean":
                    tr("the population-weighted mean of the areas"), "mean": tr("the mean of the areas")}
        basis = {ip.basis for ip in profile}
        self.note.setText(tr("Reference: {ref}. Dot red: more need than the reference, blue: less, grey: no clear "
                             "difference ({basis}). 'confidential': suppressed, not 0.").format(
            ref=", ".join(ref_text[k] for k in sorted(kinds)),
            basis=tr("95 % intervals") if basis == {"confidence_interval"} else tr("top or bottom fifth of the areas")))
        self._fill_similar(i)

    def _fit_spine_column(self, minimum: int = 130):
        """Numbers as wide as they need (headers may elide, their tooltips tell), and the spine chart
        readable in a narrow dock: the indicator column gives way first."""
        header = self.table.horizontalHeader()
        last = self.table.columnCount() - 1
        metrics = self.table.fontMetrics()
        for c in range(1, last):
            texts = [self.table.item(r, c).text() for r in range(self.table.rowCount()) if self.table.item(r, c)]
            cells = max([metrics.horizontalAdvance(t) for t in texts] + [24]) + 14
            head = self.table.horizontalHeaderItem(c)
            wanted = metrics.horizontalAdvance(head.text()) + 16 if head is not None else cells
            self.table.setColumnWidth(c, max(cells, min(wanted, cells + 40)))
            if head is not None:
                head.setToolTip(head.text())
        others = sum(header.sectionSize(c) for c in range(1, last) if not self.table.isColumnHidden(c))
        free = self.table.viewport().width() - others - header.sectionSize(0)
        if free < minimum:
            self.table.setColumnWidth(0, max(80, header.sectionSize(0) - (minimum - free)))

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if self.table.rowCount():
            self.table.setColumnWidth(0, 130)
            self._fit_spine_column()
            self.table.resizeRowsToContents()

    def _fill_similar(self, i):
        import numpy as np

        from sozialplanung_plugin.core.similarity import similar_to

        d = self._data
        values = d.values.copy()
        if d.total is not None:
            values[d.total] = np.nan
        try:
            res = similar_to(values, i)
        except Exception:           # noqa: BLE001 - e.g. an indicator NULL everywhere: no list, no error dialog
            return
        order = [j for j in np.argsort(np.where(np.isfinite(res.distance), res.distance, np.inf))
                 if np.isfinite(res.distance[j])][:5]
        for j in order:
            item = QListWidgetItem(f"{d.keys[j]}  ({res.distance[j]:.2f})")
            item.setData(Qt.ItemDataRole.UserRole, int(j))
            self.similar_list.addItem(item)

    # ---------------------------------------------------------------- exports
    def render(self, painter: QPainter, width: int) -> int:
        """Draw the profile (title, rows with spine charts) for export; returns the height used."""
        return draw_profile(painter, width, self.header.text().replace("<b>", "").replace("</b>", ""),
                            self.profiles())

    def image(self, width: int = 900, scale: float = 2.0) -> QImage:
        height = 60 + 26 * max(1, len(self.profiles()))
        img = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.scale(scale, scale)
        self.render(p, width)
        p.end()
        return img

    def csv_text(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=";")
        w.writerow(["indicator", "value", "reference", "reference_kind", "rank", "n_ranked", "change", "minimum",
                    "q25", "q75", "maximum", "status"])
        for ip in self.profiles():
            w.writerow([ip.name, "geheim" if ip.suppressed else ip.value, ip.reference, ip.reference_kind,
                        ip.rank or "", ip.n_ranked, "" if not math.isfinite(ip.change) else ip.change, ip.minimum,
                        ip.q25, ip.q75, ip.maximum, ip.status])
        return buf.getvalue()

    def copy_to_clipboard(self):
        QApplication.clipboard().setText(self.csv_text().replace(";", "\t"))

    def save(self, path: str) -> bool:
        if path.lower().endswith(".csv"):
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(self.csv_text())
            return True
        if path.lower().endswith(".svg"):
            save_svg(path, 900, 60 + 26 * max(1, len(self.profiles())), lambda painter: self.render(painter, 900))
            return True
        return self.image().save(path)

    def _export(self, kind):
        filters = {"png": "PNG (*.png)", "svg": "SVG (*.svg)", "csv": "CSV (*.csv)"}
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the area profile"), "", filters[kind])
        if path:
            if not path.lower().endswith("." + kind):
                path += "." + kind
            self.save(path)
