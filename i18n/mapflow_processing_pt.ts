<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>@default</name>
    <message>
        <location filename="../core/processing_view.py" line="156"/>
        <source>the server gave no reason</source>
        <translation>o servidor não indicou o motivo</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="296"/>
        <source>Processing &apos;{name}&apos; finished</source>
        <translation>Processamento '{name}' concluído</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="297"/>
        <source>Processing &apos;{name}&apos; failed: {reason}</source>
        <translation>Processamento '{name}' falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="74"/>
        <source>, zoom {zoom}</source>
        <translation>, zoom {zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="348"/>
        <source>Data provider {name}{zoom}</source>
        <translation>Fornecedor de dados {name}{zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="351"/>
        <source>{kind} URL {url}{zoom}</source>
        <translation>URL {kind} {url}{zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="354"/>
        <source>My imagery: mosaic {id}</source>
        <translation>Minhas imagens: mosaico {id}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="357"/>
        <source>My imagery: mosaic {id}, images {images}</source>
        <translation>Minhas imagens: mosaico {id}, imagens {images}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="358"/>
        <source>My imagery: images {images}</source>
        <translation>Minhas imagens: imagens {images}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="361"/>
        <source>Imagery search ({provider}): {count} image(s){zoom}</source>
        <translation>Pesquisa de imagens ({provider}): {count} imagem(ns){zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="366"/>
        <source>not given</source>
        <translation>não indicado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="373"/>
        <source>{model}; options: {options}</source>
        <translation>{model}; opções: {options}</translation>
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
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="382"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="382"/>
        <source>{area} km² in {count} AOI(s)</source>
        <translation>{area} km² em {count} área(s) de interesse</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="385"/>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="386"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="387"/>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="391"/>
        <source>Scenes</source>
        <translation>Cenas</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="393"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="399"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="403"/>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="404"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="451"/>
        <source>Select a processing first.</source>
        <translation>Selecione primeiro um processamento.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="453"/>
        <source>Select exactly one processing.</source>
        <translation>Selecione exatamente um processamento.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="460"/>
        <source>The results of “{name}” are being loaded.</source>
        <translation>O carregamento dos resultados de “{name}” já está em curso.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="31"/>
        <source>Enter the URL of your imagery service.</source>
        <translation>Insira o URL do seu serviço de imagens.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="34"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation>O URL das imagens deve começar por http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="39"/>
        <source>A {type} URL needs the placeholder(s) {missing}, e.g. {example}.</source>
        <translation>Um URL {type} precisa do(s) marcador(es) {missing}, p. ex. {example}.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="43"/>
        <source>A WMS URL needs its LAYERS parameter, e.g. https://example.com/wms?LAYERS=ortho.</source>
        <translation>Um URL WMS precisa do parâmetro LAYERS, p. ex. https://example.com/wms?LAYERS=ortho.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="60"/>
        <source>No data provider is available for this account.</source>
        <translation>Nenhum fornecedor de dados está disponível para esta conta.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="72"/>
        <source>{type} tiles from {host}</source>
        <translation>Tiles {type} de {host}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="77"/>
        <source>Choose a mosaic of your imagery, or upload a GeoTIFF.</source>
        <translation>Escolha um mosaico das suas imagens ou envie um GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="80"/>
        <source>my image {name}</source>
        <translation>minha imagem {name}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="81"/>
        <source>my mosaic {name}</source>
        <translation>meu mosaico {name}</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="55"/>
        <source>Search footprints</source>
        <translation>Contornos da pesquisa</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="151"/>
        <source>The downloaded result is empty (0 bytes): the server sent no data.</source>
        <translation>O resultado recebido está vazio (0 bytes): o servidor não enviou dados.</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="167"/>
        <source>The downloaded result is not complete or not valid GeoJSON ({detail}). The download may have been cut off: load the results again.</source>
        <translation>O resultado recebido está incompleto ou não é um GeoJSON válido ({detail}). O download pode ter sido interrompido: carregue os resultados novamente.</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="172"/>
        <source>The downloaded result is not a GeoJSON FeatureCollection (it starts with: &quot;{head}&quot;).</source>
        <translation>O resultado recebido não é uma FeatureCollection GeoJSON (começa por: &quot;{head}&quot;).</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="122"/>
        <source>no details from GDAL</source>
        <translation>sem detalhes do GDAL</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="122"/>
        <source>Writing the GeoPackage {name} failed: {detail}</source>
        <translation>Falha ao gravar o GeoPackage {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="335"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="74"/>
        <source>There were no results to write.</source>
        <translation>Não havia resultados para gravar.</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="91"/>
        <source>GDAL cannot read the result of {id}: {detail}</source>
        <translation>O GDAL não consegue ler o resultado de {id}: {detail}</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="77"/>
        <source>Cannot create the results folder {folder}: {reason}</source>
        <translation>Não é possível criar a pasta de resultados {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="98"/>
        <source>The download finished but wrote no file.</source>
        <translation>O download terminou, mas nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="104"/>
        <source>The processing returned no features: the GeoPackage has an empty polygon layer.</source>
        <translation>O processamento não devolveu feições: o GeoPackage tem uma camada de polígonos vazia.</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="106"/>
        <source>Features of type {types} were left out: result layers hold polygons, lines and points only.</source>
        <translation>Feições do tipo {types} foram deixadas de fora: as camadas de resultados contêm apenas polígonos, linhas e pontos.</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="38"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="38"/>
        <source>lines</source>
        <translation>linhas</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="39"/>
        <source>points</source>
        <translation>pontos</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="54"/>
        <source>QGIS cannot open the layer {layer} of {file}.</source>
        <translation>O QGIS não consegue abrir a camada {layer} de {file}.</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="76"/>
        <source>{name} (tiles)</source>
        <translation>{name} (tiles vetoriais)</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="84"/>
        <source>{name} (imagery)</source>
        <translation>{name} (imagens)</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="90"/>
        <source>There were no result layers to add.</source>
        <translation>Não havia camadas de resultados para adicionar.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="69"/>
        <source>GDAL could not place the preview on the map: {reason}</source>
        <translation>O GDAL não conseguiu posicionar a pré-visualização no mapa: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="78"/>
        <source>The preview is not a picture GDAL can read.</source>
        <translation>A pré-visualização não é uma imagem que o GDAL consiga ler.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="85"/>
        <source>GDAL could not georeference the preview.</source>
        <translation>O GDAL não conseguiu georreferenciar a pré-visualização.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="90"/>
        <source>GDAL could not warp the preview onto the scene&apos;s footprint.</source>
        <translation>O GDAL não conseguiu ajustar a pré-visualização ao contorno da cena.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="106"/>
        <source>Preview: {provider} {date} ({id})</source>
        <translation>Pré-visualização: {provider} {date} ({id})</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="135"/>
        <source>QGIS could not open the georeferenced preview of {id}.</source>
        <translation>O QGIS não conseguiu abrir a pré-visualização georreferenciada de {id}.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="142"/>
        <source>QGIS could not open the preview tiles of {id}.</source>
        <translation>O QGIS não conseguiu abrir os tiles de pré-visualização de {id}.</translation>
    </message>
    <message>
        <location filename="../layers/styles.py" line="86"/>
        <source>The style file {name} is missing from the plugin folder; the layer keeps the default style.</source>
        <translation>O arquivo de estilo {name} não está na pasta do plugin; a camada mantém o estilo padrão.</translation>
    </message>
    <message>
        <location filename="../layers/styles.py" line="90"/>
        <source>The style {name} could not be applied: {reason}</source>
        <translation>Não foi possível aplicar o estilo {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="94"/>
        <source>The TileJSON address is not an http(s) URL: {url}</source>
        <translation>O endereço do TileJSON não é um URL http(s): {url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="104"/>
        <source>The tile server at {host} did not answer within {seconds:g} s.</source>
        <translation>O servidor de tiles em {host} não respondeu em {seconds:g} s.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="109"/>
        <source>Cannot reach the tile server at {host}: {reason}</source>
        <translation>Não é possível comunicar com o servidor de tiles em {host}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="112"/>
        <source>The tile server answered HTTP {status} for the TileJSON at {host}.</source>
        <translation>O servidor de tiles respondeu HTTP {status} para o TileJSON em {host}.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="115"/>
        <source>The TileJSON at {host} is too large to be a TileJSON document.</source>
        <translation>O TileJSON em {host} é grande demais para ser um documento TileJSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="120"/>
        <source>The TileJSON at {host} is not valid JSON.</source>
        <translation>O TileJSON em {host} não é um JSON válido.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="127"/>
        <source>The TileJSON is not a JSON object.</source>
        <translation>O TileJSON não é um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="164"/>
        <source>The TileJSON at {host} lists no tile URL.</source>
        <translation>O TileJSON em {host} não indica nenhum URL de tiles.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="168"/>
        <source>The processing reports neither a tile URL nor a TileJSON.</source>
        <translation>O processamento não indica nem um URL de tiles nem um TileJSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="176"/>
        <source>The tile URL is not an http(s) URL: {url}</source>
        <translation>O URL de tiles não é um URL http(s): {url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="179"/>
        <source>The tile URL has no {{z}}/{{x}}/{{y}} placeholders: {url}</source>
        <translation>O URL de tiles não tem os marcadores {{z}}/{{x}}/{{y}}: {url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="204"/>
        <source>QGIS cannot open the vector tiles at {host}.</source>
        <translation>O QGIS não consegue abrir os tiles vetoriais em {host}.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="218"/>
        <source>QGIS cannot open the imagery tiles at {host}.</source>
        <translation>O QGIS não consegue abrir os tiles de imagem em {host}.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="64"/>
        <source>Mapflow Processing</source>
        <translation>Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="58"/>
        <source>Show or hide the Mapflow Processing panel</source>
        <translation>Mostrar ou ocultar o painel Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Mapflow Processing help</source>
        <translation>Ajuda do Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="38"/>
        <source>&lt;b&gt;Sign-in&lt;/b&gt;: the server and the account the Mapflow Processing panel last signed in to. Advanced parameters choose another server (SERVER, e.g. http://127.0.0.1:8765/rest for the sandbox) or another account (AUTHCFG: a QGIS authentication configuration of type Basic with your Mapflow e-mail as user name and the API key as password). No token is ever a parameter, so none appears in the Processing history.</source>
        <translation>&lt;b&gt;Login&lt;/b&gt;: o servidor e a conta em que o painel Mapflow Processing iniciou sessão pela última vez. Os parâmetros avançados escolhem outro servidor (SERVER, p. ex. http://127.0.0.1:8765/rest para o sandbox) ou outra conta (AUTHCFG: uma configuração de autenticação do QGIS do tipo Basic com o seu e-mail do Mapflow como nome de usuário e a chave de API como senha). Nenhum token é um parâmetro, por isso nenhum aparece no histórico do Processamento.</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="22"/>
        <source>Mapflow</source>
        <translation>Mapflow</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="78"/>
        <source>Mapflow server (empty: the panel&apos;s server)</source>
        <translation>Servidor Mapflow (vazio: o servidor do painel)</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="80"/>
        <source>Sign-in (authentication configuration; empty: the panel&apos;s stored sign-in)</source>
        <translation>Login (configuração de autenticação; vazio: o login guardado do painel)</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="133"/>
        <source>The algorithm was not prepared: run it through Processing.</source>
        <translation>O algoritmo não foi preparado: execute-o pelo Processamento.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="134"/>
        <source>Signing in to {url}…</source>
        <translation>Início de sessão em {url}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="136"/>
        <source>Signed in to {url} as {email}.</source>
        <translation>Sessão iniciada em {url} como {email}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="57"/>
        <source>There is no stored Mapflow sign-in for {url}. Sign in once in the Mapflow Processing panel (it keeps the token in the QGIS authentication database), or choose an authentication configuration with your Mapflow e-mail and API key in the Sign-in (AUTHCFG) parameter.</source>
        <translation>Não há login do Mapflow guardado para {url}. Inicie sessão uma vez no painel Mapflow Processing (ele guarda o token na base de dados de autenticação do QGIS) ou escolha uma configuração de autenticação com o seu e-mail do Mapflow e a chave de API no parâmetro Login (AUTHCFG).</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="66"/>
        <source>The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Open the Mapflow Processing panel (QGIS asks for the master password there), then run the algorithm again.</source>
        <translation>A base de dados de autenticação do QGIS está bloqueada, por isso o login do Mapflow guardado não pode ser lido. Abra o painel Mapflow Processing (o QGIS pede a senha mestra ali) e execute o algoritmo novamente.</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="69"/>
        <source>The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Without a window nothing can ask for its master password: put the password in a file only you can read and set the environment variable QGIS_AUTH_PASSWORD_FILE to that file&apos;s path.</source>
        <translation>A base de dados de autenticação do QGIS está bloqueada, por isso o login do Mapflow guardado não pode ser lido. Sem uma janela, nada pode pedir a senha mestra: coloque a senha num arquivo que só você possa ler e defina a variável de ambiente QGIS_AUTH_PASSWORD_FILE com o caminho desse arquivo.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="202"/>
        <source>Signing in</source>
        <translation>Início de sessão</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="30"/>
        <source>Estimate cost</source>
        <translation>Estimar o custo</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="33"/>
        <source>The credits a Mapflow processing of an area would cost, and what would block its start.</source>
        <translation>Os créditos que um processamento Mapflow de uma área custaria e o que impediria o seu início.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>Asks the Mapflow server what a processing of the area of interest would cost with this model, these options and this imagery, as the panel&apos;s cost line does. Nothing is started or charged.</source>
        <translation>Pergunta ao servidor Mapflow quanto custaria um processamento da área de interesse com este modelo, estas opções e estas imagens, tal como a linha de custo do painel. Nada é iniciado nem cobrado.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>&lt;b&gt;Area of interest&lt;/b&gt;: the polygons of a layer (or only its selected features); they are reprojected to WGS 84, repaired and dissolved like in the panel.</source>
        <translation>&lt;b&gt;Área de interesse&lt;/b&gt;: os polígonos de uma camada (ou apenas as suas feições selecionadas); são reprojetados para WGS 84, corrigidos e dissolvidos como no painel.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>&lt;b&gt;Outputs&lt;/b&gt;: COST (credits; 0 when the account is billed by area or not billed, see BILLING_TYPE), AREA_KM2 (the area of interest, geodesic), BLOCKING_REASON (why a start would be refused: balance, area or AOI limits, the provider&apos;s minimum area, your role in the project; empty when nothing blocks), CAN_START (true when BLOCKING_REASON is empty).</source>
        <translation>&lt;b&gt;Saídas&lt;/b&gt;: COST (créditos; 0 quando a conta é cobrada por área ou não é cobrada, ver BILLING_TYPE), AREA_KM2 (a área de interesse, geodésica), BLOCKING_REASON (por que um início seria recusado: saldo, limites de área ou de áreas de interesse, a área mínima do fornecedor, o seu papel no projeto; vazio quando nada impede), CAN_START (verdadeiro quando BLOCKING_REASON está vazio).</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>Fails (no outputs) when the area has no usable polygon, a model, option, project or provider is unknown, or the server cannot be reached.</source>
        <translation>Falha (sem saídas) quando a área não tem nenhum polígono utilizável, um modelo, opção, projeto ou fornecedor é desconhecido, ou não é possível comunicar com o servidor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="53"/>
        <source>Cost, credits</source>
        <translation>Custo, créditos</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="54"/>
        <source>Area, km²</source>
        <translation>Área, km²</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="55"/>
        <source>Blocking reason</source>
        <translation>Motivo do bloqueio</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="56"/>
        <source>Can start</source>
        <translation>Pode iniciar</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="57"/>
        <source>Billing type</source>
        <translation>Tipo de cobrança</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="200"/>
        <source>Reading the area of interest…</source>
        <translation>Leitura da área de interesse…</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="76"/>
        <source>Asking the server for the cost…</source>
        <translation>Consulta do custo ao servidor…</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="141"/>
        <source>Area of interest: {aoi}.</source>
        <translation>Área de interesse: {aoi}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="88"/>
        <source>Model: {model}; imagery: {source}.</source>
        <translation>Modelo: {model}; imagens: {source}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="92"/>
        <source>Cost: {credits} credits.</source>
        <translation>Custo: {credits} créditos.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="96"/>
        <source>A start would be refused: {reason}</source>
        <translation>Um início seria recusado: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="38"/>
        <source>Area of interest (polygon layer)</source>
        <translation>Área de interesse (camada de polígonos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="49"/>
        <source>Project (name or id; empty: the default project)</source>
        <translation>Projeto (nome ou id; vazio: o projeto padrão)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="46"/>
        <source>Model (name or id, e.g. Buildings, Forest, Roads, Construction sites)</source>
        <translation>Modelo (nome ou id, p. ex. Buildings, Forest, Roads, Construction sites)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="49"/>
        <source>Model options (comma-separated, e.g. Classification, Heights)</source>
        <translation>Opções do modelo (separadas por vírgulas, p. ex. Classification, Heights)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="52"/>
        <source>Imagery provider (name; empty: the account&apos;s first provider)</source>
        <translation>Fornecedor de imagens (nome; vazio: o primeiro fornecedor da conta)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="55"/>
        <source>Zoom (0: the server chooses the model&apos;s zoom)</source>
        <translation>Zoom (0: o servidor escolhe o zoom do modelo)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="58"/>
        <source>Imagery URL instead of a provider (tile or WMS URL)</source>
        <translation>URL de imagens em vez de um fornecedor (URL de tiles ou WMS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="60"/>
        <source>Imagery URL type</source>
        <translation>Tipo do URL de imagens</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="63"/>
        <source>Login for the imagery URL (authentication configuration)</source>
        <translation>Login para o URL de imagens (configuração de autenticação)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="66"/>
        <source>My imagery: mosaic id (instead of a provider or URL)</source>
        <translation>Minhas imagens: id do mosaico (em vez de um fornecedor ou URL)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="71"/>
        <source>&lt;b&gt;Model&lt;/b&gt; and &lt;b&gt;options&lt;/b&gt; are given by name (any case; “Buildings” finds “🏠 Buildings”) or id; an unknown name fails with the list of what the account offers. &lt;b&gt;Imagery&lt;/b&gt;: a data provider of your account at a zoom (0: the zoom the server chooses for the model), or your own tile service (URL with {x} {y} {z}, or {q} for Quadkey, or a WMS URL with LAYERS) whose login may come from an authentication configuration, or (advanced) a mosaic of your own imagery by id.</source>
        <translation>&lt;b&gt;Modelo&lt;/b&gt; e &lt;b&gt;opções&lt;/b&gt; são indicados pelo nome (sem distinção de maiúsculas; “Buildings” encontra “🏠 Buildings”) ou pelo id; um nome desconhecido falha com a lista do que a conta oferece. &lt;b&gt;Imagens&lt;/b&gt;: um fornecedor de dados da sua conta num zoom (0: o zoom que o servidor escolhe para o modelo), ou o seu próprio serviço de tiles (URL com {x} {y} {z}, ou {q} para Quadkey, ou um URL WMS com LAYERS) cujo login pode vir de uma configuração de autenticação, ou (avançado) um mosaico das suas próprias imagens pelo id.</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="214"/>
        <source>{parts} polygon(s), {area}</source>
        <translation>{parts} polígono(s), {area}</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="34"/>
        <source>List processings</source>
        <translation>Listar processamentos</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="37"/>
        <source>The processings of a Mapflow project as a table.</source>
        <translation>Os processamentos de um projeto Mapflow como tabela.</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="40"/>
        <source>Writes the processings of a project (newest first) to a table: processing_id, name, model, status (the API's value: OK, FAILED, IN_PROGRESS…), progress, area_km2, cost, created, completed (when a finished processing last changed) and message (why it failed).</source>
        <translation>Grava os processamentos de um projeto (os mais recentes primeiro) numa tabela: processing_id, name, model, status (o valor da API: OK, FAILED, IN_PROGRESS…), progress, area_km2, cost, created, completed (quando um processamento concluído mudou pela última vez) e message (por que falhou).</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="40"/>
        <source>&lt;b&gt;Statuses&lt;/b&gt;: keep only these (none chosen: all). &lt;b&gt;Text&lt;/b&gt;: the server&apos;s search, as in the panel&apos;s list. &lt;b&gt;Maximum&lt;/b&gt;: at most this many rows (0: all).</source>
        <translation>&lt;b&gt;Estados&lt;/b&gt;: manter apenas estes (nenhum escolhido: todos). &lt;b&gt;Texto&lt;/b&gt;: a pesquisa do servidor, como na lista do painel. &lt;b&gt;Máximo&lt;/b&gt;: no máximo este número de linhas (0: todas).</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="51"/>
        <source>Statuses (none: all)</source>
        <translation>Estados (nenhum: todos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="55"/>
        <source>Text search</source>
        <translation>Pesquisa de texto</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="56"/>
        <source>Maximum number of rows (0: all)</source>
        <translation>Número máximo de linhas (0: todas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="58"/>
        <source>Processings</source>
        <translation>Processamentos</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="59"/>
        <source>Number of processings</source>
        <translation>Número de processamentos</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="74"/>
        <source>Project: {name}.</source>
        <translation>Projeto: {name}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="92"/>
        <source>{count} processing(s).</source>
        <translation>{count} processamento(s).</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="41"/>
        <source>Wait and load result</source>
        <translation>Aguardar e carregar o resultado</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="44"/>
        <source>Waits until Mapflow processings end and writes their vector results to a GeoPackage.</source>
        <translation>Aguarda o fim de processamentos Mapflow e grava os seus resultados vetoriais num GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>Waits until each processing ends (polling at the panel&apos;s interval, up to the time limit in minutes; 0: no limit), downloads its vector result and writes a GeoPackage.</source>
        <translation>Aguarda o fim de cada processamento (consultando no intervalo do painel, até o limite de tempo em minutos; 0: sem limite), faz o download do seu resultado vetorial e grava um GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>&lt;b&gt;Processing ids&lt;/b&gt;: one id, or several separated by commas (the PROCESSING_IDS output of “Start processing”). The GeoPackage has one table per geometry family (polygons, lines, points); each feature carries processing_id and processing_name, so the results of several processings stay apart. Loaded into the project, each table becomes a layer with the panel's style for its model.</source>
        <translation>&lt;b&gt;Ids de processamento&lt;/b&gt;: um id, ou vários separados por vírgulas (a saída PROCESSING_IDS de “Iniciar processamento”). O GeoPackage tem uma tabela por família de geometria (polígonos, linhas, pontos); cada feição tem processing_id e processing_name, para que os resultados de vários processamentos fiquem separados. Ao ser carregada no projeto, cada tabela torna-se uma camada com o estilo do painel para o seu modelo.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>Fails with the server's message when a processing FAILED (or was cancelled), and names the status when the time limit is reached; “Load the others when some failed” writes what succeeded and reports the rest. &lt;b&gt;Outputs&lt;/b&gt;: the GeoPackage and FEATURE_COUNT (features in all tables).</source>
        <translation>Falha com a mensagem do servidor quando um processamento FAILED (ou foi cancelado), e indica o estado quando o limite de tempo é atingido; “Carregar os outros quando alguns falharem” grava o que teve êxito e informa o resto. &lt;b&gt;Saídas&lt;/b&gt;: o GeoPackage e FEATURE_COUNT (feições em todas as tabelas).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="97"/>
        <source>Processing ids (comma-separated)</source>
        <translation>Ids de processamento (separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="62"/>
        <source>Time limit, minutes (0: no limit)</source>
        <translation>Limite de tempo, minutos (0: sem limite)</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="64"/>
        <source>Load the others when some failed</source>
        <translation>Carregar os outros quando alguns falharem</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="66"/>
        <source>Result GeoPackage</source>
        <translation>GeoPackage de resultados</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="67"/>
        <source>Feature count</source>
        <translation>Número de feições</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="68"/>
        <source>Processings loaded</source>
        <translation>Processamentos carregados</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="95"/>
        <source>{table}: {count} feature(s).</source>
        <translation>{table}: {count} feição(ões).</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="111"/>
        <source>Downloading the result of “{name}”…</source>
        <translation>Download do resultado de “{name}”…</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="121"/>
        <source>Writing {file}…</source>
        <translation>Gravação de {file}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="136"/>
        <source>The result is written as a GeoPackage: choose a file name ending in .gpkg (not {name}).</source>
        <translation>O resultado é gravado como GeoPackage: escolha um nome de arquivo terminado em .gpkg (não {name}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="25"/>
        <source>Mapflow: AI extraction of buildings, forest, roads and construction from imagery</source>
        <translation>Mapflow: extração por IA de edifícios, floresta, estradas e construções a partir de imagens</translation>
    </message>
    <message>
        <location filename="../processing_provider/result_layers.py" line="51"/>
        <source>Mapflow results ({count} processings)</source>
        <translation>Resultados Mapflow ({count} processamentos)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="82"/>
        <source>Start processing</source>
        <translation>Iniciar processamento</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="62"/>
        <source>Starts Mapflow processings of an area: one for the whole layer, or one per feature.</source>
        <translation>Inicia processamentos Mapflow de uma área: um para a camada inteira ou um por feição.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>Starts a Mapflow processing of the area of interest, checked and priced like the panel&apos;s Start button. &lt;b&gt;This spends credits.&lt;/b&gt;</source>
        <translation>Inicia um processamento Mapflow da área de interesse, verificado e orçado como no botão Iniciar do painel. &lt;b&gt;Isto gasta créditos.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;One processing per feature&lt;/b&gt;: each feature (or selected feature) becomes its own processing, named by the name expression (a field or any expression; empty: the name followed by the feature id). A feature that cannot start is reported, written to the table as NOT_STARTED with the reason, and the others go on. Without it, all polygons form one processing (at most the account&apos;s number of AOIs per processing).</source>
        <translation>&lt;b&gt;Um processamento por feição&lt;/b&gt;: cada feição (ou feição selecionada) torna-se um processamento próprio, com o nome dado pela expressão de nome (um campo ou qualquer expressão; vazio: o nome seguido do id da feição). Uma feição que não pode ser iniciada é informada, gravada na tabela como NOT_STARTED com o motivo, e as outras continuam. Sem esta opção, todos os polígonos formam um único processamento (no máximo o número de áreas de interesse por processamento da conta).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;Wait until each ends&lt;/b&gt;: polls every few seconds (the panel&apos;s poll interval) up to the time limit in minutes (0: no limit); the table then shows the final status. Cancelling stops waiting, never a processing.</source>
        <translation>&lt;b&gt;Aguardar o fim de cada um&lt;/b&gt;: consulta o estado a cada poucos segundos (o intervalo de consulta do painel) até o limite de tempo em minutos (0: sem limite); a tabela mostra então o estado final. Cancelar interrompe a espera, nunca um processamento.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;Outputs&lt;/b&gt;: PROCESSING_IDS, the started ids separated by commas (the input of “Wait and load result”), and a table of processing id, name, feature id, status and message.</source>
        <translation>&lt;b&gt;Saídas&lt;/b&gt;: PROCESSING_IDS, os ids iniciados separados por vírgulas (a entrada de “Aguardar e carregar o resultado”), e uma tabela com id do processamento, nome, id da feição, estado e mensagem.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="83"/>
        <source>Processing name (empty: the model and the date)</source>
        <translation>Nome do processamento (vazio: o modelo e a data)</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="85"/>
        <source>One processing per feature</source>
        <translation>Um processamento por feição</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="87"/>
        <source>Name of each feature&apos;s processing (field or expression)</source>
        <translation>Nome do processamento de cada feição (campo ou expressão)</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="91"/>
        <source>Wait until each processing ends</source>
        <translation>Aguardar o fim de cada processamento</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="93"/>
        <source>Time limit for waiting, minutes (0: no limit)</source>
        <translation>Limite de tempo de espera, minutos (0: sem limite)</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="96"/>
        <source>Started processings</source>
        <translation>Processamentos iniciados</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="98"/>
        <source>Processings started</source>
        <translation>Processamentos iniciados</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="99"/>
        <source>Features not started</source>
        <translation>Feições não iniciadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="146"/>
        <source>Or start one processing per feature (One processing per feature).</source>
        <translation>Ou inicie um processamento por feição (Um processamento por feição).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="156"/>
        <source>Feature {fid}: {name}</source>
        <translation>Feição {fid}: {name}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="164"/>
        <source>Cancelled: no further processing was started.</source>
        <translation>Cancelado: nenhum outro processamento foi iniciado.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="166"/>
        <source>No processing was started. {reason}</source>
        <translation>Nenhum processamento foi iniciado. {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="168"/>
        <source>The area of interest has no features.</source>
        <translation>A área de interesse não tem feições.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="177"/>
        <source>The name expression is not valid: {error}</source>
        <translation>A expressão de nome não é válida: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="226"/>
        <source>Feature {fid}</source>
        <translation>Feição {fid}</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="117"/>
        <source>Starting the processing</source>
        <translation>Início do processamento</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="237"/>
        <source>Started “{name}” ({id}).</source>
        <translation>“{name}” iniciado ({id}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="242"/>
        <source>“{name}” was not started: {reason}</source>
        <translation>“{name}” não foi iniciado: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="40"/>
        <source>Waiting for “{name}”: {status}, {percent} %</source>
        <translation>À espera de “{name}”: {status}, {percent} %</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="52"/>
        <source>Cancelled while waiting; the processings go on on the server.</source>
        <translation>Cancelado durante a espera; os processamentos continuam no servidor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="58"/>
        <source>“{name}” ({id}) ended: {status}.</source>
        <translation>“{name}” ({id}) terminou: {status}.</translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="95"/>
        <source>{task} — cancelled</source>
        <translation>{task} — cancelada</translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="125"/>
        <source>The task &quot;{name}&quot; failed.</source>
        <translation>A tarefa &quot;{name}&quot; falhou.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="58"/>
        <source>Unknown result load mode &quot;{value}&quot;: expected gpkg, tiles or both.</source>
        <translation>Modo de carregamento de resultados desconhecido &quot;{value}&quot;: esperado gpkg, tiles ou both.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="87"/>
        <source>Loading results as GeoPackage needs a downloader.</source>
        <translation>Carregar resultados como GeoPackage requer um downloader.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="89"/>
        <source>Loading results as tiles needs the processing&apos;s tile endpoints.</source>
        <translation>Carregar resultados como tiles requer os endpoints de tiles do processamento.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="107"/>
        <source>Mapflow: load results of &quot;{name}&quot;</source>
        <translation>Mapflow: carregar os resultados de &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="144"/>
        <source>Vector tiles</source>
        <translation>Tiles vetoriais</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="147"/>
        <source>Imagery tiles</source>
        <translation>Tiles de imagem</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="40"/>
        <source>{area} in {parts} part(s), from {source}</source>
        <translation>{area} em {parts} parte(s), origem: {source}</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="40"/>
        <source>the map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="43"/>
        <source>No area chosen.</source>
        <translation>Nenhuma área escolhida.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="201"/>
        <source>Mapflow: read the area of interest</source>
        <translation>Mapflow: ler a área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="213"/>
        <source>Choose a vector file with the area of interest.</source>
        <translation>Escolha um arquivo vetorial com a área de interesse.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="217"/>
        <source>the map extent</source>
        <translation>extensão do mapa</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="222"/>
        <source>Click Draw, then click on the map to draw the area of interest.</source>
        <translation>Clique em Desenhar e depois clique no mapa para desenhar a área de interesse.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="222"/>
        <source>Choose a layer.</source>
        <translation>Escolha uma camada.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="230"/>
        <source>the drawn polygon</source>
        <translation>polígono desenhado</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="245"/>
        <source>Reading the area of interest was cancelled; press Update to read it again.</source>
        <translation>A leitura da área de interesse foi cancelada; clique em Atualizar para a ler novamente.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="252"/>
        <source>Reading the area of interest</source>
        <translation>Leitura da área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="253"/>
        <source>The area of interest could not be read: {reason}</source>
        <translation>Não foi possível ler a área de interesse: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="38"/>
        <source>the area of interest cannot be used</source>
        <translation>a área de interesse não pode ser usada</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="82"/>
        <source>Waiting for the area of interest…</source>
        <translation>À espera da área de interesse…</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="88"/>
        <source>Not known yet: {reason}</source>
        <translation>Ainda desconhecido: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="92"/>
        <source>Free: this account is not billed.</source>
        <translation>Gratuito: esta conta não é cobrada.</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="95"/>
        <source>{area} of your remaining area</source>
        <translation>{area} da sua área restante</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="100"/>
        <source>≈ {credits} credits (asking the server…)</source>
        <translation>≈ {credits} créditos (consulta ao servidor…)</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="101"/>
        <source>Asking the server…</source>
        <translation>Consulta ao servidor…</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="125"/>
        <source>Mapflow: cost</source>
        <translation>Mapflow: custo</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="133"/>
        <source>{credits} credits</source>
        <translation>{credits} créditos</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="139"/>
        <source>Computing the cost</source>
        <translation>Cálculo do custo</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="142"/>
        <source>Cannot be computed: {reason}</source>
        <translation>Não é possível calcular: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="215"/>
        <source>Rename processing</source>
        <translation>Renomear processamento</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="149"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="87"/>
        <source>Delete {count} processing(s)? Their results are deleted too; this cannot be undone.</source>
        <translation>Eliminar {count} processamento(s)? Os seus resultados também são eliminados; esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Delete processings</source>
        <translation>Eliminar processamentos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Move processings</source>
        <translation>Mover processamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="98"/>
        <source>Move to project:</source>
        <translation>Mover para o projeto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Load results again</source>
        <translation>Carregar os resultados novamente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>The results of these processings are already on the map:</source>
        <translation>Os resultados destes processamentos já estão no mapa:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Replace them with a fresh download, or add another copy?</source>
        <translation>Substituí-los por um novo download ou adicionar outra cópia?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="118"/>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="119"/>
        <source>Add another</source>
        <translation>Adicionar outra</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="134"/>
        <source>Export statistics</source>
        <translation>Exportar estatísticas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="134"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="111"/>
        <source>New mosaic</source>
        <translation>Novo mosaico</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="81"/>
        <source>Rename mosaic</source>
        <translation>Renomear mosaico</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="84"/>
        <source>Rename image</source>
        <translation>Renomear imagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="88"/>
        <source>Delete {count} item(s)? Deleting a mosaic deletes its images too ({images} image(s) in all); this cannot be undone.</source>
        <translation>Eliminar {count} item(ns)? Eliminar um mosaico também elimina as suas imagens ({images} imagem(ns) no total); esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="91"/>
        <source>Delete imagery</source>
        <translation>Eliminar imagens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="96"/>
        <source>Upload GeoTIFF files</source>
        <translation>Enviar arquivos GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="100"/>
        <source>Save the image</source>
        <translation>Gravar a imagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="104"/>
        <source>{count} file(s) cannot be uploaded:</source>
        <translation>{count} arquivo(s) não pode(m) ser enviado(s):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="105"/>
        <source>Upload the {count} other file(s)?</source>
        <translation>Enviar o(s) outro(s) {count} arquivo(s)?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="108"/>
        <source>Upload imagery</source>
        <translation>Enviar imagens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="69"/>
        <source>Accept {count} result(s) as they are? An accepted result cannot be sent back for review any more.</source>
        <translation>Aceitar {count} resultado(s) como está(ão)? Um resultado aceito já não pode ser devolvido para revisão.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>Accept results</source>
        <translation>Aceitar resultados</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="33"/>
        <source>Name: {value}</source>
        <translation>Nome: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="34"/>
        <source>Project: {value}</source>
        <translation>Projeto: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="35"/>
        <source>Model: {value}</source>
        <translation>Modelo: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="36"/>
        <source>Options: {value}</source>
        <translation>Opções: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="36"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="37"/>
        <source>Imagery: {value}</source>
        <translation>Imagens: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="38"/>
        <source>Area: {area} in {parts} part(s)</source>
        <translation>Área: {area} em {parts} parte(s)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="39"/>
        <source>Cost: {value}</source>
        <translation>Custo: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="58"/>
        <source>Share “{name}”</source>
        <translation>Compartilhar “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="61"/>
        <source>colleague@example.com</source>
        <translation>colega@example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="65"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="66"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="81"/>
        <source>Start this processing?</source>
        <translation>Iniciar este processamento?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="88"/>
        <source>Project name:</source>
        <translation>Nome do projeto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="92"/>
        <source>Delete project</source>
        <translation>Eliminar projeto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="92"/>
        <source>Delete the project “{name}” and all its processings? This cannot be undone.</source>
        <translation>Eliminar o projeto “{name}” e todos os seus processamentos? Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="106"/>
        <source>Upload a GeoTIFF</source>
        <translation>Enviar um GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="106"/>
        <source>GeoTIFF (*.tif *.tiff);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="111"/>
        <source>Name of the new mosaic:</source>
        <translation>Nome do novo mosaico:</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="235"/>
        <source>Not signed in.</source>
        <translation>Sem sessão iniciada.</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="171"/>
        <source>My imagery</source>
        <translation>Minhas imagens</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="205"/>
        <source>{count} scene(s) of {provider}</source>
        <translation>{count} cena(s) de {provider}</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="209"/>
        <source>The imagery of the copy: {scenes} (as in the original). Choosing another imagery in the Imagery section replaces them.</source>
        <translation>As imagens da cópia: {scenes} (como no original). Escolher outras imagens na seção Imagens substitui-as.</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="57"/>
        <source>Sign in first.</source>
        <translation>Inicie sessão primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="81"/>
        <source>Select one processing to duplicate.</source>
        <translation>Selecione um processamento para duplicar.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>Mapflow: read “{name}” to duplicate it</source>
        <translation>Mapflow: ler “{name}” para o duplicar</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>Duplicating a processing</source>
        <translation>Duplicação de um processamento</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>“{name}” could not be duplicated: {reason}</source>
        <translation>Não foi possível duplicar “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="118"/>
        <source>AOI of {name}</source>
        <translation>Área de interesse de {name}</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="125"/>
        <source>The AOIs of the original could not be read; choose the area of interest.</source>
        <translation>Não foi possível ler as áreas de interesse do original; escolha a área de interesse.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="127"/>
        <source>{count} AOI(s) of the original had no readable geometry and were left out.</source>
        <translation>{count} área(s) de interesse do original não tinha(m) geometria legível e foi(ram) deixada(s) de fora.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="134"/>
        <source>The Start tab holds a copy of “{name}” as “{copy}”: change what you want, then start it.</source>
        <translation>A aba Iniciar contém uma cópia de “{name}” como “{copy}”: altere o que quiser e depois inicie-a.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="147"/>
        <source>The original signed in to its imagery URL as “{login}”; the server never returns the password: enter the login and password in the Imagery section.</source>
        <translation>O original iniciava sessão no seu URL de imagens como “{login}”; o servidor nunca devolve a senha: insira o login e a senha na seção Imagens.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="36"/>
        <source>The file {name} does not exist.</source>
        <translation>O arquivo {name} não existe.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="38"/>
        <source>Only GeoTIFF files (.tif, .tiff) can be uploaded; {name} is not one.</source>
        <translation>Só é possível enviar arquivos GeoTIFF (.tif, .tiff); {name} não é um deles.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="40"/>
        <source>The file {name} is empty.</source>
        <translation>O arquivo {name} está vazio.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="68"/>
        <source>Mapflow: list my imagery</source>
        <translation>Mapflow: listar as minhas imagens</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="81"/>
        <source>Listing your imagery</source>
        <translation>Listagem das suas imagens</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="81"/>
        <source>Your imagery could not be listed: {reason}</source>
        <translation>Não foi possível listar as suas imagens: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="133"/>
        <source>Mapflow: upload {name}</source>
        <translation>Mapflow: enviar {name}</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="159"/>
        <source>{name} was uploaded.</source>
        <translation>{name} foi enviado.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="167"/>
        <source>The upload of {name} was cancelled.</source>
        <translation>O envio de {name} foi cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="172"/>
        <source>Uploading a GeoTIFF</source>
        <translation>Envio de um GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="291"/>
        <source>{name} could not be uploaded: {reason}</source>
        <translation>Não foi possível enviar {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="29"/>
        <source>Model price: {total:g} credits/km² ({base:g} + {options:g} for the options)</source>
        <translation>Preço do modelo: {total:g} créditos/km² ({base:g} + {options:g} pelas opções)</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="31"/>
        <source>Model price: {total:g} credits/km²</source>
        <translation>Preço do modelo: {total:g} créditos/km²</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="57"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation>Este projeto não tem modelos; peça ao suporte do Mapflow para associar um.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="129"/>
        <source>{count} items selected.</source>
        <translation>{count} itens selecionados.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Mapflow: create mosaic {name}</source>
        <translation>Mapflow: criar o mosaico {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Mosaic “{name}” created.</source>
        <translation>Mosaico “{name}” criado.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Creating a mosaic</source>
        <translation>Criação de um mosaico</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>The mosaic could not be created: {reason}</source>
        <translation>Não foi possível criar o mosaico: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Mapflow: rename mosaic</source>
        <translation>Mapflow: renomear mosaico</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Mosaic “{name}” saved.</source>
        <translation>Mosaico “{name}” gravado.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Renaming a mosaic</source>
        <translation>Renomeação de um mosaico</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>The mosaic could not be changed: {reason}</source>
        <translation>Não foi possível alterar o mosaico: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Mapflow: rename image</source>
        <translation>Mapflow: renomear imagem</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Image renamed to “{name}”.</source>
        <translation>Imagem renomeada para “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Renaming an image</source>
        <translation>Renomeação de uma imagem</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>The image could not be renamed: {reason}</source>
        <translation>Não foi possível renomear a imagem: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="223"/>
        <source>Deleted: {names}.</source>
        <translation>Eliminados: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="226"/>
        <source>“{name}” could not be deleted: {reason}</source>
        <translation>Não foi possível eliminar “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>Mapflow: delete imagery</source>
        <translation>Mapflow: eliminar imagens</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>Deleting imagery</source>
        <translation>Eliminação de imagens</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>The imagery could not be deleted: {reason}</source>
        <translation>Não foi possível eliminar as imagens: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="93"/>
        <source>Wait for the running upload or download, or cancel it.</source>
        <translation>Aguarde o fim do envio ou do download em curso, ou cancele-o.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="242"/>
        <source>Checking</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>Mapflow: check files before the upload</source>
        <translation>Mapflow: verificar os arquivos antes do envio</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>Checking the files</source>
        <translation>Verificação dos arquivos</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>The files could not be checked: {reason}</source>
        <translation>Não foi possível verificar os arquivos: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="259"/>
        <source>Nothing was uploaded: {reasons}</source>
        <translation>Nada foi enviado: {reasons}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="276"/>
        <source>Uploading</source>
        <translation>Envio</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>Mapflow: upload {count} file(s)</source>
        <translation>Mapflow: enviar {count} arquivo(s)</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>Uploading imagery</source>
        <translation>Envio de imagens</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>The upload failed: {reason}</source>
        <translation>O envio falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="288"/>
        <source>Uploaded: {names}.</source>
        <translation>Enviados: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="294"/>
        <source>The upload was cancelled; {count} file(s) had been uploaded.</source>
        <translation>O envio foi cancelado; {count} arquivo(s) já tinha(m) sido enviado(s).</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="71"/>
        <source>Preview of {name}</source>
        <translation>Pré-visualização de {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="72"/>
        <source>Large preview of {name}</source>
        <translation>Pré-visualização ampliada de {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="77"/>
        <source>The preview of {name} could not be shown.</source>
        <translation>Não foi possível mostrar a pré-visualização de {name}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>Mapflow: preview {name}</source>
        <translation>Mapflow: pré-visualizar {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>Previewing an image</source>
        <translation>Pré-visualização de uma imagem</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>The preview of {name} could not be shown: {reason}</source>
        <translation>Não foi possível mostrar a pré-visualização de {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="106"/>
        <source>{name} was saved to {path}.</source>
        <translation>{name} foi gravado em {path}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="111"/>
        <source>Downloading an image</source>
        <translation>Download de uma imagem</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="111"/>
        <source>{name} could not be downloaded: {reason}</source>
        <translation>Não foi possível fazer o download de {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="117"/>
        <source>The download of {name} was cancelled; nothing was saved.</source>
        <translation>O download de {name} foi cancelado; nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="120"/>
        <source>Mapflow: download {name}</source>
        <translation>Mapflow: download de {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="122"/>
        <source>Downloading</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="128"/>
        <source>{count} items</source>
        <translation>{count} itens</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="129"/>
        <source>Extent of {name}</source>
        <translation>Extensão de {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="131"/>
        <source>The footprint could not be read.</source>
        <translation>Não foi possível ler o contorno.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="135"/>
        <source>The area of interest is now the extent of {name}.</source>
        <translation>A área de interesse é agora a extensão de {name}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="144"/>
        <source>The imagery of the processing is now {name}.</source>
        <translation>As imagens do processamento são agora {name}.</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="72"/>
        <source>The OAuth2 configuration could not be created: {reason}</source>
        <translation>Não foi possível criar a configuração OAuth2: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="96"/>
        <source>QGIS now asks for its master password (or asks you to set one, the first time): it encrypts the OAuth2 configuration and your sign-in in the QGIS authentication database. The plugin never sees that password.</source>
        <translation>O QGIS pede agora a sua senha mestra (ou pede para definir uma, na primeira vez): ela cifra a configuração OAuth2 e o seu login na base de dados de autenticação do QGIS. O plugin nunca vê essa senha.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="55"/>
        <source>This data provider offers no preview.</source>
        <translation>Este fornecedor de dados não oferece pré-visualização.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="100"/>
        <source>Preview: {name}</source>
        <translation>Pré-visualização: {name}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="70"/>
        <source>Preview works for XYZ, TMS and Quadkey URLs; add a WMS service with Layer › Add Layer › Add WMS/WMTS Layer.</source>
        <translation>A pré-visualização funciona para URLs XYZ, TMS e Quadkey; adicione um serviço WMS com Camada › Adicionar camada › Adicionar camada WMS/WMTS.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="75"/>
        <source>Preview: {url}</source>
        <translation>Pré-visualização: {url}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="81"/>
        <source>Choose a mosaic of your imagery first.</source>
        <translation>Escolha primeiro um mosaico das suas imagens.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>Mapflow: imagery preview</source>
        <translation>Mapflow: pré-visualização das imagens</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>Previewing the imagery</source>
        <translation>Pré-visualização das imagens</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>The preview failed: {reason}</source>
        <translation>A pré-visualização falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="97"/>
        <source>“{name}” has no imagery tiles yet (an empty mosaic, or still being prepared).</source>
        <translation>“{name}” ainda não tem tiles de imagem (um mosaico vazio, ou ainda em preparação).</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="105"/>
        <source>QGIS could not open the preview “{name}”.</source>
        <translation>O QGIS não conseguiu abrir a pré-visualização “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="110"/>
        <source>Added the layer “{name}”.</source>
        <translation>Camada “{name}” adicionada.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="169"/>
        <source>{context}: {reason}</source>
        <translation>{context}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="195"/>
        <source>{name} AOIs</source>
        <translation>Áreas de interesse de {name}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="198"/>
        <source>{count} AOI(s) of &apos;{name}&apos; had no readable geometry and were left out.</source>
        <translation>{count} área(s) de interesse de '{name}' não tinha(m) geometria legível e foi(ram) deixada(s) de fora.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="201"/>
        <source>Load AOIs of {name}</source>
        <translation>Carregar as áreas de interesse de {name}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="201"/>
        <source>Could not load the AOIs of &apos;{name}&apos;</source>
        <translation>Não foi possível carregar as áreas de interesse de '{name}'</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="212"/>
        <source>Renamed &apos;{old}&apos; to &apos;{new}&apos;.</source>
        <translation>'{old}' renomeado para '{new}'.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="215"/>
        <source>Could not rename &apos;{name}&apos;</source>
        <translation>Não foi possível renomear '{name}'</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="225"/>
        <source>Restart processings</source>
        <translation>Reiniciar processamentos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="225"/>
        <source>Could not restart the processings</source>
        <translation>Não foi possível reiniciar os processamentos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="233"/>
        <source>Restarted: {names}.</source>
        <translation>Reiniciados: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="233"/>
        <source>Could not restart &apos;{name}&apos;: {reason}</source>
        <translation>Não foi possível reiniciar '{name}': {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Deleted {count} processing(s).</source>
        <translation>{count} processamento(s) eliminado(s).</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Could not delete &apos;{name}&apos;: {reason}</source>
        <translation>Não foi possível eliminar '{name}': {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Could not delete the processings</source>
        <translation>Não foi possível eliminar os processamentos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="255"/>
        <source> (default)</source>
        <translation> (padrão)</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="258"/>
        <source>There is no other project you can move processings to.</source>
        <translation>Não há outro projeto para o qual possa mover processamentos.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="264"/>
        <source>List projects</source>
        <translation>Listar projetos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="264"/>
        <source>Could not list your projects</source>
        <translation>Não foi possível listar os seus projetos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Moved {count} processing(s).</source>
        <translation>{count} processamento(s) movido(s).</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Could not move &apos;{name}&apos;: {reason}</source>
        <translation>Não foi possível mover '{name}': {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Could not move the processings</source>
        <translation>Não foi possível mover os processamentos</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="284"/>
        <source>Thank you: &apos;{name}&apos; rated {rating} of 5.</source>
        <translation>Obrigado: '{name}' avaliado com {rating} de 5.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="288"/>
        <source>Rate processing</source>
        <translation>Avaliar processamento</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="288"/>
        <source>Could not rate &apos;{name}&apos;</source>
        <translation>Não foi possível avaliar '{name}'</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="108"/>
        <source>Refreshing…</source>
        <translation>Atualização em curso…</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="140"/>
        <source>Sign in to see your processings.</source>
        <translation>Inicie sessão para ver os seus processamentos.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="148"/>
        <source>Choose a project to see its processings.</source>
        <translation>Escolha um projeto para ver os seus processamentos.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="157"/>
        <source>Loading…</source>
        <translation>Carregamento em curso…</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="219"/>
        <source>Refresh Mapflow processings</source>
        <translation>Atualizar os processamentos Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="251"/>
        <source>Updated at {time}; following the unfinished processings.</source>
        <translation>Atualizado às {time}; os processamentos não concluídos continuam a ser acompanhados.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="253"/>
        <source>Updated at {time}; every processing on this page is finished.</source>
        <translation>Atualizado às {time}; todos os processamentos desta página estão concluídos.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="266"/>
        <source>Could not refresh ({reason}); retrying in {seconds} s</source>
        <translation>Não foi possível atualizar ({reason}); nova tentativa em {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="273"/>
        <source>Refreshing the processings</source>
        <translation>Atualização dos processamentos</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="288"/>
        <source>{finished} processing(s) finished and {failed} failed; see the list for details.</source>
        <translation>{finished} processamento(s) concluído(s) e {failed} com falha; veja a lista para mais detalhes.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="295"/>
        <source>Load results</source>
        <translation>Carregar resultados</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="316"/>
        <source>{count} processings selected.</source>
        <translation>{count} processamentos selecionados.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="77"/>
        <source>Mapflow: list projects</source>
        <translation>Mapflow: listar projetos</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="77"/>
        <source>Listing the projects</source>
        <translation>Listagem dos projetos</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="116"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="120"/>
        <source>Mapflow: create project</source>
        <translation>Mapflow: criar projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="120"/>
        <source>Creating the project</source>
        <translation>Criação do projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="124"/>
        <source>Project “{name}” created.</source>
        <translation>Projeto “{name}” criado.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="132"/>
        <source>Rename project</source>
        <translation>Renomear projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Mapflow: rename project</source>
        <translation>Mapflow: renomear projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Project renamed to “{name}”.</source>
        <translation>Projeto renomeado para “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Renaming the project</source>
        <translation>Renomeação do projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="148"/>
        <source>Mapflow: delete project</source>
        <translation>Mapflow: eliminar projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="148"/>
        <source>Deleting the project</source>
        <translation>Eliminação do projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="155"/>
        <source>Project “{name}” deleted.</source>
        <translation>Projeto “{name}” eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="167"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” não é um endereço de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Mapflow: share project</source>
        <translation>Mapflow: compartilhar projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Project “{name}” shared with {email} as {role}.</source>
        <translation>Projeto “{name}” compartilhado com {email} como {role}.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Sharing the project</source>
        <translation>Compartilhamento do projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="194"/>
        <source>{context} failed: {reason}</source>
        <translation>{context} falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="129"/>
        <source>Loading results</source>
        <translation>Carregamento dos resultados</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="129"/>
        <source>The results folder {folder} cannot be used: {reason}</source>
        <translation>A pasta de resultados {folder} não pode ser usada: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="142"/>
        <source>The results of “{name}” are being loaded already; their progress is in the task manager.</source>
        <translation>O carregamento dos resultados de “{name}” já está em curso; o progresso está no gerenciador de tarefas.</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="179"/>
        <source>Loading cancelled: the results of “{name}” were not added.</source>
        <translation>Carregamento cancelado: os resultados de “{name}” não foram adicionados.</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="201"/>
        <source>The results of “{name}” could not be loaded: {reason}</source>
        <translation>Não foi possível carregar os resultados de “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="232"/>
        <source>The results of “{name}” were added to the map. Saved as {file} in {folder}.</source>
        <translation>Os resultados de “{name}” foram adicionados ao mapa. Gravados como {file} em {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="234"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="237"/>
        <source>The results of “{name}” were added to the map.</source>
        <translation>Os resultados de “{name}” foram adicionados ao mapa.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="72"/>
        <source>Sent back: “{comment}” ({count} marked object(s)).</source>
        <translation>Devolvido: “{comment}” ({count} objeto(s) marcado(s)).</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>Accepting results</source>
        <translation>Aceitação dos resultados</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>The results could not be accepted: {reason}</source>
        <translation>Não foi possível aceitar os resultados: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="116"/>
        <source>Accepted: {names}.</source>
        <translation>Aceitos: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="118"/>
        <source>“{name}” could not be accepted: {reason}</source>
        <translation>Não foi possível aceitar “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="128"/>
        <source>Corrections of {name}</source>
        <translation>Correções de {name}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="132"/>
        <source>The corrections layer could not be made: {reason}</source>
        <translation>Não foi possível criar a camada de correções: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="142"/>
        <source>Draw the wrong or missing objects of “{name}” on the layer “{layer}”, with a remark for each; then press “Send back for review”.</source>
        <translation>Desenhe os objetos errados ou em falta de “{name}” na camada “{layer}”, com uma observação para cada um; depois clique em “Devolver para revisão”.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="171"/>
        <source>“{name}” was sent back for review with {count} marked object(s); Mapflow support reworks it and it comes back to you for review.</source>
        <translation>“{name}” foi devolvido para revisão com {count} objeto(s) marcado(s); o suporte do Mapflow refaz o trabalho e o resultado volta para a sua revisão.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>Send “{name}” back for review</source>
        <translation>Devolver “{name}” para revisão</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>Sending a result back for review</source>
        <translation>Devolução de um resultado para revisão</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>“{name}” could not be sent back for review: {reason}</source>
        <translation>Não foi possível devolver “{name}” para revisão: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="49"/>
        <source>Choose scenes in the Search tab first.</source>
        <translation>Escolha primeiro cenas na aba Pesquisa.</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="57"/>
        <source>Showing the previews of the first {count} selected scenes.</source>
        <translation>São mostradas as pré-visualizações das primeiras {count} cenas selecionadas.</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="76"/>
        <source>No preview is offered for {ids}.</source>
        <translation>Nenhuma pré-visualização disponível para {ids}.</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="104"/>
        <source>Mapflow: preview of {id}</source>
        <translation>Mapflow: pré-visualização de {id}</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="121"/>
        <source>Previewing a scene</source>
        <translation>Pré-visualização de uma cena</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="121"/>
        <source>The preview of {id} failed: {reason}</source>
        <translation>A pré-visualização de {id} falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="65"/>
        <source>Imagery for the processing: {scenes}.</source>
        <translation>Imagens para o processamento: {scenes}.</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="86"/>
        <source>Search the imagery (Search tab) and choose one or more scenes.</source>
        <translation>Pesquise as imagens (aba Pesquisa) e escolha uma ou mais cenas.</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="96"/>
        <source>{scenes}, found by the planned search “{name}”</source>
        <translation>{scenes}, encontradas pela pesquisa programada “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="114"/>
        <source>No scenes chosen yet: find them in the Search tab and press “Use for processing”.</source>
        <translation>Ainda nenhuma cena escolhida: encontre-as na aba Pesquisa e clique em “Usar para processamento”.</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="127"/>
        <source>Scenes: {scenes}</source>
        <translation>Cenas: {scenes}</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="135"/>
        <source>Imagery: {price:g} credits/km² at zoom {zoom}</source>
        <translation>Imagens: {price:g} créditos/km² no zoom {zoom}</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="137"/>
        <source>; at least {area:g} km² per processing</source>
        <translation>; pelo menos {area:g} km² por processamento</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="129"/>
        <source>Choose an area of interest in the Start tab: the search looks for scenes over it.</source>
        <translation>Escolha uma área de interesse na aba Iniciar: a pesquisa procura cenas sobre ela.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="132"/>
        <source>Area of interest: {name}, {area}</source>
        <translation>Área de interesse: {name}, {area}</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="132"/>
        <source>unnamed</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="109"/>
        <source>Choose an area of interest in the Start tab first.</source>
        <translation>Escolha primeiro uma área de interesse na aba Iniciar.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="187"/>
        <source>Searching…</source>
        <translation>Pesquisa em curso…</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="188"/>
        <source>Mapflow: imagery search</source>
        <translation>Mapflow: pesquisa de imagens</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="222"/>
        <source>The search was cancelled.</source>
        <translation>A pesquisa foi cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="240"/>
        <source>Searching the imagery</source>
        <translation>Pesquisa de imagens</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="310"/>
        <source>{count} scenes found.</source>
        <translation>{count} cenas encontradas.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="309"/>
        <source>{hidden} on this page do not match the filters.</source>
        <translation>{hidden} nesta página não corresponde(m) aos filtros.</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="51"/>
        <source>Select scenes in the table or on the map.</source>
        <translation>Selecione cenas na tabela ou no mapa.</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="54"/>
        <source>{count} selected.</source>
        <translation>{count} selecionada(s).</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="371"/>
        <source>A planned search cannot cover it either: its area is over your planned-search limit. Search a smaller area.</source>
        <translation>Uma pesquisa programada também não a pode cobrir: a sua área excede o seu limite de pesquisa programada. Pesquise uma área menor.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="376"/>
        <source>A planned search can cover this area: it searches the archive and keeps looking for new scenes.</source>
        <translation>Uma pesquisa programada pode cobrir esta área: ela pesquisa o arquivo de imagens e continua a procurar novas cenas.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="402"/>
        <source>Planned searches come in the Processings tab.</source>
        <translation>As pesquisas programadas aparecem na aba Processamentos.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="394"/>
        <source>Choose an area of interest in the Start tab first: a planned search watches it for new scenes.</source>
        <translation>Escolha primeiro uma área de interesse na aba Iniciar: uma pesquisa programada acompanha-a à procura de novas cenas.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="88"/>
        <source>Mapflow: look for a local sandbox</source>
        <translation>Mapflow: procurar um sandbox local</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="103"/>
        <source>Paste your Mapflow API token first.</source>
        <translation>Cole primeiro o seu token de API do Mapflow.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="142"/>
        <source>QGIS now asks for its master password (or asks you to set one, the first time): it encrypts your Mapflow token in the QGIS authentication database. The plugin never sees that password.</source>
        <translation>O QGIS pede agora a sua senha mestra (ou pede para definir uma, na primeira vez): ela cifra o seu token do Mapflow na base de dados de autenticação do QGIS. O plugin nunca vê essa senha.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="155"/>
        <source>Signing in to {host}…</source>
        <translation>Início de sessão em {host}…</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="158"/>
        <source>Mapflow: sign in</source>
        <translation>Mapflow: iniciar sessão</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="180"/>
        <source>Signed in, but the token could not be kept for next time: {reason}</source>
        <translation>Sessão iniciada, mas não foi possível guardar o token para a próxima vez: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="190"/>
        <source>Signed in to {host}.</source>
        <translation>Sessão iniciada em {host}.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="212"/>
        <source>Not signed in: {reason}</source>
        <translation>Sem sessão iniciada: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="236"/>
        <source>Signed out.</source>
        <translation>Sessão encerrada.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="250"/>
        <source>Mapflow: account status</source>
        <translation>Mapflow: estado da conta</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="265"/>
        <source>The account status could not be refreshed: {reason}</source>
        <translation>Não foi possível atualizar o estado da conta: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="265"/>
        <source>Refreshing the account</source>
        <translation>Atualização da conta</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="141"/>
        <source>Imagery: no data charge for your own imagery.</source>
        <translation>Imagens: sem custo de dados para as suas próprias imagens.</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="154"/>
        <source>The imagery login could not be stored: {reason}</source>
        <translation>Não foi possível guardar o login das imagens: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="59"/>
        <source>Starting…</source>
        <translation>Início do processamento em curso…</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="74"/>
        <source>Processing name</source>
        <translation>Nome do processamento</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="96"/>
        <source>Mapflow: start “{name}”</source>
        <translation>Mapflow: iniciar “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="110"/>
        <source>Processing “{name}” started.</source>
        <translation>Processamento “{name}” iniciado.</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="117"/>
        <source>The processing could not be started: {reason}</source>
        <translation>Não foi possível iniciar o processamento: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="73"/>
        <source>Sign in to see your processing history.</source>
        <translation>Inicie sessão para ver o seu histórico de processamentos.</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="83"/>
        <source>Loading the history…</source>
        <translation>Carregamento do histórico…</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="91"/>
        <source>No processings match these filters.</source>
        <translation>Nenhum processamento corresponde a estes filtros.</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="97"/>
        <source>Could not load the statistics: {reason}</source>
        <translation>Não foi possível carregar as estatísticas: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="97"/>
        <source>Loading the statistics</source>
        <translation>Carregamento das estatísticas</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="100"/>
        <source>Mapflow statistics</source>
        <translation>Estatísticas do Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="114"/>
        <source>Sign in to export your processing history.</source>
        <translation>Inicie sessão para exportar o seu histórico de processamentos.</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="126"/>
        <source>Statistics saved to {path} ({size} bytes).</source>
        <translation>Estatísticas gravadas em {path} ({size} bytes).</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="130"/>
        <source>Could not export the statistics to {path}: {reason}</source>
        <translation>Não foi possível exportar as estatísticas para {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="132"/>
        <source>Exporting the statistics</source>
        <translation>Exportação das estatísticas</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="135"/>
        <source>Export Mapflow statistics</source>
        <translation>Exportar estatísticas do Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="55"/>
        <source>Pausing the planned search</source>
        <translation>Pausa da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="55"/>
        <source>Planned search “{name}” paused.</source>
        <translation>Pesquisa programada “{name}” pausada.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="59"/>
        <source>Resuming the planned search</source>
        <translation>Retomada da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="59"/>
        <source>Planned search “{name}” resumed: it also looks at what was published while it was paused.</source>
        <translation>Pesquisa programada “{name}” retomada: também analisa o que foi publicado enquanto estava pausada.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="65"/>
        <source>Restarting the planned search</source>
        <translation>Reinício da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="65"/>
        <source>Planned search “{name}” restarted.</source>
        <translation>Pesquisa programada “{name}” reiniciada.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="70"/>
        <source>Rename planned search</source>
        <translation>Renomear pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="77"/>
        <source>Renaming the planned search</source>
        <translation>Renomeação da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="77"/>
        <source>Planned search renamed to “{name}”.</source>
        <translation>Pesquisa programada renomeada para “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="91"/>
        <source>Changing the end date of the planned search</source>
        <translation>Alteração da data de fim da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="91"/>
        <source>Planned search “{name}” now looks for new scenes until {day}.</source>
        <translation>A pesquisa programada “{name}” procura agora novas cenas até {day}.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="97"/>
        <source>Delete the planned search “{name}”? It stops looking for scenes and its areas and found scenes are gone; the processings started from it stay in the project.</source>
        <translation>Eliminar a pesquisa programada “{name}”? Ela deixa de procurar cenas e as suas áreas e cenas encontradas desaparecem; os processamentos iniciados a partir dela ficam no projeto.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="99"/>
        <source>Delete planned search</source>
        <translation>Eliminar pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="103"/>
        <source>Planned search “{name}” deleted.</source>
        <translation>Pesquisa programada “{name}” eliminada.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="107"/>
        <source>Deleting the planned search</source>
        <translation>Eliminação da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="133"/>
        <source>{context} “{name}” failed: {{reason}}</source>
        <translation>{context} “{name}” falhou: {{reason}}</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="137"/>
        <source>Mapflow: {context}</source>
        <translation>Mapflow: {context}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="64"/>
        <source>Planned search areas: {name}</source>
        <translation>Áreas da pesquisa programada: {name}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="94"/>
        <source>Wait until the change of the areas is saved ({what}).</source>
        <translation>Aguarde até que a alteração das áreas seja gravada ({what}).</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="286"/>
        <source>Area {number}</source>
        <translation>Área {number}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="122"/>
        <source>New area</source>
        <translation>Nova área</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="122"/>
        <source>Name of the area:</source>
        <translation>Nome da área:</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="135"/>
        <source>adding “{name}”</source>
        <translation>adição de “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="139"/>
        <source>Area added; the planned search searches it now.</source>
        <translation>Área adicionada; a pesquisa programada já a pesquisa.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="149"/>
        <source>Rename area</source>
        <translation>Renomear área</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="157"/>
        <source>renaming “{name}”</source>
        <translation>renomeação de “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="168"/>
        <source>Area “{name}” saved.</source>
        <translation>Área “{name}” gravada.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="187"/>
        <source>redrawing “{name}”</source>
        <translation>novo desenho de “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="193"/>
        <source>Area “{name}” redrawn; the planned search searches it again.</source>
        <translation>Área “{name}” redesenhada; a pesquisa programada pesquisa-a novamente.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="204"/>
        <source>A planned search keeps at least one area; delete the planned search instead.</source>
        <translation>Uma pesquisa programada mantém pelo menos uma área; elimine antes a pesquisa programada.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="207"/>
        <source>Delete {count} area(s) of the planned search? Their found scenes go with them.</source>
        <translation>Eliminar {count} área(s) da pesquisa programada? As cenas encontradas nela(s) vão junto.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="209"/>
        <source>Delete areas</source>
        <translation>Eliminar áreas</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="212"/>
        <source>deleting {count} area(s)</source>
        <translation>eliminação de {count} área(s)</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="222"/>
        <source>{count} area(s) deleted.</source>
        <translation>{count} área(s) eliminada(s).</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="227"/>
        <source>The drawn area is empty or not a valid polygon: draw a polygon with an area.</source>
        <translation>A área desenhada está vazia ou não é um polígono válido: desenhe um polígono com área.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="237"/>
        <source>Saving: {what}…</source>
        <translation>Gravação: {what}…</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="252"/>
        <source>The area or its planned search no longer exists; reading the planned search again.</source>
        <translation>A área ou a sua pesquisa programada já não existe; a pesquisa programada é lida novamente.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="256"/>
        <source>Changing the areas</source>
        <translation>Alteração das áreas</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="256"/>
        <source>The areas were not changed ({what}): {{reason}}</source>
        <translation>As áreas não foram alteradas ({what}): {{reason}}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="262"/>
        <source>Mapflow: planned search areas ({what})</source>
        <translation>Mapflow: áreas da pesquisa programada ({what})</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="281"/>
        <source>Click on the map to draw the area; right-click or double-click to finish, Esc to cancel.</source>
        <translation>Clique no mapa para desenhar a área; clique com o botão direito ou duplo clique para terminar, Esc para cancelar.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="311"/>
        <source>Measuring the drawn area…</source>
        <translation>Medição da área desenhada…</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="312"/>
        <source>Mapflow: measure the drawn area</source>
        <translation>Mapflow: medir a área desenhada</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="319"/>
        <source>Drawn: {area}.</source>
        <translation>Desenhada: {area}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="89"/>
        <source>Planned search footprints</source>
        <translation>Contornos da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="160"/>
        <source>Reading the planned search…</source>
        <translation>Leitura da pesquisa programada…</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="210"/>
        <source>Mapflow: read the planned search “{name}”</source>
        <translation>Mapflow: ler a pesquisa programada “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="231"/>
        <source>Reading the planned search</source>
        <translation>Leitura da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="244"/>
        <source>Until {date}; last looked {checked}.</source>
        <translation>Até {date}; última verificação {checked}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="248"/>
        <source>{count} area(s), {area}; {found} scenes found, {new} new.</source>
        <translation>{count} área(s), {area}; {found} cenas encontradas, {new} novas.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="254"/>
        <source>Filters: {filters}.</source>
        <translation>Filtros: {filters}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="254"/>
        <source>No filters: any scene over the areas.</source>
        <translation>Sem filtros: qualquer cena sobre as áreas.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="258"/>
        <source>Its processings use {choices}.</source>
        <translation>Os seus processamentos usam {choices}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="306"/>
        <source>{count} scenes found; {new} new on this page.</source>
        <translation>{count} cenas encontradas; {new} novas nesta página.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="360"/>
        <source>Reading the scenes…</source>
        <translation>Leitura das cenas…</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="361"/>
        <source>Mapflow: scenes of the planned search</source>
        <translation>Mapflow: cenas da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="371"/>
        <source>Reading the scenes of the planned search</source>
        <translation>Leitura das cenas da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="386"/>
        <source>{count} scene(s) marked as seen.</source>
        <translation>{count} cena(s) marcada(s) como vista(s).</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="394"/>
        <source>Every scene of “{name}” is marked as seen.</source>
        <translation>Todas as cenas de “{name}” estão marcadas como vistas.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="409"/>
        <source>Marking scenes as seen</source>
        <translation>Marcação de cenas como vistas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="411"/>
        <source>Mapflow: mark scenes as seen</source>
        <translation>Mapflow: marcar cenas como vistas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="430"/>
        <source>Mapflow: the areas of “{name}”</source>
        <translation>Mapflow: as áreas de “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="456"/>
        <source>Mapflow: processings of the planned search</source>
        <translation>Mapflow: processamentos da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="149"/>
        <source>Refresh Mapflow planned searches</source>
        <translation>Atualizar as pesquisas programadas do Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="174"/>
        <source>Could not refresh the planned searches ({reason}); retrying in {seconds} s</source>
        <translation>Não foi possível atualizar as pesquisas programadas ({reason}); nova tentativa em {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="206"/>
        <source>{count} planned searches found new scenes; see the Processings tab.</source>
        <translation>{count} pesquisas programadas encontraram novas cenas; veja a aba Processamentos.</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="250"/>
        <source>The planned search “{name}” no longer exists (it was deleted, perhaps by a colleague).</source>
        <translation>A pesquisa programada “{name}” já não existe (foi eliminada, talvez por um colega).</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="264"/>
        <source>Choose a project first: planned searches belong to a project.</source>
        <translation>Escolha primeiro um projeto: as pesquisas programadas pertencem a um projeto.</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="273"/>
        <source>Planned search</source>
        <translation>Pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>Mapflow: create the planned search “{name}”</source>
        <translation>Mapflow: criar a pesquisa programada “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>Creating the planned search</source>
        <translation>Criação da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>The planned search could not be created: {reason}</source>
        <translation>Não foi possível criar a pesquisa programada: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="327"/>
        <source>Planned search “{name}” created: it searches the archive now, then keeps looking for new scenes.</source>
        <translation>Pesquisa programada “{name}” criada: pesquisa agora o arquivo de imagens e depois continua a procurar novas cenas.</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="331"/>
        <source>Planned search “{name}” created, but it does not search: the limit of active planned searches is reached. Pause another one, then resume this one.</source>
        <translation>Pesquisa programada “{name}” criada, mas não pesquisa: o limite de pesquisas programadas ativas foi atingido. Pause outra e depois retome esta.</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>Mapflow: check the server version</source>
        <translation>Mapflow: verificar a versão do servidor</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>The server version could not be checked: {reason}</source>
        <translation>Não foi possível verificar a versão do servidor: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>Checking the server version</source>
        <translation>Verificação da versão do servidor</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="45"/>
        <source>Server API version {server} (this plugin knows {known}).</source>
        <translation>Versão da API do servidor {server} (este plugin conhece {known}).</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="334"/>
        <source>Failed:</source>
        <translation>Falha:</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="339"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="397"/>
        <source>{state}, until {time}</source>
        <translation>{state}, até {time}</translation>
    </message>
</context>
<context>
    <name>AoiRules</name>
    <message>
        <location filename="../core/aoi_rules.py" line="108"/>
        <source>The area of interest has no polygon{detail}.</source>
        <translation>A área de interesse não tem nenhum polígono{detail}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="109"/>
        <source>The layer holds {detail} geometries; an area of interest needs a polygon layer.</source>
        <translation>Tipo de geometria da camada: {detail}; uma área de interesse requer uma camada de polígonos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="111"/>
        <source>No features are selected{detail}; select at least one polygon or use all features.</source>
        <translation>Nenhuma feição está selecionada{detail}; selecione pelo menos um polígono ou use todas as feições.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="113"/>
        <source>The layer{detail} has no coordinate reference system; set its CRS in the layer properties and try again.</source>
        <translation>A camada{detail} não tem sistema de referência de coordenadas; defina o SRC nas propriedades da camada e tente novamente.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="116"/>
        <source>The AOI source cannot be read{detail}.</source>
        <translation>Não é possível ler a fonte da área de interesse{detail}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="117"/>
        <source>The AOI cannot be converted to longitude/latitude (EPSG:4326){detail}.</source>
        <translation>Não é possível converter a área de interesse para longitude/latitude (EPSG:4326){detail}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="119"/>
        <source>The AOI coordinates fall outside the globe once read as longitude/latitude{detail}; the layer&apos;s coordinate reference system is probably wrong.</source>
        <translation>As coordenadas da área de interesse ficam fora do globo quando lidas como longitude/latitude{detail}; o sistema de referência de coordenadas da camada provavelmente está errado.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="123"/>
        <source>The AOI encloses the {detail} Pole, which a longitude/latitude polygon cannot describe; draw an area that stays off the pole.</source>
        <translation>A área de interesse envolve o Polo {detail}, que um polígono em longitude/latitude não consegue descrever; desenhe uma área que não inclua o polo.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="127"/>
        <source>The AOI has a self-intersecting polygon of {detail} vertices, too complex to repair here, even when simplified by up to 0.1 % of its size. Repair or simplify it (Vector › Geometry Tools › Fix Geometries or Simplify) and choose the result.</source>
        <translation>A área de interesse tem um polígono com autointerseções de {detail} vértices, complexo demais para ser corrigido aqui, mesmo quando simplificado até 0,1 % do seu tamanho. Corrija-o ou simplifique-o (Vetor › Ferramentas de geometria › Corrigir geometrias ou Simplificar) e escolha o resultado.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="132"/>
        <source>The AOI has more than {limit} vertices; reading stopped there. Choose fewer or simpler polygons (Vector › Geometry Tools › Simplify).</source>
        <translation>A área de interesse tem mais de {limit} vértices; a leitura parou aí. Escolha menos polígonos ou polígonos mais simples (Vetor › Ferramentas de geometria › Simplificar).</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="140"/>
        <source>point</source>
        <translation>ponto</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="141"/>
        <source>line</source>
        <translation>linha</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="142"/>
        <source>no</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="143"/>
        <source>North</source>
        <translation>Norte</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="144"/>
        <source>South</source>
        <translation>Sul</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="148"/>
        <source>1 invalid geometry was repaired (self-intersections, duplicate rings).</source>
        <translation>1 geometria inválida foi corrigida (autointerseções, anéis duplicados).</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="148"/>
        <source>{count} invalid geometries were repaired (self-intersections, duplicate rings).</source>
        <translation>{count} geometrias inválidas foram corrigidas (autointerseções, anéis duplicados).</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="152"/>
        <source>Z values were dropped from 1 geometry.</source>
        <translation>Os valores Z foram removidos de 1 geometria.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="152"/>
        <source>Z values were dropped from {count} geometries.</source>
        <translation>Os valores Z foram removidos de {count} geometrias.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="155"/>
        <source>M values were dropped from 1 geometry.</source>
        <translation>Os valores M foram removidos de 1 geometria.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="155"/>
        <source>M values were dropped from {count} geometries.</source>
        <translation>Os valores M foram removidos de {count} geometrias.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="158"/>
        <source>1 point or line part was left out; only polygons are processed.</source>
        <translation>1 parte de ponto ou linha foi deixada de fora; apenas polígonos são processados.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="158"/>
        <source>{count} point or line parts were left out; only polygons are processed.</source>
        <translation>{count} partes de ponto ou linha foram deixadas de fora; apenas polígonos são processados.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="161"/>
        <source>1 curved geometry was converted to straight segments.</source>
        <translation>1 geometria curva foi convertida em segmentos retos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="161"/>
        <source>{count} curved geometries were converted to straight segments.</source>
        <translation>{count} geometrias curvas foram convertidas em segmentos retos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="164"/>
        <source>1 shape crossing the 180° meridian was split in two at the meridian.</source>
        <translation>1 forma que atravessa o meridiano de 180° foi dividida em duas no meridiano.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="164"/>
        <source>{count} shapes crossing the 180° meridian were split at the meridian.</source>
        <translation>{count} formas que atravessam o meridiano de 180° foram divididas no meridiano.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="167"/>
        <source>Overlapping or touching shapes were merged: 1 part fewer.</source>
        <translation>Formas sobrepostas ou adjacentes foram fundidas: 1 parte a menos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="167"/>
        <source>Overlapping or touching shapes were merged: {count} parts fewer.</source>
        <translation>Formas sobrepostas ou adjacentes foram fundidas: {count} partes a menos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="170"/>
        <source>1 feature without geometry was skipped.</source>
        <translation>1 feição sem geometria foi ignorada.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="170"/>
        <source>{count} features without geometry were skipped.</source>
        <translation>{count} feições sem geometria foram ignoradas.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="173"/>
        <source>The AOI lies far outside the area {detail} is meant for; check that the layer&apos;s CRS is right.</source>
        <translation>A área de interesse fica muito fora da área a que {detail} se destina; verifique se o SRC da camada está correto.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="177"/>
        <source>A self-intersecting polygon of {before} vertices was simplified to {after} vertices (details under {metres} m) so that it could be repaired quickly.</source>
        <translation>Um polígono com autointerseções de {before} vértices foi simplificado para {after} vértices (detalhes abaixo de {metres} m) para poder ser corrigido rapidamente.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="177"/>
        <source>{count} self-intersecting polygons of {before} vertices in all were simplified to {after} vertices (details under {metres} m) so that they could be repaired quickly.</source>
        <translation>{count} polígonos com autointerseções, com {before} vértices no total, foram simplificados para {after} vértices (detalhes abaixo de {metres} m) para poderem ser corrigidos rapidamente.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="189"/>
        <source>non-polygon</source>
        <translation>não poligonal</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="242"/>
        <source>The AOI has {count} separate polygons; a processing accepts at most {limit}. Merge or select fewer polygons.</source>
        <translation>A área de interesse tem {count} polígonos separados; um processamento aceita no máximo {limit}. Funda os polígonos ou selecione menos.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="258"/>
        <source>The AOI is {area}; your limit per processing is {limit}.</source>
        <translation>A área de interesse tem {area}; o seu limite por processamento é {limit}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="268"/>
        <source>The bounding box of AOI part {part} is {area}, over your limit per processing of {limit}{others}; the server measures each part&apos;s longitude/latitude box.</source>
        <translation>O retângulo envolvente da parte {part} da área de interesse tem {area}, acima do seu limite por processamento de {limit}{others}; o servidor mede o retângulo em longitude/latitude de cada parte.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="284"/>
        <source> (and 1 more part)</source>
        <translation> (e mais 1 parte)</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="285"/>
        <source> (and {n} more parts)</source>
        <translation> (e mais {n} partes)</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="294"/>
        <source>The AOI is {area}; {provider} needs at least {minimum} per processing.</source>
        <translation>A área de interesse tem {area}; {provider} exige pelo menos {minimum} por processamento.</translation>
    </message>
</context>
<context>
    <name>AoiWidget</name>
    <message>
        <location filename="../ui/forms/aoi.ui" line="5"/>
        <source>Area of interest</source>
        <translation>Área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="7"/>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="10"/>
        <source>Polygon layer (all features)</source>
        <translation>Camada (todas as feições)</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="11"/>
        <source>Polygon layer (selected features)</source>
        <translation>Camada (feições selecionadas)</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="12"/>
        <source>Polygon drawn on the map</source>
        <translation>Polígono desenhado no mapa</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="13"/>
        <source>Current map extent</source>
        <translation>Extensão atual do mapa</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="14"/>
        <source>Vector file</source>
        <translation>Arquivo vetorial</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="15"/>
        <source>Extent of a layer</source>
        <translation>Extensão de uma camada</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="18"/>
        <source>The polygon layer of the area of interest</source>
        <translation>A camada de polígonos da área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="19"/>
        <source>Draw</source>
        <translation>Desenhar</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="19"/>
        <source>Click to add vertices, right-click or double-click to finish, Esc to cancel</source>
        <translation>Clique para adicionar vértices, clique com o botão direito ou duplo clique para terminar, Esc para cancelar</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="20"/>
        <source>Offer Mapflow result layers too</source>
        <translation>Incluir camadas do Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="20"/>
        <source>Results, imagery and footprints added by this plugin are not offered as an area of interest unless this is on</source>
        <translation>Resultados, imagens e contornos adicionados por este plugin não são oferecidos como área de interesse, a menos que esta opção esteja ativa</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="21"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.gml *.fgb);;All files (*)</source>
        <translation>Arquivos vetoriais (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.gml *.fgb);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="22"/>
        <source>No area chosen.</source>
        <translation>Nenhuma área escolhida.</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="23"/>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="23"/>
        <source>Read the area again from its source</source>
        <translation>Ler novamente a área a partir da sua fonte</translation>
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
        <translation>Sandbox (offline, neste computador)</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="11"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="16"/>
        <source>The Mapflow API base URL, ending with /rest. Choose the sandbox for offline demos.</source>
        <translation>O URL base da API do Mapflow, terminado em /rest. Escolha o sandbox para demonstrações offline.</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="20"/>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="25"/>
        <source>Paste your Mapflow API token</source>
        <translation>Cole o seu token de API do Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="29"/>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="33"/>
        <source>Not signed in.</source>
        <translation>Sem sessão iniciada.</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="39"/>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="43"/>
        <source>&lt;a href=&quot;https://app.mapflow.ai/account/api&quot;&gt;Get an API token&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://app.mapflow.ai/account/api&quot;&gt;Obter um token de API&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="49"/>
        <source>Sign in with Mapflow account…</source>
        <translation>Iniciar sessão com a conta Mapflow…</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="50"/>
        <source>Sign in in your web browser with your Mapflow account (OAuth2), instead of an API token</source>
        <translation>Iniciar sessão no navegador com a sua conta Mapflow (OAuth2), em vez de um token de API</translation>
    </message>
</context>
<context>
    <name>EndDateDialog</name>
    <message>
        <location filename="../ui/template_dialogs.py" line="141"/>
        <source>End date of the planned search</source>
        <translation>Data de fim da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="149"/>
        <source>It looks for new scenes until the end of this day; at most six months ahead</source>
        <translation>Procura novas cenas até o fim deste dia; no máximo seis meses à frente</translation>
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
        <translation>Ajuda e comentários</translation>
    </message>
    <message>
        <location filename="../ui/forms/help.ui" line="13"/>
        <source>The user guide, Mapflow&apos;s documentation and prices, topping up, reporting a problem</source>
        <translation>O guia do usuário, a documentação e os preços do Mapflow, a recarga do saldo, o relato de um problema</translation>
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
        <translation>sem limites de cobrança</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="91"/>
        <source>This processing costs {cost} credits; your balance is {balance} credits.</source>
        <translation>Este processamento custa {cost} créditos; o seu saldo é de {balance} créditos.</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="100"/>
        <source>The AOI is {area}; your remaining area is {remaining}.</source>
        <translation>A área de interesse tem {area}; a sua área restante é {remaining}.</translation>
    </message>
</context>
<context>
    <name>MapflowActions</name>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>Showing the Mapflow Processing panel</source>
        <translation>Exibição do painel Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="147"/>
        <source>Opening the help</source>
        <translation>Abertura da ajuda</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="87"/>
        <source>Restoring the area of interest</source>
        <translation>Restauração da área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="111"/>
        <source>Listing the layers for the area of interest</source>
        <translation>Listagem das camadas para a área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="119"/>
        <source>Choosing the area of interest</source>
        <translation>Escolha da área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="162"/>
        <source>Using the given area of interest</source>
        <translation>Uso da área de interesse indicada</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="182"/>
        <source>Reading the area of interest</source>
        <translation>Leitura da área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="280"/>
        <source>Drawing the area of interest</source>
        <translation>Desenho da área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="293"/>
        <source>Keeping the drawn polygon</source>
        <translation>Aplicação do polígono desenhado</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="117"/>
        <source>Updating the cost</source>
        <translation>Atualização do custo</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="53"/>
        <source>Using the chosen scenes</source>
        <translation>Uso das cenas escolhidas</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="190"/>
        <source>Showing the imagery search</source>
        <translation>Exibição da pesquisa de imagens</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="194"/>
        <source>Showing the Start tab</source>
        <translation>Exibição da aba Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="198"/>
        <source>Using the scenes of the copy</source>
        <translation>Uso das cenas da cópia</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="218"/>
        <source>Signing in with the stored token</source>
        <translation>Início de sessão com o token guardado</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="84"/>
        <source>Showing the Duplicate button</source>
        <translation>Exibição do botão Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="88"/>
        <source>Duplicating a processing</source>
        <translation>Duplicação de um processamento</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="106"/>
        <source>Filling the Start tab with the copy</source>
        <translation>Preenchimento da aba Iniciar com a cópia</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="61"/>
        <source>Listing your imagery</source>
        <translation>Listagem das suas imagens</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="97"/>
        <source>Uploading a GeoTIFF</source>
        <translation>Envio de um GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="142"/>
        <source>Showing the upload progress</source>
        <translation>Exibição do progresso do envio</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="147"/>
        <source>Stopping the upload</source>
        <translation>Interrupção do envio</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="46"/>
        <source>Listing the models</source>
        <translation>Listagem dos modelos</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="87"/>
        <source>Choosing the model</source>
        <translation>Escolha do modelo</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="120"/>
        <source>Showing the imagery details</source>
        <translation>Exibição dos detalhes das imagens</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="46"/>
        <source>My imagery</source>
        <translation>Minhas imagens</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="320"/>
        <source>Showing the progress</source>
        <translation>Exibição do progresso</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="325"/>
        <source>Cancelling</source>
        <translation>Cancelamento</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="56"/>
        <source>Signing in with the Mapflow account</source>
        <translation>Início de sessão com a conta Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="46"/>
        <source>Previewing the imagery</source>
        <translation>Pré-visualização das imagens</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="124"/>
        <source>Processing action</source>
        <translation>Ação sobre um processamento</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="205"/>
        <source>Refreshing the processings</source>
        <translation>Atualização dos processamentos</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="261"/>
        <source>Showing the processings</source>
        <translation>Exibição dos processamentos</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="144"/>
        <source>Switching the project</source>
        <translation>Mudança de projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="52"/>
        <source>Listing the projects</source>
        <translation>Listagem dos projetos</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="93"/>
        <source>Choosing the project</source>
        <translation>Escolha do projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="111"/>
        <source>Creating a project</source>
        <translation>Criação de um projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="127"/>
        <source>Renaming the project</source>
        <translation>Renomeação do projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="142"/>
        <source>Deleting the project</source>
        <translation>Eliminação do projeto</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="157"/>
        <source>Sharing the project</source>
        <translation>Compartilhamento do projeto</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="103"/>
        <source>Showing the results folder</source>
        <translation>Exibição da pasta de resultados</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="108"/>
        <source>Choosing the results folder</source>
        <translation>Escolha da pasta de resultados</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="114"/>
        <source>Loading results</source>
        <translation>Carregamento dos resultados</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="222"/>
        <source>Adding the results</source>
        <translation>Adição dos resultados</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="56"/>
        <source>Showing the review</source>
        <translation>Exibição da revisão</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="77"/>
        <source>Reviewing a result</source>
        <translation>Revisão de um resultado</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="43"/>
        <source>Previewing the scenes</source>
        <translation>Pré-visualização das cenas</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="39"/>
        <source>Selecting scenes</source>
        <translation>Seleção de cenas</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="44"/>
        <source>Selecting footprints</source>
        <translation>Seleção de contornos</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="57"/>
        <source>Zooming to the scenes</source>
        <translation>Zoom para as cenas</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="115"/>
        <source>Choosing the imagery</source>
        <translation>Escolha das imagens</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="106"/>
        <source>Showing the chosen scenes</source>
        <translation>Exibição das cenas escolhidas</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="86"/>
        <source>Listing the search providers</source>
        <translation>Listagem dos fornecedores da pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="96"/>
        <source>Restoring the search filters</source>
        <translation>Restauração dos filtros de pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="125"/>
        <source>Showing the search area</source>
        <translation>Exibição da área de pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="137"/>
        <source>Searching the imagery</source>
        <translation>Pesquisa de imagens</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="193"/>
        <source>Stopping the search</source>
        <translation>Interrupção da pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="267"/>
        <source>Showing the footprints</source>
        <translation>Exibição dos contornos</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="323"/>
        <source>Filtering the results</source>
        <translation>Filtragem dos resultados</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="329"/>
        <source>Turning the page</source>
        <translation>Mudança de página</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="339"/>
        <source>Sorting the results</source>
        <translation>Ordenação dos resultados</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="344"/>
        <source>Changing the page size</source>
        <translation>Mudança do tamanho da página</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="359"/>
        <source>Choosing scenes for processing</source>
        <translation>Escolha de cenas para processamento</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="260"/>
        <source>Planning a search</source>
        <translation>Programação de uma pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="95"/>
        <source>Signing in</source>
        <translation>Início de sessão</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="216"/>
        <source>Signing out</source>
        <translation>Encerramento da sessão</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="241"/>
        <source>Refreshing the account</source>
        <translation>Atualização da conta</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="268"/>
        <source>Showing the account</source>
        <translation>Exibição da conta</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="59"/>
        <source>Listing the data providers</source>
        <translation>Listagem dos fornecedores de dados</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="70"/>
        <source>Restoring the imagery choice</source>
        <translation>Restauração da escolha das imagens</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="157"/>
        <source>Reading the stored imagery login</source>
        <translation>Leitura do login das imagens guardado</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="49"/>
        <source>Remembering the confirmation choice</source>
        <translation>Memorização da escolha de confirmação</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="65"/>
        <source>Checking the processing</source>
        <translation>Verificação do processamento</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="77"/>
        <source>Starting the processing</source>
        <translation>Início do processamento</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="69"/>
        <source>Showing the statistics</source>
        <translation>Exibição das estatísticas</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="109"/>
        <source>Exporting the statistics</source>
        <translation>Exportação das estatísticas</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="226"/>
        <source>Changing the planned search</source>
        <translation>Alteração da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="100"/>
        <source>Adding an area</source>
        <translation>Adição de uma área</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="142"/>
        <source>Renaming an area</source>
        <translation>Renomeação de uma área</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="171"/>
        <source>Redrawing an area</source>
        <translation>Redesenho de uma área</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="197"/>
        <source>Deleting areas</source>
        <translation>Eliminação de áreas</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="304"/>
        <source>Keeping the drawn area</source>
        <translation>Aplicação da área desenhada</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="326"/>
        <source>Zooming to the areas</source>
        <translation>Zoom para as áreas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="163"/>
        <source>Closing the planned search</source>
        <translation>Encerramento da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="195"/>
        <source>Reading the planned search</source>
        <translation>Leitura da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="312"/>
        <source>Filtering the scenes</source>
        <translation>Filtragem das cenas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="338"/>
        <source>Reading the scenes</source>
        <translation>Leitura das cenas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="388"/>
        <source>Marking scenes as seen</source>
        <translation>Marcação de cenas como vistas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="414"/>
        <source>Processing the chosen scenes</source>
        <translation>Processamento das cenas escolhidas</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="449"/>
        <source>Reading the processings of the planned search</source>
        <translation>Leitura dos processamentos da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="93"/>
        <source>Opening the planned search</source>
        <translation>Abertura da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_install.py" line="60"/>
        <source>Showing the planned searches</source>
        <translation>Exibição das pesquisas programadas</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="137"/>
        <source>Refreshing the planned searches</source>
        <translation>Atualização das pesquisas programadas</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="236"/>
        <source>Showing the planned search</source>
        <translation>Exibição da pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/templates_install.py" line="66"/>
        <source>Processing the scenes of a planned search</source>
        <translation>Processamento das cenas de uma pesquisa programada</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="30"/>
        <source>Checking the server version</source>
        <translation>Verificação da versão do servidor</translation>
    </message>
    <message>
        <location filename="../ui/help_controller.py" line="19"/>
        <source>Showing the help links</source>
        <translation>Exibição dos links de ajuda</translation>
    </message>
</context>
<context>
    <name>MapflowApi</name>
    <message>
        <location filename="../api/error_catalog.py" line="66"/>
        <source>An internal error occurred while {stage}. Please contact Mapflow support.</source>
        <translation>Ocorreu um erro interno durante {stage}. Informe o suporte do Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="70"/>
        <source>The imagery URL must be a string, not {url_type}.</source>
        <translation>O URL das imagens deve ser um texto, não {url_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="72"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation>O URL das imagens deve começar por http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="74"/>
        <source>The imagery URL cannot be parsed: {parse_error_message}.</source>
        <translation>Não é possível interpretar o URL das imagens: {parse_error_message}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="76"/>
        <source>The zoom must be empty or a whole number, not {actual_zoom}.</source>
        <translation>O zoom deve estar vazio ou ser um número inteiro, não {actual_zoom}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="78"/>
        <source>The zoom must be between 0 and 22, not {actual_zoom}.</source>
        <translation>O zoom deve estar entre 0 e 22, não {actual_zoom}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="80"/>
        <source>The zoom {actual_zoom} is higher than this model accepts (at most {max_zoom}).</source>
        <translation>O zoom {actual_zoom} é maior do que este modelo aceita (no máximo {max_zoom}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="82"/>
        <source>The zoom {actual_zoom} is lower than this model accepts (at least {min_zoom}).</source>
        <translation>O zoom {actual_zoom} é menor do que este modelo aceita (pelo menos {min_zoom}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="84"/>
        <source>The source {url} is a map, not imagery, and cannot be processed.</source>
        <translation>A fonte {url} é um mapa, não imagens, e não pode ser processada.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="86"/>
        <source>The image metadata must be a JSON object.</source>
        <translation>Os metadados da imagem devem ser um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="88"/>
        <source>The image metadata must contain crs, transform, dtype and count.</source>
        <translation>Os metadados da imagem devem conter crs, transform, dtype e count.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="90"/>
        <source>The image link must start with s3://, not {actual_s3_link}.</source>
        <translation>O link da imagem deve começar por s3://, não {actual_s3_link}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="92"/>
        <source>A processing of an uploaded image needs its profile or its URL.</source>
        <translation>Um processamento de uma imagem enviada precisa do seu perfil ou do seu URL.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="94"/>
        <source>The file {s3_link} could not be read.</source>
        <translation>Não foi possível ler o arquivo {s3_link}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="96"/>
        <source>The uploaded image cannot be opened.</source>
        <translation>Não é possível abrir a imagem enviada.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="98"/>
        <source>The image profile {profile} lacks required keys: {required_keys}.</source>
        <translation>Faltam chaves obrigatórias no perfil da imagem {profile}: {required_keys}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="100"/>
        <source>The image data type {request_dtype} is not allowed; expected {required_dtypes}.</source>
        <translation>O tipo de dados da imagem {request_dtype} não é permitido; esperado {required_dtypes}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="102"/>
        <source>The image has {real_nchannels} bands; this model needs {required_nchannels}.</source>
        <translation>A imagem tem {real_nchannels} bandas; este modelo precisa de {required_nchannels}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="104"/>
        <source>The pixel size {actual_res} m is finer than this model accepts (at least {min_res} m).</source>
        <translation>O tamanho de pixel {actual_res} m é mais fino do que este modelo aceita (pelo menos {min_res} m).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="106"/>
        <source>The resolution is too coarse: pixel size {actual_res} m, this model needs at most {max_res} m.</source>
        <translation>A resolução é grosseira demais: tamanho de pixel {actual_res} m, este modelo precisa de no máximo {max_res} m.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="109"/>
        <source>The image check of {checked_param} failed: {message}.</source>
        <translation>A verificação de {checked_param} da imagem falhou: {message}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="111"/>
        <source>A Quadkey URL must contain the {{q}} placeholder.</source>
        <translation>Um URL Quadkey deve conter o marcador {{q}}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="113"/>
        <source>A Sentinel-2 processing needs the granule id as a string &apos;url&apos;.</source>
        <translation>Um processamento Sentinel-2 precisa do id do grânulo como texto em 'url'.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="115"/>
        <source>{input_string} is not a Sentinel-2 granule id.</source>
        <translation>{input_string} não é um id de grânulo Sentinel-2.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="117"/>
        <source>The granule cell {actual_cell} is not supported by this model (allowed: {allowed_cells}).</source>
        <translation>A célula de grânulo {actual_cell} não é suportada por este modelo (permitidas: {allowed_cells}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="119"/>
        <source>The area of interest does not intersect the granule cell {actual_cell}.</source>
        <translation>A área de interesse não intersecta a célula de grânulo {actual_cell}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="121"/>
        <source>The month {actual_month} is not supported by this model (allowed: {allowed_months}).</source>
        <translation>O mês {actual_month} não é suportado por este modelo (permitidos: {allowed_months}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="123"/>
        <source>A TMS URL must contain the {{x}}, {{y}} and {{z}} placeholders.</source>
        <translation>Um URL TMS deve conter os marcadores {{x}}, {{y}} e {{z}}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="125"/>
        <source>Internal validation error: the model requirements are {requirements_type}, not an object.</source>
        <translation>Erro interno de validação: os requisitos do modelo são {requirements_type}, não um objeto.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="127"/>
        <source>The processing request must be an object, not {request_type}.</source>
        <translation>O pedido de processamento deve ser um objeto, não {request_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="129"/>
        <source>The processing request does not say which imagery source type it uses.</source>
        <translation>O pedido de processamento não indica que tipo de fonte de imagens usa.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="131"/>
        <source>The source type {source_type} is not allowed for this model (allowed: {allowed_sources}).</source>
        <translation>O tipo de fonte {source_type} não é permitido para este modelo (permitidos: {allowed_sources}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="133"/>
        <source>Internal validation error: the required section is {required_section_type}.</source>
        <translation>Erro interno de validação: a seção obrigatória é {required_section_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="135"/>
        <source>Internal validation error: the recommended section is {recommended_section_type}.</source>
        <translation>Erro interno de validação: a seção recomendada é {recommended_section_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="137"/>
        <source>An XYZ URL must contain the {{x}}, {{y}} and {{z}} placeholders.</source>
        <translation>Um URL XYZ deve conter os marcadores {{x}}, {{y}} e {{z}}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="139"/>
        <source>The processing has no area of interest (geometry).</source>
        <translation>O processamento não tem área de interesse (geometria).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="143"/>
        <source>The imagery has no data inside the area of interest.</source>
        <translation>As imagens não têm dados dentro da área de interesse.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="145"/>
        <source>The area of interest is not a valid geometry.</source>
        <translation>A área de interesse não é uma geometria válida.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="149"/>
        <source>The source type {real_source_types} is unknown (allowed: {allowed_source_types}).</source>
        <translation>O tipo de fonte {real_source_types} é desconhecido (permitidos: {allowed_source_types}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="151"/>
        <source>Loading the imagery needs {estimated_size} MB, more than the allowed {allowed_size} MB. Use a smaller area or a lower zoom.</source>
        <translation>O carregamento das imagens precisa de {estimated_size} MB, mais do que os {allowed_size} MB permitidos. Use uma área menor ou um zoom mais baixo.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="154"/>
        <source>The loader argument {argument_name} is {argument_type}; expected {expected_type}.</source>
        <translation>O argumento do carregador {argument_name} é {argument_type}; esperado {expected_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="156"/>
        <source>The imagery tiles have {real_nchannels} bands; expected {expected_nchannels}.</source>
        <translation>Os tiles de imagem têm {real_nchannels} bandas; esperado {expected_nchannels}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="158"/>
        <source>The imagery tiles are {real_size} pixels; expected {expected_size}.</source>
        <translation>Os tiles de imagem têm {real_size} pixels; esperado {expected_size}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="160"/>
        <source>The imagery tile {tile_location} could not be loaded (server status {status}).</source>
        <translation>Não foi possível carregar o tile de imagem {tile_location} (estado do servidor {status}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="165"/>
        <source>The imagery provider returned no data for the area of interest.</source>
        <translation>O fornecedor de imagens não devolveu dados para a área de interesse.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="167"/>
        <source>The imagery tile {tile_location} is not a readable image.</source>
        <translation>O tile de imagem {tile_location} não é uma imagem legível.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="172"/>
        <source>The folder {s3_link} contains no images.</source>
        <translation>A pasta {s3_link} não contém imagens.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="178"/>
        <source>checking the imagery source</source>
        <translation>a verificação da fonte de imagens</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="179"/>
        <source>loading the imagery</source>
        <translation>o carregamento das imagens</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="180"/>
        <source>preparing the imagery</source>
        <translation>a preparação das imagens</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="181"/>
        <source>processing the imagery</source>
        <translation>o processamento das imagens</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="182"/>
        <source>building the results</source>
        <translation>a criação dos resultados</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="187"/>
        <source>The area of interest ({area_sq_km} sq.km) is larger than your limit of {aoiAreaLimit_sq_km} sq.km per processing.</source>
        <translation>A área de interesse ({area_sq_km} km²) é maior do que o seu limite de {aoiAreaLimit_sq_km} km² por processamento.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="190"/>
        <source>The area of interest ({aoiArea} sq.km) is smaller than the minimum of {providerMinArea} sq.km for the data provider {providerName}.</source>
        <translation>A área de interesse ({aoiArea} km²) é menor do que o mínimo de {providerMinArea} km² do fornecedor de dados {providerName}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="193"/>
        <source>Maxar imagery is not available on your plan. Upgrade your subscription to use it.</source>
        <translation>As imagens Maxar não estão disponíveis no seu plano. Atualize a sua assinatura para as usar.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="195"/>
        <source>The server rejected the request.</source>
        <translation>O servidor recusou o pedido.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="196"/>
        <source>The area of interest is larger than your planned-search limit of {templateAreaLimit_sq_km} sq.km.</source>
        <translation>A área de interesse é maior do que o seu limite de pesquisa programada de {templateAreaLimit_sq_km} km².</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="200"/>
        <source>Only a finished result can be reviewed; this processing is {status}.</source>
        <translation>Só é possível revisar um resultado concluído; estado deste processamento: {status}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="202"/>
        <source>This result is not under review: the review workflow is not enabled for it.</source>
        <translation>Este resultado não está em revisão: o fluxo de revisão não está ativado para ele.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="204"/>
        <source>This result has already been accepted.</source>
        <translation>Este resultado já foi aceito.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="205"/>
        <source>This result was sent back for review; support is reworking it.</source>
        <translation>Este resultado foi devolvido para revisão; o suporte refaz o trabalho.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="207"/>
        <source>This result is not waiting for a review ({reviewStatus}).</source>
        <translation>Este resultado não está à espera de revisão ({reviewStatus}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="209"/>
        <source>Say in a comment what is wrong with the result.</source>
        <translation>Diga num comentário o que está errado no resultado.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="211"/>
        <source>The comment is {length} characters long; at most {maxLength} are allowed.</source>
        <translation>O comentário tem {length} caracteres; são permitidos no máximo {maxLength}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="213"/>
        <source>The marked features are not valid: {reason}.</source>
        <translation>As feições marcadas não são válidas: {reason}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="215"/>
        <source>A marked feature is a {geometryType}; mark points, lines or polygons.</source>
        <translation>Uma feição marcada é do tipo {geometryType}; marque pontos, linhas ou polígonos.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="217"/>
        <source>{featureCount} features are marked; at most {maxFeatures} can be sent.</source>
        <translation>Estão marcadas {featureCount} feições; é possível enviar no máximo {maxFeatures}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="219"/>
        <source>The marked features take {size_mb} MB; at most {maxSize_mb} MB can be sent.</source>
        <translation>As feições marcadas ocupam {size_mb} MB; é possível enviar no máximo {maxSize_mb} MB.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="227"/>
        <source>The search area ({area_sq_km} sq.km) is larger than your limit of {searchAreaLimit_sq_km} sq.km for an immediate search. Plan a search over it instead.</source>
        <translation>A área de pesquisa ({area_sq_km} km²) é maior do que o seu limite de {searchAreaLimit_sq_km} km² para uma pesquisa imediata. Programe antes uma pesquisa sobre ela.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="231"/>
        <source>The imagery provider {providers} does not answer. Try again later or search without it.</source>
        <translation>O fornecedor de imagens {providers} não responde. Tente novamente mais tarde ou pesquise sem ele.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="233"/>
        <source>The image {imageId} is not in the imagery catalog.</source>
        <translation>A imagem {imageId} não está no catálogo de imagens.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="235"/>
        <source>Images of several providers ({providers}) cannot be processed together. Choose images of one provider; only mosaics of one zoom can be combined.</source>
        <translation>Imagens de vários fornecedores ({providers}) não podem ser processadas juntas. Escolha imagens de um único fornecedor; só mosaicos com o mesmo zoom podem ser combinados.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="238"/>
        <source>Images and mosaics cannot be processed together. Choose one kind.</source>
        <translation>Imagens e mosaicos não podem ser processados juntos. Escolha um único tipo.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="240"/>
        <source>Mosaics processed together must have the same zoom (the chosen ones have {zooms}).</source>
        <translation>Mosaicos processados juntos devem ter o mesmo zoom (os escolhidos têm {zooms}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="242"/>
        <source>The area of interest does not overlap the chosen images: nothing is left to process.</source>
        <translation>A área de interesse não se sobrepõe às imagens escolhidas: não resta nada para processar.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="244"/>
        <source>A planned search needs at least one area of interest.</source>
        <translation>Uma pesquisa programada precisa de pelo menos uma área de interesse.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="246"/>
        <source>The area name is {length} characters long; at most {maxLength} are allowed.</source>
        <translation>O nome da área tem {length} caracteres; são permitidos no máximo {maxLength}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="248"/>
        <source>The end date of the planned search must be in the future.</source>
        <translation>A data de fim da pesquisa programada deve estar no futuro.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="250"/>
        <source>The end date of the planned search must be within six months.</source>
        <translation>A data de fim da pesquisa programada deve estar dentro de seis meses.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="252"/>
        <source>The planned search has ended. Move its end date later to resume it.</source>
        <translation>A pesquisa programada terminou. Adie a sua data de fim para a retomar.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="254"/>
        <source>Only a failed planned search can be restarted.</source>
        <translation>Só uma pesquisa programada com falha pode ser reiniciada.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="256"/>
        <source>The image {imageId} was not found by this planned search.</source>
        <translation>A imagem {imageId} não foi encontrada por esta pesquisa programada.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="262"/>
        <source>The file {filename} failed the checks: {bad_parameters}.</source>
        <translation>O arquivo {filename} não passou nas verificações: {bad_parameters}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="264"/>
        <source>Not enough storage: the upload needs {memory_requested_mb} MB, {available_memory_mb} MB is free. Delete some imagery or extend your storage.</source>
        <translation>Armazenamento insuficiente: o envio precisa de {memory_requested_mb} MB e há {available_memory_mb} MB livres. Elimine algumas imagens ou aumente o seu armazenamento.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="268"/>
        <source>The file is too big: {actual_file_size_mb} MB, the limit is {max_file_size_mb} MB.</source>
        <translation>O arquivo é grande demais: {actual_file_size_mb} MB, o limite é {max_file_size_mb} MB.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="271"/>
        <source>The {instance_type} {uid} was not found.</source>
        <translation>Não encontrado: {instance_type} {uid}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="272"/>
        <source>You have no access to the {instance_type} {uid}.</source>
        <translation>Sem acesso a: {instance_type} {uid}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="273"/>
        <source>The image {filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation>A imagem {filename} não é compatível com esta coleção de imagens: o seu {param_name} é {got_param}, a coleção precisa de {expected_param}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="276"/>
        <source>The image extent is outside the valid coordinate range.</source>
        <translation>A extensão da imagem está fora do intervalo de coordenadas válido.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="278"/>
        <source>The file cannot be opened as a GeoTIFF.</source>
        <translation>Não é possível abrir o arquivo como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="279"/>
        <source>The image extent is too big.</source>
        <translation>A extensão da imagem é grande demais.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="281"/>
        <source>The image is still being prepared; try again in a few minutes.</source>
        <translation>A imagem ainda está em preparação; tente novamente dentro de alguns minutos.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="285"/>
        <source>The processing reported an error: {code}{details}.</source>
        <translation>O processamento indicou um erro: {code}{details}.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="21"/>
        <source>Mapflow error.</source>
        <translation>Erro do Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="62"/>
        <source>Wrong token: {reason}. Copy the API token again from your Mapflow account page.</source>
        <translation>Token errado: {reason}. Copie novamente o token de API da página da sua conta Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="73"/>
        <source>Invalid request: {reason}</source>
        <translation>Pedido inválido: {reason}</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="82"/>
        <source>The operation was cancelled.</source>
        <translation>A operação foi cancelada.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="93"/>
        <source>Cannot connect to the Mapflow server at {host}: {reason}. Check your internet connection and proxy settings.</source>
        <translation>Não é possível comunicar com o servidor Mapflow em {host}: {reason}. Verifique a sua conexão à internet e as configurações de proxy.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="113"/>
        <source>The Mapflow server at {host} did not answer within {seconds} s ({phase}). Try again later.</source>
        <translation>O servidor Mapflow em {host} não respondeu em {seconds} s ({phase}). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="127"/>
        <source>The download was cut short ({detail}). No file was written; please try again.</source>
        <translation>O download foi interrompido ({detail}). Nenhum arquivo foi gravado; tente novamente.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="139"/>
        <source>The answer of the Mapflow server at {host} was cut short ({detail}). Please try again.</source>
        <translation>A resposta do servidor Mapflow em {host} foi interrompida ({detail}). Tente novamente.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="159"/>
        <source>The Mapflow server returned an error (HTTP {status}).</source>
        <translation>O servidor Mapflow devolveu um erro (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="188"/>
        <source>The server rejected the request (HTTP {status}).</source>
        <translation>O servidor recusou o pedido (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="192"/>
        <source>Authentication failed: the Mapflow token is wrong or expired. Check your API token.</source>
        <translation>A autenticação falhou: o token do Mapflow está errado ou expirou. Verifique o seu token de API.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="201"/>
        <source>Not enough rights for this action in a shared project</source>
        <translation>Sem permissões suficientes para esta ação num projeto compartilhado</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="202"/>
        <source>This data provider is not available on your plan. Upgrade your subscription to use it.</source>
        <translation>Este fornecedor de dados não está disponível no seu plano. Atualize a sua assinatura para o usar.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="214"/>
        <source>Not found: the item does not exist or was deleted.</source>
        <translation>Não encontrado: o item não existe ou foi eliminado.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="218"/>
        <source>The item is not ready for this action yet; try again later.</source>
        <translation>O item ainda não está pronto para esta ação; tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="222"/>
        <source>The file is too large for the Mapflow server.</source>
        <translation>O arquivo é grande demais para o servidor Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="226"/>
        <source>Too many requests to the Mapflow server; try again in {wait} s.</source>
        <translation>Pedidos em excesso ao servidor Mapflow; tente novamente dentro de {wait} s.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="241"/>
        <source>The Mapflow server had an internal problem (HTTP {status}). Try again later.</source>
        <translation>O servidor Mapflow teve um problema interno (HTTP {status}). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="253"/>
        <source>The Mapflow server sent an unexpected response: {detail}</source>
        <translation>O servidor Mapflow enviou uma resposta inesperada: {detail}</translation>
    </message>
    <message>
        <location filename="../api/oauth.py" line="37"/>
        <source>The Mapflow sign-in was refused ({error}): {description}</source>
        <translation>O login no Mapflow foi recusado ({error}): {description}</translation>
    </message>
    <message>
        <location filename="../api/oauth.py" line="38"/>
        <source>The Mapflow sign-in has expired or was ended. Sign in again.</source>
        <translation>O login no Mapflow expirou ou foi encerrado. Inicie sessão novamente.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="36"/>
        <source>{filename} is not a GeoTIFF: only GeoTIFF files can be uploaded.</source>
        <translation>{filename} não é um GeoTIFF: só é possível enviar arquivos GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="37"/>
        <source>{filename} has no coordinate reference system.</source>
        <translation>{filename} não tem sistema de referência de coordenadas.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="38"/>
        <source>{filename} has {count} bands: upload single-band, RGB (3 bands) or RGBA (4 bands) images.</source>
        <translation>{filename} tem {count} bandas: envie imagens de banda única, RGB (3 bandas) ou RGBA (4 bandas).</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="40"/>
        <source>{filename} holds {dtypes} values: only 8-bit (uint8) images are accepted.</source>
        <translation>{filename} contém valores {dtypes}: só são aceitas imagens de 8 bits (uint8).</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="42"/>
        <source>{filename} is {width} × {height} px: at most {max_pixel_count} px per side are accepted.</source>
        <translation>{filename} tem {width} × {height} px: são aceitos no máximo {max_pixel_count} px por lado.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="44"/>
        <source>{filename} has pixels of {pixel_size_m} m: at most {max_pixel_size_m} m are accepted.</source>
        <translation>{filename} tem pixels de {pixel_size_m} m: são aceitos no máximo {max_pixel_size_m} m.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="46"/>
        <source>{filename} has pixels of {pixel_size_m} m: it will be resampled to {resampled_m} m.</source>
        <translation>{filename} tem pixels de {pixel_size_m} m: será reamostrado para {resampled_m} m.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="48"/>
        <source>The extent of {filename} is outside the valid coordinate range.</source>
        <translation>A extensão de {filename} está fora do intervalo de coordenadas válido.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="49"/>
        <source>{filename} is {size}: files of at most {max_size} are accepted.</source>
        <translation>{filename} tem {size}: são aceitos arquivos de no máximo {max_size}.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="51"/>
        <source>Not enough storage for {filename}: it needs {size}, {free} is free. Delete some imagery first.</source>
        <translation>Armazenamento insuficiente para {filename}: precisa de {size} e há {free} livres. Elimine primeiro algumas imagens.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="54"/>
        <source>{filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation>{filename} não é compatível com esta coleção de imagens: o seu {param_name} é {got_param}, a coleção precisa de {expected_param}.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="58"/>
        <source>coordinate reference system</source>
        <translation>sistema de referência de coordenadas</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="59"/>
        <source>band count</source>
        <translation>número de bandas</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="60"/>
        <source>pixel size</source>
        <translation>tamanho de pixel</translation>
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
        <translation>O QGIS não conseguiu iniciar sessão no Mapflow com a sua conta Mapflow: o login no navegador não foi concluído, foi recusado ou excedeu o tempo limite. Inicie sessão novamente.</translation>
    </message>
    <message>
        <location filename="../tasks/imagery.py" line="24"/>
        <source>Nothing was sent: {reasons}</source>
        <translation>Nada foi enviado: {reasons}</translation>
    </message>
    <message>
        <location filename="../api/downloads.py" line="83"/>
        <source>the server sent an empty result</source>
        <translation>o servidor enviou um resultado vazio</translation>
    </message>
    <message>
        <location filename="../api/downloads.py" line="85"/>
        <source>the result file ends in the middle of the data</source>
        <translation>o arquivo do resultado termina no meio dos dados</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="108"/>
        <source>connecting</source>
        <translation>conexão</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="109"/>
        <source>waiting for the answer</source>
        <translation>espera da resposta</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="38"/>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="39"/>
        <source>unknown host name</source>
        <translation>nome de host desconhecido</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="40"/>
        <source>connection reset</source>
        <translation>conexão redefinida</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="41"/>
        <source>connection aborted</source>
        <translation>conexão abortada</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="42"/>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="43"/>
        <source>network unreachable</source>
        <translation>rede inacessível</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="44"/>
        <source>network error</source>
        <translation>erro de rede</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="45"/>
        <source>the secure connection failed (certificate not trusted?)</source>
        <translation>a conexão segura falhou (certificado não confiável?)</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="46"/>
        <source>too many redirects</source>
        <translation>redirecionamentos em excesso</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="47"/>
        <source>an insecure redirect</source>
        <translation>um redirecionamento inseguro</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="48"/>
        <source>unsupported protocol</source>
        <translation>protocolo não suportado</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="49"/>
        <source>the server broke the HTTP protocol</source>
        <translation>o servidor violou o protocolo HTTP</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="51"/>
        <source>the proxy {proxy} refused the connection</source>
        <translation>o proxy {proxy} recusou a conexão</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="52"/>
        <source>the proxy {proxy} closed the connection</source>
        <translation>o proxy {proxy} fechou a conexão</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="53"/>
        <source>the proxy host {proxy} was not found</source>
        <translation>o host do proxy {proxy} não foi encontrado</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="54"/>
        <source>the proxy {proxy} did not answer</source>
        <translation>o proxy {proxy} não respondeu</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="55"/>
        <source>the proxy {proxy} failed</source>
        <translation>o proxy {proxy} falhou</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="56"/>
        <source>the proxy {proxy} refused or failed the connection</source>
        <translation>o proxy {proxy} recusou ou interrompeu a conexão</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="57"/>
        <source>the proxy {proxy} refused the login</source>
        <translation>o proxy {proxy} recusou o login</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="58"/>
        <source>of QGIS</source>
        <translation>do QGIS</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="59"/>
        <source>of this computer</source>
        <translation>deste computador</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="61"/>
        <source>received {received} of {expected} bytes</source>
        <translation>recebidos {received} de {expected} bytes</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="62"/>
        <source>the connection closed in the middle of the data</source>
        <translation>a conexão foi fechada no meio dos dados</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="63"/>
        <source>the connection was interrupted</source>
        <translation>a conexão foi interrompida</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="21"/>
        <source>the token must be text</source>
        <translation>o token deve ser texto</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="26"/>
        <source>the token is empty</source>
        <translation>o token está vazio</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="37"/>
        <source>it is not valid base64 text</source>
        <translation>não é texto base64 válido</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="40"/>
        <source>it does not contain an email and a secret</source>
        <translation>não contém um e-mail e uma chave</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="42"/>
        <source>it does not start with an email address</source>
        <translation>não começa por um endereço de e-mail</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="44"/>
        <source>its secret part is empty</source>
        <translation>a parte da chave está vazia</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="56"/>
        <source>the email address is not valid</source>
        <translation>o endereço de e-mail não é válido</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="58"/>
        <source>the secret is empty</source>
        <translation>a chave está vazia</translation>
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
        <translation>{count} processamentos, {area} km²; esta conta não é cobrada.</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="96"/>
        <source>{count} processings: {credits} credits and {area} km² charged.</source>
        <translation>{count} processamentos: {credits} créditos e {area} km² cobrados.</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="99"/>
        <source>{refunded} failed or refunded, not charged ({credits} credits given back).</source>
        <translation>{refunded} com falha ou reembolsados, não cobrados ({credits} créditos devolvidos).</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="121"/>
        <source>Top up your balance</source>
        <translation>Recarregar o saldo</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="124"/>
        <source>The sandbox has no top-up page: add credits with its admin command (python -m sandbox add-credits EMAIL N --data-dir DIR).</source>
        <translation>O sandbox não tem página de recarga: adicione créditos com o seu comando de administração (python -m sandbox add-credits EMAIL N --data-dir DIR).</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="127"/>
        <source>This server has no known top-up page: ask its administrator for credits.</source>
        <translation>Este servidor não tem uma página de recarga conhecida: peça créditos ao seu administrador.</translation>
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
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="29"/>
        <source>Imagery search: find scenes over the area of interest</source>
        <translation>Pesquisa de imagens: encontrar cenas sobre a área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="38"/>
        <source>Processings</source>
        <translation>Processamentos</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="42"/>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
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
        <translation>Processamento</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="88"/>
        <source>The model “{model}” of the original is not available in this project; choose a model.</source>
        <translation>O modelo “{model}” do original não está disponível neste projeto; escolha um modelo.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="97"/>
        <source>The data provider “{provider}” of the original is not available to your account; choose the imagery.</source>
        <translation>O fornecedor de dados “{provider}” do original não está disponível para a sua conta; escolha as imagens.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="110"/>
        <source>The original read its imagery from a {kind} source the dock cannot choose; choose the imagery.</source>
        <translation>O original lia as imagens de uma fonte {kind} que o painel não consegue escolher; escolha as imagens.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="116"/>
        <source>The imagery of the original was not found among your imagery; choose the imagery.</source>
        <translation>As imagens do original não foram encontradas entre as suas imagens; escolha as imagens.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="124"/>
        <source>The original used {count} images of a mosaic; the copy uses the whole mosaic. Choose one image if you need fewer.</source>
        <translation>O original usou {count} imagens de um mosaico; a cópia usa o mosaico inteiro. Escolha uma imagem se precisar de menos.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="131"/>
        <source>The imagery source of the original is not known; choose the imagery.</source>
        <translation>A fonte de imagens do original é desconhecida; escolha as imagens.</translation>
    </message>
</context>
<context>
    <name>MapflowErrors</name>
    <message>
        <location filename="../core/errors.py" line="41"/>
        <source>{context} failed: {reason}{where}</source>
        <translation>{context} falhou: {reason}{where}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="44"/>
        <source>{context} failed unexpectedly: {error}. Details are in the log panel ({tab}).</source>
        <translation>{context} falhou inesperadamente: {error}. Os detalhes estão no painel de log ({tab}).</translation>
    </message>
</context>
<context>
    <name>MapflowHelp</name>
    <message>
        <location filename="../core/help_links.py" line="49"/>
        <source>Top up your balance: sign in first, the page depends on the server.</source>
        <translation>Recarregar o saldo: inicie sessão primeiro, a página depende do servidor.</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>User guide of this plugin</source>
        <translation>Guia do usuário deste complemento</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Mapflow documentation</source>
        <translation>Documentação do Mapflow</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Prices of models and imagery</source>
        <translation>Preços dos modelos e das imagens</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Report a problem or suggest an improvement</source>
        <translation>Relatar um problema ou sugerir uma melhoria</translation>
    </message>
</context>
<context>
    <name>MapflowImagery</name>
    <message>
        <location filename="../core/my_imagery.py" line="57"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="192"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="193"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="194"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="195"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="145"/>
        <source>Storage: unknown</source>
        <translation>Armazenamento: desconhecido</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="148"/>
        <source>Storage: {used} used, no limit</source>
        <translation>Armazenamento: {used} usados, sem limite</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="151"/>
        <source>Storage: {used} of {limit} used, {free} free</source>
        <translation>Armazenamento: {used} de {limit} usados, {free} livres</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="172"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="175"/>
        <source>Uploaded</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="177"/>
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="178"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="180"/>
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="182"/>
        <source>Pixel size (CRS units)</source>
        <translation>Tamanho de pixel (unidades do SRC)</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>available</source>
        <translation>disponível</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>not available (a linked image)</source>
        <translation>não disponível (uma imagem vinculada)</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="196"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="244"/>
        <source>Select the mosaic to upload into, or make a new one.</source>
        <translation>Selecione o mosaico para onde enviar ou crie um novo.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="247"/>
        <source>Select a mosaic or an image first.</source>
        <translation>Selecione primeiro um mosaico ou uma imagem.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="251"/>
        <source>Select exactly one mosaic or image.</source>
        <translation>Selecione exatamente um mosaico ou imagem.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="254"/>
        <source>Select exactly one image.</source>
        <translation>Selecione exatamente uma imagem.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="256"/>
        <source>A linked image cannot be downloaded: it was not uploaded to Mapflow.</source>
        <translation>Não é possível fazer o download de uma imagem vinculada: ela não foi enviada para o Mapflow.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="259"/>
        <source>This image has no footprint yet to place a preview on.</source>
        <translation>Esta imagem ainda não tem contorno onde colocar uma pré-visualização.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="261"/>
        <source>The selection has no footprint yet (an empty mosaic).</source>
        <translation>A seleção ainda não tem contorno (um mosaico vazio).</translation>
    </message>
</context>
<context>
    <name>MapflowMessages</name>
    <message>
        <location filename="../integration/message_actions.py" line="37"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="40"/>
        <source>Open log</source>
        <translation>Abrir o log</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="45"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="69"/>
        <source>Mapflow Processing: error details</source>
        <translation>Mapflow Processing: detalhes do erro</translation>
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
        <translation>Este QGIS não tem o método de autenticação OAuth2, por isso não é possível iniciar sessão com a sua conta Mapflow aqui; inicie sessão com o seu token de API.</translation>
    </message>
    <message>
        <location filename="../core/oauth_setup.py" line="42"/>
        <source>Sign-in with your Mapflow account (OAuth2) needs QGIS 3.34 or later: older QGIS cannot do the PKCE sign-in Mapflow requires. Sign in with your API token instead.</source>
        <translation>O login com a sua conta Mapflow (OAuth2) requer o QGIS 3.34 ou posterior: versões anteriores do QGIS não conseguem fazer o login PKCE que o Mapflow exige. Inicie sessão com o seu token de API.</translation>
    </message>
    <message>
        <location filename="../core/oauth_setup.py" line="76"/>
        <source>An OAuth2 configuration for {server} was created in QGIS's authentication database. Restart QGIS once, then press “Sign in with Mapflow account” again: QGIS uses a new OAuth2 configuration only after a restart.</source>
        <translation>Foi criada uma configuração OAuth2 para {server} na base de dados de autenticação do QGIS. Reinicie o QGIS uma vez e depois clique novamente em “Iniciar sessão com a conta Mapflow”: o QGIS só usa uma nova configuração OAuth2 depois de reiniciar.</translation>
    </message>
</context>
<context>
    <name>MapflowPlan</name>
    <message>
        <location filename="../core/processing_plan.py" line="131"/>
        <source>Reading the area of interest…</source>
        <translation>Leitura da área de interesse…</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="133"/>
        <source>Choose an area of interest.</source>
        <translation>Escolha uma área de interesse.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="135"/>
        <source>Choose a model.</source>
        <translation>Escolha um modelo.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="137"/>
        <source>Choose the imagery.</source>
        <translation>Escolha as imagens.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="180"/>
        <source>Choose a project.</source>
        <translation>Escolha um projeto.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="212"/>
        <source>The cost could not be computed ({reason}); Start waits until the server prices it.</source>
        <translation>Não foi possível calcular o custo ({reason}); Iniciar aguarda até que o servidor o calcule.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="216"/>
        <source>Waiting for the server to compute the cost.</source>
        <translation>À espera de que o servidor calcule o custo.</translation>
    </message>
</context>
<context>
    <name>MapflowProcessings</name>
    <message>
        <location filename="../core/processing_view.py" line="52"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Custo</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="58"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="61"/>
        <source>Progress, %</source>
        <translation>Progresso, %</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="62"/>
        <source>Area, km²</source>
        <translation>Área, km²</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="63"/>
        <source>Cost, credits</source>
        <translation>Custo, créditos</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="96"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="97"/>
        <source>In progress</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="98"/>
        <source>Awaiting imagery</source>
        <translation>À espera de imagens</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="99"/>
        <source>OK</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="100"/>
        <source>Failed</source>
        <translation>Falhou</translation>
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
        <translation>revisão necessária</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="107"/>
        <source>in review</source>
        <translation>em revisão</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="108"/>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="109"/>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="434"/>
        <source>Only finished (OK) processings have results.</source>
        <translation>Só os processamentos concluídos têm resultados.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="436"/>
        <source>Only finished (OK) processings can be rated.</source>
        <translation>Só os processamentos concluídos podem ser avaliados.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="438"/>
        <source>Only failed processings can be restarted.</source>
        <translation>Só os processamentos com falha podem ser reiniciados.</translation>
    </message>
    <message>
        <location filename="../core/processings_list.py" line="73"/>
        <source>too many requests</source>
        <translation>pedidos em excesso</translation>
    </message>
    <message>
        <location filename="../core/processings_list.py" line="75"/>
        <source>server error {status}</source>
        <translation>erro do servidor {status}</translation>
    </message>
</context>
<context>
    <name>MapflowReview</name>
    <message>
        <location filename="../core/review.py" line="34"/>
        <source>Review required</source>
        <translation>Revisão necessária</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="35"/>
        <source>In review</source>
        <translation>Em revisão</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="36"/>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="37"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="41"/>
        <source>“{name}” has already been accepted.</source>
        <translation>“{name}” já foi aceito.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="42"/>
        <source>“{name}” was sent back for review; Mapflow support is reworking it.</source>
        <translation>“{name}” foi devolvido para revisão; o suporte do Mapflow refaz o trabalho.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="44"/>
        <source>“{name}” was refunded; there is nothing to review.</source>
        <translation>“{name}” foi reembolsado; não há nada para revisar.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="80"/>
        <source>the deadline has passed</source>
        <translation>o prazo terminou</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="83"/>
        <source>{days} days left</source>
        <translation>faltam {days} dias</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="85"/>
        <source>{hours} h {minutes} min left</source>
        <translation>faltam {hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="87"/>
        <source>{minutes} min left</source>
        <translation>faltam {minutes} min</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="100"/>
        <source>Review required until {until} ({left}); a result not sent back by then is accepted as it is.</source>
        <translation>Revisão necessária até {until} ({left}); um resultado não devolvido até lá é aceito tal como está.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="111"/>
        <source>Only finished (OK) results can be reviewed.</source>
        <translation>Só os resultados concluídos podem ser revisados.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="112"/>
        <source>“{name}” has no review: the review workflow was off when it finished.</source>
        <translation>“{name}” não tem revisão: o fluxo de revisão estava desativado quando terminou.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="122"/>
        <source>Select a result in review first.</source>
        <translation>Selecione primeiro um resultado em revisão.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="124"/>
        <source>Select exactly one result.</source>
        <translation>Selecione exatamente um resultado.</translation>
    </message>
</context>
<context>
    <name>MapflowRoles</name>
    <message>
        <location filename="../core/roles.py" line="14"/>
        <source>The default project cannot be renamed or deleted.</source>
        <translation>O projeto padrão não pode ser renomeado nem eliminado.</translation>
    </message>
    <message>
        <location filename="../core/roles.py" line="15"/>
        <source>Your role in this project is {role}; this needs the {needed} role or higher.</source>
        <translation>O seu papel neste projeto é {role}; esta ação requer o papel {needed} ou superior.</translation>
    </message>
</context>
<context>
    <name>MapflowSession</name>
    <message>
        <location filename="../core/session.py" line="50"/>
        <source>The server address must be an http:// or https:// URL ending with /rest, for example {example}.</source>
        <translation>O endereço do servidor deve ser um URL http:// ou https:// terminado em /rest, por exemplo {example}.</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="97"/>
        <source>There is no Mapflow API at {url}. Check the address: it must end with /rest, for example {example}.</source>
        <translation>Não há nenhuma API Mapflow em {url}. Verifique o endereço: deve terminar em /rest, por exemplo {example}.</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="102"/>
        <source>Nothing answers at {host} on this computer. Is the sandbox running? Start it with “make sandbox” in the plugin's source folder, then sign in again.</source>
        <translation>Nada responde em {host} neste computador. O sandbox está em execução? Inicie-o com “make sandbox” na pasta de código-fonte do plugin e depois inicie sessão novamente.</translation>
    </message>
</context>
<context>
    <name>MapflowStats</name>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Project</source>
        <translation>Projeto</translation>
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
        <translation>Custo</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
</context>
<context>
    <name>MapflowToolbox</name>
    <message>
        <location filename="../core/toolbox.py" line="65"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation>Este projeto não tem modelos; peça ao suporte do Mapflow para associar um.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="68"/>
        <source>Give a model: one of {models}.</source>
        <translation>Indique um modelo: um de {models}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="75"/>
        <source>There is no model “{model}” in this project. Models: {models}.</source>
        <translation>Não há nenhum modelo “{model}” neste projeto. Modelos: {models}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="95"/>
        <source>The model “{model}” has no option {unknown}. Its options: {options}.</source>
        <translation>O modelo “{model}” não tem a opção {unknown}. As suas opções: {options}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="98"/>
        <source>The model “{model}” has no options (asked for {unknown}).</source>
        <translation>O modelo “{model}” não tem opções (pedido: {unknown}).</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="112"/>
        <source>There is no project “{project}” in this account. Projects: {projects}.</source>
        <translation>Não há nenhum projeto “{project}” nesta conta. Projetos: {projects}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="123"/>
        <source>This account has no imagery providers: give an imagery URL or a mosaic instead.</source>
        <translation>Esta conta não tem fornecedores de imagens: indique antes um URL de imagens ou um mosaico.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="130"/>
        <source>There is no imagery provider “{provider}” for this account. Providers: {providers}.</source>
        <translation>Não há nenhum fornecedor de imagens “{provider}” para esta conta. Fornecedores: {providers}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="140"/>
        <source>Give at least one processing id (several: separated by commas).</source>
        <translation>Indique pelo menos um id de processamento (vários: separados por vírgulas).</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="144"/>
        <source>{ids} is not a processing id: ids are letters, digits and dashes.</source>
        <translation>{ids} não é um id de processamento: os ids são letras, algarismos e hífenes.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="207"/>
        <source>The processing “{name}” ({id}) is still {status} ({percent} %) after {minutes} min. Run again later with the same id to pick it up.</source>
        <translation>O processamento “{name}” ({id}) continua no estado {status} ({percent} %) após {minutes} min. Execute novamente mais tarde com o mesmo id para o retomar.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="212"/>
        <source>The server did not say how the processing {id} is doing within {minutes} min.</source>
        <translation>O servidor não informou o estado do processamento {id} em {minutes} min.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="222"/>
        <source>The processing “{name}” ({id}) failed: {reason}</source>
        <translation>O processamento “{name}” ({id}) falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="224"/>
        <source>The processing “{name}” ({id}) ended as {status}.</source>
        <translation>O processamento “{name}” ({id}) terminou com o estado {status}.</translation>
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
        <translation>O servidor Mapflow usa uma versão principal mais recente da sua API ({server}) do que a que este plugin conhece ({known}): algumas ações podem falhar ou mostrar dados incompletos. Atualize o Mapflow Processing em Complementos › Gerenciar e instalar complementos; enquanto isso, pode continuar a trabalhar.</translation>
    </message>
    <message>
        <location filename="../core/version_notice.py" line="40"/>
        <source>The Mapflow server has a newer version of its API ({server}; this plugin knows {known}). Everything keeps working; a plugin update may bring its new features.</source>
        <translation>O servidor Mapflow tem uma versão mais recente da sua API ({server}; este plugin conhece {known}). Tudo continua a funcionar; uma atualização do plugin pode trazer as suas novas funcionalidades.</translation>
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
        <translation>Nenhum: um mosaico vazio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="59"/>
        <source>Choose GeoTIFF files</source>
        <translation>Escolher arquivos GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="5"/>
        <source>Mosaic</source>
        <translation>Mosaico</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="9"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="15"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="19"/>
        <source>Comma-separated, e.g. city, 2024</source>
        <translation>Separadas por vírgulas, p. ex. cidade, 2024</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="23"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="34"/>
        <source>Choose GeoTIFFs…</source>
        <translation>Escolher GeoTIFFs…</translation>
    </message>
</context>
<context>
    <name>MyImageryWidget</name>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="14"/>
        <source>Filter by name or tag</source>
        <translation>Filtrar por nome ou etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="20"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="21"/>
        <source>List your imagery and storage again</source>
        <translation>Listar novamente as suas imagens e o armazenamento</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="56"/>
        <source>Select a mosaic or an image to see its details.</source>
        <translation>Selecione um mosaico ou uma imagem para ver os seus detalhes.</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="78"/>
        <source>New mosaic…</source>
        <translation>Novo mosaico…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="79"/>
        <source>Make a mosaic, empty or with GeoTIFF files</source>
        <translation>Criar um mosaico, vazio ou com arquivos GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="84"/>
        <source>Upload images…</source>
        <translation>Enviar imagens…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="85"/>
        <source>Upload GeoTIFF files into the selected mosaic</source>
        <translation>Enviar arquivos GeoTIFF para o mosaico selecionado</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="90"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="91"/>
        <source>Rename the selected mosaic or image; change a mosaic&apos;s tags</source>
        <translation>Renomear o mosaico ou a imagem selecionada; alterar as etiquetas de um mosaico</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="96"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="97"/>
        <source>Delete the selected mosaics and images</source>
        <translation>Eliminar os mosaicos e as imagens selecionadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="102"/>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="103"/>
        <source>Show a preview of the selected image on the map</source>
        <translation>Mostrar uma pré-visualização da imagem selecionada no mapa</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="108"/>
        <source>Size of the preview picture</source>
        <translation>Tamanho da imagem de pré-visualização</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="109"/>
        <source>Small (256 px)</source>
        <translation>Pequena (256 px)</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="110"/>
        <source>Large (1024 px)</source>
        <translation>Grande (1024 px)</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="115"/>
        <source>Download…</source>
        <translation>Fazer download…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="116"/>
        <source>Save the original file of the selected image</source>
        <translation>Gravar o arquivo original da imagem selecionada</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="121"/>
        <source>Use as AOI</source>
        <translation>Usar como AOI</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="122"/>
        <source>The extent of the selection becomes the area of interest</source>
        <translation>A extensão da seleção torna-se a área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="127"/>
        <source>Use for processing</source>
        <translation>Usar para processamento</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="128"/>
        <source>The selected mosaic or image becomes the imagery of the processing</source>
        <translation>O mosaico ou a imagem selecionada torna-se a fonte de imagens do processamento</translation>
    </message>
</context>
<context>
    <name>PlanSearchDialog</name>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="5"/>
        <source>Plan a search</source>
        <translation>Programar uma pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="9"/>
        <source>A planned search looks for scenes over its areas in the archive, then keeps looking for new ones until its end date and tells you when it finds some.</source>
        <translation>Uma pesquisa programada procura cenas sobre as suas áreas no arquivo de imagens, depois continua a procurar novas cenas até a data de fim e avisa quando encontra alguma.</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="15"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="18"/>
        <source>At most 64 characters</source>
        <translation>No máximo 64 caracteres</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="22"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="24"/>
        <source>Area name</source>
        <translation>Nome da área</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="25"/>
        <source>Optional; at most 64 characters</source>
        <translation>Opcional; no máximo 64 caracteres</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="26"/>
        <source>One area per part</source>
        <translation>Uma área por parte</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="26"/>
        <source>Each part becomes an area of its own, with its own scenes and processings</source>
        <translation>Cada parte torna-se uma área própria, com as suas próprias cenas e processamentos</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="27"/>
        <source>Active until</source>
        <translation>Ativa até</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="28"/>
        <source>It looks for new scenes until the end of this day; at most six months ahead</source>
        <translation>Procura novas cenas até o fim deste dia; no máximo seis meses à frente</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="33"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="45"/>
        <source>Keep the Start tab&apos;s processing choices</source>
        <translation>Manter as escolhas de processamento da aba Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="46"/>
        <source>The planned search remembers the model, its options and the zoom; its processings start with them</source>
        <translation>A pesquisa programada memoriza o modelo, as suas opções e o zoom; os seus processamentos são iniciados com eles</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="73"/>
        <source>One area per part ({count} parts)</source>
        <translation>Uma área por parte ({count} partes)</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="81"/>
        <source>Keep the Start tab&apos;s processing choices (no model chosen)</source>
        <translation>Manter as escolhas de processamento da aba Iniciar (nenhum modelo escolhido)</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="83"/>
        <source>Keep the Start tab&apos;s processing choices: {choices}</source>
        <translation>Manter as escolhas de processamento da aba Iniciar: {choices}</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="111"/>
        <source>{area} in {parts} part(s)</source>
        <translation>{area} em {parts} parte(s)</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="115"/>
        <source>It looks for scenes acquired from {day} on; the end of the date range is left out so that new scenes are found.</source>
        <translation>Procura cenas adquiridas a partir de {day}; o fim do intervalo de datas é deixado em aberto para que sejam encontradas novas cenas.</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="118"/>
        <source>It looks for scenes of any date, new ones included.</source>
        <translation>Procura cenas de qualquer data, incluindo as novas.</translation>
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
        <translation>Um polígono precisa de pelo menos 3 pontos; clique para adicionar pontos e depois clique com o botão direito ou duplo clique para terminar.</translation>
    </message>
</context>
<context>
    <name>ProcessingExtrasWidget</name>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="12"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="22"/>
        <source>Accept…</source>
        <translation>Aceitar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="23"/>
        <source>Accept the selected results as they are</source>
        <translation>Aceitar os resultados selecionados tal como estão</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="28"/>
        <source>Mark corrections</source>
        <translation>Marcar correções</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="29"/>
        <source>Open a layer where you draw the wrong or missing objects, each with a remark</source>
        <translation>Abrir uma camada onde desenhar os objetos errados ou em falta, cada um com uma observação</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="34"/>
        <source>Send back for review…</source>
        <translation>Devolver para revisão…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="35"/>
        <source>Send the result back to Mapflow with a comment and the marked objects</source>
        <translation>Devolver o resultado ao Mapflow com um comentário e os objetos marcados</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="45"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/processing_extras_widget.py" line="50"/>
        <source>Fill the Start tab with this processing&apos;s model, options, imagery and area, to start a copy</source>
        <translation>Preencher a aba Iniciar com o modelo, as opções, as imagens e a área deste processamento, para iniciar uma cópia</translation>
    </message>
    <message>
        <location filename="../ui/processing_extras_widget.py" line="32"/>
        <source>Select one processing to duplicate.</source>
        <translation>Selecione um processamento para duplicar.</translation>
    </message>
</context>
<context>
    <name>ProcessingsWidget</name>
    <message>
        <location filename="../ui/forms/processings.ui" line="14"/>
        <source>Filter by name</source>
        <translation>Filtrar por nome</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="20"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="21"/>
        <source>Refresh the list now</source>
        <translation>Atualizar a lista agora</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="42"/>
        <source>Select a processing to see its details.</source>
        <translation>Selecione um processamento para ver os seus detalhes.</translation>
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
        <translation>Página seguinte</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="69"/>
        <source>Per page</source>
        <translation>Por página</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="87"/>
        <source>Load results</source>
        <translation>Carregar resultados</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="92"/>
        <source>Load AOIs</source>
        <translation>Carregar AOIs</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="97"/>
        <source>Rate…</source>
        <translation>Avaliar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="102"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="107"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
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
        <translation>Carregar como</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="127"/>
        <source>What &quot;Load results&quot; adds to the map</source>
        <translation>O que &quot;Carregar resultados&quot; adiciona ao mapa</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="128"/>
        <source>GeoPackage and tile layers</source>
        <translation>GeoPackage e camadas de tiles</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="129"/>
        <source>GeoPackage only</source>
        <translation>Apenas GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="130"/>
        <source>Tile layers only</source>
        <translation>Apenas camadas de tiles</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="71"/>
        <source>Save results in</source>
        <translation>Gravar em</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="140"/>
        <source>The folder &quot;Load results&quot; saves GeoPackages in, kept with the QGIS project; empty: next to the project</source>
        <translation>A pasta onde &quot;Carregar resultados&quot; grava os GeoPackages, guardada com o projeto QGIS; vazio: junto ao projeto</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="113"/>
        <source>Select a processing first.</source>
        <translation>Selecione primeiro um processamento.</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="237"/>
        <source>Page {page} of {pages} ({total} processings)</source>
        <translation>Página {page} de {pages} ({total} no total)</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="274"/>
        <source>Results are saved in {folder}</source>
        <translation>Os resultados são gravados em {folder}</translation>
    </message>
</context>
<context>
    <name>ProjectWidget</name>
    <message>
        <location filename="../ui/forms/project.ui" line="5"/>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="12"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="12"/>
        <source>Create a project</source>
        <translation>Criar um projeto</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="13"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="14"/>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="15"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/project_widget.py" line="45"/>
        <source> (default)</source>
        <translation> (padrão)</translation>
    </message>
    <message>
        <location filename="../ui/project_widget.py" line="74"/>
        <source>Sign in and choose a project first</source>
        <translation>Inicie sessão e escolha primeiro um projeto</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../ui/dialogs.py" line="33"/>
        <source>How good is the result of &apos;{name}&apos;?</source>
        <translation>Qual é a qualidade do resultado de '{name}'?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Useless</source>
        <translation>Inútil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Poor</source>
        <translation>Fraco</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Acceptable</source>
        <translation>Aceitável</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Good</source>
        <translation>Bom</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="5"/>
        <source>Rate the processing</source>
        <translation>Avaliar o processamento</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="9"/>
        <source>How good is the result?</source>
        <translation>Qual é a qualidade do resultado?</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="27"/>
        <source>What was good or wrong? (optional)</source>
        <translation>O que estava bom ou errado? (opcional)</translation>
    </message>
</context>
<context>
    <name>SceneTableModel</name>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Provider</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Cloud, %</source>
        <translation>Nuvens, %</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Off-nadir, °</source>
        <translation>Off-nadir, °</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Resolution, m</source>
        <translation>Resolução, m</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>AOI cover, %</source>
        <translation>Cobertura da AOI, %</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="192"/>
        <source>Mosaic</source>
        <translation>Mosaico</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="194"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="200"/>
        <source>Off-nadir angle {angle}° (signed as the provider gives it)</source>
        <translation>Ângulo off-nadir {angle}° (com o sinal dado pelo fornecedor)</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="203"/>
        <source>Sun elevation {angle}°</source>
        <translation>Elevação solar {angle}°</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="205"/>
        <source>Zoom {zoom}</source>
        <translation>Zoom {zoom}</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="207"/>
        <source>Does not match the current filters.</source>
        <translation>Não corresponde aos filtros atuais.</translation>
    </message>
</context>
<context>
    <name>SearchFiltersWidget</name>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="11"/>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="11"/>
        <source>Only scenes acquired on these days (your time zone), both days included</source>
        <translation>Apenas cenas adquiridas nestes dias (no seu fuso horário), ambos os dias incluídos</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="15"/>
        <source>Cloud ≤</source>
        <translation>Nuvens ≤</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="15"/>
        <source>Only scenes with at most this cloud cover</source>
        <translation>Apenas cenas com no máximo esta cobertura de nuvens</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="17"/>
        <source>AOI cover ≥</source>
        <translation>Cobertura ≥</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="17"/>
        <source>Only scenes that cover at least this share of the area of interest</source>
        <translation>Apenas cenas que cobrem pelo menos esta fração da área de interesse</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="19"/>
        <source>Off-nadir</source>
        <translation>Off-nadir</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="19"/>
        <source>Only scenes taken within this off-nadir angle range (either side)</source>
        <translation>Apenas cenas captadas dentro deste intervalo de ângulo off-nadir (para qualquer lado)</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="23"/>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="23"/>
        <source>Only scenes whose pixel size lies in this range (metres)</source>
        <translation>Apenas cenas cujo tamanho de pixel está neste intervalo (metros)</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="26"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="27"/>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="30"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="30"/>
        <source>Single satellite scenes</source>
        <translation>Cenas de satélite individuais</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="31"/>
        <source>Mosaics</source>
        <translation>Mosaicos</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="31"/>
        <source>Seamless mosaics made of many scenes</source>
        <translation>Mosaicos contínuos feitos de muitas cenas</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="40"/>
        <source>Providers</source>
        <translation>Fornecedores</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="213"/>
        <source>All providers</source>
        <translation>Todos os fornecedores</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="41"/>
        <source>The providers to search</source>
        <translation>Os fornecedores a pesquisar</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="168"/>
        <source>Choose images, mosaics or both.</source>
        <translation>Escolha imagens, mosaicos ou ambos.</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="170"/>
        <source>Choose at least one provider.</source>
        <translation>Escolha pelo menos um fornecedor.</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="215"/>
        <source>{checked} of {total} providers</source>
        <translation>{checked} de {total} fornecedores</translation>
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
        <translation>Escolha uma ou mais cenas nos resultados da pesquisa.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="105"/>
        <source>The area of interest lies outside the chosen scenes: nothing is left to process. Choose scenes that cover it, or another area.</source>
        <translation>A área de interesse fica fora das cenas escolhidas: não resta nada para processar. Escolha cenas que a cubram ou outra área.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="115"/>
        <source>The area of interest is cut to the chosen scenes: {lost} ({percent} %) of it lies outside them and is not processed; {kept} remain.</source>
        <translation>A área de interesse é recortada pelas cenas escolhidas: {lost} ({percent} %) da área ficam fora das cenas e não são processados; restam {kept}.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="177"/>
        <source>The search was cancelled.</source>
        <translation>A pesquisa foi cancelada.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="193"/>
        <source>The imagery search got no answer in time ({reason}). Search a smaller area or fewer providers, or try again later.</source>
        <translation>A pesquisa de imagens não obteve resposta a tempo ({reason}). Pesquise uma área menor ou menos fornecedores, ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="197"/>
        <source>The imagery search failed on the server: {reason}</source>
        <translation>A pesquisa de imagens falhou no servidor: {reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="200"/>
        <source>The server refused the imagery search: {reason}</source>
        <translation>O servidor recusou a pesquisa de imagens: {reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="204"/>
        <source>The imagery search could not reach the server: {reason}</source>
        <translation>A pesquisa de imagens não conseguiu comunicar com o servidor: {reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="213"/>
        <source>No scenes over the area of interest match these filters ({filters}). Widen them, or search another area.</source>
        <translation>Nenhuma cena sobre a área de interesse corresponde a estes filtros ({filters}). Alargue-os ou pesquise outra área.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="216"/>
        <source>No scenes cover the area of interest.</source>
        <translation>Nenhuma cena cobre a área de interesse.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="221"/>
        <source>dates</source>
        <translation>datas</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="222"/>
        <source>resolution</source>
        <translation>resolução</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="223"/>
        <source>cloud cover</source>
        <translation>cobertura de nuvens</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="224"/>
        <source>off-nadir angle</source>
        <translation>ângulo off-nadir</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="225"/>
        <source>AOI cover</source>
        <translation>cobertura da AOI</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="226"/>
        <source>providers</source>
        <translation>fornecedores</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="227"/>
        <source>product types</source>
        <translation>tipos de produto</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="300"/>
        <source>Search again: the area of interest changed since the last search.</source>
        <translation>Pesquise novamente: a área de interesse mudou desde a última pesquisa.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="305"/>
        <source>Search again: the filters are wider than the last search ({filters}).</source>
        <translation>Pesquise novamente: os filtros são mais amplos do que na última pesquisa ({filters}).</translation>
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
        <translation>cena {id} de {provider}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="363"/>
        <source>{count} scenes of {provider}</source>
        <translation>{count} cenas de {provider}</translation>
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
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="26"/>
        <source>Search the imagery catalog over the area of interest with these filters</source>
        <translation>Pesquisar o catálogo de imagens sobre a área de interesse com estes filtros</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="27"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="28"/>
        <source>Plan search…</source>
        <translation>Programar pesquisa…</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="28"/>
        <source>Save this search as a planned search: it keeps looking for new scenes over the area of interest and tells you when it finds some</source>
        <translation>Guardar esta pesquisa como pesquisa programada: ela continua a procurar novas cenas sobre a área de interesse e avisa quando encontra alguma</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="53"/>
        <source>Plan a search…</source>
        <translation>Programar uma pesquisa…</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="53"/>
        <source>A planned search covers a large area and keeps looking for new scenes</source>
        <translation>Uma pesquisa programada cobre uma área grande e continua a procurar novas cenas</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="69"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="71"/>
        <source>Next page</source>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="78"/>
        <source>Per page</source>
        <translation>Por página</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="84"/>
        <source>Zoom to</source>
        <translation>Zoom para</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="84"/>
        <source>Zoom the map to the selected scenes</source>
        <translation>Fazer zoom do mapa para as cenas selecionadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="85"/>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="85"/>
        <source>Show the selected scenes&apos; quick-looks on the map</source>
        <translation>Mostrar no mapa as pré-visualizações rápidas das cenas selecionadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="86"/>
        <source>Use for processing</source>
        <translation>Usar para processamento</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="86"/>
        <source>Process the selected scenes: they become the imagery of the Start tab</source>
        <translation>Processar as cenas selecionadas: tornam-se as imagens da aba Iniciar</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../integration/auth.py" line="98"/>
        <source>The API token is empty; paste the token from the Mapflow web app (Account › API).</source>
        <translation>O token de API está vazio; cole o token da interface web do Mapflow (Account › API).</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="104"/>
        <source>This is not a Mapflow API token: it should be the base64 text copied from the Mapflow web app (Account › API).</source>
        <translation>Isto não é um token de API do Mapflow: deve ser o texto base64 copiado da interface web do Mapflow (Account › API).</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="109"/>
        <source>This is not a Mapflow API token: once decoded it should read “e-mail:key”. Copy it again from the Mapflow web app (Account › API).</source>
        <translation>Isto não é um token de API do Mapflow: uma vez decodificado, deve ter a forma “e-mail:chave”. Copie-o novamente da interface web do Mapflow (Account › API).</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="166"/>
        <source>The QGIS authentication system is not available, so the token cannot be stored safely.</source>
        <translation>O sistema de autenticação do QGIS não está disponível, por isso o token não pode ser guardado com segurança.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="175"/>
        <source>The QGIS authentication database is locked: its master password is needed to store or read the Mapflow token.</source>
        <translation>A base de dados de autenticação do QGIS está bloqueada: a sua senha mestra é necessária para guardar ou ler o token do Mapflow.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="212"/>
        <source>“{id}” is not an authentication configuration id: it is 7 letters and digits, as shown in Settings › Authentication.</source>
        <translation>“{id}” não é um id de configuração de autenticação: tem 7 letras e algarismos, como mostrado em Configurações › Autenticação.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="217"/>
        <source>There is no authentication configuration “{id}” in this QGIS profile.</source>
        <translation>Não há nenhuma configuração de autenticação “{id}” neste perfil do QGIS.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="226"/>
        <source>The authentication configuration “{id}” is not a Basic login with a user name and a password.</source>
        <translation>A configuração de autenticação “{id}” não é um login Basic com nome de usuário e senha.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="308"/>
        <source>QGIS could not store the secret in its authentication database.</source>
        <translation>O QGIS não conseguiu guardar o segredo na sua base de dados de autenticação.</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../ui/dialogs_review.py" line="31"/>
        <source>Send “{name}” back to Mapflow for review: say what is wrong. Support reworks the result and it comes back to you for review.</source>
        <translation>Devolver “{name}” ao Mapflow para revisão: diga o que está errado. O suporte refaz o resultado e ele volta para a sua revisão.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="35"/>
        <source>Send the {count} object(s) marked in “{layer}”</source>
        <translation>Enviar o(s) {count} objeto(s) marcado(s) em “{layer}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="41"/>
        <source>No objects are marked. To show what is wrong or missing, cancel, press “Mark corrections” and draw them on the map.</source>
        <translation>Nenhum objeto está marcado. Para mostrar o que está errado ou em falta, cancele, clique em “Marcar correções” e desenhe-os no mapa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="61"/>
        <source>At most {limit} characters ({length} now).</source>
        <translation>No máximo {limit} caracteres ({length} agora).</translation>
    </message>
    <message>
        <location filename="../ui/forms/send_back_dialog.ui" line="5"/>
        <source>Send back for review</source>
        <translation>Devolver para revisão</translation>
    </message>
    <message>
        <location filename="../ui/forms/send_back_dialog.ui" line="16"/>
        <source>What is wrong with the result (required)</source>
        <translation>O que está errado no resultado (obrigatório)</translation>
    </message>
</context>
<context>
    <name>SourceWidget</name>
    <message>
        <location filename="../ui/forms/source.ui" line="5"/>
        <source>Imagery</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="9"/>
        <source>Data provider</source>
        <translation>Fornecedor de dados</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="10"/>
        <source>My URL (XYZ, TMS, Quadkey, WMS)</source>
        <translation>Meu URL (XYZ, TMS, Quadkey, WMS)</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="11"/>
        <source>My imagery (GeoTIFF)</source>
        <translation>Minhas imagens (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="12"/>
        <source>Imagery search (scenes)</source>
        <translation>Pesquisa de imagens (cenas)</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="19"/>
        <source>Provider</source>
        <translation>Fornecedor</translation>
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
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="38"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="39"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="40"/>
        <source>optional, kept in the QGIS authentication database</source>
        <translation>opcional, guardada na base de dados de autenticação do QGIS</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="46"/>
        <source>Mosaic</source>
        <translation>Mosaico</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="48"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="52"/>
        <source>Upload GeoTIFF…</source>
        <translation>Enviar GeoTIFF…</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="54"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="61"/>
        <source>No scenes chosen yet.</source>
        <translation>Ainda nenhuma cena escolhida.</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="63"/>
        <source>Search imagery…</source>
        <translation>Pesquisar imagens…</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="63"/>
        <source>Find scenes over the area of interest in the Search tab</source>
        <translation>Encontrar cenas sobre a área de interesse na aba Pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="71"/>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="71"/>
        <source>Add the chosen imagery to the map as a layer</source>
        <translation>Adicionar as imagens escolhidas ao mapa como camada</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="27"/>
        <source>— (server decides)</source>
        <translation>— (o servidor decide)</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="63"/>
        <source>New mosaic…</source>
        <translation>Novo mosaico…</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="158"/>
        <source>{zoom} — {price:g} credits/km²</source>
        <translation>{zoom} — {price:g} créditos/km²</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="171"/>
        <source>All images of the mosaic</source>
        <translation>Todas as imagens do mosaico</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <location filename="../ui/star_rating.py" line="42"/>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../ui/star_rating.py" line="69"/>
        <source>{rating} of {count}</source>
        <translation>{rating} de {count}</translation>
    </message>
    <message>
        <location filename="../ui/star_rating.py" line="70"/>
        <source>not rated</source>
        <translation>sem avaliação</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="8"/>
        <source>Processing name</source>
        <translation>Nome do processamento</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="9"/>
        <source>Cost</source>
        <translation>Custo</translation>
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
        <translation>Pedir confirmação antes de iniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="13"/>
        <source>Start processing</source>
        <translation>Iniciar processamento</translation>
    </message>
</context>
<context>
    <name>StatsWidget</name>
    <message>
        <location filename="../ui/forms/stats.ui" line="12"/>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="17"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="16"/>
        <source>to</source>
        <translation>a</translation>
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
        <translation>Nome, projeto, modelo ou e-mail</translation>
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
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="115"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>A data de início {start} é posterior à data de fim {end}.</translation>
    </message>
</context>
<context>
    <name>TemplateRules</name>
    <message>
        <location filename="../core/templates.py" line="46"/>
        <source>Searching</source>
        <translation>Em pesquisa</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="47"/>
        <source>Watching</source>
        <translation>Em observação</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="48"/>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="49"/>
        <source>Not searching</source>
        <translation>Inativa</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="50"/>
        <source>Ended</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="51"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="54"/>
        <source>Searching the archive over its areas.</source>
        <translation>Pesquisa no arquivo de imagens sobre as suas áreas.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="55"/>
        <source>Keeps looking for new scenes until {until}.</source>
        <translation>Continua a procurar novas cenas até {until}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="56"/>
        <source>Paused: resumed, it also finds what was published meanwhile.</source>
        <translation>Pausada: ao ser retomada, também encontra o que foi publicado durante a pausa.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="58"/>
        <source>Not searching: the limit of active planned searches was reached when it was created. Pause another one, then resume this one.</source>
        <translation>Inativa: o limite de pesquisas programadas ativas tinha sido atingido quando foi criada. Pause outra e depois retome esta.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="61"/>
        <source>Ended on {until}; it keeps what it found. Move its end date later to resume it.</source>
        <translation>Encerrada em {until}; mantém o que encontrou. Adie a sua data de fim para a retomar.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="63"/>
        <source>The search failed ({reason}); restart it.</source>
        <translation>A pesquisa falhou ({reason}); reinicie-a.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="97"/>
        <source>the server gave no reason</source>
        <translation>o servidor não indicou o motivo</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="111"/>
        <source>Planned search</source>
        <translation>Pesquisa programada</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="112"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="113"/>
        <source>New scenes</source>
        <translation>Novas cenas</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="114"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="115"/>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="148"/>
        <source>{new} new of {found} scenes found; last looked {checked}.</source>
        <translation>{new} novas de {found} cenas encontradas; última verificação {checked}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="151"/>
        <source>{count} area(s), {area} in all.</source>
        <translation>{count} área(s), {area} no total.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="154"/>
        <source>Created by {email}.</source>
        <translation>Criada por {email}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="171"/>
        <source>Planned search “{name}” found {count} new scene(s).</source>
        <translation>A pesquisa programada “{name}” encontrou {count} nova(s) cena(s).</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="194"/>
        <source>New scenes are waiting in planned searches: {names}.</source>
        <translation>Há novas cenas à espera em pesquisas programadas: {names}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="233"/>
        <source>Your role in this project is {role}: you can change only the planned searches you created.</source>
        <translation>O seu papel neste projeto é {role}: só pode alterar as pesquisas programadas que criou.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="243"/>
        <source>Select a planned search first.</source>
        <translation>Selecione primeiro uma pesquisa programada.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="256"/>
        <source>The planned search ended on {until}; move its end date later to resume it.</source>
        <translation>A pesquisa programada terminou em {until}; adie a sua data de fim para a retomar.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="261"/>
        <source>It is not paused.</source>
        <translation>Não está pausada.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="265"/>
        <source>It is not searching.</source>
        <translation>Não está ativa.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="269"/>
        <source>Only a failed planned search can be restarted.</source>
        <translation>Só uma pesquisa programada com falha pode ser reiniciada.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>Give the planned search a name.</source>
        <translation>Dê um nome à pesquisa programada.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>The name of the planned search is {length} characters long; at most {limit} are allowed.</source>
        <translation>O nome da pesquisa programada tem {length} caracteres; são permitidos no máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>The name of the planned search must not contain line breaks or tabs.</source>
        <translation>O nome da pesquisa programada não pode conter quebras de linha nem tabulações.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>Give the area a name.</source>
        <translation>Dê um nome à área.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>The name of the area is {length} characters long; at most {limit} are allowed.</source>
        <translation>O nome da área tem {length} caracteres; são permitidos no máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>The name of the area must not contain line breaks or tabs.</source>
        <translation>O nome da área não pode conter quebras de linha nem tabulações.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="335"/>
        <source>The end date of the planned search must be within six months (until {date}).</source>
        <translation>A data de fim da pesquisa programada deve estar dentro de seis meses (até {date}).</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="348"/>
        <source>An area of interest is empty or not a valid polygon; draw or choose a polygon with an area.</source>
        <translation>Uma área de interesse está vazia ou não é um polígono válido; desenhe ou escolha um polígono com área.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="352"/>
        <source>A planned search has at most {limit} areas ({count} given).</source>
        <translation>Uma pesquisa programada tem no máximo {limit} áreas ({count} indicadas).</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="358"/>
        <source>{reason} Its areas would cover {area}.</source>
        <translation>{reason} As suas áreas cobririam {area}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="419"/>
        <source>, zoom {zoom}</source>
        <translation>, zoom {zoom}</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="470"/>
        <source>Other processings</source>
        <translation>Outros processamentos</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="488"/>
        <source>planned search “{name}”, area “{aoi}”</source>
        <translation>pesquisa programada “{name}”, área “{aoi}”</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="490"/>
        <source>planned search “{name}”, {count} areas</source>
        <translation>pesquisa programada “{name}”, {count} áreas</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="496"/>
        <source>The planned search “{name}” no longer exists (it was deleted, perhaps by a colleague); its view is closed.</source>
        <translation>A pesquisa programada “{name}” já não existe (foi eliminada, talvez por um colega); a sua vista foi fechada.</translation>
    </message>
</context>
<context>
    <name>TemplateView</name>
    <message>
        <location filename="../ui/forms/template_view.ui" line="6"/>
        <source>◀ Planned searches</source>
        <translation>◀ Pesquisas programadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="6"/>
        <source>Back to the list of planned searches and processings</source>
        <translation>Voltar à lista de pesquisas programadas e processamentos</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Stop looking for new scenes until resumed</source>
        <translation>Deixar de procurar novas cenas até ser retomada</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Look for new scenes again, including those published while paused</source>
        <translation>Procurar novamente novas cenas, incluindo as publicadas durante a pausa</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Search again after a failure</source>
        <translation>Pesquisar novamente após uma falha</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>End date…</source>
        <translation>Data de fim…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Change until when it looks for new scenes (at most six months ahead)</source>
        <translation>Alterar até quando procura novas cenas (no máximo seis meses à frente)</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="11"/>
        <source>Scenes</source>
        <translation>Cenas</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Show the scenes found over one area, or over all of them</source>
        <translation>Mostrar as cenas encontradas sobre uma área ou sobre todas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Only new</source>
        <translation>Só novas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Show only the scenes not marked as seen</source>
        <translation>Mostrar apenas as cenas não marcadas como vistas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="14"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="14"/>
        <source>Narrow the scenes found: the table greys what does not match at once, and asks the server again</source>
        <translation>Restringir as cenas encontradas: a tabela acinzenta de imediato o que não corresponde e consulta novamente o servidor</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="17"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="17"/>
        <source>Next page</source>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Zoom to</source>
        <translation>Zoom para</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Zoom the map to the selected scenes</source>
        <translation>Fazer zoom do mapa para as cenas selecionadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Show the selected scenes&apos; quick-looks on the map</source>
        <translation>Mostrar no mapa as pré-visualizações rápidas das cenas selecionadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Mark seen</source>
        <translation>Marcar como vistas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>The selected scenes are no longer new</source>
        <translation>As cenas selecionadas deixam de ser novas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>All seen</source>
        <translation>Todas vistas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Every scene of this planned search is no longer new</source>
        <translation>Todas as cenas desta pesquisa programada deixam de ser novas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Process…</source>
        <translation>Processar…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Process the selected scenes over the planned search&apos;s area: the Start tab shows the cost and starts it</source>
        <translation>Processar as cenas selecionadas sobre a área da pesquisa programada: a aba Iniciar mostra o custo e inicia o processamento</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="21"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Add an area: draw it on the map, or take the Start tab&apos;s area of interest</source>
        <translation>Adicionar uma área: desenhe-a no mapa ou use a área de interesse da aba Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Redraw</source>
        <translation>Redesenhar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Draw the selected area again on the map</source>
        <translation>Desenhar novamente a área selecionada no mapa</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Zoom the map to the selected areas</source>
        <translation>Fazer zoom do mapa para as áreas selecionadas</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>Processings</source>
        <translation>Processamentos</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Carregar resultados</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Load the results of the selected finished processings</source>
        <translation>Carregar os resultados dos processamentos concluídos selecionados</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Ask for the processings again</source>
        <translation>Pedir novamente os processamentos</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>New scenes</source>
        <translation>Novas cenas</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="119"/>
        <source>Draw on the map</source>
        <translation>Desenhar no mapa</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="121"/>
        <source>The Start tab&apos;s area of interest</source>
        <translation>A área de interesse da aba Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="178"/>
        <source>All areas</source>
        <translation>Todas as áreas</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="262"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
</context>
<context>
    <name>TemplatesListWidget</name>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="5"/>
        <source>Planned searches</source>
        <translation>Pesquisas programadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="6"/>
        <source>Saved searches that keep looking for new imagery over their areas</source>
        <translation>Pesquisas guardadas que continuam a procurar novas imagens sobre as suas áreas</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="28"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="28"/>
        <source>Show its areas, scenes and processings</source>
        <translation>Mostrar as suas áreas, cenas e processamentos</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="29"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="29"/>
        <source>Stop looking for new scenes until resumed</source>
        <translation>Deixar de procurar novas cenas até ser retomada</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="30"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="30"/>
        <source>Look for new scenes again, including those published while paused</source>
        <translation>Procurar novamente novas cenas, incluindo as publicadas durante a pausa</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="31"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="31"/>
        <source>Search again after a failure</source>
        <translation>Pesquisar novamente após uma falha</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="32"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="33"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/templates_list_widget.py" line="52"/>
        <source>Select a planned search first.</source>
        <translation>Selecione primeiro uma pesquisa programada.</translation>
    </message>
    <message>
        <location filename="../ui/templates_list_widget.py" line="64"/>
        <source>Planned searches ({count})</source>
        <translation>Pesquisas programadas ({count})</translation>
    </message>
</context>
</TS>
