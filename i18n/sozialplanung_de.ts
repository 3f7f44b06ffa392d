<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="37"/>
        <source>By key field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="38"/>
        <source>By location: point in polygon / polygon centroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="39"/>
        <source>By location: largest overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="40"/>
        <source>Area-weighted apportioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="50"/>
        <source>Aggregate counts to planning areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="53"/>
        <source>sum,aggregate,Sozialraum,Baublock,address,count,join,Zählwerte,summieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="56"/>
        <source>&lt;p&gt;Sums counts (residents by age, SGB II beneficiaries, households, ...) of small units — addresses, buildings, Baublöcke — for each planning area (statistischer Bezirk, Sozialraum, Stadtteil).&lt;/p&gt;&lt;h3&gt;Methods&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;By key field&lt;/b&gt;: the unit's key (INPUT_KEY) equals the area key (AREA_ID). Keys are compared as text exactly: '010203' is not '10203'. If leading zeros were lost (a key read as a number), the algorithm stops and says so.&lt;/li&gt;&lt;li&gt;&lt;b&gt;By location: point in polygon&lt;/b&gt;: a point counts for the area that contains it; a polygon for the area containing its centroid (a point on its surface if the centroid lies outside it). A point on a boundary shared by two areas counts exactly once.&lt;/li&gt;&lt;li&gt;&lt;b&gt;By location: largest overlap&lt;/b&gt;: a polygon counts wholly for the area it overlaps most (ties: the area that comes first). Points are located as above.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Area-weighted apportioning&lt;/b&gt;: a polygon's counts are split between areas in proportion to the overlapping area (results are then decimal numbers). Points are located as above.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Results&lt;/h3&gt;&lt;p&gt;OUTPUT has every area with its attributes (AREA_ID as text), one sum per count field (integer fields stay integers except with apportioning) and &lt;i&gt;n_units&lt;/i&gt;, the number of source units counted. Units that reach no area go to OUTPUT_UNASSIGNED with the reason. The log shows for every field that the total is preserved: sum over areas + unassigned = input total.&lt;/p&gt;&lt;h3&gt;Data handling&lt;/h3&gt;&lt;p&gt;NULL counts add nothing and are reported; negative counts stop the algorithm. If the layers have different CRSs, INPUT is reprojected to the CRS of AREAS. With a geographic CRS, overlaps are measured on the ellipsoid. Invalid polygons are repaired (make valid) and reported. The input layers are never changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="83"/>
        <source>Source units with counts (addresses, buildings, blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="86"/>
        <source>Points or polygons with counts; a table without geometry works with the key method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="88"/>
        <source>Count fields to sum (empty: all numeric fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="91"/>
        <source>Numeric fields of the source units to be summed per area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="93"/>
        <source>Planning areas (Sozialräume, districts, blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="95"/>
        <source>Polygons of the planning areas; every area appears in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="97"/>
        <source>Area key field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="99"/>
        <source>Unique key of each area, e.g. &apos;0102&apos;. Written to the output as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="101"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="102"/>
        <source>How a source unit is matched to an area: 0 by key field, 1 point in polygon / centroid, 2 largest overlap, 3 area-weighted apportioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="105"/>
        <source>Area key field in the source units (method: by key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="107"/>
        <source>Field of the source units holding the key of their area; needed for the key method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="109"/>
        <source>Areas with summed counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="111"/>
        <source>Units not assigned to any area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="162"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that holds the area key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="159"/>
        <source>The method &apos;By key field&apos; needs the key field of the source units (INPUT_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="169"/>
        <source>Layer &apos;{layer}&apos; has no numeric fields to sum. Choose the count fields explicitly or convert text columns to numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="172"/>
        <source>Summing all numeric fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="176"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="187"/>
        <source>Layer &apos;{layer}&apos; has no point or polygon geometry, so it cannot be located in the areas. Use the method &apos;By key field&apos; or a layer of points or polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="192"/>
        <source>Layer &apos;{layer}&apos; has no features: there is nothing to aggregate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="195"/>
        <source>Layer &apos;{layer}&apos; has no features: there are no areas to aggregate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="200"/>
        <source>The source units are points: each point counts for the area that contains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="205"/>
        <source>Reprojecting &apos;{layer}&apos; from {src} to {dst}, the CRS of the areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="208"/>
        <source>The areas have a geographic CRS ({crs}); areas of overlap are measured on the ellipsoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="212"/>
        <source>Reading areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="229"/>
        <source>{n} invalid area polygons were repaired before use (keys: {keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="232"/>
        <source>Reading source units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="241"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: feature {row} holds &apos;{value}&apos;, which is not a number. Count fields must be numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="253"/>
        <source>Assigning units to areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="262"/>
        <source>key is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="262"/>
        <source>key not found in the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="274"/>
        <source>{n} units lie in more than one area (the areas overlap); each was counted once, for the first area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="278"/>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="306"/>
        <source>outside all areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="287"/>
        <source>{n} invalid source polygons were repaired before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="300"/>
        <source>{n} units are covered by overlapping areas; their shares were scaled so that nothing is counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="304"/>
        <source>no geometry or zero area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="308"/>
        <source>partly outside all areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="314"/>
        <source>Field &apos;{field}&apos;: {n} NULL values were not counted (features {rows}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="319"/>
        <source>Totals (input = areas + unassigned):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="325"/>
        <source>Internal error: totals were not preserved. Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="328"/>
        <source>{n} of {total} units were not (fully) assigned to an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="339"/>
        <source>The area field &apos;{field}&apos; is replaced by the sum of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="389"/>
        <source>Number of source units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="403"/>
        <source>The keys of &apos;{src}&apos; (field &apos;{skey}&apos;{kind}) lost their leading zeros: &apos;{example_src}&apos; should be &apos;{example_area}&apos; as in &apos;{areas}&apos; (field &apos;{akey}&apos;). {n} of {total} units do not match for this reason. Import the table again with the key column as text (in the CSV import: field type &apos;text&apos;), or build the key with lpad().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="403"/>
        <source>, a number field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="414"/>
        <source>None of the keys in &apos;{src}&apos; (field &apos;{skey}&apos;) matches a key in &apos;{areas}&apos; (field &apos;{akey}&apos;); for example &apos;{example}&apos;. Check that both fields hold the same kind of key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="419"/>
        <source>{n} units have keys that are not in &apos;{areas}&apos; (e.g. {examples}); they are listed as unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="25"/>
        <source>Counts and planning areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="26"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="27"/>
        <source>Social index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="28"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="29"/>
        <source>Area profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/base.py" line="57"/>
        <source>This algorithm needs the Python modules {modules}. Install them with the QGIS installer (OSGeo4W: python3-pandas, python3-scipy) or your package manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="15"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: feature {row} has the negative count {value:g} ({n} negative values in all). Counts cannot be negative; if negative numbers mark missing values, replace them with NULL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="18"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: feature {row} has no area key (NULL or empty). Every planning area needs a unique key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="20"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: the area key &apos;{key}&apos; occurs more than once ({n} duplicated keys in all). Area keys must be unique; dissolve or renumber the areas first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/messages.py" line="26"/>
        <source>Invalid input: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/provider.py" line="25"/>
        <source>Sozialplanung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/provider.py" line="28"/>
        <source>Sozialplanung – social planning tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/provider.py" line="39"/>
        <source>Sozialplanung needs the Python modules {modules}, which are missing. The algorithms are listed but cannot run until they are installed (OSGeo4W: python3-pandas / python3-scipy; Debian/Ubuntu: python3-pandas python3-scipy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sozialplanung_plugin/processing/algorithms/aggregate_counts.py" line="179"/>
        <source>Layer &apos;{layer}&apos;: the field &apos;{field}&apos; is of type {type}, not a number. Count fields must be numeric; for a CSV, read the column as integer (with decimal comma and thousands separator where used).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
