<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>@default</name>
    <message>
        <location filename="../core/processing_view.py" line="149"/>
        <source>the server gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="289"/>
        <source>Processing &apos;{name}&apos; finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="290"/>
        <source>Processing &apos;{name}&apos; failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="72"/>
        <source>, zoom {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="340"/>
        <source>Data provider {name}{zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="343"/>
        <source>{kind} URL {url}{zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="346"/>
        <source>My imagery: mosaic {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="349"/>
        <source>My imagery: mosaic {id}, images {images}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="350"/>
        <source>My imagery: images {images}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="353"/>
        <source>Imagery search ({provider}): {count} image(s){zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="358"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="365"/>
        <source>{model}; options: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="371"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="372"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="373"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="281"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="374"/>
        <source>{area} km² in {count} AOI(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="377"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="378"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="379"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="383"/>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="385"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="389"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="393"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="394"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="441"/>
        <source>Select a processing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="443"/>
        <source>Select exactly one processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="450"/>
        <source>The results of “{name}” are being loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="30"/>
        <source>Enter the URL of your imagery service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="33"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="38"/>
        <source>A {type} URL needs the placeholder(s) {missing}, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="42"/>
        <source>A WMS URL needs its LAYERS parameter, e.g. https://example.com/wms?LAYERS=ortho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="58"/>
        <source>No data provider is available for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="70"/>
        <source>{type} tiles from {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="75"/>
        <source>Choose a mosaic of your imagery, or upload a GeoTIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="78"/>
        <source>my image {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="79"/>
        <source>my mosaic {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="55"/>
        <source>Search footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="151"/>
        <source>The downloaded result is empty (0 bytes): the server sent no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="167"/>
        <source>The downloaded result is not complete or not valid GeoJSON ({detail}). The download may have been cut off: load the results again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="172"/>
        <source>The downloaded result is not a GeoJSON FeatureCollection (it starts with: &quot;{head}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="183"/>
        <source>GDAL could not list the geometry types of the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="115"/>
        <source>no details from GDAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="115"/>
        <source>Writing the GeoPackage {name} failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="334"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="79"/>
        <source>There were no results to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="96"/>
        <source>GDAL cannot read the result of {id}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="77"/>
        <source>Cannot create the results folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="98"/>
        <source>The download finished but wrote no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="104"/>
        <source>The processing returned no features: the GeoPackage has an empty polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="106"/>
        <source>Features of type {types} were left out: result layers hold polygons, lines and points only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="38"/>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="38"/>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="39"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="54"/>
        <source>QGIS cannot open the layer {layer} of {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="76"/>
        <source>{name} (tiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="84"/>
        <source>{name} (imagery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="90"/>
        <source>There were no result layers to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="69"/>
        <source>GDAL could not place the preview on the map: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="78"/>
        <source>The preview is not a picture GDAL can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="85"/>
        <source>GDAL could not georeference the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="90"/>
        <source>GDAL could not warp the preview onto the scene&apos;s footprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="106"/>
        <source>Preview: {provider} {date} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="135"/>
        <source>QGIS could not open the georeferenced preview of {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="142"/>
        <source>QGIS could not open the preview tiles of {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/styles.py" line="86"/>
        <source>The style file {name} is missing from the plugin folder; the layer keeps the default style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/styles.py" line="90"/>
        <source>The style {name} could not be applied: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="92"/>
        <source>The TileJSON address is not an http(s) URL: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="102"/>
        <source>The tile server at {host} did not answer within {seconds:g} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="106"/>
        <source>Cannot reach the tile server at {host}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="109"/>
        <source>The tile server answered HTTP {status} for the TileJSON at {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="112"/>
        <source>The TileJSON at {host} is too large to be a TileJSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="117"/>
        <source>The TileJSON at {host} is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="124"/>
        <source>The TileJSON is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="161"/>
        <source>The TileJSON at {host} lists no tile URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="165"/>
        <source>The processing reports neither a tile URL nor a TileJSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="173"/>
        <source>The tile URL is not an http(s) URL: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="176"/>
        <source>The tile URL has no {{z}}/{{x}}/{{y}} placeholders: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="201"/>
        <source>QGIS cannot open the vector tiles at {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="215"/>
        <source>QGIS cannot open the imagery tiles at {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="64"/>
        <source>Mapflow Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="58"/>
        <source>Show or hide the Mapflow Processing panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Mapflow Processing help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="38"/>
        <source>&lt;b&gt;Sign-in&lt;/b&gt;: the server and the account the Mapflow Processing panel last signed in to. Advanced parameters choose another server (SERVER, e.g. http://127.0.0.1:8765/rest for the sandbox) or another account (AUTHCFG: a QGIS authentication configuration of type Basic with your Mapflow e-mail as user name and the API key as password). No token is ever a parameter, so none appears in the Processing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="22"/>
        <source>Mapflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="78"/>
        <source>Mapflow server (empty: the panel&apos;s server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="80"/>
        <source>Sign-in (authentication configuration; empty: the panel&apos;s stored sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="133"/>
        <source>The algorithm was not prepared: run it through Processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="134"/>
        <source>Signing in to {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="136"/>
        <source>Signed in to {url} as {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="57"/>
        <source>There is no stored Mapflow sign-in for {url}. Sign in once in the Mapflow Processing panel (it keeps the token in the QGIS authentication database), or choose an authentication configuration with your Mapflow e-mail and API key in the Sign-in (AUTHCFG) parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="66"/>
        <source>The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Open the Mapflow Processing panel (QGIS asks for the master password there), then run the algorithm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="69"/>
        <source>The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Without a window nothing can ask for its master password: put the password in a file only you can read and set the environment variable QGIS_AUTH_PASSWORD_FILE to that file&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="201"/>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="30"/>
        <source>Estimate cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="33"/>
        <source>The credits a Mapflow processing of an area would cost, and what would block its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>Asks the Mapflow server what a processing of the area of interest would cost with this model, these options and this imagery, as the panel&apos;s cost line does. Nothing is started or charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>&lt;b&gt;Area of interest&lt;/b&gt;: the polygons of a layer (or only its selected features); they are reprojected to WGS 84, repaired and dissolved like in the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>&lt;b&gt;Outputs&lt;/b&gt;: COST (credits; 0 when the account is billed by area or not billed, see BILLING_TYPE), AREA_KM2 (the area of interest, geodesic), BLOCKING_REASON (why a start would be refused: balance, area or AOI limits, the provider&apos;s minimum area, your role in the project; empty when nothing blocks), CAN_START (true when BLOCKING_REASON is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>Fails (no outputs) when the area has no usable polygon, a model, option, project or provider is unknown, or the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="53"/>
        <source>Cost, credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="54"/>
        <source>Area, km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="55"/>
        <source>Blocking reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="56"/>
        <source>Can start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="57"/>
        <source>Billing type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="199"/>
        <source>Reading the area of interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="76"/>
        <source>Asking the server for the cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="141"/>
        <source>Area of interest: {aoi}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="88"/>
        <source>Model: {model}; imagery: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="92"/>
        <source>Cost: {credits} credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="96"/>
        <source>A start would be refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="38"/>
        <source>Area of interest (polygon layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="49"/>
        <source>Project (name or id; empty: the default project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="46"/>
        <source>Model (name or id, e.g. Buildings, Forest, Roads, Construction sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="49"/>
        <source>Model options (comma-separated, e.g. Classification, Heights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="52"/>
        <source>Imagery provider (name; empty: the account&apos;s first provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="55"/>
        <source>Zoom (0: the server chooses the model&apos;s zoom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="58"/>
        <source>Imagery URL instead of a provider (tile or WMS URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="60"/>
        <source>Imagery URL type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="63"/>
        <source>Login for the imagery URL (authentication configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="66"/>
        <source>My imagery: mosaic id (instead of a provider or URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="71"/>
        <source>&lt;b&gt;Model&lt;/b&gt; and &lt;b&gt;options&lt;/b&gt; are given by name (any case; “Buildings” finds “🏠 Buildings”) or id; an unknown name fails with the list of what the account offers. &lt;b&gt;Imagery&lt;/b&gt;: a data provider of your account at a zoom (0: the zoom the server chooses for the model), or your own tile service (URL with {x} {y} {z}, or {q} for Quadkey, or a WMS URL with LAYERS) whose login may come from an authentication configuration, or (advanced) a mosaic of your own imagery by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="214"/>
        <source>{parts} polygon(s), {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="34"/>
        <source>List processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="37"/>
        <source>The processings of a Mapflow project as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="40"/>
        <source>Writes the processings of a project (newest first) to a table: processing_id, name, model, status (the API's value: OK, FAILED, IN_PROGRESS…), progress, area_km2, cost, created, completed (when a finished processing last changed) and message (why it failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="40"/>
        <source>&lt;b&gt;Statuses&lt;/b&gt;: keep only these (none chosen: all). &lt;b&gt;Text&lt;/b&gt;: the server&apos;s search, as in the panel&apos;s list. &lt;b&gt;Maximum&lt;/b&gt;: at most this many rows (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="51"/>
        <source>Statuses (none: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="55"/>
        <source>Text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="56"/>
        <source>Maximum number of rows (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="58"/>
        <source>Processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="59"/>
        <source>Number of processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="74"/>
        <source>Project: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="92"/>
        <source>{count} processing(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="41"/>
        <source>Wait and load result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="44"/>
        <source>Waits until Mapflow processings end and writes their vector results to a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>Waits until each processing ends (polling at the panel&apos;s interval, up to the time limit in minutes; 0: no limit), downloads its vector result and writes a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>&lt;b&gt;Processing ids&lt;/b&gt;: one id, or several separated by commas (the PROCESSING_IDS output of “Start processing”). The GeoPackage has one table per geometry family (polygons, lines, points); each feature carries processing_id and processing_name, so the results of several processings stay apart. Loaded into the project, each table becomes a layer with the panel's style for its model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>Fails with the server's message when a processing FAILED (or was cancelled), and names the status when the time limit is reached; “Load the others when some failed” writes what succeeded and reports the rest. &lt;b&gt;Outputs&lt;/b&gt;: the GeoPackage and FEATURE_COUNT (features in all tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="97"/>
        <source>Processing ids (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="62"/>
        <source>Time limit, minutes (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="64"/>
        <source>Load the others when some failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="66"/>
        <source>Result GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="67"/>
        <source>Feature count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="68"/>
        <source>Processings loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="95"/>
        <source>{table}: {count} feature(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="111"/>
        <source>Downloading the result of “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="121"/>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="136"/>
        <source>The result is written as a GeoPackage: choose a file name ending in .gpkg (not {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="25"/>
        <source>Mapflow: AI extraction of buildings, forest, roads and construction from imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/result_layers.py" line="51"/>
        <source>Mapflow results ({count} processings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="82"/>
        <source>Start processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="62"/>
        <source>Starts Mapflow processings of an area: one for the whole layer, or one per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>Starts a Mapflow processing of the area of interest, checked and priced like the panel&apos;s Start button. &lt;b&gt;This spends credits.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;One processing per feature&lt;/b&gt;: each feature (or selected feature) becomes its own processing, named by the name expression (a field or any expression; empty: the name followed by the feature id). A feature that cannot start is reported, written to the table as NOT_STARTED with the reason, and the others go on. Without it, all polygons form one processing (at most the account&apos;s number of AOIs per processing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;Wait until each ends&lt;/b&gt;: polls every few seconds (the panel&apos;s poll interval) up to the time limit in minutes (0: no limit); the table then shows the final status. Cancelling stops waiting, never a processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;Outputs&lt;/b&gt;: PROCESSING_IDS, the started ids separated by commas (the input of “Wait and load result”), and a table of processing id, name, feature id, status and message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="83"/>
        <source>Processing name (empty: the model and the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="85"/>
        <source>One processing per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="87"/>
        <source>Name of each feature&apos;s processing (field or expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="91"/>
        <source>Wait until each processing ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="93"/>
        <source>Time limit for waiting, minutes (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="96"/>
        <source>Started processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="98"/>
        <source>Processings started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="99"/>
        <source>Features not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="146"/>
        <source>Or start one processing per feature (One processing per feature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="156"/>
        <source>Feature {fid}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="164"/>
        <source>Cancelled: no further processing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="166"/>
        <source>No processing was started. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="168"/>
        <source>The area of interest has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="177"/>
        <source>The name expression is not valid: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="226"/>
        <source>Feature {fid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="116"/>
        <source>Starting the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="237"/>
        <source>Started “{name}” ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="242"/>
        <source>“{name}” was not started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="40"/>
        <source>Waiting for “{name}”: {status}, {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="52"/>
        <source>Cancelled while waiting; the processings go on on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="58"/>
        <source>“{name}” ({id}) ended: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="95"/>
        <source>{task} — cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="125"/>
        <source>The task &quot;{name}&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="54"/>
        <source>Unknown result load mode &quot;{value}&quot;: expected gpkg, tiles or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="83"/>
        <source>Loading results as GeoPackage needs a downloader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="85"/>
        <source>Loading results as tiles needs the processing&apos;s tile endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="101"/>
        <source>Mapflow: load results of &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="120"/>
        <source>Vector tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="123"/>
        <source>Imagery tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="39"/>
        <source>{area} in {parts} part(s), from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="39"/>
        <source>the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="42"/>
        <source>No area chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="200"/>
        <source>Mapflow: read the area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="212"/>
        <source>Choose a vector file with the area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="216"/>
        <source>the map extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="221"/>
        <source>Click Draw, then click on the map to draw the area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="221"/>
        <source>Choose a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="229"/>
        <source>the drawn polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="244"/>
        <source>Reading the area of interest was cancelled; press Update to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="251"/>
        <source>Reading the area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="252"/>
        <source>The area of interest could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="37"/>
        <source>the area of interest cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="81"/>
        <source>Waiting for the area of interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="87"/>
        <source>Not known yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="91"/>
        <source>Free: this account is not billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="94"/>
        <source>{area} of your remaining area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="99"/>
        <source>≈ {credits} credits (asking the server…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="100"/>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="124"/>
        <source>Mapflow: cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="132"/>
        <source>{credits} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="138"/>
        <source>Computing the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="141"/>
        <source>Cannot be computed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="214"/>
        <source>Rename processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="149"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="87"/>
        <source>Delete {count} processing(s)? Their results are deleted too; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="239"/>
        <source>Delete processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="270"/>
        <source>Move processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="98"/>
        <source>Move to project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Load results again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>The results of these processings are already on the map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Replace them with a fresh download, or add another copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="118"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="119"/>
        <source>Add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="134"/>
        <source>Export statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="134"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="111"/>
        <source>New mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="81"/>
        <source>Rename mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="84"/>
        <source>Rename image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="88"/>
        <source>Delete {count} item(s)? Deleting a mosaic deletes its images too ({images} image(s) in all); this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="91"/>
        <source>Delete imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="96"/>
        <source>Upload GeoTIFF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="100"/>
        <source>Save the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="104"/>
        <source>{count} file(s) cannot be uploaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="105"/>
        <source>Upload the {count} other file(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="108"/>
        <source>Upload imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="69"/>
        <source>Accept {count} result(s) as they are? An accepted result cannot be sent back for review any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="103"/>
        <source>Accept results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="33"/>
        <source>Name: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="34"/>
        <source>Project: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="35"/>
        <source>Model: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="36"/>
        <source>Options: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="36"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="37"/>
        <source>Imagery: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="38"/>
        <source>Area: {area} in {parts} part(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="39"/>
        <source>Cost: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="58"/>
        <source>Share “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="61"/>
        <source>colleague@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="65"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="66"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="81"/>
        <source>Start this processing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="88"/>
        <source>Project name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="92"/>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="92"/>
        <source>Delete the project “{name}” and all its processings? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="106"/>
        <source>Upload a GeoTIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="106"/>
        <source>GeoTIFF (*.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="111"/>
        <source>Name of the new mosaic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="234"/>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="172"/>
        <source>My imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="206"/>
        <source>{count} scene(s) of {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="210"/>
        <source>The imagery of the copy: {scenes} (as in the original). Choosing another imagery in the Imagery section replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="56"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="80"/>
        <source>Select one processing to duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="98"/>
        <source>Mapflow: read “{name}” to duplicate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="98"/>
        <source>Duplicating a processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="98"/>
        <source>“{name}” could not be duplicated: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="117"/>
        <source>AOI of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="124"/>
        <source>The AOIs of the original could not be read; choose the area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="126"/>
        <source>{count} AOI(s) of the original had no readable geometry and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="133"/>
        <source>The Start tab holds a copy of “{name}” as “{copy}”: change what you want, then start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="146"/>
        <source>The original signed in to its imagery URL as “{login}”; the server never returns the password: enter the login and password in the Imagery section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="35"/>
        <source>The file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="37"/>
        <source>Only GeoTIFF files (.tif, .tiff) can be uploaded; {name} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="39"/>
        <source>The file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="67"/>
        <source>Mapflow: list my imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="80"/>
        <source>Listing your imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="80"/>
        <source>Your imagery could not be listed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="132"/>
        <source>Mapflow: upload {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="158"/>
        <source>{name} was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="166"/>
        <source>The upload of {name} was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="171"/>
        <source>Uploading a GeoTIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="290"/>
        <source>{name} could not be uploaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="27"/>
        <source>Model price: {total:g} credits/km² ({base:g} + {options:g} for the options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="29"/>
        <source>Model price: {total:g} credits/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="55"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="128"/>
        <source>{count} items selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="175"/>
        <source>Mapflow: create mosaic {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="175"/>
        <source>Mosaic “{name}” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="175"/>
        <source>Creating a mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="175"/>
        <source>The mosaic could not be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="194"/>
        <source>Mapflow: rename mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="194"/>
        <source>Mosaic “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="194"/>
        <source>Renaming a mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="194"/>
        <source>The mosaic could not be changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="203"/>
        <source>Mapflow: rename image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="203"/>
        <source>Image renamed to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="203"/>
        <source>Renaming an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="203"/>
        <source>The image could not be renamed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="222"/>
        <source>Deleted: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="225"/>
        <source>“{name}” could not be deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="230"/>
        <source>Mapflow: delete imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="230"/>
        <source>Deleting imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="230"/>
        <source>The imagery could not be deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="92"/>
        <source>Wait for the running upload or download, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="241"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="243"/>
        <source>Mapflow: check files before the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="243"/>
        <source>Checking the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="243"/>
        <source>The files could not be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="258"/>
        <source>Nothing was uploaded: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="275"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="277"/>
        <source>Mapflow: upload {count} file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="277"/>
        <source>Uploading imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="277"/>
        <source>The upload failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="287"/>
        <source>Uploaded: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="293"/>
        <source>The upload was cancelled; {count} file(s) had been uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="70"/>
        <source>Preview of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="71"/>
        <source>Large preview of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="76"/>
        <source>The preview of {name} could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="82"/>
        <source>Mapflow: preview {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="82"/>
        <source>Previewing an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="82"/>
        <source>The preview of {name} could not be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="105"/>
        <source>{name} was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="110"/>
        <source>Downloading an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="110"/>
        <source>{name} could not be downloaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="116"/>
        <source>The download of {name} was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="119"/>
        <source>Mapflow: download {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="121"/>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="127"/>
        <source>{count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="128"/>
        <source>Extent of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="130"/>
        <source>The footprint could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="134"/>
        <source>The area of interest is now the extent of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="143"/>
        <source>The imagery of the processing is now {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="71"/>
        <source>The OAuth2 configuration could not be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="95"/>
        <source>QGIS now asks for its master password (or asks you to set one, the first time): it encrypts the OAuth2 configuration and your sign-in in the QGIS authentication database. The plugin never sees that password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="54"/>
        <source>This data provider offers no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="99"/>
        <source>Preview: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="69"/>
        <source>Preview works for XYZ, TMS and Quadkey URLs; add a WMS service with Layer › Add Layer › Add WMS/WMTS Layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="74"/>
        <source>Preview: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="80"/>
        <source>Choose a mosaic of your imagery first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="87"/>
        <source>Mapflow: imagery preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="87"/>
        <source>Previewing the imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="87"/>
        <source>The preview failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="96"/>
        <source>“{name}” has no imagery tiles yet (an empty mosaic, or still being prepared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="104"/>
        <source>QGIS could not open the preview “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="109"/>
        <source>Added the layer “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="168"/>
        <source>{context}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="194"/>
        <source>{name} AOIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="197"/>
        <source>{count} AOI(s) of &apos;{name}&apos; had no readable geometry and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="200"/>
        <source>Load AOIs of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="200"/>
        <source>Could not load the AOIs of &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="211"/>
        <source>Renamed &apos;{old}&apos; to &apos;{new}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="214"/>
        <source>Could not rename &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="224"/>
        <source>Restart processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="224"/>
        <source>Could not restart the processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="232"/>
        <source>Restarted: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="232"/>
        <source>Could not restart &apos;{name}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="239"/>
        <source>Deleted {count} processing(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="239"/>
        <source>Could not delete &apos;{name}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="239"/>
        <source>Could not delete the processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="254"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="257"/>
        <source>There is no other project you can move processings to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="263"/>
        <source>List projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="263"/>
        <source>Could not list your projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="270"/>
        <source>Moved {count} processing(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="270"/>
        <source>Could not move &apos;{name}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="270"/>
        <source>Could not move the processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="283"/>
        <source>Thank you: &apos;{name}&apos; rated {rating} of 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="287"/>
        <source>Rate processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="287"/>
        <source>Could not rate &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="108"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="140"/>
        <source>Sign in to see your processings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="148"/>
        <source>Choose a project to see its processings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="157"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="219"/>
        <source>Refresh Mapflow processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="251"/>
        <source>Updated at {time}; following the unfinished processings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="253"/>
        <source>Updated at {time}; every processing on this page is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="269"/>
        <source>Could not refresh ({reason}); retrying in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="276"/>
        <source>Refreshing the processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="291"/>
        <source>{finished} processing(s) finished and {failed} failed; see the list for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="298"/>
        <source>Load results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="319"/>
        <source>{count} processings selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="76"/>
        <source>Mapflow: list projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="76"/>
        <source>Listing the projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="115"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="119"/>
        <source>Mapflow: create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="119"/>
        <source>Creating the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="123"/>
        <source>Project “{name}” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="131"/>
        <source>Rename project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="135"/>
        <source>Mapflow: rename project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="135"/>
        <source>Project renamed to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="135"/>
        <source>Renaming the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="147"/>
        <source>Mapflow: delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="147"/>
        <source>Deleting the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="154"/>
        <source>Project “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="166"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="169"/>
        <source>Mapflow: share project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="169"/>
        <source>Project “{name}” shared with {email} as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="169"/>
        <source>Sharing the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="193"/>
        <source>{context} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="125"/>
        <source>Loading results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="125"/>
        <source>The results folder {folder} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="138"/>
        <source>The results of “{name}” are being loaded already; their progress is in the task manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="175"/>
        <source>Loading cancelled: the results of “{name}” were not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="197"/>
        <source>The results of “{name}” could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="228"/>
        <source>The results of “{name}” were added to the map. Saved as {file} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="230"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="233"/>
        <source>The results of “{name}” were added to the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="71"/>
        <source>Sent back: “{comment}” ({count} marked object(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="103"/>
        <source>Accepting results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="103"/>
        <source>The results could not be accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="115"/>
        <source>Accepted: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="117"/>
        <source>“{name}” could not be accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="127"/>
        <source>Corrections of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="131"/>
        <source>The corrections layer could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="141"/>
        <source>Draw the wrong or missing objects of “{name}” on the layer “{layer}”, with a remark for each; then press “Send back for review”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="170"/>
        <source>“{name}” was sent back for review with {count} marked object(s); Mapflow support reworks it and it comes back to you for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="175"/>
        <source>Send “{name}” back for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="175"/>
        <source>Sending a result back for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="175"/>
        <source>“{name}” could not be sent back for review: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="48"/>
        <source>Choose scenes in the Search tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="56"/>
        <source>Showing the previews of the first {count} selected scenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="75"/>
        <source>No preview is offered for {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="103"/>
        <source>Mapflow: preview of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="120"/>
        <source>Previewing a scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="120"/>
        <source>The preview of {id} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="63"/>
        <source>Imagery for the processing: {scenes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="84"/>
        <source>Search the imagery (Search tab) and choose one or more scenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="94"/>
        <source>{scenes}, found by the planned search “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="112"/>
        <source>No scenes chosen yet: find them in the Search tab and press “Use for processing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="125"/>
        <source>Scenes: {scenes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="133"/>
        <source>Imagery: {price:g} credits/km² at zoom {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="135"/>
        <source>; at least {area:g} km² per processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="129"/>
        <source>Choose an area of interest in the Start tab: the search looks for scenes over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="132"/>
        <source>Area of interest: {name}, {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="132"/>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="109"/>
        <source>Choose an area of interest in the Start tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="187"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="188"/>
        <source>Mapflow: imagery search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="222"/>
        <source>The search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="240"/>
        <source>Searching the imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="310"/>
        <source>{count} scenes found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="307"/>
        <source>{hidden} on this page do not match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="387"/>
        <source>Select scenes in the table or on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="390"/>
        <source>{count} selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="406"/>
        <source>A planned search cannot cover it either: its area is over your planned-search limit. Search a smaller area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="411"/>
        <source>A planned search can cover this area: it searches the archive and keeps looking for new scenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="437"/>
        <source>Planned searches come in the Processings tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="429"/>
        <source>Choose an area of interest in the Start tab first: a planned search watches it for new scenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="87"/>
        <source>Mapflow: look for a local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="102"/>
        <source>Paste your Mapflow API token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="141"/>
        <source>QGIS now asks for its master password (or asks you to set one, the first time): it encrypts your Mapflow token in the QGIS authentication database. The plugin never sees that password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="154"/>
        <source>Signing in to {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="157"/>
        <source>Mapflow: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="179"/>
        <source>Signed in, but the token could not be kept for next time: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="189"/>
        <source>Signed in to {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="211"/>
        <source>Not signed in: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="235"/>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="249"/>
        <source>Mapflow: account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="264"/>
        <source>The account status could not be refreshed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="264"/>
        <source>Refreshing the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="138"/>
        <source>Imagery: no data charge for your own imagery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="151"/>
        <source>The imagery login could not be stored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="58"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="73"/>
        <source>Processing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="95"/>
        <source>Mapflow: start “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="109"/>
        <source>Processing “{name}” started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="116"/>
        <source>The processing could not be started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="72"/>
        <source>Sign in to see your processing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="82"/>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="90"/>
        <source>No processings match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="96"/>
        <source>Could not load the statistics: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="96"/>
        <source>Loading the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="99"/>
        <source>Mapflow statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="113"/>
        <source>Sign in to export your processing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="125"/>
        <source>Statistics saved to {path} ({size} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="129"/>
        <source>Could not export the statistics to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="131"/>
        <source>Exporting the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="134"/>
        <source>Export Mapflow statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="53"/>
        <source>Pausing the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="53"/>
        <source>Planned search “{name}” paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="57"/>
        <source>Resuming the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="57"/>
        <source>Planned search “{name}” resumed: it also looks at what was published while it was paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="63"/>
        <source>Restarting the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="63"/>
        <source>Planned search “{name}” restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="68"/>
        <source>Rename planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="75"/>
        <source>Renaming the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="75"/>
        <source>Planned search renamed to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="89"/>
        <source>Changing the end date of the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="89"/>
        <source>Planned search “{name}” now looks for new scenes until {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="95"/>
        <source>Delete the planned search “{name}”? It stops looking for scenes and its areas and found scenes are gone; the processings started from it stay in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="97"/>
        <source>Delete planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="101"/>
        <source>Planned search “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="105"/>
        <source>Deleting the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="131"/>
        <source>{context} “{name}” failed: {{reason}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="135"/>
        <source>Mapflow: {context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="64"/>
        <source>Planned search areas: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="94"/>
        <source>Wait until the change of the areas is saved ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="121"/>
        <source>Area {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="122"/>
        <source>New area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="122"/>
        <source>Name of the area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="135"/>
        <source>adding “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="139"/>
        <source>Area added; the planned search searches it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="149"/>
        <source>Rename area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="157"/>
        <source>renaming “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="168"/>
        <source>Area “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="187"/>
        <source>redrawing “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="193"/>
        <source>Area “{name}” redrawn; the planned search searches it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="204"/>
        <source>A planned search keeps at least one area; delete the planned search instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="207"/>
        <source>Delete {count} area(s) of the planned search? Their found scenes go with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="209"/>
        <source>Delete areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="212"/>
        <source>deleting {count} area(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="222"/>
        <source>{count} area(s) deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="227"/>
        <source>The drawn area is empty or not a valid polygon: draw a polygon with an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="237"/>
        <source>Saving: {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="252"/>
        <source>The area or its planned search no longer exists; reading the planned search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="256"/>
        <source>Changing the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="256"/>
        <source>The areas were not changed ({what}): {{reason}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="262"/>
        <source>Mapflow: planned search areas ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="281"/>
        <source>Click on the map to draw the area; right-click or double-click to finish, Esc to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="311"/>
        <source>Measuring the drawn area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="312"/>
        <source>Mapflow: measure the drawn area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="319"/>
        <source>Drawn: {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="88"/>
        <source>Planned search footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="159"/>
        <source>Reading the planned search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="209"/>
        <source>Mapflow: read the planned search “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="230"/>
        <source>Reading the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="243"/>
        <source>Until {date}; last looked {checked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="247"/>
        <source>{count} area(s), {area}; {found} scenes found, {new} new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="253"/>
        <source>Filters: {filters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="253"/>
        <source>No filters: any scene over the areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="257"/>
        <source>Its processings use {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="305"/>
        <source>{count} scenes found; {new} new on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="358"/>
        <source>Reading the scenes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="359"/>
        <source>Mapflow: scenes of the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="369"/>
        <source>Reading the scenes of the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="410"/>
        <source>{count} scene(s) marked as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="418"/>
        <source>Every scene of “{name}” is marked as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="433"/>
        <source>Marking scenes as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="435"/>
        <source>Mapflow: mark scenes as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="454"/>
        <source>Mapflow: the areas of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="481"/>
        <source>Mapflow: processings of the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="148"/>
        <source>Refresh Mapflow planned searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="173"/>
        <source>Could not refresh the planned searches ({reason}); retrying in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="205"/>
        <source>{count} planned searches found new scenes; see the Processings tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="249"/>
        <source>The planned search “{name}” no longer exists (it was deleted, perhaps by a colleague).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="263"/>
        <source>Choose a project first: planned searches belong to a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="272"/>
        <source>Planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="294"/>
        <source>Mapflow: create the planned search “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="294"/>
        <source>Creating the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="294"/>
        <source>The planned search could not be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="323"/>
        <source>Planned search “{name}” created: it searches the archive now, then keeps looking for new scenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="327"/>
        <source>Planned search “{name}” created, but it does not search: the limit of active planned searches is reached. Pause another one, then resume this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="36"/>
        <source>Mapflow: check the server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="36"/>
        <source>The server version could not be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="36"/>
        <source>Checking the server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="44"/>
        <source>Server API version {server} (this plugin knows {known}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AoiRules</name>
    <message>
        <location filename="../core/aoi_rules.py" line="108"/>
        <source>The area of interest has no polygon{detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="109"/>
        <source>The layer holds {detail} geometries; an area of interest needs a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="111"/>
        <source>No features are selected{detail}; select at least one polygon or use all features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="113"/>
        <source>The layer{detail} has no coordinate reference system; set its CRS in the layer properties and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="116"/>
        <source>The AOI source cannot be read{detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="117"/>
        <source>The AOI cannot be converted to longitude/latitude (EPSG:4326){detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="119"/>
        <source>The AOI coordinates fall outside the globe once read as longitude/latitude{detail}; the layer&apos;s coordinate reference system is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="123"/>
        <source>The AOI encloses the {detail} Pole, which a longitude/latitude polygon cannot describe; draw an area that stays off the pole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="127"/>
        <source>The AOI has a self-intersecting polygon of {detail} vertices, too complex to repair here, even when simplified by up to 0.1 % of its size. Repair or simplify it (Vector › Geometry Tools › Fix Geometries or Simplify) and choose the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="132"/>
        <source>The AOI has more than {limit} vertices; reading stopped there. Choose fewer or simpler polygons (Vector › Geometry Tools › Simplify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="140"/>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="141"/>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="142"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="143"/>
        <source>North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="144"/>
        <source>South</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="148"/>
        <source>1 invalid geometry was repaired (self-intersections, duplicate rings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="148"/>
        <source>{count} invalid geometries were repaired (self-intersections, duplicate rings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="152"/>
        <source>Z values were dropped from 1 geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="152"/>
        <source>Z values were dropped from {count} geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="155"/>
        <source>M values were dropped from 1 geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="155"/>
        <source>M values were dropped from {count} geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="158"/>
        <source>1 point or line part was left out; only polygons are processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="158"/>
        <source>{count} point or line parts were left out; only polygons are processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="161"/>
        <source>1 curved geometry was converted to straight segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="161"/>
        <source>{count} curved geometries were converted to straight segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="164"/>
        <source>1 shape crossing the 180° meridian was split in two at the meridian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="164"/>
        <source>{count} shapes crossing the 180° meridian were split at the meridian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="167"/>
        <source>Overlapping or touching shapes were merged: 1 part fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="167"/>
        <source>Overlapping or touching shapes were merged: {count} parts fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="170"/>
        <source>1 feature without geometry was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="170"/>
        <source>{count} features without geometry were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="173"/>
        <source>The AOI lies far outside the area {detail} is meant for; check that the layer&apos;s CRS is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="177"/>
        <source>A self-intersecting polygon of {before} vertices was simplified to {after} vertices (details under {metres} m) so that it could be repaired quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="177"/>
        <source>{count} self-intersecting polygons of {before} vertices in all were simplified to {after} vertices (details under {metres} m) so that they could be repaired quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="189"/>
        <source>non-polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="242"/>
        <source>The AOI has {count} separate polygons; a processing accepts at most {limit}. Merge or select fewer polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="258"/>
        <source>The AOI is {area}; your limit per processing is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="268"/>
        <source>The bounding box of AOI part {part} is {area}, over your limit per processing of {limit}{others}; the server measures each part&apos;s longitude/latitude box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="284"/>
        <source> (and 1 more part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="285"/>
        <source> (and {n} more parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="294"/>
        <source>The AOI is {area}; {provider} needs at least {minimum} per processing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AoiWidget</name>
    <message>
        <location filename="../ui/forms/aoi.ui" line="5"/>
        <source>Area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="7"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="10"/>
        <source>Polygon layer (all features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="11"/>
        <source>Polygon layer (selected features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="12"/>
        <source>Polygon drawn on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="13"/>
        <source>Current map extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="14"/>
        <source>Vector file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="15"/>
        <source>Extent of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="18"/>
        <source>The polygon layer of the area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="19"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="19"/>
        <source>Click to add vertices, right-click or double-click to finish, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="20"/>
        <source>Offer Mapflow result layers too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="20"/>
        <source>Results, imagery and footprints added by this plugin are not offered as an area of interest unless this is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="21"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.gml *.fgb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="22"/>
        <source>No area chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="23"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="23"/>
        <source>Read the area again from its source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWidget</name>
    <message>
        <location filename="../ui/connection_widget.py" line="23"/>
        <source>Mapflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection_widget.py" line="53"/>
        <source>Sandbox (offline, this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="11"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="16"/>
        <source>The Mapflow API base URL, ending with /rest. Choose the sandbox for offline demos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="20"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="25"/>
        <source>Paste your Mapflow API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="29"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="33"/>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="39"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="43"/>
        <source>&lt;a href=&quot;https://app.mapflow.ai/account/api&quot;&gt;Get an API token&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="49"/>
        <source>Sign in with Mapflow account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="50"/>
        <source>Sign in in your web browser with your Mapflow account (OAuth2), instead of an API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndDateDialog</name>
    <message>
        <location filename="../ui/template_dialogs.py" line="141"/>
        <source>End date of the planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="149"/>
        <source>It looks for new scenes until the end of this day; at most six months ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowAccount</name>
    <message>
        <location filename="../core/account.py" line="77"/>
        <source>balance {credits} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account.py" line="81"/>
        <source>remaining area {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account.py" line="83"/>
        <source>no billing limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account.py" line="91"/>
        <source>This processing costs {cost} credits; your balance is {balance} credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/account.py" line="100"/>
        <source>The AOI is {area}; your remaining area is {remaining}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowApi</name>
    <message>
        <location filename="../api/error_catalog.py" line="66"/>
        <source>An internal error occurred while {stage}. Please contact Mapflow support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="70"/>
        <source>The imagery URL must be a string, not {url_type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="72"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="74"/>
        <source>The imagery URL cannot be parsed: {parse_error_message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="76"/>
        <source>The zoom must be empty or a whole number, not {actual_zoom}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="78"/>
        <source>The zoom must be between 0 and 22, not {actual_zoom}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="80"/>
        <source>The zoom {actual_zoom} is higher than this model accepts (at most {max_zoom}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="82"/>
        <source>The zoom {actual_zoom} is lower than this model accepts (at least {min_zoom}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="84"/>
        <source>The source {url} is a map, not imagery, and cannot be processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="86"/>
        <source>The image metadata must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="88"/>
        <source>The image metadata must contain crs, transform, dtype and count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="90"/>
        <source>The image link must start with s3://, not {actual_s3_link}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="92"/>
        <source>A processing of an uploaded image needs its profile or its URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="94"/>
        <source>The file {s3_link} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="96"/>
        <source>The uploaded image cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="98"/>
        <source>The image profile {profile} lacks required keys: {required_keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="100"/>
        <source>The image data type {request_dtype} is not allowed; expected {required_dtypes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="102"/>
        <source>The image has {real_nchannels} bands; this model needs {required_nchannels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="104"/>
        <source>The pixel size {actual_res} m is finer than this model accepts (at least {min_res} m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="106"/>
        <source>The resolution is too coarse: pixel size {actual_res} m, this model needs at most {max_res} m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="109"/>
        <source>The image check of {checked_param} failed: {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="111"/>
        <source>A Quadkey URL must contain the {{q}} placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="113"/>
        <source>A Sentinel-2 processing needs the granule id as a string &apos;url&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="115"/>
        <source>{input_string} is not a Sentinel-2 granule id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="117"/>
        <source>The granule cell {actual_cell} is not supported by this model (allowed: {allowed_cells}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="119"/>
        <source>The area of interest does not intersect the granule cell {actual_cell}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="121"/>
        <source>The month {actual_month} is not supported by this model (allowed: {allowed_months}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="123"/>
        <source>A TMS URL must contain the {{x}}, {{y}} and {{z}} placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="125"/>
        <source>Internal validation error: the model requirements are {requirements_type}, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="127"/>
        <source>The processing request must be an object, not {request_type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="129"/>
        <source>The processing request does not say which imagery source type it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="131"/>
        <source>The source type {source_type} is not allowed for this model (allowed: {allowed_sources}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="133"/>
        <source>Internal validation error: the required section is {required_section_type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="135"/>
        <source>Internal validation error: the recommended section is {recommended_section_type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="137"/>
        <source>An XYZ URL must contain the {{x}}, {{y}} and {{z}} placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="139"/>
        <source>The processing has no area of interest (geometry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="143"/>
        <source>The imagery has no data inside the area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="145"/>
        <source>The area of interest is not a valid geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="149"/>
        <source>The source type {real_source_types} is unknown (allowed: {allowed_source_types}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="151"/>
        <source>Loading the imagery needs {estimated_size} MB, more than the allowed {allowed_size} MB. Use a smaller area or a lower zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="154"/>
        <source>The loader argument {argument_name} is {argument_type}; expected {expected_type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="156"/>
        <source>The imagery tiles have {real_nchannels} bands; expected {expected_nchannels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="158"/>
        <source>The imagery tiles are {real_size} pixels; expected {expected_size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="160"/>
        <source>The imagery tile {tile_location} could not be loaded (server status {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="165"/>
        <source>The imagery provider returned no data for the area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="167"/>
        <source>The imagery tile {tile_location} is not a readable image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="172"/>
        <source>The folder {s3_link} contains no images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="178"/>
        <source>checking the imagery source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="179"/>
        <source>loading the imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="180"/>
        <source>preparing the imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="181"/>
        <source>processing the imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="182"/>
        <source>building the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="187"/>
        <source>The area of interest ({area_sq_km} sq.km) is larger than your limit of {aoiAreaLimit_sq_km} sq.km per processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="190"/>
        <source>The area of interest ({aoiArea} sq.km) is smaller than the minimum of {providerMinArea} sq.km for the data provider {providerName}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="193"/>
        <source>Maxar imagery is not available on your plan. Upgrade your subscription to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="195"/>
        <source>The server rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="196"/>
        <source>The area of interest is larger than your planned-search limit of {templateAreaLimit_sq_km} sq.km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="200"/>
        <source>Only a finished result can be reviewed; this processing is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="202"/>
        <source>This result is not under review: the review workflow is not enabled for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="204"/>
        <source>This result has already been accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="205"/>
        <source>This result was sent back for review; support is reworking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="207"/>
        <source>This result is not waiting for a review ({reviewStatus}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="209"/>
        <source>Say in a comment what is wrong with the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="211"/>
        <source>The comment is {length} characters long; at most {maxLength} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="213"/>
        <source>The marked features are not valid: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="215"/>
        <source>A marked feature is a {geometryType}; mark points, lines or polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="217"/>
        <source>{featureCount} features are marked; at most {maxFeatures} can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="219"/>
        <source>The marked features take {size_mb} MB; at most {maxSize_mb} MB can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="227"/>
        <source>The search area ({area_sq_km} sq.km) is larger than your limit of {searchAreaLimit_sq_km} sq.km for an immediate search. Plan a search over it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="231"/>
        <source>The imagery provider {providers} does not answer. Try again later or search without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="233"/>
        <source>The image {imageId} is not in the imagery catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="235"/>
        <source>Images of several providers ({providers}) cannot be processed together. Choose images of one provider; only mosaics of one zoom can be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="238"/>
        <source>Images and mosaics cannot be processed together. Choose one kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="240"/>
        <source>Mosaics processed together must have the same zoom (the chosen ones have {zooms}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="242"/>
        <source>The area of interest does not overlap the chosen images: nothing is left to process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="244"/>
        <source>A planned search needs at least one area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="246"/>
        <source>The area name is {length} characters long; at most {maxLength} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="248"/>
        <source>The end date of the planned search must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="250"/>
        <source>The end date of the planned search must be within six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="252"/>
        <source>The planned search has ended. Move its end date later to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="254"/>
        <source>Only a failed planned search can be restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="256"/>
        <source>The image {imageId} was not found by this planned search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="262"/>
        <source>The file {filename} failed the checks: {bad_parameters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="264"/>
        <source>Not enough storage: the upload needs {memory_requested_mb} MB, {available_memory_mb} MB is free. Delete some imagery or extend your storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="268"/>
        <source>The file is too big: {actual_file_size_mb} MB, the limit is {max_file_size_mb} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="271"/>
        <source>The {instance_type} {uid} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="272"/>
        <source>You have no access to the {instance_type} {uid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="273"/>
        <source>The image {filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="276"/>
        <source>The image extent is outside the valid coordinate range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="278"/>
        <source>The file cannot be opened as a GeoTIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="279"/>
        <source>The image extent is too big.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="281"/>
        <source>The image is still being prepared; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="285"/>
        <source>The processing reported an error: {code}{details}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="19"/>
        <source>Mapflow error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="39"/>
        <source>Wrong token: {reason}. Copy the API token again from your Mapflow account page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="49"/>
        <source>Invalid request: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="58"/>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="66"/>
        <source>Cannot connect to the Mapflow server at {host}: {reason}. Check your internet connection and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="75"/>
        <source>The Mapflow server at {host} did not answer within {seconds} s ({phase}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="85"/>
        <source>The download was cut short ({detail}). No file was written; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="95"/>
        <source>The answer of the Mapflow server at {host} was cut short ({detail}). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="105"/>
        <source>The Mapflow server returned an error (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="131"/>
        <source>The server rejected the request (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="135"/>
        <source>Authentication failed: the Mapflow token is wrong or expired. Check your API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="144"/>
        <source>Not enough rights for this action in a shared project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="145"/>
        <source>This data provider is not available on your plan. Upgrade your subscription to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="157"/>
        <source>Not found: the item does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="161"/>
        <source>The item is not ready for this action yet; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="165"/>
        <source>The file is too large for the Mapflow server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="169"/>
        <source>Too many requests to the Mapflow server; try again in {wait} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="184"/>
        <source>The Mapflow server had an internal problem (HTTP {status}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="196"/>
        <source>The Mapflow server sent an unexpected response: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/oauth.py" line="37"/>
        <source>The Mapflow sign-in was refused ({error}): {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/oauth.py" line="38"/>
        <source>The Mapflow sign-in has expired or was ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="35"/>
        <source>{filename} is not a GeoTIFF: only GeoTIFF files can be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="36"/>
        <source>{filename} has no coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="37"/>
        <source>{filename} has {count} bands: upload single-band, RGB (3 bands) or RGBA (4 bands) images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="39"/>
        <source>{filename} holds {dtypes} values: only 8-bit (uint8) images are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="41"/>
        <source>{filename} is {width} × {height} px: at most {max_pixel_count} px per side are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="43"/>
        <source>{filename} has pixels of {pixel_size_m} m: at most {max_pixel_size_m} m are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="45"/>
        <source>{filename} has pixels of {pixel_size_m} m: it will be resampled to {resampled_m} m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="47"/>
        <source>The extent of {filename} is outside the valid coordinate range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="48"/>
        <source>{filename} is {size}: files of at most {max_size} are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="50"/>
        <source>Not enough storage for {filename}: it needs {size}, {free} is free. Delete some imagery first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="53"/>
        <source>{filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="57"/>
        <source>coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="58"/>
        <source>band count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="59"/>
        <source>pixel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="136"/>
        <source>{value} B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="136"/>
        <source>{value} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="136"/>
        <source>{value} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="136"/>
        <source>{value} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/qgis_transport.py" line="109"/>
        <source>QGIS could not sign in to Mapflow with your Mapflow account: the sign-in in the browser was not completed, was refused or took too long. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasks/imagery.py" line="24"/>
        <source>Nothing was sent: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowCharges</name>
    <message>
        <location filename="../core/charges.py" line="55"/>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="59"/>
        <source>{cost} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="94"/>
        <source>{count} processings, {area} km²; this account is not billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="96"/>
        <source>{count} processings: {credits} credits and {area} km² charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="99"/>
        <source>{refunded} failed or refunded, not charged ({credits} credits given back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="121"/>
        <source>Top up your balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="124"/>
        <source>The sandbox has no top-up page: add credits with its admin command (python -m sandbox add-credits EMAIL N --data-dir DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="127"/>
        <source>This server has no known top-up page: ask its administrator for credits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowDock</name>
    <message>
        <location filename="../ui/forms/dock.ui" line="9"/>
        <source>Mapflow Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="24"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="28"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="29"/>
        <source>Imagery search: find scenes over the area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="38"/>
        <source>Processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="42"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="83"/>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowDuplicate</name>
    <message>
        <location filename="../core/duplicate.py" line="49"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="88"/>
        <source>The model “{model}” of the original is not available in this project; choose a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="97"/>
        <source>The data provider “{provider}” of the original is not available to your account; choose the imagery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="110"/>
        <source>The original read its imagery from a {kind} source the dock cannot choose; choose the imagery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="116"/>
        <source>The imagery of the original was not found among your imagery; choose the imagery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="124"/>
        <source>The original used {count} images of a mosaic; the copy uses the whole mosaic. Choose one image if you need fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="131"/>
        <source>The imagery source of the original is not known; choose the imagery.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowErrors</name>
    <message>
        <location filename="../core/errors.py" line="41"/>
        <source>{context} failed: {reason}{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="44"/>
        <source>{context} failed unexpectedly: {error}. Details are in the log panel ({tab}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowImagery</name>
    <message>
        <location filename="../core/my_imagery.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="192"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="193"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="194"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="195"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="145"/>
        <source>Storage: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="148"/>
        <source>Storage: {used} used, no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="151"/>
        <source>Storage: {used} of {limit} used, {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="172"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="175"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="177"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="178"/>
        <source>Pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="180"/>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="182"/>
        <source>Pixel size (CRS units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>not available (a linked image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="196"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="244"/>
        <source>Select the mosaic to upload into, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="247"/>
        <source>Select a mosaic or an image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="251"/>
        <source>Select exactly one mosaic or image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="254"/>
        <source>Select exactly one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="256"/>
        <source>A linked image cannot be downloaded: it was not uploaded to Mapflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="259"/>
        <source>This image has no footprint yet to place a preview on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="261"/>
        <source>The selection has no footprint yet (an empty mosaic).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowMessages</name>
    <message>
        <location filename="../integration/message_actions.py" line="37"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="40"/>
        <source>Open log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="45"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="69"/>
        <source>Mapflow Processing: error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="79"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowOAuth</name>
    <message>
        <location filename="../core/oauth_setup.py" line="38"/>
        <source>This QGIS has no OAuth2 authentication method, so sign-in with your Mapflow account is not possible here; sign in with your API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth_setup.py" line="42"/>
        <source>Sign-in with your Mapflow account (OAuth2) needs QGIS 3.34 or later: older QGIS cannot do the PKCE sign-in Mapflow requires. Sign in with your API token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oauth_setup.py" line="70"/>
        <source>An OAuth2 configuration for {server} was created in QGIS's authentication database. Restart QGIS once, then press “Sign in with Mapflow account” again: QGIS uses a new OAuth2 configuration only after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowPlan</name>
    <message>
        <location filename="../core/processing_plan.py" line="131"/>
        <source>Reading the area of interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="133"/>
        <source>Choose an area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="135"/>
        <source>Choose a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="137"/>
        <source>Choose the imagery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="180"/>
        <source>Choose a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="212"/>
        <source>The cost could not be computed ({reason}); Start waits until the server prices it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="216"/>
        <source>Waiting for the server to compute the cost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowProcessings</name>
    <message>
        <location filename="../core/processing_view.py" line="51"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="52"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="54"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="55"/>
        <source>km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="56"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="57"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="60"/>
        <source>Progress, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="61"/>
        <source>Area, km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="62"/>
        <source>Cost, credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="95"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="96"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="97"/>
        <source>Awaiting imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="98"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="99"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="100"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="101"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="105"/>
        <source>review required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="106"/>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="107"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="108"/>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="424"/>
        <source>Only finished (OK) processings have results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="426"/>
        <source>Only finished (OK) processings can be rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="428"/>
        <source>Only failed processings can be restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processings_list.py" line="73"/>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processings_list.py" line="75"/>
        <source>server error {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowReview</name>
    <message>
        <location filename="../core/review.py" line="34"/>
        <source>Review required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="35"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="36"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="37"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="41"/>
        <source>“{name}” has already been accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="42"/>
        <source>“{name}” was sent back for review; Mapflow support is reworking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="44"/>
        <source>“{name}” was refunded; there is nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="80"/>
        <source>the deadline has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="83"/>
        <source>{days} days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="85"/>
        <source>{hours} h {minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="87"/>
        <source>{minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="100"/>
        <source>Review required until {until} ({left}); a result not sent back by then is accepted as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="111"/>
        <source>Only finished (OK) results can be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="112"/>
        <source>“{name}” has no review: the review workflow was off when it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="122"/>
        <source>Select a result in review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review.py" line="124"/>
        <source>Select exactly one result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowRoles</name>
    <message>
        <location filename="../core/roles.py" line="14"/>
        <source>The default project cannot be renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/roles.py" line="15"/>
        <source>Your role in this project is {role}; this needs the {needed} role or higher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowSession</name>
    <message>
        <location filename="../core/session.py" line="50"/>
        <source>The server address must be an http:// or https:// URL ending with /rest, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session.py" line="97"/>
        <source>There is no Mapflow API at {url}. Check the address: it must end with /rest, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session.py" line="102"/>
        <source>Nothing answers at {host} on this computer. Is the sandbox running? Start it with “make sandbox” in the plugin's source folder, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowToolbox</name>
    <message>
        <location filename="../core/toolbox.py" line="65"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="68"/>
        <source>Give a model: one of {models}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="75"/>
        <source>There is no model “{model}” in this project. Models: {models}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="95"/>
        <source>The model “{model}” has no option {unknown}. Its options: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="98"/>
        <source>The model “{model}” has no options (asked for {unknown}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="112"/>
        <source>There is no project “{project}” in this account. Projects: {projects}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="123"/>
        <source>This account has no imagery providers: give an imagery URL or a mosaic instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="130"/>
        <source>There is no imagery provider “{provider}” for this account. Providers: {providers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="140"/>
        <source>Give at least one processing id (several: separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="144"/>
        <source>{ids} is not a processing id: ids are letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="207"/>
        <source>The processing “{name}” ({id}) is still {status} ({percent} %) after {minutes} min. Run again later with the same id to pick it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="212"/>
        <source>The server did not say how the processing {id} is doing within {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="222"/>
        <source>The processing “{name}” ({id}) failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="224"/>
        <source>The processing “{name}” ({id}) ended as {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapflowVersion</name>
    <message>
        <location filename="../core/version_notice.py" line="34"/>
        <source>The Mapflow server runs a newer major version of its API ({server}) than this plugin knows ({known}): some actions may fail or show incomplete data. Update Mapflow Processing in Plugins › Manage and Install Plugins; you can keep working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/version_notice.py" line="40"/>
        <source>The Mapflow server has a newer version of its API ({server}; this plugin knows {known}). Everything keeps working; a plugin update may bring its new features.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelWidget</name>
    <message>
        <location filename="../ui/forms/model.ui" line="5"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_widget.py" line="29"/>
        <source>{name} — {price:g} credits/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_widget.py" line="70"/>
        <source>{label} (+{price:g} credits/km²)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MosaicDialog</name>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="30"/>
        <source>None: an empty mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="59"/>
        <source>Choose GeoTIFF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="5"/>
        <source>Mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="9"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="15"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="19"/>
        <source>Comma-separated, e.g. city, 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="23"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="34"/>
        <source>Choose GeoTIFFs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyImageryWidget</name>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="14"/>
        <source>Filter by name or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="20"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="21"/>
        <source>List your imagery and storage again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="56"/>
        <source>Select a mosaic or an image to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="78"/>
        <source>New mosaic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="79"/>
        <source>Make a mosaic, empty or with GeoTIFF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="84"/>
        <source>Upload images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="85"/>
        <source>Upload GeoTIFF files into the selected mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="90"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="91"/>
        <source>Rename the selected mosaic or image; change a mosaic&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="96"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="97"/>
        <source>Delete the selected mosaics and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="102"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="103"/>
        <source>Show a preview of the selected image on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="108"/>
        <source>Size of the preview picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="109"/>
        <source>Small (256 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="110"/>
        <source>Large (1024 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="115"/>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="116"/>
        <source>Save the original file of the selected image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="121"/>
        <source>Use as AOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="122"/>
        <source>The extent of the selection becomes the area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="127"/>
        <source>Use for processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="128"/>
        <source>The selected mosaic or image becomes the imagery of the processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSearchDialog</name>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="5"/>
        <source>Plan a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="9"/>
        <source>A planned search looks for scenes over its areas in the archive, then keeps looking for new ones until its end date and tells you when it finds some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="15"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="18"/>
        <source>At most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="22"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="24"/>
        <source>Area name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="25"/>
        <source>Optional; at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="26"/>
        <source>One area per part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="26"/>
        <source>Each part becomes an area of its own, with its own scenes and processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="27"/>
        <source>Active until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="28"/>
        <source>It looks for new scenes until the end of this day; at most six months ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="33"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="45"/>
        <source>Keep the Start tab&apos;s processing choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="46"/>
        <source>The planned search remembers the model, its options and the zoom; its processings start with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="73"/>
        <source>One area per part ({count} parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="81"/>
        <source>Keep the Start tab&apos;s processing choices (no model chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="83"/>
        <source>Keep the Start tab&apos;s processing choices: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="111"/>
        <source>{area} in {parts} part(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="115"/>
        <source>It looks for scenes acquired from {day} on; the end of the date range is left out so that new scenes are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="118"/>
        <source>It looks for scenes of any date, new ones included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolygonDrawTool</name>
    <message>
        <location filename="../layers/draw_tool.py" line="135"/>
        <source>A polygon needs at least 3 points; click to add points, then right-click or double-click to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingExtrasWidget</name>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="12"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="22"/>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="23"/>
        <source>Accept the selected results as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="28"/>
        <source>Mark corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="29"/>
        <source>Open a layer where you draw the wrong or missing objects, each with a remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="34"/>
        <source>Send back for review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="35"/>
        <source>Send the result back to Mapflow with a comment and the marked objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="45"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_extras_widget.py" line="47"/>
        <source>Fill the Start tab with this processing&apos;s model, options, imagery and area, to start a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_extras_widget.py" line="29"/>
        <source>Select one processing to duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingsWidget</name>
    <message>
        <location filename="../ui/forms/processings.ui" line="14"/>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="20"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="21"/>
        <source>Refresh the list now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="42"/>
        <source>Select a processing to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="50"/>
        <source>&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="51"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="56"/>
        <source>Page 1 of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="63"/>
        <source>&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="64"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="69"/>
        <source>Per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="87"/>
        <source>Load results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="92"/>
        <source>Load AOIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="97"/>
        <source>Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="102"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="107"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="112"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="117"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="122"/>
        <source>Load results as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="127"/>
        <source>What &quot;Load results&quot; adds to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="128"/>
        <source>GeoPackage and tile layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="129"/>
        <source>GeoPackage only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="130"/>
        <source>Tile layers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="66"/>
        <source>Save results in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="140"/>
        <source>The folder &quot;Load results&quot; saves GeoPackages in, kept with the QGIS project; empty: next to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="108"/>
        <source>Select a processing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="215"/>
        <source>Page {page} of {pages} ({total} processings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="252"/>
        <source>Results are saved in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectWidget</name>
    <message>
        <location filename="../ui/forms/project.ui" line="5"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="12"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="12"/>
        <source>Create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="13"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="14"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="15"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_widget.py" line="45"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_widget.py" line="74"/>
        <source>Sign in and choose a project first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../ui/dialogs.py" line="33"/>
        <source>How good is the result of &apos;{name}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Useless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="5"/>
        <source>Rate the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="9"/>
        <source>How good is the result?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="27"/>
        <source>What was good or wrong? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneTableModel</name>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Cloud, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Off-nadir, °</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Resolution, m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>AOI cover, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="192"/>
        <source>Mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="194"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="200"/>
        <source>Off-nadir angle {angle}° (signed as the provider gives it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="203"/>
        <source>Sun elevation {angle}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="205"/>
        <source>Zoom {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="207"/>
        <source>Does not match the current filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchFiltersWidget</name>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="11"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="11"/>
        <source>Only scenes acquired on these days (your time zone), both days included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="15"/>
        <source>Cloud ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="15"/>
        <source>Only scenes with at most this cloud cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="17"/>
        <source>AOI cover ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="17"/>
        <source>Only scenes that cover at least this share of the area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="19"/>
        <source>Off-nadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="19"/>
        <source>Only scenes taken within this off-nadir angle range (either side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="23"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="23"/>
        <source>Only scenes whose pixel size lies in this range (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="26"/>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="27"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="30"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="30"/>
        <source>Single satellite scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="31"/>
        <source>Mosaics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="31"/>
        <source>Seamless mosaics made of many scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="40"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="213"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="41"/>
        <source>The providers to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="168"/>
        <source>Choose images, mosaics or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="170"/>
        <source>Choose at least one provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="215"/>
        <source>{checked} of {total} providers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchRules</name>
    <message>
        <location filename="../core/search_rules.py" line="42"/>
        <source>Choose one or more scenes in the search results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="105"/>
        <source>The area of interest lies outside the chosen scenes: nothing is left to process. Choose scenes that cover it, or another area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="115"/>
        <source>The area of interest is cut to the chosen scenes: {lost} ({percent} %) of it lies outside them and is not processed; {kept} remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="177"/>
        <source>The search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="193"/>
        <source>The imagery search got no answer in time ({reason}). Search a smaller area or fewer providers, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="197"/>
        <source>The imagery search failed on the server: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="200"/>
        <source>The server refused the imagery search: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="204"/>
        <source>The imagery search could not reach the server: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="213"/>
        <source>No scenes over the area of interest match these filters ({filters}). Widen them, or search another area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="216"/>
        <source>No scenes cover the area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="221"/>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="222"/>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="223"/>
        <source>cloud cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="224"/>
        <source>off-nadir angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="225"/>
        <source>AOI cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="226"/>
        <source>providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="227"/>
        <source>product types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="300"/>
        <source>Search again: the area of interest changed since the last search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="305"/>
        <source>Search again: the filters are wider than the last search ({filters}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="345"/>
        <source>0 of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="346"/>
        <source>{first}–{last} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="359"/>
        <source>scene {id} of {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="362"/>
        <source>{count} scenes of {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="367"/>
        <source>, zoom {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../ui/forms/search.ui" line="12"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="26"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="26"/>
        <source>Search the imagery catalog over the area of interest with these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="27"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="28"/>
        <source>Plan search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="28"/>
        <source>Save this search as a planned search: it keeps looking for new scenes over the area of interest and tells you when it finds some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="53"/>
        <source>Plan a search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="53"/>
        <source>A planned search covers a large area and keeps looking for new scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="69"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="71"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="78"/>
        <source>Per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="84"/>
        <source>Zoom to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="84"/>
        <source>Zoom the map to the selected scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="85"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="85"/>
        <source>Show the selected scenes&apos; quick-looks on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="86"/>
        <source>Use for processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="86"/>
        <source>Process the selected scenes: they become the imagery of the Start tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../integration/auth.py" line="98"/>
        <source>The API token is empty; paste the token from the Mapflow web app (Account › API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="104"/>
        <source>This is not a Mapflow API token: it should be the base64 text copied from the Mapflow web app (Account › API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="109"/>
        <source>This is not a Mapflow API token: once decoded it should read “e-mail:key”. Copy it again from the Mapflow web app (Account › API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="166"/>
        <source>The QGIS authentication system is not available, so the token cannot be stored safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="175"/>
        <source>The QGIS authentication database is locked: its master password is needed to store or read the Mapflow token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="212"/>
        <source>“{id}” is not an authentication configuration id: it is 7 letters and digits, as shown in Settings › Authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="217"/>
        <source>There is no authentication configuration “{id}” in this QGIS profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="226"/>
        <source>The authentication configuration “{id}” is not a Basic login with a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="308"/>
        <source>QGIS could not store the secret in its authentication database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../ui/dialogs_review.py" line="31"/>
        <source>Send “{name}” back to Mapflow for review: say what is wrong. Support reworks the result and it comes back to you for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="35"/>
        <source>Send the {count} object(s) marked in “{layer}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="41"/>
        <source>No objects are marked. To show what is wrong or missing, cancel, press “Mark corrections” and draw them on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="61"/>
        <source>At most {limit} characters ({length} now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/send_back_dialog.ui" line="5"/>
        <source>Send back for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/send_back_dialog.ui" line="16"/>
        <source>What is wrong with the result (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceWidget</name>
    <message>
        <location filename="../ui/forms/source.ui" line="5"/>
        <source>Imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="9"/>
        <source>Data provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="10"/>
        <source>My URL (XYZ, TMS, Quadkey, WMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="11"/>
        <source>My imagery (GeoTIFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="12"/>
        <source>Imagery search (scenes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="19"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="35"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="27"/>
        <source>https://example.com/tiles/{z}/{x}/{y}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="28"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="30"/>
        <source>XYZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="31"/>
        <source>TMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="32"/>
        <source>Quadkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="33"/>
        <source>WMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="37"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="38"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="39"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="40"/>
        <source>optional, kept in the QGIS authentication database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="46"/>
        <source>Mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="48"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="52"/>
        <source>Upload GeoTIFF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="54"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="61"/>
        <source>No scenes chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="63"/>
        <source>Search imagery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="63"/>
        <source>Find scenes over the area of interest in the Search tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="71"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="71"/>
        <source>Add the chosen imagery to the map as a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="26"/>
        <source>— (server decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="62"/>
        <source>New mosaic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="157"/>
        <source>{zoom} — {price:g} credits/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="169"/>
        <source>All images of the mosaic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <location filename="../ui/star_rating.py" line="42"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/star_rating.py" line="69"/>
        <source>{rating} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/star_rating.py" line="70"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWidget</name>
    <message>
        <location filename="../ui/forms/start.ui" line="5"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="7"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="8"/>
        <source>Processing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="9"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="10"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="11"/>
        <source>color: #b03a2e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="12"/>
        <source>Ask for confirmation before starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="13"/>
        <source>Start processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsWidget</name>
    <message>
        <location filename="../ui/forms/stats.ui" line="12"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="17"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="16"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="20"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="22"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="25"/>
        <source>Name, project, model or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="33"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="34"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="93"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="109"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRules</name>
    <message>
        <location filename="../core/templates.py" line="46"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="47"/>
        <source>Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="48"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="49"/>
        <source>Not searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="50"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="51"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="54"/>
        <source>Searching the archive over its areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="55"/>
        <source>Keeps looking for new scenes until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="56"/>
        <source>Paused: resumed, it also finds what was published meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="58"/>
        <source>Not searching: the limit of active planned searches was reached when it was created. Pause another one, then resume this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="61"/>
        <source>Ended on {until}; it keeps what it found. Move its end date later to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="63"/>
        <source>The search failed ({reason}); restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="97"/>
        <source>the server gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="111"/>
        <source>Planned search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="112"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="113"/>
        <source>New scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="114"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="115"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="148"/>
        <source>{new} new of {found} scenes found; last looked {checked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="151"/>
        <source>{count} area(s), {area} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="154"/>
        <source>Created by {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="171"/>
        <source>Planned search “{name}” found {count} new scene(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="194"/>
        <source>New scenes are waiting in planned searches: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="233"/>
        <source>Your role in this project is {role}: you can change only the planned searches you created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="243"/>
        <source>Select a planned search first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="256"/>
        <source>The planned search ended on {until}; move its end date later to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="261"/>
        <source>It is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="265"/>
        <source>It is not searching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="269"/>
        <source>Only a failed planned search can be restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>Give the planned search a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>The name of the planned search is {length} characters long; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>The name of the planned search must not contain line breaks or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>Give the area a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>The name of the area is {length} characters long; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>The name of the area must not contain line breaks or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="335"/>
        <source>The end date of the planned search must be within six months (until {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="347"/>
        <source>An area of interest is empty or not a valid polygon; draw or choose a polygon with an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="351"/>
        <source>A planned search has at most {limit} areas ({count} given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="357"/>
        <source>{reason} Its areas would cover {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="418"/>
        <source>, zoom {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="469"/>
        <source>Other processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="487"/>
        <source>planned search “{name}”, area “{aoi}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="489"/>
        <source>planned search “{name}”, {count} areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="495"/>
        <source>The planned search “{name}” no longer exists (it was deleted, perhaps by a colleague); its view is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateView</name>
    <message>
        <location filename="../ui/forms/template_view.ui" line="6"/>
        <source>◀ Planned searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="6"/>
        <source>Back to the list of planned searches and processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Stop looking for new scenes until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Look for new scenes again, including those published while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Search again after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>End date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Change until when it looks for new scenes (at most six months ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="11"/>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="102"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Show the scenes found over one area, or over all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Only new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Show only the scenes not marked as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="14"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="14"/>
        <source>Narrow the scenes found: the table greys what does not match at once, and asks the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="17"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="17"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Zoom to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Zoom the map to the selected scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Show the selected scenes&apos; quick-looks on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Mark seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>The selected scenes are no longer new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>All seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Every scene of this planned search is no longer new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Process…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Process the selected scenes over the planned search&apos;s area: the Start tab shows the cost and starts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="21"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Add an area: draw it on the map, or take the Start tab&apos;s area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Redraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Draw the selected area again on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Zoom the map to the selected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="102"/>
        <source>Processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Area, km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Load results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Load the results of the selected finished processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Ask for the processings again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="102"/>
        <source>km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="102"/>
        <source>New scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="110"/>
        <source>Draw on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="112"/>
        <source>The Start tab&apos;s area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="169"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="253"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesListWidget</name>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="5"/>
        <source>Planned searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="6"/>
        <source>Saved searches that keep looking for new imagery over their areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="28"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="28"/>
        <source>Show its areas, scenes and processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="29"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="29"/>
        <source>Stop looking for new scenes until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="30"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="30"/>
        <source>Look for new scenes again, including those published while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="31"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="31"/>
        <source>Search again after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="32"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="33"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_list_widget.py" line="48"/>
        <source>Select a planned search first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates_list_widget.py" line="60"/>
        <source>Planned searches ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
