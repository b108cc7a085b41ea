<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>@default</name>
    <message>
        <location filename="../core/processing_view.py" line="156"/>
        <source>the server gave no reason</source>
        <translation>服务器未给出原因</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="296"/>
        <source>Processing &apos;{name}&apos; finished</source>
        <translation>处理任务“{name}”已完成</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="297"/>
        <source>Processing &apos;{name}&apos; failed: {reason}</source>
        <translation>处理任务“{name}”失败：{reason}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="74"/>
        <source>, zoom {zoom}</source>
        <translation>，缩放级别 {zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="348"/>
        <source>Data provider {name}{zoom}</source>
        <translation>数据提供商 {name}{zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="351"/>
        <source>{kind} URL {url}{zoom}</source>
        <translation>{kind} 地址：{url}{zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="354"/>
        <source>My imagery: mosaic {id}</source>
        <translation>我的影像：镶嵌影像 {id}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="357"/>
        <source>My imagery: mosaic {id}, images {images}</source>
        <translation>我的影像：镶嵌影像 {id}，影像 {images}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="358"/>
        <source>My imagery: images {images}</source>
        <translation>我的影像：影像 {images}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="361"/>
        <source>Imagery search ({provider}): {count} image(s){zoom}</source>
        <translation>影像搜索（{provider}）：{count} 幅影像{zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="366"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="373"/>
        <source>{model}; options: {options}</source>
        <translation>{model}；选项：{options}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="379"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="380"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="381"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="382"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="382"/>
        <source>{area} km² in {count} AOI(s)</source>
        <translation>{area} km²，共 {count} 个感兴趣区域</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="385"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="386"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="387"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="391"/>
        <source>Scenes</source>
        <translation>景</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="393"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="399"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="403"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="404"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="451"/>
        <source>Select a processing first.</source>
        <translation>请先选择一个处理任务。</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="453"/>
        <source>Select exactly one processing.</source>
        <translation>请只选择一个处理任务。</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="460"/>
        <source>The results of “{name}” are being loaded.</source>
        <translation>正在加载“{name}”的结果。</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="31"/>
        <source>Enter the URL of your imagery service.</source>
        <translation>请输入您的影像服务的 URL。</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="34"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation>影像 URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="39"/>
        <source>A {type} URL needs the placeholder(s) {missing}, e.g. {example}.</source>
        <translation>{type} URL 需要包含占位符 {missing}，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="43"/>
        <source>A WMS URL needs its LAYERS parameter, e.g. https://example.com/wms?LAYERS=ortho.</source>
        <translation>WMS URL 需要包含 LAYERS 参数，例如 https://example.com/wms?LAYERS=ortho。</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="60"/>
        <source>No data provider is available for this account.</source>
        <translation>此账户没有可用的数据提供商。</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="72"/>
        <source>{type} tiles from {host}</source>
        <translation>来自 {host} 的 {type} 瓦片</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="77"/>
        <source>Choose a mosaic of your imagery, or upload a GeoTIFF.</source>
        <translation>请选择一个由您的影像组成的镶嵌影像，或上传一个 GeoTIFF。</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="80"/>
        <source>my image {name}</source>
        <translation>我的影像 {name}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="81"/>
        <source>my mosaic {name}</source>
        <translation>我的镶嵌影像 {name}</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="55"/>
        <source>Search footprints</source>
        <translation>搜索结果覆盖范围</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="151"/>
        <source>The downloaded result is empty (0 bytes): the server sent no data.</source>
        <translation>下载的结果为空（0 字节）：服务器未发送任何数据。</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="167"/>
        <source>The downloaded result is not complete or not valid GeoJSON ({detail}). The download may have been cut off: load the results again.</source>
        <translation>下载的结果不完整或不是有效的 GeoJSON（{detail}）。下载可能被中断：请重新加载结果。</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="172"/>
        <source>The downloaded result is not a GeoJSON FeatureCollection (it starts with: &quot;{head}&quot;).</source>
        <translation>下载的结果不是 GeoJSON FeatureCollection（其开头为：“{head}”）。</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="122"/>
        <source>no details from GDAL</source>
        <translation>GDAL 未提供详细信息</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="122"/>
        <source>Writing the GeoPackage {name} failed: {detail}</source>
        <translation>写入 GeoPackage {name} 失败：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="335"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="74"/>
        <source>There were no results to write.</source>
        <translation>没有可写入的结果。</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="91"/>
        <source>GDAL cannot read the result of {id}: {detail}</source>
        <translation>GDAL 无法读取 {id} 的结果：{detail}</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="77"/>
        <source>Cannot create the results folder {folder}: {reason}</source>
        <translation>无法创建结果文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="98"/>
        <source>The download finished but wrote no file.</source>
        <translation>下载已完成，但未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="104"/>
        <source>The processing returned no features: the GeoPackage has an empty polygon layer.</source>
        <translation>处理任务未返回任何要素：GeoPackage 中的多边形图层为空。</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="106"/>
        <source>Features of type {types} were left out: result layers hold polygons, lines and points only.</source>
        <translation>已略去类型为 {types} 的要素：结果图层只包含多边形、线和点。</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="38"/>
        <source>polygons</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="38"/>
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="39"/>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="54"/>
        <source>QGIS cannot open the layer {layer} of {file}.</source>
        <translation>QGIS 无法打开 {file} 中的图层 {layer}。</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="76"/>
        <source>{name} (tiles)</source>
        <translation>{name}（瓦片）</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="84"/>
        <source>{name} (imagery)</source>
        <translation>{name}（影像）</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="90"/>
        <source>There were no result layers to add.</source>
        <translation>没有可添加的结果图层。</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="69"/>
        <source>GDAL could not place the preview on the map: {reason}</source>
        <translation>GDAL 无法将预览放置到地图上：{reason}</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="78"/>
        <source>The preview is not a picture GDAL can read.</source>
        <translation>预览不是 GDAL 可读取的图片。</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="85"/>
        <source>GDAL could not georeference the preview.</source>
        <translation>GDAL 无法对预览进行地理配准。</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="90"/>
        <source>GDAL could not warp the preview onto the scene&apos;s footprint.</source>
        <translation>GDAL 无法将预览变换到该景的覆盖范围上。</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="106"/>
        <source>Preview: {provider} {date} ({id})</source>
        <translation>预览：{provider} {date}（{id}）</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="135"/>
        <source>QGIS could not open the georeferenced preview of {id}.</source>
        <translation>QGIS 无法打开 {id} 的已配准预览。</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="142"/>
        <source>QGIS could not open the preview tiles of {id}.</source>
        <translation>QGIS 无法打开 {id} 的预览瓦片。</translation>
    </message>
    <message>
        <location filename="../layers/styles.py" line="86"/>
        <source>The style file {name} is missing from the plugin folder; the layer keeps the default style.</source>
        <translation>插件文件夹中缺少样式文件 {name}；图层保留默认样式。</translation>
    </message>
    <message>
        <location filename="../layers/styles.py" line="90"/>
        <source>The style {name} could not be applied: {reason}</source>
        <translation>无法应用样式 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="94"/>
        <source>The TileJSON address is not an http(s) URL: {url}</source>
        <translation>TileJSON 地址不是 http(s) URL：{url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="104"/>
        <source>The tile server at {host} did not answer within {seconds:g} s.</source>
        <translation>{host} 上的瓦片服务器在 {seconds:g} 秒内没有响应。</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="109"/>
        <source>Cannot reach the tile server at {host}: {reason}</source>
        <translation>无法连接 {host} 上的瓦片服务器：{reason}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="112"/>
        <source>The tile server answered HTTP {status} for the TileJSON at {host}.</source>
        <translation>{host} 上的瓦片服务器对 TileJSON 请求返回了 HTTP {status}。</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="115"/>
        <source>The TileJSON at {host} is too large to be a TileJSON document.</source>
        <translation>{host} 上的 TileJSON 过大，不可能是 TileJSON 文档。</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="120"/>
        <source>The TileJSON at {host} is not valid JSON.</source>
        <translation>{host} 上的 TileJSON 不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="127"/>
        <source>The TileJSON is not a JSON object.</source>
        <translation>TileJSON 不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="164"/>
        <source>The TileJSON at {host} lists no tile URL.</source>
        <translation>{host} 上的 TileJSON 未列出任何瓦片 URL。</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="168"/>
        <source>The processing reports neither a tile URL nor a TileJSON.</source>
        <translation>该处理任务既未提供瓦片 URL，也未提供 TileJSON。</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="176"/>
        <source>The tile URL is not an http(s) URL: {url}</source>
        <translation>瓦片 URL 不是 http(s) URL：{url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="179"/>
        <source>The tile URL has no {{z}}/{{x}}/{{y}} placeholders: {url}</source>
        <translation>瓦片 URL 中没有 {{z}}/{{x}}/{{y}} 占位符：{url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="204"/>
        <source>QGIS cannot open the vector tiles at {host}.</source>
        <translation>QGIS 无法打开 {host} 上的矢量瓦片。</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="218"/>
        <source>QGIS cannot open the imagery tiles at {host}.</source>
        <translation>QGIS 无法打开 {host} 上的影像瓦片。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="64"/>
        <source>Mapflow Processing</source>
        <translation>Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="58"/>
        <source>Show or hide the Mapflow Processing panel</source>
        <translation>显示或隐藏 Mapflow Processing 面板</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Mapflow Processing help</source>
        <translation>Mapflow Processing 帮助</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="38"/>
        <source>&lt;b&gt;Sign-in&lt;/b&gt;: the server and the account the Mapflow Processing panel last signed in to. Advanced parameters choose another server (SERVER, e.g. http://127.0.0.1:8765/rest for the sandbox) or another account (AUTHCFG: a QGIS authentication configuration of type Basic with your Mapflow e-mail as user name and the API key as password). No token is ever a parameter, so none appears in the Processing history.</source>
        <translation>&lt;b&gt;登录&lt;/b&gt;：Mapflow Processing 面板上次登录的服务器和账户。高级参数可选择其他服务器（SERVER，例如沙盒的 http://127.0.0.1:8765/rest）或其他账户（AUTHCFG：一个 Basic 类型的 QGIS 认证配置，用户名为您的 Mapflow 电子邮箱，密码为 API 密钥）。令牌从不作为参数，因此不会出现在处理历史记录中。</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="22"/>
        <source>Mapflow</source>
        <translation>Mapflow</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="78"/>
        <source>Mapflow server (empty: the panel&apos;s server)</source>
        <translation>Mapflow 服务器（留空：使用面板的服务器）</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="80"/>
        <source>Sign-in (authentication configuration; empty: the panel&apos;s stored sign-in)</source>
        <translation>登录（认证配置；留空：使用面板保存的登录信息）</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="133"/>
        <source>The algorithm was not prepared: run it through Processing.</source>
        <translation>算法未准备好：请通过处理框架运行它。</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="134"/>
        <source>Signing in to {url}…</source>
        <translation>正在登录 {url}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="136"/>
        <source>Signed in to {url} as {email}.</source>
        <translation>已以 {email} 身份登录 {url}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="57"/>
        <source>There is no stored Mapflow sign-in for {url}. Sign in once in the Mapflow Processing panel (it keeps the token in the QGIS authentication database), or choose an authentication configuration with your Mapflow e-mail and API key in the Sign-in (AUTHCFG) parameter.</source>
        <translation>没有为 {url} 保存的 Mapflow 登录信息。请在 Mapflow Processing 面板中登录一次（面板会将令牌保存在 QGIS 认证数据库中），或在“登录”（AUTHCFG）参数中选择一个包含您的 Mapflow 电子邮箱和 API 密钥的认证配置。</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="66"/>
        <source>The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Open the Mapflow Processing panel (QGIS asks for the master password there), then run the algorithm again.</source>
        <translation>QGIS 认证数据库已锁定，无法读取保存的 Mapflow 登录信息。请打开 Mapflow Processing 面板（QGIS 会在那里要求输入主密码），然后重新运行算法。</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="69"/>
        <source>The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Without a window nothing can ask for its master password: put the password in a file only you can read and set the environment variable QGIS_AUTH_PASSWORD_FILE to that file&apos;s path.</source>
        <translation>QGIS 认证数据库已锁定，无法读取保存的 Mapflow 登录信息。没有窗口就无法询问主密码：请将密码写入一个只有您能读取的文件，并将环境变量 QGIS_AUTH_PASSWORD_FILE 设为该文件的路径。</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="202"/>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="30"/>
        <source>Estimate cost</source>
        <translation>估算费用</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="33"/>
        <source>The credits a Mapflow processing of an area would cost, and what would block its start.</source>
        <translation>在 Mapflow 中处理某个区域将花费的积分，以及会阻止其启动的原因。</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>Asks the Mapflow server what a processing of the area of interest would cost with this model, these options and this imagery, as the panel&apos;s cost line does. Nothing is started or charged.</source>
        <translation>向 Mapflow 服务器询问使用此模型、这些选项和此影像处理感兴趣区域的费用，与面板中的费用行相同。不会启动任何处理，也不会扣费。</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>&lt;b&gt;Area of interest&lt;/b&gt;: the polygons of a layer (or only its selected features); they are reprojected to WGS 84, repaired and dissolved like in the panel.</source>
        <translation>&lt;b&gt;感兴趣区域&lt;/b&gt;：某个图层的多边形（或仅其选中的要素）；它们会像在面板中一样被重投影到 WGS 84、修复并融合。</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>&lt;b&gt;Outputs&lt;/b&gt;: COST (credits; 0 when the account is billed by area or not billed, see BILLING_TYPE), AREA_KM2 (the area of interest, geodesic), BLOCKING_REASON (why a start would be refused: balance, area or AOI limits, the provider&apos;s minimum area, your role in the project; empty when nothing blocks), CAN_START (true when BLOCKING_REASON is empty).</source>
        <translation>&lt;b&gt;输出&lt;/b&gt;：COST（积分；当账户按面积计费或不计费时为 0，参见 BILLING_TYPE），AREA_KM2（感兴趣区域的面积，按椭球计算），BLOCKING_REASON（启动会被拒绝的原因：余额、面积或感兴趣区域数量限制、提供商的最小面积、您在项目中的角色；没有阻止因素时为空），CAN_START（BLOCKING_REASON 为空时为 true）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>Fails (no outputs) when the area has no usable polygon, a model, option, project or provider is unknown, or the server cannot be reached.</source>
        <translation>当区域中没有可用的多边形、模型、选项、项目或提供商未知，或无法连接服务器时失败（无输出）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="53"/>
        <source>Cost, credits</source>
        <translation>费用（积分）</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="54"/>
        <source>Area, km²</source>
        <translation>面积（km²）</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="55"/>
        <source>Blocking reason</source>
        <translation>阻止原因</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="56"/>
        <source>Can start</source>
        <translation>可以启动</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="57"/>
        <source>Billing type</source>
        <translation>计费类型</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="200"/>
        <source>Reading the area of interest…</source>
        <translation>正在读取感兴趣区域…</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="76"/>
        <source>Asking the server for the cost…</source>
        <translation>正在向服务器询问费用…</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="141"/>
        <source>Area of interest: {aoi}.</source>
        <translation>感兴趣区域：{aoi}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="88"/>
        <source>Model: {model}; imagery: {source}.</source>
        <translation>模型：{model}；影像：{source}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="92"/>
        <source>Cost: {credits} credits.</source>
        <translation>费用：{credits} 积分。</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="96"/>
        <source>A start would be refused: {reason}</source>
        <translation>启动将被拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="38"/>
        <source>Area of interest (polygon layer)</source>
        <translation>感兴趣区域（多边形图层）</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="49"/>
        <source>Project (name or id; empty: the default project)</source>
        <translation>项目（名称或 ID；留空：默认项目）</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="46"/>
        <source>Model (name or id, e.g. Buildings, Forest, Roads, Construction sites)</source>
        <translation>模型（名称或 ID，例如 Buildings、Forest、Roads、Construction sites）</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="49"/>
        <source>Model options (comma-separated, e.g. Classification, Heights)</source>
        <translation>模型选项（以逗号分隔，例如 Classification、Heights）</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="52"/>
        <source>Imagery provider (name; empty: the account&apos;s first provider)</source>
        <translation>影像提供商（名称；留空：账户的第一个提供商）</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="55"/>
        <source>Zoom (0: the server chooses the model&apos;s zoom)</source>
        <translation>缩放级别（0：由服务器选择模型的缩放级别）</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="58"/>
        <source>Imagery URL instead of a provider (tile or WMS URL)</source>
        <translation>影像 URL（代替提供商；瓦片或 WMS URL）</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="60"/>
        <source>Imagery URL type</source>
        <translation>影像 URL 类型</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="63"/>
        <source>Login for the imagery URL (authentication configuration)</source>
        <translation>影像 URL 的登录信息（认证配置）</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="66"/>
        <source>My imagery: mosaic id (instead of a provider or URL)</source>
        <translation>我的影像：镶嵌影像 ID（代替提供商或 URL）</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="71"/>
        <source>&lt;b&gt;Model&lt;/b&gt; and &lt;b&gt;options&lt;/b&gt; are given by name (any case; “Buildings” finds “🏠 Buildings”) or id; an unknown name fails with the list of what the account offers. &lt;b&gt;Imagery&lt;/b&gt;: a data provider of your account at a zoom (0: the zoom the server chooses for the model), or your own tile service (URL with {x} {y} {z}, or {q} for Quadkey, or a WMS URL with LAYERS) whose login may come from an authentication configuration, or (advanced) a mosaic of your own imagery by id.</source>
        <translation>&lt;b&gt;模型&lt;/b&gt;和&lt;b&gt;选项&lt;/b&gt;按名称（不区分大小写；“Buildings”可找到“🏠 Buildings”）或 ID 指定；未知名称会失败，并列出账户提供的全部内容。&lt;b&gt;影像&lt;/b&gt;：您账户中的某个数据提供商及缩放级别（0：由服务器为模型选择缩放级别），或您自己的瓦片服务（包含 {x} {y} {z} 的 URL，或用于 Quadkey 的 {q}，或带 LAYERS 的 WMS URL），其登录信息可来自认证配置，或者（高级）按 ID 指定您自己影像的镶嵌影像。</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="214"/>
        <source>{parts} polygon(s), {area}</source>
        <translation>{parts} 个多边形，{area}</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="34"/>
        <source>List processings</source>
        <translation>列出处理任务</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="37"/>
        <source>The processings of a Mapflow project as a table.</source>
        <translation>以表格形式列出 Mapflow 项目中的处理任务。</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="40"/>
        <source>Writes the processings of a project (newest first) to a table: processing_id, name, model, status (the API's value: OK, FAILED, IN_PROGRESS…), progress, area_km2, cost, created, completed (when a finished processing last changed) and message (why it failed).</source>
        <translation>将项目中的处理任务（最新的在前）写入表格：processing_id、name、model、status（API 的取值：OK、FAILED、IN_PROGRESS…）、progress、area_km2、cost、created、completed（已完成的处理任务最后一次变更的时间）和 message（失败原因）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="40"/>
        <source>&lt;b&gt;Statuses&lt;/b&gt;: keep only these (none chosen: all). &lt;b&gt;Text&lt;/b&gt;: the server&apos;s search, as in the panel&apos;s list. &lt;b&gt;Maximum&lt;/b&gt;: at most this many rows (0: all).</source>
        <translation>&lt;b&gt;状态&lt;/b&gt;：只保留这些状态（未选择：全部）。&lt;b&gt;文本&lt;/b&gt;：服务器端搜索，与面板列表中的相同。&lt;b&gt;最大数量&lt;/b&gt;：最多输出这么多行（0：全部）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="51"/>
        <source>Statuses (none: all)</source>
        <translation>状态（未选择：全部）</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="55"/>
        <source>Text search</source>
        <translation>文本搜索</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="56"/>
        <source>Maximum number of rows (0: all)</source>
        <translation>最大行数（0：全部）</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="58"/>
        <source>Processings</source>
        <translation>处理任务</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="59"/>
        <source>Number of processings</source>
        <translation>处理任务数量</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="74"/>
        <source>Project: {name}.</source>
        <translation>项目：{name}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="92"/>
        <source>{count} processing(s).</source>
        <translation>{count} 个处理任务。</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="41"/>
        <source>Wait and load result</source>
        <translation>等待并加载结果</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="44"/>
        <source>Waits until Mapflow processings end and writes their vector results to a GeoPackage.</source>
        <translation>等待 Mapflow 处理任务结束，并将其矢量结果写入 GeoPackage。</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>Waits until each processing ends (polling at the panel&apos;s interval, up to the time limit in minutes; 0: no limit), downloads its vector result and writes a GeoPackage.</source>
        <translation>等待每个处理任务结束（按面板的间隔轮询，最长不超过以分钟计的时间限制；0：不限制），下载其矢量结果并写入 GeoPackage。</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>&lt;b&gt;Processing ids&lt;/b&gt;: one id, or several separated by commas (the PROCESSING_IDS output of “Start processing”). The GeoPackage has one table per geometry family (polygons, lines, points); each feature carries processing_id and processing_name, so the results of several processings stay apart. Loaded into the project, each table becomes a layer with the panel's style for its model.</source>
        <translation>&lt;b&gt;处理任务 ID&lt;/b&gt;：一个 ID，或以逗号分隔的多个 ID（“启动处理”的 PROCESSING_IDS 输出）。GeoPackage 中每种几何类型（polygons、lines、points）各有一个表；每个要素都带有 processing_id 和 processing_name，因此多个处理任务的结果不会混在一起。加载到工程后，每个表都会成为一个图层，并使用面板为其模型设置的样式。</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>Fails with the server's message when a processing FAILED (or was cancelled), and names the status when the time limit is reached; “Load the others when some failed” writes what succeeded and reports the rest. &lt;b&gt;Outputs&lt;/b&gt;: the GeoPackage and FEATURE_COUNT (features in all tables).</source>
        <translation>当某个处理任务失败（FAILED）或被取消时，以服务器的消息报错；达到时间限制时，报告当时的状态；“部分失败时仍加载其余结果”会写入成功的结果并报告其余的。&lt;b&gt;输出&lt;/b&gt;：GeoPackage 和 FEATURE_COUNT（所有表中的要素数）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="97"/>
        <source>Processing ids (comma-separated)</source>
        <translation>处理任务 ID（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="62"/>
        <source>Time limit, minutes (0: no limit)</source>
        <translation>时间限制，分钟（0：不限制）</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="64"/>
        <source>Load the others when some failed</source>
        <translation>部分失败时仍加载其余结果</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="66"/>
        <source>Result GeoPackage</source>
        <translation>结果 GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="67"/>
        <source>Feature count</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="68"/>
        <source>Processings loaded</source>
        <translation>已加载的处理任务</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="95"/>
        <source>{table}: {count} feature(s).</source>
        <translation>{table}：{count} 个要素。</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="111"/>
        <source>Downloading the result of “{name}”…</source>
        <translation>正在下载“{name}”的结果…</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="121"/>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="136"/>
        <source>The result is written as a GeoPackage: choose a file name ending in .gpkg (not {name}).</source>
        <translation>结果将写入 GeoPackage：请选择以 .gpkg 结尾的文件名（而不是 {name}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="25"/>
        <source>Mapflow: AI extraction of buildings, forest, roads and construction from imagery</source>
        <translation>Mapflow：利用 AI 从影像中提取建筑物、森林、道路和建筑工地</translation>
    </message>
    <message>
        <location filename="../processing_provider/result_layers.py" line="51"/>
        <source>Mapflow results ({count} processings)</source>
        <translation>Mapflow 结果（{count} 个处理任务）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="82"/>
        <source>Start processing</source>
        <translation>启动处理</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="62"/>
        <source>Starts Mapflow processings of an area: one for the whole layer, or one per feature.</source>
        <translation>对某个区域启动 Mapflow 处理任务：整个图层一个，或每个要素一个。</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>Starts a Mapflow processing of the area of interest, checked and priced like the panel&apos;s Start button. &lt;b&gt;This spends credits.&lt;/b&gt;</source>
        <translation>对感兴趣区域启动 Mapflow 处理任务，检查和计价方式与面板中的“启动”按钮相同。&lt;b&gt;这会消耗积分。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;One processing per feature&lt;/b&gt;: each feature (or selected feature) becomes its own processing, named by the name expression (a field or any expression; empty: the name followed by the feature id). A feature that cannot start is reported, written to the table as NOT_STARTED with the reason, and the others go on. Without it, all polygons form one processing (at most the account&apos;s number of AOIs per processing).</source>
        <translation>&lt;b&gt;每个要素一个处理任务&lt;/b&gt;：每个要素（或选中的要素）各自成为一个处理任务，以名称表达式命名（字段或任意表达式；留空：名称后接要素 ID）。无法启动的要素会被报告，并以 NOT_STARTED 及原因写入表中，其余要素继续进行。不勾选时，所有多边形组成一个处理任务（不超过账户允许的每个处理任务的感兴趣区域数量）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;Wait until each ends&lt;/b&gt;: polls every few seconds (the panel&apos;s poll interval) up to the time limit in minutes (0: no limit); the table then shows the final status. Cancelling stops waiting, never a processing.</source>
        <translation>&lt;b&gt;等待每个处理任务结束&lt;/b&gt;：每隔几秒轮询一次（面板的轮询间隔），最长不超过以分钟计的时间限制（0：不限制）；之后表中显示最终状态。取消只会停止等待，绝不会取消处理任务。</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;Outputs&lt;/b&gt;: PROCESSING_IDS, the started ids separated by commas (the input of “Wait and load result”), and a table of processing id, name, feature id, status and message.</source>
        <translation>&lt;b&gt;输出&lt;/b&gt;：PROCESSING_IDS，即以逗号分隔的已启动处理任务 ID（“等待并加载结果”的输入），以及一张包含处理任务 ID、名称、要素 ID、状态和消息的表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="83"/>
        <source>Processing name (empty: the model and the date)</source>
        <translation>处理任务名称（留空：模型和日期）</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="85"/>
        <source>One processing per feature</source>
        <translation>每个要素一个处理任务</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="87"/>
        <source>Name of each feature&apos;s processing (field or expression)</source>
        <translation>每个要素的处理任务名称（字段或表达式）</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="91"/>
        <source>Wait until each processing ends</source>
        <translation>等待每个处理任务结束</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="93"/>
        <source>Time limit for waiting, minutes (0: no limit)</source>
        <translation>等待的时间限制，分钟（0：不限制）</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="96"/>
        <source>Started processings</source>
        <translation>已启动的处理任务</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="98"/>
        <source>Processings started</source>
        <translation>已启动的处理任务数</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="99"/>
        <source>Features not started</source>
        <translation>未启动的要素数</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="146"/>
        <source>Or start one processing per feature (One processing per feature).</source>
        <translation>或者为每个要素启动一个处理任务（“每个要素一个处理任务”）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="156"/>
        <source>Feature {fid}: {name}</source>
        <translation>要素 {fid}：{name}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="164"/>
        <source>Cancelled: no further processing was started.</source>
        <translation>已取消：不再启动更多处理任务。</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="166"/>
        <source>No processing was started. {reason}</source>
        <translation>未启动任何处理任务。{reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="168"/>
        <source>The area of interest has no features.</source>
        <translation>感兴趣区域中没有要素。</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="177"/>
        <source>The name expression is not valid: {error}</source>
        <translation>名称表达式无效：{error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="226"/>
        <source>Feature {fid}</source>
        <translation>要素 {fid}</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="117"/>
        <source>Starting the processing</source>
        <translation>正在启动处理任务</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="237"/>
        <source>Started “{name}” ({id}).</source>
        <translation>已启动“{name}”（{id}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="242"/>
        <source>“{name}” was not started: {reason}</source>
        <translation>“{name}”未能启动：{reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="40"/>
        <source>Waiting for “{name}”: {status}, {percent} %</source>
        <translation>正在等待“{name}”：{status}，{percent} %</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="52"/>
        <source>Cancelled while waiting; the processings go on on the server.</source>
        <translation>等待已取消；处理任务仍在服务器上继续运行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="58"/>
        <source>“{name}” ({id}) ended: {status}.</source>
        <translation>“{name}”（{id}）已结束：{status}。</translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="95"/>
        <source>{task} — cancelled</source>
        <translation>{task} — 已取消</translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="125"/>
        <source>The task &quot;{name}&quot; failed.</source>
        <translation>任务“{name}”失败。</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="58"/>
        <source>Unknown result load mode &quot;{value}&quot;: expected gpkg, tiles or both.</source>
        <translation>未知的结果加载模式“{value}”：应为 gpkg、tiles 或 both。</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="87"/>
        <source>Loading results as GeoPackage needs a downloader.</source>
        <translation>以 GeoPackage 形式加载结果需要下载器。</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="89"/>
        <source>Loading results as tiles needs the processing&apos;s tile endpoints.</source>
        <translation>以瓦片形式加载结果需要处理任务的瓦片端点。</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="107"/>
        <source>Mapflow: load results of &quot;{name}&quot;</source>
        <translation>Mapflow：加载“{name}”的结果</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="144"/>
        <source>Vector tiles</source>
        <translation>矢量瓦片</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="147"/>
        <source>Imagery tiles</source>
        <translation>影像瓦片</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="40"/>
        <source>{area} in {parts} part(s), from {source}</source>
        <translation>{area}，共 {parts} 个部分，来源：{source}</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="40"/>
        <source>the map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="43"/>
        <source>No area chosen.</source>
        <translation>未选择区域。</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="201"/>
        <source>Mapflow: read the area of interest</source>
        <translation>Mapflow：读取感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="213"/>
        <source>Choose a vector file with the area of interest.</source>
        <translation>请选择包含感兴趣区域的矢量文件。</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="217"/>
        <source>the map extent</source>
        <translation>地图范围</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="222"/>
        <source>Click Draw, then click on the map to draw the area of interest.</source>
        <translation>点击“绘制”，然后在地图上点击以绘制感兴趣区域。</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="222"/>
        <source>Choose a layer.</source>
        <translation>请选择一个图层。</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="230"/>
        <source>the drawn polygon</source>
        <translation>绘制的多边形</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="245"/>
        <source>Reading the area of interest was cancelled; press Update to read it again.</source>
        <translation>已取消读取感兴趣区域；按“更新”可重新读取。</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="252"/>
        <source>Reading the area of interest</source>
        <translation>正在读取感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="253"/>
        <source>The area of interest could not be read: {reason}</source>
        <translation>无法读取感兴趣区域：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="38"/>
        <source>the area of interest cannot be used</source>
        <translation>感兴趣区域不可用</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="82"/>
        <source>Waiting for the area of interest…</source>
        <translation>正在等待感兴趣区域…</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="88"/>
        <source>Not known yet: {reason}</source>
        <translation>尚不可知：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="92"/>
        <source>Free: this account is not billed.</source>
        <translation>免费：此账户不计费。</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="95"/>
        <source>{area} of your remaining area</source>
        <translation>占您剩余面积中的 {area}</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="100"/>
        <source>≈ {credits} credits (asking the server…)</source>
        <translation>≈ {credits} 积分（正在询问服务器…）</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="101"/>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="125"/>
        <source>Mapflow: cost</source>
        <translation>Mapflow：费用</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="133"/>
        <source>{credits} credits</source>
        <translation>{credits} 积分</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="139"/>
        <source>Computing the cost</source>
        <translation>正在计算费用</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="142"/>
        <source>Cannot be computed: {reason}</source>
        <translation>无法计算：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="215"/>
        <source>Rename processing</source>
        <translation>重命名处理任务</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="149"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="87"/>
        <source>Delete {count} processing(s)? Their results are deleted too; this cannot be undone.</source>
        <translation>删除 {count} 个处理任务？其结果也会被删除；此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Delete processings</source>
        <translation>删除处理任务</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Move processings</source>
        <translation>移动处理任务</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="98"/>
        <source>Move to project:</source>
        <translation>移动到项目：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Load results again</source>
        <translation>重新加载结果</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>The results of these processings are already on the map:</source>
        <translation>这些处理任务的结果已在地图上：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Replace them with a fresh download, or add another copy?</source>
        <translation>用重新下载的结果替换它们，还是再添加一份副本？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="118"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="119"/>
        <source>Add another</source>
        <translation>再添加一份</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="134"/>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="134"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="111"/>
        <source>New mosaic</source>
        <translation>新建镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="81"/>
        <source>Rename mosaic</source>
        <translation>重命名镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="84"/>
        <source>Rename image</source>
        <translation>重命名影像</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="88"/>
        <source>Delete {count} item(s)? Deleting a mosaic deletes its images too ({images} image(s) in all); this cannot be undone.</source>
        <translation>删除 {count} 项？删除镶嵌影像也会删除其中的影像（共 {images} 幅影像）；此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="91"/>
        <source>Delete imagery</source>
        <translation>删除影像</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="96"/>
        <source>Upload GeoTIFF files</source>
        <translation>上传 GeoTIFF 文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="100"/>
        <source>Save the image</source>
        <translation>保存影像</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="104"/>
        <source>{count} file(s) cannot be uploaded:</source>
        <translation>{count} 个文件无法上传：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="105"/>
        <source>Upload the {count} other file(s)?</source>
        <translation>上传其余 {count} 个文件？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="108"/>
        <source>Upload imagery</source>
        <translation>上传影像</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="69"/>
        <source>Accept {count} result(s) as they are? An accepted result cannot be sent back for review any more.</source>
        <translation>按原样接受 {count} 个结果？已接受的结果无法再退回审核。</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>Accept results</source>
        <translation>接受结果</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="33"/>
        <source>Name: {value}</source>
        <translation>名称：{value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="34"/>
        <source>Project: {value}</source>
        <translation>项目：{value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="35"/>
        <source>Model: {value}</source>
        <translation>模型：{value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="36"/>
        <source>Options: {value}</source>
        <translation>选项：{value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="36"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="37"/>
        <source>Imagery: {value}</source>
        <translation>影像：{value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="38"/>
        <source>Area: {area} in {parts} part(s)</source>
        <translation>面积：{area}，共 {parts} 个部分</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="39"/>
        <source>Cost: {value}</source>
        <translation>费用：{value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="58"/>
        <source>Share “{name}”</source>
        <translation>共享“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="61"/>
        <source>colleague@example.com</source>
        <translation>colleague@example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="65"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="66"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="81"/>
        <source>Start this processing?</source>
        <translation>启动此处理任务？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="88"/>
        <source>Project name:</source>
        <translation>项目名称：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="92"/>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="92"/>
        <source>Delete the project “{name}” and all its processings? This cannot be undone.</source>
        <translation>删除项目“{name}”及其所有处理任务？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="106"/>
        <source>Upload a GeoTIFF</source>
        <translation>上传 GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="106"/>
        <source>GeoTIFF (*.tif *.tiff);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="111"/>
        <source>Name of the new mosaic:</source>
        <translation>新镶嵌影像的名称：</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="235"/>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="171"/>
        <source>My imagery</source>
        <translation>我的影像</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="205"/>
        <source>{count} scene(s) of {provider}</source>
        <translation>{provider} 的 {count} 景</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="209"/>
        <source>The imagery of the copy: {scenes} (as in the original). Choosing another imagery in the Imagery section replaces them.</source>
        <translation>副本的影像：{scenes}（与原处理任务相同）。在“影像”部分选择其他影像将替换它们。</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="57"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="81"/>
        <source>Select one processing to duplicate.</source>
        <translation>请选择一个要复制的处理任务。</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>Mapflow: read “{name}” to duplicate it</source>
        <translation>Mapflow：读取“{name}”以复制</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>Duplicating a processing</source>
        <translation>正在复制处理任务</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>“{name}” could not be duplicated: {reason}</source>
        <translation>无法复制“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="118"/>
        <source>AOI of {name}</source>
        <translation>{name} 的感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="125"/>
        <source>The AOIs of the original could not be read; choose the area of interest.</source>
        <translation>无法读取原处理任务的感兴趣区域；请选择感兴趣区域。</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="127"/>
        <source>{count} AOI(s) of the original had no readable geometry and were left out.</source>
        <translation>原处理任务中有 {count} 个感兴趣区域没有可读取的几何，已略去。</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="134"/>
        <source>The Start tab holds a copy of “{name}” as “{copy}”: change what you want, then start it.</source>
        <translation>“启动”选项卡中有“{name}”的副本“{copy}”：按需修改后启动即可。</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="147"/>
        <source>The original signed in to its imagery URL as “{login}”; the server never returns the password: enter the login and password in the Imagery section.</source>
        <translation>原处理任务以“{login}”登录其影像 URL；服务器从不返回密码：请在“影像”部分输入登录名和密码。</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="36"/>
        <source>The file {name} does not exist.</source>
        <translation>文件 {name} 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="38"/>
        <source>Only GeoTIFF files (.tif, .tiff) can be uploaded; {name} is not one.</source>
        <translation>只能上传 GeoTIFF 文件（.tif、.tiff）；{name} 不是 GeoTIFF 文件。</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="40"/>
        <source>The file {name} is empty.</source>
        <translation>文件 {name} 为空。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="68"/>
        <source>Mapflow: list my imagery</source>
        <translation>Mapflow：列出我的影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="81"/>
        <source>Listing your imagery</source>
        <translation>正在列出您的影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="81"/>
        <source>Your imagery could not be listed: {reason}</source>
        <translation>无法列出您的影像：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="133"/>
        <source>Mapflow: upload {name}</source>
        <translation>Mapflow：上传 {name}</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="159"/>
        <source>{name} was uploaded.</source>
        <translation>{name} 已上传。</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="167"/>
        <source>The upload of {name} was cancelled.</source>
        <translation>{name} 的上传已取消。</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="172"/>
        <source>Uploading a GeoTIFF</source>
        <translation>正在上传 GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="291"/>
        <source>{name} could not be uploaded: {reason}</source>
        <translation>{name} 无法上传：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="29"/>
        <source>Model price: {total:g} credits/km² ({base:g} + {options:g} for the options)</source>
        <translation>模型价格：{total:g} 积分/km²（{base:g} + 选项 {options:g}）</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="31"/>
        <source>Model price: {total:g} credits/km²</source>
        <translation>模型价格：{total:g} 积分/km²</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="57"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation>此项目没有模型；请联系 Mapflow 支持为其关联一个模型。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="129"/>
        <source>{count} items selected.</source>
        <translation>已选择 {count} 项。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Mapflow: create mosaic {name}</source>
        <translation>Mapflow：创建镶嵌影像 {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Mosaic “{name}” created.</source>
        <translation>镶嵌影像“{name}”已创建。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Creating a mosaic</source>
        <translation>正在创建镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>The mosaic could not be created: {reason}</source>
        <translation>无法创建镶嵌影像：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Mapflow: rename mosaic</source>
        <translation>Mapflow：重命名镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Mosaic “{name}” saved.</source>
        <translation>镶嵌影像“{name}”已保存。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Renaming a mosaic</source>
        <translation>正在重命名镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>The mosaic could not be changed: {reason}</source>
        <translation>无法更改镶嵌影像：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Mapflow: rename image</source>
        <translation>Mapflow：重命名影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Image renamed to “{name}”.</source>
        <translation>影像已重命名为“{name}”。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Renaming an image</source>
        <translation>正在重命名影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>The image could not be renamed: {reason}</source>
        <translation>无法重命名影像：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="223"/>
        <source>Deleted: {names}.</source>
        <translation>已删除：{names}。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="226"/>
        <source>“{name}” could not be deleted: {reason}</source>
        <translation>无法删除“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>Mapflow: delete imagery</source>
        <translation>Mapflow：删除影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>Deleting imagery</source>
        <translation>正在删除影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>The imagery could not be deleted: {reason}</source>
        <translation>无法删除影像：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="93"/>
        <source>Wait for the running upload or download, or cancel it.</source>
        <translation>请等待正在进行的上传或下载完成，或将其取消。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="242"/>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>Mapflow: check files before the upload</source>
        <translation>Mapflow：上传前检查文件</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>Checking the files</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>The files could not be checked: {reason}</source>
        <translation>无法检查文件：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="259"/>
        <source>Nothing was uploaded: {reasons}</source>
        <translation>未上传任何文件：{reasons}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="276"/>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>Mapflow: upload {count} file(s)</source>
        <translation>Mapflow：上传 {count} 个文件</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>Uploading imagery</source>
        <translation>正在上传影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>The upload failed: {reason}</source>
        <translation>上传失败：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="288"/>
        <source>Uploaded: {names}.</source>
        <translation>已上传：{names}。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="294"/>
        <source>The upload was cancelled; {count} file(s) had been uploaded.</source>
        <translation>上传已取消；已上传 {count} 个文件。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="71"/>
        <source>Preview of {name}</source>
        <translation>{name} 的预览</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="72"/>
        <source>Large preview of {name}</source>
        <translation>{name} 的大图预览</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="77"/>
        <source>The preview of {name} could not be shown.</source>
        <translation>无法显示 {name} 的预览。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>Mapflow: preview {name}</source>
        <translation>Mapflow：预览 {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>Previewing an image</source>
        <translation>正在预览影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>The preview of {name} could not be shown: {reason}</source>
        <translation>无法显示 {name} 的预览：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="106"/>
        <source>{name} was saved to {path}.</source>
        <translation>{name} 已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="111"/>
        <source>Downloading an image</source>
        <translation>正在下载影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="111"/>
        <source>{name} could not be downloaded: {reason}</source>
        <translation>无法下载 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="117"/>
        <source>The download of {name} was cancelled; nothing was saved.</source>
        <translation>{name} 的下载已取消；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="120"/>
        <source>Mapflow: download {name}</source>
        <translation>Mapflow：下载 {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="122"/>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="128"/>
        <source>{count} items</source>
        <translation>{count} 项</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="129"/>
        <source>Extent of {name}</source>
        <translation>{name} 的范围</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="131"/>
        <source>The footprint could not be read.</source>
        <translation>无法读取覆盖范围。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="135"/>
        <source>The area of interest is now the extent of {name}.</source>
        <translation>感兴趣区域现在是 {name} 的范围。</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="144"/>
        <source>The imagery of the processing is now {name}.</source>
        <translation>处理任务的影像现在是 {name}。</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="72"/>
        <source>The OAuth2 configuration could not be created: {reason}</source>
        <translation>无法创建 OAuth2 配置：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="96"/>
        <source>QGIS now asks for its master password (or asks you to set one, the first time): it encrypts the OAuth2 configuration and your sign-in in the QGIS authentication database. The plugin never sees that password.</source>
        <translation>QGIS 现在会要求输入主密码（首次使用时会要求您设置一个）：它用于加密 QGIS 认证数据库中的 OAuth2 配置和您的登录信息。插件永远看不到该密码。</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="55"/>
        <source>This data provider offers no preview.</source>
        <translation>此数据提供商不提供预览。</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="100"/>
        <source>Preview: {name}</source>
        <translation>预览：{name}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="70"/>
        <source>Preview works for XYZ, TMS and Quadkey URLs; add a WMS service with Layer › Add Layer › Add WMS/WMTS Layer.</source>
        <translation>预览适用于 XYZ、TMS 和 Quadkey URL；WMS 服务请通过“图层 › 添加图层 › 添加 WMS/WMTS 图层”添加。</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="75"/>
        <source>Preview: {url}</source>
        <translation>预览：{url}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="81"/>
        <source>Choose a mosaic of your imagery first.</source>
        <translation>请先选择一个由您的影像组成的镶嵌影像。</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>Mapflow: imagery preview</source>
        <translation>Mapflow：影像预览</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>Previewing the imagery</source>
        <translation>正在预览影像</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>The preview failed: {reason}</source>
        <translation>预览失败：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="97"/>
        <source>“{name}” has no imagery tiles yet (an empty mosaic, or still being prepared).</source>
        <translation>“{name}”还没有影像瓦片（镶嵌影像为空，或仍在准备中）。</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="105"/>
        <source>QGIS could not open the preview “{name}”.</source>
        <translation>QGIS 无法打开预览“{name}”。</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="110"/>
        <source>Added the layer “{name}”.</source>
        <translation>已添加图层“{name}”。</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="169"/>
        <source>{context}: {reason}</source>
        <translation>{context}：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="195"/>
        <source>{name} AOIs</source>
        <translation>{name} 的感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="198"/>
        <source>{count} AOI(s) of &apos;{name}&apos; had no readable geometry and were left out.</source>
        <translation>“{name}”中有 {count} 个感兴趣区域没有可读取的几何，已略去。</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="201"/>
        <source>Load AOIs of {name}</source>
        <translation>加载 {name} 的感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="201"/>
        <source>Could not load the AOIs of &apos;{name}&apos;</source>
        <translation>无法加载“{name}”的感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="212"/>
        <source>Renamed &apos;{old}&apos; to &apos;{new}&apos;.</source>
        <translation>已将“{old}”重命名为“{new}”。</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="215"/>
        <source>Could not rename &apos;{name}&apos;</source>
        <translation>无法重命名“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="225"/>
        <source>Restart processings</source>
        <translation>重新启动处理任务</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="225"/>
        <source>Could not restart the processings</source>
        <translation>无法重新启动处理任务</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="233"/>
        <source>Restarted: {names}.</source>
        <translation>已重新启动：{names}。</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="233"/>
        <source>Could not restart &apos;{name}&apos;: {reason}</source>
        <translation>无法重新启动“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Deleted {count} processing(s).</source>
        <translation>已删除 {count} 个处理任务。</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Could not delete &apos;{name}&apos;: {reason}</source>
        <translation>无法删除“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Could not delete the processings</source>
        <translation>无法删除处理任务</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="255"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="258"/>
        <source>There is no other project you can move processings to.</source>
        <translation>没有其他可将处理任务移入的项目。</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="264"/>
        <source>List projects</source>
        <translation>列出项目</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="264"/>
        <source>Could not list your projects</source>
        <translation>无法列出您的项目</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Moved {count} processing(s).</source>
        <translation>已移动 {count} 个处理任务。</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Could not move &apos;{name}&apos;: {reason}</source>
        <translation>无法移动“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Could not move the processings</source>
        <translation>无法移动处理任务</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="284"/>
        <source>Thank you: &apos;{name}&apos; rated {rating} of 5.</source>
        <translation>谢谢：已为“{name}”评分 {rating}/5。</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="288"/>
        <source>Rate processing</source>
        <translation>为处理任务评分</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="288"/>
        <source>Could not rate &apos;{name}&apos;</source>
        <translation>无法为“{name}”评分</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="108"/>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="140"/>
        <source>Sign in to see your processings.</source>
        <translation>登录后即可查看您的处理任务。</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="148"/>
        <source>Choose a project to see its processings.</source>
        <translation>选择一个项目以查看其处理任务。</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="157"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="219"/>
        <source>Refresh Mapflow processings</source>
        <translation>刷新 Mapflow 处理任务</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="251"/>
        <source>Updated at {time}; following the unfinished processings.</source>
        <translation>更新于 {time}；正在跟踪未完成的处理任务。</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="253"/>
        <source>Updated at {time}; every processing on this page is finished.</source>
        <translation>更新于 {time}；本页所有处理任务均已结束。</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="266"/>
        <source>Could not refresh ({reason}); retrying in {seconds} s</source>
        <translation>无法刷新（{reason}）；将在 {seconds} 秒后重试</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="273"/>
        <source>Refreshing the processings</source>
        <translation>正在刷新处理任务</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="288"/>
        <source>{finished} processing(s) finished and {failed} failed; see the list for details.</source>
        <translation>{finished} 个处理任务已完成，{failed} 个失败；详情请查看列表。</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="295"/>
        <source>Load results</source>
        <translation>加载结果</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="316"/>
        <source>{count} processings selected.</source>
        <translation>已选择 {count} 个处理任务。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="77"/>
        <source>Mapflow: list projects</source>
        <translation>Mapflow：列出项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="77"/>
        <source>Listing the projects</source>
        <translation>正在列出项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="116"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="120"/>
        <source>Mapflow: create project</source>
        <translation>Mapflow：创建项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="120"/>
        <source>Creating the project</source>
        <translation>正在创建项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="124"/>
        <source>Project “{name}” created.</source>
        <translation>项目“{name}”已创建。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="132"/>
        <source>Rename project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Mapflow: rename project</source>
        <translation>Mapflow：重命名项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Project renamed to “{name}”.</source>
        <translation>项目已重命名为“{name}”。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Renaming the project</source>
        <translation>正在重命名项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="148"/>
        <source>Mapflow: delete project</source>
        <translation>Mapflow：删除项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="148"/>
        <source>Deleting the project</source>
        <translation>正在删除项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="155"/>
        <source>Project “{name}” deleted.</source>
        <translation>项目“{name}”已删除。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="167"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}”不是电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Mapflow: share project</source>
        <translation>Mapflow：共享项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Project “{name}” shared with {email} as {role}.</source>
        <translation>已将项目“{name}”以 {role} 角色共享给 {email}。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Sharing the project</source>
        <translation>正在共享项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="194"/>
        <source>{context} failed: {reason}</source>
        <translation>{context}失败：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="129"/>
        <source>Loading results</source>
        <translation>正在加载结果</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="129"/>
        <source>The results folder {folder} cannot be used: {reason}</source>
        <translation>无法使用结果文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="142"/>
        <source>The results of “{name}” are being loaded already; their progress is in the task manager.</source>
        <translation>“{name}”的结果已在加载中；进度显示在任务管理器中。</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="179"/>
        <source>Loading cancelled: the results of “{name}” were not added.</source>
        <translation>加载已取消：未添加“{name}”的结果。</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="201"/>
        <source>The results of “{name}” could not be loaded: {reason}</source>
        <translation>无法加载“{name}”的结果：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="232"/>
        <source>The results of “{name}” were added to the map. Saved as {file} in {folder}.</source>
        <translation>“{name}”的结果已添加到地图，并已保存为 {folder} 中的 {file}。</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="234"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="237"/>
        <source>The results of “{name}” were added to the map.</source>
        <translation>“{name}”的结果已添加到地图。</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="72"/>
        <source>Sent back: “{comment}” ({count} marked object(s)).</source>
        <translation>已退回：“{comment}”（已标记 {count} 个对象）。</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>Accepting results</source>
        <translation>正在接受结果</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>The results could not be accepted: {reason}</source>
        <translation>无法接受结果：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="116"/>
        <source>Accepted: {names}.</source>
        <translation>已接受：{names}。</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="118"/>
        <source>“{name}” could not be accepted: {reason}</source>
        <translation>无法接受“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="128"/>
        <source>Corrections of {name}</source>
        <translation>{name} 的更正</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="132"/>
        <source>The corrections layer could not be made: {reason}</source>
        <translation>无法创建更正图层：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="142"/>
        <source>Draw the wrong or missing objects of “{name}” on the layer “{layer}”, with a remark for each; then press “Send back for review”.</source>
        <translation>请在图层“{layer}”上绘制“{name}”中错误或缺失的对象，并为每个对象添加备注；然后按“退回审核”。</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="171"/>
        <source>“{name}” was sent back for review with {count} marked object(s); Mapflow support reworks it and it comes back to you for review.</source>
        <translation>“{name}”已退回审核，共标记 {count} 个对象；Mapflow 支持团队会进行修改，之后再交由您审核。</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>Send “{name}” back for review</source>
        <translation>退回“{name}”以供审核</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>Sending a result back for review</source>
        <translation>正在退回结果以供审核</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>“{name}” could not be sent back for review: {reason}</source>
        <translation>无法退回“{name}”以供审核：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="49"/>
        <source>Choose scenes in the Search tab first.</source>
        <translation>请先在“搜索”选项卡中选择景。</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="57"/>
        <source>Showing the previews of the first {count} selected scenes.</source>
        <translation>正在显示前 {count} 个选中景的预览。</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="76"/>
        <source>No preview is offered for {ids}.</source>
        <translation>{ids} 没有提供预览。</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="104"/>
        <source>Mapflow: preview of {id}</source>
        <translation>Mapflow：{id} 的预览</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="121"/>
        <source>Previewing a scene</source>
        <translation>正在预览景</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="121"/>
        <source>The preview of {id} failed: {reason}</source>
        <translation>{id} 的预览失败：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="65"/>
        <source>Imagery for the processing: {scenes}.</source>
        <translation>处理任务所用的影像：{scenes}。</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="86"/>
        <source>Search the imagery (Search tab) and choose one or more scenes.</source>
        <translation>请搜索影像（“搜索”选项卡）并选择一景或多景。</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="96"/>
        <source>{scenes}, found by the planned search “{name}”</source>
        <translation>{scenes}，由计划搜索“{name}”找到</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="114"/>
        <source>No scenes chosen yet: find them in the Search tab and press “Use for processing”.</source>
        <translation>尚未选择景：请在“搜索”选项卡中找到它们，然后按“用于处理”。</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="127"/>
        <source>Scenes: {scenes}</source>
        <translation>景：{scenes}</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="135"/>
        <source>Imagery: {price:g} credits/km² at zoom {zoom}</source>
        <translation>影像：缩放级别 {zoom} 下 {price:g} 积分/km²</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="137"/>
        <source>; at least {area:g} km² per processing</source>
        <translation>；每个处理任务至少 {area:g} km²</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="129"/>
        <source>Choose an area of interest in the Start tab: the search looks for scenes over it.</source>
        <translation>请在“启动”选项卡中选择一个感兴趣区域：搜索会查找覆盖该区域的景。</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="132"/>
        <source>Area of interest: {name}, {area}</source>
        <translation>感兴趣区域：{name}，{area}</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="132"/>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="109"/>
        <source>Choose an area of interest in the Start tab first.</source>
        <translation>请先在“启动”选项卡中选择一个感兴趣区域。</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="187"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="188"/>
        <source>Mapflow: imagery search</source>
        <translation>Mapflow：影像搜索</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="222"/>
        <source>The search was cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="240"/>
        <source>Searching the imagery</source>
        <translation>正在搜索影像</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="310"/>
        <source>{count} scenes found.</source>
        <translation>找到 {count} 景。</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="309"/>
        <source>{hidden} on this page do not match the filters.</source>
        <translation>本页中有 {hidden} 景不符合筛选条件。</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="51"/>
        <source>Select scenes in the table or on the map.</source>
        <translation>请在表格或地图上选择景。</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="54"/>
        <source>{count} selected.</source>
        <translation>已选择 {count} 个。</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="371"/>
        <source>A planned search cannot cover it either: its area is over your planned-search limit. Search a smaller area.</source>
        <translation>计划搜索也无法覆盖该区域：其面积超出了您的计划搜索限额。请搜索较小的区域。</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="376"/>
        <source>A planned search can cover this area: it searches the archive and keeps looking for new scenes.</source>
        <translation>计划搜索可以覆盖此区域：它会搜索存档，并持续查找新的景。</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="402"/>
        <source>Planned searches come in the Processings tab.</source>
        <translation>计划搜索位于“处理任务”选项卡中。</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="394"/>
        <source>Choose an area of interest in the Start tab first: a planned search watches it for new scenes.</source>
        <translation>请先在“启动”选项卡中选择一个感兴趣区域：计划搜索会持续监视该区域的新景。</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="88"/>
        <source>Mapflow: look for a local sandbox</source>
        <translation>Mapflow：查找本地沙盒</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="103"/>
        <source>Paste your Mapflow API token first.</source>
        <translation>请先粘贴您的 Mapflow API 令牌。</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="142"/>
        <source>QGIS now asks for its master password (or asks you to set one, the first time): it encrypts your Mapflow token in the QGIS authentication database. The plugin never sees that password.</source>
        <translation>QGIS 现在会要求输入主密码（首次使用时会要求您设置一个）：它用于加密 QGIS 认证数据库中的 Mapflow 令牌。插件永远看不到该密码。</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="155"/>
        <source>Signing in to {host}…</source>
        <translation>正在登录 {host}…</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="158"/>
        <source>Mapflow: sign in</source>
        <translation>Mapflow：登录</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="180"/>
        <source>Signed in, but the token could not be kept for next time: {reason}</source>
        <translation>已登录，但无法保存令牌以供下次使用：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="190"/>
        <source>Signed in to {host}.</source>
        <translation>已登录 {host}。</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="212"/>
        <source>Not signed in: {reason}</source>
        <translation>未登录：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="236"/>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="250"/>
        <source>Mapflow: account status</source>
        <translation>Mapflow：账户状态</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="265"/>
        <source>The account status could not be refreshed: {reason}</source>
        <translation>无法刷新账户状态：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="265"/>
        <source>Refreshing the account</source>
        <translation>正在刷新账户</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="141"/>
        <source>Imagery: no data charge for your own imagery.</source>
        <translation>影像：使用您自己的影像不收取数据费用。</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="154"/>
        <source>The imagery login could not be stored: {reason}</source>
        <translation>无法保存影像登录信息：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="59"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="74"/>
        <source>Processing name</source>
        <translation>处理任务名称</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="96"/>
        <source>Mapflow: start “{name}”</source>
        <translation>Mapflow：启动“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="110"/>
        <source>Processing “{name}” started.</source>
        <translation>处理任务“{name}”已启动。</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="117"/>
        <source>The processing could not be started: {reason}</source>
        <translation>无法启动处理任务：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="73"/>
        <source>Sign in to see your processing history.</source>
        <translation>登录后即可查看您的处理历史。</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="83"/>
        <source>Loading the history…</source>
        <translation>正在加载历史…</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="91"/>
        <source>No processings match these filters.</source>
        <translation>没有符合这些筛选条件的处理任务。</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="97"/>
        <source>Could not load the statistics: {reason}</source>
        <translation>无法加载统计：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="97"/>
        <source>Loading the statistics</source>
        <translation>正在加载统计</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="100"/>
        <source>Mapflow statistics</source>
        <translation>Mapflow 统计</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="114"/>
        <source>Sign in to export your processing history.</source>
        <translation>登录后即可导出您的处理历史。</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="126"/>
        <source>Statistics saved to {path} ({size} bytes).</source>
        <translation>统计已保存到 {path}（{size} 字节）。</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="130"/>
        <source>Could not export the statistics to {path}: {reason}</source>
        <translation>无法将统计导出到 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="132"/>
        <source>Exporting the statistics</source>
        <translation>正在导出统计</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="135"/>
        <source>Export Mapflow statistics</source>
        <translation>导出 Mapflow 统计</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="55"/>
        <source>Pausing the planned search</source>
        <translation>正在暂停计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="55"/>
        <source>Planned search “{name}” paused.</source>
        <translation>计划搜索“{name}”已暂停。</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="59"/>
        <source>Resuming the planned search</source>
        <translation>正在恢复计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="59"/>
        <source>Planned search “{name}” resumed: it also looks at what was published while it was paused.</source>
        <translation>计划搜索“{name}”已恢复：它也会查看暂停期间发布的影像。</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="65"/>
        <source>Restarting the planned search</source>
        <translation>正在重新启动计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="65"/>
        <source>Planned search “{name}” restarted.</source>
        <translation>计划搜索“{name}”已重新启动。</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="70"/>
        <source>Rename planned search</source>
        <translation>重命名计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="77"/>
        <source>Renaming the planned search</source>
        <translation>正在重命名计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="77"/>
        <source>Planned search renamed to “{name}”.</source>
        <translation>计划搜索已重命名为“{name}”。</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="91"/>
        <source>Changing the end date of the planned search</source>
        <translation>正在更改计划搜索的结束日期</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="91"/>
        <source>Planned search “{name}” now looks for new scenes until {day}.</source>
        <translation>计划搜索“{name}”现在会持续查找新景，直到 {day}。</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="97"/>
        <source>Delete the planned search “{name}”? It stops looking for scenes and its areas and found scenes are gone; the processings started from it stay in the project.</source>
        <translation>删除计划搜索“{name}”？它将停止查找景，其区域和已找到的景也会一并删除；由它启动的处理任务仍保留在项目中。</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="99"/>
        <source>Delete planned search</source>
        <translation>删除计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="103"/>
        <source>Planned search “{name}” deleted.</source>
        <translation>计划搜索“{name}”已删除。</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="107"/>
        <source>Deleting the planned search</source>
        <translation>正在删除计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="133"/>
        <source>{context} “{name}” failed: {{reason}}</source>
        <translation>{context}“{name}”失败：{{reason}}</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="137"/>
        <source>Mapflow: {context}</source>
        <translation>Mapflow：{context}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="64"/>
        <source>Planned search areas: {name}</source>
        <translation>计划搜索区域：{name}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="94"/>
        <source>Wait until the change of the areas is saved ({what}).</source>
        <translation>请等待区域的更改保存完毕（{what}）。</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="286"/>
        <source>Area {number}</source>
        <translation>区域 {number}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="122"/>
        <source>New area</source>
        <translation>新区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="122"/>
        <source>Name of the area:</source>
        <translation>区域名称：</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="135"/>
        <source>adding “{name}”</source>
        <translation>正在添加“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="139"/>
        <source>Area added; the planned search searches it now.</source>
        <translation>已添加区域；计划搜索现在会搜索该区域。</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="149"/>
        <source>Rename area</source>
        <translation>重命名区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="157"/>
        <source>renaming “{name}”</source>
        <translation>正在重命名“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="168"/>
        <source>Area “{name}” saved.</source>
        <translation>区域“{name}”已保存。</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="187"/>
        <source>redrawing “{name}”</source>
        <translation>正在重新绘制“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="193"/>
        <source>Area “{name}” redrawn; the planned search searches it again.</source>
        <translation>区域“{name}”已重新绘制；计划搜索会重新搜索该区域。</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="204"/>
        <source>A planned search keeps at least one area; delete the planned search instead.</source>
        <translation>计划搜索至少要保留一个区域；如需全部删除，请删除该计划搜索。</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="207"/>
        <source>Delete {count} area(s) of the planned search? Their found scenes go with them.</source>
        <translation>删除计划搜索的 {count} 个区域？其已找到的景也会一并删除。</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="209"/>
        <source>Delete areas</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="212"/>
        <source>deleting {count} area(s)</source>
        <translation>正在删除 {count} 个区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="222"/>
        <source>{count} area(s) deleted.</source>
        <translation>已删除 {count} 个区域。</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="227"/>
        <source>The drawn area is empty or not a valid polygon: draw a polygon with an area.</source>
        <translation>绘制的区域为空或不是有效的多边形：请绘制一个有面积的多边形。</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="237"/>
        <source>Saving: {what}…</source>
        <translation>正在保存：{what}…</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="252"/>
        <source>The area or its planned search no longer exists; reading the planned search again.</source>
        <translation>该区域或其计划搜索已不存在；正在重新读取计划搜索。</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="256"/>
        <source>Changing the areas</source>
        <translation>正在更改区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="256"/>
        <source>The areas were not changed ({what}): {{reason}}</source>
        <translation>区域未更改（{what}）：{{reason}}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="262"/>
        <source>Mapflow: planned search areas ({what})</source>
        <translation>Mapflow：计划搜索区域（{what}）</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="281"/>
        <source>Click on the map to draw the area; right-click or double-click to finish, Esc to cancel.</source>
        <translation>在地图上点击以绘制区域；右键单击或双击结束，按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="311"/>
        <source>Measuring the drawn area…</source>
        <translation>正在测量绘制的区域…</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="312"/>
        <source>Mapflow: measure the drawn area</source>
        <translation>Mapflow：测量绘制的区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="319"/>
        <source>Drawn: {area}.</source>
        <translation>已绘制：{area}。</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="89"/>
        <source>Planned search footprints</source>
        <translation>计划搜索覆盖范围</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="160"/>
        <source>Reading the planned search…</source>
        <translation>正在读取计划搜索…</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="210"/>
        <source>Mapflow: read the planned search “{name}”</source>
        <translation>Mapflow：读取计划搜索“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="231"/>
        <source>Reading the planned search</source>
        <translation>正在读取计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="244"/>
        <source>Until {date}; last looked {checked}.</source>
        <translation>截止 {date}；上次查找于 {checked}。</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="248"/>
        <source>{count} area(s), {area}; {found} scenes found, {new} new.</source>
        <translation>{count} 个区域，{area}；找到 {found} 景，其中 {new} 景为新。</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="254"/>
        <source>Filters: {filters}.</source>
        <translation>筛选条件：{filters}。</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="254"/>
        <source>No filters: any scene over the areas.</source>
        <translation>无筛选条件：覆盖这些区域的任何景。</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="258"/>
        <source>Its processings use {choices}.</source>
        <translation>其处理任务使用 {choices}。</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="306"/>
        <source>{count} scenes found; {new} new on this page.</source>
        <translation>找到 {count} 景；本页中 {new} 景为新。</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="360"/>
        <source>Reading the scenes…</source>
        <translation>正在读取景…</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="361"/>
        <source>Mapflow: scenes of the planned search</source>
        <translation>Mapflow：计划搜索的景</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="371"/>
        <source>Reading the scenes of the planned search</source>
        <translation>正在读取计划搜索的景</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="386"/>
        <source>{count} scene(s) marked as seen.</source>
        <translation>已将 {count} 景标记为已查看。</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="394"/>
        <source>Every scene of “{name}” is marked as seen.</source>
        <translation>“{name}”的所有景均已标记为已查看。</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="409"/>
        <source>Marking scenes as seen</source>
        <translation>正在将景标记为已查看</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="411"/>
        <source>Mapflow: mark scenes as seen</source>
        <translation>Mapflow：将景标记为已查看</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="430"/>
        <source>Mapflow: the areas of “{name}”</source>
        <translation>Mapflow：“{name}”的区域</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="456"/>
        <source>Mapflow: processings of the planned search</source>
        <translation>Mapflow：计划搜索的处理任务</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="149"/>
        <source>Refresh Mapflow planned searches</source>
        <translation>刷新 Mapflow 计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="174"/>
        <source>Could not refresh the planned searches ({reason}); retrying in {seconds} s</source>
        <translation>无法刷新计划搜索（{reason}）；将在 {seconds} 秒后重试</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="206"/>
        <source>{count} planned searches found new scenes; see the Processings tab.</source>
        <translation>{count} 个计划搜索找到了新景；请查看“处理任务”选项卡。</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="250"/>
        <source>The planned search “{name}” no longer exists (it was deleted, perhaps by a colleague).</source>
        <translation>计划搜索“{name}”已不存在（已被删除，可能是同事删除的）。</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="264"/>
        <source>Choose a project first: planned searches belong to a project.</source>
        <translation>请先选择一个项目：计划搜索属于项目。</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="273"/>
        <source>Planned search</source>
        <translation>计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>Mapflow: create the planned search “{name}”</source>
        <translation>Mapflow：创建计划搜索“{name}”</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>Creating the planned search</source>
        <translation>正在创建计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>The planned search could not be created: {reason}</source>
        <translation>无法创建计划搜索：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="327"/>
        <source>Planned search “{name}” created: it searches the archive now, then keeps looking for new scenes.</source>
        <translation>计划搜索“{name}”已创建：它现在搜索存档，之后会持续查找新景。</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="331"/>
        <source>Planned search “{name}” created, but it does not search: the limit of active planned searches is reached. Pause another one, then resume this one.</source>
        <translation>计划搜索“{name}”已创建，但不会进行搜索：已达到活动计划搜索的数量上限。请暂停另一个计划搜索，然后恢复此计划搜索。</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>Mapflow: check the server version</source>
        <translation>Mapflow：检查服务器版本</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>The server version could not be checked: {reason}</source>
        <translation>无法检查服务器版本：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>Checking the server version</source>
        <translation>正在检查服务器版本</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="45"/>
        <source>Server API version {server} (this plugin knows {known}).</source>
        <translation>服务器 API 版本 {server}（此插件支持 {known}）。</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="334"/>
        <source>Failed:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="339"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="397"/>
        <source>{state}, until {time}</source>
        <translation>{state}，截至 {time}</translation>
    </message>
</context>
<context>
    <name>AoiRules</name>
    <message>
        <location filename="../core/aoi_rules.py" line="108"/>
        <source>The area of interest has no polygon{detail}.</source>
        <translation>感兴趣区域中没有多边形{detail}。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="109"/>
        <source>The layer holds {detail} geometries; an area of interest needs a polygon layer.</source>
        <translation>该图层的几何类型为{detail}；感兴趣区域需要多边形图层。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="111"/>
        <source>No features are selected{detail}; select at least one polygon or use all features.</source>
        <translation>未选择任何要素{detail}；请至少选择一个多边形，或使用全部要素。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="113"/>
        <source>The layer{detail} has no coordinate reference system; set its CRS in the layer properties and try again.</source>
        <translation>图层{detail}没有坐标参考系；请在图层属性中设置其坐标参考系后重试。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="116"/>
        <source>The AOI source cannot be read{detail}.</source>
        <translation>无法读取感兴趣区域的来源{detail}。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="117"/>
        <source>The AOI cannot be converted to longitude/latitude (EPSG:4326){detail}.</source>
        <translation>无法将感兴趣区域转换为经纬度（EPSG:4326）{detail}。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="119"/>
        <source>The AOI coordinates fall outside the globe once read as longitude/latitude{detail}; the layer&apos;s coordinate reference system is probably wrong.</source>
        <translation>按经纬度读取时，感兴趣区域的坐标超出了地球范围{detail}；图层的坐标参考系可能有误。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="123"/>
        <source>The AOI encloses the {detail} Pole, which a longitude/latitude polygon cannot describe; draw an area that stays off the pole.</source>
        <translation>感兴趣区域包围了{detail}极，经纬度多边形无法描述这种情况；请绘制一个不包含极点的区域。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="127"/>
        <source>The AOI has a self-intersecting polygon of {detail} vertices, too complex to repair here, even when simplified by up to 0.1 % of its size. Repair or simplify it (Vector › Geometry Tools › Fix Geometries or Simplify) and choose the result.</source>
        <translation>感兴趣区域中有一个含 {detail} 个顶点的自相交多边形，即使按其尺寸的 0.1 % 简化后仍过于复杂，无法在此修复。请修复或简化它（矢量 › 几何工具 › 修复几何 或 简化），然后选择结果。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="132"/>
        <source>The AOI has more than {limit} vertices; reading stopped there. Choose fewer or simpler polygons (Vector › Geometry Tools › Simplify).</source>
        <translation>感兴趣区域的顶点超过 {limit} 个；读取已在此处停止。请选择更少或更简单的多边形（矢量 › 几何工具 › 简化）。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="140"/>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="141"/>
        <source>line</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="142"/>
        <source>no</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="143"/>
        <source>North</source>
        <translation>北</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="144"/>
        <source>South</source>
        <translation>南</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="148"/>
        <source>1 invalid geometry was repaired (self-intersections, duplicate rings).</source>
        <translation>已修复 1 个无效几何（自相交、重复环）。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="148"/>
        <source>{count} invalid geometries were repaired (self-intersections, duplicate rings).</source>
        <translation>已修复 {count} 个无效几何（自相交、重复环）。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="152"/>
        <source>Z values were dropped from 1 geometry.</source>
        <translation>已从 1 个几何中删除 Z 值。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="152"/>
        <source>Z values were dropped from {count} geometries.</source>
        <translation>已从 {count} 个几何中删除 Z 值。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="155"/>
        <source>M values were dropped from 1 geometry.</source>
        <translation>已从 1 个几何中删除 M 值。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="155"/>
        <source>M values were dropped from {count} geometries.</source>
        <translation>已从 {count} 个几何中删除 M 值。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="158"/>
        <source>1 point or line part was left out; only polygons are processed.</source>
        <translation>已略去 1 个点或线部分；只处理多边形。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="158"/>
        <source>{count} point or line parts were left out; only polygons are processed.</source>
        <translation>已略去 {count} 个点或线部分；只处理多边形。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="161"/>
        <source>1 curved geometry was converted to straight segments.</source>
        <translation>已将 1 个曲线几何转换为直线段。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="161"/>
        <source>{count} curved geometries were converted to straight segments.</source>
        <translation>已将 {count} 个曲线几何转换为直线段。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="164"/>
        <source>1 shape crossing the 180° meridian was split in two at the meridian.</source>
        <translation>1 个跨越 180° 经线的形状已在该经线处一分为二。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="164"/>
        <source>{count} shapes crossing the 180° meridian were split at the meridian.</source>
        <translation>{count} 个跨越 180° 经线的形状已在该经线处拆分。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="167"/>
        <source>Overlapping or touching shapes were merged: 1 part fewer.</source>
        <translation>重叠或相接的形状已合并：减少了 1 个部分。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="167"/>
        <source>Overlapping or touching shapes were merged: {count} parts fewer.</source>
        <translation>重叠或相接的形状已合并：减少了 {count} 个部分。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="170"/>
        <source>1 feature without geometry was skipped.</source>
        <translation>已跳过 1 个没有几何的要素。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="170"/>
        <source>{count} features without geometry were skipped.</source>
        <translation>已跳过 {count} 个没有几何的要素。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="173"/>
        <source>The AOI lies far outside the area {detail} is meant for; check that the layer&apos;s CRS is right.</source>
        <translation>感兴趣区域远远超出了 {detail} 的适用范围；请检查图层的坐标参考系是否正确。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="177"/>
        <source>A self-intersecting polygon of {before} vertices was simplified to {after} vertices (details under {metres} m) so that it could be repaired quickly.</source>
        <translation>一个含 {before} 个顶点的自相交多边形已被简化为 {after} 个顶点（去除小于 {metres} 米的细节），以便快速修复。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="177"/>
        <source>{count} self-intersecting polygons of {before} vertices in all were simplified to {after} vertices (details under {metres} m) so that they could be repaired quickly.</source>
        <translation>{count} 个自相交多边形（共 {before} 个顶点）已被简化为 {after} 个顶点（去除小于 {metres} 米的细节），以便快速修复。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="189"/>
        <source>non-polygon</source>
        <translation>非多边形</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="242"/>
        <source>The AOI has {count} separate polygons; a processing accepts at most {limit}. Merge or select fewer polygons.</source>
        <translation>感兴趣区域包含 {count} 个独立的多边形；一个处理任务最多接受 {limit} 个。请合并多边形或选择更少的多边形。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="258"/>
        <source>The AOI is {area}; your limit per processing is {limit}.</source>
        <translation>感兴趣区域为 {area}；您每个处理任务的限额为 {limit}。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="268"/>
        <source>The bounding box of AOI part {part} is {area}, over your limit per processing of {limit}{others}; the server measures each part&apos;s longitude/latitude box.</source>
        <translation>感兴趣区域第 {part} 部分的外包框为 {area}，超出了您每个处理任务 {limit} 的限额{others}；服务器按每个部分的经纬度外包框计算。</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="284"/>
        <source> (and 1 more part)</source>
        <translation>（另有 1 个部分）</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="285"/>
        <source> (and {n} more parts)</source>
        <translation>（另有 {n} 个部分）</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="294"/>
        <source>The AOI is {area}; {provider} needs at least {minimum} per processing.</source>
        <translation>感兴趣区域为 {area}；{provider} 要求每个处理任务至少 {minimum}。</translation>
    </message>
</context>
<context>
    <name>AoiWidget</name>
    <message>
        <location filename="../ui/forms/aoi.ui" line="5"/>
        <source>Area of interest</source>
        <translation>感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="7"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="10"/>
        <source>Polygon layer (all features)</source>
        <translation>多边形图层（全部要素）</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="11"/>
        <source>Polygon layer (selected features)</source>
        <translation>多边形图层（选中的要素）</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="12"/>
        <source>Polygon drawn on the map</source>
        <translation>在地图上绘制的多边形</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="13"/>
        <source>Current map extent</source>
        <translation>当前地图范围</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="14"/>
        <source>Vector file</source>
        <translation>矢量文件</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="15"/>
        <source>Extent of a layer</source>
        <translation>图层范围</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="18"/>
        <source>The polygon layer of the area of interest</source>
        <translation>感兴趣区域所在的多边形图层</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="19"/>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="19"/>
        <source>Click to add vertices, right-click or double-click to finish, Esc to cancel</source>
        <translation>点击添加顶点，右键单击或双击结束，按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="20"/>
        <source>Offer Mapflow result layers too</source>
        <translation>同时提供 Mapflow 结果图层</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="20"/>
        <source>Results, imagery and footprints added by this plugin are not offered as an area of interest unless this is on</source>
        <translation>除非勾选此项，否则本插件添加的结果、影像和覆盖范围图层不会作为感兴趣区域的候选</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="21"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.gml *.fgb);;All files (*)</source>
        <translation>矢量文件 (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.gml *.fgb);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="22"/>
        <source>No area chosen.</source>
        <translation>未选择区域。</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="23"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="23"/>
        <source>Read the area again from its source</source>
        <translation>从来源重新读取区域</translation>
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
        <translation>沙盒（离线，本机）</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="11"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="16"/>
        <source>The Mapflow API base URL, ending with /rest. Choose the sandbox for offline demos.</source>
        <translation>Mapflow API 的基础 URL，以 /rest 结尾。离线演示请选择沙盒。</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="20"/>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="25"/>
        <source>Paste your Mapflow API token</source>
        <translation>粘贴您的 Mapflow API 令牌</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="29"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="33"/>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="39"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="43"/>
        <source>&lt;a href=&quot;https://app.mapflow.ai/account/api&quot;&gt;Get an API token&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://app.mapflow.ai/account/api&quot;&gt;获取 API 令牌&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="49"/>
        <source>Sign in with Mapflow account…</source>
        <translation>使用 Mapflow 账户登录…</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="50"/>
        <source>Sign in in your web browser with your Mapflow account (OAuth2), instead of an API token</source>
        <translation>在网页浏览器中使用您的 Mapflow 账户（OAuth2）登录，而不是使用 API 令牌</translation>
    </message>
</context>
<context>
    <name>EndDateDialog</name>
    <message>
        <location filename="../ui/template_dialogs.py" line="141"/>
        <source>End date of the planned search</source>
        <translation>计划搜索的结束日期</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="149"/>
        <source>It looks for new scenes until the end of this day; at most six months ahead</source>
        <translation>它会持续查找新景，直到这一天结束；最多为六个月之后</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="145"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>HelpWidget</name>
    <message>
        <location filename="../ui/forms/help.ui" line="12"/>
        <source>Help and feedback</source>
        <translation>帮助与反馈</translation>
    </message>
    <message>
        <location filename="../ui/forms/help.ui" line="13"/>
        <source>The user guide, Mapflow&apos;s documentation and prices, topping up, reporting a problem</source>
        <translation>用户指南、Mapflow 文档与价格、充值、报告问题</translation>
    </message>
</context>
<context>
    <name>MapflowAccount</name>
    <message>
        <location filename="../core/account.py" line="77"/>
        <source>balance {credits} credits</source>
        <translation>余额 {credits} 积分</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="81"/>
        <source>remaining area {area}</source>
        <translation>剩余面积 {area}</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="83"/>
        <source>no billing limits</source>
        <translation>无计费限制</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="91"/>
        <source>This processing costs {cost} credits; your balance is {balance} credits.</source>
        <translation>此处理任务需要 {cost} 积分；您的余额为 {balance} 积分。</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="100"/>
        <source>The AOI is {area}; your remaining area is {remaining}.</source>
        <translation>感兴趣区域为 {area}；您的剩余面积为 {remaining}。</translation>
    </message>
</context>
<context>
    <name>MapflowActions</name>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>Showing the Mapflow Processing panel</source>
        <translation>显示 Mapflow Processing 面板</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="147"/>
        <source>Opening the help</source>
        <translation>打开帮助</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="87"/>
        <source>Restoring the area of interest</source>
        <translation>恢复感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="111"/>
        <source>Listing the layers for the area of interest</source>
        <translation>列出可用作感兴趣区域的图层</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="119"/>
        <source>Choosing the area of interest</source>
        <translation>选择感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="162"/>
        <source>Using the given area of interest</source>
        <translation>使用给定的感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="182"/>
        <source>Reading the area of interest</source>
        <translation>读取感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="280"/>
        <source>Drawing the area of interest</source>
        <translation>绘制感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="293"/>
        <source>Keeping the drawn polygon</source>
        <translation>保留绘制的多边形</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="117"/>
        <source>Updating the cost</source>
        <translation>更新费用</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="53"/>
        <source>Using the chosen scenes</source>
        <translation>使用所选的景</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="190"/>
        <source>Showing the imagery search</source>
        <translation>显示影像搜索</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="194"/>
        <source>Showing the Start tab</source>
        <translation>显示“启动”选项卡</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="198"/>
        <source>Using the scenes of the copy</source>
        <translation>使用副本的景</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="218"/>
        <source>Signing in with the stored token</source>
        <translation>使用已保存的令牌登录</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="84"/>
        <source>Showing the Duplicate button</source>
        <translation>显示“创建副本”按钮</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="88"/>
        <source>Duplicating a processing</source>
        <translation>创建处理任务副本</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="106"/>
        <source>Filling the Start tab with the copy</source>
        <translation>用副本填写“启动”选项卡</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="61"/>
        <source>Listing your imagery</source>
        <translation>列出您的影像</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="97"/>
        <source>Uploading a GeoTIFF</source>
        <translation>上传 GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="142"/>
        <source>Showing the upload progress</source>
        <translation>显示上传进度</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="147"/>
        <source>Stopping the upload</source>
        <translation>停止上传</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="46"/>
        <source>Listing the models</source>
        <translation>列出模型</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="87"/>
        <source>Choosing the model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="120"/>
        <source>Showing the imagery details</source>
        <translation>显示影像详细信息</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="46"/>
        <source>My imagery</source>
        <translation>我的影像</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="320"/>
        <source>Showing the progress</source>
        <translation>显示进度</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="325"/>
        <source>Cancelling</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="56"/>
        <source>Signing in with the Mapflow account</source>
        <translation>使用 Mapflow 账户登录</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="46"/>
        <source>Previewing the imagery</source>
        <translation>预览影像</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="124"/>
        <source>Processing action</source>
        <translation>处理任务操作</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="205"/>
        <source>Refreshing the processings</source>
        <translation>刷新处理任务</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="261"/>
        <source>Showing the processings</source>
        <translation>显示处理任务</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="144"/>
        <source>Switching the project</source>
        <translation>切换项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="52"/>
        <source>Listing the projects</source>
        <translation>列出项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="93"/>
        <source>Choosing the project</source>
        <translation>选择项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="111"/>
        <source>Creating a project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="127"/>
        <source>Renaming the project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="142"/>
        <source>Deleting the project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="157"/>
        <source>Sharing the project</source>
        <translation>共享项目</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="103"/>
        <source>Showing the results folder</source>
        <translation>显示结果文件夹</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="108"/>
        <source>Choosing the results folder</source>
        <translation>选择结果文件夹</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="114"/>
        <source>Loading results</source>
        <translation>加载结果</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="222"/>
        <source>Adding the results</source>
        <translation>添加结果</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="56"/>
        <source>Showing the review</source>
        <translation>显示审核</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="77"/>
        <source>Reviewing a result</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="43"/>
        <source>Previewing the scenes</source>
        <translation>预览景</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="39"/>
        <source>Selecting scenes</source>
        <translation>选择景</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="44"/>
        <source>Selecting footprints</source>
        <translation>选择覆盖范围</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="57"/>
        <source>Zooming to the scenes</source>
        <translation>缩放至景</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="115"/>
        <source>Choosing the imagery</source>
        <translation>选择影像</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="106"/>
        <source>Showing the chosen scenes</source>
        <translation>显示所选的景</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="86"/>
        <source>Listing the search providers</source>
        <translation>列出搜索提供商</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="96"/>
        <source>Restoring the search filters</source>
        <translation>恢复搜索筛选条件</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="125"/>
        <source>Showing the search area</source>
        <translation>显示搜索区域</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="137"/>
        <source>Searching the imagery</source>
        <translation>搜索影像</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="193"/>
        <source>Stopping the search</source>
        <translation>停止搜索</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="267"/>
        <source>Showing the footprints</source>
        <translation>显示覆盖范围</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="323"/>
        <source>Filtering the results</source>
        <translation>筛选结果</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="329"/>
        <source>Turning the page</source>
        <translation>翻页</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="339"/>
        <source>Sorting the results</source>
        <translation>排序结果</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="344"/>
        <source>Changing the page size</source>
        <translation>更改每页条数</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="359"/>
        <source>Choosing scenes for processing</source>
        <translation>选择用于处理的景</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="260"/>
        <source>Planning a search</source>
        <translation>创建计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="95"/>
        <source>Signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="216"/>
        <source>Signing out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="241"/>
        <source>Refreshing the account</source>
        <translation>刷新账户</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="268"/>
        <source>Showing the account</source>
        <translation>显示账户</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="59"/>
        <source>Listing the data providers</source>
        <translation>列出数据提供商</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="70"/>
        <source>Restoring the imagery choice</source>
        <translation>恢复影像选择</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="157"/>
        <source>Reading the stored imagery login</source>
        <translation>读取已保存的影像登录信息</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="49"/>
        <source>Remembering the confirmation choice</source>
        <translation>记住确认选择</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="65"/>
        <source>Checking the processing</source>
        <translation>检查处理任务</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="77"/>
        <source>Starting the processing</source>
        <translation>启动处理</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="69"/>
        <source>Showing the statistics</source>
        <translation>显示统计</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="109"/>
        <source>Exporting the statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="226"/>
        <source>Changing the planned search</source>
        <translation>更改计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="100"/>
        <source>Adding an area</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="142"/>
        <source>Renaming an area</source>
        <translation>重命名区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="171"/>
        <source>Redrawing an area</source>
        <translation>重新绘制区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="197"/>
        <source>Deleting areas</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="304"/>
        <source>Keeping the drawn area</source>
        <translation>保留绘制的区域</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="326"/>
        <source>Zooming to the areas</source>
        <translation>缩放至区域</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="163"/>
        <source>Closing the planned search</source>
        <translation>关闭计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="195"/>
        <source>Reading the planned search</source>
        <translation>读取计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="312"/>
        <source>Filtering the scenes</source>
        <translation>筛选景</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="338"/>
        <source>Reading the scenes</source>
        <translation>读取景</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="388"/>
        <source>Marking scenes as seen</source>
        <translation>将景标记为已查看</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="414"/>
        <source>Processing the chosen scenes</source>
        <translation>处理所选的景</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="449"/>
        <source>Reading the processings of the planned search</source>
        <translation>读取计划搜索的处理任务</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="93"/>
        <source>Opening the planned search</source>
        <translation>打开计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/templates_install.py" line="60"/>
        <source>Showing the planned searches</source>
        <translation>显示计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="137"/>
        <source>Refreshing the planned searches</source>
        <translation>刷新计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="236"/>
        <source>Showing the planned search</source>
        <translation>显示计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/templates_install.py" line="66"/>
        <source>Processing the scenes of a planned search</source>
        <translation>处理计划搜索的景</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="30"/>
        <source>Checking the server version</source>
        <translation>检查服务器版本</translation>
    </message>
    <message>
        <location filename="../ui/help_controller.py" line="19"/>
        <source>Showing the help links</source>
        <translation>显示帮助链接</translation>
    </message>
</context>
<context>
    <name>MapflowApi</name>
    <message>
        <location filename="../api/error_catalog.py" line="66"/>
        <source>An internal error occurred while {stage}. Please contact Mapflow support.</source>
        <translation>{stage}时发生内部错误。请联系 Mapflow 支持。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="70"/>
        <source>The imagery URL must be a string, not {url_type}.</source>
        <translation>影像 URL 必须是字符串，而不是 {url_type}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="72"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation>影像 URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="74"/>
        <source>The imagery URL cannot be parsed: {parse_error_message}.</source>
        <translation>无法解析影像 URL：{parse_error_message}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="76"/>
        <source>The zoom must be empty or a whole number, not {actual_zoom}.</source>
        <translation>缩放级别必须为空或为整数，而不是 {actual_zoom}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="78"/>
        <source>The zoom must be between 0 and 22, not {actual_zoom}.</source>
        <translation>缩放级别必须介于 0 到 22 之间，而不是 {actual_zoom}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="80"/>
        <source>The zoom {actual_zoom} is higher than this model accepts (at most {max_zoom}).</source>
        <translation>缩放级别 {actual_zoom} 高于此模型接受的上限（最多 {max_zoom}）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="82"/>
        <source>The zoom {actual_zoom} is lower than this model accepts (at least {min_zoom}).</source>
        <translation>缩放级别 {actual_zoom} 低于此模型接受的下限（至少 {min_zoom}）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="84"/>
        <source>The source {url} is a map, not imagery, and cannot be processed.</source>
        <translation>数据源 {url} 是地图而不是影像，无法处理。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="86"/>
        <source>The image metadata must be a JSON object.</source>
        <translation>影像元数据必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="88"/>
        <source>The image metadata must contain crs, transform, dtype and count.</source>
        <translation>影像元数据必须包含 crs、transform、dtype 和 count。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="90"/>
        <source>The image link must start with s3://, not {actual_s3_link}.</source>
        <translation>影像链接必须以 s3:// 开头，而不是 {actual_s3_link}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="92"/>
        <source>A processing of an uploaded image needs its profile or its URL.</source>
        <translation>处理已上传的影像需要其配置信息（profile）或 URL。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="94"/>
        <source>The file {s3_link} could not be read.</source>
        <translation>无法读取文件 {s3_link}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="96"/>
        <source>The uploaded image cannot be opened.</source>
        <translation>无法打开已上传的影像。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="98"/>
        <source>The image profile {profile} lacks required keys: {required_keys}.</source>
        <translation>影像配置信息 {profile} 缺少必需的键：{required_keys}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="100"/>
        <source>The image data type {request_dtype} is not allowed; expected {required_dtypes}.</source>
        <translation>不允许使用影像数据类型 {request_dtype}；应为 {required_dtypes}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="102"/>
        <source>The image has {real_nchannels} bands; this model needs {required_nchannels}.</source>
        <translation>影像有 {real_nchannels} 个波段；此模型需要 {required_nchannels} 个。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="104"/>
        <source>The pixel size {actual_res} m is finer than this model accepts (at least {min_res} m).</source>
        <translation>像元大小 {actual_res} 米比此模型接受的更精细（至少 {min_res} 米）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="106"/>
        <source>The resolution is too coarse: pixel size {actual_res} m, this model needs at most {max_res} m.</source>
        <translation>分辨率过低：像元大小为 {actual_res} 米，此模型最多需要 {max_res} 米。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="109"/>
        <source>The image check of {checked_param} failed: {message}.</source>
        <translation>影像的 {checked_param} 检查失败：{message}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="111"/>
        <source>A Quadkey URL must contain the {{q}} placeholder.</source>
        <translation>Quadkey URL 必须包含 {{q}} 占位符。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="113"/>
        <source>A Sentinel-2 processing needs the granule id as a string &apos;url&apos;.</source>
        <translation>Sentinel-2 处理任务需要以字符串“url”提供影像块（granule）ID。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="115"/>
        <source>{input_string} is not a Sentinel-2 granule id.</source>
        <translation>{input_string} 不是 Sentinel-2 影像块（granule）ID。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="117"/>
        <source>The granule cell {actual_cell} is not supported by this model (allowed: {allowed_cells}).</source>
        <translation>此模型不支持影像块格网 {actual_cell}（允许：{allowed_cells}）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="119"/>
        <source>The area of interest does not intersect the granule cell {actual_cell}.</source>
        <translation>感兴趣区域与影像块格网 {actual_cell} 不相交。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="121"/>
        <source>The month {actual_month} is not supported by this model (allowed: {allowed_months}).</source>
        <translation>此模型不支持月份 {actual_month}（允许：{allowed_months}）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="123"/>
        <source>A TMS URL must contain the {{x}}, {{y}} and {{z}} placeholders.</source>
        <translation>TMS URL 必须包含 {{x}}、{{y}} 和 {{z}} 占位符。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="125"/>
        <source>Internal validation error: the model requirements are {requirements_type}, not an object.</source>
        <translation>内部验证错误：模型要求是 {requirements_type}，而不是对象。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="127"/>
        <source>The processing request must be an object, not {request_type}.</source>
        <translation>处理请求必须是对象，而不是 {request_type}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="129"/>
        <source>The processing request does not say which imagery source type it uses.</source>
        <translation>处理请求未说明所用的影像数据源类型。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="131"/>
        <source>The source type {source_type} is not allowed for this model (allowed: {allowed_sources}).</source>
        <translation>此模型不允许使用数据源类型 {source_type}（允许：{allowed_sources}）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="133"/>
        <source>Internal validation error: the required section is {required_section_type}.</source>
        <translation>内部验证错误：required 部分是 {required_section_type}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="135"/>
        <source>Internal validation error: the recommended section is {recommended_section_type}.</source>
        <translation>内部验证错误：recommended 部分是 {recommended_section_type}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="137"/>
        <source>An XYZ URL must contain the {{x}}, {{y}} and {{z}} placeholders.</source>
        <translation>XYZ URL 必须包含 {{x}}、{{y}} 和 {{z}} 占位符。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="139"/>
        <source>The processing has no area of interest (geometry).</source>
        <translation>处理任务没有感兴趣区域（几何）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="143"/>
        <source>The imagery has no data inside the area of interest.</source>
        <translation>影像在感兴趣区域内没有数据。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="145"/>
        <source>The area of interest is not a valid geometry.</source>
        <translation>感兴趣区域不是有效的几何。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="149"/>
        <source>The source type {real_source_types} is unknown (allowed: {allowed_source_types}).</source>
        <translation>数据源类型 {real_source_types} 未知（允许：{allowed_source_types}）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="151"/>
        <source>Loading the imagery needs {estimated_size} MB, more than the allowed {allowed_size} MB. Use a smaller area or a lower zoom.</source>
        <translation>加载影像需要 {estimated_size} MB，超过了允许的 {allowed_size} MB。请使用较小的区域或较低的缩放级别。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="154"/>
        <source>The loader argument {argument_name} is {argument_type}; expected {expected_type}.</source>
        <translation>加载器参数 {argument_name} 的类型为 {argument_type}；应为 {expected_type}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="156"/>
        <source>The imagery tiles have {real_nchannels} bands; expected {expected_nchannels}.</source>
        <translation>影像瓦片有 {real_nchannels} 个波段；应为 {expected_nchannels} 个。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="158"/>
        <source>The imagery tiles are {real_size} pixels; expected {expected_size}.</source>
        <translation>影像瓦片为 {real_size} 像素；应为 {expected_size}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="160"/>
        <source>The imagery tile {tile_location} could not be loaded (server status {status}).</source>
        <translation>无法加载影像瓦片 {tile_location}（服务器状态 {status}）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="165"/>
        <source>The imagery provider returned no data for the area of interest.</source>
        <translation>影像提供商未返回感兴趣区域的任何数据。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="167"/>
        <source>The imagery tile {tile_location} is not a readable image.</source>
        <translation>影像瓦片 {tile_location} 不是可读取的图像。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="172"/>
        <source>The folder {s3_link} contains no images.</source>
        <translation>文件夹 {s3_link} 中没有影像。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="178"/>
        <source>checking the imagery source</source>
        <translation>检查影像数据源</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="179"/>
        <source>loading the imagery</source>
        <translation>加载影像</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="180"/>
        <source>preparing the imagery</source>
        <translation>准备影像</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="181"/>
        <source>processing the imagery</source>
        <translation>处理影像</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="182"/>
        <source>building the results</source>
        <translation>生成结果</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="187"/>
        <source>The area of interest ({area_sq_km} sq.km) is larger than your limit of {aoiAreaLimit_sq_km} sq.km per processing.</source>
        <translation>感兴趣区域（{area_sq_km} km²）超出了您每个处理任务 {aoiAreaLimit_sq_km} km² 的限额。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="190"/>
        <source>The area of interest ({aoiArea} sq.km) is smaller than the minimum of {providerMinArea} sq.km for the data provider {providerName}.</source>
        <translation>感兴趣区域（{aoiArea} km²）小于数据提供商 {providerName} 要求的最小面积 {providerMinArea} km²。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="193"/>
        <source>Maxar imagery is not available on your plan. Upgrade your subscription to use it.</source>
        <translation>您的套餐不包含 Maxar 影像。请升级订阅以使用它。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="195"/>
        <source>The server rejected the request.</source>
        <translation>服务器拒绝了该请求。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="196"/>
        <source>The area of interest is larger than your planned-search limit of {templateAreaLimit_sq_km} sq.km.</source>
        <translation>感兴趣区域超出了您 {templateAreaLimit_sq_km} km² 的计划搜索限额。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="200"/>
        <source>Only a finished result can be reviewed; this processing is {status}.</source>
        <translation>只有已完成的结果才能审核；此处理任务的状态为 {status}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="202"/>
        <source>This result is not under review: the review workflow is not enabled for it.</source>
        <translation>此结果不在审核中：该结果未启用审核流程。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="204"/>
        <source>This result has already been accepted.</source>
        <translation>此结果已被接受。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="205"/>
        <source>This result was sent back for review; support is reworking it.</source>
        <translation>此结果已退回审核；支持团队正在修改。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="207"/>
        <source>This result is not waiting for a review ({reviewStatus}).</source>
        <translation>此结果未在等待审核（{reviewStatus}）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="209"/>
        <source>Say in a comment what is wrong with the result.</source>
        <translation>请在备注中说明结果有什么问题。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="211"/>
        <source>The comment is {length} characters long; at most {maxLength} are allowed.</source>
        <translation>备注长度为 {length} 个字符；最多允许 {maxLength} 个。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="213"/>
        <source>The marked features are not valid: {reason}.</source>
        <translation>标记的要素无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="215"/>
        <source>A marked feature is a {geometryType}; mark points, lines or polygons.</source>
        <translation>有一个标记的要素是 {geometryType}；请标记点、线或多边形。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="217"/>
        <source>{featureCount} features are marked; at most {maxFeatures} can be sent.</source>
        <translation>已标记 {featureCount} 个要素；最多可发送 {maxFeatures} 个。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="219"/>
        <source>The marked features take {size_mb} MB; at most {maxSize_mb} MB can be sent.</source>
        <translation>标记的要素占用 {size_mb} MB；最多可发送 {maxSize_mb} MB。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="227"/>
        <source>The search area ({area_sq_km} sq.km) is larger than your limit of {searchAreaLimit_sq_km} sq.km for an immediate search. Plan a search over it instead.</source>
        <translation>搜索区域（{area_sq_km} km²）超出了您即时搜索 {searchAreaLimit_sq_km} km² 的限额。请改为对其创建计划搜索。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="231"/>
        <source>The imagery provider {providers} does not answer. Try again later or search without it.</source>
        <translation>影像提供商 {providers} 没有响应。请稍后重试，或在搜索中排除它。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="233"/>
        <source>The image {imageId} is not in the imagery catalog.</source>
        <translation>影像 {imageId} 不在影像目录中。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="235"/>
        <source>Images of several providers ({providers}) cannot be processed together. Choose images of one provider; only mosaics of one zoom can be combined.</source>
        <translation>不能同时处理来自多个提供商（{providers}）的影像。请选择同一提供商的影像；只有相同缩放级别的镶嵌影像才能合并。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="238"/>
        <source>Images and mosaics cannot be processed together. Choose one kind.</source>
        <translation>影像和镶嵌影像不能同时处理。请只选择其中一种。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="240"/>
        <source>Mosaics processed together must have the same zoom (the chosen ones have {zooms}).</source>
        <translation>一起处理的镶嵌影像必须具有相同的缩放级别（所选镶嵌影像的缩放级别为 {zooms}）。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="242"/>
        <source>The area of interest does not overlap the chosen images: nothing is left to process.</source>
        <translation>感兴趣区域与所选影像不重叠：没有可处理的内容。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="244"/>
        <source>A planned search needs at least one area of interest.</source>
        <translation>计划搜索至少需要一个感兴趣区域。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="246"/>
        <source>The area name is {length} characters long; at most {maxLength} are allowed.</source>
        <translation>区域名称长度为 {length} 个字符；最多允许 {maxLength} 个。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="248"/>
        <source>The end date of the planned search must be in the future.</source>
        <translation>计划搜索的结束日期必须在将来。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="250"/>
        <source>The end date of the planned search must be within six months.</source>
        <translation>计划搜索的结束日期必须在六个月之内。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="252"/>
        <source>The planned search has ended. Move its end date later to resume it.</source>
        <translation>计划搜索已结束。请将其结束日期延后以恢复它。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="254"/>
        <source>Only a failed planned search can be restarted.</source>
        <translation>只有失败的计划搜索才能重新启动。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="256"/>
        <source>The image {imageId} was not found by this planned search.</source>
        <translation>此计划搜索未找到影像 {imageId}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="262"/>
        <source>The file {filename} failed the checks: {bad_parameters}.</source>
        <translation>文件 {filename} 未通过检查：{bad_parameters}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="264"/>
        <source>Not enough storage: the upload needs {memory_requested_mb} MB, {available_memory_mb} MB is free. Delete some imagery or extend your storage.</source>
        <translation>存储空间不足：上传需要 {memory_requested_mb} MB，可用空间为 {available_memory_mb} MB。请删除一些影像或扩充存储空间。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="268"/>
        <source>The file is too big: {actual_file_size_mb} MB, the limit is {max_file_size_mb} MB.</source>
        <translation>文件过大：{actual_file_size_mb} MB，上限为 {max_file_size_mb} MB。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="271"/>
        <source>The {instance_type} {uid} was not found.</source>
        <translation>未找到 {instance_type} {uid}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="272"/>
        <source>You have no access to the {instance_type} {uid}.</source>
        <translation>您无权访问 {instance_type} {uid}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="273"/>
        <source>The image {filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation>影像 {filename} 与此影像集不匹配：其 {param_name} 为 {got_param}，而影像集要求 {expected_param}。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="276"/>
        <source>The image extent is outside the valid coordinate range.</source>
        <translation>影像范围超出了有效坐标范围。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="278"/>
        <source>The file cannot be opened as a GeoTIFF.</source>
        <translation>无法将该文件作为 GeoTIFF 打开。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="279"/>
        <source>The image extent is too big.</source>
        <translation>影像范围过大。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="281"/>
        <source>The image is still being prepared; try again in a few minutes.</source>
        <translation>影像仍在准备中；请几分钟后重试。</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="285"/>
        <source>The processing reported an error: {code}{details}.</source>
        <translation>处理任务报告了错误：{code}{details}。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="21"/>
        <source>Mapflow error.</source>
        <translation>Mapflow 错误。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="62"/>
        <source>Wrong token: {reason}. Copy the API token again from your Mapflow account page.</source>
        <translation>令牌错误：{reason}。请从您的 Mapflow 账户页面重新复制 API 令牌。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="73"/>
        <source>Invalid request: {reason}</source>
        <translation>无效请求：{reason}</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="82"/>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="93"/>
        <source>Cannot connect to the Mapflow server at {host}: {reason}. Check your internet connection and proxy settings.</source>
        <translation>无法连接 {host} 上的 Mapflow 服务器：{reason}。请检查您的网络连接和代理设置。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="113"/>
        <source>The Mapflow server at {host} did not answer within {seconds} s ({phase}). Try again later.</source>
        <translation>{host} 上的 Mapflow 服务器在 {seconds} 秒内没有响应（{phase}）。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="127"/>
        <source>The download was cut short ({detail}). No file was written; please try again.</source>
        <translation>下载被中断（{detail}）。未写入任何文件；请重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="139"/>
        <source>The answer of the Mapflow server at {host} was cut short ({detail}). Please try again.</source>
        <translation>{host} 上的 Mapflow 服务器的响应被中断（{detail}）。请重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="159"/>
        <source>The Mapflow server returned an error (HTTP {status}).</source>
        <translation>Mapflow 服务器返回了错误（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="188"/>
        <source>The server rejected the request (HTTP {status}).</source>
        <translation>服务器拒绝了该请求（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="192"/>
        <source>Authentication failed: the Mapflow token is wrong or expired. Check your API token.</source>
        <translation>认证失败：Mapflow 令牌错误或已过期。请检查您的 API 令牌。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="201"/>
        <source>Not enough rights for this action in a shared project</source>
        <translation>您在共享项目中没有执行此操作的足够权限</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="202"/>
        <source>This data provider is not available on your plan. Upgrade your subscription to use it.</source>
        <translation>您的套餐不包含此数据提供商。请升级订阅以使用它。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="214"/>
        <source>Not found: the item does not exist or was deleted.</source>
        <translation>未找到：该对象不存在或已被删除。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="218"/>
        <source>The item is not ready for this action yet; try again later.</source>
        <translation>该对象尚未准备好执行此操作；请稍后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="222"/>
        <source>The file is too large for the Mapflow server.</source>
        <translation>文件对于 Mapflow 服务器来说过大。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="226"/>
        <source>Too many requests to the Mapflow server; try again in {wait} s.</source>
        <translation>对 Mapflow 服务器的请求过多；请在 {wait} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="241"/>
        <source>The Mapflow server had an internal problem (HTTP {status}). Try again later.</source>
        <translation>Mapflow 服务器出现内部问题（HTTP {status}）。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="253"/>
        <source>The Mapflow server sent an unexpected response: {detail}</source>
        <translation>Mapflow 服务器发送了意外的响应：{detail}</translation>
    </message>
    <message>
        <location filename="../api/oauth.py" line="37"/>
        <source>The Mapflow sign-in was refused ({error}): {description}</source>
        <translation>Mapflow 登录被拒绝（{error}）：{description}</translation>
    </message>
    <message>
        <location filename="../api/oauth.py" line="38"/>
        <source>The Mapflow sign-in has expired or was ended. Sign in again.</source>
        <translation>Mapflow 登录已过期或已结束。请重新登录。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="36"/>
        <source>{filename} is not a GeoTIFF: only GeoTIFF files can be uploaded.</source>
        <translation>{filename} 不是 GeoTIFF：只能上传 GeoTIFF 文件。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="37"/>
        <source>{filename} has no coordinate reference system.</source>
        <translation>{filename} 没有坐标参考系。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="38"/>
        <source>{filename} has {count} bands: upload single-band, RGB (3 bands) or RGBA (4 bands) images.</source>
        <translation>{filename} 有 {count} 个波段：请上传单波段、RGB（3 个波段）或 RGBA（4 个波段）影像。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="40"/>
        <source>{filename} holds {dtypes} values: only 8-bit (uint8) images are accepted.</source>
        <translation>{filename} 的值类型为 {dtypes}：只接受 8 位（uint8）影像。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="42"/>
        <source>{filename} is {width} × {height} px: at most {max_pixel_count} px per side are accepted.</source>
        <translation>{filename} 为 {width} × {height} 像素：每边最多接受 {max_pixel_count} 像素。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="44"/>
        <source>{filename} has pixels of {pixel_size_m} m: at most {max_pixel_size_m} m are accepted.</source>
        <translation>{filename} 的像元大小为 {pixel_size_m} 米：最多接受 {max_pixel_size_m} 米。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="46"/>
        <source>{filename} has pixels of {pixel_size_m} m: it will be resampled to {resampled_m} m.</source>
        <translation>{filename} 的像元大小为 {pixel_size_m} 米：它将被重采样为 {resampled_m} 米。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="48"/>
        <source>The extent of {filename} is outside the valid coordinate range.</source>
        <translation>{filename} 的范围超出了有效坐标范围。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="49"/>
        <source>{filename} is {size}: files of at most {max_size} are accepted.</source>
        <translation>{filename} 的大小为 {size}：只接受不超过 {max_size} 的文件。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="51"/>
        <source>Not enough storage for {filename}: it needs {size}, {free} is free. Delete some imagery first.</source>
        <translation>{filename} 的存储空间不足：需要 {size}，可用空间为 {free}。请先删除一些影像。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="54"/>
        <source>{filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation>{filename} 与此影像集不匹配：其 {param_name} 为 {got_param}，而影像集要求 {expected_param}。</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="58"/>
        <source>coordinate reference system</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="59"/>
        <source>band count</source>
        <translation>波段数</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="60"/>
        <source>pixel size</source>
        <translation>像元大小</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="137"/>
        <source>{value} B</source>
        <translation>{value} 字节</translation>
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
        <translation>QGIS 无法使用您的 Mapflow 账户登录 Mapflow：浏览器中的登录未完成、被拒绝或耗时过长。请重新登录。</translation>
    </message>
    <message>
        <location filename="../tasks/imagery.py" line="24"/>
        <source>Nothing was sent: {reasons}</source>
        <translation>未发送任何内容：{reasons}</translation>
    </message>
    <message>
        <location filename="../api/downloads.py" line="83"/>
        <source>the server sent an empty result</source>
        <translation>服务器返回了空结果</translation>
    </message>
    <message>
        <location filename="../api/downloads.py" line="85"/>
        <source>the result file ends in the middle of the data</source>
        <translation>结果文件在数据中途结束</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="108"/>
        <source>connecting</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="109"/>
        <source>waiting for the answer</source>
        <translation>等待响应</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="38"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="39"/>
        <source>unknown host name</source>
        <translation>未知主机名</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="40"/>
        <source>connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="41"/>
        <source>connection aborted</source>
        <translation>连接被中止</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="42"/>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="43"/>
        <source>network unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="44"/>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="45"/>
        <source>the secure connection failed (certificate not trusted?)</source>
        <translation>安全连接失败（证书不受信任？）</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="46"/>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="47"/>
        <source>an insecure redirect</source>
        <translation>不安全的重定向</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="48"/>
        <source>unsupported protocol</source>
        <translation>不支持的协议</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="49"/>
        <source>the server broke the HTTP protocol</source>
        <translation>服务器违反了 HTTP 协议</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="51"/>
        <source>the proxy {proxy} refused the connection</source>
        <translation>代理服务器（{proxy}）拒绝了连接</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="52"/>
        <source>the proxy {proxy} closed the connection</source>
        <translation>代理服务器（{proxy}）关闭了连接</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="53"/>
        <source>the proxy host {proxy} was not found</source>
        <translation>找不到代理服务器主机（{proxy}）</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="54"/>
        <source>the proxy {proxy} did not answer</source>
        <translation>代理服务器（{proxy}）没有响应</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="55"/>
        <source>the proxy {proxy} failed</source>
        <translation>代理服务器（{proxy}）出错</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="56"/>
        <source>the proxy {proxy} refused or failed the connection</source>
        <translation>代理服务器（{proxy}）拒绝或中断了连接</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="57"/>
        <source>the proxy {proxy} refused the login</source>
        <translation>代理服务器（{proxy}）拒绝了登录</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="58"/>
        <source>of QGIS</source>
        <translation>QGIS 设置</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="59"/>
        <source>of this computer</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="61"/>
        <source>received {received} of {expected} bytes</source>
        <translation>已接收 {received} 字节，共 {expected} 字节</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="62"/>
        <source>the connection closed in the middle of the data</source>
        <translation>连接在数据传输中途关闭</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="63"/>
        <source>the connection was interrupted</source>
        <translation>连接被中断</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="21"/>
        <source>the token must be text</source>
        <translation>令牌必须是文本</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="26"/>
        <source>the token is empty</source>
        <translation>令牌为空</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="37"/>
        <source>it is not valid base64 text</source>
        <translation>它不是有效的 base64 文本</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="40"/>
        <source>it does not contain an email and a secret</source>
        <translation>它不包含电子邮箱和凭据</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="42"/>
        <source>it does not start with an email address</source>
        <translation>它不以电子邮箱地址开头</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="44"/>
        <source>its secret part is empty</source>
        <translation>它的凭据部分为空</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="56"/>
        <source>the email address is not valid</source>
        <translation>电子邮箱地址无效</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="58"/>
        <source>the secret is empty</source>
        <translation>凭据为空</translation>
    </message>
</context>
<context>
    <name>MapflowCharges</name>
    <message>
        <location filename="../core/charges.py" line="55"/>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="59"/>
        <source>{cost} credits</source>
        <translation>{cost} 积分</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="94"/>
        <source>{count} processings, {area} km²; this account is not billed.</source>
        <translation>{count} 个处理任务，{area} km²；此账户不计费。</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="96"/>
        <source>{count} processings: {credits} credits and {area} km² charged.</source>
        <translation>{count} 个处理任务：已扣除 {credits} 积分和 {area} km²。</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="99"/>
        <source>{refunded} failed or refunded, not charged ({credits} credits given back).</source>
        <translation>{refunded} 个失败或已退款，未扣费（已退还 {credits} 积分）。</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="121"/>
        <source>Top up your balance</source>
        <translation>为余额充值</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="124"/>
        <source>The sandbox has no top-up page: add credits with its admin command (python -m sandbox add-credits EMAIL N --data-dir DIR).</source>
        <translation>沙盒没有充值页面：请使用其管理命令添加积分（python -m sandbox add-credits EMAIL N --data-dir DIR）。</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="127"/>
        <source>This server has no known top-up page: ask its administrator for credits.</source>
        <translation>此服务器没有已知的充值页面：请向其管理员申请积分。</translation>
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
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="28"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="29"/>
        <source>Imagery search: find scenes over the area of interest</source>
        <translation>影像搜索：查找覆盖感兴趣区域的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="38"/>
        <source>Processings</source>
        <translation>处理任务</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="42"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="83"/>
        <source>Getting ready…</source>
        <translation>正在准备…</translation>
    </message>
</context>
<context>
    <name>MapflowDuplicate</name>
    <message>
        <location filename="../core/duplicate.py" line="49"/>
        <source>Processing</source>
        <translation>处理任务</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="88"/>
        <source>The model “{model}” of the original is not available in this project; choose a model.</source>
        <translation>原处理任务的模型“{model}”在此项目中不可用；请选择一个模型。</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="97"/>
        <source>The data provider “{provider}” of the original is not available to your account; choose the imagery.</source>
        <translation>原处理任务的数据提供商“{provider}”对您的账户不可用；请选择影像。</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="110"/>
        <source>The original read its imagery from a {kind} source the dock cannot choose; choose the imagery.</source>
        <translation>原处理任务从面板无法选择的 {kind} 数据源读取影像；请选择影像。</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="116"/>
        <source>The imagery of the original was not found among your imagery; choose the imagery.</source>
        <translation>在您的影像中未找到原处理任务的影像；请选择影像。</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="124"/>
        <source>The original used {count} images of a mosaic; the copy uses the whole mosaic. Choose one image if you need fewer.</source>
        <translation>原处理任务使用了镶嵌影像中的 {count} 幅影像；副本使用整个镶嵌影像。如果需要更少的影像，请选择其中一幅。</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="131"/>
        <source>The imagery source of the original is not known; choose the imagery.</source>
        <translation>原处理任务的影像数据源未知；请选择影像。</translation>
    </message>
</context>
<context>
    <name>MapflowErrors</name>
    <message>
        <location filename="../core/errors.py" line="41"/>
        <source>{context} failed: {reason}{where}</source>
        <translation>{context}失败：{reason}{where}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="44"/>
        <source>{context} failed unexpectedly: {error}. Details are in the log panel ({tab}).</source>
        <translation>{context}意外失败：{error}。详细信息见日志面板（{tab}）。</translation>
    </message>
</context>
<context>
    <name>MapflowHelp</name>
    <message>
        <location filename="../core/help_links.py" line="49"/>
        <source>Top up your balance: sign in first, the page depends on the server.</source>
        <translation>为余额充值：请先登录，充值页面取决于服务器。</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>User guide of this plugin</source>
        <translation>本插件的用户指南</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Mapflow documentation</source>
        <translation>Mapflow 文档</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Prices of models and imagery</source>
        <translation>模型与影像价格</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Report a problem or suggest an improvement</source>
        <translation>报告问题或提出改进建议</translation>
    </message>
</context>
<context>
    <name>MapflowImagery</name>
    <message>
        <location filename="../core/my_imagery.py" line="57"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="192"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="193"/>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="194"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="195"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="145"/>
        <source>Storage: unknown</source>
        <translation>存储空间：未知</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="148"/>
        <source>Storage: {used} used, no limit</source>
        <translation>存储空间：已用 {used}，无限制</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="151"/>
        <source>Storage: {used} of {limit} used, {free} free</source>
        <translation>存储空间：已用 {used} / {limit}，可用 {free}</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="172"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="175"/>
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="177"/>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="178"/>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="180"/>
        <source>Bands</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="182"/>
        <source>Pixel size (CRS units)</source>
        <translation>像元大小（坐标参考系单位）</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>not available (a linked image)</source>
        <translation>不可用（链接的影像）</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="196"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="244"/>
        <source>Select the mosaic to upload into, or make a new one.</source>
        <translation>请选择要上传到的镶嵌影像，或新建一个。</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="247"/>
        <source>Select a mosaic or an image first.</source>
        <translation>请先选择一个镶嵌影像或影像。</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="251"/>
        <source>Select exactly one mosaic or image.</source>
        <translation>请只选择一个镶嵌影像或影像。</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="254"/>
        <source>Select exactly one image.</source>
        <translation>请只选择一幅影像。</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="256"/>
        <source>A linked image cannot be downloaded: it was not uploaded to Mapflow.</source>
        <translation>链接的影像无法下载：它未上传到 Mapflow。</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="259"/>
        <source>This image has no footprint yet to place a preview on.</source>
        <translation>此影像还没有可放置预览的覆盖范围。</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="261"/>
        <source>The selection has no footprint yet (an empty mosaic).</source>
        <translation>所选内容还没有覆盖范围（镶嵌影像为空）。</translation>
    </message>
</context>
<context>
    <name>MapflowMessages</name>
    <message>
        <location filename="../integration/message_actions.py" line="37"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="40"/>
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="45"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="69"/>
        <source>Mapflow Processing: error details</source>
        <translation>Mapflow Processing：错误详细信息</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="79"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>MapflowOAuth</name>
    <message>
        <location filename="../core/oauth_setup.py" line="38"/>
        <source>This QGIS has no OAuth2 authentication method, so sign-in with your Mapflow account is not possible here; sign in with your API token.</source>
        <translation>此 QGIS 没有 OAuth2 认证方法，因此无法在此使用 Mapflow 账户登录；请使用 API 令牌登录。</translation>
    </message>
    <message>
        <location filename="../core/oauth_setup.py" line="42"/>
        <source>Sign-in with your Mapflow account (OAuth2) needs QGIS 3.34 or later: older QGIS cannot do the PKCE sign-in Mapflow requires. Sign in with your API token instead.</source>
        <translation>使用 Mapflow 账户（OAuth2）登录需要 QGIS 3.34 或更高版本：较旧的 QGIS 无法完成 Mapflow 要求的 PKCE 登录。请改用 API 令牌登录。</translation>
    </message>
    <message>
        <location filename="../core/oauth_setup.py" line="76"/>
        <source>An OAuth2 configuration for {server} was created in QGIS's authentication database. Restart QGIS once, then press “Sign in with Mapflow account” again: QGIS uses a new OAuth2 configuration only after a restart.</source>
        <translation>已在 QGIS 认证数据库中为 {server} 创建了 OAuth2 配置。请重启 QGIS 一次，然后再次按“使用 Mapflow 账户登录”：QGIS 只有在重启后才会使用新的 OAuth2 配置。</translation>
    </message>
</context>
<context>
    <name>MapflowPlan</name>
    <message>
        <location filename="../core/processing_plan.py" line="131"/>
        <source>Reading the area of interest…</source>
        <translation>正在读取感兴趣区域…</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="133"/>
        <source>Choose an area of interest.</source>
        <translation>请选择一个感兴趣区域。</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="135"/>
        <source>Choose a model.</source>
        <translation>请选择一个模型。</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="137"/>
        <source>Choose the imagery.</source>
        <translation>请选择影像。</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="180"/>
        <source>Choose a project.</source>
        <translation>请选择一个项目。</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="212"/>
        <source>The cost could not be computed ({reason}); Start waits until the server prices it.</source>
        <translation>无法计算费用（{reason}）；“启动”将等待服务器完成计价。</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="216"/>
        <source>Waiting for the server to compute the cost.</source>
        <translation>正在等待服务器计算费用。</translation>
    </message>
</context>
<context>
    <name>MapflowProcessings</name>
    <message>
        <location filename="../core/processing_view.py" line="52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="53"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="55"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="57"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="58"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="61"/>
        <source>Progress, %</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="62"/>
        <source>Area, km²</source>
        <translation>面积（km²）</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="63"/>
        <source>Cost, credits</source>
        <translation>费用（积分）</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="96"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="97"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="98"/>
        <source>Awaiting imagery</source>
        <translation>等待影像</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="99"/>
        <source>OK</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="100"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="101"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="102"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="106"/>
        <source>review required</source>
        <translation>需要审核</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="107"/>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="108"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="109"/>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="434"/>
        <source>Only finished (OK) processings have results.</source>
        <translation>只有状态为“已完成”的处理任务才有结果。</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="436"/>
        <source>Only finished (OK) processings can be rated.</source>
        <translation>只有状态为“已完成”的处理任务才能评分。</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="438"/>
        <source>Only failed processings can be restarted.</source>
        <translation>只有失败的处理任务才能重新启动。</translation>
    </message>
    <message>
        <location filename="../core/processings_list.py" line="73"/>
        <source>too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <location filename="../core/processings_list.py" line="75"/>
        <source>server error {status}</source>
        <translation>服务器错误 {status}</translation>
    </message>
</context>
<context>
    <name>MapflowReview</name>
    <message>
        <location filename="../core/review.py" line="34"/>
        <source>Review required</source>
        <translation>需要审核</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="35"/>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="36"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="37"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="41"/>
        <source>“{name}” has already been accepted.</source>
        <translation>“{name}”已被接受。</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="42"/>
        <source>“{name}” was sent back for review; Mapflow support is reworking it.</source>
        <translation>“{name}”已退回审核；Mapflow 支持团队正在修改。</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="44"/>
        <source>“{name}” was refunded; there is nothing to review.</source>
        <translation>“{name}”已退款；没有需要审核的内容。</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="80"/>
        <source>the deadline has passed</source>
        <translation>已过截止时间</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="83"/>
        <source>{days} days left</source>
        <translation>剩余 {days} 天</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="85"/>
        <source>{hours} h {minutes} min left</source>
        <translation>剩余 {hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="87"/>
        <source>{minutes} min left</source>
        <translation>剩余 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="100"/>
        <source>Review required until {until} ({left}); a result not sent back by then is accepted as it is.</source>
        <translation>需要在 {until}（{left}）之前审核；届时未退回的结果将按原样接受。</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="111"/>
        <source>Only finished (OK) results can be reviewed.</source>
        <translation>只有状态为“已完成”的结果才能审核。</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="112"/>
        <source>“{name}” has no review: the review workflow was off when it finished.</source>
        <translation>“{name}”没有审核：它完成时审核流程处于关闭状态。</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="122"/>
        <source>Select a result in review first.</source>
        <translation>请先选择一个审核中的结果。</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="124"/>
        <source>Select exactly one result.</source>
        <translation>请只选择一个结果。</translation>
    </message>
</context>
<context>
    <name>MapflowRoles</name>
    <message>
        <location filename="../core/roles.py" line="14"/>
        <source>The default project cannot be renamed or deleted.</source>
        <translation>默认项目不能重命名或删除。</translation>
    </message>
    <message>
        <location filename="../core/roles.py" line="15"/>
        <source>Your role in this project is {role}; this needs the {needed} role or higher.</source>
        <translation>您在此项目中的角色是 {role}；此操作需要 {needed} 或更高的角色。</translation>
    </message>
</context>
<context>
    <name>MapflowSession</name>
    <message>
        <location filename="../core/session.py" line="50"/>
        <source>The server address must be an http:// or https:// URL ending with /rest, for example {example}.</source>
        <translation>服务器地址必须是以 /rest 结尾的 http:// 或 https:// URL，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="97"/>
        <source>There is no Mapflow API at {url}. Check the address: it must end with /rest, for example {example}.</source>
        <translation>{url} 上没有 Mapflow API。请检查地址：它必须以 /rest 结尾，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="102"/>
        <source>Nothing answers at {host} on this computer. Is the sandbox running? Start it with “make sandbox” in the plugin's source folder, then sign in again.</source>
        <translation>本机上的 {host} 没有响应。沙盒是否在运行？请在插件源代码文件夹中用“make sandbox”启动它，然后重新登录。</translation>
    </message>
</context>
<context>
    <name>MapflowStats</name>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Area, km²</source>
        <translation>面积（km²）</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>MapflowToolbox</name>
    <message>
        <location filename="../core/toolbox.py" line="65"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation>此项目没有模型；请联系 Mapflow 支持为其关联一个模型。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="68"/>
        <source>Give a model: one of {models}.</source>
        <translation>请指定一个模型：{models} 之一。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="75"/>
        <source>There is no model “{model}” in this project. Models: {models}.</source>
        <translation>此项目中没有模型“{model}”。可用模型：{models}。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="95"/>
        <source>The model “{model}” has no option {unknown}. Its options: {options}.</source>
        <translation>模型“{model}”没有选项 {unknown}。其选项：{options}。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="98"/>
        <source>The model “{model}” has no options (asked for {unknown}).</source>
        <translation>模型“{model}”没有任何选项（请求的是 {unknown}）。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="112"/>
        <source>There is no project “{project}” in this account. Projects: {projects}.</source>
        <translation>此账户中没有项目“{project}”。可用项目：{projects}。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="123"/>
        <source>This account has no imagery providers: give an imagery URL or a mosaic instead.</source>
        <translation>此账户没有影像提供商：请改为提供影像 URL 或镶嵌影像。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="130"/>
        <source>There is no imagery provider “{provider}” for this account. Providers: {providers}.</source>
        <translation>此账户没有影像提供商“{provider}”。可用提供商：{providers}。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="140"/>
        <source>Give at least one processing id (several: separated by commas).</source>
        <translation>请至少提供一个处理任务 ID（多个 ID 以逗号分隔）。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="144"/>
        <source>{ids} is not a processing id: ids are letters, digits and dashes.</source>
        <translation>{ids} 不是处理任务 ID：ID 由字母、数字和短横线组成。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="207"/>
        <source>The processing “{name}” ({id}) is still {status} ({percent} %) after {minutes} min. Run again later with the same id to pick it up.</source>
        <translation>处理任务“{name}”（{id}）在 {minutes} 分钟后仍为 {status}（{percent} %）。请稍后使用相同的 ID 再次运行以获取结果。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="212"/>
        <source>The server did not say how the processing {id} is doing within {minutes} min.</source>
        <translation>服务器在 {minutes} 分钟内未报告处理任务 {id} 的进展。</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="222"/>
        <source>The processing “{name}” ({id}) failed: {reason}</source>
        <translation>处理任务“{name}”（{id}）失败：{reason}</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="224"/>
        <source>The processing “{name}” ({id}) ended as {status}.</source>
        <translation>处理任务“{name}”（{id}）以 {status} 状态结束。</translation>
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
        <translation>%Y-%m-%d</translation>
    </message>
    <message>
        <location filename="../core/formatting.py" line="112"/>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%Y-%m-%d %H:%M</translation>
    </message>
    <message>
        <location filename="../core/formatting.py" line="113"/>
        <source>%m-%d %H:%M</source>
        <translation>%m-%d %H:%M</translation>
    </message>
</context>
<context>
    <name>MapflowVersion</name>
    <message>
        <location filename="../core/version_notice.py" line="34"/>
        <source>The Mapflow server runs a newer major version of its API ({server}) than this plugin knows ({known}): some actions may fail or show incomplete data. Update Mapflow Processing in Plugins › Manage and Install Plugins; you can keep working meanwhile.</source>
        <translation>Mapflow 服务器运行的 API 主版本（{server}）比此插件支持的版本（{known}）更新：某些操作可能失败或显示不完整的数据。请在“插件 › 管理并安装插件”中更新 Mapflow Processing；在此期间您可以继续工作。</translation>
    </message>
    <message>
        <location filename="../core/version_notice.py" line="40"/>
        <source>The Mapflow server has a newer version of its API ({server}; this plugin knows {known}). Everything keeps working; a plugin update may bring its new features.</source>
        <translation>Mapflow 服务器的 API 有更新的版本（{server}；此插件支持 {known}）。一切仍可正常使用；更新插件可能会带来其新功能。</translation>
    </message>
</context>
<context>
    <name>ModelWidget</name>
    <message>
        <location filename="../ui/forms/model.ui" line="5"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/model_widget.py" line="30"/>
        <source>{name} — {price:g} credits/km²</source>
        <translation>{name} — {price:g} 积分/km²</translation>
    </message>
    <message>
        <location filename="../ui/model_widget.py" line="71"/>
        <source>{label} (+{price:g} credits/km²)</source>
        <translation>{label}（+{price:g} 积分/km²）</translation>
    </message>
</context>
<context>
    <name>MosaicDialog</name>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="30"/>
        <source>None: an empty mosaic</source>
        <translation>无：空的镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="59"/>
        <source>Choose GeoTIFF files</source>
        <translation>选择 GeoTIFF 文件</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="5"/>
        <source>Mosaic</source>
        <translation>镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="9"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="15"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="19"/>
        <source>Comma-separated, e.g. city, 2024</source>
        <translation>以逗号分隔，例如 city, 2024</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="23"/>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="34"/>
        <source>Choose GeoTIFFs…</source>
        <translation>选择 GeoTIFF…</translation>
    </message>
</context>
<context>
    <name>MyImageryWidget</name>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="14"/>
        <source>Filter by name or tag</source>
        <translation>按名称或标签筛选</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="20"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="21"/>
        <source>List your imagery and storage again</source>
        <translation>重新列出您的影像和存储空间</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="56"/>
        <source>Select a mosaic or an image to see its details.</source>
        <translation>选择一个镶嵌影像或影像以查看其详细信息。</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="69"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="78"/>
        <source>New mosaic…</source>
        <translation>新建镶嵌影像…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="79"/>
        <source>Make a mosaic, empty or with GeoTIFF files</source>
        <translation>创建一个空的或包含 GeoTIFF 文件的镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="84"/>
        <source>Upload images…</source>
        <translation>上传影像…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="85"/>
        <source>Upload GeoTIFF files into the selected mosaic</source>
        <translation>将 GeoTIFF 文件上传到所选镶嵌影像中</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="90"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="91"/>
        <source>Rename the selected mosaic or image; change a mosaic&apos;s tags</source>
        <translation>重命名所选的镶嵌影像或影像；更改镶嵌影像的标签</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="96"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="97"/>
        <source>Delete the selected mosaics and images</source>
        <translation>删除所选的镶嵌影像和影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="102"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="103"/>
        <source>Show a preview of the selected image on the map</source>
        <translation>在地图上显示所选影像的预览</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="108"/>
        <source>Size of the preview picture</source>
        <translation>预览图片的大小</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="109"/>
        <source>Small (256 px)</source>
        <translation>小（256 px）</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="110"/>
        <source>Large (1024 px)</source>
        <translation>大（1024 px）</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="115"/>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="116"/>
        <source>Save the original file of the selected image</source>
        <translation>保存所选影像的原始文件</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="121"/>
        <source>Use as AOI</source>
        <translation>用作感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="122"/>
        <source>The extent of the selection becomes the area of interest</source>
        <translation>所选内容的范围将成为感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="127"/>
        <source>Use for processing</source>
        <translation>用于处理</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="128"/>
        <source>The selected mosaic or image becomes the imagery of the processing</source>
        <translation>所选的镶嵌影像或影像将成为处理任务的影像</translation>
    </message>
</context>
<context>
    <name>PlanSearchDialog</name>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="5"/>
        <source>Plan a search</source>
        <translation>创建计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="9"/>
        <source>A planned search looks for scenes over its areas in the archive, then keeps looking for new ones until its end date and tells you when it finds some.</source>
        <translation>计划搜索会先在存档中查找覆盖其区域的景，然后持续查找新的景直到结束日期，并在找到时通知您。</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="15"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="18"/>
        <source>At most 64 characters</source>
        <translation>最多 64 个字符</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="22"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="24"/>
        <source>Area name</source>
        <translation>区域名称</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="25"/>
        <source>Optional; at most 64 characters</source>
        <translation>可选；最多 64 个字符</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="26"/>
        <source>One area per part</source>
        <translation>每个部分一个区域</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="26"/>
        <source>Each part becomes an area of its own, with its own scenes and processings</source>
        <translation>每个部分各自成为一个区域，拥有自己的景和处理任务</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="27"/>
        <source>Active until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="28"/>
        <source>It looks for new scenes until the end of this day; at most six months ahead</source>
        <translation>它会持续查找新景，直到这一天结束；最多为六个月之后</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="33"/>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="45"/>
        <source>Keep the Start tab&apos;s processing choices</source>
        <translation>保留“启动”选项卡中的处理选择</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="46"/>
        <source>The planned search remembers the model, its options and the zoom; its processings start with them</source>
        <translation>计划搜索会记住模型、其选项和缩放级别；其处理任务将使用这些设置启动</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="73"/>
        <source>One area per part ({count} parts)</source>
        <translation>每个部分一个区域（{count} 个部分）</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="81"/>
        <source>Keep the Start tab&apos;s processing choices (no model chosen)</source>
        <translation>保留“启动”选项卡中的处理选择（未选择模型）</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="83"/>
        <source>Keep the Start tab&apos;s processing choices: {choices}</source>
        <translation>保留“启动”选项卡中的处理选择：{choices}</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="111"/>
        <source>{area} in {parts} part(s)</source>
        <translation>{area}，共 {parts} 个部分</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="115"/>
        <source>It looks for scenes acquired from {day} on; the end of the date range is left out so that new scenes are found.</source>
        <translation>它查找自 {day} 起获取的景；日期范围不设结束日期，以便找到新的景。</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="118"/>
        <source>It looks for scenes of any date, new ones included.</source>
        <translation>它查找任何日期的景，包括新的景。</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="28"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>PolygonDrawTool</name>
    <message>
        <location filename="../layers/draw_tool.py" line="135"/>
        <source>A polygon needs at least 3 points; click to add points, then right-click or double-click to finish.</source>
        <translation>多边形至少需要 3 个点；点击添加点，然后右键单击或双击结束。</translation>
    </message>
</context>
<context>
    <name>ProcessingExtrasWidget</name>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="12"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="22"/>
        <source>Accept…</source>
        <translation>接受…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="23"/>
        <source>Accept the selected results as they are</source>
        <translation>按原样接受所选结果</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="28"/>
        <source>Mark corrections</source>
        <translation>标记更正</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="29"/>
        <source>Open a layer where you draw the wrong or missing objects, each with a remark</source>
        <translation>打开一个图层，在其中绘制错误或缺失的对象，并为每个对象添加备注</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="34"/>
        <source>Send back for review…</source>
        <translation>退回审核…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="35"/>
        <source>Send the result back to Mapflow with a comment and the marked objects</source>
        <translation>将结果连同备注和标记的对象一起退回 Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="45"/>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <location filename="../ui/processing_extras_widget.py" line="50"/>
        <source>Fill the Start tab with this processing&apos;s model, options, imagery and area, to start a copy</source>
        <translation>用此处理任务的模型、选项、影像和区域填充“启动”选项卡，以启动一个副本</translation>
    </message>
    <message>
        <location filename="../ui/processing_extras_widget.py" line="32"/>
        <source>Select one processing to duplicate.</source>
        <translation>请选择一个要复制的处理任务。</translation>
    </message>
</context>
<context>
    <name>ProcessingsWidget</name>
    <message>
        <location filename="../ui/forms/processings.ui" line="14"/>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="20"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="21"/>
        <source>Refresh the list now</source>
        <translation>立即刷新列表</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="42"/>
        <source>Select a processing to see its details.</source>
        <translation>选择一个处理任务以查看其详细信息。</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="50"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="51"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="56"/>
        <source>Page 1 of 1</source>
        <translation>第 1 页，共 1 页</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="63"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="64"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="69"/>
        <source>Per page</source>
        <translation>每页</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="87"/>
        <source>Load results</source>
        <translation>加载结果</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="92"/>
        <source>Load AOIs</source>
        <translation>加载感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="97"/>
        <source>Rate…</source>
        <translation>评分…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="102"/>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="107"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="112"/>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="117"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="122"/>
        <source>Load results as</source>
        <translation>结果加载方式</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="127"/>
        <source>What &quot;Load results&quot; adds to the map</source>
        <translation>“加载结果”向地图添加的内容</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="128"/>
        <source>GeoPackage and tile layers</source>
        <translation>GeoPackage 和瓦片图层</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="129"/>
        <source>GeoPackage only</source>
        <translation>仅 GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="130"/>
        <source>Tile layers only</source>
        <translation>仅瓦片图层</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="71"/>
        <source>Save results in</source>
        <translation>结果保存位置</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="140"/>
        <source>The folder &quot;Load results&quot; saves GeoPackages in, kept with the QGIS project; empty: next to the project</source>
        <translation>“加载结果”保存 GeoPackage 的文件夹，随 QGIS 工程保存；留空：工程文件所在位置</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="113"/>
        <source>Select a processing first.</source>
        <translation>请先选择一个处理任务。</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="237"/>
        <source>Page {page} of {pages} ({total} processings)</source>
        <translation>第 {page} 页，共 {pages} 页（{total} 个处理任务）</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="274"/>
        <source>Results are saved in {folder}</source>
        <translation>结果保存在 {folder}</translation>
    </message>
</context>
<context>
    <name>ProjectWidget</name>
    <message>
        <location filename="../ui/forms/project.ui" line="5"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="12"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="12"/>
        <source>Create a project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="13"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="14"/>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="15"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/project_widget.py" line="45"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../ui/project_widget.py" line="74"/>
        <source>Sign in and choose a project first</source>
        <translation>请先登录并选择一个项目</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../ui/dialogs.py" line="33"/>
        <source>How good is the result of &apos;{name}&apos;?</source>
        <translation>“{name}”的结果质量如何？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Useless</source>
        <translation>无用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Acceptable</source>
        <translation>尚可</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="5"/>
        <source>Rate the processing</source>
        <translation>为处理任务评分</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="9"/>
        <source>How good is the result?</source>
        <translation>结果质量如何？</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="27"/>
        <source>What was good or wrong? (optional)</source>
        <translation>哪些地方好或不好？（可选）</translation>
    </message>
</context>
<context>
    <name>SceneTableModel</name>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Cloud, %</source>
        <translation>云量（%）</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Off-nadir, °</source>
        <translation>侧视角（°）</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Resolution, m</source>
        <translation>分辨率（米）</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>AOI cover, %</source>
        <translation>感兴趣区域覆盖率（%）</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="192"/>
        <source>Mosaic</source>
        <translation>镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="194"/>
        <source>Image</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="200"/>
        <source>Off-nadir angle {angle}° (signed as the provider gives it)</source>
        <translation>侧视角 {angle}°（符号按提供商给出的值）</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="203"/>
        <source>Sun elevation {angle}°</source>
        <translation>太阳高度角 {angle}°</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="205"/>
        <source>Zoom {zoom}</source>
        <translation>缩放级别 {zoom}</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="207"/>
        <source>Does not match the current filters.</source>
        <translation>不符合当前筛选条件。</translation>
    </message>
</context>
<context>
    <name>SearchFiltersWidget</name>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="11"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="11"/>
        <source>Only scenes acquired on these days (your time zone), both days included</source>
        <translation>只显示在这些日期（您所在的时区）获取的景，包括起止两天</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="15"/>
        <source>Cloud ≤</source>
        <translation>云量 ≤</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="15"/>
        <source>Only scenes with at most this cloud cover</source>
        <translation>只显示云量不超过此值的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="17"/>
        <source>AOI cover ≥</source>
        <translation>感兴趣区域覆盖率 ≥</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="17"/>
        <source>Only scenes that cover at least this share of the area of interest</source>
        <translation>只显示至少覆盖感兴趣区域这一比例的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="19"/>
        <source>Off-nadir</source>
        <translation>侧视角</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="19"/>
        <source>Only scenes taken within this off-nadir angle range (either side)</source>
        <translation>只显示侧视角在此范围内（任一侧）拍摄的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="23"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="23"/>
        <source>Only scenes whose pixel size lies in this range (metres)</source>
        <translation>只显示像元大小在此范围内（米）的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="26"/>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="27"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="30"/>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="30"/>
        <source>Single satellite scenes</source>
        <translation>单景卫星影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="31"/>
        <source>Mosaics</source>
        <translation>镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="31"/>
        <source>Seamless mosaics made of many scenes</source>
        <translation>由多景影像拼接而成的无缝镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="40"/>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="213"/>
        <source>All providers</source>
        <translation>所有提供商</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="41"/>
        <source>The providers to search</source>
        <translation>要搜索的提供商</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="168"/>
        <source>Choose images, mosaics or both.</source>
        <translation>请选择影像、镶嵌影像或两者。</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="170"/>
        <source>Choose at least one provider.</source>
        <translation>请至少选择一个提供商。</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="215"/>
        <source>{checked} of {total} providers</source>
        <translation>{checked}/{total} 个提供商</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="14"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>SearchRules</name>
    <message>
        <location filename="../core/search_rules.py" line="42"/>
        <source>Choose one or more scenes in the search results.</source>
        <translation>请在搜索结果中选择一景或多景。</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="105"/>
        <source>The area of interest lies outside the chosen scenes: nothing is left to process. Choose scenes that cover it, or another area.</source>
        <translation>感兴趣区域位于所选景之外：没有可处理的内容。请选择覆盖该区域的景，或选择其他区域。</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="115"/>
        <source>The area of interest is cut to the chosen scenes: {lost} ({percent} %) of it lies outside them and is not processed; {kept} remain.</source>
        <translation>感兴趣区域已裁剪到所选景的范围：其中 {lost}（{percent} %）位于景之外，不会处理；保留 {kept}。</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="177"/>
        <source>The search was cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="193"/>
        <source>The imagery search got no answer in time ({reason}). Search a smaller area or fewer providers, or try again later.</source>
        <translation>影像搜索未及时得到响应（{reason}）。请搜索较小的区域或较少的提供商，或稍后重试。</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="197"/>
        <source>The imagery search failed on the server: {reason}</source>
        <translation>影像搜索在服务器上失败：{reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="200"/>
        <source>The server refused the imagery search: {reason}</source>
        <translation>服务器拒绝了影像搜索：{reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="204"/>
        <source>The imagery search could not reach the server: {reason}</source>
        <translation>影像搜索无法连接服务器：{reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="213"/>
        <source>No scenes over the area of interest match these filters ({filters}). Widen them, or search another area.</source>
        <translation>没有覆盖感兴趣区域的景符合这些筛选条件（{filters}）。请放宽条件，或搜索其他区域。</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="216"/>
        <source>No scenes cover the area of interest.</source>
        <translation>没有覆盖感兴趣区域的景。</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="221"/>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="222"/>
        <source>resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="223"/>
        <source>cloud cover</source>
        <translation>云量</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="224"/>
        <source>off-nadir angle</source>
        <translation>侧视角</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="225"/>
        <source>AOI cover</source>
        <translation>感兴趣区域覆盖率</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="226"/>
        <source>providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="227"/>
        <source>product types</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="300"/>
        <source>Search again: the area of interest changed since the last search.</source>
        <translation>请重新搜索：自上次搜索以来感兴趣区域已更改。</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="305"/>
        <source>Search again: the filters are wider than the last search ({filters}).</source>
        <translation>请重新搜索：筛选条件比上次搜索更宽（{filters}）。</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="345"/>
        <source>0 of {total}</source>
        <translation>0，共 {total} 个</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="346"/>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last}，共 {total} 个</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="360"/>
        <source>scene {id} of {provider}</source>
        <translation>{provider} 的景 {id}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="363"/>
        <source>{count} scenes of {provider}</source>
        <translation>{provider} 的 {count} 景</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="368"/>
        <source>, zoom {zoom}</source>
        <translation>，缩放级别 {zoom}</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../ui/forms/search.ui" line="12"/>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="26"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="26"/>
        <source>Search the imagery catalog over the area of interest with these filters</source>
        <translation>使用这些筛选条件在影像目录中搜索覆盖感兴趣区域的影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="27"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="28"/>
        <source>Plan search…</source>
        <translation>创建计划搜索…</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="28"/>
        <source>Save this search as a planned search: it keeps looking for new scenes over the area of interest and tells you when it finds some</source>
        <translation>将此搜索保存为计划搜索：它会持续查找覆盖感兴趣区域的新景，并在找到时通知您</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="53"/>
        <source>Plan a search…</source>
        <translation>创建计划搜索…</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="53"/>
        <source>A planned search covers a large area and keeps looking for new scenes</source>
        <translation>计划搜索可覆盖较大的区域，并持续查找新的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="69"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="71"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="78"/>
        <source>Per page</source>
        <translation>每页</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="84"/>
        <source>Zoom to</source>
        <translation>缩放至</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="84"/>
        <source>Zoom the map to the selected scenes</source>
        <translation>将地图缩放至所选的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="85"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="85"/>
        <source>Show the selected scenes&apos; quick-looks on the map</source>
        <translation>在地图上显示所选景的快视图</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="86"/>
        <source>Use for processing</source>
        <translation>用于处理</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="86"/>
        <source>Process the selected scenes: they become the imagery of the Start tab</source>
        <translation>处理所选的景：它们将成为“启动”选项卡中的影像</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../integration/auth.py" line="98"/>
        <source>The API token is empty; paste the token from the Mapflow web app (Account › API).</source>
        <translation>API 令牌为空；请粘贴 Mapflow 网页应用中的令牌（账户 › API）。</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="104"/>
        <source>This is not a Mapflow API token: it should be the base64 text copied from the Mapflow web app (Account › API).</source>
        <translation>这不是 Mapflow API 令牌：它应是从 Mapflow 网页应用（账户 › API）复制的 base64 文本。</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="109"/>
        <source>This is not a Mapflow API token: once decoded it should read “e-mail:key”. Copy it again from the Mapflow web app (Account › API).</source>
        <translation>这不是 Mapflow API 令牌：解码后它应为“e-mail:key”。请从 Mapflow 网页应用（账户 › API）重新复制。</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="166"/>
        <source>The QGIS authentication system is not available, so the token cannot be stored safely.</source>
        <translation>QGIS 认证系统不可用，因此无法安全地保存令牌。</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="175"/>
        <source>The QGIS authentication database is locked: its master password is needed to store or read the Mapflow token.</source>
        <translation>QGIS 认证数据库已锁定：保存或读取 Mapflow 令牌需要其主密码。</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="212"/>
        <source>“{id}” is not an authentication configuration id: it is 7 letters and digits, as shown in Settings › Authentication.</source>
        <translation>“{id}”不是认证配置 ID：它由 7 个字母和数字组成，显示在“设置 › 认证”中。</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="217"/>
        <source>There is no authentication configuration “{id}” in this QGIS profile.</source>
        <translation>此 QGIS 配置文件中没有认证配置“{id}”。</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="226"/>
        <source>The authentication configuration “{id}” is not a Basic login with a user name and a password.</source>
        <translation>认证配置“{id}”不是包含用户名和密码的 Basic 登录。</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="308"/>
        <source>QGIS could not store the secret in its authentication database.</source>
        <translation>QGIS 无法将凭据保存到其认证数据库中。</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../ui/dialogs_review.py" line="31"/>
        <source>Send “{name}” back to Mapflow for review: say what is wrong. Support reworks the result and it comes back to you for review.</source>
        <translation>将“{name}”退回 Mapflow 审核：请说明问题所在。支持团队会修改结果，之后再交由您审核。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="35"/>
        <source>Send the {count} object(s) marked in “{layer}”</source>
        <translation>发送在“{layer}”中标记的 {count} 个对象</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="41"/>
        <source>No objects are marked. To show what is wrong or missing, cancel, press “Mark corrections” and draw them on the map.</source>
        <translation>未标记任何对象。要指出错误或缺失的内容，请取消，按“标记更正”并在地图上绘制它们。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="61"/>
        <source>At most {limit} characters ({length} now).</source>
        <translation>最多 {limit} 个字符（当前 {length} 个）。</translation>
    </message>
    <message>
        <location filename="../ui/forms/send_back_dialog.ui" line="5"/>
        <source>Send back for review</source>
        <translation>退回审核</translation>
    </message>
    <message>
        <location filename="../ui/forms/send_back_dialog.ui" line="16"/>
        <source>What is wrong with the result (required)</source>
        <translation>结果有什么问题（必填）</translation>
    </message>
</context>
<context>
    <name>SourceWidget</name>
    <message>
        <location filename="../ui/forms/source.ui" line="5"/>
        <source>Imagery</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="9"/>
        <source>Data provider</source>
        <translation>数据提供商</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="10"/>
        <source>My URL (XYZ, TMS, Quadkey, WMS)</source>
        <translation>我的 URL（XYZ、TMS、Quadkey、WMS）</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="11"/>
        <source>My imagery (GeoTIFF)</source>
        <translation>我的影像（GeoTIFF）</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="12"/>
        <source>Imagery search (scenes)</source>
        <translation>影像搜索（景）</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="19"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="35"/>
        <source>Zoom</source>
        <translation>缩放级别</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="27"/>
        <source>https://example.com/tiles/{z}/{x}/{y}.png</source>
        <translation>https://example.com/tiles/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="28"/>
        <source>Type</source>
        <translation>类型</translation>
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
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="38"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="39"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="40"/>
        <source>optional, kept in the QGIS authentication database</source>
        <translation>可选，保存在 QGIS 认证数据库中</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="46"/>
        <source>Mosaic</source>
        <translation>镶嵌影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="48"/>
        <source>Image</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="52"/>
        <source>Upload GeoTIFF…</source>
        <translation>上传 GeoTIFF…</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="54"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="61"/>
        <source>No scenes chosen yet.</source>
        <translation>尚未选择景。</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="63"/>
        <source>Search imagery…</source>
        <translation>搜索影像…</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="63"/>
        <source>Find scenes over the area of interest in the Search tab</source>
        <translation>在“搜索”选项卡中查找覆盖感兴趣区域的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="71"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="71"/>
        <source>Add the chosen imagery to the map as a layer</source>
        <translation>将所选影像作为图层添加到地图</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="27"/>
        <source>— (server decides)</source>
        <translation>—（由服务器决定）</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="63"/>
        <source>New mosaic…</source>
        <translation>新建镶嵌影像…</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="158"/>
        <source>{zoom} — {price:g} credits/km²</source>
        <translation>{zoom} — {price:g} 积分/km²</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="171"/>
        <source>All images of the mosaic</source>
        <translation>镶嵌影像中的所有影像</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <location filename="../ui/star_rating.py" line="42"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/star_rating.py" line="69"/>
        <source>{rating} of {count}</source>
        <translation>评分 {rating}/{count}</translation>
    </message>
    <message>
        <location filename="../ui/star_rating.py" line="70"/>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>StartWidget</name>
    <message>
        <location filename="../ui/forms/start.ui" line="5"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="7"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="8"/>
        <source>Processing name</source>
        <translation>处理任务名称</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="9"/>
        <source>Cost</source>
        <translation>费用</translation>
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
        <translation>启动前要求确认</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="13"/>
        <source>Start processing</source>
        <translation>启动处理</translation>
    </message>
</context>
<context>
    <name>StatsWidget</name>
    <message>
        <location filename="../ui/forms/stats.ui" line="12"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="17"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="16"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="20"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="22"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="25"/>
        <source>Name, project, model or email</source>
        <translation>名称、项目、模型或电子邮箱</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="33"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="34"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="99"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="115"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>开始日期 {start} 晚于结束日期 {end}。</translation>
    </message>
</context>
<context>
    <name>TemplateRules</name>
    <message>
        <location filename="../core/templates.py" line="46"/>
        <source>Searching</source>
        <translation>搜索中</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="47"/>
        <source>Watching</source>
        <translation>监视中</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="48"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="49"/>
        <source>Not searching</source>
        <translation>未搜索</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="50"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="51"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="54"/>
        <source>Searching the archive over its areas.</source>
        <translation>正在其区域内搜索存档。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="55"/>
        <source>Keeps looking for new scenes until {until}.</source>
        <translation>持续查找新的景，直到 {until}。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="56"/>
        <source>Paused: resumed, it also finds what was published meanwhile.</source>
        <translation>已暂停：恢复后，它也会找到暂停期间发布的影像。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="58"/>
        <source>Not searching: the limit of active planned searches was reached when it was created. Pause another one, then resume this one.</source>
        <translation>未搜索：创建时已达到活动计划搜索的数量上限。请暂停另一个计划搜索，然后恢复此计划搜索。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="61"/>
        <source>Ended on {until}; it keeps what it found. Move its end date later to resume it.</source>
        <translation>已于 {until} 结束；它会保留已找到的内容。请将其结束日期延后以恢复它。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="63"/>
        <source>The search failed ({reason}); restart it.</source>
        <translation>搜索失败（{reason}）；请重新启动它。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="97"/>
        <source>the server gave no reason</source>
        <translation>服务器未给出原因</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="111"/>
        <source>Planned search</source>
        <translation>计划搜索</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="112"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="113"/>
        <source>New scenes</source>
        <translation>新景</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="114"/>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="115"/>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="148"/>
        <source>{new} new of {found} scenes found; last looked {checked}.</source>
        <translation>已找到 {found} 景，其中 {new} 景为新；上次查找于 {checked}。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="151"/>
        <source>{count} area(s), {area} in all.</source>
        <translation>{count} 个区域，共 {area}。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="154"/>
        <source>Created by {email}.</source>
        <translation>由 {email} 创建。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="171"/>
        <source>Planned search “{name}” found {count} new scene(s).</source>
        <translation>计划搜索“{name}”找到了 {count} 景新影像。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="194"/>
        <source>New scenes are waiting in planned searches: {names}.</source>
        <translation>计划搜索中有新景等待查看：{names}。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="233"/>
        <source>Your role in this project is {role}: you can change only the planned searches you created.</source>
        <translation>您在此项目中的角色是 {role}：您只能更改自己创建的计划搜索。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="243"/>
        <source>Select a planned search first.</source>
        <translation>请先选择一个计划搜索。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="256"/>
        <source>The planned search ended on {until}; move its end date later to resume it.</source>
        <translation>计划搜索已于 {until} 结束；请将其结束日期延后以恢复它。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="261"/>
        <source>It is not paused.</source>
        <translation>它未处于暂停状态。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="265"/>
        <source>It is not searching.</source>
        <translation>它未在搜索。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="269"/>
        <source>Only a failed planned search can be restarted.</source>
        <translation>只有失败的计划搜索才能重新启动。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>Give the planned search a name.</source>
        <translation>请为计划搜索命名。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>The name of the planned search is {length} characters long; at most {limit} are allowed.</source>
        <translation>计划搜索的名称长度为 {length} 个字符；最多允许 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>The name of the planned search must not contain line breaks or tabs.</source>
        <translation>计划搜索的名称不能包含换行符或制表符。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>Give the area a name.</source>
        <translation>请为区域命名。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>The name of the area is {length} characters long; at most {limit} are allowed.</source>
        <translation>区域名称长度为 {length} 个字符；最多允许 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>The name of the area must not contain line breaks or tabs.</source>
        <translation>区域名称不能包含换行符或制表符。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="335"/>
        <source>The end date of the planned search must be within six months (until {date}).</source>
        <translation>计划搜索的结束日期必须在六个月之内（截至 {date}）。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="348"/>
        <source>An area of interest is empty or not a valid polygon; draw or choose a polygon with an area.</source>
        <translation>某个感兴趣区域为空或不是有效的多边形；请绘制或选择一个有面积的多边形。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="352"/>
        <source>A planned search has at most {limit} areas ({count} given).</source>
        <translation>一个计划搜索最多有 {limit} 个区域（提供了 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="358"/>
        <source>{reason} Its areas would cover {area}.</source>
        <translation>{reason}其区域将覆盖 {area}。</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="419"/>
        <source>, zoom {zoom}</source>
        <translation>，缩放级别 {zoom}</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="470"/>
        <source>Other processings</source>
        <translation>其他处理任务</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="488"/>
        <source>planned search “{name}”, area “{aoi}”</source>
        <translation>计划搜索“{name}”，区域“{aoi}”</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="490"/>
        <source>planned search “{name}”, {count} areas</source>
        <translation>计划搜索“{name}”，{count} 个区域</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="496"/>
        <source>The planned search “{name}” no longer exists (it was deleted, perhaps by a colleague); its view is closed.</source>
        <translation>计划搜索“{name}”已不存在（已被删除，可能是同事删除的）；其视图已关闭。</translation>
    </message>
</context>
<context>
    <name>TemplateView</name>
    <message>
        <location filename="../ui/forms/template_view.ui" line="6"/>
        <source>◀ Planned searches</source>
        <translation>◀ 计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="6"/>
        <source>Back to the list of planned searches and processings</source>
        <translation>返回计划搜索和处理任务列表</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Stop looking for new scenes until resumed</source>
        <translation>停止查找新景，直到恢复</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Look for new scenes again, including those published while paused</source>
        <translation>重新查找新景，包括暂停期间发布的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Search again after a failure</source>
        <translation>失败后重新搜索</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>End date…</source>
        <translation>结束日期…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Change until when it looks for new scenes (at most six months ahead)</source>
        <translation>更改查找新景的截止时间（最多为六个月之后）</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="11"/>
        <source>Scenes</source>
        <translation>景</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Show the scenes found over one area, or over all of them</source>
        <translation>显示在某个区域或所有区域上找到的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Only new</source>
        <translation>仅新景</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Show only the scenes not marked as seen</source>
        <translation>只显示未标记为已查看的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="14"/>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="14"/>
        <source>Narrow the scenes found: the table greys what does not match at once, and asks the server again</source>
        <translation>缩小已找到景的范围：表格会立即将不匹配的景显示为灰色，并重新向服务器查询</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="17"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="17"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Zoom to</source>
        <translation>缩放至</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Zoom the map to the selected scenes</source>
        <translation>将地图缩放至所选的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Show the selected scenes&apos; quick-looks on the map</source>
        <translation>在地图上显示所选景的快视图</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Mark seen</source>
        <translation>标记为已查看</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>The selected scenes are no longer new</source>
        <translation>所选的景将不再标记为新</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>All seen</source>
        <translation>全部已查看</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Every scene of this planned search is no longer new</source>
        <translation>此计划搜索的所有景都将不再标记为新</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Process…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Process the selected scenes over the planned search&apos;s area: the Start tab shows the cost and starts it</source>
        <translation>在计划搜索的区域上处理所选的景：“启动”选项卡会显示费用并启动处理</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="21"/>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Add an area: draw it on the map, or take the Start tab&apos;s area of interest</source>
        <translation>添加区域：在地图上绘制，或使用“启动”选项卡中的感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Redraw</source>
        <translation>重新绘制</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Draw the selected area again on the map</source>
        <translation>在地图上重新绘制所选区域</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Zoom the map to the selected areas</source>
        <translation>将地图缩放至所选区域</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>Processings</source>
        <translation>处理任务</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Area, km²</source>
        <translation>面积（km²）</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Load results</source>
        <translation>加载结果</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Load the results of the selected finished processings</source>
        <translation>加载所选已完成处理任务的结果</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Ask for the processings again</source>
        <translation>重新获取处理任务</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>New scenes</source>
        <translation>新景</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="119"/>
        <source>Draw on the map</source>
        <translation>在地图上绘制</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="121"/>
        <source>The Start tab&apos;s area of interest</source>
        <translation>“启动”选项卡中的感兴趣区域</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="178"/>
        <source>All areas</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="262"/>
        <source>yes</source>
        <translation>有</translation>
    </message>
</context>
<context>
    <name>TemplatesListWidget</name>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="5"/>
        <source>Planned searches</source>
        <translation>计划搜索</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="6"/>
        <source>Saved searches that keep looking for new imagery over their areas</source>
        <translation>已保存的搜索，会持续查找覆盖其区域的新影像</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="28"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="28"/>
        <source>Show its areas, scenes and processings</source>
        <translation>显示其区域、景和处理任务</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="29"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="29"/>
        <source>Stop looking for new scenes until resumed</source>
        <translation>停止查找新景，直到恢复</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="30"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="30"/>
        <source>Look for new scenes again, including those published while paused</source>
        <translation>重新查找新景，包括暂停期间发布的景</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="31"/>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="31"/>
        <source>Search again after a failure</source>
        <translation>失败后重新搜索</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="32"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="33"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/templates_list_widget.py" line="52"/>
        <source>Select a planned search first.</source>
        <translation>请先选择一个计划搜索。</translation>
    </message>
    <message>
        <location filename="../ui/templates_list_widget.py" line="64"/>
        <source>Planned searches ({count})</source>
        <translation>计划搜索（{count}）</translation>
    </message>
</context>
</TS>
