<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>@default</name>
    <message>
        <location filename="../core/processing_view.py" line="156"/>
        <source>the server gave no reason</source>
        <translation>el servidor no dio ningún motivo</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="296"/>
        <source>Processing &apos;{name}&apos; finished</source>
        <translation>El procesamiento “{name}” ha finalizado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="297"/>
        <source>Processing &apos;{name}&apos; failed: {reason}</source>
        <translation>El procesamiento “{name}” ha fallado: {reason}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="74"/>
        <source>, zoom {zoom}</source>
        <translation>, zoom {zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="348"/>
        <source>Data provider {name}{zoom}</source>
        <translation>Proveedor de datos {name}{zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="351"/>
        <source>{kind} URL {url}{zoom}</source>
        <translation>URL {kind} {url}{zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="354"/>
        <source>My imagery: mosaic {id}</source>
        <translation>Mis imágenes: mosaico {id}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="357"/>
        <source>My imagery: mosaic {id}, images {images}</source>
        <translation>Mis imágenes: mosaico {id}, imágenes {images}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="358"/>
        <source>My imagery: images {images}</source>
        <translation>Mis imágenes: imágenes {images}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="361"/>
        <source>Imagery search ({provider}): {count} image(s){zoom}</source>
        <translation>Búsqueda de imágenes ({provider}): {count} imagen(es){zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="366"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="373"/>
        <source>{model}; options: {options}</source>
        <translation>{model}; opciones: {options}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="379"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="380"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="381"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="382"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="382"/>
        <source>{area} km² in {count} AOI(s)</source>
        <translation>{area} km² en {count} área(s) de interés</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="385"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="386"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="387"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="391"/>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="393"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="399"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="403"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="404"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="451"/>
        <source>Select a processing first.</source>
        <translation>Seleccione primero un procesamiento.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="453"/>
        <source>Select exactly one processing.</source>
        <translation>Seleccione exactamente un procesamiento.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="460"/>
        <source>The results of “{name}” are being loaded.</source>
        <translation>Se están cargando los resultados de “{name}”.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="31"/>
        <source>Enter the URL of your imagery service.</source>
        <translation>Introduzca la URL de su servicio de imágenes.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="34"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation>La URL de las imágenes debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="39"/>
        <source>A {type} URL needs the placeholder(s) {missing}, e.g. {example}.</source>
        <translation>Una URL {type} necesita el/los marcador(es) {missing}, p. ej. {example}.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="43"/>
        <source>A WMS URL needs its LAYERS parameter, e.g. https://example.com/wms?LAYERS=ortho.</source>
        <translation>Una URL WMS necesita su parámetro LAYERS, p. ej. https://example.com/wms?LAYERS=ortho.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="60"/>
        <source>No data provider is available for this account.</source>
        <translation>No hay ningún proveedor de datos disponible para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="72"/>
        <source>{type} tiles from {host}</source>
        <translation>Teselas {type} de {host}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="77"/>
        <source>Choose a mosaic of your imagery, or upload a GeoTIFF.</source>
        <translation>Elija un mosaico de sus imágenes o suba un GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="80"/>
        <source>my image {name}</source>
        <translation>mi imagen {name}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="81"/>
        <source>my mosaic {name}</source>
        <translation>mi mosaico {name}</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="55"/>
        <source>Search footprints</source>
        <translation>Huellas de la búsqueda</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="151"/>
        <source>The downloaded result is empty (0 bytes): the server sent no data.</source>
        <translation>El resultado descargado está vacío (0 bytes): el servidor no envió datos.</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="167"/>
        <source>The downloaded result is not complete or not valid GeoJSON ({detail}). The download may have been cut off: load the results again.</source>
        <translation>El resultado descargado está incompleto o no es un GeoJSON válido ({detail}). Puede que la descarga se interrumpiera: cargue los resultados de nuevo.</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="172"/>
        <source>The downloaded result is not a GeoJSON FeatureCollection (it starts with: &quot;{head}&quot;).</source>
        <translation>El resultado descargado no es una FeatureCollection GeoJSON (empieza por: &quot;{head}&quot;).</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="122"/>
        <source>no details from GDAL</source>
        <translation>GDAL no dio detalles</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="122"/>
        <source>Writing the GeoPackage {name} failed: {detail}</source>
        <translation>Falló la escritura del GeoPackage {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="335"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="74"/>
        <source>There were no results to write.</source>
        <translation>No había resultados que escribir.</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="91"/>
        <source>GDAL cannot read the result of {id}: {detail}</source>
        <translation>GDAL no puede leer el resultado de {id}: {detail}</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="77"/>
        <source>Cannot create the results folder {folder}: {reason}</source>
        <translation>No se puede crear la carpeta de resultados {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="98"/>
        <source>The download finished but wrote no file.</source>
        <translation>La descarga terminó pero no escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="104"/>
        <source>The processing returned no features: the GeoPackage has an empty polygon layer.</source>
        <translation>El procesamiento no devolvió objetos espaciales: el GeoPackage tiene una capa de polígonos vacía.</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="106"/>
        <source>Features of type {types} were left out: result layers hold polygons, lines and points only.</source>
        <translation>Se omitieron los objetos espaciales de tipo {types}: las capas de resultados contienen solo polígonos, líneas y puntos.</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="38"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="38"/>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="39"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="54"/>
        <source>QGIS cannot open the layer {layer} of {file}.</source>
        <translation>QGIS no puede abrir la capa {layer} de {file}.</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="76"/>
        <source>{name} (tiles)</source>
        <translation>{name} (teselas)</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="84"/>
        <source>{name} (imagery)</source>
        <translation>{name} (imágenes)</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="90"/>
        <source>There were no result layers to add.</source>
        <translation>No había capas de resultados que añadir.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="69"/>
        <source>GDAL could not place the preview on the map: {reason}</source>
        <translation>GDAL no pudo situar la vista previa en el mapa: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="78"/>
        <source>The preview is not a picture GDAL can read.</source>
        <translation>La vista previa no es una imagen que GDAL pueda leer.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="85"/>
        <source>GDAL could not georeference the preview.</source>
        <translation>GDAL no pudo georreferenciar la vista previa.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="90"/>
        <source>GDAL could not warp the preview onto the scene&apos;s footprint.</source>
        <translation>GDAL no pudo ajustar la vista previa a la huella de la escena.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="106"/>
        <source>Preview: {provider} {date} ({id})</source>
        <translation>Vista previa: {provider} {date} ({id})</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="135"/>
        <source>QGIS could not open the georeferenced preview of {id}.</source>
        <translation>QGIS no pudo abrir la vista previa georreferenciada de {id}.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="142"/>
        <source>QGIS could not open the preview tiles of {id}.</source>
        <translation>QGIS no pudo abrir las teselas de vista previa de {id}.</translation>
    </message>
    <message>
        <location filename="../layers/styles.py" line="86"/>
        <source>The style file {name} is missing from the plugin folder; the layer keeps the default style.</source>
        <translation>Falta el archivo de estilo {name} en la carpeta del complemento; la capa conserva el estilo predeterminado.</translation>
    </message>
    <message>
        <location filename="../layers/styles.py" line="90"/>
        <source>The style {name} could not be applied: {reason}</source>
        <translation>No se pudo aplicar el estilo {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="94"/>
        <source>The TileJSON address is not an http(s) URL: {url}</source>
        <translation>La dirección del TileJSON no es una URL http(s): {url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="104"/>
        <source>The tile server at {host} did not answer within {seconds:g} s.</source>
        <translation>El servidor de teselas de {host} no respondió en {seconds:g} s.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="109"/>
        <source>Cannot reach the tile server at {host}: {reason}</source>
        <translation>No se puede conectar con el servidor de teselas de {host}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="112"/>
        <source>The tile server answered HTTP {status} for the TileJSON at {host}.</source>
        <translation>El servidor de teselas respondió HTTP {status} para el TileJSON de {host}.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="115"/>
        <source>The TileJSON at {host} is too large to be a TileJSON document.</source>
        <translation>El TileJSON de {host} es demasiado grande para ser un documento TileJSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="120"/>
        <source>The TileJSON at {host} is not valid JSON.</source>
        <translation>El TileJSON de {host} no es un JSON válido.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="127"/>
        <source>The TileJSON is not a JSON object.</source>
        <translation>El TileJSON no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="164"/>
        <source>The TileJSON at {host} lists no tile URL.</source>
        <translation>El TileJSON de {host} no incluye ninguna URL de teselas.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="168"/>
        <source>The processing reports neither a tile URL nor a TileJSON.</source>
        <translation>El procesamiento no indica ni una URL de teselas ni un TileJSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="176"/>
        <source>The tile URL is not an http(s) URL: {url}</source>
        <translation>La URL de teselas no es una URL http(s): {url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="179"/>
        <source>The tile URL has no {{z}}/{{x}}/{{y}} placeholders: {url}</source>
        <translation>La URL de teselas no tiene los marcadores {{z}}/{{x}}/{{y}}: {url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="204"/>
        <source>QGIS cannot open the vector tiles at {host}.</source>
        <translation>QGIS no puede abrir las teselas vectoriales de {host}.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="218"/>
        <source>QGIS cannot open the imagery tiles at {host}.</source>
        <translation>QGIS no puede abrir las teselas de imágenes de {host}.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="64"/>
        <source>Mapflow Processing</source>
        <translation>Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="58"/>
        <source>Show or hide the Mapflow Processing panel</source>
        <translation>Mostrar u ocultar el panel de Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Mapflow Processing help</source>
        <translation>Ayuda de Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="38"/>
        <source>&lt;b&gt;Sign-in&lt;/b&gt;: the server and the account the Mapflow Processing panel last signed in to. Advanced parameters choose another server (SERVER, e.g. http://127.0.0.1:8765/rest for the sandbox) or another account (AUTHCFG: a QGIS authentication configuration of type Basic with your Mapflow e-mail as user name and the API key as password). No token is ever a parameter, so none appears in the Processing history.</source>
        <translation>&lt;b&gt;Inicio de sesión&lt;/b&gt;: el servidor y la cuenta con los que el panel de Mapflow Processing inició sesión por última vez. Los parámetros avanzados eligen otro servidor (SERVER, p. ej. http://127.0.0.1:8765/rest para el sandbox) u otra cuenta (AUTHCFG: una configuración de autenticación de QGIS de tipo Básica con su correo electrónico de Mapflow como nombre de usuario y la clave de API como contraseña). Ningún token es nunca un parámetro, así que ninguno aparece en el historial de Procesos.</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="22"/>
        <source>Mapflow</source>
        <translation>Mapflow</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="78"/>
        <source>Mapflow server (empty: the panel&apos;s server)</source>
        <translation>Servidor de Mapflow (vacío: el servidor del panel)</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="80"/>
        <source>Sign-in (authentication configuration; empty: the panel&apos;s stored sign-in)</source>
        <translation>Inicio de sesión (configuración de autenticación; vacío: el inicio de sesión guardado del panel)</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="133"/>
        <source>The algorithm was not prepared: run it through Processing.</source>
        <translation>El algoritmo no se ha preparado: ejecútelo desde Procesos.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="134"/>
        <source>Signing in to {url}…</source>
        <translation>Iniciando sesión en {url}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="136"/>
        <source>Signed in to {url} as {email}.</source>
        <translation>Sesión iniciada en {url} como {email}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="57"/>
        <source>There is no stored Mapflow sign-in for {url}. Sign in once in the Mapflow Processing panel (it keeps the token in the QGIS authentication database), or choose an authentication configuration with your Mapflow e-mail and API key in the Sign-in (AUTHCFG) parameter.</source>
        <translation>No hay ningún inicio de sesión de Mapflow guardado para {url}. Inicie sesión una vez en el panel de Mapflow Processing (guarda el token en la base de datos de autenticación de QGIS) o elija en el parámetro Inicio de sesión (AUTHCFG) una configuración de autenticación con su correo electrónico de Mapflow y su clave de API.</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="66"/>
        <source>The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Open the Mapflow Processing panel (QGIS asks for the master password there), then run the algorithm again.</source>
        <translation>La base de datos de autenticación de QGIS está bloqueada, por lo que no se puede leer el inicio de sesión de Mapflow guardado. Abra el panel de Mapflow Processing (QGIS pide allí la contraseña maestra) y vuelva a ejecutar el algoritmo.</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="69"/>
        <source>The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Without a window nothing can ask for its master password: put the password in a file only you can read and set the environment variable QGIS_AUTH_PASSWORD_FILE to that file&apos;s path.</source>
        <translation>La base de datos de autenticación de QGIS está bloqueada, por lo que no se puede leer el inicio de sesión de Mapflow guardado. Sin una ventana nada puede pedir su contraseña maestra: guarde la contraseña en un archivo que solo usted pueda leer y asigne la ruta de ese archivo a la variable de entorno QGIS_AUTH_PASSWORD_FILE.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="202"/>
        <source>Signing in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="30"/>
        <source>Estimate cost</source>
        <translation>Estimar coste</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="33"/>
        <source>The credits a Mapflow processing of an area would cost, and what would block its start.</source>
        <translation>Los créditos que costaría un procesamiento de Mapflow de un área y lo que impediría iniciarlo.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>Asks the Mapflow server what a processing of the area of interest would cost with this model, these options and this imagery, as the panel&apos;s cost line does. Nothing is started or charged.</source>
        <translation>Pregunta al servidor de Mapflow cuánto costaría un procesamiento del área de interés con este modelo, estas opciones y estas imágenes, igual que la línea de coste del panel. No se inicia ni se cobra nada.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>&lt;b&gt;Area of interest&lt;/b&gt;: the polygons of a layer (or only its selected features); they are reprojected to WGS 84, repaired and dissolved like in the panel.</source>
        <translation>&lt;b&gt;Área de interés&lt;/b&gt;: los polígonos de una capa (o solo sus objetos espaciales seleccionados); se reproyectan a WGS 84, se reparan y se disuelven como en el panel.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>&lt;b&gt;Outputs&lt;/b&gt;: COST (credits; 0 when the account is billed by area or not billed, see BILLING_TYPE), AREA_KM2 (the area of interest, geodesic), BLOCKING_REASON (why a start would be refused: balance, area or AOI limits, the provider&apos;s minimum area, your role in the project; empty when nothing blocks), CAN_START (true when BLOCKING_REASON is empty).</source>
        <translation>&lt;b&gt;Salidas&lt;/b&gt;: COST (créditos; 0 cuando la cuenta se factura por área o no se factura, véase BILLING_TYPE), AREA_KM2 (el área de interés, geodésica), BLOCKING_REASON (por qué se rechazaría el inicio: saldo, límites de área o de áreas de interés, el área mínima del proveedor, su rol en el proyecto; vacío cuando nada lo impide), CAN_START (verdadero cuando BLOCKING_REASON está vacío).</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>Fails (no outputs) when the area has no usable polygon, a model, option, project or provider is unknown, or the server cannot be reached.</source>
        <translation>Falla (sin salidas) cuando el área no tiene ningún polígono utilizable, cuando un modelo, una opción, un proyecto o un proveedor es desconocido o cuando no se puede conectar con el servidor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="53"/>
        <source>Cost, credits</source>
        <translation>Coste, créditos</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="54"/>
        <source>Area, km²</source>
        <translation>Área, km²</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="55"/>
        <source>Blocking reason</source>
        <translation>Motivo del bloqueo</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="56"/>
        <source>Can start</source>
        <translation>Se puede iniciar</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="57"/>
        <source>Billing type</source>
        <translation>Tipo de facturación</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="200"/>
        <source>Reading the area of interest…</source>
        <translation>Leyendo el área de interés…</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="76"/>
        <source>Asking the server for the cost…</source>
        <translation>Consultando el coste al servidor…</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="141"/>
        <source>Area of interest: {aoi}.</source>
        <translation>Área de interés: {aoi}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="88"/>
        <source>Model: {model}; imagery: {source}.</source>
        <translation>Modelo: {model}; imágenes: {source}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="92"/>
        <source>Cost: {credits} credits.</source>
        <translation>Coste: {credits} créditos.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="96"/>
        <source>A start would be refused: {reason}</source>
        <translation>Se rechazaría el inicio: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="38"/>
        <source>Area of interest (polygon layer)</source>
        <translation>Área de interés (capa de polígonos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="49"/>
        <source>Project (name or id; empty: the default project)</source>
        <translation>Proyecto (nombre o id; vacío: el proyecto predeterminado)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="46"/>
        <source>Model (name or id, e.g. Buildings, Forest, Roads, Construction sites)</source>
        <translation>Modelo (nombre o id, p. ej. Buildings, Forest, Roads, Construction sites)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="49"/>
        <source>Model options (comma-separated, e.g. Classification, Heights)</source>
        <translation>Opciones del modelo (separadas por comas, p. ej. Classification, Heights)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="52"/>
        <source>Imagery provider (name; empty: the account&apos;s first provider)</source>
        <translation>Proveedor de imágenes (nombre; vacío: el primer proveedor de la cuenta)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="55"/>
        <source>Zoom (0: the server chooses the model&apos;s zoom)</source>
        <translation>Zoom (0: el servidor elige el zoom del modelo)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="58"/>
        <source>Imagery URL instead of a provider (tile or WMS URL)</source>
        <translation>URL de imágenes en lugar de un proveedor (URL de teselas o WMS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="60"/>
        <source>Imagery URL type</source>
        <translation>Tipo de URL de imágenes</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="63"/>
        <source>Login for the imagery URL (authentication configuration)</source>
        <translation>Usuario para la URL de imágenes (configuración de autenticación)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="66"/>
        <source>My imagery: mosaic id (instead of a provider or URL)</source>
        <translation>Mis imágenes: id del mosaico (en lugar de un proveedor o una URL)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="71"/>
        <source>&lt;b&gt;Model&lt;/b&gt; and &lt;b&gt;options&lt;/b&gt; are given by name (any case; “Buildings” finds “🏠 Buildings”) or id; an unknown name fails with the list of what the account offers. &lt;b&gt;Imagery&lt;/b&gt;: a data provider of your account at a zoom (0: the zoom the server chooses for the model), or your own tile service (URL with {x} {y} {z}, or {q} for Quadkey, or a WMS URL with LAYERS) whose login may come from an authentication configuration, or (advanced) a mosaic of your own imagery by id.</source>
        <translation>El &lt;b&gt;modelo&lt;/b&gt; y las &lt;b&gt;opciones&lt;/b&gt; se indican por nombre (sin distinguir mayúsculas; “Buildings” encuentra “🏠 Buildings”) o por id; un nombre desconocido falla con la lista de lo que ofrece la cuenta. &lt;b&gt;Imágenes&lt;/b&gt;: un proveedor de datos de su cuenta con un zoom (0: el zoom que el servidor elige para el modelo), o su propio servicio de teselas (URL con {x} {y} {z}, o {q} para Quadkey, o una URL WMS con LAYERS) cuyo usuario puede venir de una configuración de autenticación, o (avanzado) un mosaico de sus propias imágenes por id.</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="214"/>
        <source>{parts} polygon(s), {area}</source>
        <translation>{parts} polígono(s), {area}</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="34"/>
        <source>List processings</source>
        <translation>Listar procesamientos</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="37"/>
        <source>The processings of a Mapflow project as a table.</source>
        <translation>Los procesamientos de un proyecto de Mapflow en forma de tabla.</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="40"/>
        <source>Writes the processings of a project (newest first) to a table: processing_id, name, model, status (the API's value: OK, FAILED, IN_PROGRESS…), progress, area_km2, cost, created, completed (when a finished processing last changed) and message (why it failed).</source>
        <translation>Escribe en una tabla los procesamientos de un proyecto (los más recientes primero): processing_id, name, model, status (el valor de la API: OK, FAILED, IN_PROGRESS…), progress, area_km2, cost, created, completed (cuándo cambió por última vez un procesamiento finalizado) y message (por qué falló).</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="40"/>
        <source>&lt;b&gt;Statuses&lt;/b&gt;: keep only these (none chosen: all). &lt;b&gt;Text&lt;/b&gt;: the server&apos;s search, as in the panel&apos;s list. &lt;b&gt;Maximum&lt;/b&gt;: at most this many rows (0: all).</source>
        <translation>&lt;b&gt;Estados&lt;/b&gt;: conservar solo estos (ninguno elegido: todos). &lt;b&gt;Texto&lt;/b&gt;: la búsqueda del servidor, como en la lista del panel. &lt;b&gt;Máximo&lt;/b&gt;: como mucho este número de filas (0: todas).</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="51"/>
        <source>Statuses (none: all)</source>
        <translation>Estados (ninguno: todos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="55"/>
        <source>Text search</source>
        <translation>Búsqueda de texto</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="56"/>
        <source>Maximum number of rows (0: all)</source>
        <translation>Número máximo de filas (0: todas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="58"/>
        <source>Processings</source>
        <translation>Procesamientos</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="59"/>
        <source>Number of processings</source>
        <translation>Número de procesamientos</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="74"/>
        <source>Project: {name}.</source>
        <translation>Proyecto: {name}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="92"/>
        <source>{count} processing(s).</source>
        <translation>{count} procesamiento(s).</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="41"/>
        <source>Wait and load result</source>
        <translation>Esperar y cargar el resultado</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="44"/>
        <source>Waits until Mapflow processings end and writes their vector results to a GeoPackage.</source>
        <translation>Espera a que terminen los procesamientos de Mapflow y escribe sus resultados vectoriales en un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>Waits until each processing ends (polling at the panel&apos;s interval, up to the time limit in minutes; 0: no limit), downloads its vector result and writes a GeoPackage.</source>
        <translation>Espera a que termine cada procesamiento (consultando con el intervalo del panel, hasta el límite de tiempo en minutos; 0: sin límite), descarga su resultado vectorial y escribe un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>&lt;b&gt;Processing ids&lt;/b&gt;: one id, or several separated by commas (the PROCESSING_IDS output of “Start processing”). The GeoPackage has one table per geometry family (polygons, lines, points); each feature carries processing_id and processing_name, so the results of several processings stay apart. Loaded into the project, each table becomes a layer with the panel's style for its model.</source>
        <translation>&lt;b&gt;Ids de procesamiento&lt;/b&gt;: un id, o varios separados por comas (la salida PROCESSING_IDS de “Iniciar procesamiento”). El GeoPackage tiene una tabla por familia de geometría (polígonos, líneas, puntos); cada objeto espacial lleva processing_id y processing_name, de modo que los resultados de varios procesamientos quedan separados. Al cargarla en el proyecto, cada tabla se convierte en una capa con el estilo del panel para su modelo.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>Fails with the server's message when a processing FAILED (or was cancelled), and names the status when the time limit is reached; “Load the others when some failed” writes what succeeded and reports the rest. &lt;b&gt;Outputs&lt;/b&gt;: the GeoPackage and FEATURE_COUNT (features in all tables).</source>
        <translation>Falla con el mensaje del servidor cuando un procesamiento terminó en FAILED (o se canceló), e indica el estado cuando se alcanza el límite de tiempo; “Cargar los demás si alguno falló” escribe lo que tuvo éxito e informa del resto. &lt;b&gt;Salidas&lt;/b&gt;: el GeoPackage y FEATURE_COUNT (objetos espaciales de todas las tablas).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="97"/>
        <source>Processing ids (comma-separated)</source>
        <translation>Ids de procesamiento (separados por comas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="62"/>
        <source>Time limit, minutes (0: no limit)</source>
        <translation>Límite de tiempo, minutos (0: sin límite)</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="64"/>
        <source>Load the others when some failed</source>
        <translation>Cargar los demás si alguno falló</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="66"/>
        <source>Result GeoPackage</source>
        <translation>GeoPackage de resultados</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="67"/>
        <source>Feature count</source>
        <translation>Número de objetos espaciales</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="68"/>
        <source>Processings loaded</source>
        <translation>Procesamientos cargados</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="95"/>
        <source>{table}: {count} feature(s).</source>
        <translation>{table}: {count} objeto(s) espacial(es).</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="111"/>
        <source>Downloading the result of “{name}”…</source>
        <translation>Descargando el resultado de “{name}”…</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="121"/>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="136"/>
        <source>The result is written as a GeoPackage: choose a file name ending in .gpkg (not {name}).</source>
        <translation>El resultado se escribe como GeoPackage: elija un nombre de archivo terminado en .gpkg (no {name}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="25"/>
        <source>Mapflow: AI extraction of buildings, forest, roads and construction from imagery</source>
        <translation>Mapflow: extracción con IA de edificios, bosques, carreteras y obras a partir de imágenes</translation>
    </message>
    <message>
        <location filename="../processing_provider/result_layers.py" line="51"/>
        <source>Mapflow results ({count} processings)</source>
        <translation>Resultados de Mapflow ({count} procesamientos)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="82"/>
        <source>Start processing</source>
        <translation>Iniciar procesamiento</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="62"/>
        <source>Starts Mapflow processings of an area: one for the whole layer, or one per feature.</source>
        <translation>Inicia procesamientos de Mapflow de un área: uno para toda la capa o uno por objeto espacial.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>Starts a Mapflow processing of the area of interest, checked and priced like the panel&apos;s Start button. &lt;b&gt;This spends credits.&lt;/b&gt;</source>
        <translation>Inicia un procesamiento de Mapflow del área de interés, comprobado y tasado como con el botón Iniciar del panel. &lt;b&gt;Esto gasta créditos.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;One processing per feature&lt;/b&gt;: each feature (or selected feature) becomes its own processing, named by the name expression (a field or any expression; empty: the name followed by the feature id). A feature that cannot start is reported, written to the table as NOT_STARTED with the reason, and the others go on. Without it, all polygons form one processing (at most the account&apos;s number of AOIs per processing).</source>
        <translation>&lt;b&gt;Un procesamiento por objeto espacial&lt;/b&gt;: cada objeto espacial (o cada objeto seleccionado) se convierte en su propio procesamiento, con el nombre que da la expresión de nombre (un campo o cualquier expresión; vacío: el nombre seguido del id del objeto). Un objeto que no puede iniciarse se notifica, se escribe en la tabla como NOT_STARTED con el motivo, y los demás continúan. Sin esta opción, todos los polígonos forman un solo procesamiento (como mucho el número de áreas de interés por procesamiento de la cuenta).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;Wait until each ends&lt;/b&gt;: polls every few seconds (the panel&apos;s poll interval) up to the time limit in minutes (0: no limit); the table then shows the final status. Cancelling stops waiting, never a processing.</source>
        <translation>&lt;b&gt;Esperar a que termine cada uno&lt;/b&gt;: consulta cada pocos segundos (el intervalo de consulta del panel) hasta el límite de tiempo en minutos (0: sin límite); la tabla muestra entonces el estado final. Cancelar detiene la espera, nunca un procesamiento.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;Outputs&lt;/b&gt;: PROCESSING_IDS, the started ids separated by commas (the input of “Wait and load result”), and a table of processing id, name, feature id, status and message.</source>
        <translation>&lt;b&gt;Salidas&lt;/b&gt;: PROCESSING_IDS, los ids iniciados separados por comas (la entrada de “Esperar y cargar el resultado”), y una tabla con el id del procesamiento, el nombre, el id del objeto espacial, el estado y el mensaje.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="83"/>
        <source>Processing name (empty: the model and the date)</source>
        <translation>Nombre del procesamiento (vacío: el modelo y la fecha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="85"/>
        <source>One processing per feature</source>
        <translation>Un procesamiento por objeto espacial</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="87"/>
        <source>Name of each feature&apos;s processing (field or expression)</source>
        <translation>Nombre del procesamiento de cada objeto espacial (campo o expresión)</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="91"/>
        <source>Wait until each processing ends</source>
        <translation>Esperar a que termine cada procesamiento</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="93"/>
        <source>Time limit for waiting, minutes (0: no limit)</source>
        <translation>Límite de tiempo de espera, minutos (0: sin límite)</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="96"/>
        <source>Started processings</source>
        <translation>Procesamientos iniciados</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="98"/>
        <source>Processings started</source>
        <translation>Número de procesamientos iniciados</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="99"/>
        <source>Features not started</source>
        <translation>Número de objetos espaciales no iniciados</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="146"/>
        <source>Or start one processing per feature (One processing per feature).</source>
        <translation>O inicie un procesamiento por objeto espacial (Un procesamiento por objeto espacial).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="156"/>
        <source>Feature {fid}: {name}</source>
        <translation>Objeto espacial {fid}: {name}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="164"/>
        <source>Cancelled: no further processing was started.</source>
        <translation>Cancelado: no se inició ningún procesamiento más.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="166"/>
        <source>No processing was started. {reason}</source>
        <translation>No se inició ningún procesamiento. {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="168"/>
        <source>The area of interest has no features.</source>
        <translation>El área de interés no tiene objetos espaciales.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="177"/>
        <source>The name expression is not valid: {error}</source>
        <translation>La expresión de nombre no es válida: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="226"/>
        <source>Feature {fid}</source>
        <translation>Objeto espacial {fid}</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="117"/>
        <source>Starting the processing</source>
        <translation>Iniciando el procesamiento</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="237"/>
        <source>Started “{name}” ({id}).</source>
        <translation>Iniciado “{name}” ({id}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="242"/>
        <source>“{name}” was not started: {reason}</source>
        <translation>“{name}” no se inició: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="40"/>
        <source>Waiting for “{name}”: {status}, {percent} %</source>
        <translation>Esperando a “{name}”: {status}, {percent} %</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="52"/>
        <source>Cancelled while waiting; the processings go on on the server.</source>
        <translation>Cancelado durante la espera; los procesamientos continúan en el servidor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="58"/>
        <source>“{name}” ({id}) ended: {status}.</source>
        <translation>“{name}” ({id}) ha terminado: {status}.</translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="95"/>
        <source>{task} — cancelled</source>
        <translation>{task} — cancelada</translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="125"/>
        <source>The task &quot;{name}&quot; failed.</source>
        <translation>La tarea &quot;{name}&quot; ha fallado.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="58"/>
        <source>Unknown result load mode &quot;{value}&quot;: expected gpkg, tiles or both.</source>
        <translation>Modo de carga de resultados desconocido &quot;{value}&quot;: se esperaba gpkg, tiles o both.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="87"/>
        <source>Loading results as GeoPackage needs a downloader.</source>
        <translation>Cargar resultados como GeoPackage necesita un descargador.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="89"/>
        <source>Loading results as tiles needs the processing&apos;s tile endpoints.</source>
        <translation>Cargar resultados como teselas necesita los puntos de acceso de teselas del procesamiento.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="107"/>
        <source>Mapflow: load results of &quot;{name}&quot;</source>
        <translation>Mapflow: cargar resultados de &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="144"/>
        <source>Vector tiles</source>
        <translation>Teselas vectoriales</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="147"/>
        <source>Imagery tiles</source>
        <translation>Teselas de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="40"/>
        <source>{area} in {parts} part(s), from {source}</source>
        <translation>{area} en {parts} parte(s); origen: {source}</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="40"/>
        <source>the map</source>
        <translation>el mapa</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="43"/>
        <source>No area chosen.</source>
        <translation>No se ha elegido ningún área.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="201"/>
        <source>Mapflow: read the area of interest</source>
        <translation>Mapflow: leer el área de interés</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="213"/>
        <source>Choose a vector file with the area of interest.</source>
        <translation>Elija un archivo vectorial con el área de interés.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="217"/>
        <source>the map extent</source>
        <translation>la extensión del mapa</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="222"/>
        <source>Click Draw, then click on the map to draw the area of interest.</source>
        <translation>Pulse Dibujar y luego haga clic en el mapa para dibujar el área de interés.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="222"/>
        <source>Choose a layer.</source>
        <translation>Elija una capa.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="230"/>
        <source>the drawn polygon</source>
        <translation>el polígono dibujado</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="245"/>
        <source>Reading the area of interest was cancelled; press Update to read it again.</source>
        <translation>Se canceló la lectura del área de interés; pulse Actualizar para leerla de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="252"/>
        <source>Reading the area of interest</source>
        <translation>Leyendo el área de interés</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="253"/>
        <source>The area of interest could not be read: {reason}</source>
        <translation>No se pudo leer el área de interés: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="38"/>
        <source>the area of interest cannot be used</source>
        <translation>el área de interés no se puede usar</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="82"/>
        <source>Waiting for the area of interest…</source>
        <translation>Esperando el área de interés…</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="88"/>
        <source>Not known yet: {reason}</source>
        <translation>Aún no se conoce: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="92"/>
        <source>Free: this account is not billed.</source>
        <translation>Gratis: esta cuenta no se factura.</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="95"/>
        <source>{area} of your remaining area</source>
        <translation>{area} de su área restante</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="100"/>
        <source>≈ {credits} credits (asking the server…)</source>
        <translation>≈ {credits} créditos (consultando al servidor…)</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="101"/>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="125"/>
        <source>Mapflow: cost</source>
        <translation>Mapflow: coste</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="133"/>
        <source>{credits} credits</source>
        <translation>{credits} créditos</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="139"/>
        <source>Computing the cost</source>
        <translation>Calculando el coste</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="142"/>
        <source>Cannot be computed: {reason}</source>
        <translation>No se puede calcular: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="215"/>
        <source>Rename processing</source>
        <translation>Renombrar procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="149"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="87"/>
        <source>Delete {count} processing(s)? Their results are deleted too; this cannot be undone.</source>
        <translation>¿Eliminar {count} procesamiento(s)? También se eliminan sus resultados; esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Delete processings</source>
        <translation>Eliminar procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Move processings</source>
        <translation>Mover procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="98"/>
        <source>Move to project:</source>
        <translation>Mover al proyecto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Load results again</source>
        <translation>Cargar los resultados de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>The results of these processings are already on the map:</source>
        <translation>Los resultados de estos procesamientos ya están en el mapa:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Replace them with a fresh download, or add another copy?</source>
        <translation>¿Reemplazarlos con una descarga nueva o añadir otra copia?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="118"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="119"/>
        <source>Add another</source>
        <translation>Añadir otra</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="134"/>
        <source>Export statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="134"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="111"/>
        <source>New mosaic</source>
        <translation>Mosaico nuevo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="81"/>
        <source>Rename mosaic</source>
        <translation>Renombrar mosaico</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="84"/>
        <source>Rename image</source>
        <translation>Renombrar imagen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="88"/>
        <source>Delete {count} item(s)? Deleting a mosaic deletes its images too ({images} image(s) in all); this cannot be undone.</source>
        <translation>¿Eliminar {count} elemento(s)? Eliminar un mosaico elimina también sus imágenes ({images} imagen(es) en total); esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="91"/>
        <source>Delete imagery</source>
        <translation>Eliminar imágenes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="96"/>
        <source>Upload GeoTIFF files</source>
        <translation>Subir archivos GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="100"/>
        <source>Save the image</source>
        <translation>Guardar la imagen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="104"/>
        <source>{count} file(s) cannot be uploaded:</source>
        <translation>{count} archivo(s) no se pueden subir:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="105"/>
        <source>Upload the {count} other file(s)?</source>
        <translation>¿Subir los otros {count} archivo(s)?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="108"/>
        <source>Upload imagery</source>
        <translation>Subir imágenes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="69"/>
        <source>Accept {count} result(s) as they are? An accepted result cannot be sent back for review any more.</source>
        <translation>¿Aceptar {count} resultado(s) tal como están? Un resultado aceptado ya no se puede devolver para revisión.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>Accept results</source>
        <translation>Aceptar resultados</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="33"/>
        <source>Name: {value}</source>
        <translation>Nombre: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="34"/>
        <source>Project: {value}</source>
        <translation>Proyecto: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="35"/>
        <source>Model: {value}</source>
        <translation>Modelo: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="36"/>
        <source>Options: {value}</source>
        <translation>Opciones: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="36"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="37"/>
        <source>Imagery: {value}</source>
        <translation>Imágenes: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="38"/>
        <source>Area: {area} in {parts} part(s)</source>
        <translation>Área: {area} en {parts} parte(s)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="39"/>
        <source>Cost: {value}</source>
        <translation>Coste: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="58"/>
        <source>Share “{name}”</source>
        <translation>Compartir “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="61"/>
        <source>colleague@example.com</source>
        <translation>colega@example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="65"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="66"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="81"/>
        <source>Start this processing?</source>
        <translation>¿Iniciar este procesamiento?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="88"/>
        <source>Project name:</source>
        <translation>Nombre del proyecto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="92"/>
        <source>Delete project</source>
        <translation>Eliminar proyecto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="92"/>
        <source>Delete the project “{name}” and all its processings? This cannot be undone.</source>
        <translation>¿Eliminar el proyecto “{name}” y todos sus procesamientos? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="106"/>
        <source>Upload a GeoTIFF</source>
        <translation>Subir un GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="106"/>
        <source>GeoTIFF (*.tif *.tiff);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="111"/>
        <source>Name of the new mosaic:</source>
        <translation>Nombre del mosaico nuevo:</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="235"/>
        <source>Not signed in.</source>
        <translation>Sesión no iniciada.</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="171"/>
        <source>My imagery</source>
        <translation>Mis imágenes</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="205"/>
        <source>{count} scene(s) of {provider}</source>
        <translation>{count} escena(s) de {provider}</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="209"/>
        <source>The imagery of the copy: {scenes} (as in the original). Choosing another imagery in the Imagery section replaces them.</source>
        <translation>Las imágenes de la copia: {scenes} (como en el original). Si elige otras imágenes en la sección Imágenes, estas se sustituyen.</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="57"/>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="81"/>
        <source>Select one processing to duplicate.</source>
        <translation>Seleccione un procesamiento para duplicarlo.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>Mapflow: read “{name}” to duplicate it</source>
        <translation>Mapflow: leer “{name}” para duplicarlo</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>Duplicating a processing</source>
        <translation>Duplicando un procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>“{name}” could not be duplicated: {reason}</source>
        <translation>No se pudo duplicar “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="118"/>
        <source>AOI of {name}</source>
        <translation>Área de interés de {name}</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="125"/>
        <source>The AOIs of the original could not be read; choose the area of interest.</source>
        <translation>No se pudieron leer las áreas de interés del original; elija el área de interés.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="127"/>
        <source>{count} AOI(s) of the original had no readable geometry and were left out.</source>
        <translation>{count} área(s) de interés del original no tenían una geometría legible y se omitieron.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="134"/>
        <source>The Start tab holds a copy of “{name}” as “{copy}”: change what you want, then start it.</source>
        <translation>La pestaña Iniciar contiene una copia de “{name}” como “{copy}”: cambie lo que quiera y después iníciela.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="147"/>
        <source>The original signed in to its imagery URL as “{login}”; the server never returns the password: enter the login and password in the Imagery section.</source>
        <translation>El original iniciaba sesión en su URL de imágenes como “{login}”; el servidor nunca devuelve la contraseña: introduzca el usuario y la contraseña en la sección Imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="36"/>
        <source>The file {name} does not exist.</source>
        <translation>El archivo {name} no existe.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="38"/>
        <source>Only GeoTIFF files (.tif, .tiff) can be uploaded; {name} is not one.</source>
        <translation>Solo se pueden subir archivos GeoTIFF (.tif, .tiff); {name} no lo es.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="40"/>
        <source>The file {name} is empty.</source>
        <translation>El archivo {name} está vacío.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="68"/>
        <source>Mapflow: list my imagery</source>
        <translation>Mapflow: listar mis imágenes</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="81"/>
        <source>Listing your imagery</source>
        <translation>Listando sus imágenes</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="81"/>
        <source>Your imagery could not be listed: {reason}</source>
        <translation>No se pudieron listar sus imágenes: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="133"/>
        <source>Mapflow: upload {name}</source>
        <translation>Mapflow: subir {name}</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="159"/>
        <source>{name} was uploaded.</source>
        <translation>Se ha subido {name}.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="167"/>
        <source>The upload of {name} was cancelled.</source>
        <translation>Se canceló la subida de {name}.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="172"/>
        <source>Uploading a GeoTIFF</source>
        <translation>Subiendo un GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="291"/>
        <source>{name} could not be uploaded: {reason}</source>
        <translation>No se pudo subir {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="29"/>
        <source>Model price: {total:g} credits/km² ({base:g} + {options:g} for the options)</source>
        <translation>Precio del modelo: {total:g} créditos/km² ({base:g} + {options:g} por las opciones)</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="31"/>
        <source>Model price: {total:g} credits/km²</source>
        <translation>Precio del modelo: {total:g} créditos/km²</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="57"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation>Este proyecto no tiene modelos; pida al soporte de Mapflow que vincule uno.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="129"/>
        <source>{count} items selected.</source>
        <translation>{count} elementos seleccionados.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Mapflow: create mosaic {name}</source>
        <translation>Mapflow: crear el mosaico {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Mosaic “{name}” created.</source>
        <translation>Mosaico “{name}” creado.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Creating a mosaic</source>
        <translation>Creando un mosaico</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>The mosaic could not be created: {reason}</source>
        <translation>No se pudo crear el mosaico: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Mapflow: rename mosaic</source>
        <translation>Mapflow: renombrar mosaico</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Mosaic “{name}” saved.</source>
        <translation>Mosaico “{name}” guardado.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Renaming a mosaic</source>
        <translation>Renombrando un mosaico</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>The mosaic could not be changed: {reason}</source>
        <translation>No se pudo modificar el mosaico: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Mapflow: rename image</source>
        <translation>Mapflow: renombrar imagen</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Image renamed to “{name}”.</source>
        <translation>Imagen renombrada como “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Renaming an image</source>
        <translation>Renombrando una imagen</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>The image could not be renamed: {reason}</source>
        <translation>No se pudo renombrar la imagen: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="223"/>
        <source>Deleted: {names}.</source>
        <translation>Eliminados: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="226"/>
        <source>“{name}” could not be deleted: {reason}</source>
        <translation>No se pudo eliminar “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>Mapflow: delete imagery</source>
        <translation>Mapflow: eliminar imágenes</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>Deleting imagery</source>
        <translation>Eliminando imágenes</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>The imagery could not be deleted: {reason}</source>
        <translation>No se pudieron eliminar las imágenes: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="93"/>
        <source>Wait for the running upload or download, or cancel it.</source>
        <translation>Espere a que termine la subida o descarga en curso, o cancélela.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="242"/>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>Mapflow: check files before the upload</source>
        <translation>Mapflow: comprobar los archivos antes de subirlos</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>Checking the files</source>
        <translation>Comprobando los archivos</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>The files could not be checked: {reason}</source>
        <translation>No se pudieron comprobar los archivos: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="259"/>
        <source>Nothing was uploaded: {reasons}</source>
        <translation>No se subió nada: {reasons}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="276"/>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>Mapflow: upload {count} file(s)</source>
        <translation>Mapflow: subir {count} archivo(s)</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>Uploading imagery</source>
        <translation>Subiendo imágenes</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>The upload failed: {reason}</source>
        <translation>La subida falló: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="288"/>
        <source>Uploaded: {names}.</source>
        <translation>Subidos: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="294"/>
        <source>The upload was cancelled; {count} file(s) had been uploaded.</source>
        <translation>Se canceló la subida; ya se habían subido {count} archivo(s).</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="71"/>
        <source>Preview of {name}</source>
        <translation>Vista previa de {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="72"/>
        <source>Large preview of {name}</source>
        <translation>Vista previa grande de {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="77"/>
        <source>The preview of {name} could not be shown.</source>
        <translation>No se pudo mostrar la vista previa de {name}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>Mapflow: preview {name}</source>
        <translation>Mapflow: vista previa de {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>Previewing an image</source>
        <translation>Mostrando la vista previa de una imagen</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>The preview of {name} could not be shown: {reason}</source>
        <translation>No se pudo mostrar la vista previa de {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="106"/>
        <source>{name} was saved to {path}.</source>
        <translation>{name} se ha guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="111"/>
        <source>Downloading an image</source>
        <translation>Descargando una imagen</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="111"/>
        <source>{name} could not be downloaded: {reason}</source>
        <translation>No se pudo descargar {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="117"/>
        <source>The download of {name} was cancelled; nothing was saved.</source>
        <translation>Se canceló la descarga de {name}; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="120"/>
        <source>Mapflow: download {name}</source>
        <translation>Mapflow: descargar {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="122"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="128"/>
        <source>{count} items</source>
        <translation>{count} elementos</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="129"/>
        <source>Extent of {name}</source>
        <translation>Extensión de {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="131"/>
        <source>The footprint could not be read.</source>
        <translation>No se pudo leer la huella.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="135"/>
        <source>The area of interest is now the extent of {name}.</source>
        <translation>El área de interés es ahora la extensión de {name}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="144"/>
        <source>The imagery of the processing is now {name}.</source>
        <translation>Las imágenes del procesamiento son ahora {name}.</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="72"/>
        <source>The OAuth2 configuration could not be created: {reason}</source>
        <translation>No se pudo crear la configuración OAuth2: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="96"/>
        <source>QGIS now asks for its master password (or asks you to set one, the first time): it encrypts the OAuth2 configuration and your sign-in in the QGIS authentication database. The plugin never sees that password.</source>
        <translation>QGIS le pedirá ahora su contraseña maestra (o que defina una, la primera vez): con ella cifra la configuración OAuth2 y su inicio de sesión en la base de datos de autenticación de QGIS. El complemento nunca ve esa contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="55"/>
        <source>This data provider offers no preview.</source>
        <translation>Este proveedor de datos no ofrece vista previa.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="100"/>
        <source>Preview: {name}</source>
        <translation>Vista previa: {name}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="70"/>
        <source>Preview works for XYZ, TMS and Quadkey URLs; add a WMS service with Layer › Add Layer › Add WMS/WMTS Layer.</source>
        <translation>La vista previa funciona con URL XYZ, TMS y Quadkey; añada un servicio WMS con Capa › Añadir capa › Añadir capa WMS/WMTS.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="75"/>
        <source>Preview: {url}</source>
        <translation>Vista previa: {url}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="81"/>
        <source>Choose a mosaic of your imagery first.</source>
        <translation>Elija primero un mosaico de sus imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>Mapflow: imagery preview</source>
        <translation>Mapflow: vista previa de las imágenes</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>Previewing the imagery</source>
        <translation>Mostrando la vista previa de las imágenes</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>The preview failed: {reason}</source>
        <translation>La vista previa falló: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="97"/>
        <source>“{name}” has no imagery tiles yet (an empty mosaic, or still being prepared).</source>
        <translation>“{name}” aún no tiene teselas de imágenes (un mosaico vacío o que aún se está preparando).</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="105"/>
        <source>QGIS could not open the preview “{name}”.</source>
        <translation>QGIS no pudo abrir la vista previa “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="110"/>
        <source>Added the layer “{name}”.</source>
        <translation>Se ha añadido la capa “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="169"/>
        <source>{context}: {reason}</source>
        <translation>{context}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="195"/>
        <source>{name} AOIs</source>
        <translation>Áreas de interés de {name}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="198"/>
        <source>{count} AOI(s) of &apos;{name}&apos; had no readable geometry and were left out.</source>
        <translation>{count} área(s) de interés de “{name}” no tenían una geometría legible y se omitieron.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="201"/>
        <source>Load AOIs of {name}</source>
        <translation>Cargar las áreas de interés de {name}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="201"/>
        <source>Could not load the AOIs of &apos;{name}&apos;</source>
        <translation>No se pudieron cargar las áreas de interés de “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="212"/>
        <source>Renamed &apos;{old}&apos; to &apos;{new}&apos;.</source>
        <translation>“{old}” renombrado como “{new}”.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="215"/>
        <source>Could not rename &apos;{name}&apos;</source>
        <translation>No se pudo renombrar “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="225"/>
        <source>Restart processings</source>
        <translation>Reiniciar procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="225"/>
        <source>Could not restart the processings</source>
        <translation>No se pudieron reiniciar los procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="233"/>
        <source>Restarted: {names}.</source>
        <translation>Reiniciados: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="233"/>
        <source>Could not restart &apos;{name}&apos;: {reason}</source>
        <translation>No se pudo reiniciar “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Deleted {count} processing(s).</source>
        <translation>{count} procesamiento(s) eliminado(s).</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Could not delete &apos;{name}&apos;: {reason}</source>
        <translation>No se pudo eliminar “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Could not delete the processings</source>
        <translation>No se pudieron eliminar los procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="255"/>
        <source> (default)</source>
        <translation> (predeterminado)</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="258"/>
        <source>There is no other project you can move processings to.</source>
        <translation>No hay ningún otro proyecto al que pueda mover procesamientos.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="264"/>
        <source>List projects</source>
        <translation>Listar proyectos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="264"/>
        <source>Could not list your projects</source>
        <translation>No se pudieron listar sus proyectos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Moved {count} processing(s).</source>
        <translation>{count} procesamiento(s) movido(s).</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Could not move &apos;{name}&apos;: {reason}</source>
        <translation>No se pudo mover “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Could not move the processings</source>
        <translation>No se pudieron mover los procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="284"/>
        <source>Thank you: &apos;{name}&apos; rated {rating} of 5.</source>
        <translation>Gracias: “{name}” valorado con {rating} de 5.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="288"/>
        <source>Rate processing</source>
        <translation>Valorar el procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="288"/>
        <source>Could not rate &apos;{name}&apos;</source>
        <translation>No se pudo valorar “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="108"/>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="140"/>
        <source>Sign in to see your processings.</source>
        <translation>Inicie sesión para ver sus procesamientos.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="148"/>
        <source>Choose a project to see its processings.</source>
        <translation>Elija un proyecto para ver sus procesamientos.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="157"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="219"/>
        <source>Refresh Mapflow processings</source>
        <translation>Actualizar los procesamientos de Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="251"/>
        <source>Updated at {time}; following the unfinished processings.</source>
        <translation>Actualizado a las {time}; siguiendo los procesamientos sin terminar.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="253"/>
        <source>Updated at {time}; every processing on this page is finished.</source>
        <translation>Actualizado a las {time}; todos los procesamientos de esta página han terminado.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="266"/>
        <source>Could not refresh ({reason}); retrying in {seconds} s</source>
        <translation>No se pudo actualizar ({reason}); se reintentará en {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="273"/>
        <source>Refreshing the processings</source>
        <translation>Actualizando los procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="288"/>
        <source>{finished} processing(s) finished and {failed} failed; see the list for details.</source>
        <translation>{finished} procesamiento(s) terminado(s) y {failed} fallido(s); vea los detalles en la lista.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="295"/>
        <source>Load results</source>
        <translation>Cargar resultados</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="316"/>
        <source>{count} processings selected.</source>
        <translation>{count} procesamientos seleccionados.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="77"/>
        <source>Mapflow: list projects</source>
        <translation>Mapflow: listar proyectos</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="77"/>
        <source>Listing the projects</source>
        <translation>Listando los proyectos</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="116"/>
        <source>New project</source>
        <translation>Proyecto nuevo</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="120"/>
        <source>Mapflow: create project</source>
        <translation>Mapflow: crear proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="120"/>
        <source>Creating the project</source>
        <translation>Creando el proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="124"/>
        <source>Project “{name}” created.</source>
        <translation>Proyecto “{name}” creado.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="132"/>
        <source>Rename project</source>
        <translation>Renombrar proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Mapflow: rename project</source>
        <translation>Mapflow: renombrar proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Project renamed to “{name}”.</source>
        <translation>Proyecto renombrado como “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Renaming the project</source>
        <translation>Renombrando el proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="148"/>
        <source>Mapflow: delete project</source>
        <translation>Mapflow: eliminar proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="148"/>
        <source>Deleting the project</source>
        <translation>Eliminando el proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="155"/>
        <source>Project “{name}” deleted.</source>
        <translation>Proyecto “{name}” eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="167"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Mapflow: share project</source>
        <translation>Mapflow: compartir proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Project “{name}” shared with {email} as {role}.</source>
        <translation>Proyecto “{name}” compartido con {email} como {role}.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Sharing the project</source>
        <translation>Compartiendo el proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="194"/>
        <source>{context} failed: {reason}</source>
        <translation>{context} — error: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="129"/>
        <source>Loading results</source>
        <translation>Cargando resultados</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="129"/>
        <source>The results folder {folder} cannot be used: {reason}</source>
        <translation>No se puede usar la carpeta de resultados {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="142"/>
        <source>The results of “{name}” are being loaded already; their progress is in the task manager.</source>
        <translation>Ya se están cargando los resultados de “{name}”; su progreso está en el administrador de tareas.</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="179"/>
        <source>Loading cancelled: the results of “{name}” were not added.</source>
        <translation>Carga cancelada: no se añadieron los resultados de “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="201"/>
        <source>The results of “{name}” could not be loaded: {reason}</source>
        <translation>No se pudieron cargar los resultados de “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="232"/>
        <source>The results of “{name}” were added to the map. Saved as {file} in {folder}.</source>
        <translation>Los resultados de “{name}” se han añadido al mapa. Guardados como {file} en {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="234"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="237"/>
        <source>The results of “{name}” were added to the map.</source>
        <translation>Los resultados de “{name}” se han añadido al mapa.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="72"/>
        <source>Sent back: “{comment}” ({count} marked object(s)).</source>
        <translation>Devuelto: “{comment}” ({count} objeto(s) marcado(s)).</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>Accepting results</source>
        <translation>Aceptando resultados</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>The results could not be accepted: {reason}</source>
        <translation>No se pudieron aceptar los resultados: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="116"/>
        <source>Accepted: {names}.</source>
        <translation>Aceptados: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="118"/>
        <source>“{name}” could not be accepted: {reason}</source>
        <translation>No se pudo aceptar “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="128"/>
        <source>Corrections of {name}</source>
        <translation>Correcciones de {name}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="132"/>
        <source>The corrections layer could not be made: {reason}</source>
        <translation>No se pudo crear la capa de correcciones: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="142"/>
        <source>Draw the wrong or missing objects of “{name}” on the layer “{layer}”, with a remark for each; then press “Send back for review”.</source>
        <translation>Dibuje los objetos erróneos o que faltan de “{name}” en la capa “{layer}”, con una observación para cada uno; después pulse “Devolver para revisión”.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="171"/>
        <source>“{name}” was sent back for review with {count} marked object(s); Mapflow support reworks it and it comes back to you for review.</source>
        <translation>“{name}” se ha devuelto para revisión con {count} objeto(s) marcado(s); el soporte de Mapflow lo corrige y vuelve a usted para su revisión.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>Send “{name}” back for review</source>
        <translation>Devolver “{name}” para revisión</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>Sending a result back for review</source>
        <translation>Devolviendo un resultado para revisión</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>“{name}” could not be sent back for review: {reason}</source>
        <translation>No se pudo devolver “{name}” para revisión: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="49"/>
        <source>Choose scenes in the Search tab first.</source>
        <translation>Elija primero escenas en la pestaña Buscar.</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="57"/>
        <source>Showing the previews of the first {count} selected scenes.</source>
        <translation>Mostrando las vistas previas de las primeras {count} escenas seleccionadas.</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="76"/>
        <source>No preview is offered for {ids}.</source>
        <translation>No se ofrece vista previa para {ids}.</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="104"/>
        <source>Mapflow: preview of {id}</source>
        <translation>Mapflow: vista previa de {id}</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="121"/>
        <source>Previewing a scene</source>
        <translation>Mostrando la vista previa de una escena</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="121"/>
        <source>The preview of {id} failed: {reason}</source>
        <translation>Falló la vista previa de {id}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="65"/>
        <source>Imagery for the processing: {scenes}.</source>
        <translation>Imágenes para el procesamiento: {scenes}.</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="86"/>
        <source>Search the imagery (Search tab) and choose one or more scenes.</source>
        <translation>Busque las imágenes (pestaña Buscar) y elija una o varias escenas.</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="96"/>
        <source>{scenes}, found by the planned search “{name}”</source>
        <translation>{scenes}, encontradas por la búsqueda programada “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="114"/>
        <source>No scenes chosen yet: find them in the Search tab and press “Use for processing”.</source>
        <translation>Aún no se han elegido escenas: búsquelas en la pestaña Buscar y pulse “Usar para procesar”.</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="127"/>
        <source>Scenes: {scenes}</source>
        <translation>Escenas: {scenes}</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="135"/>
        <source>Imagery: {price:g} credits/km² at zoom {zoom}</source>
        <translation>Imágenes: {price:g} créditos/km² con zoom {zoom}</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="137"/>
        <source>; at least {area:g} km² per processing</source>
        <translation>; al menos {area:g} km² por procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="129"/>
        <source>Choose an area of interest in the Start tab: the search looks for scenes over it.</source>
        <translation>Elija un área de interés en la pestaña Iniciar: la búsqueda encuentra escenas sobre ella.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="132"/>
        <source>Area of interest: {name}, {area}</source>
        <translation>Área de interés: {name}, {area}</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="132"/>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="109"/>
        <source>Choose an area of interest in the Start tab first.</source>
        <translation>Elija primero un área de interés en la pestaña Iniciar.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="187"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="188"/>
        <source>Mapflow: imagery search</source>
        <translation>Mapflow: búsqueda de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="222"/>
        <source>The search was cancelled.</source>
        <translation>Se canceló la búsqueda.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="240"/>
        <source>Searching the imagery</source>
        <translation>Buscando las imágenes</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="310"/>
        <source>{count} scenes found.</source>
        <translation>{count} escenas encontradas.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="309"/>
        <source>{hidden} on this page do not match the filters.</source>
        <translation>{hidden} en esta página no coinciden con los filtros.</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="51"/>
        <source>Select scenes in the table or on the map.</source>
        <translation>Seleccione escenas en la tabla o en el mapa.</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="54"/>
        <source>{count} selected.</source>
        <translation>{count} seleccionadas.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="371"/>
        <source>A planned search cannot cover it either: its area is over your planned-search limit. Search a smaller area.</source>
        <translation>Una búsqueda programada tampoco puede abarcarla: su área supera su límite de búsqueda programada. Busque en un área más pequeña.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="376"/>
        <source>A planned search can cover this area: it searches the archive and keeps looking for new scenes.</source>
        <translation>Una búsqueda programada puede abarcar esta área: busca en el archivo y sigue buscando escenas nuevas.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="402"/>
        <source>Planned searches come in the Processings tab.</source>
        <translation>Las búsquedas programadas aparecen en la pestaña Procesamientos.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="394"/>
        <source>Choose an area of interest in the Start tab first: a planned search watches it for new scenes.</source>
        <translation>Elija primero un área de interés en la pestaña Iniciar: una búsqueda programada la vigila en busca de escenas nuevas.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="88"/>
        <source>Mapflow: look for a local sandbox</source>
        <translation>Mapflow: buscar un sandbox local</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="103"/>
        <source>Paste your Mapflow API token first.</source>
        <translation>Pegue primero su token de API de Mapflow.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="142"/>
        <source>QGIS now asks for its master password (or asks you to set one, the first time): it encrypts your Mapflow token in the QGIS authentication database. The plugin never sees that password.</source>
        <translation>QGIS le pedirá ahora su contraseña maestra (o que defina una, la primera vez): con ella cifra su token de Mapflow en la base de datos de autenticación de QGIS. El complemento nunca ve esa contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="155"/>
        <source>Signing in to {host}…</source>
        <translation>Iniciando sesión en {host}…</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="158"/>
        <source>Mapflow: sign in</source>
        <translation>Mapflow: iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="180"/>
        <source>Signed in, but the token could not be kept for next time: {reason}</source>
        <translation>Sesión iniciada, pero no se pudo guardar el token para la próxima vez: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="190"/>
        <source>Signed in to {host}.</source>
        <translation>Sesión iniciada en {host}.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="212"/>
        <source>Not signed in: {reason}</source>
        <translation>Sesión no iniciada: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="236"/>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="250"/>
        <source>Mapflow: account status</source>
        <translation>Mapflow: estado de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="265"/>
        <source>The account status could not be refreshed: {reason}</source>
        <translation>No se pudo actualizar el estado de la cuenta: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="265"/>
        <source>Refreshing the account</source>
        <translation>Actualizando la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="141"/>
        <source>Imagery: no data charge for your own imagery.</source>
        <translation>Imágenes: sin cargo por datos para sus propias imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="154"/>
        <source>The imagery login could not be stored: {reason}</source>
        <translation>No se pudo guardar el usuario de las imágenes: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="59"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="74"/>
        <source>Processing name</source>
        <translation>Nombre del procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="96"/>
        <source>Mapflow: start “{name}”</source>
        <translation>Mapflow: iniciar “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="110"/>
        <source>Processing “{name}” started.</source>
        <translation>Procesamiento “{name}” iniciado.</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="117"/>
        <source>The processing could not be started: {reason}</source>
        <translation>No se pudo iniciar el procesamiento: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="73"/>
        <source>Sign in to see your processing history.</source>
        <translation>Inicie sesión para ver su historial de procesamientos.</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="83"/>
        <source>Loading the history…</source>
        <translation>Cargando el historial…</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="91"/>
        <source>No processings match these filters.</source>
        <translation>Ningún procesamiento coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="97"/>
        <source>Could not load the statistics: {reason}</source>
        <translation>No se pudieron cargar las estadísticas: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="97"/>
        <source>Loading the statistics</source>
        <translation>Cargando las estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="100"/>
        <source>Mapflow statistics</source>
        <translation>Estadísticas de Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="114"/>
        <source>Sign in to export your processing history.</source>
        <translation>Inicie sesión para exportar su historial de procesamientos.</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="126"/>
        <source>Statistics saved to {path} ({size} bytes).</source>
        <translation>Estadísticas guardadas en {path} ({size} bytes).</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="130"/>
        <source>Could not export the statistics to {path}: {reason}</source>
        <translation>No se pudieron exportar las estadísticas a {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="132"/>
        <source>Exporting the statistics</source>
        <translation>Exportando las estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="135"/>
        <source>Export Mapflow statistics</source>
        <translation>Exportar estadísticas de Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="55"/>
        <source>Pausing the planned search</source>
        <translation>Pausando la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="55"/>
        <source>Planned search “{name}” paused.</source>
        <translation>Búsqueda programada “{name}” en pausa.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="59"/>
        <source>Resuming the planned search</source>
        <translation>Reanudando la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="59"/>
        <source>Planned search “{name}” resumed: it also looks at what was published while it was paused.</source>
        <translation>Búsqueda programada “{name}” reanudada: también revisa lo publicado mientras estaba en pausa.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="65"/>
        <source>Restarting the planned search</source>
        <translation>Reiniciando la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="65"/>
        <source>Planned search “{name}” restarted.</source>
        <translation>Búsqueda programada “{name}” reiniciada.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="70"/>
        <source>Rename planned search</source>
        <translation>Renombrar búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="77"/>
        <source>Renaming the planned search</source>
        <translation>Renombrando la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="77"/>
        <source>Planned search renamed to “{name}”.</source>
        <translation>Búsqueda programada renombrada como “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="91"/>
        <source>Changing the end date of the planned search</source>
        <translation>Cambiando la fecha de fin de la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="91"/>
        <source>Planned search “{name}” now looks for new scenes until {day}.</source>
        <translation>La búsqueda programada “{name}” busca ahora escenas nuevas hasta el {day}.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="97"/>
        <source>Delete the planned search “{name}”? It stops looking for scenes and its areas and found scenes are gone; the processings started from it stay in the project.</source>
        <translation>¿Eliminar la búsqueda programada “{name}”? Deja de buscar escenas y desaparecen sus áreas y las escenas encontradas; los procesamientos iniciados desde ella permanecen en el proyecto.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="99"/>
        <source>Delete planned search</source>
        <translation>Eliminar búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="103"/>
        <source>Planned search “{name}” deleted.</source>
        <translation>Búsqueda programada “{name}” eliminada.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="107"/>
        <source>Deleting the planned search</source>
        <translation>Eliminando la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="133"/>
        <source>{context} “{name}” failed: {{reason}}</source>
        <translation>{context} “{name}” — error: {{reason}}</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="137"/>
        <source>Mapflow: {context}</source>
        <translation>Mapflow: {context}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="64"/>
        <source>Planned search areas: {name}</source>
        <translation>Áreas de la búsqueda programada: {name}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="94"/>
        <source>Wait until the change of the areas is saved ({what}).</source>
        <translation>Espere a que se guarde el cambio de las áreas ({what}).</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="286"/>
        <source>Area {number}</source>
        <translation>Área {number}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="122"/>
        <source>New area</source>
        <translation>Área nueva</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="122"/>
        <source>Name of the area:</source>
        <translation>Nombre del área:</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="135"/>
        <source>adding “{name}”</source>
        <translation>añadiendo “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="139"/>
        <source>Area added; the planned search searches it now.</source>
        <translation>Área añadida; la búsqueda programada ya busca en ella.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="149"/>
        <source>Rename area</source>
        <translation>Renombrar área</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="157"/>
        <source>renaming “{name}”</source>
        <translation>renombrando “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="168"/>
        <source>Area “{name}” saved.</source>
        <translation>Área “{name}” guardada.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="187"/>
        <source>redrawing “{name}”</source>
        <translation>redibujando “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="193"/>
        <source>Area “{name}” redrawn; the planned search searches it again.</source>
        <translation>Área “{name}” redibujada; la búsqueda programada vuelve a buscar en ella.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="204"/>
        <source>A planned search keeps at least one area; delete the planned search instead.</source>
        <translation>Una búsqueda programada conserva al menos un área; elimine la búsqueda programada en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="207"/>
        <source>Delete {count} area(s) of the planned search? Their found scenes go with them.</source>
        <translation>¿Eliminar {count} área(s) de la búsqueda programada? Sus escenas encontradas se eliminan con ellas.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="209"/>
        <source>Delete areas</source>
        <translation>Eliminar áreas</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="212"/>
        <source>deleting {count} area(s)</source>
        <translation>eliminando {count} área(s)</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="222"/>
        <source>{count} area(s) deleted.</source>
        <translation>{count} área(s) eliminada(s).</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="227"/>
        <source>The drawn area is empty or not a valid polygon: draw a polygon with an area.</source>
        <translation>El área dibujada está vacía o no es un polígono válido: dibuje un polígono con superficie.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="237"/>
        <source>Saving: {what}…</source>
        <translation>Guardando: {what}…</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="252"/>
        <source>The area or its planned search no longer exists; reading the planned search again.</source>
        <translation>El área o su búsqueda programada ya no existe; se vuelve a leer la búsqueda programada.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="256"/>
        <source>Changing the areas</source>
        <translation>Cambiando las áreas</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="256"/>
        <source>The areas were not changed ({what}): {{reason}}</source>
        <translation>Las áreas no se modificaron ({what}): {{reason}}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="262"/>
        <source>Mapflow: planned search areas ({what})</source>
        <translation>Mapflow: áreas de la búsqueda programada ({what})</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="281"/>
        <source>Click on the map to draw the area; right-click or double-click to finish, Esc to cancel.</source>
        <translation>Haga clic en el mapa para dibujar el área; clic derecho o doble clic para terminar, Esc para cancelar.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="311"/>
        <source>Measuring the drawn area…</source>
        <translation>Midiendo el área dibujada…</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="312"/>
        <source>Mapflow: measure the drawn area</source>
        <translation>Mapflow: medir el área dibujada</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="319"/>
        <source>Drawn: {area}.</source>
        <translation>Dibujado: {area}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="89"/>
        <source>Planned search footprints</source>
        <translation>Huellas de la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="160"/>
        <source>Reading the planned search…</source>
        <translation>Leyendo la búsqueda programada…</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="210"/>
        <source>Mapflow: read the planned search “{name}”</source>
        <translation>Mapflow: leer la búsqueda programada “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="231"/>
        <source>Reading the planned search</source>
        <translation>Leyendo la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="244"/>
        <source>Until {date}; last looked {checked}.</source>
        <translation>Hasta el {date}; última revisión: {checked}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="248"/>
        <source>{count} area(s), {area}; {found} scenes found, {new} new.</source>
        <translation>{count} área(s), {area}; {found} escenas encontradas, {new} nuevas.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="254"/>
        <source>Filters: {filters}.</source>
        <translation>Filtros: {filters}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="254"/>
        <source>No filters: any scene over the areas.</source>
        <translation>Sin filtros: cualquier escena sobre las áreas.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="258"/>
        <source>Its processings use {choices}.</source>
        <translation>Sus procesamientos usan {choices}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="306"/>
        <source>{count} scenes found; {new} new on this page.</source>
        <translation>{count} escenas encontradas; {new} nuevas en esta página.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="360"/>
        <source>Reading the scenes…</source>
        <translation>Leyendo las escenas…</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="361"/>
        <source>Mapflow: scenes of the planned search</source>
        <translation>Mapflow: escenas de la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="371"/>
        <source>Reading the scenes of the planned search</source>
        <translation>Leyendo las escenas de la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="386"/>
        <source>{count} scene(s) marked as seen.</source>
        <translation>{count} escena(s) marcada(s) como vistas.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="394"/>
        <source>Every scene of “{name}” is marked as seen.</source>
        <translation>Todas las escenas de “{name}” están marcadas como vistas.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="409"/>
        <source>Marking scenes as seen</source>
        <translation>Marcando escenas como vistas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="411"/>
        <source>Mapflow: mark scenes as seen</source>
        <translation>Mapflow: marcar escenas como vistas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="430"/>
        <source>Mapflow: the areas of “{name}”</source>
        <translation>Mapflow: las áreas de “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="456"/>
        <source>Mapflow: processings of the planned search</source>
        <translation>Mapflow: procesamientos de la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="149"/>
        <source>Refresh Mapflow planned searches</source>
        <translation>Actualizar las búsquedas programadas de Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="174"/>
        <source>Could not refresh the planned searches ({reason}); retrying in {seconds} s</source>
        <translation>No se pudieron actualizar las búsquedas programadas ({reason}); se reintentará en {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="206"/>
        <source>{count} planned searches found new scenes; see the Processings tab.</source>
        <translation>{count} búsquedas programadas encontraron escenas nuevas; vea la pestaña Procesamientos.</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="250"/>
        <source>The planned search “{name}” no longer exists (it was deleted, perhaps by a colleague).</source>
        <translation>La búsqueda programada “{name}” ya no existe (se eliminó, quizá un colega).</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="264"/>
        <source>Choose a project first: planned searches belong to a project.</source>
        <translation>Elija primero un proyecto: las búsquedas programadas pertenecen a un proyecto.</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="273"/>
        <source>Planned search</source>
        <translation>Búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>Mapflow: create the planned search “{name}”</source>
        <translation>Mapflow: crear la búsqueda programada “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>Creating the planned search</source>
        <translation>Creando la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>The planned search could not be created: {reason}</source>
        <translation>No se pudo crear la búsqueda programada: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="327"/>
        <source>Planned search “{name}” created: it searches the archive now, then keeps looking for new scenes.</source>
        <translation>Búsqueda programada “{name}” creada: busca ahora en el archivo y después sigue buscando escenas nuevas.</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="331"/>
        <source>Planned search “{name}” created, but it does not search: the limit of active planned searches is reached. Pause another one, then resume this one.</source>
        <translation>Búsqueda programada “{name}” creada, pero no busca: se ha alcanzado el límite de búsquedas programadas activas. Ponga otra en pausa y después reanude esta.</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>Mapflow: check the server version</source>
        <translation>Mapflow: comprobar la versión del servidor</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>The server version could not be checked: {reason}</source>
        <translation>No se pudo comprobar la versión del servidor: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>Checking the server version</source>
        <translation>Comprobando la versión del servidor</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="45"/>
        <source>Server API version {server} (this plugin knows {known}).</source>
        <translation>Versión de la API del servidor: {server} (este complemento conoce la {known}).</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="334"/>
        <source>Failed:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="339"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="397"/>
        <source>{state}, until {time}</source>
        <translation>{state}, hasta {time}</translation>
    </message>
</context>
<context>
    <name>AoiRules</name>
    <message>
        <location filename="../core/aoi_rules.py" line="108"/>
        <source>The area of interest has no polygon{detail}.</source>
        <translation>El área de interés no tiene ningún polígono{detail}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="109"/>
        <source>The layer holds {detail} geometries; an area of interest needs a polygon layer.</source>
        <translation>Tipo de geometría de la capa: {detail}; un área de interés necesita una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="111"/>
        <source>No features are selected{detail}; select at least one polygon or use all features.</source>
        <translation>No hay objetos espaciales seleccionados{detail}; seleccione al menos un polígono o use todos los objetos espaciales.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="113"/>
        <source>The layer{detail} has no coordinate reference system; set its CRS in the layer properties and try again.</source>
        <translation>La capa{detail} no tiene sistema de referencia de coordenadas; defina su SRC en las propiedades de la capa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="116"/>
        <source>The AOI source cannot be read{detail}.</source>
        <translation>No se puede leer la fuente del área de interés{detail}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="117"/>
        <source>The AOI cannot be converted to longitude/latitude (EPSG:4326){detail}.</source>
        <translation>El área de interés no se puede convertir a longitud/latitud (EPSG:4326){detail}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="119"/>
        <source>The AOI coordinates fall outside the globe once read as longitude/latitude{detail}; the layer&apos;s coordinate reference system is probably wrong.</source>
        <translation>Las coordenadas del área de interés quedan fuera del globo al leerlas como longitud/latitud{detail}; probablemente el sistema de referencia de coordenadas de la capa es incorrecto.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="123"/>
        <source>The AOI encloses the {detail} Pole, which a longitude/latitude polygon cannot describe; draw an area that stays off the pole.</source>
        <translation>El área de interés encierra el polo {detail}, algo que un polígono en longitud/latitud no puede describir; dibuje un área que no incluya el polo.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="127"/>
        <source>The AOI has a self-intersecting polygon of {detail} vertices, too complex to repair here, even when simplified by up to 0.1 % of its size. Repair or simplify it (Vector › Geometry Tools › Fix Geometries or Simplify) and choose the result.</source>
        <translation>El área de interés tiene un polígono con autointersecciones de {detail} vértices, demasiado complejo para repararlo aquí, incluso simplificándolo hasta un 0,1 % de su tamaño. Repárelo o simplifíquelo (Vectorial › Herramientas de geometría › Corregir geometrías o Simplificar) y elija el resultado.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="132"/>
        <source>The AOI has more than {limit} vertices; reading stopped there. Choose fewer or simpler polygons (Vector › Geometry Tools › Simplify).</source>
        <translation>El área de interés tiene más de {limit} vértices; la lectura se detuvo ahí. Elija polígonos menos numerosos o más sencillos (Vectorial › Herramientas de geometría › Simplificar).</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="140"/>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="141"/>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="142"/>
        <source>no</source>
        <translation>sin geometría</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="143"/>
        <source>North</source>
        <translation>Norte</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="144"/>
        <source>South</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="148"/>
        <source>1 invalid geometry was repaired (self-intersections, duplicate rings).</source>
        <translation>Se reparó 1 geometría no válida (autointersecciones, anillos duplicados).</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="148"/>
        <source>{count} invalid geometries were repaired (self-intersections, duplicate rings).</source>
        <translation>Se repararon {count} geometrías no válidas (autointersecciones, anillos duplicados).</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="152"/>
        <source>Z values were dropped from 1 geometry.</source>
        <translation>Se eliminaron los valores Z de 1 geometría.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="152"/>
        <source>Z values were dropped from {count} geometries.</source>
        <translation>Se eliminaron los valores Z de {count} geometrías.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="155"/>
        <source>M values were dropped from 1 geometry.</source>
        <translation>Se eliminaron los valores M de 1 geometría.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="155"/>
        <source>M values were dropped from {count} geometries.</source>
        <translation>Se eliminaron los valores M de {count} geometrías.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="158"/>
        <source>1 point or line part was left out; only polygons are processed.</source>
        <translation>Se omitió 1 parte de punto o línea; solo se procesan polígonos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="158"/>
        <source>{count} point or line parts were left out; only polygons are processed.</source>
        <translation>Se omitieron {count} partes de punto o línea; solo se procesan polígonos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="161"/>
        <source>1 curved geometry was converted to straight segments.</source>
        <translation>1 geometría curva se convirtió en segmentos rectos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="161"/>
        <source>{count} curved geometries were converted to straight segments.</source>
        <translation>{count} geometrías curvas se convirtieron en segmentos rectos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="164"/>
        <source>1 shape crossing the 180° meridian was split in two at the meridian.</source>
        <translation>1 forma que cruzaba el meridiano de 180° se dividió en dos por el meridiano.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="164"/>
        <source>{count} shapes crossing the 180° meridian were split at the meridian.</source>
        <translation>{count} formas que cruzaban el meridiano de 180° se dividieron por el meridiano.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="167"/>
        <source>Overlapping or touching shapes were merged: 1 part fewer.</source>
        <translation>Se fusionaron formas superpuestas o contiguas: 1 parte menos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="167"/>
        <source>Overlapping or touching shapes were merged: {count} parts fewer.</source>
        <translation>Se fusionaron formas superpuestas o contiguas: {count} partes menos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="170"/>
        <source>1 feature without geometry was skipped.</source>
        <translation>Se omitió 1 objeto espacial sin geometría.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="170"/>
        <source>{count} features without geometry were skipped.</source>
        <translation>Se omitieron {count} objetos espaciales sin geometría.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="173"/>
        <source>The AOI lies far outside the area {detail} is meant for; check that the layer&apos;s CRS is right.</source>
        <translation>El área de interés queda muy lejos de la zona de uso de {detail}; compruebe que el SRC de la capa es correcto.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="177"/>
        <source>A self-intersecting polygon of {before} vertices was simplified to {after} vertices (details under {metres} m) so that it could be repaired quickly.</source>
        <translation>Un polígono con autointersecciones de {before} vértices se simplificó a {after} vértices (detalles de menos de {metres} m) para poder repararlo rápidamente.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="177"/>
        <source>{count} self-intersecting polygons of {before} vertices in all were simplified to {after} vertices (details under {metres} m) so that they could be repaired quickly.</source>
        <translation>{count} polígonos con autointersecciones de {before} vértices en total se simplificaron a {after} vértices (detalles de menos de {metres} m) para poder repararlos rápidamente.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="189"/>
        <source>non-polygon</source>
        <translation>no poligonal</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="242"/>
        <source>The AOI has {count} separate polygons; a processing accepts at most {limit}. Merge or select fewer polygons.</source>
        <translation>El área de interés tiene {count} polígonos separados; un procesamiento acepta como máximo {limit}. Fusione polígonos o seleccione menos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="258"/>
        <source>The AOI is {area}; your limit per processing is {limit}.</source>
        <translation>El área de interés mide {area}; su límite por procesamiento es {limit}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="268"/>
        <source>The bounding box of AOI part {part} is {area}, over your limit per processing of {limit}{others}; the server measures each part&apos;s longitude/latitude box.</source>
        <translation>El rectángulo envolvente de la parte {part} del área de interés mide {area}, por encima de su límite por procesamiento de {limit}{others}; el servidor mide el rectángulo en longitud/latitud de cada parte.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="284"/>
        <source> (and 1 more part)</source>
        <translation> (y 1 parte más)</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="285"/>
        <source> (and {n} more parts)</source>
        <translation> (y {n} partes más)</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="294"/>
        <source>The AOI is {area}; {provider} needs at least {minimum} per processing.</source>
        <translation>El área de interés mide {area}; {provider} necesita al menos {minimum} por procesamiento.</translation>
    </message>
</context>
<context>
    <name>AoiWidget</name>
    <message>
        <location filename="../ui/forms/aoi.ui" line="5"/>
        <source>Area of interest</source>
        <translation>Área de interés</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="7"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="10"/>
        <source>Polygon layer (all features)</source>
        <translation>Capa de polígonos (todos)</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="11"/>
        <source>Polygon layer (selected features)</source>
        <translation>Capa de polígonos (selección)</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="12"/>
        <source>Polygon drawn on the map</source>
        <translation>Polígono dibujado en el mapa</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="13"/>
        <source>Current map extent</source>
        <translation>Extensión actual del mapa</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="14"/>
        <source>Vector file</source>
        <translation>Archivo vectorial</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="15"/>
        <source>Extent of a layer</source>
        <translation>Extensión de una capa</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="18"/>
        <source>The polygon layer of the area of interest</source>
        <translation>La capa de polígonos del área de interés</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="19"/>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="19"/>
        <source>Click to add vertices, right-click or double-click to finish, Esc to cancel</source>
        <translation>Haga clic para añadir vértices; clic derecho o doble clic para terminar, Esc para cancelar</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="20"/>
        <source>Offer Mapflow result layers too</source>
        <translation>Incluir capas de Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="20"/>
        <source>Results, imagery and footprints added by this plugin are not offered as an area of interest unless this is on</source>
        <translation>Los resultados, las imágenes y las huellas añadidos por este complemento no se ofrecen como área de interés salvo que esta opción esté activada</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="21"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.gml *.fgb);;All files (*)</source>
        <translation>Archivos vectoriales (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.gml *.fgb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="22"/>
        <source>No area chosen.</source>
        <translation>No se ha elegido ningún área.</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="23"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="23"/>
        <source>Read the area again from its source</source>
        <translation>Volver a leer el área desde su fuente</translation>
    </message>
</context>
<context>
    <name>ConnectionWidget</name>
    <message>
        <location filename="../ui/connection_widget.py" line="23"/>
        <source>Mapflow</source>
        <translation>Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/connection_widget.py" line="53"/>
        <source>Sandbox (offline, this computer)</source>
        <translation>Sandbox (sin conexión, este equipo)</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="11"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="16"/>
        <source>The Mapflow API base URL, ending with /rest. Choose the sandbox for offline demos.</source>
        <translation>La URL base de la API de Mapflow, terminada en /rest. Elija el sandbox para demostraciones sin conexión.</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="20"/>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="25"/>
        <source>Paste your Mapflow API token</source>
        <translation>Pegue su token de API de Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="29"/>
        <source>Sign in</source>
        <translation>Acceder</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="33"/>
        <source>Not signed in.</source>
        <translation>Sesión no iniciada.</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="39"/>
        <source>Sign out</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="43"/>
        <source>&lt;a href=&quot;https://app.mapflow.ai/account/api&quot;&gt;Get an API token&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://app.mapflow.ai/account/api&quot;&gt;Obtener un token de API&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="49"/>
        <source>Sign in with Mapflow account…</source>
        <translation>Iniciar sesión con Mapflow…</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="50"/>
        <source>Sign in in your web browser with your Mapflow account (OAuth2), instead of an API token</source>
        <translation>Iniciar sesión en su navegador web con su cuenta de Mapflow (OAuth2), en lugar de con un token de API</translation>
    </message>
</context>
<context>
    <name>EndDateDialog</name>
    <message>
        <location filename="../ui/template_dialogs.py" line="141"/>
        <source>End date of the planned search</source>
        <translation>Fecha de fin de la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="149"/>
        <source>It looks for new scenes until the end of this day; at most six months ahead</source>
        <translation>Busca escenas nuevas hasta el final de este día; como máximo seis meses por delante</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="145"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>HelpWidget</name>
    <message>
        <location filename="../ui/forms/help.ui" line="12"/>
        <source>Help and feedback</source>
        <translation>Ayuda y comentarios</translation>
    </message>
    <message>
        <location filename="../ui/forms/help.ui" line="13"/>
        <source>The user guide, Mapflow&apos;s documentation and prices, topping up, reporting a problem</source>
        <translation>La guía del usuario, la documentación y los precios de Mapflow, la recarga de saldo, informar de un problema</translation>
    </message>
</context>
<context>
    <name>MapflowAccount</name>
    <message>
        <location filename="../core/account.py" line="77"/>
        <source>balance {credits} credits</source>
        <translation>saldo {credits} créditos</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="81"/>
        <source>remaining area {area}</source>
        <translation>área restante {area}</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="83"/>
        <source>no billing limits</source>
        <translation>sin límites de facturación</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="91"/>
        <source>This processing costs {cost} credits; your balance is {balance} credits.</source>
        <translation>Este procesamiento cuesta {cost} créditos; su saldo es de {balance} créditos.</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="100"/>
        <source>The AOI is {area}; your remaining area is {remaining}.</source>
        <translation>El área de interés mide {area}; su área restante es {remaining}.</translation>
    </message>
</context>
<context>
    <name>MapflowActions</name>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>Showing the Mapflow Processing panel</source>
        <translation>Mostrando el panel de Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="147"/>
        <source>Opening the help</source>
        <translation>Abriendo la ayuda</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="87"/>
        <source>Restoring the area of interest</source>
        <translation>Restaurando el área de interés</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="111"/>
        <source>Listing the layers for the area of interest</source>
        <translation>Listando las capas para el área de interés</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="119"/>
        <source>Choosing the area of interest</source>
        <translation>Eligiendo el área de interés</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="162"/>
        <source>Using the given area of interest</source>
        <translation>Usando el área de interés indicada</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="182"/>
        <source>Reading the area of interest</source>
        <translation>Leyendo el área de interés</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="280"/>
        <source>Drawing the area of interest</source>
        <translation>Dibujando el área de interés</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="293"/>
        <source>Keeping the drawn polygon</source>
        <translation>Guardando el polígono dibujado</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="117"/>
        <source>Updating the cost</source>
        <translation>Actualizando el coste</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="53"/>
        <source>Using the chosen scenes</source>
        <translation>Usando las escenas elegidas</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="190"/>
        <source>Showing the imagery search</source>
        <translation>Mostrando la búsqueda de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="194"/>
        <source>Showing the Start tab</source>
        <translation>Mostrando la pestaña Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="198"/>
        <source>Using the scenes of the copy</source>
        <translation>Usando las escenas de la copia</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="218"/>
        <source>Signing in with the stored token</source>
        <translation>Iniciando sesión con el token guardado</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="84"/>
        <source>Showing the Duplicate button</source>
        <translation>Mostrando el botón Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="88"/>
        <source>Duplicating a processing</source>
        <translation>Duplicando un procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="106"/>
        <source>Filling the Start tab with the copy</source>
        <translation>Rellenando la pestaña Iniciar con la copia</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="61"/>
        <source>Listing your imagery</source>
        <translation>Listando sus imágenes</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="97"/>
        <source>Uploading a GeoTIFF</source>
        <translation>Subiendo un GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="142"/>
        <source>Showing the upload progress</source>
        <translation>Mostrando el progreso de la subida</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="147"/>
        <source>Stopping the upload</source>
        <translation>Deteniendo la subida</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="46"/>
        <source>Listing the models</source>
        <translation>Listando los modelos</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="87"/>
        <source>Choosing the model</source>
        <translation>Eligiendo el modelo</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="120"/>
        <source>Showing the imagery details</source>
        <translation>Mostrando los detalles de las imágenes</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="46"/>
        <source>My imagery</source>
        <translation>Mis imágenes</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="320"/>
        <source>Showing the progress</source>
        <translation>Mostrando el progreso</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="325"/>
        <source>Cancelling</source>
        <translation>Cancelando</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="56"/>
        <source>Signing in with the Mapflow account</source>
        <translation>Iniciando sesión con la cuenta de Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="46"/>
        <source>Previewing the imagery</source>
        <translation>Mostrando la vista previa de las imágenes</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="124"/>
        <source>Processing action</source>
        <translation>Acción sobre el procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="205"/>
        <source>Refreshing the processings</source>
        <translation>Actualizando los procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="261"/>
        <source>Showing the processings</source>
        <translation>Mostrando los procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="144"/>
        <source>Switching the project</source>
        <translation>Cambiando de proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="52"/>
        <source>Listing the projects</source>
        <translation>Listando los proyectos</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="93"/>
        <source>Choosing the project</source>
        <translation>Eligiendo el proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="111"/>
        <source>Creating a project</source>
        <translation>Creando un proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="127"/>
        <source>Renaming the project</source>
        <translation>Renombrando el proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="142"/>
        <source>Deleting the project</source>
        <translation>Eliminando el proyecto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="157"/>
        <source>Sharing the project</source>
        <translation>Compartiendo el proyecto</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="103"/>
        <source>Showing the results folder</source>
        <translation>Mostrando la carpeta de resultados</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="108"/>
        <source>Choosing the results folder</source>
        <translation>Eligiendo la carpeta de resultados</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="114"/>
        <source>Loading results</source>
        <translation>Cargando resultados</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="222"/>
        <source>Adding the results</source>
        <translation>Añadiendo los resultados</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="56"/>
        <source>Showing the review</source>
        <translation>Mostrando la revisión</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="77"/>
        <source>Reviewing a result</source>
        <translation>Revisando un resultado</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="43"/>
        <source>Previewing the scenes</source>
        <translation>Mostrando la vista previa de las escenas</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="39"/>
        <source>Selecting scenes</source>
        <translation>Seleccionando escenas</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="44"/>
        <source>Selecting footprints</source>
        <translation>Seleccionando huellas</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="57"/>
        <source>Zooming to the scenes</source>
        <translation>Haciendo zoom a las escenas</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="115"/>
        <source>Choosing the imagery</source>
        <translation>Eligiendo las imágenes</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="106"/>
        <source>Showing the chosen scenes</source>
        <translation>Mostrando las escenas elegidas</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="86"/>
        <source>Listing the search providers</source>
        <translation>Listando los proveedores de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="96"/>
        <source>Restoring the search filters</source>
        <translation>Restaurando los filtros de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="125"/>
        <source>Showing the search area</source>
        <translation>Mostrando el área de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="137"/>
        <source>Searching the imagery</source>
        <translation>Buscando las imágenes</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="193"/>
        <source>Stopping the search</source>
        <translation>Deteniendo la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="267"/>
        <source>Showing the footprints</source>
        <translation>Mostrando las huellas</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="323"/>
        <source>Filtering the results</source>
        <translation>Filtrando los resultados</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="329"/>
        <source>Turning the page</source>
        <translation>Pasando de página</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="339"/>
        <source>Sorting the results</source>
        <translation>Ordenando los resultados</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="344"/>
        <source>Changing the page size</source>
        <translation>Cambiando el tamaño de página</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="359"/>
        <source>Choosing scenes for processing</source>
        <translation>Eligiendo escenas para procesar</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="260"/>
        <source>Planning a search</source>
        <translation>Programando una búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="95"/>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="216"/>
        <source>Signing out</source>
        <translation>Cerrando sesión</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="241"/>
        <source>Refreshing the account</source>
        <translation>Actualizando la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="268"/>
        <source>Showing the account</source>
        <translation>Mostrando la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="59"/>
        <source>Listing the data providers</source>
        <translation>Listando los proveedores de datos</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="70"/>
        <source>Restoring the imagery choice</source>
        <translation>Restaurando la elección de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="157"/>
        <source>Reading the stored imagery login</source>
        <translation>Leyendo el usuario guardado de las imágenes</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="49"/>
        <source>Remembering the confirmation choice</source>
        <translation>Guardando la preferencia de confirmación</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="65"/>
        <source>Checking the processing</source>
        <translation>Comprobando el procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="77"/>
        <source>Starting the processing</source>
        <translation>Iniciando el procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="69"/>
        <source>Showing the statistics</source>
        <translation>Mostrando las estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="109"/>
        <source>Exporting the statistics</source>
        <translation>Exportando las estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="226"/>
        <source>Changing the planned search</source>
        <translation>Modificando la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="100"/>
        <source>Adding an area</source>
        <translation>Añadiendo un área</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="142"/>
        <source>Renaming an area</source>
        <translation>Renombrando un área</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="171"/>
        <source>Redrawing an area</source>
        <translation>Redibujando un área</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="197"/>
        <source>Deleting areas</source>
        <translation>Eliminando áreas</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="304"/>
        <source>Keeping the drawn area</source>
        <translation>Guardando el área dibujada</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="326"/>
        <source>Zooming to the areas</source>
        <translation>Haciendo zoom a las áreas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="163"/>
        <source>Closing the planned search</source>
        <translation>Cerrando la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="195"/>
        <source>Reading the planned search</source>
        <translation>Leyendo la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="312"/>
        <source>Filtering the scenes</source>
        <translation>Filtrando las escenas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="338"/>
        <source>Reading the scenes</source>
        <translation>Leyendo las escenas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="388"/>
        <source>Marking scenes as seen</source>
        <translation>Marcando escenas como vistas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="414"/>
        <source>Processing the chosen scenes</source>
        <translation>Procesando las escenas elegidas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="449"/>
        <source>Reading the processings of the planned search</source>
        <translation>Leyendo los procesamientos de la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="93"/>
        <source>Opening the planned search</source>
        <translation>Abriendo la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_install.py" line="60"/>
        <source>Showing the planned searches</source>
        <translation>Mostrando las búsquedas programadas</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="137"/>
        <source>Refreshing the planned searches</source>
        <translation>Actualizando las búsquedas programadas</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="236"/>
        <source>Showing the planned search</source>
        <translation>Mostrando la búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_install.py" line="66"/>
        <source>Processing the scenes of a planned search</source>
        <translation>Procesando las escenas de una búsqueda programada</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="30"/>
        <source>Checking the server version</source>
        <translation>Comprobando la versión del servidor</translation>
    </message>
    <message>
        <location filename="../ui/help_controller.py" line="19"/>
        <source>Showing the help links</source>
        <translation>Mostrando los enlaces de ayuda</translation>
    </message>
</context>
<context>
    <name>MapflowApi</name>
    <message>
        <location filename="../api/error_catalog.py" line="66"/>
        <source>An internal error occurred while {stage}. Please contact Mapflow support.</source>
        <translation>Se produjo un error interno al {stage}. Póngase en contacto con el soporte de Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="70"/>
        <source>The imagery URL must be a string, not {url_type}.</source>
        <translation>La URL de las imágenes debe ser una cadena de texto, no {url_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="72"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation>La URL de las imágenes debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="74"/>
        <source>The imagery URL cannot be parsed: {parse_error_message}.</source>
        <translation>No se puede analizar la URL de las imágenes: {parse_error_message}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="76"/>
        <source>The zoom must be empty or a whole number, not {actual_zoom}.</source>
        <translation>El zoom debe estar vacío o ser un número entero, no {actual_zoom}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="78"/>
        <source>The zoom must be between 0 and 22, not {actual_zoom}.</source>
        <translation>El zoom debe estar entre 0 y 22, no {actual_zoom}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="80"/>
        <source>The zoom {actual_zoom} is higher than this model accepts (at most {max_zoom}).</source>
        <translation>El zoom {actual_zoom} es mayor de lo que admite este modelo (como máximo {max_zoom}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="82"/>
        <source>The zoom {actual_zoom} is lower than this model accepts (at least {min_zoom}).</source>
        <translation>El zoom {actual_zoom} es menor de lo que admite este modelo (como mínimo {min_zoom}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="84"/>
        <source>The source {url} is a map, not imagery, and cannot be processed.</source>
        <translation>La fuente {url} es un mapa, no imágenes, y no se puede procesar.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="86"/>
        <source>The image metadata must be a JSON object.</source>
        <translation>Los metadatos de la imagen deben ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="88"/>
        <source>The image metadata must contain crs, transform, dtype and count.</source>
        <translation>Los metadatos de la imagen deben contener crs, transform, dtype y count.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="90"/>
        <source>The image link must start with s3://, not {actual_s3_link}.</source>
        <translation>El enlace de la imagen debe empezar por s3://, no {actual_s3_link}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="92"/>
        <source>A processing of an uploaded image needs its profile or its URL.</source>
        <translation>Un procesamiento de una imagen subida necesita su perfil o su URL.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="94"/>
        <source>The file {s3_link} could not be read.</source>
        <translation>No se pudo leer el archivo {s3_link}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="96"/>
        <source>The uploaded image cannot be opened.</source>
        <translation>No se puede abrir la imagen subida.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="98"/>
        <source>The image profile {profile} lacks required keys: {required_keys}.</source>
        <translation>Al perfil de imagen {profile} le faltan claves obligatorias: {required_keys}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="100"/>
        <source>The image data type {request_dtype} is not allowed; expected {required_dtypes}.</source>
        <translation>El tipo de datos de imagen {request_dtype} no está permitido; se esperaba {required_dtypes}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="102"/>
        <source>The image has {real_nchannels} bands; this model needs {required_nchannels}.</source>
        <translation>La imagen tiene {real_nchannels} bandas; este modelo necesita {required_nchannels}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="104"/>
        <source>The pixel size {actual_res} m is finer than this model accepts (at least {min_res} m).</source>
        <translation>El tamaño de píxel de {actual_res} m es más fino de lo que admite este modelo (como mínimo {min_res} m).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="106"/>
        <source>The resolution is too coarse: pixel size {actual_res} m, this model needs at most {max_res} m.</source>
        <translation>La resolución es demasiado gruesa: tamaño de píxel de {actual_res} m; este modelo necesita como máximo {max_res} m.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="109"/>
        <source>The image check of {checked_param} failed: {message}.</source>
        <translation>Falló la comprobación de {checked_param} de la imagen: {message}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="111"/>
        <source>A Quadkey URL must contain the {{q}} placeholder.</source>
        <translation>Una URL Quadkey debe contener el marcador {{q}}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="113"/>
        <source>A Sentinel-2 processing needs the granule id as a string &apos;url&apos;.</source>
        <translation>Un procesamiento de Sentinel-2 necesita el id del gránulo como cadena 'url'.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="115"/>
        <source>{input_string} is not a Sentinel-2 granule id.</source>
        <translation>{input_string} no es un id de gránulo de Sentinel-2.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="117"/>
        <source>The granule cell {actual_cell} is not supported by this model (allowed: {allowed_cells}).</source>
        <translation>Este modelo no admite la celda de gránulo {actual_cell} (permitidas: {allowed_cells}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="119"/>
        <source>The area of interest does not intersect the granule cell {actual_cell}.</source>
        <translation>El área de interés no interseca la celda de gránulo {actual_cell}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="121"/>
        <source>The month {actual_month} is not supported by this model (allowed: {allowed_months}).</source>
        <translation>Este modelo no admite el mes {actual_month} (permitidos: {allowed_months}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="123"/>
        <source>A TMS URL must contain the {{x}}, {{y}} and {{z}} placeholders.</source>
        <translation>Una URL TMS debe contener los marcadores {{x}}, {{y}} y {{z}}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="125"/>
        <source>Internal validation error: the model requirements are {requirements_type}, not an object.</source>
        <translation>Error interno de validación: los requisitos del modelo son {requirements_type}, no un objeto.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="127"/>
        <source>The processing request must be an object, not {request_type}.</source>
        <translation>La solicitud de procesamiento debe ser un objeto, no {request_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="129"/>
        <source>The processing request does not say which imagery source type it uses.</source>
        <translation>La solicitud de procesamiento no indica qué tipo de fuente de imágenes usa.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="131"/>
        <source>The source type {source_type} is not allowed for this model (allowed: {allowed_sources}).</source>
        <translation>El tipo de fuente {source_type} no está permitido para este modelo (permitidos: {allowed_sources}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="133"/>
        <source>Internal validation error: the required section is {required_section_type}.</source>
        <translation>Error interno de validación: la sección obligatoria es {required_section_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="135"/>
        <source>Internal validation error: the recommended section is {recommended_section_type}.</source>
        <translation>Error interno de validación: la sección recomendada es {recommended_section_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="137"/>
        <source>An XYZ URL must contain the {{x}}, {{y}} and {{z}} placeholders.</source>
        <translation>Una URL XYZ debe contener los marcadores {{x}}, {{y}} y {{z}}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="139"/>
        <source>The processing has no area of interest (geometry).</source>
        <translation>El procesamiento no tiene área de interés (geometría).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="143"/>
        <source>The imagery has no data inside the area of interest.</source>
        <translation>Las imágenes no tienen datos dentro del área de interés.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="145"/>
        <source>The area of interest is not a valid geometry.</source>
        <translation>El área de interés no es una geometría válida.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="149"/>
        <source>The source type {real_source_types} is unknown (allowed: {allowed_source_types}).</source>
        <translation>El tipo de fuente {real_source_types} es desconocido (permitidos: {allowed_source_types}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="151"/>
        <source>Loading the imagery needs {estimated_size} MB, more than the allowed {allowed_size} MB. Use a smaller area or a lower zoom.</source>
        <translation>Cargar las imágenes necesita {estimated_size} MB, más de los {allowed_size} MB permitidos. Use un área más pequeña o un zoom menor.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="154"/>
        <source>The loader argument {argument_name} is {argument_type}; expected {expected_type}.</source>
        <translation>El argumento del cargador {argument_name} es {argument_type}; se esperaba {expected_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="156"/>
        <source>The imagery tiles have {real_nchannels} bands; expected {expected_nchannels}.</source>
        <translation>Las teselas de imágenes tienen {real_nchannels} bandas; se esperaban {expected_nchannels}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="158"/>
        <source>The imagery tiles are {real_size} pixels; expected {expected_size}.</source>
        <translation>Las teselas de imágenes miden {real_size} píxeles; se esperaba {expected_size}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="160"/>
        <source>The imagery tile {tile_location} could not be loaded (server status {status}).</source>
        <translation>No se pudo cargar la tesela de imágenes {tile_location} (estado del servidor {status}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="165"/>
        <source>The imagery provider returned no data for the area of interest.</source>
        <translation>El proveedor de imágenes no devolvió datos para el área de interés.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="167"/>
        <source>The imagery tile {tile_location} is not a readable image.</source>
        <translation>La tesela de imágenes {tile_location} no es una imagen legible.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="172"/>
        <source>The folder {s3_link} contains no images.</source>
        <translation>La carpeta {s3_link} no contiene imágenes.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="178"/>
        <source>checking the imagery source</source>
        <translation>comprobar la fuente de imágenes</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="179"/>
        <source>loading the imagery</source>
        <translation>cargar las imágenes</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="180"/>
        <source>preparing the imagery</source>
        <translation>preparar las imágenes</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="181"/>
        <source>processing the imagery</source>
        <translation>procesar las imágenes</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="182"/>
        <source>building the results</source>
        <translation>generar los resultados</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="187"/>
        <source>The area of interest ({area_sq_km} sq.km) is larger than your limit of {aoiAreaLimit_sq_km} sq.km per processing.</source>
        <translation>El área de interés ({area_sq_km} km²) supera su límite de {aoiAreaLimit_sq_km} km² por procesamiento.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="190"/>
        <source>The area of interest ({aoiArea} sq.km) is smaller than the minimum of {providerMinArea} sq.km for the data provider {providerName}.</source>
        <translation>El área de interés ({aoiArea} km²) es menor que el mínimo de {providerMinArea} km² del proveedor de datos {providerName}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="193"/>
        <source>Maxar imagery is not available on your plan. Upgrade your subscription to use it.</source>
        <translation>Las imágenes de Maxar no están disponibles en su plan. Mejore su suscripción para usarlas.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="195"/>
        <source>The server rejected the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="196"/>
        <source>The area of interest is larger than your planned-search limit of {templateAreaLimit_sq_km} sq.km.</source>
        <translation>El área de interés supera su límite de búsqueda programada de {templateAreaLimit_sq_km} km².</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="200"/>
        <source>Only a finished result can be reviewed; this processing is {status}.</source>
        <translation>Solo se puede revisar un resultado terminado; este procesamiento está en estado {status}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="202"/>
        <source>This result is not under review: the review workflow is not enabled for it.</source>
        <translation>Este resultado no está en revisión: el flujo de revisión no está activado para él.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="204"/>
        <source>This result has already been accepted.</source>
        <translation>Este resultado ya se ha aceptado.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="205"/>
        <source>This result was sent back for review; support is reworking it.</source>
        <translation>Este resultado se devolvió para revisión; el soporte lo está corrigiendo.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="207"/>
        <source>This result is not waiting for a review ({reviewStatus}).</source>
        <translation>Este resultado no está pendiente de revisión ({reviewStatus}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="209"/>
        <source>Say in a comment what is wrong with the result.</source>
        <translation>Indique en un comentario qué está mal en el resultado.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="211"/>
        <source>The comment is {length} characters long; at most {maxLength} are allowed.</source>
        <translation>El comentario tiene {length} caracteres; se permiten como máximo {maxLength}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="213"/>
        <source>The marked features are not valid: {reason}.</source>
        <translation>Los objetos marcados no son válidos: {reason}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="215"/>
        <source>A marked feature is a {geometryType}; mark points, lines or polygons.</source>
        <translation>Un objeto marcado es de tipo {geometryType}; marque puntos, líneas o polígonos.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="217"/>
        <source>{featureCount} features are marked; at most {maxFeatures} can be sent.</source>
        <translation>Hay {featureCount} objetos marcados; se pueden enviar como máximo {maxFeatures}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="219"/>
        <source>The marked features take {size_mb} MB; at most {maxSize_mb} MB can be sent.</source>
        <translation>Los objetos marcados ocupan {size_mb} MB; se pueden enviar como máximo {maxSize_mb} MB.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="227"/>
        <source>The search area ({area_sq_km} sq.km) is larger than your limit of {searchAreaLimit_sq_km} sq.km for an immediate search. Plan a search over it instead.</source>
        <translation>El área de búsqueda ({area_sq_km} km²) supera su límite de {searchAreaLimit_sq_km} km² para una búsqueda inmediata. Programe una búsqueda sobre ella.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="231"/>
        <source>The imagery provider {providers} does not answer. Try again later or search without it.</source>
        <translation>El proveedor de imágenes {providers} no responde. Inténtelo de nuevo más tarde o busque sin él.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="233"/>
        <source>The image {imageId} is not in the imagery catalog.</source>
        <translation>La imagen {imageId} no está en el catálogo de imágenes.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="235"/>
        <source>Images of several providers ({providers}) cannot be processed together. Choose images of one provider; only mosaics of one zoom can be combined.</source>
        <translation>No se pueden procesar juntas imágenes de varios proveedores ({providers}). Elija imágenes de un solo proveedor; solo se pueden combinar mosaicos del mismo zoom.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="238"/>
        <source>Images and mosaics cannot be processed together. Choose one kind.</source>
        <translation>No se pueden procesar juntos imágenes y mosaicos. Elija un solo tipo.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="240"/>
        <source>Mosaics processed together must have the same zoom (the chosen ones have {zooms}).</source>
        <translation>Los mosaicos procesados juntos deben tener el mismo zoom (los elegidos tienen {zooms}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="242"/>
        <source>The area of interest does not overlap the chosen images: nothing is left to process.</source>
        <translation>El área de interés no se superpone a las imágenes elegidas: no queda nada que procesar.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="244"/>
        <source>A planned search needs at least one area of interest.</source>
        <translation>Una búsqueda programada necesita al menos un área de interés.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="246"/>
        <source>The area name is {length} characters long; at most {maxLength} are allowed.</source>
        <translation>El nombre del área tiene {length} caracteres; se permiten como máximo {maxLength}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="248"/>
        <source>The end date of the planned search must be in the future.</source>
        <translation>La fecha de fin de la búsqueda programada debe estar en el futuro.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="250"/>
        <source>The end date of the planned search must be within six months.</source>
        <translation>La fecha de fin de la búsqueda programada debe estar dentro de los próximos seis meses.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="252"/>
        <source>The planned search has ended. Move its end date later to resume it.</source>
        <translation>La búsqueda programada ha finalizado. Retrase su fecha de fin para reanudarla.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="254"/>
        <source>Only a failed planned search can be restarted.</source>
        <translation>Solo se puede reiniciar una búsqueda programada fallida.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="256"/>
        <source>The image {imageId} was not found by this planned search.</source>
        <translation>Esta búsqueda programada no encontró la imagen {imageId}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="262"/>
        <source>The file {filename} failed the checks: {bad_parameters}.</source>
        <translation>El archivo {filename} no superó las comprobaciones: {bad_parameters}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="264"/>
        <source>Not enough storage: the upload needs {memory_requested_mb} MB, {available_memory_mb} MB is free. Delete some imagery or extend your storage.</source>
        <translation>No hay espacio de almacenamiento suficiente: la subida necesita {memory_requested_mb} MB y hay {available_memory_mb} MB libres. Elimine algunas imágenes o amplíe su almacenamiento.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="268"/>
        <source>The file is too big: {actual_file_size_mb} MB, the limit is {max_file_size_mb} MB.</source>
        <translation>El archivo es demasiado grande: {actual_file_size_mb} MB; el límite es {max_file_size_mb} MB.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="271"/>
        <source>The {instance_type} {uid} was not found.</source>
        <translation>No se encontró el elemento {instance_type} {uid}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="272"/>
        <source>You have no access to the {instance_type} {uid}.</source>
        <translation>No tiene acceso al elemento {instance_type} {uid}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="273"/>
        <source>The image {filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation>La imagen {filename} no encaja en esta colección de imágenes: su {param_name} es {got_param} y la colección necesita {expected_param}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="276"/>
        <source>The image extent is outside the valid coordinate range.</source>
        <translation>La extensión de la imagen está fuera del rango de coordenadas válido.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="278"/>
        <source>The file cannot be opened as a GeoTIFF.</source>
        <translation>El archivo no se puede abrir como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="279"/>
        <source>The image extent is too big.</source>
        <translation>La extensión de la imagen es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="281"/>
        <source>The image is still being prepared; try again in a few minutes.</source>
        <translation>La imagen aún se está preparando; inténtelo de nuevo dentro de unos minutos.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="285"/>
        <source>The processing reported an error: {code}{details}.</source>
        <translation>El procesamiento informó de un error: {code}{details}.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="21"/>
        <source>Mapflow error.</source>
        <translation>Error de Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="62"/>
        <source>Wrong token: {reason}. Copy the API token again from your Mapflow account page.</source>
        <translation>Token incorrecto: {reason}. Copie de nuevo el token de API desde la página de su cuenta de Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="73"/>
        <source>Invalid request: {reason}</source>
        <translation>Solicitud no válida: {reason}</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="82"/>
        <source>The operation was cancelled.</source>
        <translation>Se canceló la operación.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="93"/>
        <source>Cannot connect to the Mapflow server at {host}: {reason}. Check your internet connection and proxy settings.</source>
        <translation>No se puede conectar con el servidor de Mapflow en {host}: {reason}. Compruebe su conexión a Internet y la configuración del proxy.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="113"/>
        <source>The Mapflow server at {host} did not answer within {seconds} s ({phase}). Try again later.</source>
        <translation>El servidor de Mapflow en {host} no respondió en {seconds} s ({phase}). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="127"/>
        <source>The download was cut short ({detail}). No file was written; please try again.</source>
        <translation>La descarga se interrumpió ({detail}). No se escribió ningún archivo; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="139"/>
        <source>The answer of the Mapflow server at {host} was cut short ({detail}). Please try again.</source>
        <translation>La respuesta del servidor de Mapflow en {host} se interrumpió ({detail}). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="159"/>
        <source>The Mapflow server returned an error (HTTP {status}).</source>
        <translation>El servidor de Mapflow devolvió un error (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="188"/>
        <source>The server rejected the request (HTTP {status}).</source>
        <translation>El servidor rechazó la solicitud (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="192"/>
        <source>Authentication failed: the Mapflow token is wrong or expired. Check your API token.</source>
        <translation>Falló la autenticación: el token de Mapflow es incorrecto o ha caducado. Compruebe su token de API.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="201"/>
        <source>Not enough rights for this action in a shared project</source>
        <translation>No tiene permisos suficientes para esta acción en un proyecto compartido</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="202"/>
        <source>This data provider is not available on your plan. Upgrade your subscription to use it.</source>
        <translation>Este proveedor de datos no está disponible en su plan. Mejore su suscripción para usarlo.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="214"/>
        <source>Not found: the item does not exist or was deleted.</source>
        <translation>No encontrado: el elemento no existe o se ha eliminado.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="218"/>
        <source>The item is not ready for this action yet; try again later.</source>
        <translation>El elemento aún no está listo para esta acción; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="222"/>
        <source>The file is too large for the Mapflow server.</source>
        <translation>El archivo es demasiado grande para el servidor de Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="226"/>
        <source>Too many requests to the Mapflow server; try again in {wait} s.</source>
        <translation>Demasiadas solicitudes al servidor de Mapflow; inténtelo de nuevo dentro de {wait} s.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="241"/>
        <source>The Mapflow server had an internal problem (HTTP {status}). Try again later.</source>
        <translation>El servidor de Mapflow tuvo un problema interno (HTTP {status}). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="253"/>
        <source>The Mapflow server sent an unexpected response: {detail}</source>
        <translation>El servidor de Mapflow envió una respuesta inesperada: {detail}</translation>
    </message>
    <message>
        <location filename="../api/oauth.py" line="37"/>
        <source>The Mapflow sign-in was refused ({error}): {description}</source>
        <translation>Se rechazó el inicio de sesión de Mapflow ({error}): {description}</translation>
    </message>
    <message>
        <location filename="../api/oauth.py" line="38"/>
        <source>The Mapflow sign-in has expired or was ended. Sign in again.</source>
        <translation>El inicio de sesión de Mapflow ha caducado o se ha cerrado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="36"/>
        <source>{filename} is not a GeoTIFF: only GeoTIFF files can be uploaded.</source>
        <translation>{filename} no es un GeoTIFF: solo se pueden subir archivos GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="37"/>
        <source>{filename} has no coordinate reference system.</source>
        <translation>{filename} no tiene sistema de referencia de coordenadas.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="38"/>
        <source>{filename} has {count} bands: upload single-band, RGB (3 bands) or RGBA (4 bands) images.</source>
        <translation>{filename} tiene {count} bandas: suba imágenes de una banda, RGB (3 bandas) o RGBA (4 bandas).</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="40"/>
        <source>{filename} holds {dtypes} values: only 8-bit (uint8) images are accepted.</source>
        <translation>{filename} contiene valores {dtypes}: solo se aceptan imágenes de 8 bits (uint8).</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="42"/>
        <source>{filename} is {width} × {height} px: at most {max_pixel_count} px per side are accepted.</source>
        <translation>{filename} mide {width} × {height} px: se aceptan como máximo {max_pixel_count} px por lado.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="44"/>
        <source>{filename} has pixels of {pixel_size_m} m: at most {max_pixel_size_m} m are accepted.</source>
        <translation>{filename} tiene píxeles de {pixel_size_m} m: se aceptan como máximo {max_pixel_size_m} m.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="46"/>
        <source>{filename} has pixels of {pixel_size_m} m: it will be resampled to {resampled_m} m.</source>
        <translation>{filename} tiene píxeles de {pixel_size_m} m: se remuestreará a {resampled_m} m.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="48"/>
        <source>The extent of {filename} is outside the valid coordinate range.</source>
        <translation>La extensión de {filename} está fuera del rango de coordenadas válido.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="49"/>
        <source>{filename} is {size}: files of at most {max_size} are accepted.</source>
        <translation>{filename} ocupa {size}: se aceptan archivos de como máximo {max_size}.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="51"/>
        <source>Not enough storage for {filename}: it needs {size}, {free} is free. Delete some imagery first.</source>
        <translation>No hay espacio de almacenamiento suficiente para {filename}: necesita {size} y hay {free} libres. Elimine antes algunas imágenes.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="54"/>
        <source>{filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation>{filename} no encaja en esta colección de imágenes: su {param_name} es {got_param} y la colección necesita {expected_param}.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="58"/>
        <source>coordinate reference system</source>
        <translation>sistema de referencia de coordenadas</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="59"/>
        <source>band count</source>
        <translation>número de bandas</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="60"/>
        <source>pixel size</source>
        <translation>tamaño de píxel</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="137"/>
        <source>{value} B</source>
        <translation>{value} B</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="137"/>
        <source>{value} KB</source>
        <translation>{value} KB</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="137"/>
        <source>{value} MB</source>
        <translation>{value} MB</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="137"/>
        <source>{value} GB</source>
        <translation>{value} GB</translation>
    </message>
    <message>
        <location filename="../integration/qgis_transport.py" line="95"/>
        <source>QGIS could not sign in to Mapflow with your Mapflow account: the sign-in in the browser was not completed, was refused or took too long. Sign in again.</source>
        <translation>QGIS no pudo iniciar sesión en Mapflow con su cuenta de Mapflow: el inicio de sesión en el navegador no se completó, se rechazó o tardó demasiado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../tasks/imagery.py" line="24"/>
        <source>Nothing was sent: {reasons}</source>
        <translation>No se envió nada: {reasons}</translation>
    </message>
    <message>
        <location filename="../api/downloads.py" line="83"/>
        <source>the server sent an empty result</source>
        <translation>el servidor envió un resultado vacío</translation>
    </message>
    <message>
        <location filename="../api/downloads.py" line="85"/>
        <source>the result file ends in the middle of the data</source>
        <translation>el archivo de resultados termina a mitad de los datos</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="108"/>
        <source>connecting</source>
        <translation>al conectar</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="109"/>
        <source>waiting for the answer</source>
        <translation>esperando la respuesta</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="38"/>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="39"/>
        <source>unknown host name</source>
        <translation>nombre de host desconocido</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="40"/>
        <source>connection reset</source>
        <translation>conexión restablecida por el otro extremo</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="41"/>
        <source>connection aborted</source>
        <translation>conexión abortada</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="42"/>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="43"/>
        <source>network unreachable</source>
        <translation>red inaccesible</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="44"/>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="45"/>
        <source>the secure connection failed (certificate not trusted?)</source>
        <translation>falló la conexión segura (¿certificado no fiable?)</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="46"/>
        <source>too many redirects</source>
        <translation>demasiadas redirecciones</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="47"/>
        <source>an insecure redirect</source>
        <translation>una redirección insegura</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="48"/>
        <source>unsupported protocol</source>
        <translation>protocolo no admitido</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="49"/>
        <source>the server broke the HTTP protocol</source>
        <translation>el servidor incumplió el protocolo HTTP</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="51"/>
        <source>the proxy {proxy} refused the connection</source>
        <translation>el proxy {proxy} rechazó la conexión</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="52"/>
        <source>the proxy {proxy} closed the connection</source>
        <translation>el proxy {proxy} cerró la conexión</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="53"/>
        <source>the proxy host {proxy} was not found</source>
        <translation>no se encontró el host del proxy {proxy}</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="54"/>
        <source>the proxy {proxy} did not answer</source>
        <translation>el proxy {proxy} no respondió</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="55"/>
        <source>the proxy {proxy} failed</source>
        <translation>el proxy {proxy} falló</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="56"/>
        <source>the proxy {proxy} refused or failed the connection</source>
        <translation>el proxy {proxy} rechazó la conexión o falló</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="57"/>
        <source>the proxy {proxy} refused the login</source>
        <translation>el proxy {proxy} rechazó la autenticación</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="58"/>
        <source>of QGIS</source>
        <translation>de QGIS</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="59"/>
        <source>of this computer</source>
        <translation>de este equipo</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="61"/>
        <source>received {received} of {expected} bytes</source>
        <translation>recibidos {received} de {expected} bytes</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="62"/>
        <source>the connection closed in the middle of the data</source>
        <translation>la conexión se cerró a mitad de los datos</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="63"/>
        <source>the connection was interrupted</source>
        <translation>la conexión se interrumpió</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="21"/>
        <source>the token must be text</source>
        <translation>el token debe ser texto</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="26"/>
        <source>the token is empty</source>
        <translation>el token está vacío</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="37"/>
        <source>it is not valid base64 text</source>
        <translation>no es un texto base64 válido</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="40"/>
        <source>it does not contain an email and a secret</source>
        <translation>no contiene un correo electrónico y un secreto</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="42"/>
        <source>it does not start with an email address</source>
        <translation>no empieza por una dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="44"/>
        <source>its secret part is empty</source>
        <translation>su parte secreta está vacía</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="56"/>
        <source>the email address is not valid</source>
        <translation>la dirección de correo electrónico no es válida</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="58"/>
        <source>the secret is empty</source>
        <translation>el secreto está vacío</translation>
    </message>
</context>
<context>
    <name>MapflowCharges</name>
    <message>
        <location filename="../core/charges.py" line="55"/>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="59"/>
        <source>{cost} credits</source>
        <translation>{cost} créditos</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="94"/>
        <source>{count} processings, {area} km²; this account is not billed.</source>
        <translation>{count} procesamientos, {area} km²; esta cuenta no se factura.</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="96"/>
        <source>{count} processings: {credits} credits and {area} km² charged.</source>
        <translation>{count} procesamientos: {credits} créditos y {area} km² cobrados.</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="99"/>
        <source>{refunded} failed or refunded, not charged ({credits} credits given back).</source>
        <translation>{refunded} fallidos o reembolsados, sin cobrar ({credits} créditos devueltos).</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="121"/>
        <source>Top up your balance</source>
        <translation>Recargar saldo</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="124"/>
        <source>The sandbox has no top-up page: add credits with its admin command (python -m sandbox add-credits EMAIL N --data-dir DIR).</source>
        <translation>El sandbox no tiene página de recarga: añada créditos con su comando de administración (python -m sandbox add-credits EMAIL N --data-dir DIR).</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="127"/>
        <source>This server has no known top-up page: ask its administrator for credits.</source>
        <translation>Este servidor no tiene una página de recarga conocida: pida créditos a su administrador.</translation>
    </message>
</context>
<context>
    <name>MapflowDock</name>
    <message>
        <location filename="../ui/forms/dock.ui" line="9"/>
        <source>Mapflow Processing</source>
        <translation>Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="24"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="28"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="29"/>
        <source>Imagery search: find scenes over the area of interest</source>
        <translation>Búsqueda de imágenes: encontrar escenas sobre el área de interés</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="38"/>
        <source>Processings</source>
        <translation>Procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="42"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="83"/>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
</context>
<context>
    <name>MapflowDuplicate</name>
    <message>
        <location filename="../core/duplicate.py" line="49"/>
        <source>Processing</source>
        <translation>Procesamiento</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="88"/>
        <source>The model “{model}” of the original is not available in this project; choose a model.</source>
        <translation>El modelo “{model}” del original no está disponible en este proyecto; elija un modelo.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="97"/>
        <source>The data provider “{provider}” of the original is not available to your account; choose the imagery.</source>
        <translation>El proveedor de datos “{provider}” del original no está disponible para su cuenta; elija las imágenes.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="110"/>
        <source>The original read its imagery from a {kind} source the dock cannot choose; choose the imagery.</source>
        <translation>El original leía sus imágenes de una fuente {kind} que el panel no puede elegir; elija las imágenes.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="116"/>
        <source>The imagery of the original was not found among your imagery; choose the imagery.</source>
        <translation>Las imágenes del original no se encontraron entre sus imágenes; elija las imágenes.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="124"/>
        <source>The original used {count} images of a mosaic; the copy uses the whole mosaic. Choose one image if you need fewer.</source>
        <translation>El original usaba {count} imágenes de un mosaico; la copia usa el mosaico completo. Elija una imagen si necesita menos.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="131"/>
        <source>The imagery source of the original is not known; choose the imagery.</source>
        <translation>No se conoce la fuente de imágenes del original; elija las imágenes.</translation>
    </message>
</context>
<context>
    <name>MapflowErrors</name>
    <message>
        <location filename="../core/errors.py" line="41"/>
        <source>{context} failed: {reason}{where}</source>
        <translation>{context} — error: {reason}{where}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="44"/>
        <source>{context} failed unexpectedly: {error}. Details are in the log panel ({tab}).</source>
        <translation>{context} — error inesperado: {error}. Los detalles están en el panel de mensajes de registro ({tab}).</translation>
    </message>
</context>
<context>
    <name>MapflowHelp</name>
    <message>
        <location filename="../core/help_links.py" line="49"/>
        <source>Top up your balance: sign in first, the page depends on the server.</source>
        <translation>Recargar saldo: inicie sesión primero, la página depende del servidor.</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>User guide of this plugin</source>
        <translation>Guía del usuario de este complemento</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Mapflow documentation</source>
        <translation>Documentación de Mapflow</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Prices of models and imagery</source>
        <translation>Precios de modelos e imágenes</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Report a problem or suggest an improvement</source>
        <translation>Informar de un problema o sugerir una mejora</translation>
    </message>
</context>
<context>
    <name>MapflowImagery</name>
    <message>
        <location filename="../core/my_imagery.py" line="57"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="192"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="193"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="194"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="195"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="145"/>
        <source>Storage: unknown</source>
        <translation>Almacenamiento: desconocido</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="148"/>
        <source>Storage: {used} used, no limit</source>
        <translation>Almacenamiento: {used} usado, sin límite</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="151"/>
        <source>Storage: {used} of {limit} used, {free} free</source>
        <translation>Almacenamiento: {used} de {limit} usado, {free} libre</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="172"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="175"/>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="177"/>
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="178"/>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="180"/>
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="182"/>
        <source>Pixel size (CRS units)</source>
        <translation>Tamaño de píxel (unidades del SRC)</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>not available (a linked image)</source>
        <translation>no disponible (una imagen vinculada)</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="196"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="244"/>
        <source>Select the mosaic to upload into, or make a new one.</source>
        <translation>Seleccione el mosaico al que subir o cree uno nuevo.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="247"/>
        <source>Select a mosaic or an image first.</source>
        <translation>Seleccione primero un mosaico o una imagen.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="251"/>
        <source>Select exactly one mosaic or image.</source>
        <translation>Seleccione exactamente un mosaico o una imagen.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="254"/>
        <source>Select exactly one image.</source>
        <translation>Seleccione exactamente una imagen.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="256"/>
        <source>A linked image cannot be downloaded: it was not uploaded to Mapflow.</source>
        <translation>Una imagen vinculada no se puede descargar: no se subió a Mapflow.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="259"/>
        <source>This image has no footprint yet to place a preview on.</source>
        <translation>Esta imagen aún no tiene huella sobre la que situar una vista previa.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="261"/>
        <source>The selection has no footprint yet (an empty mosaic).</source>
        <translation>La selección aún no tiene huella (un mosaico vacío).</translation>
    </message>
</context>
<context>
    <name>MapflowMessages</name>
    <message>
        <location filename="../integration/message_actions.py" line="37"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="40"/>
        <source>Open log</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="45"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="69"/>
        <source>Mapflow Processing: error details</source>
        <translation>Mapflow Processing: detalles del error</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="79"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>MapflowOAuth</name>
    <message>
        <location filename="../core/oauth_setup.py" line="38"/>
        <source>This QGIS has no OAuth2 authentication method, so sign-in with your Mapflow account is not possible here; sign in with your API token.</source>
        <translation>Este QGIS no tiene método de autenticación OAuth2, así que aquí no es posible iniciar sesión con su cuenta de Mapflow; inicie sesión con su token de API.</translation>
    </message>
    <message>
        <location filename="../core/oauth_setup.py" line="42"/>
        <source>Sign-in with your Mapflow account (OAuth2) needs QGIS 3.34 or later: older QGIS cannot do the PKCE sign-in Mapflow requires. Sign in with your API token instead.</source>
        <translation>Iniciar sesión con su cuenta de Mapflow (OAuth2) requiere QGIS 3.34 o posterior: las versiones anteriores de QGIS no pueden realizar el inicio de sesión PKCE que exige Mapflow. Inicie sesión con su token de API.</translation>
    </message>
    <message>
        <location filename="../core/oauth_setup.py" line="76"/>
        <source>An OAuth2 configuration for {server} was created in QGIS's authentication database. Restart QGIS once, then press “Sign in with Mapflow account” again: QGIS uses a new OAuth2 configuration only after a restart.</source>
        <translation>Se ha creado una configuración OAuth2 para {server} en la base de datos de autenticación de QGIS. Reinicie QGIS una vez y vuelva a pulsar “Iniciar sesión con Mapflow”: QGIS solo usa una configuración OAuth2 nueva después de reiniciar.</translation>
    </message>
</context>
<context>
    <name>MapflowPlan</name>
    <message>
        <location filename="../core/processing_plan.py" line="131"/>
        <source>Reading the area of interest…</source>
        <translation>Leyendo el área de interés…</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="133"/>
        <source>Choose an area of interest.</source>
        <translation>Elija un área de interés.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="135"/>
        <source>Choose a model.</source>
        <translation>Elija un modelo.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="137"/>
        <source>Choose the imagery.</source>
        <translation>Elija las imágenes.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="180"/>
        <source>Choose a project.</source>
        <translation>Elija un proyecto.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="212"/>
        <source>The cost could not be computed ({reason}); Start waits until the server prices it.</source>
        <translation>No se pudo calcular el coste ({reason}); Iniciar espera a que el servidor le ponga precio.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="216"/>
        <source>Waiting for the server to compute the cost.</source>
        <translation>Esperando a que el servidor calcule el coste.</translation>
    </message>
</context>
<context>
    <name>MapflowProcessings</name>
    <message>
        <location filename="../core/processing_view.py" line="52"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="53"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="54"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="55"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="57"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="58"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="61"/>
        <source>Progress, %</source>
        <translation>Progreso, %</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="62"/>
        <source>Area, km²</source>
        <translation>Área, km²</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="63"/>
        <source>Cost, credits</source>
        <translation>Coste, créditos</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="96"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="97"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="98"/>
        <source>Awaiting imagery</source>
        <translation>Esperando imágenes</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="99"/>
        <source>OK</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="100"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="101"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="102"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="106"/>
        <source>review required</source>
        <translation>revisión pendiente</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="107"/>
        <source>in review</source>
        <translation>en revisión</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="108"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="109"/>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="434"/>
        <source>Only finished (OK) processings have results.</source>
        <translation>Solo los procesamientos terminados (OK) tienen resultados.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="436"/>
        <source>Only finished (OK) processings can be rated.</source>
        <translation>Solo se pueden valorar los procesamientos terminados (OK).</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="438"/>
        <source>Only failed processings can be restarted.</source>
        <translation>Solo se pueden reiniciar los procesamientos fallidos.</translation>
    </message>
    <message>
        <location filename="../core/processings_list.py" line="73"/>
        <source>too many requests</source>
        <translation>demasiadas solicitudes</translation>
    </message>
    <message>
        <location filename="../core/processings_list.py" line="75"/>
        <source>server error {status}</source>
        <translation>error del servidor {status}</translation>
    </message>
</context>
<context>
    <name>MapflowReview</name>
    <message>
        <location filename="../core/review.py" line="34"/>
        <source>Review required</source>
        <translation>Revisión pendiente</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="35"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="36"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="37"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="41"/>
        <source>“{name}” has already been accepted.</source>
        <translation>“{name}” ya se ha aceptado.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="42"/>
        <source>“{name}” was sent back for review; Mapflow support is reworking it.</source>
        <translation>“{name}” se devolvió para revisión; el soporte de Mapflow lo está corrigiendo.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="44"/>
        <source>“{name}” was refunded; there is nothing to review.</source>
        <translation>“{name}” se reembolsó; no hay nada que revisar.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="80"/>
        <source>the deadline has passed</source>
        <translation>el plazo ha vencido</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="83"/>
        <source>{days} days left</source>
        <translation>quedan {days} días</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="85"/>
        <source>{hours} h {minutes} min left</source>
        <translation>quedan {hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="87"/>
        <source>{minutes} min left</source>
        <translation>quedan {minutes} min</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="100"/>
        <source>Review required until {until} ({left}); a result not sent back by then is accepted as it is.</source>
        <translation>Revisión pendiente hasta {until} ({left}); un resultado que no se devuelva antes se acepta tal como está.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="111"/>
        <source>Only finished (OK) results can be reviewed.</source>
        <translation>Solo se pueden revisar los resultados terminados (OK).</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="112"/>
        <source>“{name}” has no review: the review workflow was off when it finished.</source>
        <translation>“{name}” no tiene revisión: el flujo de revisión estaba desactivado cuando terminó.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="122"/>
        <source>Select a result in review first.</source>
        <translation>Seleccione primero un resultado en revisión.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="124"/>
        <source>Select exactly one result.</source>
        <translation>Seleccione exactamente un resultado.</translation>
    </message>
</context>
<context>
    <name>MapflowRoles</name>
    <message>
        <location filename="../core/roles.py" line="14"/>
        <source>The default project cannot be renamed or deleted.</source>
        <translation>El proyecto predeterminado no se puede renombrar ni eliminar.</translation>
    </message>
    <message>
        <location filename="../core/roles.py" line="15"/>
        <source>Your role in this project is {role}; this needs the {needed} role or higher.</source>
        <translation>Su rol en este proyecto es {role}; esto requiere el rol {needed} o superior.</translation>
    </message>
</context>
<context>
    <name>MapflowSession</name>
    <message>
        <location filename="../core/session.py" line="50"/>
        <source>The server address must be an http:// or https:// URL ending with /rest, for example {example}.</source>
        <translation>La dirección del servidor debe ser una URL http:// o https:// terminada en /rest, por ejemplo {example}.</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="97"/>
        <source>There is no Mapflow API at {url}. Check the address: it must end with /rest, for example {example}.</source>
        <translation>No hay ninguna API de Mapflow en {url}. Compruebe la dirección: debe terminar en /rest, por ejemplo {example}.</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="102"/>
        <source>Nothing answers at {host} on this computer. Is the sandbox running? Start it with “make sandbox” in the plugin's source folder, then sign in again.</source>
        <translation>Nada responde en {host} en este equipo. ¿Está en marcha el sandbox? Inícielo con “make sandbox” en la carpeta de código fuente del complemento y vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>MapflowStats</name>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Area, km²</source>
        <translation>Área, km²</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
</context>
<context>
    <name>MapflowToolbox</name>
    <message>
        <location filename="../core/toolbox.py" line="65"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation>Este proyecto no tiene modelos; pida al soporte de Mapflow que vincule uno.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="68"/>
        <source>Give a model: one of {models}.</source>
        <translation>Indique un modelo: uno de {models}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="75"/>
        <source>There is no model “{model}” in this project. Models: {models}.</source>
        <translation>No hay ningún modelo “{model}” en este proyecto. Modelos: {models}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="95"/>
        <source>The model “{model}” has no option {unknown}. Its options: {options}.</source>
        <translation>El modelo “{model}” no tiene la opción {unknown}. Sus opciones: {options}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="98"/>
        <source>The model “{model}” has no options (asked for {unknown}).</source>
        <translation>El modelo “{model}” no tiene opciones (se pidió {unknown}).</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="112"/>
        <source>There is no project “{project}” in this account. Projects: {projects}.</source>
        <translation>No hay ningún proyecto “{project}” en esta cuenta. Proyectos: {projects}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="123"/>
        <source>This account has no imagery providers: give an imagery URL or a mosaic instead.</source>
        <translation>Esta cuenta no tiene proveedores de imágenes: indique una URL de imágenes o un mosaico.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="130"/>
        <source>There is no imagery provider “{provider}” for this account. Providers: {providers}.</source>
        <translation>No hay ningún proveedor de imágenes “{provider}” para esta cuenta. Proveedores: {providers}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="140"/>
        <source>Give at least one processing id (several: separated by commas).</source>
        <translation>Indique al menos un id de procesamiento (varios: separados por comas).</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="144"/>
        <source>{ids} is not a processing id: ids are letters, digits and dashes.</source>
        <translation>{ids} no es un id de procesamiento: los ids constan de letras, dígitos y guiones.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="207"/>
        <source>The processing “{name}” ({id}) is still {status} ({percent} %) after {minutes} min. Run again later with the same id to pick it up.</source>
        <translation>El procesamiento “{name}” ({id}) sigue en estado {status} ({percent} %) después de {minutes} min. Vuelva a ejecutarlo más tarde con el mismo id para recogerlo.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="212"/>
        <source>The server did not say how the processing {id} is doing within {minutes} min.</source>
        <translation>El servidor no informó del estado del procesamiento {id} en {minutes} min.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="222"/>
        <source>The processing “{name}” ({id}) failed: {reason}</source>
        <translation>El procesamiento “{name}” ({id}) ha fallado: {reason}</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="224"/>
        <source>The processing “{name}” ({id}) ended as {status}.</source>
        <translation>El procesamiento “{name}” ({id}) terminó en estado {status}.</translation>
    </message>
</context>
<context>
    <name>MapflowUnits</name>
    <message>
        <location filename="../core/formatting.py" line="16"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../core/formatting.py" line="111"/>
        <source>%Y-%m-%d</source>
        <translation>%d/%m/%Y</translation>
    </message>
    <message>
        <location filename="../core/formatting.py" line="112"/>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%d/%m/%Y %H:%M</translation>
    </message>
    <message>
        <location filename="../core/formatting.py" line="113"/>
        <source>%m-%d %H:%M</source>
        <translation>%d/%m %H:%M</translation>
    </message>
</context>
<context>
    <name>MapflowVersion</name>
    <message>
        <location filename="../core/version_notice.py" line="34"/>
        <source>The Mapflow server runs a newer major version of its API ({server}) than this plugin knows ({known}): some actions may fail or show incomplete data. Update Mapflow Processing in Plugins › Manage and Install Plugins; you can keep working meanwhile.</source>
        <translation>El servidor de Mapflow ejecuta una versión principal de su API más reciente ({server}) que la que conoce este complemento ({known}): algunas acciones pueden fallar o mostrar datos incompletos. Actualice Mapflow Processing en Complementos › Administrar e instalar complementos; mientras tanto puede seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../core/version_notice.py" line="40"/>
        <source>The Mapflow server has a newer version of its API ({server}; this plugin knows {known}). Everything keeps working; a plugin update may bring its new features.</source>
        <translation>El servidor de Mapflow tiene una versión más reciente de su API ({server}; este complemento conoce la {known}). Todo sigue funcionando; una actualización del complemento puede traer sus nuevas funciones.</translation>
    </message>
</context>
<context>
    <name>ModelWidget</name>
    <message>
        <location filename="../ui/forms/model.ui" line="5"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/model_widget.py" line="30"/>
        <source>{name} — {price:g} credits/km²</source>
        <translation>{name} — {price:g} créditos/km²</translation>
    </message>
    <message>
        <location filename="../ui/model_widget.py" line="71"/>
        <source>{label} (+{price:g} credits/km²)</source>
        <translation>{label} (+{price:g} créditos/km²)</translation>
    </message>
</context>
<context>
    <name>MosaicDialog</name>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="30"/>
        <source>None: an empty mosaic</source>
        <translation>Ninguna: un mosaico vacío</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="59"/>
        <source>Choose GeoTIFF files</source>
        <translation>Elegir archivos GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="5"/>
        <source>Mosaic</source>
        <translation>Mosaico</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="9"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="15"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="19"/>
        <source>Comma-separated, e.g. city, 2024</source>
        <translation>Separadas por comas, p. ej. ciudad, 2024</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="23"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="34"/>
        <source>Choose GeoTIFFs…</source>
        <translation>Elegir GeoTIFF…</translation>
    </message>
</context>
<context>
    <name>MyImageryWidget</name>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="14"/>
        <source>Filter by name or tag</source>
        <translation>Filtrar por nombre o etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="20"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="21"/>
        <source>List your imagery and storage again</source>
        <translation>Volver a listar sus imágenes y su almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="56"/>
        <source>Select a mosaic or an image to see its details.</source>
        <translation>Seleccione un mosaico o una imagen para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="78"/>
        <source>New mosaic…</source>
        <translation>Mosaico nuevo…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="79"/>
        <source>Make a mosaic, empty or with GeoTIFF files</source>
        <translation>Crear un mosaico, vacío o con archivos GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="84"/>
        <source>Upload images…</source>
        <translation>Subir imágenes…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="85"/>
        <source>Upload GeoTIFF files into the selected mosaic</source>
        <translation>Subir archivos GeoTIFF al mosaico seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="90"/>
        <source>Rename…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="91"/>
        <source>Rename the selected mosaic or image; change a mosaic&apos;s tags</source>
        <translation>Renombrar el mosaico o la imagen seleccionados; cambiar las etiquetas de un mosaico</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="96"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="97"/>
        <source>Delete the selected mosaics and images</source>
        <translation>Eliminar los mosaicos e imágenes seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="102"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="103"/>
        <source>Show a preview of the selected image on the map</source>
        <translation>Mostrar en el mapa una vista previa de la imagen seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="108"/>
        <source>Size of the preview picture</source>
        <translation>Tamaño de la imagen de vista previa</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="109"/>
        <source>Small (256 px)</source>
        <translation>256 px</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="110"/>
        <source>Large (1024 px)</source>
        <translation>1024 px</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="115"/>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="116"/>
        <source>Save the original file of the selected image</source>
        <translation>Guardar el archivo original de la imagen seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="121"/>
        <source>Use as AOI</source>
        <translation>Usar como AOI</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="122"/>
        <source>The extent of the selection becomes the area of interest</source>
        <translation>La extensión de la selección se convierte en el área de interés</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="127"/>
        <source>Use for processing</source>
        <translation>Usar para procesar</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="128"/>
        <source>The selected mosaic or image becomes the imagery of the processing</source>
        <translation>El mosaico o la imagen seleccionados se convierten en las imágenes del procesamiento</translation>
    </message>
</context>
<context>
    <name>PlanSearchDialog</name>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="5"/>
        <source>Plan a search</source>
        <translation>Programar una búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="9"/>
        <source>A planned search looks for scenes over its areas in the archive, then keeps looking for new ones until its end date and tells you when it finds some.</source>
        <translation>Una búsqueda programada busca escenas sobre sus áreas en el archivo y después sigue buscando escenas nuevas hasta su fecha de fin, y le avisa cuando encuentra alguna.</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="15"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="18"/>
        <source>At most 64 characters</source>
        <translation>Como máximo 64 caracteres</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="22"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="24"/>
        <source>Area name</source>
        <translation>Nombre del área</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="25"/>
        <source>Optional; at most 64 characters</source>
        <translation>Opcional; como máximo 64 caracteres</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="26"/>
        <source>One area per part</source>
        <translation>Un área por parte</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="26"/>
        <source>Each part becomes an area of its own, with its own scenes and processings</source>
        <translation>Cada parte se convierte en un área propia, con sus propias escenas y procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="27"/>
        <source>Active until</source>
        <translation>Activa hasta</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="28"/>
        <source>It looks for new scenes until the end of this day; at most six months ahead</source>
        <translation>Busca escenas nuevas hasta el final de este día; como máximo seis meses por delante</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="33"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="45"/>
        <source>Keep the Start tab&apos;s processing choices</source>
        <translation>Conservar las opciones de procesamiento de la pestaña Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="46"/>
        <source>The planned search remembers the model, its options and the zoom; its processings start with them</source>
        <translation>La búsqueda programada recuerda el modelo, sus opciones y el zoom; sus procesamientos se inician con ellos</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="73"/>
        <source>One area per part ({count} parts)</source>
        <translation>Un área por parte ({count} partes)</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="81"/>
        <source>Keep the Start tab&apos;s processing choices (no model chosen)</source>
        <translation>Conservar las opciones de procesamiento de la pestaña Iniciar (no se ha elegido modelo)</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="83"/>
        <source>Keep the Start tab&apos;s processing choices: {choices}</source>
        <translation>Conservar las opciones de procesamiento de la pestaña Iniciar: {choices}</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="111"/>
        <source>{area} in {parts} part(s)</source>
        <translation>{area} en {parts} parte(s)</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="115"/>
        <source>It looks for scenes acquired from {day} on; the end of the date range is left out so that new scenes are found.</source>
        <translation>Busca escenas adquiridas desde el {day}; el final del intervalo de fechas se deja abierto para encontrar escenas nuevas.</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="118"/>
        <source>It looks for scenes of any date, new ones included.</source>
        <translation>Busca escenas de cualquier fecha, incluidas las nuevas.</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="28"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>PolygonDrawTool</name>
    <message>
        <location filename="../layers/draw_tool.py" line="135"/>
        <source>A polygon needs at least 3 points; click to add points, then right-click or double-click to finish.</source>
        <translation>Un polígono necesita al menos 3 puntos; haga clic para añadir puntos y después clic derecho o doble clic para terminar.</translation>
    </message>
</context>
<context>
    <name>ProcessingExtrasWidget</name>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="12"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="22"/>
        <source>Accept…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="23"/>
        <source>Accept the selected results as they are</source>
        <translation>Aceptar los resultados seleccionados tal como están</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="28"/>
        <source>Mark corrections</source>
        <translation>Marcar correcciones</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="29"/>
        <source>Open a layer where you draw the wrong or missing objects, each with a remark</source>
        <translation>Abrir una capa en la que dibujar los objetos erróneos o que faltan, cada uno con una observación</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="34"/>
        <source>Send back for review…</source>
        <translation>Devolver para revisión…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="35"/>
        <source>Send the result back to Mapflow with a comment and the marked objects</source>
        <translation>Devolver el resultado a Mapflow con un comentario y los objetos marcados</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="45"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/processing_extras_widget.py" line="50"/>
        <source>Fill the Start tab with this processing&apos;s model, options, imagery and area, to start a copy</source>
        <translation>Rellenar la pestaña Iniciar con el modelo, las opciones, las imágenes y el área de este procesamiento, para iniciar una copia</translation>
    </message>
    <message>
        <location filename="../ui/processing_extras_widget.py" line="32"/>
        <source>Select one processing to duplicate.</source>
        <translation>Seleccione un procesamiento para duplicarlo.</translation>
    </message>
</context>
<context>
    <name>ProcessingsWidget</name>
    <message>
        <location filename="../ui/forms/processings.ui" line="14"/>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="20"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="21"/>
        <source>Refresh the list now</source>
        <translation>Actualizar la lista ahora</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="42"/>
        <source>Select a processing to see its details.</source>
        <translation>Seleccione un procesamiento para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="50"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="51"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="56"/>
        <source>Page 1 of 1</source>
        <translation>Página 1 de 1</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="63"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="64"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="69"/>
        <source>Per page</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="87"/>
        <source>Load results</source>
        <translation>Cargar resultados</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="92"/>
        <source>Load AOIs</source>
        <translation>Cargar áreas</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="97"/>
        <source>Rate…</source>
        <translation>Valorar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="102"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="107"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="112"/>
        <source>Move…</source>
        <translation>Mover…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="117"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="122"/>
        <source>Load results as</source>
        <translation>Cargar como</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="127"/>
        <source>What &quot;Load results&quot; adds to the map</source>
        <translation>Lo que “Cargar resultados” añade al mapa</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="128"/>
        <source>GeoPackage and tile layers</source>
        <translation>GeoPackage y capas de teselas</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="129"/>
        <source>GeoPackage only</source>
        <translation>Solo GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="130"/>
        <source>Tile layers only</source>
        <translation>Solo capas de teselas</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="71"/>
        <source>Save results in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="140"/>
        <source>The folder &quot;Load results&quot; saves GeoPackages in, kept with the QGIS project; empty: next to the project</source>
        <translation>La carpeta en la que “Cargar resultados” guarda los GeoPackages, guardada con el proyecto de QGIS; vacío: junto al proyecto</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="113"/>
        <source>Select a processing first.</source>
        <translation>Seleccione primero un procesamiento.</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="237"/>
        <source>Page {page} of {pages} ({total} processings)</source>
        <translation>Página {page} de {pages} ({total} en total)</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="274"/>
        <source>Results are saved in {folder}</source>
        <translation>Los resultados se guardan en {folder}</translation>
    </message>
</context>
<context>
    <name>ProjectWidget</name>
    <message>
        <location filename="../ui/forms/project.ui" line="5"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="12"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="12"/>
        <source>Create a project</source>
        <translation>Crear un proyecto</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="13"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="14"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="15"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/project_widget.py" line="45"/>
        <source> (default)</source>
        <translation> (predeterminado)</translation>
    </message>
    <message>
        <location filename="../ui/project_widget.py" line="74"/>
        <source>Sign in and choose a project first</source>
        <translation>Inicie sesión y elija primero un proyecto</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../ui/dialogs.py" line="33"/>
        <source>How good is the result of &apos;{name}&apos;?</source>
        <translation>¿Qué tal es el resultado de “{name}”?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Useless</source>
        <translation>Inútil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Poor</source>
        <translation>Malo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Acceptable</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="5"/>
        <source>Rate the processing</source>
        <translation>Valorar el procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="9"/>
        <source>How good is the result?</source>
        <translation>¿Qué tal es el resultado?</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="27"/>
        <source>What was good or wrong? (optional)</source>
        <translation>¿Qué estuvo bien o mal? (opcional)</translation>
    </message>
</context>
<context>
    <name>SceneTableModel</name>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Cloud, %</source>
        <translation>Nubes, %</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Off-nadir, °</source>
        <translation>Off-nadir, °</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Resolution, m</source>
        <translation>Resolución, m</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>AOI cover, %</source>
        <translation>Cobertura del área, %</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="192"/>
        <source>Mosaic</source>
        <translation>Mosaico</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="194"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="200"/>
        <source>Off-nadir angle {angle}° (signed as the provider gives it)</source>
        <translation>Ángulo off-nadir {angle}° (con el signo que da el proveedor)</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="203"/>
        <source>Sun elevation {angle}°</source>
        <translation>Elevación solar {angle}°</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="205"/>
        <source>Zoom {zoom}</source>
        <translation>Zoom {zoom}</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="207"/>
        <source>Does not match the current filters.</source>
        <translation>No coincide con los filtros actuales.</translation>
    </message>
</context>
<context>
    <name>SearchFiltersWidget</name>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="11"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="11"/>
        <source>Only scenes acquired on these days (your time zone), both days included</source>
        <translation>Solo escenas adquiridas en estos días (su zona horaria), ambos días incluidos</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="15"/>
        <source>Cloud ≤</source>
        <translation>Nubes ≤</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="15"/>
        <source>Only scenes with at most this cloud cover</source>
        <translation>Solo escenas con como máximo esta nubosidad</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="17"/>
        <source>AOI cover ≥</source>
        <translation>Cobertura ≥</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="17"/>
        <source>Only scenes that cover at least this share of the area of interest</source>
        <translation>Solo escenas que cubren al menos esta parte del área de interés</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="19"/>
        <source>Off-nadir</source>
        <translation>Off-nadir</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="19"/>
        <source>Only scenes taken within this off-nadir angle range (either side)</source>
        <translation>Solo escenas tomadas dentro de este intervalo de ángulo off-nadir (a cualquier lado)</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="23"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="23"/>
        <source>Only scenes whose pixel size lies in this range (metres)</source>
        <translation>Solo escenas cuyo tamaño de píxel está en este intervalo (metros)</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="26"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="27"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="30"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="30"/>
        <source>Single satellite scenes</source>
        <translation>Escenas de satélite individuales</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="31"/>
        <source>Mosaics</source>
        <translation>Mosaicos</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="31"/>
        <source>Seamless mosaics made of many scenes</source>
        <translation>Mosaicos continuos formados por muchas escenas</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="40"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="213"/>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="41"/>
        <source>The providers to search</source>
        <translation>Los proveedores en los que buscar</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="168"/>
        <source>Choose images, mosaics or both.</source>
        <translation>Elija imágenes, mosaicos o ambos.</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="170"/>
        <source>Choose at least one provider.</source>
        <translation>Elija al menos un proveedor.</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="215"/>
        <source>{checked} of {total} providers</source>
        <translation>{checked} de {total} proveedores</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="14"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>SearchRules</name>
    <message>
        <location filename="../core/search_rules.py" line="42"/>
        <source>Choose one or more scenes in the search results.</source>
        <translation>Elija una o varias escenas en los resultados de la búsqueda.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="105"/>
        <source>The area of interest lies outside the chosen scenes: nothing is left to process. Choose scenes that cover it, or another area.</source>
        <translation>El área de interés queda fuera de las escenas elegidas: no queda nada que procesar. Elija escenas que la cubran u otra área.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="115"/>
        <source>The area of interest is cut to the chosen scenes: {lost} ({percent} %) of it lies outside them and is not processed; {kept} remain.</source>
        <translation>El área de interés se recorta a las escenas elegidas: {lost} ({percent} %) queda fuera de ellas y no se procesa; quedan {kept}.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="177"/>
        <source>The search was cancelled.</source>
        <translation>Se canceló la búsqueda.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="193"/>
        <source>The imagery search got no answer in time ({reason}). Search a smaller area or fewer providers, or try again later.</source>
        <translation>La búsqueda de imágenes no obtuvo respuesta a tiempo ({reason}). Busque en un área más pequeña o en menos proveedores, o inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="197"/>
        <source>The imagery search failed on the server: {reason}</source>
        <translation>La búsqueda de imágenes falló en el servidor: {reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="200"/>
        <source>The server refused the imagery search: {reason}</source>
        <translation>El servidor rechazó la búsqueda de imágenes: {reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="204"/>
        <source>The imagery search could not reach the server: {reason}</source>
        <translation>La búsqueda de imágenes no pudo conectar con el servidor: {reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="213"/>
        <source>No scenes over the area of interest match these filters ({filters}). Widen them, or search another area.</source>
        <translation>Ninguna escena sobre el área de interés coincide con estos filtros ({filters}). Amplíelos o busque en otra área.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="216"/>
        <source>No scenes cover the area of interest.</source>
        <translation>Ninguna escena cubre el área de interés.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="221"/>
        <source>dates</source>
        <translation>fechas</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="222"/>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="223"/>
        <source>cloud cover</source>
        <translation>nubosidad</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="224"/>
        <source>off-nadir angle</source>
        <translation>ángulo off-nadir</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="225"/>
        <source>AOI cover</source>
        <translation>cobertura del área de interés</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="226"/>
        <source>providers</source>
        <translation>proveedores</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="227"/>
        <source>product types</source>
        <translation>tipos de producto</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="300"/>
        <source>Search again: the area of interest changed since the last search.</source>
        <translation>Vuelva a buscar: el área de interés ha cambiado desde la última búsqueda.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="305"/>
        <source>Search again: the filters are wider than the last search ({filters}).</source>
        <translation>Vuelva a buscar: los filtros son más amplios que en la última búsqueda ({filters}).</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="345"/>
        <source>0 of {total}</source>
        <translation>0 de {total}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="346"/>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} de {total}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="360"/>
        <source>scene {id} of {provider}</source>
        <translation>escena {id} de {provider}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="363"/>
        <source>{count} scenes of {provider}</source>
        <translation>{count} escenas de {provider}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="368"/>
        <source>, zoom {zoom}</source>
        <translation>, zoom {zoom}</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../ui/forms/search.ui" line="12"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="26"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="26"/>
        <source>Search the imagery catalog over the area of interest with these filters</source>
        <translation>Buscar en el catálogo de imágenes sobre el área de interés con estos filtros</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="27"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="28"/>
        <source>Plan search…</source>
        <translation>Programar búsqueda…</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="28"/>
        <source>Save this search as a planned search: it keeps looking for new scenes over the area of interest and tells you when it finds some</source>
        <translation>Guardar esta búsqueda como búsqueda programada: sigue buscando escenas nuevas sobre el área de interés y le avisa cuando encuentra alguna</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="53"/>
        <source>Plan a search…</source>
        <translation>Programar una búsqueda…</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="53"/>
        <source>A planned search covers a large area and keeps looking for new scenes</source>
        <translation>Una búsqueda programada abarca un área grande y sigue buscando escenas nuevas</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="69"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="71"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="78"/>
        <source>Per page</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="84"/>
        <source>Zoom to</source>
        <translation>Zoom a</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="84"/>
        <source>Zoom the map to the selected scenes</source>
        <translation>Hacer zoom del mapa a las escenas seleccionadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="85"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="85"/>
        <source>Show the selected scenes&apos; quick-looks on the map</source>
        <translation>Mostrar en el mapa las vistas rápidas de las escenas seleccionadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="86"/>
        <source>Use for processing</source>
        <translation>Usar para procesar</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="86"/>
        <source>Process the selected scenes: they become the imagery of the Start tab</source>
        <translation>Procesar las escenas seleccionadas: se convierten en las imágenes de la pestaña Iniciar</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../integration/auth.py" line="98"/>
        <source>The API token is empty; paste the token from the Mapflow web app (Account › API).</source>
        <translation>El token de API está vacío; pegue el token de la aplicación web de Mapflow (Account › API).</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="104"/>
        <source>This is not a Mapflow API token: it should be the base64 text copied from the Mapflow web app (Account › API).</source>
        <translation>Esto no es un token de API de Mapflow: debe ser el texto base64 copiado de la aplicación web de Mapflow (Account › API).</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="109"/>
        <source>This is not a Mapflow API token: once decoded it should read “e-mail:key”. Copy it again from the Mapflow web app (Account › API).</source>
        <translation>Esto no es un token de API de Mapflow: una vez decodificado debe decir “correo:clave”. Cópielo de nuevo de la aplicación web de Mapflow (Account › API).</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="166"/>
        <source>The QGIS authentication system is not available, so the token cannot be stored safely.</source>
        <translation>El sistema de autenticación de QGIS no está disponible, así que el token no se puede guardar de forma segura.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="175"/>
        <source>The QGIS authentication database is locked: its master password is needed to store or read the Mapflow token.</source>
        <translation>La base de datos de autenticación de QGIS está bloqueada: se necesita su contraseña maestra para guardar o leer el token de Mapflow.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="212"/>
        <source>“{id}” is not an authentication configuration id: it is 7 letters and digits, as shown in Settings › Authentication.</source>
        <translation>“{id}” no es un id de configuración de autenticación: consta de 7 letras y dígitos, como se muestra en Configuración › Autenticación.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="217"/>
        <source>There is no authentication configuration “{id}” in this QGIS profile.</source>
        <translation>No hay ninguna configuración de autenticación “{id}” en este perfil de QGIS.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="226"/>
        <source>The authentication configuration “{id}” is not a Basic login with a user name and a password.</source>
        <translation>La configuración de autenticación “{id}” no es un inicio de sesión Básico con nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="308"/>
        <source>QGIS could not store the secret in its authentication database.</source>
        <translation>QGIS no pudo guardar el secreto en su base de datos de autenticación.</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../ui/dialogs_review.py" line="31"/>
        <source>Send “{name}” back to Mapflow for review: say what is wrong. Support reworks the result and it comes back to you for review.</source>
        <translation>Devolver “{name}” a Mapflow para revisión: indique qué está mal. El soporte corrige el resultado y vuelve a usted para su revisión.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="35"/>
        <source>Send the {count} object(s) marked in “{layer}”</source>
        <translation>Enviar los {count} objeto(s) marcado(s) en “{layer}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="41"/>
        <source>No objects are marked. To show what is wrong or missing, cancel, press “Mark corrections” and draw them on the map.</source>
        <translation>No hay objetos marcados. Para mostrar lo que está mal o falta, cancele, pulse “Marcar correcciones” y dibújelos en el mapa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="61"/>
        <source>At most {limit} characters ({length} now).</source>
        <translation>Como máximo {limit} caracteres ({length} ahora).</translation>
    </message>
    <message>
        <location filename="../ui/forms/send_back_dialog.ui" line="5"/>
        <source>Send back for review</source>
        <translation>Devolver para revisión</translation>
    </message>
    <message>
        <location filename="../ui/forms/send_back_dialog.ui" line="16"/>
        <source>What is wrong with the result (required)</source>
        <translation>Qué está mal en el resultado (obligatorio)</translation>
    </message>
</context>
<context>
    <name>SourceWidget</name>
    <message>
        <location filename="../ui/forms/source.ui" line="5"/>
        <source>Imagery</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="9"/>
        <source>Data provider</source>
        <translation>Proveedor de datos</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="10"/>
        <source>My URL (XYZ, TMS, Quadkey, WMS)</source>
        <translation>Mi URL (XYZ, TMS, Quadkey, WMS)</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="11"/>
        <source>My imagery (GeoTIFF)</source>
        <translation>Mis imágenes (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="12"/>
        <source>Imagery search (scenes)</source>
        <translation>Búsqueda de imágenes (escenas)</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="19"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="35"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="27"/>
        <source>https://example.com/tiles/{z}/{x}/{y}.png</source>
        <translation>https://example.com/tiles/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="28"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="30"/>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="31"/>
        <source>TMS</source>
        <translation>TMS</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="32"/>
        <source>Quadkey</source>
        <translation>Quadkey</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="33"/>
        <source>WMS</source>
        <translation>WMS</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="37"/>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="38"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="39"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="40"/>
        <source>optional, kept in the QGIS authentication database</source>
        <translation>opcional, se guarda en la base de datos de autenticación de QGIS</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="46"/>
        <source>Mosaic</source>
        <translation>Mosaico</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="48"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="52"/>
        <source>Upload GeoTIFF…</source>
        <translation>Subir GeoTIFF…</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="54"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="61"/>
        <source>No scenes chosen yet.</source>
        <translation>Aún no se han elegido escenas.</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="63"/>
        <source>Search imagery…</source>
        <translation>Buscar imágenes…</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="63"/>
        <source>Find scenes over the area of interest in the Search tab</source>
        <translation>Encontrar escenas sobre el área de interés en la pestaña Buscar</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="71"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="71"/>
        <source>Add the chosen imagery to the map as a layer</source>
        <translation>Añadir al mapa las imágenes elegidas como capa</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="27"/>
        <source>— (server decides)</source>
        <translation>— (decide el servidor)</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="63"/>
        <source>New mosaic…</source>
        <translation>Mosaico nuevo…</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="158"/>
        <source>{zoom} — {price:g} credits/km²</source>
        <translation>{zoom} — {price:g} créditos/km²</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="171"/>
        <source>All images of the mosaic</source>
        <translation>Todas las imágenes del mosaico</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <location filename="../ui/star_rating.py" line="42"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../ui/star_rating.py" line="69"/>
        <source>{rating} of {count}</source>
        <translation>{rating} de {count}</translation>
    </message>
    <message>
        <location filename="../ui/star_rating.py" line="70"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
</context>
<context>
    <name>StartWidget</name>
    <message>
        <location filename="../ui/forms/start.ui" line="5"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="7"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="8"/>
        <source>Processing name</source>
        <translation>Nombre del procesamiento</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="9"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="10"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="11"/>
        <source>color: #b03a2e;</source>
        <translation>color: #b03a2e;</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="12"/>
        <source>Ask for confirmation before starting</source>
        <translation>Pedir confirmación antes de iniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="13"/>
        <source>Start processing</source>
        <translation>Iniciar procesamiento</translation>
    </message>
</context>
<context>
    <name>StatsWidget</name>
    <message>
        <location filename="../ui/forms/stats.ui" line="12"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="17"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="16"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="20"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="22"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="25"/>
        <source>Name, project, model or email</source>
        <translation>Nombre, proyecto, modelo o correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="33"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="34"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="99"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="115"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>La fecha de inicio {start} es posterior a la fecha de fin {end}.</translation>
    </message>
</context>
<context>
    <name>TemplateRules</name>
    <message>
        <location filename="../core/templates.py" line="46"/>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="47"/>
        <source>Watching</source>
        <translation>Vigilando</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="48"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="49"/>
        <source>Not searching</source>
        <translation>Sin buscar</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="50"/>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="51"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="54"/>
        <source>Searching the archive over its areas.</source>
        <translation>Buscando en el archivo sobre sus áreas.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="55"/>
        <source>Keeps looking for new scenes until {until}.</source>
        <translation>Sigue buscando escenas nuevas hasta el {until}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="56"/>
        <source>Paused: resumed, it also finds what was published meanwhile.</source>
        <translation>En pausa: al reanudarla, también encuentra lo publicado entretanto.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="58"/>
        <source>Not searching: the limit of active planned searches was reached when it was created. Pause another one, then resume this one.</source>
        <translation>Sin buscar: se había alcanzado el límite de búsquedas programadas activas cuando se creó. Ponga otra en pausa y después reanude esta.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="61"/>
        <source>Ended on {until}; it keeps what it found. Move its end date later to resume it.</source>
        <translation>Finalizó el {until}; conserva lo que encontró. Retrase su fecha de fin para reanudarla.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="63"/>
        <source>The search failed ({reason}); restart it.</source>
        <translation>La búsqueda falló ({reason}); reiníciela.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="97"/>
        <source>the server gave no reason</source>
        <translation>el servidor no dio ningún motivo</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="111"/>
        <source>Planned search</source>
        <translation>Búsqueda programada</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="112"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="113"/>
        <source>New scenes</source>
        <translation>Escenas nuevas</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="114"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="115"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="148"/>
        <source>{new} new of {found} scenes found; last looked {checked}.</source>
        <translation>{new} nuevas de {found} escenas encontradas; última revisión: {checked}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="151"/>
        <source>{count} area(s), {area} in all.</source>
        <translation>{count} área(s), {area} en total.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="154"/>
        <source>Created by {email}.</source>
        <translation>Creada por {email}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="171"/>
        <source>Planned search “{name}” found {count} new scene(s).</source>
        <translation>La búsqueda programada “{name}” encontró {count} escena(s) nueva(s).</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="194"/>
        <source>New scenes are waiting in planned searches: {names}.</source>
        <translation>Hay escenas nuevas esperando en búsquedas programadas: {names}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="233"/>
        <source>Your role in this project is {role}: you can change only the planned searches you created.</source>
        <translation>Su rol en este proyecto es {role}: solo puede modificar las búsquedas programadas que usted creó.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="243"/>
        <source>Select a planned search first.</source>
        <translation>Seleccione primero una búsqueda programada.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="256"/>
        <source>The planned search ended on {until}; move its end date later to resume it.</source>
        <translation>La búsqueda programada finalizó el {until}; retrase su fecha de fin para reanudarla.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="261"/>
        <source>It is not paused.</source>
        <translation>No está en pausa.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="265"/>
        <source>It is not searching.</source>
        <translation>No está buscando.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="269"/>
        <source>Only a failed planned search can be restarted.</source>
        <translation>Solo se puede reiniciar una búsqueda programada fallida.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>Give the planned search a name.</source>
        <translation>Dé un nombre a la búsqueda programada.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>The name of the planned search is {length} characters long; at most {limit} are allowed.</source>
        <translation>El nombre de la búsqueda programada tiene {length} caracteres; se permiten como máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>The name of the planned search must not contain line breaks or tabs.</source>
        <translation>El nombre de la búsqueda programada no debe contener saltos de línea ni tabulaciones.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>Give the area a name.</source>
        <translation>Dé un nombre al área.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>The name of the area is {length} characters long; at most {limit} are allowed.</source>
        <translation>El nombre del área tiene {length} caracteres; se permiten como máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>The name of the area must not contain line breaks or tabs.</source>
        <translation>El nombre del área no debe contener saltos de línea ni tabulaciones.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="335"/>
        <source>The end date of the planned search must be within six months (until {date}).</source>
        <translation>La fecha de fin de la búsqueda programada debe estar dentro de los próximos seis meses (hasta el {date}).</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="348"/>
        <source>An area of interest is empty or not a valid polygon; draw or choose a polygon with an area.</source>
        <translation>Un área de interés está vacía o no es un polígono válido; dibuje o elija un polígono con superficie.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="352"/>
        <source>A planned search has at most {limit} areas ({count} given).</source>
        <translation>Una búsqueda programada tiene como máximo {limit} áreas ({count} indicadas).</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="358"/>
        <source>{reason} Its areas would cover {area}.</source>
        <translation>{reason} Sus áreas abarcarían {area}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="419"/>
        <source>, zoom {zoom}</source>
        <translation>, zoom {zoom}</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="470"/>
        <source>Other processings</source>
        <translation>Otros procesamientos</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="488"/>
        <source>planned search “{name}”, area “{aoi}”</source>
        <translation>búsqueda programada “{name}”, área “{aoi}”</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="490"/>
        <source>planned search “{name}”, {count} areas</source>
        <translation>búsqueda programada “{name}”, {count} áreas</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="496"/>
        <source>The planned search “{name}” no longer exists (it was deleted, perhaps by a colleague); its view is closed.</source>
        <translation>La búsqueda programada “{name}” ya no existe (se eliminó, quizá un colega); su vista se ha cerrado.</translation>
    </message>
</context>
<context>
    <name>TemplateView</name>
    <message>
        <location filename="../ui/forms/template_view.ui" line="6"/>
        <source>◀ Planned searches</source>
        <translation>◀ Búsquedas programadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="6"/>
        <source>Back to the list of planned searches and processings</source>
        <translation>Volver a la lista de búsquedas programadas y procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Stop looking for new scenes until resumed</source>
        <translation>Dejar de buscar escenas nuevas hasta que se reanude</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Look for new scenes again, including those published while paused</source>
        <translation>Volver a buscar escenas nuevas, incluidas las publicadas durante la pausa</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Search again after a failure</source>
        <translation>Volver a buscar tras un fallo</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>End date…</source>
        <translation>Vigencia…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Change until when it looks for new scenes (at most six months ahead)</source>
        <translation>Cambiar hasta cuándo busca escenas nuevas (como máximo seis meses por delante)</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="11"/>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Show the scenes found over one area, or over all of them</source>
        <translation>Mostrar las escenas encontradas sobre un área o sobre todas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Only new</source>
        <translation>Solo nuevas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Show only the scenes not marked as seen</source>
        <translation>Mostrar solo las escenas no marcadas como vistas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="14"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="14"/>
        <source>Narrow the scenes found: the table greys what does not match at once, and asks the server again</source>
        <translation>Acotar las escenas encontradas: la tabla atenúa al momento lo que no coincide y vuelve a consultar al servidor</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="17"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="17"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Zoom to</source>
        <translation>Zoom a</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Zoom the map to the selected scenes</source>
        <translation>Hacer zoom del mapa a las escenas seleccionadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Show the selected scenes&apos; quick-looks on the map</source>
        <translation>Mostrar en el mapa las vistas rápidas de las escenas seleccionadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Mark seen</source>
        <translation>Marcar vistas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>The selected scenes are no longer new</source>
        <translation>Las escenas seleccionadas dejan de ser nuevas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>All seen</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Every scene of this planned search is no longer new</source>
        <translation>Todas las escenas de esta búsqueda programada dejan de ser nuevas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Process…</source>
        <translation>Procesar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Process the selected scenes over the planned search&apos;s area: the Start tab shows the cost and starts it</source>
        <translation>Procesar las escenas seleccionadas sobre el área de la búsqueda programada: la pestaña Iniciar muestra el coste y lo inicia</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="21"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Add an area: draw it on the map, or take the Start tab&apos;s area of interest</source>
        <translation>Añadir un área: dibújela en el mapa o tome el área de interés de la pestaña Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Redraw</source>
        <translation>Redibujar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Draw the selected area again on the map</source>
        <translation>Volver a dibujar en el mapa el área seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Zoom the map to the selected areas</source>
        <translation>Hacer zoom del mapa a las áreas seleccionadas</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>Processings</source>
        <translation>Procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Area, km²</source>
        <translation>Área, km²</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Load results</source>
        <translation>Cargar resultados</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Load the results of the selected finished processings</source>
        <translation>Cargar los resultados de los procesamientos terminados seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Ask for the processings again</source>
        <translation>Volver a pedir los procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>New scenes</source>
        <translation>Escenas nuevas</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="119"/>
        <source>Draw on the map</source>
        <translation>Dibujar en el mapa</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="121"/>
        <source>The Start tab&apos;s area of interest</source>
        <translation>El área de interés de la pestaña Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="178"/>
        <source>All areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="262"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>TemplatesListWidget</name>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="5"/>
        <source>Planned searches</source>
        <translation>Búsquedas programadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="6"/>
        <source>Saved searches that keep looking for new imagery over their areas</source>
        <translation>Búsquedas guardadas que siguen buscando imágenes nuevas sobre sus áreas</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="28"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="28"/>
        <source>Show its areas, scenes and processings</source>
        <translation>Mostrar sus áreas, escenas y procesamientos</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="29"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="29"/>
        <source>Stop looking for new scenes until resumed</source>
        <translation>Dejar de buscar escenas nuevas hasta que se reanude</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="30"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="30"/>
        <source>Look for new scenes again, including those published while paused</source>
        <translation>Volver a buscar escenas nuevas, incluidas las publicadas durante la pausa</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="31"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="31"/>
        <source>Search again after a failure</source>
        <translation>Volver a buscar tras un fallo</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="32"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="33"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/templates_list_widget.py" line="52"/>
        <source>Select a planned search first.</source>
        <translation>Seleccione primero una búsqueda programada.</translation>
    </message>
    <message>
        <location filename="../ui/templates_list_widget.py" line="64"/>
        <source>Planned searches ({count})</source>
        <translation>Búsquedas programadas ({count})</translation>
    </message>
</context>
</TS>
