<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="44"/>
        <source>By key field</source>
        <translation>Über Schlüsselfeld</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="45"/>
        <source>By location: point in polygon / polygon centroid</source>
        <translation>Nach Lage: Punkt in Polygon / Polygonschwerpunkt</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="46"/>
        <source>By location: largest overlap</source>
        <translation>Nach Lage: größte Überschneidung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="47"/>
        <source>Area-weighted apportioning</source>
        <translation>Flächengewichtete Aufteilung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="58"/>
        <source>Aggregate counts to planning areas</source>
        <translation>Zählwerte auf Planungsräume aggregieren</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="61"/>
        <source>sum,aggregate,Sozialraum,Baublock,address,count,join,Zählwerte,summieren</source>
        <translation>sum,aggregate,Sozialraum,Baublock,address,count,join,Zählwerte,summieren,Summe,aggregieren,Planungsraum,Sozialräume,statistischer Bezirk,Adresse,Gebäude,Einwohner,Anzahl,Zuordnung,Flächenanteil</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="89"/>
        <source>Area key field</source>
        <translation>Feld mit dem Gebietsschlüssel</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="113"/>
        <source>Unique key of each area, e.g. &apos;0102&apos;. Written to the output as text.</source>
        <translation>Eindeutiger Schlüssel jedes Gebiets, z. B. '0102'. Wird als Text in die Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="115"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="116"/>
        <source>How a source unit is matched to an area: 0 by key field, 1 point in polygon / centroid, 2 largest overlap, 3 area-weighted apportioning.</source>
        <translation>Wie eine Einheit einem Gebiet zugeordnet wird: 0 über Schlüsselfeld, 1 Punkt in Polygon / Schwerpunkt, 2 größte Überschneidung, 3 flächengewichtete Aufteilung.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="121"/>
        <source>Field of the source units holding the key of their area; needed for the key method.</source>
        <translation>Feld der Einheiten mit dem Schlüssel ihres Gebiets; erforderlich für die Methode 'Über Schlüsselfeld'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="250"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that holds the area key.</source>
        <translation>Layer '{layer}' hat kein Feld '{field}'. Wählen Sie das Feld mit dem Gebietsschlüssel.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="148"/>
        <source>The method &apos;By key field&apos; needs the key field of the source units (INPUT_KEY).</source>
        <translation>Die Methode 'Über Schlüsselfeld' benötigt das Schlüsselfeld der Einheiten (INPUT_KEY).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="246"/>
        <source>Layer &apos;{layer}&apos; has no numeric fields to sum. Choose the count fields explicitly or convert text columns to numbers.</source>
        <translation>Layer '{layer}' hat keine numerischen Felder, die summiert werden können. Wählen Sie die Zählfelder ausdrücklich aus oder wandeln Sie Textspalten in Zahlen um.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="249"/>
        <source>Summing all numeric fields: {fields}</source>
        <translation>Alle numerischen Felder werden summiert: {fields}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="253"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Layer '{layer}' hat kein Feld '{field}'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="214"/>
        <source>Layer &apos;{layer}&apos; has no point or polygon geometry, so it cannot be located in the areas. Use the method &apos;By key field&apos; or a layer of points or polygons.</source>
        <translation>Layer '{layer}' hat keine Punkt- oder Polygongeometrie und kann daher nicht nach Lage den Gebieten zugeordnet werden. Verwenden Sie die Methode 'Über Schlüsselfeld' oder einen Punkt- oder Polygonlayer.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="224"/>
        <source>The source units are points: each point counts for the area that contains it.</source>
        <translation>Die Einheiten sind Punkte: Jeder Punkt zählt für das Gebiet, in dem er liegt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="229"/>
        <source>Reprojecting &apos;{layer}&apos; from {src} to {dst}, the CRS of the areas.</source>
        <translation>Layer '{layer}' wird von {src} in {dst}, das KBS der Gebiete, transformiert.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="232"/>
        <source>The areas have a geographic CRS ({crs}); areas of overlap are measured on the ellipsoid.</source>
        <translation>Die Gebiete haben ein geografisches KBS ({crs}); Überschneidungsflächen werden auf dem Ellipsoid gemessen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="159"/>
        <source>Reading areas</source>
        <translation>Gebiete werden eingelesen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="161"/>
        <source>Reading source units</source>
        <translation>Einheiten werden eingelesen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="165"/>
        <source>Assigning units to areas</source>
        <translation>Einheiten werden den Gebieten zugeordnet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="47"/>
        <source>key is NULL</source>
        <translation>Schlüssel ist NULL</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="47"/>
        <source>key not found in the areas</source>
        <translation>Schlüssel nicht in den Gebieten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="159"/>
        <source>no geometry</source>
        <translation>keine Geometrie</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="99"/>
        <source>outside all areas</source>
        <translation>außerhalb aller Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="99"/>
        <source>no geometry or zero area</source>
        <translation>keine Geometrie oder Fläche 0</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="100"/>
        <source>partly outside all areas</source>
        <translation>teilweise außerhalb aller Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="116"/>
        <source>Totals (input = areas + unassigned):</source>
        <translation>Summen (Eingabe = Gebiete + nicht zugeordnet):</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="123"/>
        <source>Internal error: totals were not preserved. Please report this.</source>
        <translation>Interner Fehler: Die Summen sind nicht erhalten geblieben. Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="409"/>
        <source>The area field &apos;{field}&apos; is replaced by the sum of the same name.</source>
        <translation>Das Gebietsfeld '{field}' wird durch die gleichnamige Summe ersetzt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="186"/>
        <source>Number of source units</source>
        <translation>Anzahl der Einheiten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="29"/>
        <source>The keys of &apos;{src}&apos; (field &apos;{skey}&apos;{kind}) lost their leading zeros: &apos;{example_src}&apos; should be &apos;{example_area}&apos; as in &apos;{areas}&apos; (field &apos;{akey}&apos;). {n} of {total} units do not match for this reason. Import the table again with the key column as text (in the CSV import: field type &apos;text&apos;), or build the key with lpad().</source>
        <translation>Die Schlüssel in '{src}' (Feld '{skey}'{kind}) haben ihre führenden Nullen verloren: '{example_src}' müsste wie in '{areas}' (Feld '{akey}') '{example_area}' lauten. {n} von {total} Einheiten passen aus diesem Grund nicht. Importieren Sie die Tabelle erneut mit der Schlüsselspalte als Text (im CSV-Import: Feldtyp 'Text') oder bilden Sie den Schlüssel mit lpad().</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="40"/>
        <source>, a number field</source>
        <translation>, ein Zahlenfeld</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="33"/>
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
        <location filename="../sozialplanung_plugin/processing/messages.py" line="20"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: feature {row} has the negative count {value:g} ({n} negative values in all). Counts cannot be negative; if negative numbers mark missing values, replace them with NULL first.</source>
        <translation>Layer '{layer}', Feld '{field}': Objekt {row} hat den negativen Zählwert {value:g} (insgesamt {n} negative Werte). Zählwerte können nicht negativ sein; wenn negative Zahlen fehlende Werte kennzeichnen, ersetzen Sie diese zuerst durch NULL.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="23"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: feature {row} has no area key (NULL or empty). Every planning area needs a unique key.</source>
        <translation>Layer '{layer}', Feld '{field}': Objekt {row} hat keinen Gebietsschlüssel (NULL oder leer). Jeder Planungsraum benötigt einen eindeutigen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="25"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: the area key &apos;{key}&apos; occurs more than once ({n} duplicated keys in all). Area keys must be unique; dissolve or renumber the areas first.</source>
        <translation>Layer '{layer}', Feld '{field}': Der Gebietsschlüssel '{key}' kommt mehrfach vor (insgesamt {n} doppelte Schlüssel). Gebietsschlüssel müssen eindeutig sein; führen Sie die Gebiete zuerst zusammen (Auflösen) oder nummerieren Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="217"/>
        <source>Invalid input: {detail}</source>
        <translation>Ungültige Eingabe: {detail}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/provider.py" line="39"/>
        <source>Sozialplanung</source>
        <translation>Sozialplanung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/provider.py" line="42"/>
        <source>Sozialplanung – social planning tools</source>
        <translation>Sozialplanung – Werkzeuge für die kommunale Sozialplanung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="377"/>
        <source>Invalid area polygons repaired before use: {n} (keys: {keys}).</source>
        <translation>Vor der Verwendung reparierte ungültige Gebietspolygone: {n} (Schlüssel: {keys}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="68"/>
        <source>Units lying in more than one area (the areas overlap): {n}. Each is counted once, for the first of these areas.</source>
        <translation>Einheiten, die in mehr als einem Gebiet liegen (die Gebiete überlappen sich): {n}. Jede wird nur einmal gezählt, für das erste dieser Gebiete.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="84"/>
        <source>Invalid source polygons repaired before use: {n}.</source>
        <translation>Vor der Verwendung reparierte ungültige Polygone der Quelleinheiten: {n}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="97"/>
        <source>Units covered by overlapping areas: {n}. Their shares were scaled so that nothing is counted twice.</source>
        <translation>Einheiten, die von sich überlappenden Gebieten bedeckt werden: {n}. Ihre Anteile wurden so skaliert, dass nichts doppelt gezählt wird.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="113"/>
        <source>Field &apos;{field}&apos;: NULL values not counted: {n} (features {rows}).</source>
        <translation>Feld '{field}': nicht gezählte NULL-Werte: {n} (Objekte {rows}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="126"/>
        <source>Units not (fully) assigned to an area: {n} of {total}.</source>
        <translation>Keinem Gebiet (vollständig) zugeordnete Einheiten: {n} von {total}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/aggregate_counts_assignment.py" line="43"/>
        <source>Units whose key is not in &apos;{areas}&apos;: {n} (e.g. {examples}). They are listed as unassigned.</source>
        <translation>Einheiten, deren Schlüssel nicht in '{areas}' vorkommt: {n} (z. B. {examples}). Sie werden als nicht zugeordnet ausgegeben.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="64"/>
        <source>&lt;p&gt;Sums counts (residents by age, SGB II beneficiaries, households and more) of small units — addresses, buildings, Baublöcke — for each planning area (statistischer Bezirk, Sozialraum, Stadtteil).&lt;/p&gt;&lt;h3&gt;Methods&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;By key field&lt;/b&gt;: the unit's key (&lt;i&gt;Key field in the source units&lt;/i&gt;) equals the area key (&lt;i&gt;Area key field&lt;/i&gt;). Keys are compared as text exactly: '010203' is not '10203'. If leading zeros were lost (a key read as a number), the algorithm stops and says so.&lt;/li&gt;&lt;li&gt;&lt;b&gt;By location: point in polygon / polygon centroid&lt;/b&gt;: a point counts for the area that contains it; a polygon for the area containing its centroid (a point on its surface if the centroid lies outside it). A point on a boundary shared by two areas counts exactly once.&lt;/li&gt;&lt;li&gt;&lt;b&gt;By location: largest overlap&lt;/b&gt;: a polygon counts wholly for the area it overlaps most (ties: the area that comes first). Points are located as above.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Area-weighted apportioning&lt;/b&gt;: a polygon's counts are split between areas in proportion to the overlapping area (results are then decimal numbers). Points are located as above.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Areas with sums&lt;/i&gt; has every area with its attributes (the area key as text), one sum per count field (integer fields stay integers except with apportioning) and &lt;i&gt;n_units&lt;/i&gt;, the number of source units counted. Units that cannot be assigned to any area go to &lt;i&gt;Unassigned units&lt;/i&gt; with the reason. The log shows for every field that the total is preserved: sum over areas + unassigned = input total.&lt;/p&gt;&lt;h3&gt;Data handling&lt;/h3&gt;&lt;p&gt;NULL counts add nothing and are reported; negative counts stop the algorithm. If the layers have different CRSs, the source units are reprojected to the CRS of the planning areas. With a geographic CRS, overlaps are measured on the ellipsoid. Invalid polygons are repaired (make valid) and reported. The input layers are never changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Summiert Zählwerte (Einwohner nach Alter, Leistungsberechtigte nach dem SGB II, Haushalte und weitere) kleiner Einheiten – Adressen, Gebäude, Baublöcke – je Planungsraum (statistischer Bezirk, Sozialraum, Stadtteil).&lt;/p&gt;&lt;h3&gt;Methoden&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Über Schlüsselfeld&lt;/b&gt;: Der Schlüssel der Einheit (&lt;i&gt;Gebietsschlüssel in den Einheiten&lt;/i&gt;) stimmt mit dem Gebietsschlüssel (&lt;i&gt;Feld mit dem Gebietsschlüssel&lt;/i&gt;) überein. Schlüssel werden exakt als Text verglichen: '010203' ist nicht '10203'. Sind führende Nullen verloren gegangen (Schlüssel als Zahl eingelesen), bricht der Algorithmus mit einem entsprechenden Hinweis ab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nach Lage: Punkt in Polygon / Polygonschwerpunkt&lt;/b&gt;: Ein Punkt zählt für das Gebiet, in dem er liegt; ein Polygon für das Gebiet, das seinen Schwerpunkt enthält (bzw. einen Punkt auf seiner Fläche, wenn der Schwerpunkt außerhalb des Polygons liegt). Ein Punkt auf der gemeinsamen Grenze zweier Gebiete wird genau einmal gezählt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nach Lage: größte Überschneidung&lt;/b&gt;: Ein Polygon zählt vollständig für das Gebiet, mit dem es sich am stärksten überschneidet (bei Gleichstand: das zuerst aufgeführte Gebiet). Punkte werden wie oben zugeordnet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Flächengewichtete Aufteilung&lt;/b&gt;: Die Zählwerte eines Polygons werden im Verhältnis der Überschneidungsflächen (Flächenanteile) auf die Gebiete aufgeteilt (die Ergebnisse sind dann Dezimalzahlen). Punkte werden wie oben zugeordnet.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Ergebnisse&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Gebiete mit Summen&lt;/i&gt; enthält jedes Gebiet mit seinen Attributen (den Gebietsschlüssel als Text), je Zählfeld eine Summe (Ganzzahlfelder bleiben ganzzahlig, außer bei flächengewichteter Aufteilung) sowie &lt;i&gt;n_units&lt;/i&gt;, die Anzahl der gezählten Einheiten. Einheiten, die keinem Gebiet zugeordnet werden können, werden mit Begründung in &lt;i&gt;Nicht zugeordnete Einheiten&lt;/i&gt; ausgegeben. Das Protokoll weist für jedes Feld nach, dass die Summe erhalten bleibt: Summe über die Gebiete + nicht zugeordnet = Summe der Eingabe.&lt;/p&gt;&lt;h3&gt;Umgang mit den Daten&lt;/h3&gt;&lt;p&gt;NULL-Zählwerte tragen nichts zur Summe bei und werden gemeldet; negative Zählwerte führen zum Abbruch. Haben die Layer unterschiedliche Koordinatenbezugssysteme (KBS), werden die Einheiten in das KBS der Planungsräume transformiert. Bei einem geografischen KBS werden Überschneidungen auf dem Ellipsoid gemessen. Ungültige Polygone werden repariert (make valid) und gemeldet. Die Eingabelayer werden nie verändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="94"/>
        <source>Source units with counts</source>
        <translation>Einheiten mit Zählwerten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="97"/>
        <source>Addresses, buildings or Baublöcke (points or polygons) with counts; a table without geometry works with the key method.</source>
        <translation>Adressen, Gebäude oder Baublöcke (Punkte oder Polygone) mit Zählwerten; eine Tabelle ohne Geometrie funktioniert mit der Schlüsselmethode.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="100"/>
        <source>Count fields (empty: all numeric)</source>
        <translation>Zählfelder (leer: alle numerischen)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="103"/>
        <source>Numeric fields of the source units to be summed per area; empty: all numeric fields except ids and the key.</source>
        <translation>Numerische Felder der Einheiten, die je Gebiet summiert werden; leer: alle numerischen Felder außer IDs und dem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="106"/>
        <source>Planning areas</source>
        <translation>Planungsräume</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="108"/>
        <source>Polygons of the planning areas (Sozialräume, statistical districts, Baublöcke); every area appears in the output.</source>
        <translation>Polygone der Planungsräume (Sozialräume, statistische Bezirke, Baublöcke); jedes Gebiet erscheint im Ergebnis.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="119"/>
        <source>Key field in the source units (key method)</source>
        <translation>Gebietsschlüssel in den Einheiten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="123"/>
        <source>Areas with sums</source>
        <translation>Gebiete mit Summen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="125"/>
        <source>Unassigned units</source>
        <translation>Nicht zugeordnete Einheiten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="361"/>
        <source>The count field &apos;{field}&apos; has the same name as the area key or the unit count of the output. Rename it (e.g. with the field calculator or &apos;Refactor fields&apos;) or leave it out.</source>
        <translation>Das Zählfeld '{field}' heißt wie der Gebietsschlüssel oder die Einheitenzahl im Ergebnis. Benennen Sie es um (z. B. mit dem Feldrechner oder 'Felder überarbeiten') oder lassen Sie es weg.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="270"/>
        <source>Layer &apos;{layer}&apos;: a count field holds a value that is not a number ({detail}).</source>
        <translation>Layer '{layer}': Ein Zählfeld enthält einen Wert, der keine Zahl ist ({detail}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/feature_writer.py" line="17"/>
        <source>Could not write to the output &apos;{output}&apos;: {detail}</source>
        <translation>Das Ergebnis '{output}' konnte nicht geschrieben werden: {detail}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="56"/>
        <source>Compute social indicators</source>
        <translation>Sozialindikatoren berechnen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="59"/>
        <source>SGB-II-Quote,Kennzahlen,indicator,rate,quote,Sozialindikatoren,Geheimhaltung,confidentiality,Wilson</source>
        <translation>SGB-II-Quote,Kennzahlen,indicator,rate,quote,Sozialindikatoren,Geheimhaltung,confidentiality,Wilson,Indikatoren,Kennzahl,Quote,Anteil,Kennzahlenkatalog,Konfidenzintervall,Wilson-Score-Intervall,Mindestfallzahl,Statistik,Sozialmonitoring</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="68"/>
        <source>&lt;p&gt;Computes social indicators (Kennzahlen) per area from counts, defined the same way in every town and every year, protected by statistical confidentiality and flagged where unreliable. The input is never changed; the result is a new layer with one field per indicator and a flag field &lt;i&gt;&amp;lt;id&amp;gt;_flag&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;Which indicators&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Indicators&lt;/i&gt; lists ids separated by commas; empty: every indicator of the catalogue whose fields the input has. The catalogue is the built-in one (below) or a &lt;i&gt;Kennzahlenkatalog file&lt;/i&gt; (JSON, see README) that a Kreis writes once for all its towns. &lt;i&gt;Save catalogue as&lt;/i&gt; writes the catalogue used, to start your own. A custom indicator needs no file: numerator and denominator are expressions over the input's fields.&lt;/p&gt;&lt;h3&gt;Rounding and confidentiality&lt;/h3&gt;&lt;p&gt;Values are rounded half up (as statistics offices publish), last. A rate is published as NULL — never 0 — when its numerator is a count from 1 to below &lt;i&gt;Minimum count&lt;/i&gt; (default 3: the Bundesagentur für Arbeit anonymises 1 and 2) or its denominator is below &lt;i&gt;Minimum denominator&lt;/i&gt; (e.g. 100 for SGB II quotas). Flags say why: suppressed_count, small_denominator, zero_denominator, missing, numerator_gt_denominator, unreliable, small_population, secondary_suppression (suppressed so that no confidential count follows from the totals published by &lt;i&gt;Published totals by&lt;/i&gt;).&lt;/p&gt;&lt;h3&gt;Reliability&lt;/h3&gt;&lt;p&gt;For shares, the 95 % Wilson score interval can be added (&lt;i&gt;&amp;lt;id&amp;gt;_ci_low&lt;/i&gt;, &lt;i&gt;&amp;lt;id&amp;gt;_ci_high&lt;/i&gt;). A value is flagged &lt;i&gt;unreliable&lt;/i&gt; when the interval's half-width exceeds the set share of its centre: the smaller the area, the larger the error. Areas with fewer residents than &lt;i&gt;Minimum population&lt;/i&gt; are flagged &lt;i&gt;small_population&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;Recipe&lt;/h3&gt;&lt;p&gt;Definition, numerator, denominator, reference date, suppression rule, plugin version and run date of every field are stored with the result: as the table sozialplanung_recipe in an output GeoPackage, and as field aliases and layer metadata when the result is loaded.&lt;/p&gt;&lt;h3&gt;Built-in catalogue&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Berechnet Sozialindikatoren (Kennzahlen) je Gebiet aus Zählwerten – in jeder Kommune und in jedem Jahr gleich definiert, unter Wahrung der statistischen Geheimhaltung und mit Kennzeichnung unzuverlässiger Werte. Die Eingabe wird nie verändert; das Ergebnis ist ein neuer Layer mit einem Feld je Kennzahl und einem Kennzeichenfeld &lt;i&gt;&amp;lt;id&amp;gt;_flag&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;Auswahl der Kennzahlen&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Kennzahlen (IDs, kommagetrennt)&lt;/i&gt; enthält die IDs der Kennzahlen, durch Kommas getrennt; leer: alle Kennzahlen des Katalogs, deren Felder in der Eingabe vorhanden sind. Verwendet wird der integrierte Katalog (siehe unten) oder eine &lt;i&gt;Kennzahlenkatalog-Datei&lt;/i&gt; (JSON, siehe README), die ein Kreis einmal für alle seine Kommunen erstellt. &lt;i&gt;Katalog speichern unter&lt;/i&gt; schreibt den verwendeten Katalog als Ausgangspunkt für einen eigenen. Eine benutzerdefinierte Kennzahl benötigt keine Datei: Zähler und Nenner sind Ausdrücke über die Felder der Eingabe.&lt;/p&gt;&lt;h3&gt;Rundung und Geheimhaltung&lt;/h3&gt;&lt;p&gt;Die Werte werden zuletzt kaufmännisch gerundet (wie in der amtlichen Statistik üblich). Ein Wert wird als NULL – niemals als 0 – ausgewiesen, wenn sein Zähler eine Fallzahl von 1 bis unter &lt;i&gt;Mindestfallzahl&lt;/i&gt; ist (Voreinstellung 3: Die Bundesagentur für Arbeit anonymisiert 1 und 2) oder sein Nenner kleiner als &lt;i&gt;Mindestnenner&lt;/i&gt; ist (z. B. 100 bei SGB-II-Quoten). Das Kennzeichenfeld nennt den Grund: suppressed_count, small_denominator, zero_denominator, missing, numerator_gt_denominator, unreliable, small_population, secondary_suppression (zusätzlich geheim gehalten, damit sich kein geheimer Wert aus den unter &lt;i&gt;Veröffentlichte Summen nach&lt;/i&gt; veröffentlichten Summen errechnen lässt).&lt;/p&gt;&lt;h3&gt;Zuverlässigkeit&lt;/h3&gt;&lt;p&gt;Für Anteile kann das Konfidenzintervall (95 %) als Wilson-Score-Intervall ausgegeben werden (&lt;i&gt;&amp;lt;id&amp;gt;_ci_low&lt;/i&gt;, &lt;i&gt;&amp;lt;id&amp;gt;_ci_high&lt;/i&gt;). Ein Wert wird als &lt;i&gt;unreliable&lt;/i&gt; (unzuverlässig) gekennzeichnet, wenn die Halbbreite des Intervalls den eingestellten Bruchteil der Intervallmitte übersteigt: Je kleiner das Gebiet, desto größer der Fehler. Gebiete mit weniger Einwohnern als &lt;i&gt;Mindesteinwohnerzahl&lt;/i&gt; werden als &lt;i&gt;small_population&lt;/i&gt; gekennzeichnet.&lt;/p&gt;&lt;h3&gt;Berechnungsvorschrift&lt;/h3&gt;&lt;p&gt;Definition, Zähler, Nenner, Stichtag, Geheimhaltungsregel, Plugin-Version und Berechnungsdatum jedes Feldes werden mit dem Ergebnis gespeichert: als Tabelle sozialplanung_recipe in einem Ergebnis-GeoPackage sowie als Feldaliase und Layer-Metadaten, wenn das Ergebnis geladen wird.&lt;/p&gt;&lt;h3&gt;Integrierter Kennzahlenkatalog&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="103"/>
        <source>Counts per area</source>
        <translation>Zählwerte je Gebiet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="103"/>
        <source>Layer or table with counts per area (GeoPackage, CSV, XLSX, PostGIS).</source>
        <translation>Layer oder Tabelle mit Zählwerten je Gebiet (GeoPackage, CSV, XLSX, PostGIS).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="91"/>
        <source>Unique key of each area, kept as text.</source>
        <translation>Eindeutiger Schlüssel jedes Gebiets; wird als Text übernommen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="108"/>
        <source>Indicators (ids, comma-separated)</source>
        <translation>Kennzahlen (IDs, kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="108"/>
        <source>E.g. sgb2_quote,arbeitslosenrelation. Empty: all catalogue indicators whose fields the input has.</source>
        <translation>Z. B. sgb2_quote,arbeitslosenrelation. Leer: alle Kennzahlen des Katalogs, deren Felder in der Eingabe vorhanden sind.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="110"/>
        <source>Kennzahlenkatalog file</source>
        <translation>Kennzahlenkatalog-Datei</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="110"/>
        <source>JSON catalogue of indicator definitions; empty: the built-in catalogue.</source>
        <translation>Kennzahlenkatalog mit den Definitionen der Kennzahlen (JSON); leer: der integrierte Katalog.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="112"/>
        <source>Custom indicator: numerator</source>
        <translation>Benutzerdefinierte Kennzahl: Zähler</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="112"/>
        <source>Expression over the input&apos;s fields, e.g. sgb2_elb + sgb2_nef.</source>
        <translation>Ausdruck über die Felder der Eingabe, z. B. sgb2_elb + sgb2_nef.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="115"/>
        <source>Custom indicator: denominator</source>
        <translation>Benutzerdefinierte Kennzahl: Nenner</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="115"/>
        <source>Expression over the input&apos;s fields, e.g. ew_gesamt.</source>
        <translation>Ausdruck über die Felder der Eingabe, z. B. ew_gesamt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="118"/>
        <source>Custom indicator: factor</source>
        <translation>Benutzerdefinierte Kennzahl: Faktor</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="118"/>
        <source>100 for per cent, 1000 for per thousand, 1 for a plain ratio.</source>
        <translation>100 für Prozent, 1000 für Promille, 1 für ein einfaches Verhältnis.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="121"/>
        <source>Custom indicator: decimals</source>
        <translation>Benutzerdefinierte Kennzahl: Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="121"/>
        <source>Decimal places after rounding half up.</source>
        <translation>Anzahl der Nachkommastellen (kaufmännisch gerundet).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="124"/>
        <source>Custom indicator: field name</source>
        <translation>Benutzerdefinierte Kennzahl: Feldname</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="124"/>
        <source>Name of the output field of the custom indicator.</source>
        <translation>Name des Ergebnisfeldes der benutzerdefinierten Kennzahl.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="126"/>
        <source>Minimum count</source>
        <translation>Mindestfallzahl</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="126"/>
        <source>Numerator counts from 1 to below this are confidential: the value is published as NULL.</source>
        <translation>Zählerwerte von 1 bis unter diesem Wert sind geheim: Der Wert wird als NULL ausgewiesen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="129"/>
        <source>Minimum denominator</source>
        <translation>Mindestnenner</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="129"/>
        <source>Values with a smaller denominator are published as NULL (the catalogue may set a stricter value per indicator, e.g. 100 for SGB II quotas).</source>
        <translation>Werte mit kleinerem Nenner werden als NULL ausgewiesen (der Kennzahlenkatalog kann je Kennzahl einen strengeren Wert festlegen, z. B. 100 bei SGB-II-Quoten).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="96"/>
        <source>Population field</source>
        <translation>Feld mit der Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="138"/>
        <source>Residents per area, for the small-population flag.</source>
        <translation>Einwohnerzahl je Gebiet, für das Kennzeichen small_population.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="100"/>
        <source>Minimum population</source>
        <translation>Mindesteinwohnerzahl</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="141"/>
        <source>Areas with fewer residents are flagged small_population (not reliable).</source>
        <translation>Gebiete mit weniger Einwohnern werden als small_population (unzuverlässig) gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="144"/>
        <source>Add 95 % confidence intervals</source>
        <translation>Konfidenzintervalle (95 %) ausgeben</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="144"/>
        <source>Adds &lt;id&gt;_ci_low and &lt;id&gt;_ci_high (Wilson score interval) for shares.</source>
        <translation>Fügt für Anteile die Felder &lt;id&gt;_ci_low und &lt;id&gt;_ci_high (Wilson-Score-Intervall) hinzu.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="146"/>
        <source>Unreliable above relative half-width</source>
        <translation>Unzuverlässig bei relativer Halbbreite über</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="146"/>
        <source>A share is flagged unreliable when its interval&apos;s half-width exceeds this share of the interval&apos;s centre.</source>
        <translation>Ein Anteil wird als unreliable (unzuverlässig) gekennzeichnet, wenn die Halbbreite seines Konfidenzintervalls diesen Bruchteil der Intervallmitte übersteigt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="150"/>
        <source>Reference date (Stichtag)</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="150"/>
        <source>E.g. 31.12.2025; stored in the recipe.</source>
        <translation>Z. B. 31.12.2025; wird in der Berechnungsvorschrift gespeichert.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="154"/>
        <source>Save catalogue as</source>
        <translation>Katalog speichern unter</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="154"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="154"/>
        <source>Writes the catalogue that was used as a JSON file, to start your own.</source>
        <translation>Schreibt den verwendeten Kennzahlenkatalog als JSON-Datei, als Ausgangspunkt für einen eigenen Katalog.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="244"/>
        <source>Layer &apos;{layer}&apos; has no features.</source>
        <translation>Layer '{layer}' enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="338"/>
        <source>Cannot read the catalogue file &apos;{path}&apos;: {error}</source>
        <translation>Die Katalogdatei '{path}' kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="70"/>
        <source>Unknown indicator &apos;{id}&apos;. Known in this catalogue: {ids}.</source>
        <translation>Unbekannte Kennzahl '{id}'. Dieser Katalog enthält: {ids}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="166"/>
        <source>A custom indicator needs both a numerator and a denominator.</source>
        <translation>Eine benutzerdefinierte Kennzahl benötigt sowohl einen Zähler als auch einen Nenner.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="310"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="192"/>
        <source>Skipping &apos;{id}&apos;: the input has no field {fields}.</source>
        <translation>Kennzahl '{id}' wird übersprungen, da der Eingabe Felder fehlen: {fields}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="71"/>
        <source>Layer &apos;{layer}&apos; has none of the fields the catalogue&apos;s indicators need. Choose indicators explicitly, give a catalogue file with your field names, or define a custom indicator.</source>
        <translation>Layer '{layer}' enthält keines der Felder, die die Kennzahlen des Katalogs benötigen. Wählen Sie die Kennzahlen ausdrücklich aus, geben Sie eine Katalogdatei mit Ihren Feldnamen an oder definieren Sie eine benutzerdefinierte Kennzahl.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="74"/>
        <source>Indicator &apos;{id}&apos;: the {role} uses the field &apos;{field}&apos;, which layer &apos;{layer}&apos; does not have.</source>
        <translation>Kennzahl '{id}': Das Feld '{field}' ({role}) ist in Layer '{layer}' nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="76"/>
        <source>Indicator &apos;{id}&apos;: the field &apos;{field}&apos; of layer &apos;{layer}&apos; is not numeric.</source>
        <translation>Kennzahl '{id}': Das Feld '{field}' von Layer '{layer}' ist nicht numerisch.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="262"/>
        <source>Indicator &apos;{id}&apos;: the numerator exceeds the denominator in {n} areas (features {rows}); check the input.</source>
        <translation>Kennzahl '{id}': Der Zähler ist in {n} Gebieten größer als der Nenner (Objekte {rows}); prüfen Sie die Eingabe.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="268"/>
        <source>{id}: {n} values, {s} suppressed (minimum count {c}, minimum denominator {d:g}).</source>
        <translation>{id}: {n} Werte, davon {s} geheim gehalten (Mindestfallzahl {c}, Mindestnenner {d:g}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="293"/>
        <source>Catalogue used</source>
        <translation>Verwendeter Kennzahlenkatalog</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="441"/>
        <source>{name}: flag</source>
        <translation>{name}: Kennzeichen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="295"/>
        <source>confidential / no data</source>
        <translation>geheim / keine Angabe</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="393"/>
        <source>Indicator &apos;{id}&apos;: the expression &apos;{expr}&apos; fails for feature {row} of layer &apos;{layer}&apos;: {error}</source>
        <translation>Kennzahl '{id}': Der Ausdruck '{expr}' kann für Objekt {row} von Layer '{layer}' nicht ausgewertet werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="407"/>
        <source>Indicator &apos;{id}&apos;: the expression &apos;{expr}&apos; gives &apos;{value}&apos; for feature {row}, which is not a number.</source>
        <translation>Kennzahl '{id}': Der Ausdruck '{expr}' ergibt für Objekt {row} den Wert '{value}'; das ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="190"/>
        <source>numerator</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="190"/>
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
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="81"/>
        <source>Cannot read the file &apos;{path}&apos;: {error}</source>
        <translation>Die Datei '{path}' kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="87"/>
        <source>Read {rows} rows and {cols} columns ({encoding}, separator &apos;{sep}&apos;).</source>
        <translation>{rows} Zeilen und {cols} Spalten gelesen ({encoding}, Trennzeichen '{sep}').</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/import_table.py" line="95"/>
        <source>Column &apos;{column}&apos;: markers read as NULL/0: {markers}</source>
        <translation>Spalte '{column}': als NULL/0 gelesene Zeichen: {markers}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="77"/>
        <source>File &apos;{path}&apos;, line {line}: {found} cells where the header has {expected}. Check the separator and quoting of that line.</source>
        <translation>Datei '{path}', Zeile {line}: {found} Zellen, die Kopfzeile hat {expected}. Prüfen Sie Trennzeichen und Anführungszeichen dieser Zeile.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="79"/>
        <source>File &apos;{path}&apos; has no column &apos;{column}&apos;. Columns: {columns}.</source>
        <translation>Die Datei '{path}' hat keine Spalte '{column}'. Spalten: {columns}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="80"/>
        <source>File &apos;{path}&apos; has the column &apos;{column}&apos; twice. Column names must be unique.</source>
        <translation>Die Datei '{path}' enthält die Spalte '{column}' doppelt. Spaltennamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="81"/>
        <source>File &apos;{path}&apos; is empty.</source>
        <translation>Die Datei '{path}' ist leer.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="36"/>
        <source>Change of indicators over time</source>
        <translation>Veränderung von Kennzahlen über die Zeit</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="39"/>
        <source>change,trend,Veränderung,Entwicklung,Prozentpunkte,Zeitreihe</source>
        <translation>change,trend,Veränderung,Entwicklung,Prozentpunkte,Zeitreihe,Trend</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="42"/>
        <source>&lt;p&gt;Change of indicators (or counts) per area between reference dates.&lt;/p&gt;&lt;h3&gt;Input&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Wide&lt;/b&gt;: one field per indicator and date, named with the year at the end, e.g. sgb2_quote_2023 and sgb2_quote_2025.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Long&lt;/b&gt;: one row per area and date, with a date field holding the year, a date, or a text with a four-digit year (such as the layer name that &lt;i&gt;Merge vector layers&lt;/i&gt; writes).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results per indicator&lt;/h3&gt;&lt;p&gt;&lt;i&gt;&amp;lt;id&amp;gt;_abs_&amp;lt;first&amp;gt;_&amp;lt;last&amp;gt;&lt;/i&gt;: last minus first value — percentage points for rates in %. &lt;i&gt;&amp;lt;id&amp;gt;_rel_…&lt;/i&gt;: relative change in %. With three or more dates also &lt;i&gt;&amp;lt;id&amp;gt;_trend_…&lt;/i&gt;, the OLS slope per year, and &lt;i&gt;&amp;lt;id&amp;gt;_trendrel_…&lt;/i&gt;, the slope in % of the first value per year. The period is part of the field names.&lt;/p&gt;&lt;p&gt;Areas present at only some dates (boundary changes) are kept and flagged not_present in &lt;i&gt;&amp;lt;id&amp;gt;_chg_flag&lt;/i&gt;; a NULL (suppressed) value at any date gives NULL with the flag suppressed — never a number computed from a confidential cell. zero_base: the first value is 0, so there is no relative change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Veränderung von Kennzahlen (oder Zählwerten) je Gebiet zwischen Stichtagen.&lt;/p&gt;&lt;h3&gt;Eingabe&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Breit&lt;/b&gt;: ein Feld je Kennzahl und Stichtag, mit dem Jahr am Ende des Namens, z. B. sgb2_quote_2023 und sgb2_quote_2025.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lang&lt;/b&gt;: eine Zeile je Gebiet und Stichtag, mit einem Datumsfeld, das das Jahr, ein Datum oder einen Text mit vierstelliger Jahreszahl enthält (etwa den Layernamen, den &lt;i&gt;Vektorlayer zusammenführen&lt;/i&gt; schreibt).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Ergebnisse je Kennzahl&lt;/h3&gt;&lt;p&gt;&lt;i&gt;&amp;lt;id&amp;gt;_abs_&amp;lt;erstes&amp;gt;_&amp;lt;letztes&amp;gt;&lt;/i&gt;: letzter minus erster Wert — bei Quoten in % Prozentpunkte. &lt;i&gt;&amp;lt;id&amp;gt;_rel_…&lt;/i&gt;: relative Veränderung in %. Ab drei Stichtagen zusätzlich &lt;i&gt;&amp;lt;id&amp;gt;_trend_…&lt;/i&gt;, die Steigung der linearen Regression (OLS) je Jahr, und &lt;i&gt;&amp;lt;id&amp;gt;_trendrel_…&lt;/i&gt;, die Steigung in % des ersten Werts je Jahr. Der Zeitraum steht im Feldnamen.&lt;/p&gt;&lt;p&gt;Gebiete, die nur zu einigen Stichtagen vorkommen (Gebietsänderungen), bleiben erhalten und werden in &lt;i&gt;&amp;lt;id&amp;gt;_chg_flag&lt;/i&gt; mit not_present gekennzeichnet; ein NULL-Wert (geheim) an einem Stichtag ergibt NULL mit dem Kennzeichen suppressed — nie eine Zahl, die aus einem geheimen Feld berechnet wurde. zero_base: Der erste Wert ist 0, daher gibt es keine relative Veränderung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="59"/>
        <source>Indicators per area and date</source>
        <translation>Kennzahlen je Gebiet und Stichtag</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="61"/>
        <source>Wide: fields per date; long: rows per area and date (e.g. merged indicator layers).</source>
        <translation>Breit: Felder je Stichtag; lang: Zeilen je Gebiet und Stichtag (z. B. zusammengeführte Kennzahl-Layer).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="65"/>
        <source>Key of each area, kept as text.</source>
        <translation>Schlüssel jedes Gebiets, bleibt Text.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="67"/>
        <source>Table layout</source>
        <translation>Tabellenaufbau</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="67"/>
        <source>Wide (fields per date)</source>
        <translation>Breit (Felder je Stichtag)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="67"/>
        <source>Long (rows per date)</source>
        <translation>Lang (Zeilen je Stichtag)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="69"/>
        <source>0 wide: fields named indicator_year, e.g. sgb2_quote_2025; 1 long: a date field.</source>
        <translation>0 breit: Felder namens Kennzahl_Jahr, z. B. sgb2_quote_2025; 1 lang: ein Datumsfeld.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="139"/>
        <source>Indicator fields</source>
        <translation>Kennzahlfelder</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="73"/>
        <source>Wide: all fields of all dates, e.g. sgb2_quote_2023, sgb2_quote_2025. Long: the indicator fields.</source>
        <translation>Breit: alle Felder aller Stichtage, z. B. sgb2_quote_2023, sgb2_quote_2025. Lang: die Kennzahlfelder.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="76"/>
        <source>Date field (long layout)</source>
        <translation>Datumsfeld (langer Aufbau)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="78"/>
        <source>Year, date, or text with a four-digit year.</source>
        <translation>Jahr, Datum oder Text mit vierstelliger Jahreszahl.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="80"/>
        <source>Decimals</source>
        <translation>Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="82"/>
        <source>Results are rounded half up to this many decimals.</source>
        <translation>Die Ergebnisse werden kaufmännisch auf so viele Nachkommastellen gerundet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_pages.py" line="134"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="359"/>
        <source>Choose the indicator fields.</source>
        <translation>Wählen Sie die Kennzahlfelder.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="97"/>
        <source>The long layout needs the date field.</source>
        <translation>Der lange Tabellenaufbau braucht das Datumsfeld.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="86"/>
        <source>Layer &apos;{layer}&apos;: the area key &apos;{key}&apos; occurs more than once. In the wide layout every area has one row.</source>
        <translation>Layer '{layer}': Der Gebietsschlüssel '{key}' kommt mehrfach vor. Im breiten Aufbau hat jedes Gebiet eine Zeile.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="88"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: feature {row} has &apos;{value}&apos;, in which no year can be found.</source>
        <translation>Layer '{layer}', Feld '{field}': Objekt {row} enthält '{value}', darin ist kein Jahr zu finden.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="90"/>
        <source>Layer &apos;{layer}&apos; has only one date ({year}): a change needs two.</source>
        <translation>Layer '{layer}' hat nur einen Stichtag ({year}): Eine Veränderung braucht zwei.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="91"/>
        <source>Layer &apos;{layer}&apos;: area &apos;{key}&apos; has more than one row for {year}.</source>
        <translation>Layer '{layer}': Gebiet '{key}' hat mehr als eine Zeile für {year}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/indicator_change.py" line="134"/>
        <source>{indicator}: change {first}–{last} for {n} areas, {flagged} flagged.</source>
        <translation>{indicator}: Veränderung {first}–{last} für {n} Gebiete, {flagged} gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="82"/>
        <source>Layer &apos;{layer}&apos;: the field &apos;{field}&apos; does not end with a year. In the wide layout name the fields indicator_year, e.g. sgb2_quote_2025.</source>
        <translation>Layer '{layer}': Der Name des Felds '{field}' endet nicht mit einem Jahr. Benennen Sie die Felder im breiten Aufbau Kennzahl_Jahr, z. B. sgb2_quote_2025.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="84"/>
        <source>Indicator &apos;{indicator}&apos; has two fields for {year}.</source>
        <translation>Kennzahl '{indicator}' hat zwei Felder für {year}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="85"/>
        <source>Indicator &apos;{indicator}&apos; has a field for {year} only: a change needs two dates.</source>
        <translation>Kennzahl '{indicator}' hat nur ein Feld für {year}: Eine Veränderung braucht zwei Stichtage.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="133"/>
        <source>Published totals by</source>
        <translation>Veröffentlichte Summen nach</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="133"/>
        <source>Fields whose groups have published totals, e.g. stadtteil_id. The town total is always assumed published. Areas are suppressed in addition (secondary_suppression) so that no confidential count can be recovered by subtraction.</source>
        <translation>Felder, nach deren Gruppen Summen veröffentlicht werden, z. B. stadtteil_id. Die Gesamtsumme der Stadt gilt immer als veröffentlicht. Weitere Gebiete werden zusätzlich geheim gehalten (secondary_suppression), damit sich kein geheimer Wert durch Subtraktion errechnen lässt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="426"/>
        <source>{id}: {n} further areas suppressed so that no confidential count can be recovered from published totals (secondary suppression).</source>
        <translation>{id}: {n} weitere Gebiete geheim gehalten, damit sich kein geheimer Wert aus veröffentlichten Summen errechnen lässt (sekundäre Geheimhaltung).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/suppression.py" line="21"/>
        <source>{id}: the confidential value of areas {keys} follows from a published total (e.g. the only area of its group) and cannot be protected by suppressing other areas; do not publish that group&apos;s total.</source>
        <translation>{id}: Der geheime Wert der Gebiete {keys} folgt aus einer veröffentlichten Summe (z. B. einziges Gebiet seiner Gruppe) und lässt sich nicht durch Geheimhaltung anderer Gebiete schützen; veröffentlichen Sie die Summe dieser Gruppe nicht.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="129"/>
        <source>Confidentiality: minimum count</source>
        <translation>Geheimhaltung: Mindestfallzahl</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="131"/>
        <source>0: no suppression. Otherwise sums from 1 to below this are published as NULL, and further areas are suppressed so that none can be recovered from published totals.</source>
        <translation>0: keine Geheimhaltung. Sonst werden Summen von 1 bis unter diesem Wert als NULL ausgegeben, und weitere Gebiete werden geheim gehalten, damit sich keine aus veröffentlichten Summen errechnen lässt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="135"/>
        <source>Confidentiality: published totals by</source>
        <translation>Geheimhaltung: veröffentlichte Summen nach</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="137"/>
        <source>Area fields whose groups have published totals, e.g. stadtteil_id; the town total is always assumed published.</source>
        <translation>Gebietsfelder, nach deren Gruppen Summen veröffentlicht werden, z. B. stadtteil_id; die Gesamtsumme der Stadt gilt immer als veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="392"/>
        <source>Confidentiality: {p} sums from 1 to {m} published as NULL, {s} more to protect them against the published totals; see the field suppressed_fields.</source>
        <translation>Geheimhaltung: {p} Summen von 1 bis {m} als NULL ausgegeben, {s} weitere zu ihrem Schutz gegen die veröffentlichten Summen; siehe Feld suppressed_fields.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="122"/>
        <source>Class weights</source>
        <translation>Klassengewichte</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="45"/>
        <source>Value as weight</source>
        <translation>Wert als Gewicht</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="45"/>
        <source>No need weight</source>
        <translation>Ohne Bedarfsgewicht</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="56"/>
        <source>Allocate a budget by need</source>
        <translation>Budget nach Bedarf verteilen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="63"/>
        <source>&lt;p&gt;Shares out a total — euros, staff hours, places — among areas by need (&lt;i&gt;Ungleiches ungleich behandeln&lt;/i&gt;): in proportion to a target population (e.g. residents aged 6–21) multiplied by a need weight taken from the social index. The input is never changed; the result is a new layer with the input's geometry.&lt;/p&gt;&lt;h3&gt;Formula&lt;/h3&gt;&lt;p&gt;weight = target population × need weight&lt;br&gt;amount ≈ total × weight / Σ weight&lt;/p&gt;&lt;h3&gt;Need weight&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Class weights&lt;/b&gt;: the need field holds a class (e.g. &lt;i&gt;index_class&lt;/i&gt; 1 to 4), &lt;i&gt;Class weights&lt;/i&gt; gives the weight per class as class:weight pairs, e.g. &lt;i&gt;1:1, 2:1.25, 3:1.5, 4:2&lt;/i&gt;, or as a plain list for classes 1, 2, 3, … in order, e.g. &lt;i&gt;1, 1.25, 1.5, 2&lt;/i&gt;. The default is an example: enter the weights your council decided. Every class that occurs needs a weight.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Value as weight&lt;/b&gt;: the need value itself is the multiplier; it must be 0 or more.&lt;/li&gt;&lt;li&gt;&lt;b&gt;No need weight&lt;/b&gt;: by target population only.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;An area whose need value is NULL (e.g. &lt;i&gt;not rated&lt;/i&gt; in the social index because it is too small) gets need weight 0, the flag &lt;i&gt;no_need_value&lt;/i&gt; and a warning in the log: it receives nothing but the floor.&lt;/p&gt;&lt;h3&gt;Floor and cap&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Floor&lt;/i&gt; is the minimum, &lt;i&gt;Cap&lt;/i&gt; the maximum per area (0: no cap). Areas whose proportional amount lies below the floor are held at the floor, those above the cap at the cap, and the rest of the total is shared among the other areas in proportion to their weight, repeated until every area is within the limits (water-filling). By default areas with a target population of 0 get no floor. If the floors add up to more than the total, or the caps to less, the algorithm stops and says so.&lt;/p&gt;&lt;h3&gt;Whole units&lt;/h3&gt;&lt;p&gt;Amounts are whole multiples of &lt;i&gt;Unit&lt;/i&gt; (e.g. 100 euros or 1 place) and add up exactly to the total, by the largest-remainder (Hamilton) method: each area gets the whole units below its amount, the units left over go one each to the areas with the largest remainders (ties: the larger weight, then the area that comes first). Total, floor and cap must be whole multiples of the unit.&lt;/p&gt;&lt;h3&gt;Output per area&lt;/h3&gt;&lt;p&gt;&lt;i&gt;id&lt;/i&gt;, &lt;i&gt;target&lt;/i&gt;, &lt;i&gt;need_value&lt;/i&gt;, &lt;i&gt;need_weight&lt;/i&gt;, &lt;i&gt;weighted_need&lt;/i&gt; (target × need weight), &lt;i&gt;share_pct&lt;/i&gt; (share of the summed weight in %), &lt;i&gt;amount_proportional&lt;/i&gt; (before floor, cap and rounding), &lt;i&gt;amount&lt;/i&gt;, &lt;i&gt;adjustment&lt;/i&gt; (floor or cap: held at that limit), &lt;i&gt;difference&lt;/i&gt; (amount − amount_proportional: what floor, cap and rounding changed) and &lt;i&gt;flag&lt;/i&gt;. The log shows the sum check and how many areas were held at the floor or the cap. The parameters, the class weights used and the date are stored with the result: in the layer metadata when it is loaded and, in an output GeoPackage, as the table sozialplanung_allocation_recipe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verteilt eine Summe — Euro, Personalstunden, Plätze — nach Bedarf auf Gebiete (&lt;i&gt;Ungleiches ungleich behandeln&lt;/i&gt;): im Verhältnis zu einer Zielgruppe (z. B. Einwohner von 6 bis 21 Jahren), multipliziert mit einem Bedarfsgewicht aus dem Sozialindex. Die Eingabe wird nie verändert; das Ergebnis ist ein neuer Layer mit der Geometrie der Eingabe.&lt;/p&gt;&lt;h3&gt;Formel&lt;/h3&gt;&lt;p&gt;Gewicht = Zielgruppe × Bedarfsgewicht&lt;br&gt;Betrag ≈ Summe × Gewicht / Σ Gewicht&lt;/p&gt;&lt;h3&gt;Bedarfsgewicht&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Klassengewichte&lt;/b&gt;: das Bedarfsfeld enthält eine Klasse (z. B. &lt;i&gt;index_class&lt;/i&gt; 1 bis 4), &lt;i&gt;Klassengewichte&lt;/i&gt; nennt das Gewicht je Klasse als Paare Klasse:Gewicht, z. B. &lt;i&gt;1:1, 2:1.25, 3:1.5, 4:2&lt;/i&gt;, oder als einfache Liste für die Klassen 1, 2, 3, … der Reihe nach, z. B. &lt;i&gt;1, 1.25, 1.5, 2&lt;/i&gt;. Die Voreinstellung ist ein Beispiel: tragen Sie die beschlossenen Gewichte ein. Jede vorkommende Klasse braucht ein Gewicht.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Wert als Gewicht&lt;/b&gt;: der Bedarfswert selbst ist der Faktor; er muss 0 oder mehr sein.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ohne Bedarfsgewicht&lt;/b&gt;: nur nach Zielgruppe.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Ein Gebiet, dessen Bedarfswert NULL ist (z. B. im Sozialindex &lt;i&gt;nicht bewertet&lt;/i&gt;, weil es zu klein ist), erhält das Bedarfsgewicht 0, das Kennzeichen &lt;i&gt;no_need_value&lt;/i&gt; und eine Warnung im Protokoll: es bekommt nur den Sockel.&lt;/p&gt;&lt;h3&gt;Sockel und Obergrenze&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Sockel&lt;/i&gt; ist der Mindest-, &lt;i&gt;Obergrenze&lt;/i&gt; der Höchstbetrag je Gebiet (0: keine Obergrenze). Gebiete, deren proportionaler Betrag unter dem Sockel liegt, werden auf den Sockel gesetzt, solche über der Obergrenze auf die Obergrenze, und der Rest der Summe wird im Verhältnis ihrer Gewichte auf die übrigen Gebiete verteilt, so oft, bis jedes Gebiet innerhalb der Grenzen liegt (Auffüllverfahren, water-filling). Gebiete ohne Zielgruppe (0) erhalten in der Voreinstellung keinen Sockel. Ergeben die Sockel zusammen mehr als die Summe oder die Obergrenzen weniger, bricht der Algorithmus mit einer Erklärung ab.&lt;/p&gt;&lt;h3&gt;Ganze Einheiten&lt;/h3&gt;&lt;p&gt;Beträge sind ganzzahlige Vielfache der &lt;i&gt;Einheit&lt;/i&gt; (z. B. 100 Euro oder 1 Platz) und ergeben genau die Summe, nach dem Verfahren der größten Reste (Hare-Niemeyer, Hamilton): jedes Gebiet erhält die ganzen Einheiten unterhalb seines Betrags, die übrigen Einheiten gehen einzeln an die Gebiete mit den größten Resten (bei Gleichstand: das größere Gewicht, dann das zuerst stehende Gebiet). Summe, Sockel und Obergrenze müssen ganzzahlige Vielfache der Einheit sein.&lt;/p&gt;&lt;h3&gt;Ergebnis je Gebiet&lt;/h3&gt;&lt;p&gt;&lt;i&gt;id&lt;/i&gt;, &lt;i&gt;target&lt;/i&gt;, &lt;i&gt;need_value&lt;/i&gt;, &lt;i&gt;need_weight&lt;/i&gt;, &lt;i&gt;weighted_need&lt;/i&gt; (Zielgruppe × Bedarfsgewicht), &lt;i&gt;share_pct&lt;/i&gt; (Anteil an der Summe der Gewichte in %), &lt;i&gt;amount_proportional&lt;/i&gt; (vor Sockel, Obergrenze und Rundung), &lt;i&gt;amount&lt;/i&gt;, &lt;i&gt;adjustment&lt;/i&gt; (floor oder cap: auf diese Grenze gesetzt), &lt;i&gt;difference&lt;/i&gt; (amount − amount_proportional: was Sockel, Obergrenze und Rundung geändert haben) und &lt;i&gt;flag&lt;/i&gt;. Das Protokoll zeigt die Summenprüfung und wie viele Gebiete auf Sockel oder Obergrenze gesetzt wurden. Die Parameter, die verwendeten Klassengewichte und das Datum werden mit dem Ergebnis gespeichert: in den Metadaten des Layers, wenn er geladen wird, und in einem Ausgabe-GeoPackage als Tabelle sozialplanung_allocation_recipe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="102"/>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="103"/>
        <source>Planning areas (or a table) with the target population and the need value, e.g. the result of the social index.</source>
        <translation>Planungsräume (oder eine Tabelle) mit Zielgruppe und Bedarfswert, z. B. das Ergebnis des Sozialindex.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="110"/>
        <source>Target population field</source>
        <translation>Feld Zielgruppe</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="112"/>
        <source>The population the total is meant for, e.g. residents aged 6–21. Must be 0 or more.</source>
        <translation>Die Bevölkerung, für die die Summe gedacht ist, z. B. Einwohner von 6 bis 21 Jahren. Muss 0 oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="114"/>
        <source>Need field (index class or value)</source>
        <translation>Bedarfsfeld (Indexklasse oder -wert)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="116"/>
        <source>Class (e.g. index_class) or value of the social index. NULL: need weight 0.</source>
        <translation>Klasse (z. B. index_class) oder Wert des Sozialindex. NULL: Bedarfsgewicht 0.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="118"/>
        <source>Need weight from</source>
        <translation>Bedarfsgewicht aus</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="119"/>
        <source>0 class weights: the need field holds a class, weighted by Class weights; 1 value as weight: the need value is the multiplier; 2 no need weight: target population only.</source>
        <translation>0 Klassengewichte: das Bedarfsfeld enthält eine Klasse, gewichtet mit den Klassengewichten; 1 Wert als Gewicht: der Bedarfswert ist der Faktor; 2 ohne Bedarfsgewicht: nur nach Zielgruppe.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="123"/>
        <source>class:weight pairs, e.g. 1:1, 2:1.25, 3:1.5, 4:2, or the weights of classes 1, 2, 3, ... in order, e.g. 1, 1.25, 1.5, 2. With decimal commas separate with semicolons.</source>
        <translation>Paare Klasse:Gewicht, z. B. 1:1, 2:1.25, 3:1.5, 4:2, oder die Gewichte der Klassen 1, 2, 3, ... der Reihe nach, z. B. 1, 1.25, 1.5, 2. Mit Dezimalkomma durch Semikolons trennen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="126"/>
        <source>Total to allocate</source>
        <translation>Zu verteilende Summe</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="128"/>
        <source>Euros, staff hours, places, ...: a whole multiple of the unit.</source>
        <translation>Euro, Personalstunden, Plätze, ...: ein ganzzahliges Vielfaches der Einheit.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="130"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="131"/>
        <source>Amounts are whole multiples of this, e.g. 100 for hundreds of euros, 1 for places.</source>
        <translation>Beträge sind ganzzahlige Vielfache davon, z. B. 100 für volle Hundert Euro, 1 für Plätze.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="133"/>
        <source>Floor per area</source>
        <translation>Sockel je Gebiet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="135"/>
        <source>Minimum amount per area (a whole multiple of the unit); 0: none.</source>
        <translation>Mindestbetrag je Gebiet (ganzzahliges Vielfaches der Einheit); 0: keiner.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="137"/>
        <source>Cap per area</source>
        <translation>Obergrenze je Gebiet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="139"/>
        <source>Maximum amount per area (a whole multiple of the unit); 0: no cap.</source>
        <translation>Höchstbetrag je Gebiet (ganzzahliges Vielfaches der Einheit); 0: keine Obergrenze.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="141"/>
        <source>Floor only for areas with a target population</source>
        <translation>Sockel nur für Gebiete mit Zielgruppe</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="144"/>
        <source>On: areas whose target population is 0 get no floor (and so nothing).</source>
        <translation>An: Gebiete ohne Zielgruppe (0) erhalten keinen Sockel (und damit nichts).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="219"/>
        <source>Area key</source>
        <translation>Gebietsschlüssel</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="287"/>
        <source>Target population</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="289"/>
        <source>Need value (index)</source>
        <translation>Bedarfswert (Index)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="291"/>
        <source>Need weight</source>
        <translation>Bedarfsgewicht</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="292"/>
        <source>Weighted need (target × need weight)</source>
        <translation>Gewichteter Bedarf (Zielgruppe × Bedarfsgewicht)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="293"/>
        <source>Share of weighted need (%)</source>
        <translation>Anteil am gewichteten Bedarf (%)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="294"/>
        <source>Proportional amount (before floor, cap, rounding)</source>
        <translation>Proportionaler Betrag (vor Sockel, Obergrenze, Rundung)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="296"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="298"/>
        <source>Held at floor / cap</source>
        <translation>Auf Sockel / Obergrenze gesetzt</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="299"/>
        <source>Change by floor, cap and rounding</source>
        <translation>Änderung durch Sockel, Obergrenze und Rundung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="301"/>
        <source>Flag</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="94"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{target_field}&apos;: feature {row} (area &apos;{key}&apos;) has no target population (NULL; areas without one in all: {n}). Enter 0 for areas without a target population, or fill in the count.</source>
        <translation>Layer '{layer}', Feld '{target_field}': Objekt {row} (Gebiet '{key}') hat keine Zielgruppe (NULL; Gebiete ohne Wert insgesamt: {n}). Tragen Sie für Gebiete ohne Zielgruppe 0 ein oder ergänzen Sie die Zahl.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="98"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{target_field}&apos;: feature {row} (area &apos;{key}&apos;) has the negative target population {value} (negative values in all: {n}). A population cannot be negative: correct the value, or enter 0.</source>
        <translation>Layer '{layer}', Feld '{target_field}': Objekt {row} (Gebiet '{key}') hat die negative Zielgruppe {value} (negative Werte insgesamt: {n}). Eine Bevölkerungszahl kann nicht negativ sein: korrigieren Sie den Wert oder tragen Sie 0 ein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="102"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{need_field}&apos;: feature {row} (area &apos;{key}&apos;) has the need value {value}, below 0 (such values in all: {n}). With &apos;{value_mode}&apos; the value itself is the multiplier and must be 0 or more. For index values that can be negative (such as z-scores) use the index classes with &apos;{class_mode}&apos;.</source>
        <translation>Layer '{layer}', Feld '{need_field}': Objekt {row} (Gebiet '{key}') hat den Bedarfswert {value}, kleiner als 0 (solche Werte insgesamt: {n}). Bei '{value_mode}' ist der Wert selbst der Faktor und muss 0 oder mehr sein. Für Indexwerte, die negativ sein können (etwa z-Werte), verwenden Sie die Indexklassen mit '{class_mode}'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="107"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{need_field}&apos;: feature {row} (area &apos;{key}&apos;) has the need weight {value}, below 0. Need weights must be 0 or more.</source>
        <translation>Layer '{layer}', Feld '{need_field}': Objekt {row} (Gebiet '{key}') hat das Bedarfsgewicht {value}, kleiner als 0. Bedarfsgewichte müssen 0 oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="110"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{need_field}&apos;: feature {row} (area &apos;{key}&apos;) has the need value {value}, which is not a whole-number class (such values in all: {n}). With &apos;{class_mode}&apos; the need field must hold classes such as 1, 2, 3, 4 (e.g. index_class); for an index value choose &apos;{value_mode}&apos;.</source>
        <translation>Layer '{layer}', Feld '{need_field}': Objekt {row} (Gebiet '{key}') hat den Bedarfswert {value}, der keine ganzzahlige Klasse ist (solche Werte insgesamt: {n}). Bei '{class_mode}' muss das Bedarfsfeld Klassen wie 1, 2, 3, 4 enthalten (z. B. index_class); für einen Indexwert wählen Sie '{value_mode}'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="115"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{need_field}&apos;: class {cls} occurs (areas: {n}, the first is feature {row}, area &apos;{key}&apos;), but the class weights give no weight for it (classes with a weight: {classes}). Add a weight for class {cls} to the class weights, e.g. &apos;{cls}:1&apos;.</source>
        <translation>Layer '{layer}', Feld '{need_field}': Klasse {cls} kommt vor (Gebiete: {n}, das erste ist Objekt {row}, Gebiet '{key}'), aber die Klassengewichte nennen für sie kein Gewicht (Klassen mit Gewicht: {classes}). Ergänzen Sie ein Gewicht für Klasse {cls} in den Klassengewichten, z. B. '{cls}:1'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="119"/>
        <source>The class weights are empty. Enter a weight per class, e.g. &apos;1:1, 2:1.25, 3:1.5, 4:2&apos;, or choose another need weight than &apos;{class_mode}&apos;.</source>
        <translation>Die Klassengewichte sind leer. Geben Sie ein Gewicht je Klasse ein, z. B. '1:1, 2:1.25, 3:1.5, 4:2', oder wählen Sie ein anderes Bedarfsgewicht als '{class_mode}'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="122"/>
        <source>The class weights &apos;{text}&apos; cannot be read at &apos;{piece}&apos;. Write class:weight pairs separated by commas, e.g. &apos;1:1, 2:1.25, 3:1.5, 4:2&apos;, or the weights of classes 1, 2, 3, ... in order, e.g. &apos;1, 1.25, 1.5, 2&apos;. Use a point as decimal separator, or separate the pairs with semicolons (&apos;1:1; 2:1,25&apos;).</source>
        <translation>Die Klassengewichte '{text}' sind bei '{piece}' nicht lesbar. Schreiben Sie Paare Klasse:Gewicht, durch Kommas getrennt, z. B. '1:1, 2:1.25, 3:1.5, 4:2', oder die Gewichte der Klassen 1, 2, 3, ... der Reihe nach, z. B. '1, 1.25, 1.5, 2'. Verwenden Sie den Punkt als Dezimaltrennzeichen oder trennen Sie die Paare durch Semikolons ('1:1; 2:1,25').</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="127"/>
        <source>The class weights &apos;{text}&apos; give class {cls} more than one weight. Give each class one weight.</source>
        <translation>Die Klassengewichte '{text}' nennen für Klasse {cls} mehr als ein Gewicht. Geben Sie jeder Klasse ein Gewicht.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="129"/>
        <source>The class weights give class {cls} the negative weight {weight}. Weights must be 0 or more.</source>
        <translation>Die Klassengewichte geben Klasse {cls} das negative Gewicht {weight}. Gewichte müssen 0 oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="131"/>
        <source>The total to allocate must be greater than 0 (it is {total}).</source>
        <translation>Die zu verteilende Summe muss größer als 0 sein (sie ist {total}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="132"/>
        <source>The unit must be greater than 0 (it is {unit}).</source>
        <translation>Die Einheit muss größer als 0 sein (sie ist {unit}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="133"/>
        <source>The cap must be greater than 0, or 0 for no cap (it is {cap}).</source>
        <translation>Die Obergrenze muss größer als 0 sein, oder 0 für keine Obergrenze (sie ist {cap}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="134"/>
        <source>The floor must be 0 or more (it is {floor}).</source>
        <translation>Der Sockel muss 0 oder mehr sein (er ist {floor}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="135"/>
        <source>The total {total} is not a whole multiple of the unit {unit}, so it cannot be shared out in whole units. Change the total or the unit (e.g. unit 1).</source>
        <translation>Die Summe {total} ist kein ganzzahliges Vielfaches der Einheit {unit} und lässt sich daher nicht in ganzen Einheiten verteilen. Ändern Sie die Summe oder die Einheit (z. B. Einheit 1).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="138"/>
        <source>The floor {floor} is not a whole multiple of the unit {unit}. Choose a floor in whole units.</source>
        <translation>Der Sockel {floor} ist kein ganzzahliges Vielfaches der Einheit {unit}. Wählen Sie einen Sockel in ganzen Einheiten.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="140"/>
        <source>The cap {cap} is not a whole multiple of the unit {unit}. Choose a cap in whole units.</source>
        <translation>Die Obergrenze {cap} ist kein ganzzahliges Vielfaches der Einheit {unit}. Wählen Sie eine Obergrenze in ganzen Einheiten.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="142"/>
        <source>The floor {floor} is above the cap {cap}. The floor must not exceed the cap.</source>
        <translation>Der Sockel {floor} liegt über der Obergrenze {cap}. Der Sockel darf die Obergrenze nicht überschreiten.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="143"/>
        <source>Layer '{layer}': the floors cannot be met: {n} areas × floor {floor} = {needed}, more than the total {total}. Lower the floor or raise the total.</source>
        <translation>Layer '{layer}': die Sockel sind nicht einzuhalten: {n} Gebiete × Sockel {floor} = {needed}, mehr als die Summe {total}. Senken Sie den Sockel oder erhöhen Sie die Summe.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="146"/>
        <source>Layer &apos;{layer}&apos;: the cap cannot be met: the {n} areas with a weight above 0 can receive at most {capacity} (cap {cap} each, plus the floors of the others), less than the total {total}. Raise the cap or lower the total.</source>
        <translation>Layer '{layer}': die Obergrenze ist nicht einzuhalten: die {n} Gebiete mit einem Gewicht über 0 können höchstens {capacity} erhalten (je Obergrenze {cap}, dazu die Sockel der übrigen), weniger als die Summe {total}. Erhöhen Sie die Obergrenze oder senken Sie die Summe.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="150"/>
        <source>Layer '{layer}': all {n} areas have weight 0 (target population × need weight; {no_need} without a need value), so there is nothing to share in proportion to. Check the fields '{target_field}' and '{need_field}' and the class weights.</source>
        <translation>Layer '{layer}': alle {n} Gebiete haben das Gewicht 0 (Zielgruppe × Bedarfsgewicht; {no_need} ohne Bedarfswert), es gibt also nichts, wonach verteilt werden kann. Prüfen Sie die Felder '{target_field}' und '{need_field}' und die Klassengewichte.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="154"/>
        <source>Layer '{layer}': target population × need weight is too large to add up. Check the fields '{target_field}' and '{need_field}'.</source>
        <translation>Layer '{layer}': Zielgruppe × Bedarfsgewicht ist zu groß, um es aufzusummieren. Prüfen Sie die Felder '{target_field}' und '{need_field}'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="157"/>
        <source>Layer &apos;{layer}&apos; has no features: there are no areas to allocate to.</source>
        <translation>Layer '{layer}' hat keine Objekte: es gibt keine Gebiete, auf die verteilt werden kann.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="59"/>
        <source>budget,allocation,need,Mittelverteilung,Budget,Bedarf,Verteilungsschlüssel,Ungleiches ungleich behandeln,largest remainder,Hamilton</source>
        <translation>budget,allocation,need,Mittelverteilung,Budget,Bedarf,Verteilungsschlüssel,Ungleiches ungleich behandeln,largest remainder,Hamilton,Mittelvergabe,Bedarfsgerecht,Restgrößenverfahren,Hare-Niemeyer</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="146"/>
        <source>Allocation</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="154"/>
        <source>Choose the field with the target population.</source>
        <translation>Wählen Sie das Feld mit der Zielgruppe.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="272"/>
        <source>Internal error: the amounts do not add up to the total.</source>
        <translation>Interner Fehler: die Beträge ergeben nicht die Summe.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="253"/>
        <source>Allocating {total} in units of {unit} ({units} units) to {n} areas; need weight: {mode}.</source>
        <translation>Verteile {total} in Einheiten von {unit} ({units} Einheiten) auf {n} Gebiete; Bedarfsgewicht: {mode}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="269"/>
        <source>Sum check: the amounts add up to {sum} ({units} units); the total is {total}.</source>
        <translation>Summenprüfung: die Beträge ergeben {sum} ({units} Einheiten); die Summe ist {total}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="236"/>
        <source>The need field &apos;{field}&apos; is not used: the need weight is &apos;{mode}&apos;.</source>
        <translation>Das Bedarfsfeld '{field}' wird nicht verwendet: das Bedarfsgewicht ist '{mode}'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="157"/>
        <source>The need weight &apos;{mode}&apos; needs the need field. Choose the field with the index class or value, or choose &apos;{none}&apos;.</source>
        <translation>Das Bedarfsgewicht '{mode}' braucht das Bedarfsfeld. Wählen Sie das Feld mit der Indexklasse oder dem Indexwert oder wählen Sie '{none}'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="257"/>
        <source>Class weights used: {weights}.</source>
        <translation>Verwendete Klassengewichte: {weights}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="262"/>
        <source>Areas without a need value (NULL, e.g. not rated in the social index) get need weight 0 and nothing but the floor: {n} (keys: {keys}).</source>
        <translation>Gebiete ohne Bedarfswert (NULL, z. B. im Sozialindex nicht bewertet) erhalten das Bedarfsgewicht 0 und nur den Sockel: {n} (Schlüssel: {keys}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="267"/>
        <source>Areas with target population 0: {n}.</source>
        <translation>Gebiete mit Zielgruppe 0: {n}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="274"/>
        <source>Areas held at the floor of {floor}: {n}.</source>
        <translation>Gebiete auf dem Sockel von {floor}: {n}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="276"/>
        <source>Areas held at the cap of {cap}: {n}.</source>
        <translation>Gebiete auf der Obergrenze von {cap}: {n}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="219"/>
        <source>Need-based allocation: amount ≈ total × target · need weight / Σ target · need weight, floor and cap by water-filling, whole units by the largest-remainder method.</source>
        <translation>Bedarfsgerechte Verteilung: Betrag ≈ Summe × Zielgruppe · Bedarfsgewicht / Σ Zielgruppe · Bedarfsgewicht, Sockel und Obergrenze durch Auffüllen (water-filling), ganze Einheiten nach dem Verfahren der größten Reste.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="55"/>
        <source>&lt;h3&gt;Direction&lt;/h3&gt;&lt;p&gt;A higher index means more need (disadvantage): list the fields where a higher value is better (e.g. the share of residents with a job) under &lt;i&gt;Fields where higher is better&lt;/i&gt;; they are turned round. Rank 1 is the area with the highest index.&lt;/p&gt;&lt;h3&gt;Who is rated&lt;/h3&gt;&lt;p&gt;Areas below the &lt;i&gt;minimum population&lt;/i&gt;, areas left out by key or expression (outliers) and — unless filled in — areas with a NULL indicator are &lt;b&gt;not rated&lt;/b&gt;: they stay in the result with the label 'not rated' and take no part in means and standard deviations.&lt;/p&gt;&lt;h3&gt;Normalisation&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;0 z-score with the population SD (divide by n; reproduces Berlin's published MSS), 1 with the sample SD (n − 1)&lt;/li&gt;&lt;li&gt;2 min-max 0–100&lt;/li&gt;&lt;li&gt;3 rank (1 = lowest, ties share the mean rank)&lt;/li&gt;&lt;li&gt;4 percentile rank 0–100&lt;/li&gt;&lt;li&gt;5 distance to a reference value (deviation in %) or goalposts low:high (position 0–100)&lt;/li&gt;&lt;li&gt;6 none&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Aggregation&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;0 weighted sum, 1 weighted mean&lt;/li&gt;&lt;li&gt;2 geometric mean: needs values &gt;= 0 — a 0 in one indicator gives 0 (no compensation), negative values (z-scores) are an error: normalise with min-max, rank or percentile rank&lt;/li&gt;&lt;li&gt;3 minimum, 4 maximum&lt;/li&gt;&lt;li&gt;5 number of indicators at or beyond the threshold (number of burdens)&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Classes&lt;/h3&gt;&lt;p&gt;Class 1 holds the lowest index values. Standard-deviation breaks are multiples of the SD from the mean (MSS: -1,1,1.5 with the labels hoch,mittel,niedrig,sehr niedrig for the social status); a value exactly on a break goes towards the mean, as in the MSS.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Richtung&lt;/h3&gt;&lt;p&gt;Ein höherer Index bedeutet mehr Bedarf (Benachteiligung): Tragen Sie die Felder, bei denen höhere Werte besser sind (z. B. der Anteil der Erwerbstätigen), unter &lt;i&gt;Felder, bei denen höhere Werte besser sind&lt;/i&gt; ein; sie werden umgekehrt. Rang 1 hat das Gebiet mit dem höchsten Index.&lt;/p&gt;&lt;h3&gt;Welche Gebiete bewertet werden&lt;/h3&gt;&lt;p&gt;Gebiete unter der &lt;i&gt;Mindesteinwohnerzahl&lt;/i&gt;, über Schlüssel oder Ausdruck ausgeschlossene Gebiete (Ausreißer) und – sofern nicht aufgefüllt – Gebiete mit einer NULL-Kennzahl werden &lt;b&gt;nicht bewertet&lt;/b&gt;: Sie bleiben mit der Bezeichnung 'nicht bewertet' im Ergebnis und gehen nicht in Mittelwerte und Standardabweichungen ein.&lt;/p&gt;&lt;h3&gt;Normalisierung&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;0 z-Wert mit der Standardabweichung (SD) der Grundgesamtheit (Division durch n; reproduziert das veröffentlichte Berliner MSS), 1 mit der Stichproben-SD (n − 1)&lt;/li&gt;&lt;li&gt;2 Min-Max 0–100&lt;/li&gt;&lt;li&gt;3 Rang (1 = niedrigster Wert, gleiche Werte erhalten den mittleren Rang)&lt;/li&gt;&lt;li&gt;4 Perzentilrang 0–100&lt;/li&gt;&lt;li&gt;5 Abstand zu einem Referenzwert (Abweichung in %) oder Eckwerte unten:oben (Lage 0–100)&lt;/li&gt;&lt;li&gt;6 keine&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Aggregation&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;0 gewichtete Summe, 1 gewichteter Mittelwert&lt;/li&gt;&lt;li&gt;2 geometrisches Mittel: braucht Werte &gt;= 0 – eine 0 in einer Kennzahl ergibt 0 (keine Kompensation), negative Werte (z-Werte) sind ein Fehler: Normalisieren Sie mit Min-Max, Rang oder Perzentilrang&lt;/li&gt;&lt;li&gt;3 Minimum, 4 Maximum&lt;/li&gt;&lt;li&gt;5 Anzahl der Kennzahlen auf oder über dem Schwellenwert (Anzahl der Belastungen)&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Klassen&lt;/h3&gt;&lt;p&gt;Klasse 1 enthält die niedrigsten Indexwerte. Klassengrenzen nach Standardabweichung sind Vielfache der SD vom Mittelwert (MSS: -1,1,1.5 mit den Bezeichnungen hoch,mittel,niedrig,sehr niedrig für den sozialen Status); ein Wert genau auf einer Klassengrenze kommt wie im MSS in die Klasse zur Mitte hin.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/composite_index.py" line="23"/>
        <source>Compose a social index</source>
        <translation>Sozialindex bilden</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/composite_index.py" line="26"/>
        <source>Sozialindex,Armutsindex,composite indicator,z-score,MSS,Sozialmonitoring,Klassen,ranking</source>
        <translation>Sozialindex,Armutsindex,composite indicator,z-score,MSS,Sozialmonitoring,Klassen,ranking,zusammengesetzter Indikator,z-Wert,Rangfolge,Ranking,Klassenbildung,Normalisierung,Gewichtung,Monitoring Soziale Stadtentwicklung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/composite_index.py" line="30"/>
        <source>&lt;p&gt;Combines several indicators per area into one social index (Sozialindex, Armutsindex), ranks the areas and divides them into classes — following the OECD/JRC Handbook on Constructing Composite Indicators. The result keeps the input's fields and adds the normalised indicators (&lt;i&gt;&amp;lt;field&amp;gt;_norm&lt;/i&gt;), &lt;i&gt;aggregate&lt;/i&gt; (before re-standardisation), &lt;i&gt;aggregate_std&lt;/i&gt; (after it), &lt;i&gt;index&lt;/i&gt;, &lt;i&gt;index_rank&lt;/i&gt;, &lt;i&gt;index_class&lt;/i&gt; (1 = first class), &lt;i&gt;index_label&lt;/i&gt;, &lt;i&gt;rated&lt;/i&gt; (1/0) and &lt;i&gt;index_flag&lt;/i&gt; (why not rated, or what was filled in).&lt;/p&gt;&lt;p&gt;The log reports the correlation matrix of the indicators, Cronbach's alpha, the variance the first principal component explains and the number of areas per class. All settings, the weights and breaks used, the plugin version and the date are stored with a GeoPackage result (table sozialplanung_index_recipe).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fasst mehrere Kennzahlen je Gebiet zu einem Sozialindex (Armutsindex) zusammen, bildet eine Rangfolge der Gebiete und teilt sie in Klassen ein – nach dem Handbuch der OECD und des JRC zur Bildung zusammengesetzter Indikatoren (Handbook on Constructing Composite Indicators). Das Ergebnis behält die Felder der Eingabe und ergänzt die normalisierten Kennzahlen (&lt;i&gt;&amp;lt;Feld&amp;gt;_norm&lt;/i&gt;), &lt;i&gt;aggregate&lt;/i&gt; (vor der erneuten Standardisierung), &lt;i&gt;aggregate_std&lt;/i&gt; (danach), &lt;i&gt;index&lt;/i&gt;, &lt;i&gt;index_rank&lt;/i&gt;, &lt;i&gt;index_class&lt;/i&gt; (1 = erste Klasse), &lt;i&gt;index_label&lt;/i&gt;, &lt;i&gt;rated&lt;/i&gt; (1/0) und &lt;i&gt;index_flag&lt;/i&gt; (warum nicht bewertet oder was aufgefüllt wurde).&lt;/p&gt;&lt;p&gt;Das Protokoll zeigt die Korrelationsmatrix der Kennzahlen, Cronbachs Alpha, den Varianzanteil, den die erste Hauptkomponente erklärt, und die Anzahl der Gebiete je Klasse. Alle Einstellungen, die verwendeten Gewichte und Klassengrenzen, die Plugin-Version und das Datum werden mit einem GeoPackage-Ergebnis gespeichert (Tabelle sozialplanung_index_recipe).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="164"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/composite_index.py" line="74"/>
        <source>{field} (normalised)</source>
        <translation>{field} (normalisiert)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/composite_index.py" line="76"/>
        <source>Aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/composite_index.py" line="77"/>
        <source>Aggregate, standardised again</source>
        <translation>Aggregat, erneut standardisiert</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="150"/>
        <source>Rank (1 = most need)</source>
        <translation>Rang (1 = höchster Bedarf)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_pages.py" line="178"/>
        <source>Index class</source>
        <translation>Indexklasse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="154"/>
        <source>Index class (label)</source>
        <translation>Indexklasse (Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="187"/>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="188"/>
        <source>Index flag</source>
        <translation>Index-Kennzeichen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="361"/>
        <source>An indicator field is chosen twice.</source>
        <translation>Ein Kennzahlfeld ist doppelt ausgewählt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="366"/>
        <source>&apos;{field}&apos; is listed under &apos;Fields where higher is better&apos; but is not one of the indicator fields.</source>
        <translation>'{field}' steht unter 'Felder, bei denen höhere Werte besser sind', ist aber keines der Kennzahlfelder.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="37"/>
        <source>Sensitivity of a social index</source>
        <translation>Sensitivität eines Sozialindex</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="40"/>
        <source>Sensitivität,Robustheit,Monte Carlo,uncertainty,ranking,JRC,Sozialindex</source>
        <translation>Sensitivität,Robustheit,Monte Carlo,uncertainty,ranking,JRC,Sozialindex,Sensitivitätsanalyse,Unsicherheit,Rangfolge,Ranking,Stabilität,Monte-Carlo-Simulation</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="43"/>
        <source>&lt;p&gt;How robust is the ranking of a social index? The index is computed as in &lt;i&gt;Compose a social index&lt;/i&gt; (same parameters) and then again in many Monte Carlo runs with changed choices, as the EU's Joint Research Centre audits composite indicators:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;normalisation&lt;/b&gt;: z-score, min-max, rank or percentile rank, drawn at random&lt;/li&gt;&lt;li&gt;&lt;b&gt;weights&lt;/b&gt;: each weight changed at random within ± the given percentage, or drawn from a Dirichlet distribution around the chosen weights (larger concentration = closer)&lt;/li&gt;&lt;li&gt;&lt;b&gt;aggregation&lt;/b&gt;: arithmetic or geometric mean (the geometric mean over values rescaled to 1–100, so that it is defined for every normalisation)&lt;/li&gt;&lt;li&gt;&lt;b&gt;one indicator left out&lt;/b&gt; (or none)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Per area: &lt;i&gt;rank_median&lt;/i&gt;, &lt;i&gt;rank_p05&lt;/i&gt; and &lt;i&gt;rank_p95&lt;/i&gt; (90 % of the runs lie between), &lt;i&gt;class_share&lt;/i&gt; (share of runs in which the area keeps its class; SD and quantile classes are made anew in each run, natural breaks keep their class sizes) and &lt;i&gt;class_unstable&lt;/i&gt; (1 when that share is below the stability threshold). The log names the choice that moves the ranking most (first-order effect: the share of the variance of the mean rank shift that the choice explains alone). Runs are seeded: the same seed gives the same result.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie robust ist die Rangfolge eines Sozialindex? Der Index wird wie in &lt;i&gt;Sozialindex bilden&lt;/i&gt; berechnet (gleiche Parameter) und dann in vielen Monte-Carlo-Durchläufen mit veränderten Festlegungen erneut – so, wie die Gemeinsame Forschungsstelle (JRC) der EU zusammengesetzte Indikatoren prüft:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Normalisierung&lt;/b&gt;: z-Wert, Min-Max, Rang oder Perzentilrang, zufällig gezogen&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gewichte&lt;/b&gt;: jedes Gewicht zufällig innerhalb von ± dem angegebenen Prozentsatz verändert oder aus einer Dirichlet-Verteilung um die gewählten Gewichte gezogen (größere Konzentration = näher daran)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aggregation&lt;/b&gt;: arithmetisches oder geometrisches Mittel (das geometrische Mittel über auf 1–100 umskalierte Werte, damit es für jede Normalisierung definiert ist)&lt;/li&gt;&lt;li&gt;&lt;b&gt;eine Kennzahl weggelassen&lt;/b&gt; (oder keine)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Je Gebiet: &lt;i&gt;rank_median&lt;/i&gt;, &lt;i&gt;rank_p05&lt;/i&gt; und &lt;i&gt;rank_p95&lt;/i&gt; (dazwischen liegen 90 % der Durchläufe), &lt;i&gt;class_share&lt;/i&gt; (Anteil der Durchläufe, in denen das Gebiet seine Klasse behält; Klassen nach Standardabweichung und Quantilen werden in jedem Durchlauf neu gebildet, natürliche Klassengrenzen behalten ihre Klassengrößen) und &lt;i&gt;class_unstable&lt;/i&gt; (1, wenn dieser Anteil unter der Stabilitätsschwelle liegt). Das Protokoll nennt die Festlegung, die die Rangfolge am stärksten verändert (Effekt erster Ordnung: der Anteil der Varianz der mittleren Rangverschiebung, den die Festlegung allein erklärt). Die Durchläufe hängen von einem Startwert des Zufallsgenerators ab: Derselbe Startwert ergibt dasselbe Ergebnis.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="65"/>
        <source>Vary the normalisation</source>
        <translation>Normalisierung variieren</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="66"/>
        <source>Draw z-score, min-max, rank or percentile rank in each run.</source>
        <translation>In jedem Durchlauf z-Wert, Min-Max, Rang oder Perzentilrang zufällig ziehen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="68"/>
        <source>Vary the weights</source>
        <translation>Gewichte variieren</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="68"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="68"/>
        <source>Within ± a percentage</source>
        <translation>Innerhalb von ± einem Prozentsatz</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="68"/>
        <source>Dirichlet around the weights</source>
        <translation>Dirichlet-Verteilung um die Gewichte</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="71"/>
        <source>How weights change from run to run.</source>
        <translation>Wie sich die Gewichte von Durchlauf zu Durchlauf ändern.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="73"/>
        <source>Weight range (± %)</source>
        <translation>Schwankungsbreite der Gewichte (± %)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="76"/>
        <source>Each weight is multiplied by 1 + a random share within ± this percentage.</source>
        <translation>Jedes Gewicht wird mit 1 + einem zufälligen Anteil innerhalb von ± diesem Prozentsatz multipliziert.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="78"/>
        <source>Dirichlet concentration</source>
        <translation>Dirichlet-Konzentration</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="80"/>
        <source>Larger values keep the drawn weights closer to the chosen ones.</source>
        <translation>Größere Werte halten die gezogenen Gewichte näher an den gewählten.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="82"/>
        <source>Vary the aggregation</source>
        <translation>Aggregation variieren</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="83"/>
        <source>Draw the arithmetic or the geometric mean in each run.</source>
        <translation>In jedem Durchlauf das arithmetische oder das geometrische Mittel zufällig ziehen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="85"/>
        <source>Leave one indicator out</source>
        <translation>Eine Kennzahl weglassen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="86"/>
        <source>Each run leaves out one indicator or none, drawn at random.</source>
        <translation>Jeder Durchlauf lässt eine zufällig gezogene Kennzahl weg oder keine.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="88"/>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="90"/>
        <source>Number of Monte Carlo runs.</source>
        <translation>Anzahl der Monte-Carlo-Durchläufe.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="92"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="94"/>
        <source>The same seed gives the same result.</source>
        <translation>Derselbe Startwert ergibt dasselbe Ergebnis.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="96"/>
        <source>Stability threshold</source>
        <translation>Stabilitätsschwelle</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="98"/>
        <source>An area whose class is kept in fewer than this share of the runs is flagged unstable.</source>
        <translation>Ein Gebiet, das seine Klasse in einem kleineren Anteil der Durchläufe behält, wird als instabil gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="100"/>
        <source>Index sensitivity</source>
        <translation>Sensitivität des Index</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="140"/>
        <source>First-order effects on the mean rank shift ({runs} runs), largest first:</source>
        <translation>Effekte erster Ordnung auf die mittlere Rangverschiebung ({runs} Durchläufe), größter zuerst:</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="142"/>
        <source>The choice that moves the ranking most: {choice}.</source>
        <translation>Die Festlegung, die die Rangfolge am stärksten verändert: {choice}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="144"/>
        <source>{n} of {m} rated areas change their class in more than {p:.0f} % of the runs.</source>
        <translation>{n} von {m} bewerteten Gebieten wechseln in mehr als {p:.0f} % der Durchläufe ihre Klasse.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="158"/>
        <source>Median rank</source>
        <translation>Rang (Median)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="159"/>
        <source>Rank, 5 % of runs</source>
        <translation>Rang, 5 % der Durchläufe</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="160"/>
        <source>Rank, 95 % of runs</source>
        <translation>Rang, 95 % der Durchläufe</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="161"/>
        <source>Share of runs in the same class</source>
        <translation>Anteil der Durchläufe in derselben Klasse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/index_sensitivity.py" line="162"/>
        <source>Class unstable</source>
        <translation>Klasse instabil</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="37"/>
        <source>Status and dynamics index (MSS method)</source>
        <translation>Status- und Dynamikindex (MSS-Verfahren)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="40"/>
        <source>MSS,Monitoring Soziale Stadtentwicklung,Statusindex,Dynamikindex,Gesamtindex,Sozialmonitoring,Berlin</source>
        <translation>MSS,Monitoring Soziale Stadtentwicklung,Statusindex,Dynamikindex,Gesamtindex,Sozialmonitoring,Berlin,Sozialindex,Stadtentwicklung,Statusklasse,Dynamikklasse,z-Wert,Klassen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="44"/>
        <source>&lt;p&gt;The method of Berlin's &lt;b&gt;Monitoring Soziale Stadtentwicklung&lt;/b&gt; (MSS) in one step. Status indicators (shares at the reference date, e.g. SGB-II-Quote, Arbeitslosigkeit, Kinderarmut) and dynamics indicators (their change over two years in percentage points, from &lt;i&gt;Change of indicators over time&lt;/i&gt;) are each z-standardised over the rated areas (simple mean, population standard deviation), summed with equal weights, and the sums standardised again.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Status index&lt;/b&gt; classes: 1 hoch (x &amp;lt; −1), 2 mittel (−1 ≤ x ≤ +1), 3 niedrig (+1 &amp;lt; x ≤ +1.5), 4 sehr niedrig (x &amp;gt; +1.5). &lt;b&gt;Dynamics index&lt;/b&gt; classes: 1 positiv (x &amp;lt; −1), 2 stabil (−1 ≤ x ≤ +1), 3 negativ (x &amp;gt; +1). A higher value means more disadvantage, or a worsening. Combined: &lt;i&gt;sdi&lt;/i&gt; such as '2+/-' (status mittel, dynamics stabil) and &lt;i&gt;sdi_code&lt;/i&gt; = 10 × status + dynamics (22).&lt;/p&gt;&lt;p&gt;Areas with fewer than 300 residents and named outliers are &lt;b&gt;not rated&lt;/b&gt; (kept, label 'not rated'). These defaults reproduce the published MSS 2013–2021 tables exactly: the population SD (divide by n) gives the published z-values, the sample SD would move areas into other classes.&lt;/p&gt;&lt;p&gt;Result: the input's fields plus &lt;i&gt;&amp;lt;field&amp;gt;_z&lt;/i&gt;, &lt;i&gt;status_sum&lt;/i&gt;, &lt;i&gt;status_index&lt;/i&gt;, &lt;i&gt;status_class&lt;/i&gt;, &lt;i&gt;status_label&lt;/i&gt;, &lt;i&gt;dynamics_sum&lt;/i&gt;, &lt;i&gt;dynamics_index&lt;/i&gt;, &lt;i&gt;dynamics_class&lt;/i&gt;, &lt;i&gt;dynamics_label&lt;/i&gt;, &lt;i&gt;sdi&lt;/i&gt;, &lt;i&gt;sdi_code&lt;/i&gt;, &lt;i&gt;rated&lt;/i&gt;, &lt;i&gt;index_flag&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Verfahren des Berliner &lt;b&gt;Monitoring Soziale Stadtentwicklung&lt;/b&gt; (MSS) in einem Schritt. Statusindikatoren (Anteile zum Stichtag, z. B. SGB-II-Quote, Arbeitslosigkeit, Kinderarmut) und Dynamikindikatoren (ihre Veränderung über zwei Jahre in Prozentpunkten, aus &lt;i&gt;Veränderung von Kennzahlen über die Zeit&lt;/i&gt;) werden jeweils über die bewerteten Gebiete z-standardisiert (einfacher Mittelwert, Standardabweichung der Grundgesamtheit), mit gleichen Gewichten summiert, und die Summen werden erneut standardisiert.&lt;/p&gt;&lt;p&gt;Klassen des &lt;b&gt;Statusindex&lt;/b&gt;: 1 hoch (x &amp;lt; −1), 2 mittel (−1 ≤ x ≤ +1), 3 niedrig (+1 &amp;lt; x ≤ +1,5), 4 sehr niedrig (x &amp;gt; +1,5). Klassen des &lt;b&gt;Dynamikindex&lt;/b&gt;: 1 positiv (x &amp;lt; −1), 2 stabil (−1 ≤ x ≤ +1), 3 negativ (x &amp;gt; +1). Ein höherer Wert bedeutet mehr Benachteiligung bzw. eine Verschlechterung. Kombiniert: &lt;i&gt;sdi&lt;/i&gt;, etwa '2+/-' (Status mittel, Dynamik stabil), und &lt;i&gt;sdi_code&lt;/i&gt; = 10 × Status + Dynamik (22).&lt;/p&gt;&lt;p&gt;Gebiete mit weniger als 300 Einwohnern und benannte Ausreißer werden &lt;b&gt;nicht bewertet&lt;/b&gt; (sie bleiben erhalten, Bezeichnung 'nicht bewertet'). Diese Voreinstellungen reproduzieren die veröffentlichten MSS-Tabellen 2013–2021 exakt: Die SD der Grundgesamtheit (Division durch n) ergibt die veröffentlichten z-Werte, die Stichproben-SD würde Gebiete in andere Klassen verschieben.&lt;/p&gt;&lt;p&gt;Ergebnis: die Felder der Eingabe sowie &lt;i&gt;&amp;lt;Feld&amp;gt;_z&lt;/i&gt;, &lt;i&gt;status_sum&lt;/i&gt;, &lt;i&gt;status_index&lt;/i&gt;, &lt;i&gt;status_class&lt;/i&gt;, &lt;i&gt;status_label&lt;/i&gt;, &lt;i&gt;dynamics_sum&lt;/i&gt;, &lt;i&gt;dynamics_index&lt;/i&gt;, &lt;i&gt;dynamics_class&lt;/i&gt;, &lt;i&gt;dynamics_label&lt;/i&gt;, &lt;i&gt;sdi&lt;/i&gt;, &lt;i&gt;sdi_code&lt;/i&gt;, &lt;i&gt;rated&lt;/i&gt;, &lt;i&gt;index_flag&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="65"/>
        <source>Status indicators</source>
        <translation>Statusindikatoren</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="67"/>
        <source>Levels at the reference date, e.g. arbeitslose_anteil, transfer_anteil, kinderarmut.</source>
        <translation>Werte zum Stichtag, z. B. arbeitslose_anteil, transfer_anteil, kinderarmut.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="69"/>
        <source>Dynamics indicators</source>
        <translation>Dynamikindikatoren</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="71"/>
        <source>Change over two years in percentage points, e.g. sgb2_quote_abs_2023_2025.</source>
        <translation>Veränderung über zwei Jahre in Prozentpunkten, z. B. sgb2_quote_abs_2023_2025.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="144"/>
        <source>Fields where higher is better</source>
        <translation>Felder, bei denen höhere Werte besser sind</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="75"/>
        <source>Turned round so that higher always means more disadvantage (not needed for the MSS indicators).</source>
        <translation>Werden umgekehrt, sodass höhere Werte immer mehr Benachteiligung bedeuten (für die MSS-Indikatoren nicht nötig).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="78"/>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="78"/>
        <source>Population (divide by n, MSS)</source>
        <translation>Grundgesamtheit (Division durch n, MSS)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="78"/>
        <source>Sample (divide by n − 1)</source>
        <translation>Stichprobe (Division durch n − 1)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="81"/>
        <source>The published MSS results follow from the population standard deviation.</source>
        <translation>Die veröffentlichten MSS-Ergebnisse ergeben sich mit der Standardabweichung der Grundgesamtheit.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="83"/>
        <source>Status breaks (SD)</source>
        <translation>Klassengrenzen Status (SD)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="83"/>
        <source>Multiples of the SD; MSS: -1,1,1.5.</source>
        <translation>Vielfache der SD; MSS: -1,1,1.5.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="83"/>
        <source>Status labels</source>
        <translation>Klassenbezeichnungen Status</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="83"/>
        <source>high,medium,low,very low</source>
        <translation>hoch,mittel,niedrig,sehr niedrig</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="83"/>
        <source>One per class from the lowest index up (the highest social status first).</source>
        <translation>Eine je Klasse, vom niedrigsten Index aufwärts (der höchste soziale Status zuerst).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="83"/>
        <source>Dynamics breaks (SD)</source>
        <translation>Klassengrenzen Dynamik (SD)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="83"/>
        <source>Multiples of the SD; MSS: -1,1.</source>
        <translation>Vielfache der SD; MSS: -1,1.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="83"/>
        <source>Dynamics labels</source>
        <translation>Klassenbezeichnungen Dynamik</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="83"/>
        <source>positive,stable,negative</source>
        <translation>positiv,stabil,negativ</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="83"/>
        <source>One per class from the lowest index up (improving first).</source>
        <translation>Eine je Klasse, vom niedrigsten Index aufwärts (Verbesserung zuerst).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="196"/>
        <source>A value exactly on a break goes</source>
        <translation>Ein Wert genau auf einer Klassengrenze kommt</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="196"/>
        <source>Towards the mean (MSS)</source>
        <translation>In die Klasse zur Mitte hin (MSS)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="196"/>
        <source>Into the upper class</source>
        <translation>In die obere Klasse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="196"/>
        <source>Into the lower class</source>
        <translation>In die untere Klasse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="93"/>
        <source>MSS: the middle class includes both its limits (-1 &lt;= x &lt;= +1).</source>
        <translation>MSS: Die mittlere Klasse schließt beide Grenzen ein (-1 &lt;= x &lt;= +1).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="95"/>
        <source>Status and dynamics index</source>
        <translation>Status- und Dynamikindex</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="139"/>
        <source>Choose the status and the dynamics indicators.</source>
        <translation>Wählen Sie die Status- und die Dynamikindikatoren.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="177"/>
        <source>Status index</source>
        <translation>Statusindex</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="181"/>
        <source>Dynamics index</source>
        <translation>Dynamikindex</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="174"/>
        <source>{field} (z)</source>
        <translation>{field} (z)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="176"/>
        <source>Status sum</source>
        <translation>Statussumme</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="178"/>
        <source>Status class</source>
        <translation>Statusklasse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="179"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="180"/>
        <source>Dynamics sum</source>
        <translation>Dynamiksumme</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="182"/>
        <source>Dynamics class</source>
        <translation>Dynamikklasse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="183"/>
        <source>Dynamics</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="184"/>
        <source>Status/dynamics class</source>
        <translation>Status-/Dynamikklasse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="186"/>
        <source>Status/dynamics code</source>
        <translation>Status-/Dynamik-Code</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/status_dynamics_index.py" line="200"/>
        <source>{n} areas rated, {m} not rated.</source>
        <translation>{n} Gebiete bewertet, {m} nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="85"/>
        <source>Indicators per area</source>
        <translation>Kennzahlen je Gebiet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="86"/>
        <source>Layer or table with one row per area (Sozialraum, Planungsraum) and the indicator fields, e.g. the result of Compute social indicators.</source>
        <translation>Layer oder Tabelle mit einer Zeile je Gebiet (Sozialraum, Planungsraum) und den Kennzahlfeldern, z. B. das Ergebnis von 'Sozialindikatoren berechnen'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="98"/>
        <source>Residents per area. Areas with fewer than the minimum population are not rated.</source>
        <translation>Einwohnerzahl je Gebiet. Gebiete unter der Mindesteinwohnerzahl werden nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="103"/>
        <source>Areas with fewer residents are not rated: kept in the result with the label &apos;not rated&apos;, and left out of means and standard deviations (MSS: 300).</source>
        <translation>Gebiete mit weniger Einwohnern werden nicht bewertet: Sie bleiben mit der Bezeichnung 'nicht bewertet' im Ergebnis und gehen nicht in Mittelwerte und Standardabweichungen ein (MSS: 300).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="106"/>
        <source>Areas to leave out (keys, comma-separated)</source>
        <translation>Auszuschließende Gebiete (Schlüssel, kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="108"/>
        <source>Outliers such as a business park with few residents: not rated, kept in the result.</source>
        <translation>Ausreißer wie ein Gewerbegebiet mit wenigen Einwohnern: nicht bewertet, bleiben aber im Ergebnis.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="110"/>
        <source>Areas to leave out (expression)</source>
        <translation>Auszuschließende Gebiete (Ausdruck)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="112"/>
        <source>Areas for which this expression is true are not rated, e.g. &quot;typ&quot; = &apos;Gewerbe&apos;.</source>
        <translation>Gebiete, für die dieser Ausdruck wahr ist, werden nicht bewertet, z. B. &quot;typ&quot; = 'Gewerbe'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="114"/>
        <source>Missing values (NULL)</source>
        <translation>Fehlende Werte (NULL)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="114"/>
        <source>Do not rate the area</source>
        <translation>Gebiet nicht bewerten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="114"/>
        <source>Fill in the mean</source>
        <translation>Mittelwert einsetzen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="114"/>
        <source>Fill in the median</source>
        <translation>Median einsetzen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="117"/>
        <source>An area with a NULL indicator (e.g. suppressed) is not rated (flag missing:&lt;field&gt;), or the mean or median of the rated areas is filled in (flag imputed:&lt;field&gt;).</source>
        <translation>Ein Gebiet mit einer NULL-Kennzahl (z. B. geheim gehalten) wird nicht bewertet (Kennzeichen missing:&lt;field&gt;), oder es wird der Mittelwert bzw. Median der bewerteten Gebiete eingesetzt (Kennzeichen imputed:&lt;field&gt;).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="123"/>
        <source>z-score (population SD)</source>
        <translation>z-Wert (SD der Grundgesamtheit)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="123"/>
        <source>z-score (sample SD)</source>
        <translation>z-Wert (Stichproben-SD)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="123"/>
        <source>Min-max 0–100</source>
        <translation>Min-Max 0–100</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/profile_chart.py" line="104"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="124"/>
        <source>Percentile rank 0–100</source>
        <translation>Perzentilrang 0–100</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="124"/>
        <source>Distance to reference or goalposts</source>
        <translation>Abstand zu Referenzwert oder Eckwerten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="134"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="128"/>
        <source>Weighted sum</source>
        <translation>Gewichtete Summe</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="128"/>
        <source>Weighted mean</source>
        <translation>Gewichteter Mittelwert</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="128"/>
        <source>Geometric mean</source>
        <translation>Geometrisches Mittel</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="128"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="128"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="129"/>
        <source>Number of indicators at or beyond the threshold</source>
        <translation>Anzahl der Kennzahlen auf oder über dem Schwellenwert</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="133"/>
        <source>Standard-deviation breaks</source>
        <translation>Klassengrenzen nach Standardabweichung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="133"/>
        <source>Quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="133"/>
        <source>Equal intervals</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="133"/>
        <source>Fixed breaks</source>
        <translation>Feste Klassengrenzen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="134"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Klassengrenzen (Jenks)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="142"/>
        <source>The indicators to combine, e.g. sgb2_quote, arbeitslosenrelation, alleinerziehende_anteil.</source>
        <translation>Die zusammenzufassenden Kennzahlen, z. B. sgb2_quote, arbeitslosenrelation, alleinerziehende_anteil.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="146"/>
        <source>These are turned round, so that a higher index always means more need.</source>
        <translation>Diese werden umgekehrt, sodass ein höherer Index immer mehr Bedarf bedeutet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="148"/>
        <source>Weights (comma-separated, in field order)</source>
        <translation>Gewichte (kommagetrennt, in der Reihenfolge der Felder)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="149"/>
        <source>E.g. 2,1,1. Empty: equal weights.</source>
        <translation>Z. B. 2,1,1. Leer: gleiche Gewichte.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="151"/>
        <source>Weighting</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="151"/>
        <source>Given weights (or equal)</source>
        <translation>Angegebene Gewichte (oder gleiche)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="151"/>
        <source>First principal component</source>
        <translation>Erste Hauptkomponente</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="153"/>
        <source>Principal component: weights from the squared loadings of the first component; the log lists them.</source>
        <translation>Hauptkomponente: Gewichte aus den quadrierten Ladungen der ersten Komponente; das Protokoll führt sie auf.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="156"/>
        <source>Normalisation</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="157"/>
        <source>How indicators are made comparable before they are combined; statistics come from the rated areas.</source>
        <translation>Wie die Kennzahlen vor dem Zusammenfassen vergleichbar gemacht werden; die statistischen Kenngrößen stammen aus den bewerteten Gebieten.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="160"/>
        <source>Reference values or goalposts (comma-separated)</source>
        <translation>Referenzwerte oder Eckwerte (kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="162"/>
        <source>For 'distance to reference': per field a reference value (deviation in %) or goalposts low:high (position 0–100), e.g. 12.5, 5:30. Empty: the mean of the rated areas.</source>
        <translation>Für 'Abstand zu Referenzwert oder Eckwerten': je Feld ein Referenzwert (Abweichung in %) oder Eckwerte unten:oben (Lage 0–100), z. B. 12.5, 5:30. Leer: der Mittelwert der bewerteten Gebiete.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="165"/>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="166"/>
        <source>How the normalised indicators are combined per area.</source>
        <translation>Wie die normalisierten Kennzahlen je Gebiet zusammengefasst werden.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="168"/>
        <source>Threshold (number of burdens)</source>
        <translation>Schwellenwert (Anzahl der Belastungen)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="170"/>
        <source>For &apos;number of indicators at or beyond the threshold&apos;: a normalised value &gt;= this counts as a burden (z-scores: 1 = one SD above the mean).</source>
        <translation>Für 'Anzahl der Kennzahlen auf oder über dem Schwellenwert': Ein normalisierter Wert &gt;= diesem Wert zählt als Belastung (z-Werte: 1 = eine SD über dem Mittelwert).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="173"/>
        <source>Standardise the aggregate again (z)</source>
        <translation>Aggregat erneut standardisieren (z)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="174"/>
        <source>The index then has mean 0 and SD 1 over the rated areas, as in the MSS.</source>
        <translation>Der Index hat dann über die bewerteten Gebiete den Mittelwert 0 und die SD 1, wie im MSS.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="176"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="177"/>
        <source>How the index is divided into classes; class 1 holds the lowest index values.</source>
        <translation>Wie der Index in Klassen eingeteilt wird; Klasse 1 enthält die niedrigsten Indexwerte.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="179"/>
        <source>Breaks (comma-separated)</source>
        <translation>Klassengrenzen (kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="180"/>
        <source>Standard-deviation breaks: multiples of the SD from the mean, e.g. -1,1,1.5 (MSS). Fixed breaks: index values.</source>
        <translation>Klassengrenzen nach Standardabweichung: Vielfache der SD vom Mittelwert, z. B. -1,1,1.5 (MSS). Feste Klassengrenzen: Indexwerte.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="183"/>
        <source>Number of classes</source>
        <translation>Anzahl der Klassen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="185"/>
        <source>For quantiles, equal intervals and natural breaks.</source>
        <translation>Für Quantile, gleiche Intervalle und natürliche Klassengrenzen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="187"/>
        <source>Class labels (comma-separated)</source>
        <translation>Klassenbezeichnungen (kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="188"/>
        <source>One label per class from the lowest index up, e.g. hoch,mittel,niedrig,sehr niedrig. Empty: the class limits.</source>
        <translation>Eine Bezeichnung je Klasse, vom niedrigsten Index aufwärts, z. B. hoch,mittel,niedrig,sehr niedrig. Leer: die Klassengrenzen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="191"/>
        <source>For SD and fixed breaks. MSS: the middle class includes both its limits (-1 &lt;= x &lt;= +1).</source>
        <translation>Für Klassengrenzen nach SD und feste Klassengrenzen. MSS: Die mittlere Klasse schließt beide Grenzen ein (-1 &lt;= x &lt;= +1).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="343"/>
        <source>Layer &apos;{layer}&apos; has no area with the key &apos;{key}&apos; (areas to leave out).</source>
        <translation>Layer '{layer}' enthält kein Gebiet mit dem Schlüssel '{key}' (auszuschließende Gebiete).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/expressions.py" line="26"/>
        <source>The expression &apos;{expr}&apos; is not valid: {error}</source>
        <translation>Der Ausdruck '{expr}' ist ungültig: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/expressions.py" line="74"/>
        <source>The expression &apos;{expr}&apos; fails for feature {row} of layer &apos;{layer}&apos;: {error}</source>
        <translation>Der Ausdruck '{expr}' kann für Objekt {row} von Layer '{layer}' nicht ausgewertet werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="36"/>
        <source>Layer &apos;{layer}&apos;: the indicator &apos;{field}&apos; has the same value ({value:g}) in all rated areas (standard deviation 0), so it cannot be standardised. Leave it out.</source>
        <translation>Layer '{layer}': Die Kennzahl '{field}' hat in allen bewerteten Gebieten denselben Wert ({value:g}) (Standardabweichung 0) und kann daher nicht standardisiert werden. Lassen Sie sie weg.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="38"/>
        <source>The aggregate has the same value ({value:g}) in all rated areas and cannot be standardised again; switch off re-standardisation.</source>
        <translation>Das Aggregat hat in allen bewerteten Gebieten denselben Wert ({value:g}) und kann nicht erneut standardisiert werden; schalten Sie die erneute Standardisierung ab.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="40"/>
        <source>Layer &apos;{layer}&apos;: only {n} areas can be rated (enough population, no missing values, not left out). An index needs at least two; check the minimum population and NULL values.</source>
        <translation>Layer '{layer}': Nur {n} Gebiete können bewertet werden (genügend Einwohner, keine fehlenden Werte, nicht ausgeschlossen). Ein Index braucht mindestens zwei; prüfen Sie die Mindesteinwohnerzahl und die NULL-Werte.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="42"/>
        <source>{given} weights for {fields} indicator fields ({names}): give one weight per field, in the same order, or none for equal weights.</source>
        <translation>{given} Gewichte für {fields} Kennzahlfelder ({names}): Geben Sie ein Gewicht je Feld in derselben Reihenfolge an oder keines für gleiche Gewichte.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="44"/>
        <source>The weights add up to 0; give at least one positive weight.</source>
        <translation>Die Gewichte ergeben zusammen 0; geben Sie mindestens ein positives Gewicht an.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="45"/>
        <source>The weight of &apos;{field}&apos; is negative ({weight:g}); to turn an indicator round, list it under &apos;Fields where higher is better&apos; instead.</source>
        <translation>Das Gewicht von '{field}' ist negativ ({weight:g}); um eine Kennzahl umzukehren, tragen Sie sie stattdessen unter 'Felder, bei denen höhere Werte besser sind' ein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="47"/>
        <source>The weights must be numbers.</source>
        <translation>Die Gewichte müssen Zahlen sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="48"/>
        <source>&apos;{value}&apos; in {what} is not a number (use a point as decimal separator, commas between values).</source>
        <translation>'{value}' in {what} ist keine Zahl (verwenden Sie den Punkt als Dezimaltrennzeichen und Kommas zwischen den Werten).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="50"/>
        <source>The breaks must increase: {second:g} follows {first:g}.</source>
        <translation>Die Klassengrenzen müssen aufsteigen: {second:g} folgt auf {first:g}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="51"/>
        <source>Standard-deviation and fixed breaks need the breaks, e.g. -1,1,1.5.</source>
        <translation>Klassengrenzen nach Standardabweichung und feste Klassengrenzen benötigen die Angabe der Klassengrenzen, z. B. -1,1,1.5.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="52"/>
        <source>At least two classes are needed.</source>
        <translation>Es werden mindestens zwei Klassen benötigt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="53"/>
        <source>Only {n} distinct index values for {classes} natural classes; choose fewer classes.</source>
        <translation>Nur {n} verschiedene Indexwerte für {classes} natürliche Klassen; wählen Sie weniger Klassen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="55"/>
        <source>The geometric mean needs values &gt;= 0, but &apos;{field}&apos; is {value:g} in area &apos;{key}&apos; ({n} negative values in all). Normalise with min-max, rank or percentile rank, which give no negative values.</source>
        <translation>Das geometrische Mittel braucht Werte &gt;= 0, aber '{field}' ist in Gebiet '{key}' {value:g} (insgesamt {n} negative Werte). Normalisieren Sie mit Min-Max, Rang oder Perzentilrang; diese ergeben keine negativen Werte.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="58"/>
        <source>Layer &apos;{layer}&apos;: the indicator &apos;{field}&apos; is NULL in every rated area.</source>
        <translation>Layer '{layer}': Die Kennzahl '{field}' ist in allen bewerteten Gebieten NULL.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="59"/>
        <source>{given} reference values/goalposts for {fields} fields; give one entry per field (empty entries use the mean).</source>
        <translation>{given} Referenzwerte/Eckwerte für {fields} Felder; geben Sie einen Eintrag je Feld an (leere Einträge verwenden den Mittelwert).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="61"/>
        <source>&apos;{value}&apos; is no reference value or goalposts low:high (two different numbers; a reference must not be 0).</source>
        <translation>'{value}' ist weder ein Referenzwert noch Eckwerte unten:oben (zwei verschiedene Zahlen; ein Referenzwert darf nicht 0 sein).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="63"/>
        <source>The reference value of &apos;{field}&apos; is 0 (its mean over the rated areas): a deviation in % cannot be computed. Give a reference or goalposts.</source>
        <translation>Der Referenzwert von '{field}' ist 0 (sein Mittelwert über die bewerteten Gebiete): Eine Abweichung in % lässt sich nicht berechnen. Geben Sie einen Referenzwert oder Eckwerte an.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="65"/>
        <source>{given} class labels for {classes} classes; give one label per class or none.</source>
        <translation>{given} Klassenbezeichnungen für {classes} Klassen; geben Sie eine Bezeichnung je Klasse an oder keine.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="297"/>
        <source>below {limit}</source>
        <translation>unter {limit}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="297"/>
        <source>above {limit}</source>
        <translation>über {limit}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="310"/>
        <source>Correlation of the normalised indicators (Pearson, rated areas):</source>
        <translation>Korrelation der normalisierten Kennzahlen (Pearson, bewertete Gebiete):</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="311"/>
        <source>Cronbach&apos;s alpha: {alpha:.3f}; the first principal component explains {share:.1f} % of the variance.</source>
        <translation>Cronbachs Alpha: {alpha:.3f}; die erste Hauptkomponente erklärt {share:.1f} % der Varianz.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="313"/>
        <source>Weights used: {weights}.</source>
        <translation>Verwendete Gewichte: {weights}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/social_index.py" line="316"/>
        <source>Areas per class: {counts}; not rated: {n}.</source>
        <translation>Gebiete je Klasse: {counts}; nicht bewertet: {n}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="265"/>
        <source>Layer &apos;{layer}&apos; already has a field &apos;{field}&apos;. Rename it first (the result adds this field).</source>
        <translation>Layer '{layer}' hat bereits ein Feld '{field}'. Benennen Sie es zuerst um (das Ergebnis fügt dieses Feld hinzu).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="46"/>
        <source>Population within reach of facilities</source>
        <translation>Bevölkerung im Einzugsbereich von Einrichtungen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="49"/>
        <source>Einzugsbereich,catchment,Spielplatz,playground,Kita,walking distance,Fußweg,Erreichbarkeit,accessibility,service area,network</source>
        <translation>Einzugsbereich,catchment,Spielplatz,playground,Kita,walking distance,Fußweg,Erreichbarkeit,accessibility,service area,network,Einzugsgebiet,fußläufig,Fußläufigkeit,Gehentfernung,Entfernung,Luftlinie,Straßennetz,Netzwerkanalyse,Einrichtung,Spielplätze,Kitas,Familienzentrum,Versorgung,Bevölkerung,Einwohner</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="33"/>
        <source>Facilities</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="35"/>
        <source>Playgrounds, Kitas, Familienzentren … as points or areas.</source>
        <translation>Spielplätze, Kitas, Familienzentren … als Punkte oder Flächen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="37"/>
        <source>Facility key field</source>
        <translation>Feld mit dem Schlüssel der Einrichtung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="39"/>
        <source>Unique key of each facility, kept as text.</source>
        <translation>Eindeutiger Schlüssel jeder Einrichtung; wird als Text übernommen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="46"/>
        <source>Residents (address or building points)</source>
        <translation>Einwohner (Adress- oder Gebäudepunkte)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="89"/>
        <source>Points with resident counts, e.g. addresses with children per age group (or the result of Distribute area totals to buildings).</source>
        <translation>Punkte mit Einwohnerzahlen, z. B. Adressen mit Kindern je Altersgruppe (oder das Ergebnis von 'Gebietssummen auf Gebäude verteilen').</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="91"/>
        <source>Population fields</source>
        <translation>Felder mit Einwohnerzahlen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="93"/>
        <source>Each counted separately, e.g. ew_0_2, ew_3_5, ew_6_9.</source>
        <translation>Jedes Feld wird getrennt gezählt, z. B. ew_0_2, ew_3_5, ew_6_9.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="61"/>
        <source>Areas (Sozialräume)</source>
        <translation>Gebiete (Sozialräume)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="64"/>
        <source>Optional: results per area (each address counts in the area that contains it).</source>
        <translation>Optional: Ergebnisse je Gebiet (jede Adresse zählt für das Gebiet, in dem sie liegt).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="71"/>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="71"/>
        <source>Straight-line distance</source>
        <translation>Luftlinie</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="71"/>
        <source>Along the street network</source>
        <translation>Entlang des Straßennetzes</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="73"/>
        <source>0 straight line (a true circle), 1 along the street network.</source>
        <translation>0 Luftlinie (ein echter Kreis), 1 entlang des Straßennetzes.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="75"/>
        <source>Street network</source>
        <translation>Straßennetz</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="77"/>
        <source>Lines of the walkable network, e.g. OSM footways and streets (needed for the network distance).</source>
        <translation>Linien des begehbaren Wegenetzes, z. B. Fußwege und Straßen aus OSM (erforderlich für die Entfernung entlang des Straßennetzes).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="96"/>
        <source>Distance bands (comma-separated)</source>
        <translation>Entfernungsbänder (kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="97"/>
        <source>Metres, increasing, e.g. 300,500,800 (minutes when a walking speed is given).</source>
        <translation>Meter, aufsteigend, z. B. 300,500,800 (Minuten, wenn eine Gehgeschwindigkeit angegeben ist).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="85"/>
        <source>Maximum snapping distance (m)</source>
        <translation>Maximale Fangdistanz (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="87"/>
        <source>Points farther from the network are reported as not routable.</source>
        <translation>Punkte, die weiter vom Netz entfernt liegen, werden als nicht routbar gemeldet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="100"/>
        <source>Walking speed (km/h; 0 = bands in metres)</source>
        <translation>Gehgeschwindigkeit (km/h; 0 = Entfernungsbänder in Metern)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="102"/>
        <source>With a speed, the bands are minutes: e.g. 4.8 km/h, 5 minutes = 400 m.</source>
        <translation>Mit einer Geschwindigkeit sind die Entfernungsbänder Minuten: z. B. 4,8 km/h, 5 Minuten = 400 m.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="95"/>
        <source>Count the legs off the network</source>
        <translation>Zuwege abseits des Netzes mitzählen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="96"/>
        <source>Add the straight distances from the address and from the facility to the street.</source>
        <translation>Die Luftlinienentfernungen von der Adresse zur Straße und von der Einrichtung zur Straße hinzurechnen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="99"/>
        <source>Merge tolerance for network vertices (m)</source>
        <translation>Zusammenführungstoleranz für Stützpunkte des Netzes (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="101"/>
        <source>Vertices closer than this are joined (nearly coincident line ends); 0 = only identical.</source>
        <translation>Stützpunkte, die näher beieinander liegen, werden zusammengeführt (fast zusammenfallende Linienenden); 0 = nur identische.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="105"/>
        <source>Facilities to compare (scenario)</source>
        <translation>Einrichtungen zum Vergleich (Szenario)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="109"/>
        <source>E.g. the facilities with one playground added or closed: the area output also shows the scenario and the difference.</source>
        <translation>Z. B. die Einrichtungen mit einem zusätzlichen oder einem geschlossenen Spielplatz: Die Ausgabe je Gebiet zeigt dann auch das Szenario und die Differenz.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="112"/>
        <source>Catchment polygon: half-width around streets (m)</source>
        <translation>Einzugsbereichspolygon: halbe Breite um die Straßen (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="114"/>
        <source>The reached streets are widened by this to draw the catchment (maps only).</source>
        <translation>Die erreichten Straßen werden um diesen Wert verbreitert, um den Einzugsbereich zu zeichnen (nur für Karten).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="117"/>
        <source>Reach per facility</source>
        <translation>Erreichbarkeit je Einrichtung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="117"/>
        <source>Reach per area</source>
        <translation>Erreichbarkeit je Gebiet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="117"/>
        <source>Nearest facility per address</source>
        <translation>Nächstgelegene Einrichtung je Adresse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="117"/>
        <source>Catchments</source>
        <translation>Einzugsbereiche</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="117"/>
        <source>Not routable</source>
        <translation>Nicht routbar</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="270"/>
        <source>The network distance needs the street network layer.</source>
        <translation>Die Entfernung entlang des Straßennetzes benötigt den Straßennetz-Layer.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="113"/>
        <source>Choose the population fields.</source>
        <translation>Wählen Sie die Felder mit Einwohnerzahlen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="383"/>
        <source>No address of &apos;{layer}&apos; lies within {snap:g} m of the network: nothing is routable. Check that the layers cover the same place and the CRSs are right.</source>
        <translation>Keine Adresse von '{layer}' liegt höchstens {snap:g} m vom Netz entfernt: Nichts ist routbar. Prüfen Sie, ob die Layer dasselbe Gebiet abdecken und die KBS stimmen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="387"/>
        <source>No facility of &apos;{layer}&apos; lies within {snap:g} m of the network.</source>
        <translation>Keine Einrichtung von '{layer}' liegt höchstens {snap:g} m vom Netz entfernt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="124"/>
        <source>The layer has no valid coordinate reference system; set one (Layer properties › Source) so that distances can be measured.</source>
        <translation>Der Layer hat kein gültiges Koordinatenbezugssystem; legen Sie eines fest (Layereigenschaften › Quelle), damit Entfernungen gemessen werden können.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="127"/>
        <source>Distances are measured in metres in {crs}.</source>
        <translation>Entfernungen werden in Metern in {crs} gemessen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="135"/>
        <source>The data are in a geographic CRS ({crs}); distances are measured in metres after projecting to {utm} (UTM zone {zone}). All outputs are in {utm}.</source>
        <translation>Die Daten liegen in einem geografischen KBS ({crs}) vor; Entfernungen werden nach der Transformation in {utm} (UTM-Zone {zone}) in Metern gemessen. Alle Ergebnisse liegen in {utm} vor.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="193"/>
        <source>Layer &apos;{layer}&apos; has multipart points; each feature counts at the centre of its parts.</source>
        <translation>Layer '{layer}' enthält Multipunkte; jedes Objekt zählt im Mittelpunkt seiner Teile.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="206"/>
        <source>Layer &apos;{layer}&apos;: {n} features have NULL counts; they count as 0.</source>
        <translation>Layer '{layer}': {n} Objekte haben NULL-Zählwerte; sie zählen als 0.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="210"/>
        <source>Layer &apos;{layer}&apos;: {n} features have no geometry; they are listed as not routable.</source>
        <translation>Layer '{layer}': {n} Objekte haben keine Geometrie; sie werden als nicht routbar aufgeführt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="237"/>
        <source>Layer &apos;{layer}&apos; has multipart points; each facility is placed at the centre of its parts.</source>
        <translation>Layer '{layer}' enthält Multipunkte; jede Einrichtung wird in den Mittelpunkt ihrer Teile gesetzt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="244"/>
        <source>Layer &apos;{layer}&apos;: facility &apos;{key}&apos; has no geometry and is left out.</source>
        <translation>Layer '{layer}': Einrichtung '{key}' hat keine Geometrie und wird weggelassen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="250"/>
        <source>Layer &apos;{layer}&apos;: facilities must be points or polygons.</source>
        <translation>Layer '{layer}': Einrichtungen müssen Punkte oder Polygone sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="256"/>
        <source>Layer &apos;{layer}&apos;: the polygon of facility &apos;{key}&apos; is invalid and was repaired (make valid).</source>
        <translation>Layer '{layer}': Das Polygon der Einrichtung '{key}' ist ungültig und wurde repariert (make valid).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="274"/>
        <source>The network layer &apos;{layer}&apos; has no lines.</source>
        <translation>Der Straßennetz-Layer '{layer}' enthält keine Linien.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="115"/>
        <source>Choose the area key field of &apos;{layer}&apos;.</source>
        <translation>Wählen Sie das Feld mit dem Gebietsschlüssel von '{layer}'.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="298"/>
        <source>{n} addresses lie in more than one area of &apos;{layer}&apos; (the areas overlap); each counts in the first.</source>
        <translation>{n} Adressen liegen in mehr als einem Gebiet von '{layer}' (die Gebiete überlappen sich); jede zählt für das erste dieser Gebiete.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="302"/>
        <source>{n} addresses lie in no area of &apos;{layer}&apos; and are left out of the area results.</source>
        <translation>{n} Adressen liegen in keinem Gebiet von '{layer}' und fehlen in den Ergebnissen je Gebiet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="159"/>
        <source>Give at least one distance band, e.g. 300,500,800.</source>
        <translation>Geben Sie mindestens ein Entfernungsband an, z. B. 300,500,800.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="160"/>
        <source>&apos;{value}&apos; in the distance bands is not a number (use a point as decimal separator).</source>
        <translation>'{value}' in den Entfernungsbändern ist keine Zahl (verwenden Sie den Punkt als Dezimaltrennzeichen).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="161"/>
        <source>The distance band &apos;{value}&apos; must be greater than 0.</source>
        <translation>Das Entfernungsband '{value}' muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="162"/>
        <source>The distance bands must increase: {second:g} follows {first:g}. Give them in increasing order, e.g. 300,500,800.</source>
        <translation>Die Entfernungsbänder müssen aufsteigen: {second:g} folgt auf {first:g}. Geben Sie sie in aufsteigender Reihenfolge an, z. B. 300,500,800.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="164"/>
        <source>The network layer &apos;{layer}&apos; has no line with two different vertices.</source>
        <translation>Der Straßennetz-Layer '{layer}' enthält keine Linie mit zwei verschiedenen Stützpunkten.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="391"/>
        <source>{n} of {m} addresses are within {snap:g} m of the network; {u} are not routable.</source>
        <translation>{n} von {m} Adressen liegen höchstens {snap:g} m vom Netz entfernt; {u} sind nicht routbar.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="395"/>
        <source>Facilities farther than {snap:g} m from the network (not routable): {keys}.</source>
        <translation>Einrichtungen, die weiter als {snap:g} m vom Netz entfernt liegen (nicht routbar): {keys}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="399"/>
        <source>{n} addresses reach no facility at all (a separate part of the network?).</source>
        <translation>{n} Adressen erreichen überhaupt keine Einrichtung (ein abgetrennter Teil des Netzes?).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/accessibility.py" line="404"/>
        <source>Within {band:g} m of a facility: {parts}.</source>
        <translation>Höchstens {band:g} m von einer Einrichtung entfernt: {parts}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="70"/>
        <source>Distance band (m)</source>
        <translation>Entfernungsband (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="88"/>
        <source>{field}: residents</source>
        <translation>{field}: Einwohner</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="89"/>
        <source>{field}: within reach</source>
        <translation>{field}: erreicht</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="90"/>
        <source>{field}: share within reach (%)</source>
        <translation>{field}: Anteil erreicht (%)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="92"/>
        <source>{field}: mean distance to the nearest (m)</source>
        <translation>{field}: mittlere Entfernung zur nächstgelegenen Einrichtung (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="94"/>
        <source>{field}: median distance to the nearest (m)</source>
        <translation>{field}: Median der Entfernung zur nächstgelegenen Einrichtung (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="96"/>
        <source>{field}: not routable / nothing reachable</source>
        <translation>{field}: nicht routbar / nichts erreichbar</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="100"/>
        <source>{field}: within reach, scenario</source>
        <translation>{field}: erreicht, Szenario</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="102"/>
        <source>{field}: share, scenario (%)</source>
        <translation>{field}: Anteil erreicht, Szenario (%)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="104"/>
        <source>{field}: change within reach</source>
        <translation>{field}: Veränderung erreicht</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="106"/>
        <source>{field}: change of the share (points)</source>
        <translation>{field}: Veränderung des Anteils (Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="108"/>
        <source>{field}: mean distance, scenario (m)</source>
        <translation>{field}: mittlere Entfernung, Szenario (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="113"/>
        <source>no residents</source>
        <translation>keine Einwohner</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="127"/>
        <source>Nearest facility</source>
        <translation>Nächstgelegene Einrichtung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="129"/>
        <source>Distance to the nearest facility (m)</source>
        <translation>Entfernung zur nächstgelegenen Einrichtung (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="130"/>
        <source>Smallest band reached (m)</source>
        <translation>Kleinstes erreichtes Entfernungsband (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="141"/>
        <source>no facility within reach</source>
        <translation>keine Einrichtung erreichbar</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="157"/>
        <source>farther than {snap:g} m from the network</source>
        <translation>weiter als {snap:g} m vom Netz entfernt</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/population_in_reach_outputs.py" line="158"/>
        <source>no facility reachable along the network</source>
        <translation>keine Einrichtung entlang des Netzes erreichbar</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="39"/>
        <source>Distribute area totals to buildings</source>
        <translation>Gebietssummen auf Gebäude verteilen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="42"/>
        <source>disaggregation,Verteilung,Gebäude,buildings,addresses,Adressen,dasymetric,largest remainder</source>
        <translation>disaggregation,Verteilung,Gebäude,buildings,addresses,Adressen,dasymetric,largest remainder,Disaggregation,dasymetrische Kartierung,Einwohner,Wohngebäude,Verfahren der größten Reste,Hare-Niemeyer</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="46"/>
        <source>&lt;p&gt;Many municipalities have counts per Sozialraum or Baublock, not per address. This algorithm shares each area's counts (several fields, e.g. age groups) out onto the residential buildings or addresses inside it, in proportion to a &lt;i&gt;weight&lt;/i&gt; expression — e.g. &lt;i&gt;$area * &quot;geschosse&quot;&lt;/i&gt; (footprint × storeys) or &lt;i&gt;1&lt;/i&gt; (one share per address) — optionally only for the targets a &lt;i&gt;filter&lt;/i&gt; expression selects (e.g. &lt;i&gt;&quot;nutzung&quot; = 'Wohnen'&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;The results are whole persons by the largest-remainder method within each area, so every area's total is preserved exactly, field by field. A target belongs to the area containing its point (for buildings a point on their surface). Areas with counts but no target (or only targets of weight 0) are listed in the log and in the optional output of areas without targets: their persons are not distributed.&lt;/p&gt;&lt;p&gt;The result has one point per target with the target's fields, the area key and the distributed counts — ready for &lt;i&gt;Population within reach of facilities&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Viele Kommunen haben Zählwerte je Sozialraum oder Baublock, nicht je Adresse. Dieser Algorithmus verteilt die Zählwerte jedes Gebiets (mehrere Felder, z. B. Altersgruppen) auf die Wohngebäude oder Adressen darin, im Verhältnis zu einem Ausdruck für das &lt;i&gt;Gewicht&lt;/i&gt; — z. B. &lt;i&gt;$area * &quot;geschosse&quot;&lt;/i&gt; (Grundfläche × Geschosse) oder &lt;i&gt;1&lt;/i&gt; (ein Anteil je Adresse) — auf Wunsch nur auf die Zielobjekte, die ein &lt;i&gt;Filter&lt;/i&gt;-Ausdruck auswählt (z. B. &lt;i&gt;&quot;nutzung&quot; = 'Wohnen'&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Die Ergebnisse sind ganze Personen, gerundet nach dem Verfahren der größten Reste innerhalb jedes Gebiets; so bleibt die Summe jedes Gebiets Feld für Feld exakt erhalten. Ein Zielobjekt gehört zu dem Gebiet, das seinen Punkt enthält (bei Gebäuden einen Punkt auf ihrer Fläche). Gebiete mit Zählwerten, aber ohne Zielobjekt (oder nur mit Zielobjekten vom Gewicht 0) werden im Protokoll und in der optionalen Ausgabe der Gebiete ohne Zielobjekte aufgeführt: Ihre Personen werden nicht verteilt.&lt;/p&gt;&lt;p&gt;Das Ergebnis enthält je Zielobjekt einen Punkt mit den Feldern des Zielobjekts, dem Gebietsschlüssel und den verteilten Zählwerten — bereit für &lt;i&gt;Bevölkerung im Einzugsbereich von Einrichtungen&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="61"/>
        <source>Areas with counts</source>
        <translation>Gebiete mit Zählwerten</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="63"/>
        <source>Sozialräume or Baublöcke with the counts to distribute.</source>
        <translation>Sozialräume oder Baublöcke mit den zu verteilenden Zählwerten.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="69"/>
        <source>Count fields</source>
        <translation>Zählfelder</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="72"/>
        <source>Whole counts per area, e.g. ew_0_2, ew_3_5, ew_6_9.</source>
        <translation>Ganzzahlige Zählwerte je Gebiet, z. B. ew_0_2, ew_3_5, ew_6_9.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="74"/>
        <source>Buildings or addresses</source>
        <translation>Gebäude oder Adressen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="77"/>
        <source>Residential buildings (polygons) or addresses (points).</source>
        <translation>Wohngebäude (Polygone) oder Adressen (Punkte).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="79"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="80"/>
        <source>Expression per target, &gt;= 0: e.g. 1, &quot;wohnungen&quot;, $area * &quot;geschosse&quot;.</source>
        <translation>Ausdruck je Zielobjekt, &gt;= 0: z. B. 1, &quot;wohnungen&quot;, $area * &quot;geschosse&quot;.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="82"/>
        <source>Only targets where</source>
        <translation>Nur Zielobjekte, für die gilt</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="84"/>
        <source>Optional filter, e.g. &quot;nutzung&quot; = &apos;Wohnen&apos;; other targets get nothing.</source>
        <translation>Optionaler Filter, z. B. &quot;nutzung&quot; = 'Wohnen'; die übrigen Zielobjekte erhalten nichts.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="86"/>
        <source>Distributed population</source>
        <translation>Verteilte Bevölkerung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="88"/>
        <source>Areas without targets</source>
        <translation>Gebiete ohne Zielobjekte</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="136"/>
        <source>Choose the count fields.</source>
        <translation>Wählen Sie die Zählfelder.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="149"/>
        <source>The fields {fields} of &apos;{layer}&apos; are replaced by the distributed values.</source>
        <translation>Die Felder {fields} von '{layer}' werden durch die verteilten Werte ersetzt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="224"/>
        <source>The weight &apos;{expr}&apos; fails for feature {row} of layer &apos;{layer}&apos;: {error}</source>
        <translation>Das Gewicht '{expr}' kann für Objekt {row} von Layer '{layer}' nicht ausgewertet werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="234"/>
        <source>The weight &apos;{expr}&apos; gives &apos;{value}&apos; for feature {row} of layer &apos;{layer}&apos;, which is not a number.</source>
        <translation>Das Gewicht '{expr}' ergibt für Objekt {row} von Layer '{layer}' den Wert '{value}'; das ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="170"/>
        <source>The weight &apos;{expr}&apos; is {value} for feature {row} of layer &apos;{layer}&apos;; weights must be 0 or more.</source>
        <translation>Das Gewicht '{expr}' ist für Objekt {row} von Layer '{layer}' {value}; Gewichte müssen 0 oder größer sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="169"/>
        <source>{n} targets of &apos;{layer}&apos; lie in no area and get nothing.</source>
        <translation>{n} Zielobjekte von '{layer}' liegen in keinem Gebiet und erhalten nichts.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="172"/>
        <source>{n} areas have counts but no target, so their persons ({counts}) are not distributed: {keys}.</source>
        <translation>{n} Gebiete haben Zählwerte, aber kein Zielobjekt; ihre Personen ({counts}) werden daher nicht verteilt: {keys}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/distribute_population.py" line="178"/>
        <source>{field}: {got:,} of {total:,} persons distributed.</source>
        <translation>{field}: {got:,} von {total:,} Personen verteilt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="174"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: area &apos;{key}&apos; has {value:g}; counts to distribute must be whole numbers of 0 or more.</source>
        <translation>Layer '{layer}', Feld '{field}': Gebiet '{key}' hat den Wert {value:g}; zu verteilende Zählwerte müssen ganze Zahlen von 0 oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="55"/>
        <source>Supply per demand (floating catchment)</source>
        <translation>Versorgungsgrad (Floating Catchment)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="58"/>
        <source>Versorgungsgrad,2SFCA,E2SFCA,floating catchment,supply,demand,Spielfläche,Kita-Plätze,accessibility</source>
        <translation>Versorgungsgrad,2SFCA,E2SFCA,floating catchment,supply,demand,Spielfläche,Kita-Plätze,accessibility,Versorgung,Angebot,Nachfrage,Erreichbarkeit,Einzugsbereich,Nettospielfläche,Spielplatz,Spielplätze,Kita,Richtwert,Gravitation,Gauß</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="62"/>
        <source>&lt;p&gt;How well is each address, Sozialraum and facility supplied — e.g. square metres of net play area per child within reach, or Kita places per child — with the two-step floating catchment method (2SFCA) and its variants, on straight-line or network distances (the same conventions as &lt;i&gt;Population within reach of facilities&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Step 1: each facility's supply is divided by the demand within its catchment (the children that can reach it, weighted by distance). Step 2: each address sums the ratios of the facilities it can reach (weighted the same way). So crowded playgrounds count for less, and children between two playgrounds count at both.&lt;/p&gt;&lt;h3&gt;Distance weights&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;0 2SFCA: 1 within the catchment distance&lt;/li&gt;&lt;li&gt;1 E2SFCA: steps such as 300:1, 600:0.68, 900:0.22 (weight 1 up to 300 m, 0.68 up to 600 m, …)&lt;/li&gt;&lt;li&gt;2 gaussian: exp(−d² / 2σ²)&lt;/li&gt;&lt;li&gt;3 gravity: (max(d, d_min) / scale) to the power −β&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The definitions are those of the PySAL &lt;i&gt;access&lt;/i&gt; package; the plugin's results equal it.&lt;/p&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Per address&lt;/b&gt;: &lt;i&gt;access&lt;/i&gt; (supply per demand unit) and, with a &lt;i&gt;norm&lt;/i&gt; (e.g. 1.5 m² per child), &lt;i&gt;access_pct&lt;/i&gt; = access / norm × 100.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Per area&lt;/b&gt;: the demand-weighted mean access and its % of the norm, and the simple planning ratio (Versorgungsgrad) = supply of the facilities inside the area / (norm × demand) × 100.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Per facility&lt;/b&gt;: the weighted demand it faces and its supply per demand unit.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Wie gut ist jede Adresse, jeder Sozialraum und jede Einrichtung versorgt — z. B. Quadratmeter Nettospielfläche je Kind im Einzugsbereich oder Kita-Plätze je Kind — nach der zweistufigen Floating-Catchment-Methode (2SFCA) und ihren Varianten, mit Entfernungen als Luftlinie oder entlang des Straßennetzes (nach denselben Regeln wie &lt;i&gt;Bevölkerung im Einzugsbereich von Einrichtungen&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Schritt 1: Das Angebot jeder Einrichtung wird durch die Nachfrage in ihrem Einzugsbereich geteilt (die Kinder, die sie erreichen können, nach Entfernung gewichtet). Schritt 2: Jede Adresse summiert die Verhältniswerte der Einrichtungen, die sie erreichen kann (auf dieselbe Weise gewichtet). So zählen überlaufene Spielplätze weniger, und Kinder zwischen zwei Spielplätzen zählen bei beiden.&lt;/p&gt;&lt;h3&gt;Entfernungsgewichtung&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;0 2SFCA: 1 innerhalb der Einzugsentfernung&lt;/li&gt;&lt;li&gt;1 E2SFCA: Stufen wie 300:1, 600:0.68, 900:0.22 (Gewicht 1 bis 300 m, 0,68 bis 600 m, …)&lt;/li&gt;&lt;li&gt;2 Gauß: exp(−d² / 2σ²)&lt;/li&gt;&lt;li&gt;3 Gravitation: (max(d, d_min) / Maßstab) hoch −β&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die Definitionen entsprechen denen des PySAL-Pakets &lt;i&gt;access&lt;/i&gt;; die Ergebnisse des Plugins stimmen mit ihm überein.&lt;/p&gt;&lt;h3&gt;Ergebnisse&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Je Adresse&lt;/b&gt;: &lt;i&gt;access&lt;/i&gt; (Angebot je Nachfrageeinheit) und, mit einem &lt;i&gt;Richtwert&lt;/i&gt; (z. B. 1,5 m² je Kind), &lt;i&gt;access_pct&lt;/i&gt; = access / Richtwert × 100.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Je Gebiet&lt;/b&gt;: der mit der Nachfrage gewichtete Mittelwert von access und dessen Anteil am Richtwert in %, sowie der einfache planerische Versorgungsgrad = Angebot der Einrichtungen innerhalb des Gebiets / (Richtwert × Nachfrage) × 100.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Je Einrichtung&lt;/b&gt;: die gewichtete Nachfrage, auf die sie trifft, und ihr Angebot je Nachfrageeinheit.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="85"/>
        <source>Supply field</source>
        <translation>Feld mit dem Angebot</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="87"/>
        <source>Capacity, e.g. net play area in m² or Kita places.</source>
        <translation>Kapazität, z. B. Nettospielfläche in m² oder Kita-Plätze.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="89"/>
        <source>Points with the demand, e.g. children per address.</source>
        <translation>Punkte mit der Nachfrage, z. B. Kinder je Adresse.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="90"/>
        <source>Demand field</source>
        <translation>Feld mit der Nachfrage</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="92"/>
        <source>E.g. children 6–9.</source>
        <translation>Z. B. Kinder von 6–9 Jahren.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="95"/>
        <source>Catchment distance (m)</source>
        <translation>Einzugsentfernung (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="98"/>
        <source>Nothing farther counts (for the steps: the last step should not exceed it).</source>
        <translation>Weiter Entferntes zählt nicht (bei Stufen: Die letzte Stufe sollte diesen Wert nicht überschreiten).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="100"/>
        <source>Distance weights</source>
        <translation>Entfernungsgewichtung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="100"/>
        <source>2SFCA (1 within the catchment)</source>
        <translation>2SFCA (1 innerhalb des Einzugsbereichs)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="100"/>
        <source>E2SFCA (steps)</source>
        <translation>E2SFCA (Stufen)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="100"/>
        <source>Gaussian</source>
        <translation>Gauß</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="100"/>
        <source>Gravity</source>
        <translation>Gravitation</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="103"/>
        <source>How the weight falls with distance.</source>
        <translation>Wie das Gewicht mit der Entfernung abnimmt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="105"/>
        <source>Steps (distance:weight, comma-separated)</source>
        <translation>Stufen (Entfernung:Gewicht, kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="107"/>
        <source>For E2SFCA: weight up to each distance, e.g. 300:1, 400:0.68, 500:0.22.</source>
        <translation>Für E2SFCA: Gewicht bis zur jeweiligen Entfernung, z. B. 300:1, 400:0.68, 500:0.22.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="109"/>
        <source>Gaussian σ (m; 0 = half the catchment distance)</source>
        <translation>Gauß-σ (m; 0 = halbe Einzugsentfernung)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="111"/>
        <source>Width of the gaussian weight.</source>
        <translation>Breite der Gauß-Gewichtung.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="114"/>
        <source>Gravity exponent β</source>
        <translation>Gravitationsexponent β</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="114"/>
        <source>Gravity scale (m)</source>
        <translation>Gravitationsmaßstab (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="114"/>
        <source>Gravity minimum distance (m)</source>
        <translation>Gravitation: Mindestentfernung (m)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="118"/>
        <source>Weight = (max(d, minimum distance) / scale) to the power −β.</source>
        <translation>Gewicht = (max(d, Mindestentfernung) / Maßstab) hoch −β.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="121"/>
        <source>Norm (supply per demand unit; 0 = none)</source>
        <translation>Richtwert (Angebot je Nachfrageeinheit; 0 = keiner)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="123"/>
        <source>Municipal standard, e.g. 1.5 m² net play area per child: ratios in % of it.</source>
        <translation>Kommunaler Richtwert, z. B. 1,5 m² Nettospielfläche je Kind: Verhältniswerte in % davon.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="127"/>
        <source>Supply per address</source>
        <translation>Versorgung je Adresse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="127"/>
        <source>Supply per area</source>
        <translation>Versorgung je Gebiet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="127"/>
        <source>Demand per facility</source>
        <translation>Nachfrage je Einrichtung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="178"/>
        <source>The last step ({step:g} m) lies beyond the catchment distance ({d:g} m); nothing beyond {d:g} m counts.</source>
        <translation>Die letzte Stufe ({step:g} m) liegt jenseits der Einzugsentfernung ({d:g} m); nichts jenseits von {d:g} m zählt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="186"/>
        <source>Layer &apos;{layer}&apos;: facility &apos;{key}&apos; has a negative supply ({value:g}).</source>
        <translation>Layer '{layer}': Einrichtung '{key}' hat ein negatives Angebot ({value:g}).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="196"/>
        <source>Supply {s:,.1f} for a demand of {d:,.0f}: on average {r:.3f} per demand unit; demand-weighted mean access {a:.3f}.</source>
        <translation>Angebot {s:,.1f} bei einer Nachfrage von {d:,.0f}: im Mittel {r:.3f} je Nachfrageeinheit; mit der Nachfrage gewichteter Mittelwert von access {a:.3f}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="241"/>
        <source>Supply per demand unit within reach (demand-weighted)</source>
        <translation>Erreichbares Angebot je Nachfrageeinheit (mit der Nachfrage gewichtet)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="243"/>
        <source>Supply within reach, % of the norm</source>
        <translation>Erreichbares Angebot, % des Richtwerts</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="246"/>
        <source>Versorgungsgrad: supply inside / (norm × demand), %</source>
        <translation>Versorgungsgrad: Angebot im Gebiet / (Richtwert × Nachfrage), %</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/supply_ratio.py" line="251"/>
        <source>no demand</source>
        <translation>keine Nachfrage</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="165"/>
        <source>E2SFCA needs steps, e.g. 300:1, 400:0.68, 500:0.22.</source>
        <translation>E2SFCA benötigt Stufen, z. B. 300:1, 400:0.68, 500:0.22.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="166"/>
        <source>The steps must increase: {second:g} follows {first:g}.</source>
        <translation>Die Stufen müssen aufsteigend sein: {second:g} folgt auf {first:g}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="167"/>
        <source>&apos;{value}&apos; is no step distance:weight (distance &gt; 0, weight &gt;= 0).</source>
        <translation>'{value}' ist keine Stufe Entfernung:Gewicht (Entfernung &gt; 0, Gewicht &gt;= 0).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/population_in_reach.py" line="53"/>
        <source>&lt;p&gt;How many residents (e.g. children 0–5 and 6–9) live within walking distance of a facility (playground, Kita, Familienzentrum): per facility, per resident address and per Sozialraum, for one or more distance bands — straight-line or along the street network, exact and offline.&lt;/p&gt;&lt;h3&gt;Straight line&lt;/h3&gt;&lt;p&gt;A resident at a distance of at most d counts: a true circle, not a buffer polygon (QGIS's 20-sided buffer loses about 1.6 % at 400 m). Polygon facilities (the area of a playground) are measured from their boundary; residents inside have distance 0.&lt;/p&gt;&lt;h3&gt;Along the street network&lt;/h3&gt;&lt;p&gt;Lines connect where they share a vertex — at their ends or anywhere inside (OSM ways cross at interior vertices); lines that cross without a shared vertex (bridges, tunnels) do not. &lt;i&gt;Merge tolerance&lt;/i&gt; joins vertices closer than it. Facilities and residents are snapped to the nearest position on the nearest street (not the nearest junction); the distance is the path along the streets plus the two straight legs to and from the street (switch the legs off under &lt;i&gt;Count the legs off the network&lt;/i&gt;). Points farther than &lt;i&gt;Maximum snapping distance&lt;/i&gt; from any street are &lt;b&gt;not routable&lt;/b&gt;: listed in the unroutable output, never silently snapped. A polygon facility is entered anywhere on its boundary (sampled every 10 m).&lt;/p&gt;&lt;p&gt;Distances are measured in metres in the CRS of the network (straight line: of the population); a geographic CRS such as OSM's EPSG:4326 is first projected to its UTM zone — the log says which. All outputs are in that CRS. With a &lt;i&gt;walking speed&lt;/i&gt; (km/h) the bands are minutes.&lt;/p&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Per facility and band&lt;/b&gt;: residents within reach per population field (a resident near two playgrounds counts for both).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Per area and band&lt;/b&gt;: total, reached (within the band of the nearest facility), share in %, resident-weighted mean and median distance to the nearest facility, residents not routable; with &lt;i&gt;Facilities to compare&lt;/i&gt; (e.g. one playground added or closed) also the scenario and the difference.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Per address&lt;/b&gt;: the nearest facility and the distance to it — the non-overlapping 'who is served by which playground' allocation — and the smallest band it falls in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Catchments&lt;/b&gt;: a polygon per facility and band for maps (the reached streets, widened; counts never depend on it).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unroutable&lt;/b&gt;: addresses and facilities farther than the snapping distance from the network, or with no facility reachable.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;More than 50,000 addresses are written into a GeoPackage without a spatial index (that would take longer than the whole computation); &lt;i&gt;Create spatial index&lt;/i&gt; adds one if needed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie viele Einwohner (z. B. Kinder von 0–5 und 6–9 Jahren) wohnen in fußläufiger Entfernung zu einer Einrichtung (Spielplatz, Kita, Familienzentrum): je Einrichtung, je Wohnadresse und je Sozialraum, für ein oder mehrere Entfernungsbänder — als Luftlinie oder entlang des Straßennetzes, exakt und offline.&lt;/p&gt;&lt;h3&gt;Luftlinie&lt;/h3&gt;&lt;p&gt;Ein Einwohner in einer Entfernung von höchstens d zählt: ein echter Kreis, kein Pufferpolygon (der 20-eckige Puffer von QGIS verliert bei 400 m etwa 1,6 %). Einrichtungen als Polygone (die Fläche eines Spielplatzes) werden ab ihrem Rand gemessen; Einwohner innerhalb der Fläche haben die Entfernung 0.&lt;/p&gt;&lt;h3&gt;Entlang des Straßennetzes&lt;/h3&gt;&lt;p&gt;Linien sind dort verbunden, wo sie einen Stützpunkt gemeinsam haben — an ihren Enden oder an beliebiger Stelle dazwischen (OSM-Wege kreuzen sich an inneren Stützpunkten); Linien, die sich ohne gemeinsamen Stützpunkt kreuzen (Brücken, Tunnel), sind nicht verbunden. Die &lt;i&gt;Zusammenführungstoleranz&lt;/i&gt; verbindet Stützpunkte, die näher beieinander liegen. Einrichtungen und Einwohner werden an der nächstgelegenen Stelle der nächstgelegenen Straße an das Netz angebunden (nicht am nächsten Knotenpunkt); die Entfernung ist der Weg entlang der Straßen zuzüglich der beiden geraden Zuwege zur Straße und von der Straße (abschaltbar unter &lt;i&gt;Zuwege abseits des Netzes mitzählen&lt;/i&gt;). Punkte, die weiter als die &lt;i&gt;Maximale Fangdistanz&lt;/i&gt; von jeder Straße entfernt liegen, sind &lt;b&gt;nicht routbar&lt;/b&gt;: Sie werden in der Ausgabe 'Nicht routbar' aufgeführt und nie stillschweigend angebunden. Eine Einrichtung als Polygon kann an jeder Stelle ihres Randes erreicht werden (Stützstellen alle 10 m).&lt;/p&gt;&lt;p&gt;Entfernungen werden in Metern im KBS des Straßennetzes gemessen (Luftlinie: im KBS der Einwohner); ein geografisches KBS wie EPSG:4326 von OSM wird zuerst in seine UTM-Zone transformiert — das Protokoll nennt sie. Alle Ergebnisse liegen in diesem KBS vor. Mit einer &lt;i&gt;Gehgeschwindigkeit&lt;/i&gt; (km/h) sind die Entfernungsbänder Minuten.&lt;/p&gt;&lt;h3&gt;Ergebnisse&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Je Einrichtung und Entfernungsband&lt;/b&gt;: die erreichten Einwohner je Feld mit Einwohnerzahlen (ein Einwohner in der Nähe von zwei Spielplätzen zählt für beide).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Je Gebiet und Entfernungsband&lt;/b&gt;: insgesamt, erreicht (innerhalb des Entfernungsbands der nächstgelegenen Einrichtung), Anteil in %, mit den Einwohnern gewichtete mittlere Entfernung und Median der Entfernung zur nächstgelegenen Einrichtung, nicht routbare Einwohner; mit &lt;i&gt;Einrichtungen zum Vergleich&lt;/i&gt; (z. B. ein Spielplatz zusätzlich oder geschlossen) auch das Szenario und die Differenz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Je Adresse&lt;/b&gt;: die nächstgelegene Einrichtung und die Entfernung zu ihr — die überschneidungsfreie Zuordnung „Wer wird von welchem Spielplatz versorgt?“ — sowie das kleinste Entfernungsband, in das die Adresse fällt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Einzugsbereiche&lt;/b&gt;: ein Polygon je Einrichtung und Entfernungsband für Karten (die erreichten Straßen, verbreitert; die Zählwerte hängen nie davon ab).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nicht routbar&lt;/b&gt;: Adressen und Einrichtungen, die weiter als die maximale Fangdistanz vom Netz entfernt liegen, sowie Adressen, von denen aus keine Einrichtung erreichbar ist.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Mehr als 50.000 Adressen werden ohne räumlichen Index in ein GeoPackage geschrieben (dessen Aufbau dauerte länger als die ganze Berechnung); &lt;i&gt;Räumlichen Index erstellen&lt;/i&gt; legt bei Bedarf einen an.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="36"/>
        <source>Find similar areas</source>
        <translation>Vergleichbare Gebiete finden</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="39"/>
        <source>Vergleichbare Gebiete,similar,Ähnlichkeit,Vergleich,benchmark,CoSI,Gebietsprofil</source>
        <translation>Vergleichbare Gebiete,similar,Ähnlichkeit,Vergleich,benchmark,CoSI,Gebietsprofil,ähnliche Gebiete,Vergleichsgebiete,Referenzgebiet,Benchmarking,Ähnlichkeitsanalyse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="42"/>
        <source>&lt;p&gt;Which areas are most like a given one? Each chosen indicator is z-standardised over all areas (so that a percentage and a count weigh alike), and the distance between two areas is the weighted root mean square of their z differences, over the indicators both have (NULL, e.g. suppressed, values are left out).&lt;/p&gt;&lt;p&gt;&lt;b&gt;With a reference area&lt;/b&gt; (&lt;i&gt;Reference area key&lt;/i&gt;): every area gets &lt;i&gt;similarity_rank&lt;/i&gt; (1 = most similar), &lt;i&gt;similarity_distance&lt;/i&gt;, and — with tolerance bands per indicator in its own unit, e.g. 2,5,,1 — &lt;i&gt;within_tolerance&lt;/i&gt; (how many indicators lie within the band of the reference's value) and &lt;i&gt;within_fields&lt;/i&gt; (which). The reference itself has &lt;i&gt;is_reference&lt;/i&gt; = 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Without a reference&lt;/b&gt;: every area gets its most similar areas, &lt;i&gt;similar_1&lt;/i&gt; … with &lt;i&gt;distance_1&lt;/i&gt; …&lt;/p&gt;</source>
        <translation>&lt;p&gt;Welche Gebiete ähneln einem gegebenen Gebiet am meisten? Jede gewählte Kennzahl wird über alle Gebiete z-standardisiert (damit ein Prozentwert und eine Anzahl gleich stark ins Gewicht fallen), und der Abstand zwischen zwei Gebieten ist das gewichtete quadratische Mittel ihrer z-Differenzen über die Kennzahlen, die beide Gebiete haben (NULL-Werte, z. B. geheim gehaltene, bleiben unberücksichtigt).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mit einem Referenzgebiet&lt;/b&gt; (&lt;i&gt;Gebietsschlüssel des Referenzgebiets&lt;/i&gt;): Jedes Gebiet erhält &lt;i&gt;similarity_rank&lt;/i&gt; (1 = am ähnlichsten), &lt;i&gt;similarity_distance&lt;/i&gt; und — mit Toleranzbändern je Kennzahl in ihrer eigenen Einheit, z. B. 2,5,,1 — &lt;i&gt;within_tolerance&lt;/i&gt; (wie viele Kennzahlen innerhalb des Toleranzbands um den Wert des Referenzgebiets liegen) und &lt;i&gt;within_fields&lt;/i&gt; (welche). Das Referenzgebiet selbst hat &lt;i&gt;is_reference&lt;/i&gt; = 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ohne Referenzgebiet&lt;/b&gt;: Jedes Gebiet erhält seine ähnlichsten Gebiete, &lt;i&gt;similar_1&lt;/i&gt; … mit &lt;i&gt;distance_1&lt;/i&gt; …&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="57"/>
        <source>One row per area with the indicator fields.</source>
        <translation>Eine Zeile je Gebiet mit den Kennzahlfeldern.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="65"/>
        <source>The indicators to compare.</source>
        <translation>Die zu vergleichenden Kennzahlen.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="70"/>
        <source>Tolerance bands (comma-separated, in field order)</source>
        <translation>Toleranzbänder (kommagetrennt, in der Reihenfolge der Felder)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="72"/>
        <source>Per indicator, in its unit, how far a value may lie from the reference&apos;s; an empty entry: no band. E.g. 2,5,,1.</source>
        <translation>Je Kennzahl in ihrer Einheit, wie weit ein Wert vom Wert des Referenzgebiets abweichen darf; ein leerer Eintrag: kein Toleranzband. Z. B. 2,5,,1.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="75"/>
        <source>Reference area key</source>
        <translation>Gebietsschlüssel des Referenzgebiets</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="76"/>
        <source>The area to compare with. Empty: the most similar areas of every area.</source>
        <translation>Das Gebiet, mit dem verglichen wird. Leer: die ähnlichsten Gebiete jedes Gebiets.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="78"/>
        <source>Number of similar areas</source>
        <translation>Anzahl der ähnlichsten Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="81"/>
        <source>Without a reference: how many similar areas each area gets.</source>
        <translation>Ohne Referenzgebiet: wie viele ähnlichste Gebiete jedes Gebiet erhält.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="83"/>
        <source>Similar areas</source>
        <translation>Vergleichbare Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="156"/>
        <source>Layer &apos;{layer}&apos; has no area with the key &apos;{key}&apos; (reference area). Known keys are e.g. {some}.</source>
        <translation>Layer '{layer}' hat kein Gebiet mit dem Gebietsschlüssel '{key}' (Referenzgebiet). Vorhandene Schlüssel sind z. B. {some}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="172"/>
        <source>Most similar to &apos;{key}&apos;: {areas}.</source>
        <translation>Ähnlichste Gebiete zu '{key}': {areas}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="178"/>
        <source>{given} tolerance bands for {fields} indicator fields; give one entry per field (empty entries for none).</source>
        <translation>{given} Toleranzbänder für {fields} Kennzahlfelder; geben Sie einen Eintrag je Feld an (leere Einträge für kein Toleranzband).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="180"/>
        <source>The weights must be 0 or more and not all 0.</source>
        <translation>Die Gewichte müssen 0 oder größer sein und dürfen nicht alle 0 sein.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/plugin.py" line="36"/>
        <source>Area profile (Gebietsprofil)</source>
        <translation>Gebietsprofil</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="75"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="80"/>
        <source>Area name</source>
        <translation>Gebietsname</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="86"/>
        <source>Search area…</source>
        <translation>Gebiet suchen…</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="87"/>
        <source>Pick on map</source>
        <translation>In der Karte wählen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="96"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="301"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/profile_chart.py" line="104"/>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/profile_chart.py" line="104"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/profile_chart.py" line="104"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="116"/>
        <source>Similar areas (click to show)</source>
        <translation>Vergleichbare Gebiete (Klick zeigt sie)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="121"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="122"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="123"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="124"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="210"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="293"/>
        <source>Choose a layer, its key field and indicators, then an area.</source>
        <translation>Wählen Sie einen Layer, sein Schlüsselfeld und die Kennzahlen, dann ein Gebiet.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/profile_chart.py" line="111"/>
        <source>confidential</source>
        <translation>geheim</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="331"/>
        <source>min {lo} · 25 % {q25} · 75 % {q75} · max {hi} · reference {ref}</source>
        <translation>Min. {lo} · 25 % {q25} · 75 % {q75} · Max. {hi} · Referenz {ref}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="342"/>
        <source>the town&apos;s total row</source>
        <translation>die Gesamtzeile der Stadt</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="343"/>
        <source>the population-weighted mean of the areas</source>
        <translation>der nach Einwohnern gewichtete Mittelwert der Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="343"/>
        <source>the mean of the areas</source>
        <translation>der Mittelwert der Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="345"/>
        <source>Reference: {ref}. Dot red: more need than the reference, blue: less, grey: no clear difference ({basis}). &apos;confidential&apos;: suppressed, not 0.</source>
        <translation>Referenz: {ref}. Punkt rot: mehr Bedarf als die Referenz, blau: weniger, grau: kein deutlicher Unterschied ({basis}). 'geheim': geheim gehalten, nicht 0.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="345"/>
        <source>95 % intervals</source>
        <translation>95-%-Konfidenzintervalle</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="345"/>
        <source>top or bottom fifth of the areas</source>
        <translation>oberstes oder unterstes Fünftel der Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/gui/area_profile_dock.py" line="439"/>
        <source>Export the area profile</source>
        <translation>Gebietsprofil exportieren</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/plugin.py" line="63"/>
        <source>&amp;Sozialplanung</source>
        <translation>&amp;Sozialplanung</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/profile_chart.py" line="104"/>
        <source>Range</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="44"/>
        <source>Sozialatlas as PDF (area profiles)</source>
        <translation>Sozialatlas als PDF (Gebietsprofile)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="47"/>
        <source>Sozialatlas,Sozialbericht,report,PDF,atlas,Gebietsprofil,print layout</source>
        <translation>Sozialatlas,Sozialbericht,report,PDF,atlas,Gebietsprofil,print layout,Bericht,Atlas,Gebietsprofile,Layout,Drucklayout,Druckzusammenstellung,Sozialraumprofil</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="54"/>
        <source>&lt;p&gt;The yearly Sozialatlas in one step: a PDF made with a QGIS print layout and its atlas — a cover page with the title, the date and an overview map of the areas (by index class where the layer has one), then one page per area with its map (neighbours grey), a locator map, the profile table with a spine chart per indicator (value, reference, rank among all areas), the index class and notes on suppressed ('geheim') or unreliable values, and at the end a table of all areas.&lt;/p&gt;&lt;p&gt;The layout comes from a template (.qpt): the default ships with the plugin; a municipality can use its corporate design — the items are found by their ids: heading, subheading, map_overview, map_area, locator, info, profile, notes, table, footer (missing ones are left out). The areas layer needs no particular style; geometry is not required (maps are then left empty).&lt;/p&gt;&lt;p&gt;Optionally the table of all areas as CSV or XLSX for the statistics appendix (suppressed values as 'geheim', flags kept).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der jährliche Sozialatlas in einem Schritt: ein PDF, erstellt mit einem QGIS-Layout (Druckzusammenstellung) und dessen Atlas – ein Deckblatt mit Titel, Datum und einer Übersichtskarte der Gebiete (nach Indexklasse, sofern der Layer eine hat), dann je Gebiet eine Seite mit seiner Karte (Nachbargebiete grau), einer Lagekarte, der Profiltabelle mit einem Profildiagramm (Spine-Chart) je Kennzahl (Wert, Referenz, Rang unter allen Gebieten), der Indexklasse und Hinweisen auf geheim gehaltene ('geheim') oder unsichere Werte, und am Ende eine Tabelle aller Gebiete.&lt;/p&gt;&lt;p&gt;Das Layout stammt aus einer Vorlage (.qpt): Die Standardvorlage wird mit dem Plugin ausgeliefert; eine Kommune kann ihr eigenes Corporate Design verwenden – die Elemente werden über ihre IDs gefunden: heading, subheading, map_overview, map_area, locator, info, profile, notes, table, footer (fehlende werden weggelassen). Der Gebietslayer braucht keinen bestimmten Stil; eine Geometrie ist nicht erforderlich (die Karten bleiben dann leer).&lt;/p&gt;&lt;p&gt;Optional die Tabelle aller Gebiete als CSV oder XLSX für den statistischen Anhang (geheim gehaltene Werte als 'geheim', Kennzeichen bleiben erhalten).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="69"/>
        <source>One row per area, e.g. the result of Compute social indicators or of the social index.</source>
        <translation>Eine Zeile je Gebiet, z. B. das Ergebnis von 'Sozialindikatoren berechnen' oder des Sozialindex.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="73"/>
        <source>Unique key of each area.</source>
        <translation>Eindeutiger Schlüssel jedes Gebiets.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="75"/>
        <source>Area name field</source>
        <translation>Feld mit dem Gebietsnamen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="77"/>
        <source>Shown as the page heading.</source>
        <translation>Wird als Seitenüberschrift angezeigt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="81"/>
        <source>The indicators of the profile, in this order.</source>
        <translation>Die Kennzahlen des Profils, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="83"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="138"/>
        <source>Sozialatlas</source>
        <translation>Sozialatlas</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="84"/>
        <source>Title of the cover page.</source>
        <translation>Titel des Deckblatts.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="86"/>
        <source>Layout template (.qpt)</source>
        <translation>Layoutvorlage (.qpt)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="87"/>
        <source>Empty: the template that ships with the plugin.</source>
        <translation>Leer: die mit dem Plugin ausgelieferte Vorlage.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="89"/>
        <source>Sozialatlas (PDF)</source>
        <translation>Sozialatlas (PDF)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="89"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="90"/>
        <source>Table of all areas</source>
        <translation>Tabelle aller Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="90"/>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="93"/>
        <source>Optional: the values of all areas for the statistics appendix.</source>
        <translation>Optional: die Werte aller Gebiete für den statistischen Anhang.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="181"/>
        <source>Layer &apos;{layer}&apos; has no areas to report.</source>
        <translation>Layer '{layer}' enthält keine Gebiete für den Bericht.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="182"/>
        <source>Layer '{layer}': all chosen indicators are NULL in every area — nothing to report.</source>
        <translation>Layer '{layer}': Alle gewählten Kennzahlen sind in allen Gebieten NULL – es gibt nichts zu berichten.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="143"/>
        <source>Layer &apos;{layer}&apos; has no polygons: the report is made without maps.</source>
        <translation>Layer '{layer}' enthält keine Polygone: Der Bericht wird ohne Karten erstellt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_pages.py" line="50"/>
        <source>Area profiles of {n} areas · as of {date}</source>
        <translation>Gebietsprofile von {n} Gebieten · Stand {date}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_pages.py" line="85"/>
        <source>confidential (suppressed, not 0): {names}</source>
        <translation>geheim (nicht veröffentlicht, nicht 0): {names}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_pages.py" line="87"/>
        <source>unreliable (wide confidence interval): {names}</source>
        <translation>unsicher (weites Konfidenzintervall): {names}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_pages.py" line="73"/>
        <source>Class: {label}</source>
        <translation>Klasse: {label}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_pages.py" line="75"/>
        <source>Residents: {n}</source>
        <translation>Einwohner: {n}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_pages.py" line="65"/>
        <source>All areas</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_layout.py" line="47"/>
        <source>Cannot read the layout template &apos;{path}&apos;: {error}</source>
        <translation>Die Layoutvorlage '{path}' kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_layout.py" line="50"/>
        <source>The layout template &apos;{path}&apos; is not a valid .qpt (XML) file.</source>
        <translation>Die Layoutvorlage '{path}' ist keine gültige .qpt-Datei (XML).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_layout.py" line="62"/>
        <source>The layout template &apos;{path}&apos; could not be loaded.</source>
        <translation>Die Layoutvorlage '{path}' konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_layout.py" line="65"/>
        <source>The layout template '{path}' has none of the item ids heading, map_area, profile, table … the report fills.</source>
        <translation>Die Layoutvorlage '{path}' enthält keine der Element-IDs heading, map_area, profile, table …, die der Bericht füllt.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_layout.py" line="193"/>
        <source>The PDF could not be written to &apos;{path}&apos;: {error}</source>
        <translation>Das PDF konnte nicht nach '{path}' geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="163"/>
        <source>{n} pages written: the cover, {areas} area pages, {tables} table pages.</source>
        <translation>{n} Seiten geschrieben: das Deckblatt, {areas} Gebietsseiten, {tables} Tabellenseiten.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_layout.py" line="207"/>
        <source>Could not write the table &apos;{path}&apos;: {error}</source>
        <translation>Die Tabelle '{path}' konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/area_profile_report_pages.py" line="153"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/provider.py" line="69"/>
        <source>The model &apos;{path}&apos; could not be loaded.</source>
        <translation>Das Modell '{path}' konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="219"/>
        <source>There is nothing to aggregate.</source>
        <translation>Es gibt nichts zu aggregieren.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="221"/>
        <source>There are no areas to aggregate to.</source>
        <translation>Es gibt keine Gebiete, auf die aggregiert werden kann.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/allocate_budget.py" line="186"/>
        <source>There are no areas to allocate to.</source>
        <translation>Es gibt keine Gebiete, auf die verteilt werden kann.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/area_profile_report.py" line="119"/>
        <source>The output &apos;{output}&apos; would overwrite &apos;{other}&apos; ({path}): choose another file.</source>
        <translation>Die Ausgabe '{output}' würde '{other}' ({path}) überschreiben: Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/compute_indicators.py" line="323"/>
        <source>Indicator &apos;{id}&apos;: the {role}</source>
        <translation>Kennzahl '{id}': der {role}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/similar_areas.py" line="189"/>
        <source>the tolerance bands</source>
        <translation>den Toleranzbereichen</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="59"/>
        <source>This algorithm needs the Python modules {modules}. Install them with the QGIS installer (OSGeo4W: python3-numpy, python3-scipy) or your package manager.</source>
        <translation>Dieser Algorithmus benötigt die Python-Module {modules}. Installieren Sie sie mit dem QGIS-Installer (OSGeo4W: python3-numpy, python3-scipy) oder Ihrer Paketverwaltung.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/expressions.py" line="24"/>
        <source>{what} &apos;{expr}&apos; is not a valid expression: {error}</source>
        <translation>{what} '{expr}' ist kein gültiger Ausdruck: {error}</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="67"/>
        <source>The catalogue file &apos;{path}&apos; is not valid JSON (line {line}, column {column}): {problem}.</source>
        <translation>Die Katalogdatei '{path}' ist kein gültiges JSON (Zeile {line}, Spalte {column}): {problem}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="69"/>
        <source>The catalogue file &apos;{path}&apos; is not valid: entry {entry}, key &apos;{key}&apos;: {problem}.</source>
        <translation>Die Katalogdatei '{path}' ist ungültig: Eintrag {entry}, Schlüssel '{key}': {problem}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="168"/>
        <source>The gaussian σ must be greater than 0, not {value:g}.</source>
        <translation>Das σ der Gauß-Gewichtung muss größer als 0 sein, nicht {value:g}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="169"/>
        <source>The gravity scale must be greater than 0, not {value:g}.</source>
        <translation>Der Maßstab des Gravitationsmodells muss größer als 0 sein, nicht {value:g}.</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="257"/>
        <source>Layer &apos;{layer}&apos;: the field &apos;{field}&apos; is not numeric. Choose a numeric field or convert it first: the field &apos;{field}&apos; is of type {type}, not a number; for a CSV, read the column as a number (German files: decimal comma and thousands separator).</source>
        <translation>Layer '{layer}': Das Feld '{field}' ist nicht numerisch. Wählen Sie ein numerisches Feld oder wandeln Sie es vorher um: Das Feld '{field}' hat den Typ {type}, keine Zahl; lesen Sie die Spalte einer CSV-Datei als Zahl ein (deutsche Dateien: Dezimalkomma und Tausendertrennzeichen).</translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/provider.py" line="75"/>
        <source>Sozialplanung needs the Python modules {modules}, which are missing. The algorithms are listed but cannot run until they are installed (OSGeo4W: python3-numpy / python3-scipy; Debian/Ubuntu: python3-numpy python3-scipy).</source>
        <translation>Sozialplanung benötigt die Python-Module {modules}, die fehlen. Die Algorithmen werden angezeigt, können aber erst laufen, wenn sie installiert sind (OSGeo4W: python3-numpy / python3-scipy; Debian/Ubuntu: python3-numpy python3-scipy).</translation>
    </message>
</context>
</TS>
