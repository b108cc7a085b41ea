<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../integration/messages.py" line="70"/>
        <source>{context} failed: {error}. Details are in the log panel (Mapflow Processing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="46"/>
        <source>Mapflow Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="40"/>
        <source>Show or hide the Mapflow Processing panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="41"/>
        <source>Mapflow Processing help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="220"/>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="34"/>
        <source>{area} in {parts} part(s), from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="34"/>
        <source>the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="37"/>
        <source>No area chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft.py" line="94"/>
        <source>Reading the area of interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="135"/>
        <source>Mapflow: read the area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="146"/>
        <source>Choose a vector file with the area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="150"/>
        <source>the map extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="155"/>
        <source>Click Draw, then click on the map to draw the area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="155"/>
        <source>Choose a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="163"/>
        <source>the drawn polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="177"/>
        <source>Reading the area of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="178"/>
        <source>The area of interest could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controller_support.py" line="40"/>
        <source>{context} failed unexpectedly ({error}). Details are in the log panel (Mapflow Processing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="36"/>
        <source>the area of interest cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="77"/>
        <source>Not known yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="81"/>
        <source>Free: this account is not billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="84"/>
        <source>{area} of your remaining area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="89"/>
        <source>≈ {credits} credits (asking the server…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="90"/>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="108"/>
        <source>Mapflow: cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="114"/>
        <source>{credits} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="117"/>
        <source>Computing the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="119"/>
        <source>Cannot be computed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft.py" line="96"/>
        <source>Choose an area of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft.py" line="98"/>
        <source>Choose a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft.py" line="100"/>
        <source>Choose the imagery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="33"/>
        <source>The file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="35"/>
        <source>Only GeoTIFF files (.tif, .tiff) can be uploaded; {name} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="37"/>
        <source>The file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="80"/>
        <source>Mapflow: list my imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="97"/>
        <source>Your imagery could not be listed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="97"/>
        <source>Listing your imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="135"/>
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
        <location filename="../ui/imagery_controller.py" line="168"/>
        <source>{name} could not be uploaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="168"/>
        <source>Uploading a GeoTIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="36"/>
        <source>Model price: {total:g} credits/km² ({base:g} + {options:g} for the options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="38"/>
        <source>Model price: {total:g} credits/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="67"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="53"/>
        <source>This data provider offers no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="96"/>
        <source>Preview: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="68"/>
        <source>Preview works for XYZ, TMS and Quadkey URLs; add a WMS service with Layer › Add Layer › Add WMS/WMTS Layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="72"/>
        <source>Preview: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="78"/>
        <source>Choose a mosaic of your imagery first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="85"/>
        <source>Mapflow: imagery preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="85"/>
        <source>The preview failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="85"/>
        <source>Previewing the imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="93"/>
        <source>“{name}” has no imagery tiles yet (an empty mosaic, or still being prepared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="101"/>
        <source>QGIS could not open the preview “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="105"/>
        <source>Added the layer “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="68"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="162"/>
        <source>{context}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="185"/>
        <source>{name} AOIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="188"/>
        <source>{count} AOI(s) of &apos;{name}&apos; had no readable geometry and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="191"/>
        <source>Load AOIs of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="191"/>
        <source>Could not load the AOIs of &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="201"/>
        <source>Renamed &apos;{old}&apos; to &apos;{new}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="204"/>
        <source>Rename processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="204"/>
        <source>Could not rename &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="213"/>
        <source>Restart processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="213"/>
        <source>Could not restart the processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="220"/>
        <source>Restarted: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="220"/>
        <source>Could not restart &apos;{name}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="227"/>
        <source>Delete processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="227"/>
        <source>Deleted {count} processing(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="227"/>
        <source>Could not delete &apos;{name}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="227"/>
        <source>Could not delete the processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="242"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="245"/>
        <source>There is no other project you can move processings to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="251"/>
        <source>List projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="251"/>
        <source>Could not list your projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="258"/>
        <source>Move processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="258"/>
        <source>Moved {count} processing(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="258"/>
        <source>Could not move &apos;{name}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="258"/>
        <source>Could not move the processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Thank you: &apos;{name}&apos; rated {rating} of 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="275"/>
        <source>Rate processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="275"/>
        <source>Could not rate &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="75"/>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="77"/>
        <source>server error {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="79"/>
        <source>HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="146"/>
        <source>Sign in to see your processings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="154"/>
        <source>Choose a project to see its processings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="162"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="221"/>
        <source>Refresh Mapflow processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="250"/>
        <source>Updated at {time}; following the unfinished processings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="252"/>
        <source>Updated at {time}; every processing on this page is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="266"/>
        <source>Could not refresh ({reason}); retrying in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="270"/>
        <source>Refreshing the processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="282"/>
        <source>{finished} processing(s) finished and {failed} failed; see the list for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="304"/>
        <source>{count} processings selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="83"/>
        <source>Mapflow: list projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="83"/>
        <source>Listing the projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="122"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="126"/>
        <source>Mapflow: create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="126"/>
        <source>Creating the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="130"/>
        <source>Project “{name}” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="138"/>
        <source>Rename project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="142"/>
        <source>Mapflow: rename project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="142"/>
        <source>Project renamed to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="142"/>
        <source>Renaming the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="154"/>
        <source>Mapflow: delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="154"/>
        <source>Deleting the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="161"/>
        <source>Project “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="173"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="176"/>
        <source>Mapflow: share project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="176"/>
        <source>Project “{name}” shared with {email} as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="176"/>
        <source>Sharing the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="199"/>
        <source>{context} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="80"/>
        <source>The results of “{name}” could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="100"/>
        <source>The results of “{name}” were added to the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="47"/>
        <source>The server address must be an http:// or https:// URL ending with /rest, for example https://api.mapflow.ai/rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="87"/>
        <source>balance {credits} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="89"/>
        <source>remaining area {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="91"/>
        <source>no billing limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="130"/>
        <source>Paste your Mapflow API token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="164"/>
        <source>Signing in to {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="166"/>
        <source>Mapflow: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="181"/>
        <source>Signed in, but the token could not be kept for next time: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="189"/>
        <source>Signed in to {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="197"/>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="200"/>
        <source>Not signed in: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="221"/>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="235"/>
        <source>Mapflow: account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="247"/>
        <source>The account status could not be refreshed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="247"/>
        <source>Refreshing the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="32"/>
        <source>Enter the URL of your imagery service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="35"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="40"/>
        <source>A {type} URL needs the placeholder(s) {missing}, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="44"/>
        <source>A WMS URL needs its LAYERS parameter, e.g. https://example.com/wms?LAYERS=ortho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="107"/>
        <source>No data provider is available for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="119"/>
        <source>, zoom {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="117"/>
        <source>{type} tiles from {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="122"/>
        <source>Choose a mosaic of your imagery, or upload a GeoTIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="125"/>
        <source>my image {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="126"/>
        <source>my mosaic {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="131"/>
        <source>Imagery: {price:g} credits/km² at zoom {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="133"/>
        <source>; at least {area:g} km² per processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="136"/>
        <source>Imagery: no data charge for your own imagery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="149"/>
        <source>The imagery login could not be stored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="70"/>
        <source>Choose a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="74"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="89"/>
        <source>Processing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="106"/>
        <source>Mapflow: start “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="120"/>
        <source>Processing “{name}” started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="127"/>
        <source>The processing could not be started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="127"/>
        <source>Starting the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="76"/>
        <source>Sign in to see your processing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="85"/>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="93"/>
        <source>No processings match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="99"/>
        <source>Could not load the statistics: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="102"/>
        <source>Mapflow statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="117"/>
        <source>Sign in to export your processing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="128"/>
        <source>Statistics saved to {path} ({size} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="132"/>
        <source>Could not export the statistics to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="135"/>
        <source>Export Mapflow statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AoiRules</name>
    <message>
        <location filename="../core/aoi_rules.py" line="216"/>
        <source>The area of interest has no polygon{detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="217"/>
        <source>The layer holds {detail} geometries; an area of interest needs a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="219"/>
        <source>No features are selected{detail}; select at least one polygon or use all features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="221"/>
        <source>The layer{detail} has no coordinate reference system; set its CRS in the layer properties and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="224"/>
        <source>The AOI source cannot be read{detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="225"/>
        <source>The AOI cannot be converted to longitude/latitude (EPSG:4326){detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="227"/>
        <source>The AOI coordinates fall outside the globe once read as longitude/latitude{detail}; the layer&apos;s coordinate reference system is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="231"/>
        <source>The AOI encloses the {detail} Pole, which a longitude/latitude polygon cannot describe; draw an area that stays off the pole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="239"/>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="240"/>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="241"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="242"/>
        <source>North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="243"/>
        <source>South</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="247"/>
        <source>1 invalid geometry was repaired (self-intersections, duplicate rings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="247"/>
        <source>{count} invalid geometries were repaired (self-intersections, duplicate rings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="251"/>
        <source>Z values were dropped from 1 geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="251"/>
        <source>Z values were dropped from {count} geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="254"/>
        <source>M values were dropped from 1 geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="254"/>
        <source>M values were dropped from {count} geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="257"/>
        <source>1 point or line part was left out; only polygons are processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="257"/>
        <source>{count} point or line parts were left out; only polygons are processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="260"/>
        <source>1 curved geometry was converted to straight segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="260"/>
        <source>{count} curved geometries were converted to straight segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="263"/>
        <source>1 shape crossing the 180° meridian was split in two at the meridian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="263"/>
        <source>{count} shapes crossing the 180° meridian were split at the meridian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="266"/>
        <source>Overlapping or touching shapes were merged: 1 part fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="266"/>
        <source>Overlapping or touching shapes were merged: {count} parts fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="269"/>
        <source>1 feature without geometry was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="269"/>
        <source>{count} features without geometry were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="272"/>
        <source>The AOI lies far outside the area {detail} is meant for; check that the layer&apos;s CRS is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="282"/>
        <source>non-polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="330"/>
        <source>The AOI has {count} separate polygons; a processing accepts at most {limit}. Merge or select fewer polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="346"/>
        <source>The AOI is {area}; your limit per processing is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="356"/>
        <source>The bounding box of AOI part {part} is {area}, over your limit per processing of {limit}{others}; the server measures each part&apos;s longitude/latitude box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="372"/>
        <source> (and 1 more part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="373"/>
        <source> (and {n} more parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="383"/>
        <source>This processing costs {cost} credits; your balance is {balance} credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="393"/>
        <source>The AOI is {area}; your remaining area is {remaining}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="406"/>
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
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.gml *.fgb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="21"/>
        <source>No area chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="22"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="22"/>
        <source>Read the area again from its source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWidget</name>
    <message>
        <location filename="../ui/connection_widget.py" line="21"/>
        <source>Mapflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection_widget.py" line="22"/>
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
        <location filename="../api/error_catalog.py" line="203"/>
        <source>The file {filename} failed the checks: {bad_parameters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="205"/>
        <source>Not enough storage: the upload needs {memory_requested_mb} MB, {available_memory_mb} MB is free. Delete some imagery or extend your storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="209"/>
        <source>The file is too big: {actual_file_size_mb} MB, the limit is {max_file_size_mb} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="212"/>
        <source>The {instance_type} {uid} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="213"/>
        <source>You have no access to the {instance_type} {uid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="214"/>
        <source>The image {filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="217"/>
        <source>The image extent is outside the valid coordinate range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="219"/>
        <source>The file cannot be opened as a GeoTIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="220"/>
        <source>The image extent is too big.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="223"/>
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
        <source>Processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="32"/>
        <source>Statistics</source>
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
    <name>PolygonDrawTool</name>
    <message>
        <location filename="../layers/draw_tool.py" line="134"/>
        <source>A polygon needs at least 3 points; click to add points, then right-click or double-click to finish.</source>
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
        <location filename="../ui/forms/processings.ui" line="61"/>
        <source>&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="62"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="72"/>
        <source>Rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="90"/>
        <source>Load results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="95"/>
        <source>Load AOIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="100"/>
        <source>Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="105"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="110"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="115"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="120"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="125"/>
        <source>Load results as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="130"/>
        <source>What &quot;Load results&quot; adds to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="131"/>
        <source>GeoPackage and tile layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="132"/>
        <source>GeoPackage only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="133"/>
        <source>Tile layers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="72"/>
        <source>Select a processing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="104"/>
        <source>Page {page} of {pages} ({total} processings)</source>
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
        <location filename="../ui/dialogs.py" line="30"/>
        <source>How good is the result of &apos;{name}&apos;?</source>
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
        <location filename="../ui/forms/rate_dialog.ui" line="15"/>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="15"/>
        <source>Useless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="16"/>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="16"/>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="17"/>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="17"/>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="18"/>
        <source>4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="18"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="19"/>
        <source>5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="19"/>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="24"/>
        <source>What was good or wrong? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../integration/auth.py" line="86"/>
        <source>The API token is empty; paste the token from the Mapflow web app (Account › API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="92"/>
        <source>This is not a Mapflow API token: it should be the base64 text copied from the Mapflow web app (Account › API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="97"/>
        <source>This is not a Mapflow API token: once decoded it should read “e-mail:key”. Copy it again from the Mapflow web app (Account › API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="140"/>
        <source>The QGIS authentication system is not available, so the token cannot be stored safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="149"/>
        <source>The QGIS authentication database is locked: its master password is needed to store or read the Mapflow token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="236"/>
        <source>QGIS could not store the secret in its authentication database.</source>
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
        <location filename="../ui/forms/source.ui" line="18"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="33"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="27"/>
        <source>XYZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="28"/>
        <source>TMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="29"/>
        <source>Quadkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="30"/>
        <source>WMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="32"/>
        <source>https://example.com/tiles/{z}/{x}/{y}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="35"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="36"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="37"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="38"/>
        <source>optional, kept in the QGIS authentication database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="44"/>
        <source>Mosaic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="46"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="50"/>
        <source>Upload GeoTIFF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="52"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="62"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="62"/>
        <source>Add the chosen imagery to the map as a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="24"/>
        <source>— (server decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="59"/>
        <source>New mosaic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="117"/>
        <source>{zoom} — {price:g} credits/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="126"/>
        <source>All images of the mosaic</source>
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
        <location filename="../ui/stats_widget.py" line="102"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="118"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="137"/>
        <source>{count} processings, {area} km², {cost} credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/dialogs.py" line="69"/>
        <source>Rename processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="69"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="73"/>
        <source>Delete {count} processing(s)? Their results are deleted too; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="76"/>
        <source>Delete processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="84"/>
        <source>Move processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="84"/>
        <source>Move to project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="98"/>
        <source>Export statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="98"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
