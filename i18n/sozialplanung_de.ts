<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="43"/>
        <source>By key field</source>
        <translation>Über Schlüsselfeld</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="44"/>
        <source>By location: point in polygon / polygon centroid</source>
        <translation>Nach Lage: Punkt in Polygon / Polygonschwerpunkt</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="45"/>
        <source>By location: largest overlap</source>
        <translation>Nach Lage: größte Überschneidung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="46"/>
        <source>Area-weighted apportioning</source>
        <translation>Flächengewichtete Aufteilung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="57"/>
        <source>Aggregate counts to planning areas</source>
        <translation>Zählwerte auf Planungsräume aggregieren</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="60"/>
        <source>sum,aggregate,Sozialraum,Baublock,address,count,join,Zählwerte,summieren</source>
        <translation>sum,aggregate,Sozialraum,Baublock,address,count,join,Zählwerte,summieren,Summe,aggregieren,Planungsraum,Sozialräume,statistischer Bezirk,Adresse,Gebäude,Einwohner,Anzahl,Zuordnung,Flächenanteil</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="66"/>
        <source>Area key field</source>
        <translation>Feld mit dem Gebietsschlüssel</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="112"/>
        <source>Unique key of each area, e.g. &apos;0102&apos;. Written to the output as text.</source>
        <translation>Eindeutiger Schlüssel jedes Gebiets, z. B. '0102'. Wird als Text in die Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="114"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="115"/>
        <source>How a source unit is matched to an area: 0 by key field, 1 point in polygon / centroid, 2 largest overlap, 3 area-weighted apportioning.</source>
        <translation>Wie eine Einheit einem Gebiet zugeordnet wird: 0 über Schlüsselfeld, 1 Punkt in Polygon / Schwerpunkt, 2 größte Überschneidung, 3 flächengewichtete Aufteilung.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="120"/>
        <source>Field of the source units holding the key of their area; needed for the key method.</source>
        <translation>Feld der Einheiten mit dem Schlüssel ihres Gebiets; erforderlich für die Methode 'Über Schlüsselfeld'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="72"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that holds the area key.</source>
        <translation>Layer '{layer}' hat kein Feld '{field}'. Wählen Sie das Feld mit dem Gebietsschlüssel.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="183"/>
        <source>The method &apos;By key field&apos; needs the key field of the source units (INPUT_KEY).</source>
        <translation>Die Methode 'Über Schlüsselfeld' benötigt das Schlüsselfeld der Einheiten (INPUT_KEY).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="193"/>
        <source>Layer &apos;{layer}&apos; has no numeric fields to sum. Choose the count fields explicitly or convert text columns to numbers.</source>
        <translation>Layer '{layer}' hat keine numerischen Felder, die summiert werden können. Wählen Sie die Zählfelder ausdrücklich aus oder wandeln Sie Textspalten in Zahlen um.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="196"/>
        <source>Summing all numeric fields: {fields}</source>
        <translation>Alle numerischen Felder werden summiert: {fields}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="75"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Layer '{layer}' hat kein Feld '{field}'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="214"/>
        <source>Layer &apos;{layer}&apos; has no point or polygon geometry, so it cannot be located in the areas. Use the method &apos;By key field&apos; or a layer of points or polygons.</source>
        <translation>Layer '{layer}' hat keine Punkt- oder Polygongeometrie und kann daher nicht nach Lage den Gebieten zugeordnet werden. Verwenden Sie die Methode 'Über Schlüsselfeld' oder einen Punkt- oder Polygonlayer.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="219"/>
        <source>Layer &apos;{layer}&apos; has no features: there is nothing to aggregate.</source>
        <translation>Layer '{layer}' enthält keine Objekte: Es gibt nichts zu aggregieren.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="222"/>
        <source>Layer &apos;{layer}&apos; has no features: there are no areas to aggregate to.</source>
        <translation>Layer '{layer}' enthält keine Objekte: Es gibt keine Gebiete, auf die aggregiert werden kann.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="227"/>
        <source>The source units are points: each point counts for the area that contains it.</source>
        <translation>Die Einheiten sind Punkte: Jeder Punkt zählt für das Gebiet, in dem er liegt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="232"/>
        <source>Reprojecting &apos;{layer}&apos; from {src} to {dst}, the CRS of the areas.</source>
        <translation>Layer '{layer}' wird von {src} in {dst}, das KBS der Gebiete, transformiert.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="235"/>
        <source>The areas have a geographic CRS ({crs}); areas of overlap are measured on the ellipsoid.</source>
        <translation>Die Gebiete haben ein geografisches KBS ({crs}); Überschneidungsflächen werden auf dem Ellipsoid gemessen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="239"/>
        <source>Reading areas</source>
        <translation>Gebiete werden eingelesen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="253"/>
        <source>Reading source units</source>
        <translation>Einheiten werden eingelesen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="279"/>
        <source>Assigning units to areas</source>
        <translation>Einheiten werden den Gebieten zugeordnet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="288"/>
        <source>key is NULL</source>
        <translation>Schlüssel ist NULL</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="288"/>
        <source>key not found in the areas</source>
        <translation>Schlüssel nicht in den Gebieten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="304"/>
        <source>no geometry</source>
        <translation>keine Geometrie</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="333"/>
        <source>outside all areas</source>
        <translation>außerhalb aller Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="331"/>
        <source>no geometry or zero area</source>
        <translation>keine Geometrie oder Fläche 0</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="335"/>
        <source>partly outside all areas</source>
        <translation>teilweise außerhalb aller Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="346"/>
        <source>Totals (input = areas + unassigned):</source>
        <translation>Summen (Eingabe = Gebiete + nicht zugeordnet):</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="354"/>
        <source>Internal error: totals were not preserved. Please report this.</source>
        <translation>Interner Fehler: Die Summen sind nicht erhalten geblieben. Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="377"/>
        <source>The area field &apos;{field}&apos; is replaced by the sum of the same name.</source>
        <translation>Das Gebietsfeld '{field}' wird durch die gleichnamige Summe ersetzt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="432"/>
        <source>Number of source units</source>
        <translation>Anzahl der Einheiten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="496"/>
        <source>The keys of &apos;{src}&apos; (field &apos;{skey}&apos;{kind}) lost their leading zeros: &apos;{example_src}&apos; should be &apos;{example_area}&apos; as in &apos;{areas}&apos; (field &apos;{akey}&apos;). {n} of {total} units do not match for this reason. Import the table again with the key column as text (in the CSV import: field type &apos;text&apos;), or build the key with lpad().</source>
        <translation>Die Schlüssel in '{src}' (Feld '{skey}'{kind}) haben ihre führenden Nullen verloren: '{example_src}' müsste wie in '{areas}' (Feld '{akey}') '{example_area}' lauten. {n} von {total} Einheiten passen aus diesem Grund nicht. Importieren Sie die Tabelle erneut mit der Schlüsselspalte als Text (im CSV-Import: Feldtyp 'Text') oder bilden Sie den Schlüssel mit lpad().</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="496"/>
        <source>, a number field</source>
        <translation>, ein Zahlenfeld</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="507"/>
        <source>None of the keys in &apos;{src}&apos; (field &apos;{skey}&apos;) matches a key in &apos;{areas}&apos; (field &apos;{akey}&apos;); for example &apos;{example}&apos;. Check that both fields hold the same kind of key.</source>
        <translation>Keiner der Schlüssel in '{src}' (Feld '{skey}') stimmt mit einem Schlüssel in '{areas}' (Feld '{akey}') überein, z. B. '{example}'. Prüfen Sie, ob beide Felder dieselbe Art von Schlüssel enthalten.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="26"/>
        <source>Counts and planning areas</source>
        <translation>Zählwerte und Planungsräume</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="27"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="28"/>
        <source>Social index</source>
        <translation>Sozialindex</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="29"/>
        <source>Accessibility</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="30"/>
        <source>Area profiles</source>
        <translation>Gebietsprofile</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="59"/>
        <source>This algorithm needs the Python modules {modules}. Install them with the QGIS installer (OSGeo4W: python3-pandas, python3-scipy) or your package manager.</source>
        <translation>Dieser Algorithmus benötigt die Python-Module {modules}. Installieren Sie diese mit dem QGIS-Installer (OSGeo4W: python3-pandas, python3-scipy) oder mit Ihrer Paketverwaltung.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="15"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: feature {row} has the negative count {value:g} ({n} negative values in all). Counts cannot be negative; if negative numbers mark missing values, replace them with NULL first.</source>
        <translation>Layer '{layer}', Feld '{field}': Objekt {row} hat den negativen Zählwert {value:g} (insgesamt {n} negative Werte). Zählwerte können nicht negativ sein; wenn negative Zahlen fehlende Werte kennzeichnen, ersetzen Sie diese zuerst durch NULL.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="18"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: feature {row} has no area key (NULL or empty). Every planning area needs a unique key.</source>
        <translation>Layer '{layer}', Feld '{field}': Objekt {row} hat keinen Gebietsschlüssel (NULL oder leer). Jeder Planungsraum benötigt einen eindeutigen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="20"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: the area key &apos;{key}&apos; occurs more than once ({n} duplicated keys in all). Area keys must be unique; dissolve or renumber the areas first.</source>
        <translation>Layer '{layer}', Feld '{field}': Der Gebietsschlüssel '{key}' kommt mehrfach vor (insgesamt {n} doppelte Schlüssel). Gebietsschlüssel müssen eindeutig sein; führen Sie die Gebiete zuerst zusammen (Auflösen) oder nummerieren Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="26"/>
        <source>Invalid input: {detail}</source>
        <translation>Ungültige Eingabe: {detail}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/provider.py" line="28"/>
        <source>Sozialplanung</source>
        <translation>Sozialplanung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/provider.py" line="31"/>
        <source>Sozialplanung – social planning tools</source>
        <translation>Sozialplanung – Werkzeuge für die kommunale Sozialplanung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/provider.py" line="42"/>
        <source>Sozialplanung needs the Python modules {modules}, which are missing. The algorithms are listed but cannot run until they are installed (OSGeo4W: python3-pandas / python3-scipy; Debian/Ubuntu: python3-pandas python3-scipy).</source>
        <translation>Sozialplanung benötigt die fehlenden Python-Module {modules}. Die Algorithmen werden angezeigt, können aber erst nach deren Installation ausgeführt werden (OSGeo4W: python3-pandas / python3-scipy; Debian/Ubuntu: python3-pandas python3-scipy).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="206"/>
        <source>Layer &apos;{layer}&apos;: the field &apos;{field}&apos; is of type {type}, not a number. Count fields must be numeric; for a CSV, read the column as a number (German files: decimal comma and thousands separator).</source>
        <translation>Layer '{layer}': Das Feld '{field}' hat den Typ {type} und ist keine Zahl. Zählfelder müssen numerisch sein; lesen Sie bei einer CSV-Datei die Spalte als Zahl ein (deutsche Dateien: Dezimalkomma und Tausendertrennzeichen).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="250"/>
        <source>Invalid area polygons repaired before use: {n} (keys: {keys}).</source>
        <translation>Vor der Verwendung reparierte ungültige Gebietspolygone: {n} (Schlüssel: {keys}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="300"/>
        <source>Units lying in more than one area (the areas overlap): {n}. Each is counted once, for the first of these areas.</source>
        <translation>Einheiten, die in mehr als einem Gebiet liegen (die Gebiete überlappen sich): {n}. Jede wird nur einmal gezählt, für das erste dieser Gebiete.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="313"/>
        <source>Invalid source polygons repaired before use: {n}.</source>
        <translation>Vor der Verwendung reparierte ungültige Polygone der Quelleinheiten: {n}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="327"/>
        <source>Units covered by overlapping areas: {n}. Their shares were scaled so that nothing is counted twice.</source>
        <translation>Einheiten, die von sich überlappenden Gebieten bedeckt werden: {n}. Ihre Anteile wurden so skaliert, dass nichts doppelt gezählt wird.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="341"/>
        <source>Field &apos;{field}&apos;: NULL values not counted: {n} (features {rows}).</source>
        <translation>Feld '{field}': nicht gezählte NULL-Werte: {n} (Objekte {rows}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="357"/>
        <source>Units not (fully) assigned to an area: {n} of {total}.</source>
        <translation>Keinem Gebiet (vollständig) zugeordnete Einheiten: {n} von {total}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="512"/>
        <source>Units whose key is not in &apos;{areas}&apos;: {n} (e.g. {examples}). They are listed as unassigned.</source>
        <translation>Einheiten, deren Schlüssel nicht in '{areas}' vorkommt: {n} (z. B. {examples}). Sie werden als nicht zugeordnet ausgegeben.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="63"/>
        <source>&lt;p&gt;Sums counts (residents by age, SGB II beneficiaries, households and more) of small units — addresses, buildings, Baublöcke — for each planning area (statistischer Bezirk, Sozialraum, Stadtteil).&lt;/p&gt;&lt;h3&gt;Methods&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;By key field&lt;/b&gt;: the unit's key (&lt;i&gt;Key field in the source units&lt;/i&gt;) equals the area key (&lt;i&gt;Area key field&lt;/i&gt;). Keys are compared as text exactly: '010203' is not '10203'. If leading zeros were lost (a key read as a number), the algorithm stops and says so.&lt;/li&gt;&lt;li&gt;&lt;b&gt;By location: point in polygon / polygon centroid&lt;/b&gt;: a point counts for the area that contains it; a polygon for the area containing its centroid (a point on its surface if the centroid lies outside it). A point on a boundary shared by two areas counts exactly once.&lt;/li&gt;&lt;li&gt;&lt;b&gt;By location: largest overlap&lt;/b&gt;: a polygon counts wholly for the area it overlaps most (ties: the area that comes first). Points are located as above.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Area-weighted apportioning&lt;/b&gt;: a polygon's counts are split between areas in proportion to the overlapping area (results are then decimal numbers). Points are located as above.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Areas with sums&lt;/i&gt; has every area with its attributes (the area key as text), one sum per count field (integer fields stay integers except with apportioning) and &lt;i&gt;n_units&lt;/i&gt;, the number of source units counted. Units that cannot be assigned to any area go to &lt;i&gt;Unassigned units&lt;/i&gt; with the reason. The log shows for every field that the total is preserved: sum over areas + unassigned = input total.&lt;/p&gt;&lt;h3&gt;Data handling&lt;/h3&gt;&lt;p&gt;NULL counts add nothing and are reported; negative counts stop the algorithm. If the layers have different CRSs, the source units are reprojected to the CRS of the planning areas. With a geographic CRS, overlaps are measured on the ellipsoid. Invalid polygons are repaired (make valid) and reported. The input layers are never changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Summiert Zählwerte (Einwohner nach Alter, Leistungsberechtigte nach dem SGB II, Haushalte und weitere) kleiner Einheiten – Adressen, Gebäude, Baublöcke – je Planungsraum (statistischer Bezirk, Sozialraum, Stadtteil).&lt;/p&gt;&lt;h3&gt;Methoden&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Über Schlüsselfeld&lt;/b&gt;: Der Schlüssel der Einheit (&lt;i&gt;Gebietsschlüssel in den Einheiten&lt;/i&gt;) stimmt mit dem Gebietsschlüssel (&lt;i&gt;Feld mit dem Gebietsschlüssel&lt;/i&gt;) überein. Schlüssel werden exakt als Text verglichen: '010203' ist nicht '10203'. Sind führende Nullen verloren gegangen (Schlüssel als Zahl eingelesen), bricht der Algorithmus mit einem entsprechenden Hinweis ab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nach Lage: Punkt in Polygon / Polygonschwerpunkt&lt;/b&gt;: Ein Punkt zählt für das Gebiet, in dem er liegt; ein Polygon für das Gebiet, das seinen Schwerpunkt enthält (bzw. einen Punkt auf seiner Fläche, wenn der Schwerpunkt außerhalb des Polygons liegt). Ein Punkt auf der gemeinsamen Grenze zweier Gebiete wird genau einmal gezählt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nach Lage: größte Überschneidung&lt;/b&gt;: Ein Polygon zählt vollständig für das Gebiet, mit dem es sich am stärksten überschneidet (bei Gleichstand: das zuerst aufgeführte Gebiet). Punkte werden wie oben zugeordnet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Flächengewichtete Aufteilung&lt;/b&gt;: Die Zählwerte eines Polygons werden im Verhältnis der Überschneidungsflächen (Flächenanteile) auf die Gebiete aufgeteilt (die Ergebnisse sind dann Dezimalzahlen). Punkte werden wie oben zugeordnet.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Ergebnisse&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Gebiete mit Summen&lt;/i&gt; enthält jedes Gebiet mit seinen Attributen (den Gebietsschlüssel als Text), je Zählfeld eine Summe (Ganzzahlfelder bleiben ganzzahlig, außer bei flächengewichteter Aufteilung) sowie &lt;i&gt;n_units&lt;/i&gt;, die Anzahl der gezählten Einheiten. Einheiten, die keinem Gebiet zugeordnet werden können, werden mit Begründung in &lt;i&gt;Nicht zugeordnete Einheiten&lt;/i&gt; ausgegeben. Das Protokoll weist für jedes Feld nach, dass die Summe erhalten bleibt: Summe über die Gebiete + nicht zugeordnet = Summe der Eingabe.&lt;/p&gt;&lt;h3&gt;Umgang mit den Daten&lt;/h3&gt;&lt;p&gt;NULL-Zählwerte tragen nichts zur Summe bei und werden gemeldet; negative Zählwerte führen zum Abbruch. Haben die Layer unterschiedliche Koordinatenbezugssysteme (KBS), werden die Einheiten in das KBS der Planungsräume transformiert. Bei einem geografischen KBS werden Überschneidungen auf dem Ellipsoid gemessen. Ungültige Polygone werden repariert (make valid) und gemeldet. Die Eingabelayer werden nie verändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="93"/>
        <source>Source units with counts</source>
        <translation>Einheiten mit Zählwerten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="96"/>
        <source>Addresses, buildings or Baublöcke (points or polygons) with counts; a table without geometry works with the key method.</source>
        <translation>Adressen, Gebäude oder Baublöcke (Punkte oder Polygone) mit Zählwerten; eine Tabelle ohne Geometrie funktioniert mit der Schlüsselmethode.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="99"/>
        <source>Count fields (empty: all numeric)</source>
        <translation>Zählfelder (leer: alle numerischen)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="102"/>
        <source>Numeric fields of the source units to be summed per area; empty: all numeric fields except ids and the key.</source>
        <translation>Numerische Felder der Einheiten, die je Gebiet summiert werden; leer: alle numerischen Felder außer IDs und dem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="105"/>
        <source>Planning areas</source>
        <translation>Planungsräume</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="107"/>
        <source>Polygons of the planning areas (Sozialräume, statistical districts, Baublöcke); every area appears in the output.</source>
        <translation>Polygone der Planungsräume (Sozialräume, statistische Bezirke, Baublöcke); jedes Gebiet erscheint im Ergebnis.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="118"/>
        <source>Key field in the source units (key method)</source>
        <translation>Gebietsschlüssel in den Einheiten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="122"/>
        <source>Areas with sums</source>
        <translation>Gebiete mit Summen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="124"/>
        <source>Unassigned units</source>
        <translation>Nicht zugeordnete Einheiten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="201"/>
        <source>The count field &apos;{field}&apos; has the same name as the area key or the unit count of the output. Rename it (e.g. with the field calculator or &apos;Refactor fields&apos;) or leave it out.</source>
        <translation>Das Zählfeld '{field}' heißt wie der Gebietsschlüssel oder die Einheitenzahl im Ergebnis. Benennen Sie es um (z. B. mit dem Feldrechner oder 'Felder überarbeiten') oder lassen Sie es weg.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="269"/>
        <source>Layer &apos;{layer}&apos;: a count field holds a value that is not a number ({detail}).</source>
        <translation>Layer '{layer}': Ein Zählfeld enthält einen Wert, der keine Zahl ist ({detail}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="93"/>
        <source>Could not write to the output &apos;{output}&apos;: {detail}</source>
        <translation>Das Ergebnis '{output}' konnte nicht geschrieben werden: {detail}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="65"/>
        <source>Compute social indicators</source>
        <translation>Sozialindikatoren berechnen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="68"/>
        <source>SGB-II-Quote,Kennzahlen,indicator,rate,quote,Sozialindikatoren,Geheimhaltung,confidentiality,Wilson</source>
        <translation>SGB-II-Quote,Kennzahlen,indicator,rate,quote,Sozialindikatoren,Geheimhaltung,confidentiality,Wilson,Indikatoren,Kennzahl,Quote,Anteil,Kennzahlenkatalog,Konfidenzintervall,Wilson-Score-Intervall,Mindestfallzahl,Statistik,Sozialmonitoring</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="77"/>
        <source>&lt;p&gt;Computes social indicators (Kennzahlen) per area from counts, defined the same way in every town and every year, protected by statistical confidentiality and flagged where unreliable. The input is never changed; the result is a new layer with one field per indicator and a flag field &lt;i&gt;&amp;lt;id&amp;gt;_flag&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;Which indicators&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Indicators&lt;/i&gt; lists ids separated by commas; empty: every indicator of the catalogue whose fields the input has. The catalogue is the built-in one (below) or a &lt;i&gt;Kennzahlenkatalog file&lt;/i&gt; (JSON, see README) that a Kreis writes once for all its towns. &lt;i&gt;Save catalogue as&lt;/i&gt; writes the catalogue used, to start your own. A custom indicator needs no file: numerator and denominator are expressions over the input's fields.&lt;/p&gt;&lt;h3&gt;Rounding and confidentiality&lt;/h3&gt;&lt;p&gt;Values are rounded half up (as statistics offices publish), last. A rate is published as NULL — never 0 — when its numerator is a count from 1 to below &lt;i&gt;Minimum count&lt;/i&gt; (default 3: the Bundesagentur für Arbeit anonymises 1 and 2) or its denominator is below &lt;i&gt;Minimum denominator&lt;/i&gt; (e.g. 100 for SGB II quotas). Flags say why: suppressed_count, small_denominator, zero_denominator, missing, numerator_gt_denominator, unreliable, small_population, secondary_suppression (suppressed so that no confidential count follows from the totals published by &lt;i&gt;Published totals by&lt;/i&gt;).&lt;/p&gt;&lt;h3&gt;Reliability&lt;/h3&gt;&lt;p&gt;For shares, the 95 % Wilson score interval can be added (&lt;i&gt;&amp;lt;id&amp;gt;_ci_low&lt;/i&gt;, &lt;i&gt;&amp;lt;id&amp;gt;_ci_high&lt;/i&gt;). A value is flagged &lt;i&gt;unreliable&lt;/i&gt; when the interval's half-width exceeds the set share of its centre: the smaller the area, the larger the error. Areas with fewer residents than &lt;i&gt;Minimum population&lt;/i&gt; are flagged &lt;i&gt;small_population&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;Recipe&lt;/h3&gt;&lt;p&gt;Definition, numerator, denominator, reference date, suppression rule, plugin version and run date of every field are stored with the result: as the table sozialplanung_recipe in an output GeoPackage, and as field aliases and layer metadata when the result is loaded.&lt;/p&gt;&lt;h3&gt;Built-in catalogue&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Berechnet Sozialindikatoren (Kennzahlen) je Gebiet aus Zählwerten – in jeder Kommune und in jedem Jahr gleich definiert, unter Wahrung der statistischen Geheimhaltung und mit Kennzeichnung unzuverlässiger Werte. Die Eingabe wird nie verändert; das Ergebnis ist ein neuer Layer mit einem Feld je Kennzahl und einem Kennzeichenfeld &lt;i&gt;&amp;lt;id&amp;gt;_flag&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;Auswahl der Kennzahlen&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Kennzahlen (IDs, kommagetrennt)&lt;/i&gt; enthält die IDs der Kennzahlen, durch Kommas getrennt; leer: alle Kennzahlen des Katalogs, deren Felder in der Eingabe vorhanden sind. Verwendet wird der integrierte Katalog (siehe unten) oder eine &lt;i&gt;Kennzahlenkatalog-Datei&lt;/i&gt; (JSON, siehe README), die ein Kreis einmal für alle seine Kommunen erstellt. &lt;i&gt;Katalog speichern unter&lt;/i&gt; schreibt den verwendeten Katalog als Ausgangspunkt für einen eigenen. Eine benutzerdefinierte Kennzahl benötigt keine Datei: Zähler und Nenner sind Ausdrücke über die Felder der Eingabe.&lt;/p&gt;&lt;h3&gt;Rundung und Geheimhaltung&lt;/h3&gt;&lt;p&gt;Die Werte werden zuletzt kaufmännisch gerundet (wie in der amtlichen Statistik üblich). Ein Wert wird als NULL – niemals als 0 – ausgewiesen, wenn sein Zähler eine Fallzahl von 1 bis unter &lt;i&gt;Mindestfallzahl&lt;/i&gt; ist (Voreinstellung 3: Die Bundesagentur für Arbeit anonymisiert 1 und 2) oder sein Nenner kleiner als &lt;i&gt;Mindestnenner&lt;/i&gt; ist (z. B. 100 bei SGB-II-Quoten). Das Kennzeichenfeld nennt den Grund: suppressed_count, small_denominator, zero_denominator, missing, numerator_gt_denominator, unreliable, small_population, secondary_suppression (zusätzlich geheim gehalten, damit sich kein geheimer Wert aus den unter &lt;i&gt;Veröffentlichte Summen nach&lt;/i&gt; veröffentlichten Summen errechnen lässt).&lt;/p&gt;&lt;h3&gt;Zuverlässigkeit&lt;/h3&gt;&lt;p&gt;Für Anteile kann das Konfidenzintervall (95 %) als Wilson-Score-Intervall ausgegeben werden (&lt;i&gt;&amp;lt;id&amp;gt;_ci_low&lt;/i&gt;, &lt;i&gt;&amp;lt;id&amp;gt;_ci_high&lt;/i&gt;). Ein Wert wird als &lt;i&gt;unreliable&lt;/i&gt; (unzuverlässig) gekennzeichnet, wenn die Halbbreite des Intervalls den eingestellten Bruchteil der Intervallmitte übersteigt: Je kleiner das Gebiet, desto größer der Fehler. Gebiete mit weniger Einwohnern als &lt;i&gt;Mindesteinwohnerzahl&lt;/i&gt; werden als &lt;i&gt;small_population&lt;/i&gt; gekennzeichnet.&lt;/p&gt;&lt;h3&gt;Berechnungsvorschrift&lt;/h3&gt;&lt;p&gt;Definition, Zähler, Nenner, Stichtag, Geheimhaltungsregel, Plugin-Version und Berechnungsdatum jedes Feldes werden mit dem Ergebnis gespeichert: als Tabelle sozialplanung_recipe in einem Ergebnis-GeoPackage sowie als Feldaliase und Layer-Metadaten, wenn das Ergebnis geladen wird.&lt;/p&gt;&lt;h3&gt;Integrierter Kennzahlenkatalog&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="106"/>
        <source>Counts per area</source>
        <translation>Zählwerte je Gebiet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="107"/>
        <source>Layer or table with counts per area (GeoPackage, CSV, XLSX, PostGIS).</source>
        <translation>Layer oder Tabelle mit Zählwerten je Gebiet (GeoPackage, CSV, XLSX, PostGIS).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="110"/>
        <source>Unique key of each area, kept as text.</source>
        <translation>Eindeutiger Schlüssel jedes Gebiets; wird als Text übernommen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="112"/>
        <source>Indicators (ids, comma-separated)</source>
        <translation>Kennzahlen (IDs, kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="113"/>
        <source>E.g. sgb2_quote,arbeitslosenrelation. Empty: all catalogue indicators whose fields the input has.</source>
        <translation>Z. B. sgb2_quote,arbeitslosenrelation. Leer: alle Kennzahlen des Katalogs, deren Felder in der Eingabe vorhanden sind.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="116"/>
        <source>Kennzahlenkatalog file</source>
        <translation>Kennzahlenkatalog-Datei</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="117"/>
        <source>JSON catalogue of indicator definitions; empty: the built-in catalogue.</source>
        <translation>Kennzahlenkatalog mit den Definitionen der Kennzahlen (JSON); leer: der integrierte Katalog.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="119"/>
        <source>Custom indicator: numerator</source>
        <translation>Benutzerdefinierte Kennzahl: Zähler</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="121"/>
        <source>Expression over the input&apos;s fields, e.g. sgb2_elb + sgb2_nef.</source>
        <translation>Ausdruck über die Felder der Eingabe, z. B. sgb2_elb + sgb2_nef.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="123"/>
        <source>Custom indicator: denominator</source>
        <translation>Benutzerdefinierte Kennzahl: Nenner</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="125"/>
        <source>Expression over the input&apos;s fields, e.g. ew_gesamt.</source>
        <translation>Ausdruck über die Felder der Eingabe, z. B. ew_gesamt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="127"/>
        <source>Custom indicator: factor</source>
        <translation>Benutzerdefinierte Kennzahl: Faktor</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="129"/>
        <source>100 for per cent, 1000 for per thousand, 1 for a plain ratio.</source>
        <translation>100 für Prozent, 1000 für Promille, 1 für ein einfaches Verhältnis.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="131"/>
        <source>Custom indicator: decimals</source>
        <translation>Benutzerdefinierte Kennzahl: Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="133"/>
        <source>Decimal places after rounding half up.</source>
        <translation>Anzahl der Nachkommastellen (kaufmännisch gerundet).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="135"/>
        <source>Custom indicator: field name</source>
        <translation>Benutzerdefinierte Kennzahl: Feldname</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="136"/>
        <source>Name of the output field of the custom indicator.</source>
        <translation>Name des Ergebnisfeldes der benutzerdefinierten Kennzahl.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="138"/>
        <source>Minimum count</source>
        <translation>Mindestfallzahl</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="140"/>
        <source>Numerator counts from 1 to below this are confidential: the value is published as NULL.</source>
        <translation>Zählerwerte von 1 bis unter diesem Wert sind geheim: Der Wert wird als NULL ausgewiesen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="142"/>
        <source>Minimum denominator</source>
        <translation>Mindestnenner</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="144"/>
        <source>Values with a smaller denominator are published as NULL (the catalogue may set a stricter value per indicator, e.g. 100 for SGB II quotas).</source>
        <translation>Werte mit kleinerem Nenner werden als NULL ausgewiesen (der Kennzahlenkatalog kann je Kennzahl einen strengeren Wert festlegen, z. B. 100 bei SGB-II-Quoten).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="153"/>
        <source>Population field</source>
        <translation>Feld mit der Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="155"/>
        <source>Residents per area, for the small-population flag.</source>
        <translation>Einwohnerzahl je Gebiet, für das Kennzeichen small_population.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="157"/>
        <source>Minimum population</source>
        <translation>Mindesteinwohnerzahl</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="159"/>
        <source>Areas with fewer residents are flagged small_population (not reliable).</source>
        <translation>Gebiete mit weniger Einwohnern werden als small_population (unzuverlässig) gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="161"/>
        <source>Add 95 % confidence intervals</source>
        <translation>Konfidenzintervalle (95 %) ausgeben</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="162"/>
        <source>Adds &lt;id&gt;_ci_low and &lt;id&gt;_ci_high (Wilson score interval) for shares.</source>
        <translation>Fügt für Anteile die Felder &lt;id&gt;_ci_low und &lt;id&gt;_ci_high (Wilson-Score-Intervall) hinzu.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="164"/>
        <source>Unreliable above relative half-width</source>
        <translation>Unzuverlässig bei relativer Halbbreite über</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="166"/>
        <source>A share is flagged unreliable when its interval&apos;s half-width exceeds this share of the interval&apos;s centre.</source>
        <translation>Ein Anteil wird als unreliable (unzuverlässig) gekennzeichnet, wenn die Halbbreite seines Konfidenzintervalls diesen Bruchteil der Intervallmitte übersteigt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="170"/>
        <source>Reference date (Stichtag)</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="171"/>
        <source>E.g. 31.12.2025; stored in the recipe.</source>
        <translation>Z. B. 31.12.2025; wird in der Berechnungsvorschrift gespeichert.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="175"/>
        <source>Save catalogue as</source>
        <translation>Katalog speichern unter</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="175"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="177"/>
        <source>Writes the catalogue that was used as a JSON file, to start your own.</source>
        <translation>Schreibt den verwendeten Kennzahlenkatalog als JSON-Datei, als Ausgangspunkt für einen eigenen Katalog.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="199"/>
        <source>Layer &apos;{layer}&apos; has no features.</source>
        <translation>Layer '{layer}' enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="208"/>
        <source>Cannot read the catalogue file &apos;{path}&apos;: {error}</source>
        <translation>Die Katalogdatei '{path}' kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="220"/>
        <source>Unknown indicator &apos;{id}&apos;. Known in this catalogue: {ids}.</source>
        <translation>Unbekannte Kennzahl '{id}'. Dieser Katalog enthält: {ids}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="227"/>
        <source>A custom indicator needs both a numerator and a denominator.</source>
        <translation>Eine benutzerdefinierte Kennzahl benötigt sowohl einen Zähler als auch einen Nenner.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="230"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="241"/>
        <source>Skipping &apos;{id}&apos;: the input has no field {fields}.</source>
        <translation>Kennzahl '{id}' wird übersprungen, da der Eingabe Felder fehlen: {fields}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="246"/>
        <source>Layer &apos;{layer}&apos; has none of the fields the catalogue&apos;s indicators need. Choose indicators explicitly, give a catalogue file with your field names, or define a custom indicator.</source>
        <translation>Layer '{layer}' enthält keines der Felder, die die Kennzahlen des Katalogs benötigen. Wählen Sie die Kennzahlen ausdrücklich aus, geben Sie eine Katalogdatei mit Ihren Feldnamen an oder definieren Sie eine benutzerdefinierte Kennzahl.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="261"/>
        <source>Indicator &apos;{id}&apos;: the {role} uses the field &apos;{field}&apos;, which layer &apos;{layer}&apos; does not have.</source>
        <translation>Kennzahl '{id}': Das Feld '{field}' ({role}) ist in Layer '{layer}' nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="266"/>
        <source>Indicator &apos;{id}&apos;: the field &apos;{field}&apos; of layer &apos;{layer}&apos; is not numeric.</source>
        <translation>Kennzahl '{id}': Das Feld '{field}' von Layer '{layer}' ist nicht numerisch.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="274"/>
        <source>Indicator &apos;{id}&apos;: the {role} &apos;{expr}&apos; is not a valid expression: {error}</source>
        <translation>Kennzahl '{id}': '{expr}' ({role}) ist kein gültiger Ausdruck: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="303"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: feature {row} has the negative count {value:g}. Counts cannot be negative; replace missing-value codes with NULL.</source>
        <translation>Layer '{layer}', Feld '{field}': Objekt {row} hat den negativen Zählwert {value:g}. Zählwerte können nicht negativ sein; ersetzen Sie Codes für fehlende Werte durch NULL.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="329"/>
        <source>Indicator &apos;{id}&apos;: the numerator exceeds the denominator in {n} areas (features {rows}); check the input.</source>
        <translation>Kennzahl '{id}': Der Zähler ist in {n} Gebieten größer als der Nenner (Objekte {rows}); prüfen Sie die Eingabe.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="335"/>
        <source>{id}: {n} values, {s} suppressed (minimum count {c}, minimum denominator {d:g}).</source>
        <translation>{id}: {n} Werte, davon {s} geheim gehalten (Mindestfallzahl {c}, Mindestnenner {d:g}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="349"/>
        <source>Layer &apos;{layer}&apos; already has a field &apos;{field}&apos;. Rename it or leave out that indicator.</source>
        <translation>Layer '{layer}' hat bereits ein Feld '{field}'. Benennen Sie es um oder lassen Sie diese Kennzahl weg.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="403"/>
        <source>Catalogue used</source>
        <translation>Verwendeter Kennzahlenkatalog</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="407"/>
        <source>{name}: flag</source>
        <translation>{name}: Kennzeichen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="409"/>
        <source>confidential / no data</source>
        <translation>geheim / keine Angabe</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="490"/>
        <source>Indicator &apos;{id}&apos;: the expression &apos;{expr}&apos; fails for feature {row} of layer &apos;{layer}&apos;: {error}</source>
        <translation>Kennzahl '{id}': Der Ausdruck '{expr}' kann für Objekt {row} von Layer '{layer}' nicht ausgewertet werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="499"/>
        <source>Indicator &apos;{id}&apos;: the expression &apos;{expr}&apos; gives &apos;{value}&apos; for feature {row}, which is not a number.</source>
        <translation>Kennzahl '{id}': Der Ausdruck '{expr}' ergibt für Objekt {row} den Wert '{value}'; das ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="256"/>
        <source>numerator</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="256"/>
        <source>denominator</source>
        <translation>Nenner</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="37"/>
        <source>Import a statistics table (CSV as delivered)</source>
        <translation>Statistiktabelle importieren (CSV wie geliefert)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="40"/>
        <source>CSV,import,Statistikamt,Dezimalkomma,Tausendertrennzeichen,Windows-1252</source>
        <translation>CSV,import,Statistikamt,Dezimalkomma,Tausendertrennzeichen,Windows-1252,Import,Tabelle</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="43"/>
        <source>&lt;p&gt;Reads a CSV file exactly as statistics offices deliver it, without editing the file: separator ; (or , or tab), UTF-8 or Windows-1252, decimal comma and thousands separator (1.234,5), keys with leading zeros kept as text ('0101').&lt;/p&gt;&lt;p&gt;Markers instead of numbers become NULL, and the marker is kept in a column &lt;i&gt;&amp;lt;column&amp;gt;_note&lt;/i&gt;: * anonymised (Bundesagentur für Arbeit: values 1 and 2), . unknown or confidential, x not applicable, / not reliable enough, … not yet available. A dash (-) means 'nothing, exactly zero' in the legend of the statistical offices and is read as 0; switch this off where your delivery uses the dash for missing values.&lt;/p&gt;&lt;p&gt;The result is a table (no geometry) ready for &lt;i&gt;Compute social indicators&lt;/i&gt; or a join to the planning areas.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Liest eine CSV-Datei genau so, wie Statistikämter sie liefern, ohne die Datei zu bearbeiten: Trennzeichen ; (oder , oder Tabulator), UTF-8 oder Windows-1252, Dezimalkomma und Tausendertrennzeichen (1.234,5), Schlüssel mit führenden Nullen bleiben Text ('0101').&lt;/p&gt;&lt;p&gt;Zeichen anstelle von Zahlen werden NULL; das Zeichen bleibt in einer Spalte &lt;i&gt;&amp;lt;Spalte&amp;gt;_note&lt;/i&gt; erhalten: * anonymisiert (Bundesagentur für Arbeit: Werte 1 und 2), . unbekannt oder geheim zu halten, x Tabellenfach gesperrt, / keine Angabe, da nicht sicher genug, … Angabe fällt später an. Ein Strich (-) bedeutet in der Zeichenerklärung der statistischen Ämter „nichts vorhanden, genau null“ und wird als 0 gelesen; schalten Sie das ab, wenn Ihre Lieferung den Strich für fehlende Werte verwendet.&lt;/p&gt;&lt;p&gt;Das Ergebnis ist eine Tabelle (ohne Geometrie) für &lt;i&gt;Sozialindikatoren berechnen&lt;/i&gt; oder für eine Verknüpfung mit den Planungsräumen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="56"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="57"/>
        <source>The file as delivered; it is never changed.</source>
        <translation>Die Datei wie geliefert; sie wird nie verändert.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="59"/>
        <source>Key columns (comma-separated)</source>
        <translation>Schlüsselspalten (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="60"/>
        <source>Columns to keep as text whatever they contain. Columns with leading zeros are kept as text anyway.</source>
        <translation>Spalten, die unabhängig vom Inhalt als Text erhalten bleiben. Spalten mit führenden Nullen bleiben ohnehin Text.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="63"/>
        <source>A dash (-) means zero</source>
        <translation>Ein Strich (-) bedeutet null</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="64"/>
        <source>Destatis legend: &apos;-&apos; = nothing, exactly zero. Off: a dash is read as NULL.</source>
        <translation>Zeichenerklärung von Destatis: '-' = nichts vorhanden, genau null. Aus: ein Strich wird als NULL gelesen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="66"/>
        <source>Imported table</source>
        <translation>Importierte Tabelle</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="79"/>
        <source>Cannot read the file &apos;{path}&apos;: {error}</source>
        <translation>Die Datei '{path}' kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="85"/>
        <source>Read {rows} rows and {cols} columns ({encoding}, separator &apos;{sep}&apos;).</source>
        <translation>{rows} Zeilen und {cols} Spalten gelesen ({encoding}, Trennzeichen '{sep}').</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="93"/>
        <source>Column &apos;{column}&apos;: markers read as NULL/0: {markers}</source>
        <translation>Spalte '{column}': als NULL/0 gelesene Zeichen: {markers}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="113"/>
        <source>File &apos;{path}&apos;, line {line}: {found} cells where the header has {expected}. Check the separator and quoting of that line.</source>
        <translation>Datei '{path}', Zeile {line}: {found} Zellen, die Kopfzeile hat {expected}. Prüfen Sie Trennzeichen und Anführungszeichen dieser Zeile.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="116"/>
        <source>File &apos;{path}&apos; has no column &apos;{column}&apos;. Columns: {columns}.</source>
        <translation>Die Datei '{path}' hat keine Spalte '{column}'. Spalten: {columns}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="118"/>
        <source>File &apos;{path}&apos; has the column &apos;{column}&apos; twice. Column names must be unique.</source>
        <translation>Die Datei '{path}' enthält die Spalte '{column}' doppelt. Spaltennamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="120"/>
        <source>File &apos;{path}&apos; is empty.</source>
        <translation>Die Datei '{path}' ist leer.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="40"/>
        <source>Change of indicators over time</source>
        <translation>Veränderung von Kennzahlen über die Zeit</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="43"/>
        <source>change,trend,Veränderung,Entwicklung,Prozentpunkte,Zeitreihe</source>
        <translation>change,trend,Veränderung,Entwicklung,Prozentpunkte,Zeitreihe,Trend</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="46"/>
        <source>&lt;p&gt;Change of indicators (or counts) per area between reference dates.&lt;/p&gt;&lt;h3&gt;Input&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Wide&lt;/b&gt;: one field per indicator and date, named with the year at the end, e.g. sgb2_quote_2023 and sgb2_quote_2025.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Long&lt;/b&gt;: one row per area and date, with a date field holding the year, a date, or a text with a four-digit year (such as the layer name that &lt;i&gt;Merge vector layers&lt;/i&gt; writes).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results per indicator&lt;/h3&gt;&lt;p&gt;&lt;i&gt;&amp;lt;id&amp;gt;_abs_&amp;lt;first&amp;gt;_&amp;lt;last&amp;gt;&lt;/i&gt;: last minus first value — percentage points for rates in %. &lt;i&gt;&amp;lt;id&amp;gt;_rel_…&lt;/i&gt;: relative change in %. With three or more dates also &lt;i&gt;&amp;lt;id&amp;gt;_trend_…&lt;/i&gt;, the OLS slope per year, and &lt;i&gt;&amp;lt;id&amp;gt;_trendrel_…&lt;/i&gt;, the slope in % of the first value per year. The period is part of the field names.&lt;/p&gt;&lt;p&gt;Areas present at only some dates (boundary changes) are kept and flagged not_present in &lt;i&gt;&amp;lt;id&amp;gt;_chg_flag&lt;/i&gt;; a NULL (suppressed) value at any date gives NULL with the flag suppressed — never a number computed from a confidential cell. zero_base: the first value is 0, so there is no relative change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Veränderung von Kennzahlen (oder Zählwerten) je Gebiet zwischen Stichtagen.&lt;/p&gt;&lt;h3&gt;Eingabe&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Breit&lt;/b&gt;: ein Feld je Kennzahl und Stichtag, mit dem Jahr am Ende des Namens, z. B. sgb2_quote_2023 und sgb2_quote_2025.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lang&lt;/b&gt;: eine Zeile je Gebiet und Stichtag, mit einem Datumsfeld, das das Jahr, ein Datum oder einen Text mit vierstelliger Jahreszahl enthält (etwa den Layernamen, den &lt;i&gt;Vektorlayer zusammenführen&lt;/i&gt; schreibt).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Ergebnisse je Kennzahl&lt;/h3&gt;&lt;p&gt;&lt;i&gt;&amp;lt;id&amp;gt;_abs_&amp;lt;erstes&amp;gt;_&amp;lt;letztes&amp;gt;&lt;/i&gt;: letzter minus erster Wert — bei Quoten in % Prozentpunkte. &lt;i&gt;&amp;lt;id&amp;gt;_rel_…&lt;/i&gt;: relative Veränderung in %. Ab drei Stichtagen zusätzlich &lt;i&gt;&amp;lt;id&amp;gt;_trend_…&lt;/i&gt;, die Steigung der linearen Regression (OLS) je Jahr, und &lt;i&gt;&amp;lt;id&amp;gt;_trendrel_…&lt;/i&gt;, die Steigung in % des ersten Werts je Jahr. Der Zeitraum steht im Feldnamen.&lt;/p&gt;&lt;p&gt;Gebiete, die nur zu einigen Stichtagen vorkommen (Gebietsänderungen), bleiben erhalten und werden in &lt;i&gt;&amp;lt;id&amp;gt;_chg_flag&lt;/i&gt; mit not_present gekennzeichnet; ein NULL-Wert (geheim) an einem Stichtag ergibt NULL mit dem Kennzeichen suppressed — nie eine Zahl, die aus einem geheimen Feld berechnet wurde. zero_base: Der erste Wert ist 0, daher gibt es keine relative Veränderung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="63"/>
        <source>Indicators per area and date</source>
        <translation>Kennzahlen je Gebiet und Stichtag</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="64"/>
        <source>Wide: fields per date; long: rows per area and date (e.g. merged indicator layers).</source>
        <translation>Breit: Felder je Stichtag; lang: Zeilen je Gebiet und Stichtag (z. B. zusammengeführte Kennzahl-Layer).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="67"/>
        <source>Key of each area, kept as text.</source>
        <translation>Schlüssel jedes Gebiets, bleibt Text.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="69"/>
        <source>Table layout</source>
        <translation>Tabellenaufbau</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="69"/>
        <source>Wide (fields per date)</source>
        <translation>Breit (Felder je Stichtag)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="69"/>
        <source>Long (rows per date)</source>
        <translation>Lang (Zeilen je Stichtag)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="71"/>
        <source>0 wide: fields named indicator_year, e.g. sgb2_quote_2025; 1 long: a date field.</source>
        <translation>0 breit: Felder namens Kennzahl_Jahr, z. B. sgb2_quote_2025; 1 lang: ein Datumsfeld.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="73"/>
        <source>Indicator fields</source>
        <translation>Kennzahlfelder</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="75"/>
        <source>Wide: all fields of all dates, e.g. sgb2_quote_2023, sgb2_quote_2025. Long: the indicator fields.</source>
        <translation>Breit: alle Felder aller Stichtage, z. B. sgb2_quote_2023, sgb2_quote_2025. Lang: die Kennzahlfelder.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="78"/>
        <source>Date field (long layout)</source>
        <translation>Datumsfeld (langer Aufbau)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="80"/>
        <source>Year, date, or text with a four-digit year.</source>
        <translation>Jahr, Datum oder Text mit vierstelliger Jahreszahl.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="82"/>
        <source>Decimals</source>
        <translation>Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="84"/>
        <source>Results are rounded half up to this many decimals.</source>
        <translation>Die Ergebnisse werden kaufmännisch auf so viele Nachkommastellen gerundet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="86"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="108"/>
        <source>Choose the indicator fields.</source>
        <translation>Wählen Sie die Kennzahlfelder.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="115"/>
        <source>The long layout needs the date field.</source>
        <translation>Der lange Tabellenaufbau braucht das Datumsfeld.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="130"/>
        <source>Layer &apos;{layer}&apos;: the area key &apos;{key}&apos; occurs more than once. In the wide layout every area has one row.</source>
        <translation>Layer '{layer}': Der Gebietsschlüssel '{key}' kommt mehrfach vor. Im breiten Aufbau hat jedes Gebiet eine Zeile.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="140"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: feature {row} has &apos;{value}&apos;, in which no year can be found.</source>
        <translation>Layer '{layer}', Feld '{field}': Objekt {row} enthält '{value}', darin ist kein Jahr zu finden.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="146"/>
        <source>Layer &apos;{layer}&apos; has only one date ({year}): a change needs two.</source>
        <translation>Layer '{layer}' hat nur einen Stichtag ({year}): Eine Veränderung braucht zwei.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="159"/>
        <source>Layer &apos;{layer}&apos;: area &apos;{key}&apos; has more than one row for {year}.</source>
        <translation>Layer '{layer}': Gebiet '{key}' hat mehr als eine Zeile für {year}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="184"/>
        <source>{indicator}: change {first}–{last} for {n} areas, {flagged} flagged.</source>
        <translation>{indicator}: Veränderung {first}–{last} für {n} Gebiete, {flagged} gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="207"/>
        <source>Layer &apos;{layer}&apos;: the field &apos;{field}&apos; does not end with a year. In the wide layout name the fields indicator_year, e.g. sgb2_quote_2025.</source>
        <translation>Layer '{layer}': Der Name des Felds '{field}' endet nicht mit einem Jahr. Benennen Sie die Felder im breiten Aufbau Kennzahl_Jahr, z. B. sgb2_quote_2025.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="210"/>
        <source>Indicator &apos;{indicator}&apos; has two fields for {year}.</source>
        <translation>Kennzahl '{indicator}' hat zwei Felder für {year}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="211"/>
        <source>Indicator &apos;{indicator}&apos; has a field for {year} only: a change needs two dates.</source>
        <translation>Kennzahl '{indicator}' hat nur ein Feld für {year}: Eine Veränderung braucht zwei Stichtage.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="147"/>
        <source>Published totals by</source>
        <translation>Veröffentlichte Summen nach</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="149"/>
        <source>Fields whose groups have published totals, e.g. stadtteil_id. The town total is always assumed published. Areas are suppressed in addition (secondary_suppression) so that no confidential count can be recovered by subtraction.</source>
        <translation>Felder, nach deren Gruppen Summen veröffentlicht werden, z. B. stadtteil_id. Die Gesamtsumme der Stadt gilt immer als veröffentlicht. Weitere Gebiete werden zusätzlich geheim gehalten (secondary_suppression), damit sich kein geheimer Wert durch Subtraktion errechnen lässt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="432"/>
        <source>{id}: {n} further areas suppressed so that no confidential count can be recovered from published totals (secondary suppression).</source>
        <translation>{id}: {n} weitere Gebiete geheim gehalten, damit sich kein geheimer Wert aus veröffentlichten Summen errechnen lässt (sekundäre Geheimhaltung).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="436"/>
        <source>{id}: the confidential value of areas {keys} follows from a published total (e.g. the only area of its group) and cannot be protected by suppressing other areas; do not publish that group&apos;s total.</source>
        <translation>{id}: Der geheime Wert der Gebiete {keys} folgt aus einer veröffentlichten Summe (z. B. einziges Gebiet seiner Gruppe) und lässt sich nicht durch Geheimhaltung anderer Gebiete schützen; veröffentlichen Sie die Summe dieser Gruppe nicht.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="128"/>
        <source>Confidentiality: minimum count</source>
        <translation>Geheimhaltung: Mindestfallzahl</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="130"/>
        <source>0: no suppression. Otherwise sums from 1 to below this are published as NULL, and further areas are suppressed so that none can be recovered from published totals.</source>
        <translation>0: keine Geheimhaltung. Sonst werden Summen von 1 bis unter diesem Wert als NULL ausgegeben, und weitere Gebiete werden geheim gehalten, damit sich keine aus veröffentlichten Summen errechnen lässt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="134"/>
        <source>Confidentiality: published totals by</source>
        <translation>Geheimhaltung: veröffentlichte Summen nach</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="136"/>
        <source>Area fields whose groups have published totals, e.g. stadtteil_id; the town total is always assumed published.</source>
        <translation>Gebietsfelder, nach deren Gruppen Summen veröffentlicht werden, z. B. stadtteil_id; die Gesamtsumme der Stadt gilt immer als veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="460"/>
        <source>Field &apos;{field}&apos;: the confidential sum of areas {keys} follows from a published total (e.g. the only area of its group); do not publish that group&apos;s total.</source>
        <translation>Feld '{field}': Die geheime Summe der Gebiete {keys} folgt aus einer veröffentlichten Summe (z. B. einziges Gebiet seiner Gruppe); veröffentlichen Sie die Summe dieser Gruppe nicht.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="463"/>
        <source>Confidentiality: {p} sums from 1 to {m} published as NULL, {s} more to protect them against the published totals; see the field suppressed_fields.</source>
        <translation>Geheimhaltung: {p} Summen von 1 bis {m} als NULL ausgegeben, {s} weitere zu ihrem Schutz gegen die veröffentlichten Summen; siehe Feld suppressed_fields.</translation>
    </message>
</context>
</TS>
