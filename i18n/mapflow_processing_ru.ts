<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="64"/>
        <source>Mapflow Processing</source>
        <translation>Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="58"/>
        <source>Show or hide the Mapflow Processing panel</source>
        <translation>Показать или скрыть панель Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Mapflow Processing help</source>
        <translation>Справка Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="235"/>
        <source>Not signed in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="40"/>
        <source>{area} in {parts} part(s), from {source}</source>
        <translation>{area}, частей: {parts}, источник: {source}</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="40"/>
        <source>the map</source>
        <translation>карта</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="43"/>
        <source>No area chosen.</source>
        <translation>Область не выбрана.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="200"/>
        <source>Reading the area of interest…</source>
        <translation>Чтение области интереса…</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="201"/>
        <source>Mapflow: read the area of interest</source>
        <translation>Mapflow: чтение области интереса</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="213"/>
        <source>Choose a vector file with the area of interest.</source>
        <translation>Выберите векторный файл с областью интереса.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="217"/>
        <source>the map extent</source>
        <translation>экстент карты</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="222"/>
        <source>Click Draw, then click on the map to draw the area of interest.</source>
        <translation>Нажмите «Нарисовать» и щёлкайте по карте, чтобы нарисовать область интереса.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="222"/>
        <source>Choose a layer.</source>
        <translation>Выберите слой.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="230"/>
        <source>the drawn polygon</source>
        <translation>нарисованный полигон</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="252"/>
        <source>Reading the area of interest</source>
        <translation>Чтение области интереса</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="253"/>
        <source>The area of interest could not be read: {reason}</source>
        <translation>Не удалось прочитать область интереса: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="38"/>
        <source>the area of interest cannot be used</source>
        <translation>область интереса нельзя использовать</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="88"/>
        <source>Not known yet: {reason}</source>
        <translation>Пока неизвестно: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="92"/>
        <source>Free: this account is not billed.</source>
        <translation>Бесплатно: эта учётная запись не тарифицируется.</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="95"/>
        <source>{area} of your remaining area</source>
        <translation>{area} из оставшейся у вас площади</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="100"/>
        <source>≈ {credits} credits (asking the server…)</source>
        <translation>≈ {credits} кред. (запрос к серверу…)</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="101"/>
        <source>Asking the server…</source>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="125"/>
        <source>Mapflow: cost</source>
        <translation>Mapflow: стоимость</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="133"/>
        <source>{credits} credits</source>
        <translation>{credits} кред.</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="139"/>
        <source>Computing the cost</source>
        <translation>Расчёт стоимости</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="142"/>
        <source>Cannot be computed: {reason}</source>
        <translation>Невозможно рассчитать: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="36"/>
        <source>The file {name} does not exist.</source>
        <translation>Файл {name} не существует.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="38"/>
        <source>Only GeoTIFF files (.tif, .tiff) can be uploaded; {name} is not one.</source>
        <translation>Загружать можно только файлы GeoTIFF (.tif, .tiff), а {name} к ним не относится.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="40"/>
        <source>The file {name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="68"/>
        <source>Mapflow: list my imagery</source>
        <translation>Mapflow: список моих снимков</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="81"/>
        <source>Your imagery could not be listed: {reason}</source>
        <translation>Не удалось получить список ваших снимков: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="81"/>
        <source>Listing your imagery</source>
        <translation>Получение списка ваших снимков</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="133"/>
        <source>Mapflow: upload {name}</source>
        <translation>Mapflow: загрузка {name}</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="159"/>
        <source>{name} was uploaded.</source>
        <translation>Файл {name} загружен.</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="167"/>
        <source>The upload of {name} was cancelled.</source>
        <translation>Загрузка {name} отменена.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="291"/>
        <source>{name} could not be uploaded: {reason}</source>
        <translation>Не удалось загрузить {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="172"/>
        <source>Uploading a GeoTIFF</source>
        <translation>Загрузка GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="29"/>
        <source>Model price: {total:g} credits/km² ({base:g} + {options:g} for the options)</source>
        <translation>Цена модели: {total:g} кред./км² ({base:g} + {options:g} за опции)</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="31"/>
        <source>Model price: {total:g} credits/km²</source>
        <translation>Цена модели: {total:g} кред./км²</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="57"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation>В этом проекте нет моделей; попросите поддержку Mapflow подключить модель.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="55"/>
        <source>This data provider offers no preview.</source>
        <translation>Этот поставщик данных не предоставляет предпросмотр.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="100"/>
        <source>Preview: {name}</source>
        <translation>Предпросмотр: {name}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="70"/>
        <source>Preview works for XYZ, TMS and Quadkey URLs; add a WMS service with Layer › Add Layer › Add WMS/WMTS Layer.</source>
        <translation>Предпросмотр работает для URL XYZ, TMS и Quadkey; сервис WMS добавьте через меню Слой › Добавить слой › Добавить слой WMS/WMTS.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="75"/>
        <source>Preview: {url}</source>
        <translation>Предпросмотр: {url}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="81"/>
        <source>Choose a mosaic of your imagery first.</source>
        <translation>Сначала выберите мозаику из ваших снимков.</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>Mapflow: imagery preview</source>
        <translation>Mapflow: предпросмотр снимков</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>The preview failed: {reason}</source>
        <translation>Не удалось показать предпросмотр: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="88"/>
        <source>Previewing the imagery</source>
        <translation>Предпросмотр снимков</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="97"/>
        <source>“{name}” has no imagery tiles yet (an empty mosaic, or still being prepared).</source>
        <translation>У «{name}» пока нет тайлов снимков (мозаика пуста или ещё готовится).</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="105"/>
        <source>QGIS could not open the preview “{name}”.</source>
        <translation>QGIS не удалось открыть предпросмотр «{name}».</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="110"/>
        <source>Added the layer “{name}”.</source>
        <translation>Добавлен слой «{name}».</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="57"/>
        <source>Sign in first.</source>
        <translation>Сначала войдите в систему.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="169"/>
        <source>{context}: {reason}</source>
        <translation>{context}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="195"/>
        <source>{name} AOIs</source>
        <translation>{name} — области интереса</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="198"/>
        <source>{count} AOI(s) of &apos;{name}&apos; had no readable geometry and were left out.</source>
        <translation>Пропущены области интереса «{name}» без читаемой геометрии: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="201"/>
        <source>Load AOIs of {name}</source>
        <translation>Загрузка областей интереса «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="201"/>
        <source>Could not load the AOIs of &apos;{name}&apos;</source>
        <translation>Не удалось загрузить области интереса «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="212"/>
        <source>Renamed &apos;{old}&apos; to &apos;{new}&apos;.</source>
        <translation>Обработка «{old}» переименована в «{new}».</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="215"/>
        <source>Rename processing</source>
        <translation>Переименование обработки</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="215"/>
        <source>Could not rename &apos;{name}&apos;</source>
        <translation>Не удалось переименовать «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="225"/>
        <source>Restart processings</source>
        <translation>Перезапуск обработок</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="225"/>
        <source>Could not restart the processings</source>
        <translation>Не удалось перезапустить обработки</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="233"/>
        <source>Restarted: {names}.</source>
        <translation>Перезапущены: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="233"/>
        <source>Could not restart &apos;{name}&apos;: {reason}</source>
        <translation>Не удалось перезапустить «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Delete processings</source>
        <translation>Удаление обработок</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Deleted {count} processing(s).</source>
        <translation>Удалено обработок: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Could not delete &apos;{name}&apos;: {reason}</source>
        <translation>Не удалось удалить «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="240"/>
        <source>Could not delete the processings</source>
        <translation>Не удалось удалить обработки</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="255"/>
        <source> (default)</source>
        <translation> (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="258"/>
        <source>There is no other project you can move processings to.</source>
        <translation>Нет другого проекта, в который вы можете перенести обработки.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="264"/>
        <source>List projects</source>
        <translation>Получение списка проектов</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="264"/>
        <source>Could not list your projects</source>
        <translation>Не удалось получить список ваших проектов</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Move processings</source>
        <translation>Перенос обработок</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Moved {count} processing(s).</source>
        <translation>Перенесено обработок: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Could not move &apos;{name}&apos;: {reason}</source>
        <translation>Не удалось перенести «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="271"/>
        <source>Could not move the processings</source>
        <translation>Не удалось перенести обработки</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="284"/>
        <source>Thank you: &apos;{name}&apos; rated {rating} of 5.</source>
        <translation>Спасибо! Обработка «{name}» оценена на {rating} из 5.</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="288"/>
        <source>Rate processing</source>
        <translation>Оценка обработки</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="288"/>
        <source>Could not rate &apos;{name}&apos;</source>
        <translation>Не удалось оценить «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="140"/>
        <source>Sign in to see your processings.</source>
        <translation>Войдите, чтобы увидеть свои обработки.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="148"/>
        <source>Choose a project to see its processings.</source>
        <translation>Выберите проект, чтобы увидеть его обработки.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="157"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="219"/>
        <source>Refresh Mapflow processings</source>
        <translation>Обновление обработок Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="251"/>
        <source>Updated at {time}; following the unfinished processings.</source>
        <translation>Обновлено в {time}; незавершённые обработки отслеживаются.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="253"/>
        <source>Updated at {time}; every processing on this page is finished.</source>
        <translation>Обновлено в {time}; все обработки на этой странице завершены.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="266"/>
        <source>Could not refresh ({reason}); retrying in {seconds} s</source>
        <translation>Не удалось обновить ({reason}); повтор через {seconds} с</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="273"/>
        <source>Refreshing the processings</source>
        <translation>Обновление списка обработок</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="288"/>
        <source>{finished} processing(s) finished and {failed} failed; see the list for details.</source>
        <translation>Завершено обработок: {finished}, с ошибкой: {failed}; подробности — в списке.</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="316"/>
        <source>{count} processings selected.</source>
        <translation>Выбрано обработок: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="77"/>
        <source>Mapflow: list projects</source>
        <translation>Mapflow: список проектов</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="77"/>
        <source>Listing the projects</source>
        <translation>Получение списка проектов</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="116"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="120"/>
        <source>Mapflow: create project</source>
        <translation>Mapflow: создание проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="120"/>
        <source>Creating the project</source>
        <translation>Создание проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="124"/>
        <source>Project “{name}” created.</source>
        <translation>Проект «{name}» создан.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="132"/>
        <source>Rename project</source>
        <translation>Переименовать проект</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Mapflow: rename project</source>
        <translation>Mapflow: переименование проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Project renamed to “{name}”.</source>
        <translation>Проект переименован в «{name}».</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="136"/>
        <source>Renaming the project</source>
        <translation>Переименование проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="148"/>
        <source>Mapflow: delete project</source>
        <translation>Mapflow: удаление проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="148"/>
        <source>Deleting the project</source>
        <translation>Удаление проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="155"/>
        <source>Project “{name}” deleted.</source>
        <translation>Проект «{name}» удалён.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="167"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>«{email}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Mapflow: share project</source>
        <translation>Mapflow: предоставление доступа к проекту</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Project “{name}” shared with {email} as {role}.</source>
        <translation>Пользователю {email} предоставлен доступ к проекту «{name}» с ролью {role}.</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="170"/>
        <source>Sharing the project</source>
        <translation>Предоставление доступа к проекту</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="194"/>
        <source>{context} failed: {reason}</source>
        <translation>{context}: ошибка — {reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="201"/>
        <source>The results of “{name}” could not be loaded: {reason}</source>
        <translation>Не удалось загрузить результаты «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="237"/>
        <source>The results of “{name}” were added to the map.</source>
        <translation>Результаты «{name}» добавлены на карту.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="103"/>
        <source>Paste your Mapflow API token first.</source>
        <translation>Сначала вставьте свой API-токен Mapflow.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="155"/>
        <source>Signing in to {host}…</source>
        <translation>Вход на {host}…</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="158"/>
        <source>Mapflow: sign in</source>
        <translation>Mapflow: вход</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="180"/>
        <source>Signed in, but the token could not be kept for next time: {reason}</source>
        <translation>Вход выполнен, но токен не удалось сохранить для следующих сеансов: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="190"/>
        <source>Signed in to {host}.</source>
        <translation>Выполнен вход на {host}.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="202"/>
        <source>Signing in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="212"/>
        <source>Not signed in: {reason}</source>
        <translation>Вход не выполнен: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="236"/>
        <source>Signed out.</source>
        <translation>Выполнен выход.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="250"/>
        <source>Mapflow: account status</source>
        <translation>Mapflow: состояние учётной записи</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="265"/>
        <source>The account status could not be refreshed: {reason}</source>
        <translation>Не удалось обновить состояние учётной записи: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="265"/>
        <source>Refreshing the account</source>
        <translation>Обновление учётной записи</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="31"/>
        <source>Enter the URL of your imagery service.</source>
        <translation>Введите URL вашего сервиса снимков.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="34"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation>URL снимков должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="39"/>
        <source>A {type} URL needs the placeholder(s) {missing}, e.g. {example}.</source>
        <translation>В URL {type} нужны подстановки {missing}, например {example}.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="43"/>
        <source>A WMS URL needs its LAYERS parameter, e.g. https://example.com/wms?LAYERS=ortho.</source>
        <translation>В URL WMS нужен параметр LAYERS, например https://example.com/wms?LAYERS=ortho.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="60"/>
        <source>No data provider is available for this account.</source>
        <translation>Для этой учётной записи нет доступных поставщиков данных.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="74"/>
        <source>, zoom {zoom}</source>
        <translation>, зум {zoom}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="72"/>
        <source>{type} tiles from {host}</source>
        <translation>Тайлы {type} с {host}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="77"/>
        <source>Choose a mosaic of your imagery, or upload a GeoTIFF.</source>
        <translation>Выберите мозаику из ваших снимков или загрузите GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="80"/>
        <source>my image {name}</source>
        <translation>мой снимок {name}</translation>
    </message>
    <message>
        <location filename="../core/source_choice.py" line="81"/>
        <source>my mosaic {name}</source>
        <translation>моя мозаика {name}</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="135"/>
        <source>Imagery: {price:g} credits/km² at zoom {zoom}</source>
        <translation>Снимки: {price:g} кред./км² на зуме {zoom}</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="137"/>
        <source>; at least {area:g} km² per processing</source>
        <translation>; не менее {area:g} км² на обработку</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="141"/>
        <source>Imagery: no data charge for your own imagery.</source>
        <translation>Снимки: за собственные снимки плата не взимается.</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="154"/>
        <source>The imagery login could not be stored: {reason}</source>
        <translation>Не удалось сохранить логин для снимков: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="59"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="74"/>
        <source>Processing name</source>
        <translation>Название обработки</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="96"/>
        <source>Mapflow: start “{name}”</source>
        <translation>Mapflow: запуск «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="110"/>
        <source>Processing “{name}” started.</source>
        <translation>Обработка «{name}» запущена.</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="117"/>
        <source>The processing could not be started: {reason}</source>
        <translation>Не удалось запустить обработку: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="117"/>
        <source>Starting the processing</source>
        <translation>Запуск обработки</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="73"/>
        <source>Sign in to see your processing history.</source>
        <translation>Войдите, чтобы увидеть историю обработок.</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="83"/>
        <source>Loading the history…</source>
        <translation>Загрузка истории…</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="91"/>
        <source>No processings match these filters.</source>
        <translation>Нет обработок, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="97"/>
        <source>Could not load the statistics: {reason}</source>
        <translation>Не удалось загрузить статистику: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="100"/>
        <source>Mapflow statistics</source>
        <translation>Статистика Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="114"/>
        <source>Sign in to export your processing history.</source>
        <translation>Войдите, чтобы экспортировать историю обработок.</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="126"/>
        <source>Statistics saved to {path} ({size} bytes).</source>
        <translation>Статистика сохранена в {path} ({size} Б).</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="130"/>
        <source>Could not export the statistics to {path}: {reason}</source>
        <translation>Не удалось экспортировать статистику в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="135"/>
        <source>Export Mapflow statistics</source>
        <translation>Экспорт статистики Mapflow</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="94"/>
        <source>The TileJSON address is not an http(s) URL: {url}</source>
        <translation>Адрес TileJSON не является URL http(s): {url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="104"/>
        <source>The tile server at {host} did not answer within {seconds:g} s.</source>
        <translation>Сервер тайлов {host} не ответил за {seconds:g} с.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="109"/>
        <source>Cannot reach the tile server at {host}: {reason}</source>
        <translation>Не удаётся связаться с сервером тайлов {host}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="112"/>
        <source>The tile server answered HTTP {status} for the TileJSON at {host}.</source>
        <translation>Сервер тайлов {host} ответил HTTP {status} на запрос TileJSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="115"/>
        <source>The TileJSON at {host} is too large to be a TileJSON document.</source>
        <translation>Ответ TileJSON от {host} слишком велик для документа TileJSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="120"/>
        <source>The TileJSON at {host} is not valid JSON.</source>
        <translation>TileJSON от {host} не является корректным JSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="127"/>
        <source>The TileJSON is not a JSON object.</source>
        <translation>TileJSON не является объектом JSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="164"/>
        <source>The TileJSON at {host} lists no tile URL.</source>
        <translation>В TileJSON от {host} нет ни одного URL тайлов.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="168"/>
        <source>The processing reports neither a tile URL nor a TileJSON.</source>
        <translation>Обработка не сообщает ни URL тайлов, ни TileJSON.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="176"/>
        <source>The tile URL is not an http(s) URL: {url}</source>
        <translation>URL тайлов не является URL http(s): {url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="179"/>
        <source>The tile URL has no {{z}}/{{x}}/{{y}} placeholders: {url}</source>
        <translation>В URL тайлов нет подстановок {{z}}/{{x}}/{{y}}: {url}</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="204"/>
        <source>QGIS cannot open the vector tiles at {host}.</source>
        <translation>QGIS не может открыть векторные тайлы с {host}.</translation>
    </message>
    <message>
        <location filename="../layers/tiles.py" line="218"/>
        <source>QGIS cannot open the imagery tiles at {host}.</source>
        <translation>QGIS не может открыть тайлы снимков с {host}.</translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="125"/>
        <source>The task &quot;{name}&quot; failed.</source>
        <translation>Задача «{name}» завершилась с ошибкой.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="33"/>
        <source>Name: {value}</source>
        <translation>Название: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="34"/>
        <source>Project: {value}</source>
        <translation>Проект: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="35"/>
        <source>Model: {value}</source>
        <translation>Модель: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="36"/>
        <source>Options: {value}</source>
        <translation>Опции: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="36"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="37"/>
        <source>Imagery: {value}</source>
        <translation>Снимки: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="38"/>
        <source>Area: {area} in {parts} part(s)</source>
        <translation>Площадь: {area}, частей: {parts}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="39"/>
        <source>Cost: {value}</source>
        <translation>Стоимость: {value}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="58"/>
        <source>Share “{name}”</source>
        <translation>Поделиться проектом «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="61"/>
        <source>colleague@example.com</source>
        <translation>colleague@example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="65"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="66"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="81"/>
        <source>Start this processing?</source>
        <translation>Запустить эту обработку?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="82"/>
        <source>Start processing</source>
        <translation>Запуск обработки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="88"/>
        <source>Project name:</source>
        <translation>Название проекта:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="92"/>
        <source>Delete project</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="92"/>
        <source>Delete the project “{name}” and all its processings? This cannot be undone.</source>
        <translation>Удалить проект «{name}» и все его обработки? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="106"/>
        <source>Upload a GeoTIFF</source>
        <translation>Загрузить GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="106"/>
        <source>GeoTIFF (*.tif *.tiff);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="111"/>
        <source>New mosaic</source>
        <translation>Новая мозаика</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_start.py" line="111"/>
        <source>Name of the new mosaic:</source>
        <translation>Название новой мозаики:</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="156"/>
        <source>the server gave no reason</source>
        <translation>сервер не указал причину</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="296"/>
        <source>Processing &apos;{name}&apos; finished</source>
        <translation>Обработка «{name}» завершена</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="297"/>
        <source>Processing &apos;{name}&apos; failed: {reason}</source>
        <translation>Обработка «{name}» завершилась ошибкой: {reason}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="348"/>
        <source>Data provider {name}{zoom}</source>
        <translation>Поставщик данных {name}{zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="351"/>
        <source>{kind} URL {url}{zoom}</source>
        <translation>Адрес {kind}: {url}{zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="354"/>
        <source>My imagery: mosaic {id}</source>
        <translation>Мои снимки: мозаика {id}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="357"/>
        <source>My imagery: mosaic {id}, images {images}</source>
        <translation>Мои снимки: мозаика {id}, снимки {images}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="358"/>
        <source>My imagery: images {images}</source>
        <translation>Мои снимки: снимки {images}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="361"/>
        <source>Imagery search ({provider}): {count} image(s){zoom}</source>
        <translation>Поиск снимков ({provider}), снимков: {count}{zoom}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="366"/>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="373"/>
        <source>{model}; options: {options}</source>
        <translation>{model}; опции: {options}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="379"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="380"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="381"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="382"/>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="382"/>
        <source>{area} km² in {count} AOI(s)</source>
        <translation>{area} км², областей интереса: {count}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="385"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="386"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="387"/>
        <source>Updated</source>
        <translation>Обновлена</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="393"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="399"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="403"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="404"/>
        <source>ID</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="451"/>
        <source>Select a processing first.</source>
        <translation>Сначала выберите обработку.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="453"/>
        <source>Select exactly one processing.</source>
        <translation>Выберите ровно одну обработку.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="149"/>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="87"/>
        <source>Delete {count} processing(s)? Their results are deleted too; this cannot be undone.</source>
        <translation>Удалить обработки (выбрано: {count})? Их результаты тоже будут удалены; отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="98"/>
        <source>Move to project:</source>
        <translation>Переместить в проект:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="134"/>
        <source>Export statistics</source>
        <translation>Экспорт статистики</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="134"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="38"/>
        <source>polygons</source>
        <translation>полигоны</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="38"/>
        <source>lines</source>
        <translation>линии</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="39"/>
        <source>points</source>
        <translation>точки</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="54"/>
        <source>QGIS cannot open the layer {layer} of {file}.</source>
        <translation>QGIS не может открыть слой {layer} файла {file}.</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="76"/>
        <source>{name} (tiles)</source>
        <translation>{name} (тайлы)</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="84"/>
        <source>{name} (imagery)</source>
        <translation>{name} (снимки)</translation>
    </message>
    <message>
        <location filename="../layers/results.py" line="90"/>
        <source>There were no result layers to add.</source>
        <translation>Нет слоёв результата для добавления.</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="151"/>
        <source>The downloaded result is empty (0 bytes): the server sent no data.</source>
        <translation>Загруженный результат пуст (0 байт): сервер не прислал данных.</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="167"/>
        <source>The downloaded result is not complete or not valid GeoJSON ({detail}). The download may have been cut off: load the results again.</source>
        <translation>Загруженный результат неполон или не является корректным GeoJSON ({detail}). Возможно, загрузка прервалась: загрузите результаты ещё раз.</translation>
    </message>
    <message>
        <location filename="../layers/result_convert.py" line="172"/>
        <source>The downloaded result is not a GeoJSON FeatureCollection (it starts with: &quot;{head}&quot;).</source>
        <translation>Загруженный результат не является коллекцией объектов GeoJSON (он начинается с «{head}»).</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="122"/>
        <source>no details from GDAL</source>
        <translation>GDAL не сообщил подробностей</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="122"/>
        <source>Writing the GeoPackage {name} failed: {detail}</source>
        <translation>Не удалось записать GeoPackage {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="77"/>
        <source>Cannot create the results folder {folder}: {reason}</source>
        <translation>Не удаётся создать папку для результатов {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="98"/>
        <source>The download finished but wrote no file.</source>
        <translation>Загрузка завершилась, но файл не был записан.</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="104"/>
        <source>The processing returned no features: the GeoPackage has an empty polygon layer.</source>
        <translation>Обработка не нашла объектов: в GeoPackage пустой полигональный слой.</translation>
    </message>
    <message>
        <location filename="../layers/result_package.py" line="106"/>
        <source>Features of type {types} were left out: result layers hold polygons, lines and points only.</source>
        <translation>Объекты типа {types} пропущены: слои результата содержат только полигоны, линии и точки.</translation>
    </message>
    <message>
        <location filename="../layers/styles.py" line="86"/>
        <source>The style file {name} is missing from the plugin folder; the layer keeps the default style.</source>
        <translation>Файл стиля {name} отсутствует в папке модуля; у слоя остаётся стиль по умолчанию.</translation>
    </message>
    <message>
        <location filename="../layers/styles.py" line="90"/>
        <source>The style {name} could not be applied: {reason}</source>
        <translation>Не удалось применить стиль {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="58"/>
        <source>Unknown result load mode &quot;{value}&quot;: expected gpkg, tiles or both.</source>
        <translation>Неизвестный режим загрузки результатов «{value}»: ожидается gpkg, tiles или both.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="87"/>
        <source>Loading results as GeoPackage needs a downloader.</source>
        <translation>Для загрузки результатов как GeoPackage нужен загрузчик.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="89"/>
        <source>Loading results as tiles needs the processing&apos;s tile endpoints.</source>
        <translation>Для загрузки результатов как тайлов нужны адреса тайлов обработки.</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="107"/>
        <source>Mapflow: load results of &quot;{name}&quot;</source>
        <translation>Mapflow: загрузка результатов «{name}»</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="144"/>
        <source>Vector tiles</source>
        <translation>Векторные тайлы</translation>
    </message>
    <message>
        <location filename="../tasks/result_download.py" line="147"/>
        <source>Imagery tiles</source>
        <translation>Тайлы снимков</translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="95"/>
        <source>{task} — cancelled</source>
        <translation>{task} — отменено</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="108"/>
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="179"/>
        <source>Loading cancelled: the results of “{name}” were not added.</source>
        <translation>Загрузка отменена: результаты «{name}» не добавлены.</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="88"/>
        <source>Mapflow: look for a local sandbox</source>
        <translation>Mapflow: поиск локальной песочницы</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="142"/>
        <source>QGIS now asks for its master password (or asks you to set one, the first time): it encrypts your Mapflow token in the QGIS authentication database. The plugin never sees that password.</source>
        <translation>Сейчас QGIS запросит мастер-пароль (а в первый раз предложит его задать): им шифруется ваш токен Mapflow в базе данных аутентификации QGIS. Плагин этот пароль не видит.</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="97"/>
        <source>Loading the statistics</source>
        <translation>Загрузка статистики</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="132"/>
        <source>Exporting the statistics</source>
        <translation>Экспорт статистики</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="391"/>
        <source>Scenes</source>
        <translation>Сцены</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="55"/>
        <source>Search footprints</source>
        <translation>Контуры найденных сцен</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="69"/>
        <source>GDAL could not place the preview on the map: {reason}</source>
        <translation>GDAL не удалось разместить превью на карте: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="78"/>
        <source>The preview is not a picture GDAL can read.</source>
        <translation>Превью — не изображение, которое может прочитать GDAL.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="85"/>
        <source>GDAL could not georeference the preview.</source>
        <translation>GDAL не удалось привязать превью.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="90"/>
        <source>GDAL could not warp the preview onto the scene&apos;s footprint.</source>
        <translation>GDAL не удалось натянуть превью на контур сцены.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="106"/>
        <source>Preview: {provider} {date} ({id})</source>
        <translation>Превью: {provider} {date} ({id})</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="135"/>
        <source>QGIS could not open the georeferenced preview of {id}.</source>
        <translation>QGIS не удалось открыть привязанное превью {id}.</translation>
    </message>
    <message>
        <location filename="../layers/scene_preview.py" line="142"/>
        <source>QGIS could not open the preview tiles of {id}.</source>
        <translation>QGIS не удалось открыть тайлы превью {id}.</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="49"/>
        <source>Choose scenes in the Search tab first.</source>
        <translation>Сначала выберите сцены на вкладке «Поиск».</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="57"/>
        <source>Showing the previews of the first {count} selected scenes.</source>
        <translation>Показаны превью первых {count} выбранных сцен.</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="76"/>
        <source>No preview is offered for {ids}.</source>
        <translation>Для {ids} превью не предоставляется.</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="104"/>
        <source>Mapflow: preview of {id}</source>
        <translation>Mapflow: превью {id}</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="121"/>
        <source>Previewing a scene</source>
        <translation>Показ превью сцены</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="121"/>
        <source>The preview of {id} failed: {reason}</source>
        <translation>Не удалось показать превью {id}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="65"/>
        <source>Imagery for the processing: {scenes}.</source>
        <translation>Снимки для обработки: {scenes}.</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="86"/>
        <source>Search the imagery (Search tab) and choose one or more scenes.</source>
        <translation>Найдите снимки (вкладка «Поиск») и выберите одну или несколько сцен.</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="114"/>
        <source>No scenes chosen yet: find them in the Search tab and press “Use for processing”.</source>
        <translation>Сцены ещё не выбраны: найдите их на вкладке «Поиск» и нажмите «Использовать для обработки».</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="127"/>
        <source>Scenes: {scenes}</source>
        <translation>Сцены: {scenes}</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="129"/>
        <source>Choose an area of interest in the Start tab: the search looks for scenes over it.</source>
        <translation>Выберите область интереса на вкладке «Запуск»: поиск ищет сцены над ней.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="132"/>
        <source>Area of interest: {name}, {area}</source>
        <translation>Область интереса: {name}, {area}</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="132"/>
        <source>unnamed</source>
        <translation>без названия</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="109"/>
        <source>Choose an area of interest in the Start tab first.</source>
        <translation>Сначала выберите область интереса на вкладке «Запуск».</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="187"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="188"/>
        <source>Mapflow: imagery search</source>
        <translation>Mapflow: поиск снимков</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="222"/>
        <source>The search was cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="240"/>
        <source>Searching the imagery</source>
        <translation>Поиск снимков</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="310"/>
        <source>{count} scenes found.</source>
        <translation>Найдено сцен: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="309"/>
        <source>{hidden} on this page do not match the filters.</source>
        <translation>На этой странице не подходят под фильтры: {hidden}.</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="51"/>
        <source>Select scenes in the table or on the map.</source>
        <translation>Выберите сцены в таблице или на карте.</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="54"/>
        <source>{count} selected.</source>
        <translation>Выбрано: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="371"/>
        <source>A planned search cannot cover it either: its area is over your planned-search limit. Search a smaller area.</source>
        <translation>Запланированный поиск тоже не охватит её: площадь больше вашего лимита для запланированного поиска. Ищите по меньшей области.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="376"/>
        <source>A planned search can cover this area: it searches the archive and keeps looking for new scenes.</source>
        <translation>Запланированный поиск может охватить эту область: он ищет по архиву и продолжает искать новые сцены.</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="402"/>
        <source>Planned searches come in the Processings tab.</source>
        <translation>Запланированные поиски — на вкладке «Обработки».</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="335"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="74"/>
        <source>There were no results to write.</source>
        <translation>Нет результатов для записи.</translation>
    </message>
    <message>
        <location filename="../layers/result_merge.py" line="91"/>
        <source>GDAL cannot read the result of {id}: {detail}</source>
        <translation>GDAL не может прочитать результат {id}: {detail}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="38"/>
        <source>&lt;b&gt;Sign-in&lt;/b&gt;: the server and the account the Mapflow Processing panel last signed in to. Advanced parameters choose another server (SERVER, e.g. http://127.0.0.1:8765/rest for the sandbox) or another account (AUTHCFG: a QGIS authentication configuration of type Basic with your Mapflow e-mail as user name and the API key as password). No token is ever a parameter, so none appears in the Processing history.</source>
        <translation>&lt;b&gt;Вход&lt;/b&gt;: сервер и учётная запись, с которыми последний раз вошла панель Mapflow Processing. Дополнительные параметры выбирают другой сервер (SERVER, например http://127.0.0.1:8765/rest для песочницы) или другую учётную запись (AUTHCFG: конфигурация аутентификации QGIS типа Basic, где имя пользователя — ваш e-mail в Mapflow, а пароль — ключ API). Токен никогда не бывает параметром, поэтому его нет в истории Processing.</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="22"/>
        <source>Mapflow</source>
        <translation>Mapflow</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="78"/>
        <source>Mapflow server (empty: the panel&apos;s server)</source>
        <translation>Сервер Mapflow (пусто: сервер панели)</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="80"/>
        <source>Sign-in (authentication configuration; empty: the panel&apos;s stored sign-in)</source>
        <translation>Вход (конфигурация аутентификации; пусто: сохранённый вход панели)</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="133"/>
        <source>The algorithm was not prepared: run it through Processing.</source>
        <translation>Алгоритм не подготовлен: запускайте его через Processing.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="134"/>
        <source>Signing in to {url}…</source>
        <translation>Вход на {url}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="136"/>
        <source>Signed in to {url} as {email}.</source>
        <translation>Выполнен вход на {url} как {email}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="57"/>
        <source>There is no stored Mapflow sign-in for {url}. Sign in once in the Mapflow Processing panel (it keeps the token in the QGIS authentication database), or choose an authentication configuration with your Mapflow e-mail and API key in the Sign-in (AUTHCFG) parameter.</source>
        <translation>Для {url} нет сохранённого входа в Mapflow. Войдите один раз в панели Mapflow Processing (она сохраняет токен в базе данных аутентификации QGIS) или выберите в параметре «Вход» (AUTHCFG) конфигурацию аутентификации с вашим e-mail в Mapflow и ключом API.</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="66"/>
        <source>The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Open the Mapflow Processing panel (QGIS asks for the master password there), then run the algorithm again.</source>
        <translation>База данных аутентификации QGIS заблокирована, поэтому сохранённый вход в Mapflow прочитать нельзя. Откройте панель Mapflow Processing (там QGIS запросит мастер-пароль) и запустите алгоритм снова.</translation>
    </message>
    <message>
        <location filename="../processing_provider/connection.py" line="69"/>
        <source>The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Without a window nothing can ask for its master password: put the password in a file only you can read and set the environment variable QGIS_AUTH_PASSWORD_FILE to that file&apos;s path.</source>
        <translation>База данных аутентификации QGIS заблокирована, поэтому сохранённый вход в Mapflow прочитать нельзя. Без окна запросить мастер-пароль некому: запишите пароль в файл, доступный для чтения только вам, и укажите путь к этому файлу в переменной окружения QGIS_AUTH_PASSWORD_FILE.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="30"/>
        <source>Estimate cost</source>
        <translation>Оценить стоимость</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="33"/>
        <source>The credits a Mapflow processing of an area would cost, and what would block its start.</source>
        <translation>Сколько кредитов стоила бы обработка области в Mapflow и что помешало бы её запуску.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>Asks the Mapflow server what a processing of the area of interest would cost with this model, these options and this imagery, as the panel&apos;s cost line does. Nothing is started or charged.</source>
        <translation>Спрашивает у сервера Mapflow, сколько стоила бы обработка области интереса с этой моделью, этими опциями и этими снимками, — как строка стоимости в панели. Ничего не запускается и не списывается.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>&lt;b&gt;Area of interest&lt;/b&gt;: the polygons of a layer (or only its selected features); they are reprojected to WGS 84, repaired and dissolved like in the panel.</source>
        <translation>&lt;b&gt;Область интереса&lt;/b&gt;: полигоны слоя (или только его выбранные объекты); они перепроецируются в WGS 84, исправляются и объединяются, как в панели.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>&lt;b&gt;Outputs&lt;/b&gt;: COST (credits; 0 when the account is billed by area or not billed, see BILLING_TYPE), AREA_KM2 (the area of interest, geodesic), BLOCKING_REASON (why a start would be refused: balance, area or AOI limits, the provider&apos;s minimum area, your role in the project; empty when nothing blocks), CAN_START (true when BLOCKING_REASON is empty).</source>
        <translation>&lt;b&gt;Результаты&lt;/b&gt;: COST (кредиты; 0, если учётная запись оплачивается по площади или не тарифицируется, см. BILLING_TYPE), AREA_KM2 (площадь области интереса, геодезическая), BLOCKING_REASON (почему запуск был бы отклонён: баланс, лимиты площади или числа областей, минимальная площадь поставщика, ваша роль в проекте; пусто, если ничто не мешает), CAN_START (истина, когда BLOCKING_REASON пуст).</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="36"/>
        <source>Fails (no outputs) when the area has no usable polygon, a model, option, project or provider is unknown, or the server cannot be reached.</source>
        <translation>Завершается ошибкой (без результатов), если в области нет пригодного полигона, модель, опция, проект или поставщик неизвестны или сервер недоступен.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="53"/>
        <source>Cost, credits</source>
        <translation>Стоимость, кред.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="54"/>
        <source>Area, km²</source>
        <translation>Площадь, км²</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="55"/>
        <source>Blocking reason</source>
        <translation>Причина блокировки</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="56"/>
        <source>Can start</source>
        <translation>Можно запустить</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="57"/>
        <source>Billing type</source>
        <translation>Тип оплаты</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="76"/>
        <source>Asking the server for the cost…</source>
        <translation>Запрос стоимости у сервера…</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="141"/>
        <source>Area of interest: {aoi}.</source>
        <translation>Область интереса: {aoi}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="88"/>
        <source>Model: {model}; imagery: {source}.</source>
        <translation>Модель: {model}; снимки: {source}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="92"/>
        <source>Cost: {credits} credits.</source>
        <translation>Стоимость: {credits} кред.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate_cost.py" line="96"/>
        <source>A start would be refused: {reason}</source>
        <translation>Запуск был бы отклонён: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="38"/>
        <source>Area of interest (polygon layer)</source>
        <translation>Область интереса (полигональный слой)</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="49"/>
        <source>Project (name or id; empty: the default project)</source>
        <translation>Проект (название или id; пусто: проект по умолчанию)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="46"/>
        <source>Model (name or id, e.g. Buildings, Forest, Roads, Construction sites)</source>
        <translation>Модель (название или id, например Buildings, Forest, Roads, Construction sites)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="49"/>
        <source>Model options (comma-separated, e.g. Classification, Heights)</source>
        <translation>Опции модели (через запятую, например Classification, Heights)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="52"/>
        <source>Imagery provider (name; empty: the account&apos;s first provider)</source>
        <translation>Поставщик снимков (название; пусто: первый поставщик учётной записи)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="55"/>
        <source>Zoom (0: the server chooses the model&apos;s zoom)</source>
        <translation>Зум (0: сервер выбирает зум для модели)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="58"/>
        <source>Imagery URL instead of a provider (tile or WMS URL)</source>
        <translation>URL снимков вместо поставщика (тайлы или WMS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="60"/>
        <source>Imagery URL type</source>
        <translation>Тип URL снимков</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="63"/>
        <source>Login for the imagery URL (authentication configuration)</source>
        <translation>Логин для URL снимков (конфигурация аутентификации)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="66"/>
        <source>My imagery: mosaic id (instead of a provider or URL)</source>
        <translation>Мои снимки: id мозаики (вместо поставщика или URL)</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="71"/>
        <source>&lt;b&gt;Model&lt;/b&gt; and &lt;b&gt;options&lt;/b&gt; are given by name (any case; “Buildings” finds “🏠 Buildings”) or id; an unknown name fails with the list of what the account offers. &lt;b&gt;Imagery&lt;/b&gt;: a data provider of your account at a zoom (0: the zoom the server chooses for the model), or your own tile service (URL with {x} {y} {z}, or {q} for Quadkey, or a WMS URL with LAYERS) whose login may come from an authentication configuration, or (advanced) a mosaic of your own imagery by id.</source>
        <translation>&lt;b&gt;Модель&lt;/b&gt; и &lt;b&gt;опции&lt;/b&gt; задаются названием (регистр не важен; «Buildings» находит «🏠 Buildings») или id; неизвестное название даёт ошибку со списком того, что доступно учётной записи. &lt;b&gt;Снимки&lt;/b&gt;: поставщик данных вашей учётной записи на зуме (0: зум, который сервер выбирает для модели), или ваш сервис тайлов (URL с {x} {y} {z}, или {q} для Quadkey, или URL WMS с LAYERS), логин к которому может браться из конфигурации аутентификации, или (дополнительно) мозаика ваших снимков по id.</translation>
    </message>
    <message>
        <location filename="../processing_provider/inputs.py" line="214"/>
        <source>{parts} polygon(s), {area}</source>
        <translation>полигонов: {parts}, {area}</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="34"/>
        <source>List processings</source>
        <translation>Список обработок</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="37"/>
        <source>The processings of a Mapflow project as a table.</source>
        <translation>Обработки проекта Mapflow в виде таблицы.</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="40"/>
        <source>Writes the processings of a project (newest first) to a table: processing_id, name, model, status (the API's value: OK, FAILED, IN_PROGRESS…), progress, area_km2, cost, created, completed (when a finished processing last changed) and message (why it failed).</source>
        <translation>Записывает обработки проекта (сначала новые) в таблицу: processing_id, name (название), model (модель), status (значение API: OK, FAILED, IN_PROGRESS…), progress (прогресс), area_km2 (площадь), cost (стоимость), created (создана), completed (когда завершённая обработка изменилась последний раз) и message (причина ошибки).</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="40"/>
        <source>&lt;b&gt;Statuses&lt;/b&gt;: keep only these (none chosen: all). &lt;b&gt;Text&lt;/b&gt;: the server&apos;s search, as in the panel&apos;s list. &lt;b&gt;Maximum&lt;/b&gt;: at most this many rows (0: all).</source>
        <translation>&lt;b&gt;Статусы&lt;/b&gt;: оставить только эти (ничего не выбрано: все). &lt;b&gt;Текст&lt;/b&gt;: поиск на сервере, как в списке панели. &lt;b&gt;Максимум&lt;/b&gt;: не больше стольких строк (0: все).</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="51"/>
        <source>Statuses (none: all)</source>
        <translation>Статусы (ничего: все)</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="55"/>
        <source>Text search</source>
        <translation>Поиск по тексту</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="56"/>
        <source>Maximum number of rows (0: all)</source>
        <translation>Максимальное число строк (0: все)</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="58"/>
        <source>Processings</source>
        <translation>Обработки</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="59"/>
        <source>Number of processings</source>
        <translation>Число обработок</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="74"/>
        <source>Project: {name}.</source>
        <translation>Проект: {name}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/list_processings.py" line="92"/>
        <source>{count} processing(s).</source>
        <translation>Обработок: {count}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="41"/>
        <source>Wait and load result</source>
        <translation>Дождаться и загрузить результат</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="44"/>
        <source>Waits until Mapflow processings end and writes their vector results to a GeoPackage.</source>
        <translation>Ждёт завершения обработок Mapflow и записывает их векторные результаты в GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>Waits until each processing ends (polling at the panel&apos;s interval, up to the time limit in minutes; 0: no limit), downloads its vector result and writes a GeoPackage.</source>
        <translation>Ждёт завершения каждой обработки (опрашивая с интервалом панели, не дольше ограничения времени в минутах; 0: без ограничения), скачивает её векторный результат и записывает GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>&lt;b&gt;Processing ids&lt;/b&gt;: one id, or several separated by commas (the PROCESSING_IDS output of “Start processing”). The GeoPackage has one table per geometry family (polygons, lines, points); each feature carries processing_id and processing_name, so the results of several processings stay apart. Loaded into the project, each table becomes a layer with the panel's style for its model.</source>
        <translation>&lt;b&gt;Id обработок&lt;/b&gt;: один id или несколько через запятую (результат PROCESSING_IDS алгоритма «Запустить обработку»). В GeoPackage по одной таблице на тип геометрии (polygons, lines, points); у каждого объекта есть processing_id и processing_name, так что результаты разных обработок не смешиваются. При загрузке в проект каждая таблица становится слоем со стилем панели для своей модели.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="47"/>
        <source>Fails with the server's message when a processing FAILED (or was cancelled), and names the status when the time limit is reached; “Load the others when some failed” writes what succeeded and reports the rest. &lt;b&gt;Outputs&lt;/b&gt;: the GeoPackage and FEATURE_COUNT (features in all tables).</source>
        <translation>Завершается ошибкой с сообщением сервера, если обработка завершилась неудачно (FAILED) или была отменена, и называет статус, если истекло ограничение времени; «Загрузить остальные, если часть не удалась» записывает успешные и сообщает об остальных. &lt;b&gt;Результаты&lt;/b&gt;: GeoPackage и FEATURE_COUNT (объектов во всех таблицах).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="97"/>
        <source>Processing ids (comma-separated)</source>
        <translation>Id обработок (через запятую)</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="62"/>
        <source>Time limit, minutes (0: no limit)</source>
        <translation>Ограничение времени, минут (0: без ограничения)</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="64"/>
        <source>Load the others when some failed</source>
        <translation>Загрузить остальные, если часть не удалась</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="66"/>
        <source>Result GeoPackage</source>
        <translation>GeoPackage с результатом</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="67"/>
        <source>Feature count</source>
        <translation>Число объектов</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="68"/>
        <source>Processings loaded</source>
        <translation>Загружено обработок</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="95"/>
        <source>{table}: {count} feature(s).</source>
        <translation>{table}: объектов: {count}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="111"/>
        <source>Downloading the result of “{name}”…</source>
        <translation>Скачивание результата «{name}»…</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="121"/>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/load_result.py" line="136"/>
        <source>The result is written as a GeoPackage: choose a file name ending in .gpkg (not {name}).</source>
        <translation>Результат записывается в GeoPackage: выберите имя файла с расширением .gpkg (а не {name}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="25"/>
        <source>Mapflow: AI extraction of buildings, forest, roads and construction from imagery</source>
        <translation>Mapflow: распознавание зданий, леса, дорог и стройплощадок на снимках с помощью ИИ</translation>
    </message>
    <message>
        <location filename="../processing_provider/result_layers.py" line="51"/>
        <source>Mapflow results ({count} processings)</source>
        <translation>Результаты Mapflow (обработок: {count})</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="62"/>
        <source>Starts Mapflow processings of an area: one for the whole layer, or one per feature.</source>
        <translation>Запускает обработки Mapflow для области: одну на весь слой или по одной на объект.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>Starts a Mapflow processing of the area of interest, checked and priced like the panel&apos;s Start button. &lt;b&gt;This spends credits.&lt;/b&gt;</source>
        <translation>Запускает обработку области интереса в Mapflow с теми же проверками и расчётом стоимости, что и кнопка «Запустить» в панели. &lt;b&gt;Это расходует кредиты.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;One processing per feature&lt;/b&gt;: each feature (or selected feature) becomes its own processing, named by the name expression (a field or any expression; empty: the name followed by the feature id). A feature that cannot start is reported, written to the table as NOT_STARTED with the reason, and the others go on. Without it, all polygons form one processing (at most the account&apos;s number of AOIs per processing).</source>
        <translation>&lt;b&gt;Отдельная обработка для каждого объекта&lt;/b&gt;: каждый объект (или выбранный объект) становится отдельной обработкой с названием из выражения (поле или любое выражение; пусто: название и id объекта). Об объекте, который нельзя запустить, сообщается, он записывается в таблицу как NOT_STARTED с причиной, а остальные продолжаются. Без этого все полигоны образуют одну обработку (не больше допустимого для учётной записи числа областей в обработке).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;Wait until each ends&lt;/b&gt;: polls every few seconds (the panel&apos;s poll interval) up to the time limit in minutes (0: no limit); the table then shows the final status. Cancelling stops waiting, never a processing.</source>
        <translation>&lt;b&gt;Дождаться завершения каждой&lt;/b&gt;: опрашивает сервер каждые несколько секунд (интервал опроса панели), не дольше ограничения времени в минутах (0: без ограничения); тогда в таблице окончательный статус. Отмена прекращает ожидание, но не обработку.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="65"/>
        <source>&lt;b&gt;Outputs&lt;/b&gt;: PROCESSING_IDS, the started ids separated by commas (the input of “Wait and load result”), and a table of processing id, name, feature id, status and message.</source>
        <translation>&lt;b&gt;Результаты&lt;/b&gt;: PROCESSING_IDS — id запущенных обработок через запятую (вход алгоритма «Дождаться и загрузить результат»), и таблица с id обработки, названием, id объекта, статусом и сообщением.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="83"/>
        <source>Processing name (empty: the model and the date)</source>
        <translation>Название обработки (пусто: модель и дата)</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="85"/>
        <source>One processing per feature</source>
        <translation>Отдельная обработка для каждого объекта</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="87"/>
        <source>Name of each feature&apos;s processing (field or expression)</source>
        <translation>Название обработки каждого объекта (поле или выражение)</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="91"/>
        <source>Wait until each processing ends</source>
        <translation>Дождаться завершения каждой обработки</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="93"/>
        <source>Time limit for waiting, minutes (0: no limit)</source>
        <translation>Ограничение времени ожидания, минут (0: без ограничения)</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="96"/>
        <source>Started processings</source>
        <translation>Запущенные обработки</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="98"/>
        <source>Processings started</source>
        <translation>Запущено обработок</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="99"/>
        <source>Features not started</source>
        <translation>Не запущено объектов</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="146"/>
        <source>Or start one processing per feature (One processing per feature).</source>
        <translation>Или запустите отдельную обработку для каждого объекта («Отдельная обработка для каждого объекта»).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="156"/>
        <source>Feature {fid}: {name}</source>
        <translation>Объект {fid}: {name}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="164"/>
        <source>Cancelled: no further processing was started.</source>
        <translation>Отменено: новые обработки больше не запускались.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="166"/>
        <source>No processing was started. {reason}</source>
        <translation>Ни одна обработка не запущена. {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="168"/>
        <source>The area of interest has no features.</source>
        <translation>В области интереса нет объектов.</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="177"/>
        <source>The name expression is not valid: {error}</source>
        <translation>Выражение для названия некорректно: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="226"/>
        <source>Feature {fid}</source>
        <translation>Объект {fid}</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="237"/>
        <source>Started “{name}” ({id}).</source>
        <translation>Запущена «{name}» ({id}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/start_processing.py" line="242"/>
        <source>“{name}” was not started: {reason}</source>
        <translation>«{name}» не запущена: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="40"/>
        <source>Waiting for “{name}”: {status}, {percent} %</source>
        <translation>Ожидание «{name}»: {status}, {percent} %</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="52"/>
        <source>Cancelled while waiting; the processings go on on the server.</source>
        <translation>Ожидание отменено; обработки продолжаются на сервере.</translation>
    </message>
    <message>
        <location filename="../processing_provider/waiting.py" line="58"/>
        <source>“{name}” ({id}) ended: {status}.</source>
        <translation>«{name}» ({id}) завершена: {status}.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="460"/>
        <source>The results of “{name}” are being loaded.</source>
        <translation>Результаты «{name}» загружаются.</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="245"/>
        <source>Reading the area of interest was cancelled; press Update to read it again.</source>
        <translation>Чтение области интереса отменено; нажмите «Обновить», чтобы прочитать её снова.</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="82"/>
        <source>Waiting for the area of interest…</source>
        <translation>Ожидание области интереса…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Load results again</source>
        <translation>Загрузить результаты снова</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>The results of these processings are already on the map:</source>
        <translation>Результаты этих обработок уже на карте:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Replace them with a fresh download, or add another copy?</source>
        <translation>Заменить их заново загруженными или добавить ещё одну копию?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="118"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="119"/>
        <source>Add another</source>
        <translation>Добавить копию</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="295"/>
        <source>Load results</source>
        <translation>Загрузить результаты</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="129"/>
        <source>Loading results</source>
        <translation>Загрузка результатов</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="129"/>
        <source>The results folder {folder} cannot be used: {reason}</source>
        <translation>Папку для результатов {folder} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="142"/>
        <source>The results of “{name}” are being loaded already; their progress is in the task manager.</source>
        <translation>Результаты «{name}» уже загружаются; ход загрузки — в диспетчере задач.</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="232"/>
        <source>The results of “{name}” were added to the map. Saved as {file} in {folder}.</source>
        <translation>Результаты «{name}» добавлены на карту. Сохранены как {file} в папке {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="234"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="81"/>
        <source>Rename mosaic</source>
        <translation>Переименовать мозаику</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="84"/>
        <source>Rename image</source>
        <translation>Переименовать снимок</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="88"/>
        <source>Delete {count} item(s)? Deleting a mosaic deletes its images too ({images} image(s) in all); this cannot be undone.</source>
        <translation>Удалить выбранное (элементов: {count})? Вместе с мозаикой удаляются и её снимки (всего снимков: {images}); это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="91"/>
        <source>Delete imagery</source>
        <translation>Удаление снимков</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="96"/>
        <source>Upload GeoTIFF files</source>
        <translation>Загрузка файлов GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="100"/>
        <source>Save the image</source>
        <translation>Сохранение снимка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="104"/>
        <source>{count} file(s) cannot be uploaded:</source>
        <translation>Нельзя загрузить файлов: {count}:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="105"/>
        <source>Upload the {count} other file(s)?</source>
        <translation>Загрузить остальные файлы ({count})?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="108"/>
        <source>Upload imagery</source>
        <translation>Загрузка снимков</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="69"/>
        <source>Accept {count} result(s) as they are? An accepted result cannot be sent back for review any more.</source>
        <translation>Принять результаты как есть (выбрано: {count})? Принятый результат больше нельзя вернуть на доработку.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>Accept results</source>
        <translation>Принятие результатов</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="171"/>
        <source>My imagery</source>
        <translation>Мои снимки</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="205"/>
        <source>{count} scene(s) of {provider}</source>
        <translation>сцены {provider}: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="209"/>
        <source>The imagery of the copy: {scenes} (as in the original). Choosing another imagery in the Imagery section replaces them.</source>
        <translation>Снимки копии: {scenes} (как в оригинале). Если выбрать другие снимки в разделе «Снимки», они заменят эти.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="81"/>
        <source>Select one processing to duplicate.</source>
        <translation>Выберите одну обработку, чтобы создать копию.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>Mapflow: read “{name}” to duplicate it</source>
        <translation>Mapflow: чтение «{name}» для создания копии</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>Duplicating a processing</source>
        <translation>Копирование обработки</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="99"/>
        <source>“{name}” could not be duplicated: {reason}</source>
        <translation>Не удалось скопировать «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="118"/>
        <source>AOI of {name}</source>
        <translation>Область интереса {name}</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="125"/>
        <source>The AOIs of the original could not be read; choose the area of interest.</source>
        <translation>Не удалось прочитать области интереса оригинала; выберите область интереса.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="127"/>
        <source>{count} AOI(s) of the original had no readable geometry and were left out.</source>
        <translation>Пропущены области интереса оригинала без читаемой геометрии: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="134"/>
        <source>The Start tab holds a copy of “{name}” as “{copy}”: change what you want, then start it.</source>
        <translation>На вкладке «Запуск» — копия «{name}» под названием «{copy}»: измените что нужно и запустите её.</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="147"/>
        <source>The original signed in to its imagery URL as “{login}”; the server never returns the password: enter the login and password in the Imagery section.</source>
        <translation>Оригинал входил на свой URL снимков как «{login}»; сервер никогда не возвращает пароль: введите логин и пароль в разделе «Снимки».</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="129"/>
        <source>{count} items selected.</source>
        <translation>Выбрано элементов: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Mapflow: create mosaic {name}</source>
        <translation>Mapflow: создание мозаики {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Mosaic “{name}” created.</source>
        <translation>Мозаика «{name}» создана.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>Creating a mosaic</source>
        <translation>Создание мозаики</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="176"/>
        <source>The mosaic could not be created: {reason}</source>
        <translation>Не удалось создать мозаику: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Mapflow: rename mosaic</source>
        <translation>Mapflow: переименование мозаики</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Mosaic “{name}” saved.</source>
        <translation>Мозаика «{name}» сохранена.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>Renaming a mosaic</source>
        <translation>Переименование мозаики</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="195"/>
        <source>The mosaic could not be changed: {reason}</source>
        <translation>Не удалось изменить мозаику: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Mapflow: rename image</source>
        <translation>Mapflow: переименование снимка</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Image renamed to “{name}”.</source>
        <translation>Снимок переименован в «{name}».</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>Renaming an image</source>
        <translation>Переименование снимка</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="204"/>
        <source>The image could not be renamed: {reason}</source>
        <translation>Не удалось переименовать снимок: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="223"/>
        <source>Deleted: {names}.</source>
        <translation>Удалено: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="226"/>
        <source>“{name}” could not be deleted: {reason}</source>
        <translation>Не удалось удалить «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>Mapflow: delete imagery</source>
        <translation>Mapflow: удаление снимков</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>Deleting imagery</source>
        <translation>Удаление снимков</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="231"/>
        <source>The imagery could not be deleted: {reason}</source>
        <translation>Не удалось удалить снимки: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="93"/>
        <source>Wait for the running upload or download, or cancel it.</source>
        <translation>Дождитесь окончания текущей загрузки или скачивания либо отмените их.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="242"/>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>Mapflow: check files before the upload</source>
        <translation>Mapflow: проверка файлов перед загрузкой</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>Checking the files</source>
        <translation>Проверка файлов</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="244"/>
        <source>The files could not be checked: {reason}</source>
        <translation>Не удалось проверить файлы: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="259"/>
        <source>Nothing was uploaded: {reasons}</source>
        <translation>Ничего не загружено: {reasons}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="276"/>
        <source>Uploading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>Mapflow: upload {count} file(s)</source>
        <translation>Mapflow: загрузка файлов ({count})</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>Uploading imagery</source>
        <translation>Загрузка снимков</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="278"/>
        <source>The upload failed: {reason}</source>
        <translation>Загрузка не удалась: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="288"/>
        <source>Uploaded: {names}.</source>
        <translation>Загружено: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="294"/>
        <source>The upload was cancelled; {count} file(s) had been uploaded.</source>
        <translation>Загрузка отменена; до отмены загружено файлов: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="71"/>
        <source>Preview of {name}</source>
        <translation>Превью {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="72"/>
        <source>Large preview of {name}</source>
        <translation>Крупное превью {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="77"/>
        <source>The preview of {name} could not be shown.</source>
        <translation>Не удалось показать превью {name}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>Mapflow: preview {name}</source>
        <translation>Mapflow: превью {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>Previewing an image</source>
        <translation>Показ превью снимка</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="83"/>
        <source>The preview of {name} could not be shown: {reason}</source>
        <translation>Не удалось показать превью {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="106"/>
        <source>{name} was saved to {path}.</source>
        <translation>{name} сохранён в {path}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="111"/>
        <source>Downloading an image</source>
        <translation>Скачивание снимка</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="111"/>
        <source>{name} could not be downloaded: {reason}</source>
        <translation>Не удалось скачать {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="117"/>
        <source>The download of {name} was cancelled; nothing was saved.</source>
        <translation>Скачивание {name} отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="120"/>
        <source>Mapflow: download {name}</source>
        <translation>Mapflow: скачивание {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="122"/>
        <source>Downloading</source>
        <translation>Скачивание</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="128"/>
        <source>{count} items</source>
        <translation>элементов: {count}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="129"/>
        <source>Extent of {name}</source>
        <translation>Экстент: {name}</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="131"/>
        <source>The footprint could not be read.</source>
        <translation>Не удалось прочитать контур.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="135"/>
        <source>The area of interest is now the extent of {name}.</source>
        <translation>Область интереса теперь — экстент {name}.</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="144"/>
        <source>The imagery of the processing is now {name}.</source>
        <translation>Снимки для обработки теперь — {name}.</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="72"/>
        <source>The OAuth2 configuration could not be created: {reason}</source>
        <translation>Не удалось создать конфигурацию OAuth2: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="96"/>
        <source>QGIS now asks for its master password (or asks you to set one, the first time): it encrypts the OAuth2 configuration and your sign-in in the QGIS authentication database. The plugin never sees that password.</source>
        <translation>Сейчас QGIS спросит мастер-пароль (или, в первый раз, попросит его задать): им шифруются конфигурация OAuth2 и ваш вход в базе данных аутентификации QGIS. Модуль этот пароль никогда не видит.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="72"/>
        <source>Sent back: “{comment}” ({count} marked object(s)).</source>
        <translation>Возвращено на доработку: «{comment}» (отмеченных объектов: {count}).</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>Accepting results</source>
        <translation>Принятие результатов</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="104"/>
        <source>The results could not be accepted: {reason}</source>
        <translation>Не удалось принять результаты: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="116"/>
        <source>Accepted: {names}.</source>
        <translation>Принято: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="118"/>
        <source>“{name}” could not be accepted: {reason}</source>
        <translation>Не удалось принять «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="128"/>
        <source>Corrections of {name}</source>
        <translation>Исправления {name}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="132"/>
        <source>The corrections layer could not be made: {reason}</source>
        <translation>Не удалось создать слой исправлений: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="142"/>
        <source>Draw the wrong or missing objects of “{name}” on the layer “{layer}”, with a remark for each; then press “Send back for review”.</source>
        <translation>Нарисуйте неверные или пропущенные объекты «{name}» на слое «{layer}», к каждому добавьте замечание; затем нажмите «Вернуть на доработку».</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="171"/>
        <source>“{name}” was sent back for review with {count} marked object(s); Mapflow support reworks it and it comes back to you for review.</source>
        <translation>«{name}» возвращена на доработку (отмеченных объектов: {count}); поддержка Mapflow переделает её, и она снова придёт к вам на проверку.</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>Send “{name}” back for review</source>
        <translation>Вернуть «{name}» на доработку</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>Sending a result back for review</source>
        <translation>Возврат результата на доработку</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="176"/>
        <source>“{name}” could not be sent back for review: {reason}</source>
        <translation>Не удалось вернуть «{name}» на доработку: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>Mapflow: check the server version</source>
        <translation>Mapflow: проверка версии сервера</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>The server version could not be checked: {reason}</source>
        <translation>Не удалось проверить версию сервера: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="37"/>
        <source>Checking the server version</source>
        <translation>Проверка версии сервера</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="45"/>
        <source>Server API version {server} (this plugin knows {known}).</source>
        <translation>Версия API сервера: {server} (модулю известна {known}).</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="96"/>
        <source>{scenes}, found by the planned search “{name}”</source>
        <translation>{scenes}, найдены запланированным поиском «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="394"/>
        <source>Choose an area of interest in the Start tab first: a planned search watches it for new scenes.</source>
        <translation>Сначала выберите область интереса на вкладке «Запуск»: запланированный поиск следит за новыми сценами над ней.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="55"/>
        <source>Pausing the planned search</source>
        <translation>Приостановка запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="55"/>
        <source>Planned search “{name}” paused.</source>
        <translation>Запланированный поиск «{name}» приостановлен.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="59"/>
        <source>Resuming the planned search</source>
        <translation>Возобновление запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="59"/>
        <source>Planned search “{name}” resumed: it also looks at what was published while it was paused.</source>
        <translation>Запланированный поиск «{name}» возобновлён: он просмотрит и то, что было опубликовано во время паузы.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="65"/>
        <source>Restarting the planned search</source>
        <translation>Перезапуск запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="65"/>
        <source>Planned search “{name}” restarted.</source>
        <translation>Запланированный поиск «{name}» перезапущен.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="70"/>
        <source>Rename planned search</source>
        <translation>Переименовать запланированный поиск</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="77"/>
        <source>Renaming the planned search</source>
        <translation>Переименование запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="77"/>
        <source>Planned search renamed to “{name}”.</source>
        <translation>Запланированный поиск переименован в «{name}».</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="91"/>
        <source>Changing the end date of the planned search</source>
        <translation>Изменение даты окончания запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="91"/>
        <source>Planned search “{name}” now looks for new scenes until {day}.</source>
        <translation>Запланированный поиск «{name}» теперь ищет новые сцены до {day}.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="97"/>
        <source>Delete the planned search “{name}”? It stops looking for scenes and its areas and found scenes are gone; the processings started from it stay in the project.</source>
        <translation>Удалить запланированный поиск «{name}»? Он перестанет искать сцены, его области и найденные сцены будут удалены; запущенные из него обработки останутся в проекте.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="99"/>
        <source>Delete planned search</source>
        <translation>Удаление запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="103"/>
        <source>Planned search “{name}” deleted.</source>
        <translation>Запланированный поиск «{name}» удалён.</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="107"/>
        <source>Deleting the planned search</source>
        <translation>Удаление запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="133"/>
        <source>{context} “{name}” failed: {{reason}}</source>
        <translation>{context} «{name}»: ошибка — {{reason}}</translation>
    </message>
    <message>
        <location filename="../ui/template_actions.py" line="137"/>
        <source>Mapflow: {context}</source>
        <translation>Mapflow: {context}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="64"/>
        <source>Planned search areas: {name}</source>
        <translation>Области запланированного поиска: {name}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="94"/>
        <source>Wait until the change of the areas is saved ({what}).</source>
        <translation>Дождитесь сохранения изменения областей ({what}).</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="286"/>
        <source>Area {number}</source>
        <translation>Область {number}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="122"/>
        <source>New area</source>
        <translation>Новая область</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="122"/>
        <source>Name of the area:</source>
        <translation>Название области:</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="135"/>
        <source>adding “{name}”</source>
        <translation>добавление «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="139"/>
        <source>Area added; the planned search searches it now.</source>
        <translation>Область добавлена; запланированный поиск уже ищет над ней.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="149"/>
        <source>Rename area</source>
        <translation>Переименовать область</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="157"/>
        <source>renaming “{name}”</source>
        <translation>переименование «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="168"/>
        <source>Area “{name}” saved.</source>
        <translation>Область «{name}» сохранена.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="187"/>
        <source>redrawing “{name}”</source>
        <translation>перерисовка «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="193"/>
        <source>Area “{name}” redrawn; the planned search searches it again.</source>
        <translation>Область «{name}» перерисована; запланированный поиск ищет над ней заново.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="204"/>
        <source>A planned search keeps at least one area; delete the planned search instead.</source>
        <translation>У запланированного поиска остаётся хотя бы одна область; вместо этого удалите сам запланированный поиск.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="207"/>
        <source>Delete {count} area(s) of the planned search? Their found scenes go with them.</source>
        <translation>Удалить области запланированного поиска ({count})? Найденные над ними сцены удалятся вместе с ними.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="209"/>
        <source>Delete areas</source>
        <translation>Удаление областей</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="212"/>
        <source>deleting {count} area(s)</source>
        <translation>удаление областей ({count})</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="222"/>
        <source>{count} area(s) deleted.</source>
        <translation>Удалено областей: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="227"/>
        <source>The drawn area is empty or not a valid polygon: draw a polygon with an area.</source>
        <translation>Нарисованная область пуста или не является корректным полигоном: нарисуйте полигон ненулевой площади.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="237"/>
        <source>Saving: {what}…</source>
        <translation>Сохранение: {what}…</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="252"/>
        <source>The area or its planned search no longer exists; reading the planned search again.</source>
        <translation>Области или её запланированного поиска больше нет; запланированный поиск читается заново.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="256"/>
        <source>Changing the areas</source>
        <translation>Изменение областей</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="256"/>
        <source>The areas were not changed ({what}): {{reason}}</source>
        <translation>Области не изменены ({what}): {{reason}}</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="262"/>
        <source>Mapflow: planned search areas ({what})</source>
        <translation>Mapflow: области запланированного поиска ({what})</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="281"/>
        <source>Click on the map to draw the area; right-click or double-click to finish, Esc to cancel.</source>
        <translation>Щёлкайте по карте, чтобы нарисовать область; завершите правым или двойным щелчком, Esc — отмена.</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="311"/>
        <source>Measuring the drawn area…</source>
        <translation>Измерение нарисованной области…</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="312"/>
        <source>Mapflow: measure the drawn area</source>
        <translation>Mapflow: измерение нарисованной области</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="319"/>
        <source>Drawn: {area}.</source>
        <translation>Нарисовано: {area}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="89"/>
        <source>Planned search footprints</source>
        <translation>Контуры сцен запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="160"/>
        <source>Reading the planned search…</source>
        <translation>Чтение запланированного поиска…</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="210"/>
        <source>Mapflow: read the planned search “{name}”</source>
        <translation>Mapflow: чтение запланированного поиска «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="231"/>
        <source>Reading the planned search</source>
        <translation>Чтение запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="244"/>
        <source>Until {date}; last looked {checked}.</source>
        <translation>До {date}; последняя проверка: {checked}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="248"/>
        <source>{count} area(s), {area}; {found} scenes found, {new} new.</source>
        <translation>Областей: {count}, {area}; найдено сцен: {found}, новых: {new}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="254"/>
        <source>Filters: {filters}.</source>
        <translation>Фильтры: {filters}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="254"/>
        <source>No filters: any scene over the areas.</source>
        <translation>Без фильтров: любая сцена над областями.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="258"/>
        <source>Its processings use {choices}.</source>
        <translation>Его обработки используют: {choices}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="306"/>
        <source>{count} scenes found; {new} new on this page.</source>
        <translation>Найдено сцен: {count}; новых на этой странице: {new}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="360"/>
        <source>Reading the scenes…</source>
        <translation>Чтение сцен…</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="361"/>
        <source>Mapflow: scenes of the planned search</source>
        <translation>Mapflow: сцены запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="371"/>
        <source>Reading the scenes of the planned search</source>
        <translation>Чтение сцен запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="386"/>
        <source>{count} scene(s) marked as seen.</source>
        <translation>Отмечено просмотренными сцен: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="394"/>
        <source>Every scene of “{name}” is marked as seen.</source>
        <translation>Все сцены «{name}» отмечены просмотренными.</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="409"/>
        <source>Marking scenes as seen</source>
        <translation>Отметка сцен просмотренными</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="411"/>
        <source>Mapflow: mark scenes as seen</source>
        <translation>Mapflow: отметка сцен просмотренными</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="430"/>
        <source>Mapflow: the areas of “{name}”</source>
        <translation>Mapflow: области «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="456"/>
        <source>Mapflow: processings of the planned search</source>
        <translation>Mapflow: обработки запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="149"/>
        <source>Refresh Mapflow planned searches</source>
        <translation>Обновление запланированных поисков Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="174"/>
        <source>Could not refresh the planned searches ({reason}); retrying in {seconds} s</source>
        <translation>Не удалось обновить запланированные поиски ({reason}); повтор через {seconds} с</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="206"/>
        <source>{count} planned searches found new scenes; see the Processings tab.</source>
        <translation>Запланированных поисков с новыми сценами: {count}; см. вкладку «Обработки».</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="250"/>
        <source>The planned search “{name}” no longer exists (it was deleted, perhaps by a colleague).</source>
        <translation>Запланированного поиска «{name}» больше нет (его удалили, возможно, коллеги).</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="264"/>
        <source>Choose a project first: planned searches belong to a project.</source>
        <translation>Сначала выберите проект: запланированные поиски принадлежат проекту.</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="273"/>
        <source>Planned search</source>
        <translation>Запланированный поиск</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>Mapflow: create the planned search “{name}”</source>
        <translation>Mapflow: создание запланированного поиска «{name}»</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>Creating the planned search</source>
        <translation>Создание запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="298"/>
        <source>The planned search could not be created: {reason}</source>
        <translation>Не удалось создать запланированный поиск: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="327"/>
        <source>Planned search “{name}” created: it searches the archive now, then keeps looking for new scenes.</source>
        <translation>Запланированный поиск «{name}» создан: сейчас он ищет по архиву, затем продолжит искать новые сцены.</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="331"/>
        <source>Planned search “{name}” created, but it does not search: the limit of active planned searches is reached. Pause another one, then resume this one.</source>
        <translation>Запланированный поиск «{name}» создан, но не ищет: достигнут лимит активных запланированных поисков. Приостановите другой, затем возобновите этот.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="334"/>
        <source>Failed:</source>
        <translation>Ошибка:</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="339"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="397"/>
        <source>{state}, until {time}</source>
        <translation>{state}, до {time}</translation>
    </message>
</context>
<context>
    <name>AoiRules</name>
    <message>
        <location filename="../core/aoi_rules.py" line="108"/>
        <source>The area of interest has no polygon{detail}.</source>
        <translation>В области интереса нет полигонов{detail}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="109"/>
        <source>The layer holds {detail} geometries; an area of interest needs a polygon layer.</source>
        <translation>Тип геометрии слоя: {detail}; для области интереса нужен полигональный слой.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="111"/>
        <source>No features are selected{detail}; select at least one polygon or use all features.</source>
        <translation>Не выбрано ни одного объекта{detail}; выберите хотя бы один полигон или используйте все объекты.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="113"/>
        <source>The layer{detail} has no coordinate reference system; set its CRS in the layer properties and try again.</source>
        <translation>У слоя{detail} не задана система координат; укажите СК в свойствах слоя и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="116"/>
        <source>The AOI source cannot be read{detail}.</source>
        <translation>Не удаётся прочитать источник области интереса{detail}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="117"/>
        <source>The AOI cannot be converted to longitude/latitude (EPSG:4326){detail}.</source>
        <translation>Область интереса не удаётся перевести в долготу/широту (EPSG:4326){detail}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="119"/>
        <source>The AOI coordinates fall outside the globe once read as longitude/latitude{detail}; the layer&apos;s coordinate reference system is probably wrong.</source>
        <translation>В пересчёте в долготу/широту координаты области интереса выходят за пределы земного шара{detail}; вероятно, система координат слоя указана неверно.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="123"/>
        <source>The AOI encloses the {detail} Pole, which a longitude/latitude polygon cannot describe; draw an area that stays off the pole.</source>
        <translation>Область интереса охватывает {detail} полюс, а полигон в долготе/широте не может его описать; нарисуйте область, которая не захватывает полюс.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="140"/>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="141"/>
        <source>line</source>
        <translation>линия</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="142"/>
        <source>no</source>
        <translation>без геометрии</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="143"/>
        <source>North</source>
        <translation>Северный</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="144"/>
        <source>South</source>
        <translation>Южный</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="148"/>
        <source>1 invalid geometry was repaired (self-intersections, duplicate rings).</source>
        <translation>Исправлена 1 некорректная геометрия (самопересечения, повторяющиеся кольца).</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="148"/>
        <source>{count} invalid geometries were repaired (self-intersections, duplicate rings).</source>
        <translation>Исправлено некорректных геометрий: {count} (самопересечения, повторяющиеся кольца).</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="152"/>
        <source>Z values were dropped from 1 geometry.</source>
        <translation>У 1 геометрии отброшены значения Z.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="152"/>
        <source>Z values were dropped from {count} geometries.</source>
        <translation>Значения Z отброшены; затронуто геометрий: {count}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="155"/>
        <source>M values were dropped from 1 geometry.</source>
        <translation>У 1 геометрии отброшены значения M.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="155"/>
        <source>M values were dropped from {count} geometries.</source>
        <translation>Значения M отброшены; затронуто геометрий: {count}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="158"/>
        <source>1 point or line part was left out; only polygons are processed.</source>
        <translation>Пропущена 1 точечная или линейная часть: обрабатываются только полигоны.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="158"/>
        <source>{count} point or line parts were left out; only polygons are processed.</source>
        <translation>Пропущено точечных или линейных частей: {count}; обрабатываются только полигоны.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="161"/>
        <source>1 curved geometry was converted to straight segments.</source>
        <translation>1 криволинейная геометрия преобразована в прямолинейные сегменты.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="161"/>
        <source>{count} curved geometries were converted to straight segments.</source>
        <translation>Криволинейных геометрий преобразовано в прямолинейные сегменты: {count}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="164"/>
        <source>1 shape crossing the 180° meridian was split in two at the meridian.</source>
        <translation>1 фигура, пересекающая меридиан 180°, разделена по нему на две части.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="164"/>
        <source>{count} shapes crossing the 180° meridian were split at the meridian.</source>
        <translation>Фигур, пересекающих меридиан 180° и разделённых по нему: {count}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="167"/>
        <source>Overlapping or touching shapes were merged: 1 part fewer.</source>
        <translation>Перекрывающиеся или соприкасающиеся фигуры объединены: частей стало на 1 меньше.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="167"/>
        <source>Overlapping or touching shapes were merged: {count} parts fewer.</source>
        <translation>Перекрывающиеся или соприкасающиеся фигуры объединены: частей стало меньше на {count}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="170"/>
        <source>1 feature without geometry was skipped.</source>
        <translation>Пропущен 1 объект без геометрии.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="170"/>
        <source>{count} features without geometry were skipped.</source>
        <translation>Пропущено объектов без геометрии: {count}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="173"/>
        <source>The AOI lies far outside the area {detail} is meant for; check that the layer&apos;s CRS is right.</source>
        <translation>Область интереса лежит далеко за пределами области применения {detail}; проверьте, верно ли указана СК слоя.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="189"/>
        <source>non-polygon</source>
        <translation>не полигон</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="242"/>
        <source>The AOI has {count} separate polygons; a processing accepts at most {limit}. Merge or select fewer polygons.</source>
        <translation>Отдельных полигонов в области интереса: {count}, а обработка принимает не более {limit}. Объедините полигоны или выберите меньше.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="258"/>
        <source>The AOI is {area}; your limit per processing is {limit}.</source>
        <translation>Площадь области интереса — {area}, а ваш лимит на одну обработку — {limit}.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="268"/>
        <source>The bounding box of AOI part {part} is {area}, over your limit per processing of {limit}{others}; the server measures each part&apos;s longitude/latitude box.</source>
        <translation>Площадь охватывающего прямоугольника части {part} области интереса — {area}, это больше вашего лимита на обработку {limit}{others}; сервер измеряет охватывающий прямоугольник каждой части в долготе/широте.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="284"/>
        <source> (and 1 more part)</source>
        <translation> (и ещё 1 часть)</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="285"/>
        <source> (and {n} more parts)</source>
        <translation> (и ещё частей: {n})</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="294"/>
        <source>The AOI is {area}; {provider} needs at least {minimum} per processing.</source>
        <translation>Площадь области интереса — {area}, а {provider} требует не менее {minimum} на обработку.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="127"/>
        <source>The AOI has a self-intersecting polygon of {detail} vertices, too complex to repair here, even when simplified by up to 0.1 % of its size. Repair or simplify it (Vector › Geometry Tools › Fix Geometries or Simplify) and choose the result.</source>
        <translation>В области интереса есть самопересекающийся полигон из {detail} вершин — он слишком сложен, чтобы исправить его здесь, даже после упрощения в пределах 0,1 % его размера. Исправьте или упростите его (Вектор › Геометрия › Исправить геометрии или Упрощение) и выберите результат.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="132"/>
        <source>The AOI has more than {limit} vertices; reading stopped there. Choose fewer or simpler polygons (Vector › Geometry Tools › Simplify).</source>
        <translation>В области интереса больше {limit} вершин; чтение на этом остановлено. Выберите меньше полигонов или более простые (Вектор › Геометрия › Упрощение).</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="177"/>
        <source>A self-intersecting polygon of {before} vertices was simplified to {after} vertices (details under {metres} m) so that it could be repaired quickly.</source>
        <translation>Самопересекающийся полигон из {before} вершин упрощён до {after} вершин (детали меньше {metres} м), чтобы его можно было быстро исправить.</translation>
    </message>
    <message>
        <location filename="../core/aoi_rules.py" line="177"/>
        <source>{count} self-intersecting polygons of {before} vertices in all were simplified to {after} vertices (details under {metres} m) so that they could be repaired quickly.</source>
        <translation>Самопересекающиеся полигоны ({count}, всего {before} вершин) упрощены до {after} вершин (детали меньше {metres} м), чтобы их можно было быстро исправить.</translation>
    </message>
</context>
<context>
    <name>AoiWidget</name>
    <message>
        <location filename="../ui/forms/aoi.ui" line="5"/>
        <source>Area of interest</source>
        <translation>Область интереса</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="7"/>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="10"/>
        <source>Polygon layer (all features)</source>
        <translation>Слой полигонов (все объекты)</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="11"/>
        <source>Polygon layer (selected features)</source>
        <translation>Слой полигонов (выбранные)</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="12"/>
        <source>Polygon drawn on the map</source>
        <translation>Полигон на карте</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="13"/>
        <source>Current map extent</source>
        <translation>Текущий экстент карты</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="14"/>
        <source>Vector file</source>
        <translation>Векторный файл</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="15"/>
        <source>Extent of a layer</source>
        <translation>Экстент слоя</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="19"/>
        <source>Draw</source>
        <translation>Нарисовать</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="19"/>
        <source>Click to add vertices, right-click or double-click to finish, Esc to cancel</source>
        <translation>Щелчок — добавить вершину, правый или двойной щелчок — завершить, Esc — отменить</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="21"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.gml *.fgb);;All files (*)</source>
        <translation>Векторные файлы (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.gml *.fgb);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="22"/>
        <source>No area chosen.</source>
        <translation>Область не выбрана.</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="23"/>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="23"/>
        <source>Read the area again from its source</source>
        <translation>Заново прочитать область из её источника</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="18"/>
        <source>The polygon layer of the area of interest</source>
        <translation>Полигональный слой области интереса</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="20"/>
        <source>Offer Mapflow result layers too</source>
        <translation>Предлагать и слои Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/forms/aoi.ui" line="20"/>
        <source>Results, imagery and footprints added by this plugin are not offered as an area of interest unless this is on</source>
        <translation>Результаты, снимки и контуры снимков, добавленные этим модулем, предлагаются как область интереса, только если это включено</translation>
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
        <translation>Песочница (офлайн, этот компьютер)</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="11"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="16"/>
        <source>The Mapflow API base URL, ending with /rest. Choose the sandbox for offline demos.</source>
        <translation>Базовый URL API Mapflow, оканчивающийся на /rest. Для офлайн-демонстраций выберите песочницу.</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="20"/>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="25"/>
        <source>Paste your Mapflow API token</source>
        <translation>Вставьте свой API-токен Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="29"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="33"/>
        <source>Not signed in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="39"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="43"/>
        <source>&lt;a href=&quot;https://app.mapflow.ai/account/api&quot;&gt;Get an API token&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://app.mapflow.ai/account/api&quot;&gt;Получить API-токен&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="49"/>
        <source>Sign in with Mapflow account…</source>
        <translation>Войти с учётной записью Mapflow…</translation>
    </message>
    <message>
        <location filename="../ui/forms/connection.ui" line="50"/>
        <source>Sign in in your web browser with your Mapflow account (OAuth2), instead of an API token</source>
        <translation>Войти в веб-браузере с учётной записью Mapflow (OAuth2) вместо API-токена</translation>
    </message>
</context>
<context>
    <name>EndDateDialog</name>
    <message>
        <location filename="../ui/template_dialogs.py" line="141"/>
        <source>End date of the planned search</source>
        <translation>Дата окончания запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="149"/>
        <source>It looks for new scenes until the end of this day; at most six months ahead</source>
        <translation>Ищет новые сцены до конца этого дня; не дальше чем на шесть месяцев вперёд</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="145"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>HelpWidget</name>
    <message>
        <location filename="../ui/forms/help.ui" line="12"/>
        <source>Help and feedback</source>
        <translation>Справка и обратная связь</translation>
    </message>
    <message>
        <location filename="../ui/forms/help.ui" line="13"/>
        <source>The user guide, Mapflow&apos;s documentation and prices, topping up, reporting a problem</source>
        <translation>Руководство пользователя, документация и цены Mapflow, пополнение баланса, сообщение о проблеме</translation>
    </message>
</context>
<context>
    <name>MapflowAccount</name>
    <message>
        <location filename="../core/account.py" line="77"/>
        <source>balance {credits} credits</source>
        <translation>баланс: {credits} кред.</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="81"/>
        <source>remaining area {area}</source>
        <translation>остаток площади: {area}</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="83"/>
        <source>no billing limits</source>
        <translation>без ограничений по оплате</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="91"/>
        <source>This processing costs {cost} credits; your balance is {balance} credits.</source>
        <translation>Стоимость обработки — {cost} кред., а ваш баланс — {balance} кред.</translation>
    </message>
    <message>
        <location filename="../core/account.py" line="100"/>
        <source>The AOI is {area}; your remaining area is {remaining}.</source>
        <translation>Площадь области интереса — {area}, а у вас осталось {remaining}.</translation>
    </message>
</context>
<context>
    <name>MapflowActions</name>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>Showing the Mapflow Processing panel</source>
        <translation>Показ панели Mapflow Processing</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="147"/>
        <source>Opening the help</source>
        <translation>Открытие справки</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="87"/>
        <source>Restoring the area of interest</source>
        <translation>Восстановление области интереса</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="111"/>
        <source>Listing the layers for the area of interest</source>
        <translation>Получение списка слоёв для области интереса</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="119"/>
        <source>Choosing the area of interest</source>
        <translation>Выбор области интереса</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="162"/>
        <source>Using the given area of interest</source>
        <translation>Использование заданной области интереса</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="182"/>
        <source>Reading the area of interest</source>
        <translation>Чтение области интереса</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="280"/>
        <source>Drawing the area of interest</source>
        <translation>Рисование области интереса</translation>
    </message>
    <message>
        <location filename="../ui/aoi_controller.py" line="293"/>
        <source>Keeping the drawn polygon</source>
        <translation>Сохранение нарисованного полигона</translation>
    </message>
    <message>
        <location filename="../ui/cost_controller.py" line="117"/>
        <source>Updating the cost</source>
        <translation>Обновление стоимости</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="53"/>
        <source>Using the chosen scenes</source>
        <translation>Использование выбранных сцен</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="190"/>
        <source>Showing the imagery search</source>
        <translation>Показ поиска снимков</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="194"/>
        <source>Showing the Start tab</source>
        <translation>Показ вкладки «Запуск»</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="198"/>
        <source>Using the scenes of the copy</source>
        <translation>Использование сцен копии</translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="218"/>
        <source>Signing in with the stored token</source>
        <translation>Вход с сохранённым токеном</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="84"/>
        <source>Showing the Duplicate button</source>
        <translation>Показ кнопки «Копировать»</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="88"/>
        <source>Duplicating a processing</source>
        <translation>Копирование обработки</translation>
    </message>
    <message>
        <location filename="../ui/duplicate_controller.py" line="106"/>
        <source>Filling the Start tab with the copy</source>
        <translation>Заполнение вкладки «Запуск» копией</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="61"/>
        <source>Listing your imagery</source>
        <translation>Получение списка ваших снимков</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="97"/>
        <source>Uploading a GeoTIFF</source>
        <translation>Загрузка GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="142"/>
        <source>Showing the upload progress</source>
        <translation>Показ хода загрузки</translation>
    </message>
    <message>
        <location filename="../ui/imagery_controller.py" line="147"/>
        <source>Stopping the upload</source>
        <translation>Остановка загрузки</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="46"/>
        <source>Listing the models</source>
        <translation>Получение списка моделей</translation>
    </message>
    <message>
        <location filename="../ui/model_controller.py" line="87"/>
        <source>Choosing the model</source>
        <translation>Выбор модели</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="120"/>
        <source>Showing the imagery details</source>
        <translation>Показ сведений о снимках</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_map_actions.py" line="46"/>
        <source>My imagery</source>
        <translation>Мои снимки</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="320"/>
        <source>Showing the progress</source>
        <translation>Показ хода выполнения</translation>
    </message>
    <message>
        <location filename="../ui/my_imagery_controller.py" line="325"/>
        <source>Cancelling</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/oauth_controller.py" line="56"/>
        <source>Signing in with the Mapflow account</source>
        <translation>Вход с учётной записью Mapflow</translation>
    </message>
    <message>
        <location filename="../ui/preview_controller.py" line="46"/>
        <source>Previewing the imagery</source>
        <translation>Предпросмотр снимков</translation>
    </message>
    <message>
        <location filename="../ui/processing_actions.py" line="124"/>
        <source>Processing action</source>
        <translation>Действие с обработкой</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="205"/>
        <source>Refreshing the processings</source>
        <translation>Обновление обработок</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="261"/>
        <source>Showing the processings</source>
        <translation>Показ обработок</translation>
    </message>
    <message>
        <location filename="../ui/processings_controller.py" line="144"/>
        <source>Switching the project</source>
        <translation>Переключение проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="52"/>
        <source>Listing the projects</source>
        <translation>Получение списка проектов</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="93"/>
        <source>Choosing the project</source>
        <translation>Выбор проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="111"/>
        <source>Creating a project</source>
        <translation>Создание проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="127"/>
        <source>Renaming the project</source>
        <translation>Переименование проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="142"/>
        <source>Deleting the project</source>
        <translation>Удаление проекта</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.py" line="157"/>
        <source>Sharing the project</source>
        <translation>Предоставление доступа к проекту</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="103"/>
        <source>Showing the results folder</source>
        <translation>Показ папки результатов</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="108"/>
        <source>Choosing the results folder</source>
        <translation>Выбор папки результатов</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="114"/>
        <source>Loading results</source>
        <translation>Загрузка результатов</translation>
    </message>
    <message>
        <location filename="../ui/results_controller.py" line="222"/>
        <source>Adding the results</source>
        <translation>Добавление результатов</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="56"/>
        <source>Showing the review</source>
        <translation>Показ проверки</translation>
    </message>
    <message>
        <location filename="../ui/review_controller.py" line="77"/>
        <source>Reviewing a result</source>
        <translation>Проверка результата</translation>
    </message>
    <message>
        <location filename="../ui/scene_preview_controller.py" line="43"/>
        <source>Previewing the scenes</source>
        <translation>Показ превью сцен</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="115"/>
        <source>Choosing the imagery</source>
        <translation>Выбор снимков</translation>
    </message>
    <message>
        <location filename="../ui/scene_source_controller.py" line="106"/>
        <source>Showing the chosen scenes</source>
        <translation>Показ выбранных сцен</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="86"/>
        <source>Listing the search providers</source>
        <translation>Получение списка поставщиков для поиска</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="96"/>
        <source>Restoring the search filters</source>
        <translation>Восстановление фильтров поиска</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="125"/>
        <source>Showing the search area</source>
        <translation>Показ области поиска</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="137"/>
        <source>Searching the imagery</source>
        <translation>Поиск снимков</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="193"/>
        <source>Stopping the search</source>
        <translation>Остановка поиска</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="267"/>
        <source>Showing the footprints</source>
        <translation>Показ контуров</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="323"/>
        <source>Filtering the results</source>
        <translation>Фильтрация результатов</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="329"/>
        <source>Turning the page</source>
        <translation>Переход на другую страницу</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="339"/>
        <source>Sorting the results</source>
        <translation>Сортировка результатов</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="344"/>
        <source>Changing the page size</source>
        <translation>Изменение размера страницы</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="39"/>
        <source>Selecting scenes</source>
        <translation>Выбор сцен</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="44"/>
        <source>Selecting footprints</source>
        <translation>Выбор контуров</translation>
    </message>
    <message>
        <location filename="../ui/scene_selection.py" line="57"/>
        <source>Zooming to the scenes</source>
        <translation>Приближение к сценам</translation>
    </message>
    <message>
        <location filename="../ui/search_controller.py" line="359"/>
        <source>Choosing scenes for processing</source>
        <translation>Выбор сцен для обработки</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="260"/>
        <source>Planning a search</source>
        <translation>Планирование поиска</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="95"/>
        <source>Signing in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="216"/>
        <source>Signing out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="241"/>
        <source>Refreshing the account</source>
        <translation>Обновление учётной записи</translation>
    </message>
    <message>
        <location filename="../ui/session_controller.py" line="268"/>
        <source>Showing the account</source>
        <translation>Показ учётной записи</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="59"/>
        <source>Listing the data providers</source>
        <translation>Получение списка поставщиков данных</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="70"/>
        <source>Restoring the imagery choice</source>
        <translation>Восстановление выбора снимков</translation>
    </message>
    <message>
        <location filename="../ui/source_controller.py" line="157"/>
        <source>Reading the stored imagery login</source>
        <translation>Чтение сохранённого логина для снимков</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="49"/>
        <source>Remembering the confirmation choice</source>
        <translation>Запоминание выбора подтверждения</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="65"/>
        <source>Checking the processing</source>
        <translation>Проверка обработки</translation>
    </message>
    <message>
        <location filename="../ui/start_controller.py" line="77"/>
        <source>Starting the processing</source>
        <translation>Запуск обработки</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="69"/>
        <source>Showing the statistics</source>
        <translation>Показ статистики</translation>
    </message>
    <message>
        <location filename="../ui/stats_controller.py" line="109"/>
        <source>Exporting the statistics</source>
        <translation>Экспорт статистики</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="226"/>
        <source>Changing the planned search</source>
        <translation>Изменение запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="100"/>
        <source>Adding an area</source>
        <translation>Добавление области</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="142"/>
        <source>Renaming an area</source>
        <translation>Переименование области</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="171"/>
        <source>Redrawing an area</source>
        <translation>Перерисовка области</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="197"/>
        <source>Deleting areas</source>
        <translation>Удаление областей</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="304"/>
        <source>Keeping the drawn area</source>
        <translation>Сохранение нарисованной области</translation>
    </message>
    <message>
        <location filename="../ui/template_aoi_editor.py" line="326"/>
        <source>Zooming to the areas</source>
        <translation>Приближение к областям</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="163"/>
        <source>Closing the planned search</source>
        <translation>Закрытие запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="195"/>
        <source>Reading the planned search</source>
        <translation>Чтение запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="312"/>
        <source>Filtering the scenes</source>
        <translation>Фильтрация сцен</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="338"/>
        <source>Reading the scenes</source>
        <translation>Чтение сцен</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="388"/>
        <source>Marking scenes as seen</source>
        <translation>Отметка сцен просмотренными</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="414"/>
        <source>Processing the chosen scenes</source>
        <translation>Обработка выбранных сцен</translation>
    </message>
    <message>
        <location filename="../ui/template_view_controller.py" line="449"/>
        <source>Reading the processings of the planned search</source>
        <translation>Чтение обработок запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="93"/>
        <source>Opening the planned search</source>
        <translation>Открытие запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/templates_install.py" line="60"/>
        <source>Showing the planned searches</source>
        <translation>Показ запланированных поисков</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="137"/>
        <source>Refreshing the planned searches</source>
        <translation>Обновление запланированных поисков</translation>
    </message>
    <message>
        <location filename="../ui/templates_controller.py" line="236"/>
        <source>Showing the planned search</source>
        <translation>Показ запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/templates_install.py" line="66"/>
        <source>Processing the scenes of a planned search</source>
        <translation>Обработка сцен запланированного поиска</translation>
    </message>
    <message>
        <location filename="../ui/version_controller.py" line="30"/>
        <source>Checking the server version</source>
        <translation>Проверка версии сервера</translation>
    </message>
    <message>
        <location filename="../ui/help_controller.py" line="19"/>
        <source>Showing the help links</source>
        <translation>Показ ссылок справки</translation>
    </message>
</context>
<context>
    <name>MapflowApi</name>
    <message>
        <location filename="../api/error_catalog.py" line="66"/>
        <source>An internal error occurred while {stage}. Please contact Mapflow support.</source>
        <translation>Внутренняя ошибка на этапе «{stage}». Обратитесь в поддержку Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="70"/>
        <source>The imagery URL must be a string, not {url_type}.</source>
        <translation>URL снимков должен быть строкой, а не {url_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="72"/>
        <source>The imagery URL must start with http:// or https://.</source>
        <translation>URL снимков должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="74"/>
        <source>The imagery URL cannot be parsed: {parse_error_message}.</source>
        <translation>Не удаётся разобрать URL снимков: {parse_error_message}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="76"/>
        <source>The zoom must be empty or a whole number, not {actual_zoom}.</source>
        <translation>Зум должен быть пустым или целым числом, а не {actual_zoom}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="78"/>
        <source>The zoom must be between 0 and 22, not {actual_zoom}.</source>
        <translation>Зум должен быть от 0 до 22, а не {actual_zoom}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="80"/>
        <source>The zoom {actual_zoom} is higher than this model accepts (at most {max_zoom}).</source>
        <translation>Зум {actual_zoom} выше допустимого для этой модели (не более {max_zoom}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="82"/>
        <source>The zoom {actual_zoom} is lower than this model accepts (at least {min_zoom}).</source>
        <translation>Зум {actual_zoom} ниже допустимого для этой модели (не менее {min_zoom}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="84"/>
        <source>The source {url} is a map, not imagery, and cannot be processed.</source>
        <translation>Источник {url} — это карта, а не снимки, и его нельзя обработать.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="86"/>
        <source>The image metadata must be a JSON object.</source>
        <translation>Метаданные снимка должны быть объектом JSON.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="88"/>
        <source>The image metadata must contain crs, transform, dtype and count.</source>
        <translation>Метаданные снимка должны содержать crs, transform, dtype и count.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="90"/>
        <source>The image link must start with s3://, not {actual_s3_link}.</source>
        <translation>Ссылка на снимок должна начинаться с s3://, а не {actual_s3_link}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="92"/>
        <source>A processing of an uploaded image needs its profile or its URL.</source>
        <translation>Для обработки загруженного снимка нужен его профиль или URL.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="94"/>
        <source>The file {s3_link} could not be read.</source>
        <translation>Не удалось прочитать файл {s3_link}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="96"/>
        <source>The uploaded image cannot be opened.</source>
        <translation>Не удаётся открыть загруженный снимок.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="98"/>
        <source>The image profile {profile} lacks required keys: {required_keys}.</source>
        <translation>В профиле снимка {profile} нет обязательных ключей: {required_keys}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="100"/>
        <source>The image data type {request_dtype} is not allowed; expected {required_dtypes}.</source>
        <translation>Тип данных снимка {request_dtype} не допускается; ожидается {required_dtypes}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="102"/>
        <source>The image has {real_nchannels} bands; this model needs {required_nchannels}.</source>
        <translation>Каналов в снимке: {real_nchannels}, а этой модели нужно: {required_nchannels}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="104"/>
        <source>The pixel size {actual_res} m is finer than this model accepts (at least {min_res} m).</source>
        <translation>Размер пикселя {actual_res} м меньше допустимого для этой модели (не менее {min_res} м).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="106"/>
        <source>The resolution is too coarse: pixel size {actual_res} m, this model needs at most {max_res} m.</source>
        <translation>Слишком низкое разрешение: размер пикселя {actual_res} м, а этой модели нужно не более {max_res} м.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="109"/>
        <source>The image check of {checked_param} failed: {message}.</source>
        <translation>Снимок не прошёл проверку параметра {checked_param}: {message}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="111"/>
        <source>A Quadkey URL must contain the {{q}} placeholder.</source>
        <translation>URL Quadkey должен содержать подстановку {{q}}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="113"/>
        <source>A Sentinel-2 processing needs the granule id as a string &apos;url&apos;.</source>
        <translation>Для обработки Sentinel-2 нужен идентификатор гранулы в виде строки 'url'.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="115"/>
        <source>{input_string} is not a Sentinel-2 granule id.</source>
        <translation>{input_string} не является идентификатором гранулы Sentinel-2.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="117"/>
        <source>The granule cell {actual_cell} is not supported by this model (allowed: {allowed_cells}).</source>
        <translation>Ячейка гранулы {actual_cell} не поддерживается этой моделью (допустимые: {allowed_cells}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="119"/>
        <source>The area of interest does not intersect the granule cell {actual_cell}.</source>
        <translation>Область интереса не пересекается с ячейкой гранулы {actual_cell}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="121"/>
        <source>The month {actual_month} is not supported by this model (allowed: {allowed_months}).</source>
        <translation>Месяц {actual_month} не поддерживается этой моделью (допустимые: {allowed_months}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="123"/>
        <source>A TMS URL must contain the {{x}}, {{y}} and {{z}} placeholders.</source>
        <translation>URL TMS должен содержать подстановки {{x}}, {{y}} и {{z}}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="125"/>
        <source>Internal validation error: the model requirements are {requirements_type}, not an object.</source>
        <translation>Внутренняя ошибка проверки: требования модели имеют тип {requirements_type}, а не объект.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="127"/>
        <source>The processing request must be an object, not {request_type}.</source>
        <translation>Запрос на обработку должен быть объектом, а не {request_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="129"/>
        <source>The processing request does not say which imagery source type it uses.</source>
        <translation>В запросе на обработку не указан тип источника снимков.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="131"/>
        <source>The source type {source_type} is not allowed for this model (allowed: {allowed_sources}).</source>
        <translation>Тип источника {source_type} не допускается для этой модели (допустимые: {allowed_sources}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="133"/>
        <source>Internal validation error: the required section is {required_section_type}.</source>
        <translation>Внутренняя ошибка проверки: обязательный раздел имеет тип {required_section_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="135"/>
        <source>Internal validation error: the recommended section is {recommended_section_type}.</source>
        <translation>Внутренняя ошибка проверки: рекомендуемый раздел имеет тип {recommended_section_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="137"/>
        <source>An XYZ URL must contain the {{x}}, {{y}} and {{z}} placeholders.</source>
        <translation>URL XYZ должен содержать подстановки {{x}}, {{y}} и {{z}}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="139"/>
        <source>The processing has no area of interest (geometry).</source>
        <translation>У обработки нет области интереса (геометрии).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="143"/>
        <source>The imagery has no data inside the area of interest.</source>
        <translation>В пределах области интереса на снимках нет данных.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="145"/>
        <source>The area of interest is not a valid geometry.</source>
        <translation>Область интереса не является корректной геометрией.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="149"/>
        <source>The source type {real_source_types} is unknown (allowed: {allowed_source_types}).</source>
        <translation>Неизвестный тип источника {real_source_types} (допустимые: {allowed_source_types}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="151"/>
        <source>Loading the imagery needs {estimated_size} MB, more than the allowed {allowed_size} MB. Use a smaller area or a lower zoom.</source>
        <translation>Для загрузки снимков нужно {estimated_size} МБ — больше допустимых {allowed_size} МБ. Уменьшите область или зум.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="154"/>
        <source>The loader argument {argument_name} is {argument_type}; expected {expected_type}.</source>
        <translation>Аргумент загрузчика {argument_name} имеет тип {argument_type}; ожидается {expected_type}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="156"/>
        <source>The imagery tiles have {real_nchannels} bands; expected {expected_nchannels}.</source>
        <translation>Каналов в тайлах снимков: {real_nchannels}; ожидается: {expected_nchannels}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="158"/>
        <source>The imagery tiles are {real_size} pixels; expected {expected_size}.</source>
        <translation>Размер тайлов снимков в пикселях: {real_size}; ожидается: {expected_size}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="160"/>
        <source>The imagery tile {tile_location} could not be loaded (server status {status}).</source>
        <translation>Не удалось загрузить тайл снимков {tile_location} (статус сервера {status}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="165"/>
        <source>The imagery provider returned no data for the area of interest.</source>
        <translation>Поставщик снимков не вернул данных для области интереса.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="167"/>
        <source>The imagery tile {tile_location} is not a readable image.</source>
        <translation>Тайл снимков {tile_location} не является читаемым изображением.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="172"/>
        <source>The folder {s3_link} contains no images.</source>
        <translation>В папке {s3_link} нет снимков.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="178"/>
        <source>checking the imagery source</source>
        <translation>проверка источника снимков</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="179"/>
        <source>loading the imagery</source>
        <translation>загрузка снимков</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="180"/>
        <source>preparing the imagery</source>
        <translation>подготовка снимков</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="181"/>
        <source>processing the imagery</source>
        <translation>обработка снимков</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="182"/>
        <source>building the results</source>
        <translation>формирование результатов</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="187"/>
        <source>The area of interest ({area_sq_km} sq.km) is larger than your limit of {aoiAreaLimit_sq_km} sq.km per processing.</source>
        <translation>Область интереса ({area_sq_km} км²) больше вашего лимита {aoiAreaLimit_sq_km} км² на одну обработку.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="190"/>
        <source>The area of interest ({aoiArea} sq.km) is smaller than the minimum of {providerMinArea} sq.km for the data provider {providerName}.</source>
        <translation>Область интереса ({aoiArea} км²) меньше минимальной площади {providerMinArea} км² для поставщика данных {providerName}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="193"/>
        <source>Maxar imagery is not available on your plan. Upgrade your subscription to use it.</source>
        <translation>Снимки Maxar недоступны на вашем тарифе. Чтобы пользоваться ими, перейдите на более высокий тариф.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="195"/>
        <source>The server rejected the request.</source>
        <translation>Сервер отклонил запрос.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="196"/>
        <source>The area of interest is larger than your planned-search limit of {templateAreaLimit_sq_km} sq.km.</source>
        <translation>Область интереса больше вашего лимита для плановых поисков: {templateAreaLimit_sq_km} км².</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="262"/>
        <source>The file {filename} failed the checks: {bad_parameters}.</source>
        <translation>Файл {filename} не прошёл проверку: {bad_parameters}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="264"/>
        <source>Not enough storage: the upload needs {memory_requested_mb} MB, {available_memory_mb} MB is free. Delete some imagery or extend your storage.</source>
        <translation>Недостаточно места в хранилище: для загрузки нужно {memory_requested_mb} МБ, свободно {available_memory_mb} МБ. Удалите часть снимков или расширьте хранилище.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="268"/>
        <source>The file is too big: {actual_file_size_mb} MB, the limit is {max_file_size_mb} MB.</source>
        <translation>Файл слишком большой: {actual_file_size_mb} МБ при ограничении {max_file_size_mb} МБ.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="271"/>
        <source>The {instance_type} {uid} was not found.</source>
        <translation>Объект {instance_type} {uid} не найден.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="272"/>
        <source>You have no access to the {instance_type} {uid}.</source>
        <translation>У вас нет доступа к объекту {instance_type} {uid}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="273"/>
        <source>The image {filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation>Снимок {filename} не подходит к этой коллекции снимков: его параметр {param_name} равен {got_param}, а коллекции нужно {expected_param}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="276"/>
        <source>The image extent is outside the valid coordinate range.</source>
        <translation>Экстент снимка выходит за пределы допустимого диапазона координат.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="278"/>
        <source>The file cannot be opened as a GeoTIFF.</source>
        <translation>Файл не удаётся открыть как GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="279"/>
        <source>The image extent is too big.</source>
        <translation>Экстент снимка слишком велик.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="285"/>
        <source>The processing reported an error: {code}{details}.</source>
        <translation>Обработка сообщила об ошибке: {code}{details}.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="21"/>
        <source>Mapflow error.</source>
        <translation>Ошибка Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="62"/>
        <source>Wrong token: {reason}. Copy the API token again from your Mapflow account page.</source>
        <translation>Неверный токен: {reason}. Скопируйте API-токен заново со страницы своей учётной записи Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="73"/>
        <source>Invalid request: {reason}</source>
        <translation>Некорректный запрос: {reason}</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="82"/>
        <source>The operation was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="93"/>
        <source>Cannot connect to the Mapflow server at {host}: {reason}. Check your internet connection and proxy settings.</source>
        <translation>Не удаётся подключиться к серверу Mapflow {host}: {reason}. Проверьте подключение к интернету и настройки прокси.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="113"/>
        <source>The Mapflow server at {host} did not answer within {seconds} s ({phase}). Try again later.</source>
        <translation>Сервер Mapflow {host} не ответил за {seconds} с ({phase}). Повторите попытку позже.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="127"/>
        <source>The download was cut short ({detail}). No file was written; please try again.</source>
        <translation>Скачивание прервалось ({detail}). Файл не записан; повторите попытку.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="139"/>
        <source>The answer of the Mapflow server at {host} was cut short ({detail}). Please try again.</source>
        <translation>Ответ сервера Mapflow {host} оборвался ({detail}). Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="159"/>
        <source>The Mapflow server returned an error (HTTP {status}).</source>
        <translation>Сервер Mapflow вернул ошибку (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="188"/>
        <source>The server rejected the request (HTTP {status}).</source>
        <translation>Сервер отклонил запрос (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="192"/>
        <source>Authentication failed: the Mapflow token is wrong or expired. Check your API token.</source>
        <translation>Ошибка аутентификации: токен Mapflow неверен или просрочен. Проверьте свой API-токен.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="201"/>
        <source>Not enough rights for this action in a shared project</source>
        <translation>Недостаточно прав для этого действия в общем проекте</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="202"/>
        <source>This data provider is not available on your plan. Upgrade your subscription to use it.</source>
        <translation>Этот поставщик данных недоступен на вашем тарифе. Чтобы пользоваться им, перейдите на более высокий тариф.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="214"/>
        <source>Not found: the item does not exist or was deleted.</source>
        <translation>Не найдено: объект не существует или был удалён.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="218"/>
        <source>The item is not ready for this action yet; try again later.</source>
        <translation>Объект пока не готов к этому действию; повторите попытку позже.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="222"/>
        <source>The file is too large for the Mapflow server.</source>
        <translation>Файл слишком велик для сервера Mapflow.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="226"/>
        <source>Too many requests to the Mapflow server; try again in {wait} s.</source>
        <translation>Слишком много запросов к серверу Mapflow; повторите попытку через {wait} с.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="241"/>
        <source>The Mapflow server had an internal problem (HTTP {status}). Try again later.</source>
        <translation>На сервере Mapflow произошла внутренняя ошибка (HTTP {status}). Повторите попытку позже.</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="253"/>
        <source>The Mapflow server sent an unexpected response: {detail}</source>
        <translation>Сервер Mapflow прислал неожиданный ответ: {detail}</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="227"/>
        <source>The search area ({area_sq_km} sq.km) is larger than your limit of {searchAreaLimit_sq_km} sq.km for an immediate search. Plan a search over it instead.</source>
        <translation>Область поиска ({area_sq_km} км²) больше вашего лимита для мгновенного поиска: {searchAreaLimit_sq_km} км². Запланируйте поиск по ней.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="231"/>
        <source>The imagery provider {providers} does not answer. Try again later or search without it.</source>
        <translation>Поставщик снимков {providers} не отвечает. Повторите позже или ищите без него.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="233"/>
        <source>The image {imageId} is not in the imagery catalog.</source>
        <translation>Снимка {imageId} нет в каталоге снимков.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="235"/>
        <source>Images of several providers ({providers}) cannot be processed together. Choose images of one provider; only mosaics of one zoom can be combined.</source>
        <translation>Снимки нескольких поставщиков ({providers}) нельзя обработать вместе. Выберите снимки одного поставщика; объединять можно только мозаики одного масштаба.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="238"/>
        <source>Images and mosaics cannot be processed together. Choose one kind.</source>
        <translation>Снимки и мозаики нельзя обработать вместе. Выберите что-то одно.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="240"/>
        <source>Mosaics processed together must have the same zoom (the chosen ones have {zooms}).</source>
        <translation>Мозаики, обрабатываемые вместе, должны иметь один масштаб (у выбранных: {zooms}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="242"/>
        <source>The area of interest does not overlap the chosen images: nothing is left to process.</source>
        <translation>Область интереса не пересекается с выбранными снимками: обрабатывать нечего.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="244"/>
        <source>A planned search needs at least one area of interest.</source>
        <translation>Для планового поиска нужна хотя бы одна область интереса.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="246"/>
        <source>The area name is {length} characters long; at most {maxLength} are allowed.</source>
        <translation>Название области длиной {length} символов; допускается не более {maxLength}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="248"/>
        <source>The end date of the planned search must be in the future.</source>
        <translation>Дата окончания планового поиска должна быть в будущем.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="250"/>
        <source>The end date of the planned search must be within six months.</source>
        <translation>Дата окончания планового поиска должна быть не позже чем через шесть месяцев.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="252"/>
        <source>The planned search has ended. Move its end date later to resume it.</source>
        <translation>Плановый поиск завершён. Перенесите дату окончания на более позднюю, чтобы возобновить его.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="254"/>
        <source>Only a failed planned search can be restarted.</source>
        <translation>Перезапустить можно только плановый поиск, завершившийся ошибкой.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="256"/>
        <source>The image {imageId} was not found by this planned search.</source>
        <translation>Этот плановый поиск не находил снимок {imageId}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="200"/>
        <source>Only a finished result can be reviewed; this processing is {status}.</source>
        <translation>Проверять можно только готовый результат; статус этой обработки — {status}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="202"/>
        <source>This result is not under review: the review workflow is not enabled for it.</source>
        <translation>Этот результат не на проверке: процесс проверки для него не включён.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="204"/>
        <source>This result has already been accepted.</source>
        <translation>Этот результат уже принят.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="205"/>
        <source>This result was sent back for review; support is reworking it.</source>
        <translation>Этот результат отправлен на доработку; поддержка исправляет его.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="207"/>
        <source>This result is not waiting for a review ({reviewStatus}).</source>
        <translation>Этот результат не ожидает проверки ({reviewStatus}).</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="209"/>
        <source>Say in a comment what is wrong with the result.</source>
        <translation>Опишите в комментарии, что не так с результатом.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="211"/>
        <source>The comment is {length} characters long; at most {maxLength} are allowed.</source>
        <translation>Длина комментария — {length} символов; допускается не более {maxLength}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="213"/>
        <source>The marked features are not valid: {reason}.</source>
        <translation>Отмеченные объекты некорректны: {reason}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="215"/>
        <source>A marked feature is a {geometryType}; mark points, lines or polygons.</source>
        <translation>Отмеченный объект имеет тип {geometryType}; отмечайте точки, линии или полигоны.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="217"/>
        <source>{featureCount} features are marked; at most {maxFeatures} can be sent.</source>
        <translation>Отмечено объектов: {featureCount}; отправить можно не более {maxFeatures}.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="219"/>
        <source>The marked features take {size_mb} MB; at most {maxSize_mb} MB can be sent.</source>
        <translation>Отмеченные объекты занимают {size_mb} МБ; отправить можно не более {maxSize_mb} МБ.</translation>
    </message>
    <message>
        <location filename="../api/error_catalog.py" line="281"/>
        <source>The image is still being prepared; try again in a few minutes.</source>
        <translation>Снимок ещё подготавливается; повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <location filename="../api/oauth.py" line="37"/>
        <source>The Mapflow sign-in was refused ({error}): {description}</source>
        <translation>Вход в Mapflow отклонён ({error}): {description}</translation>
    </message>
    <message>
        <location filename="../api/oauth.py" line="38"/>
        <source>The Mapflow sign-in has expired or was ended. Sign in again.</source>
        <translation>Сеанс входа в Mapflow истёк или был завершён. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="36"/>
        <source>{filename} is not a GeoTIFF: only GeoTIFF files can be uploaded.</source>
        <translation>{filename} — не GeoTIFF: загружать можно только файлы GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="37"/>
        <source>{filename} has no coordinate reference system.</source>
        <translation>У файла {filename} нет системы координат.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="38"/>
        <source>{filename} has {count} bands: upload single-band, RGB (3 bands) or RGBA (4 bands) images.</source>
        <translation>В файле {filename} каналов: {count}; загружайте одноканальные снимки, RGB (3 канала) или RGBA (4 канала).</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="40"/>
        <source>{filename} holds {dtypes} values: only 8-bit (uint8) images are accepted.</source>
        <translation>Файл {filename} содержит значения типа {dtypes}; принимаются только 8-битные снимки (uint8).</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="42"/>
        <source>{filename} is {width} × {height} px: at most {max_pixel_count} px per side are accepted.</source>
        <translation>Размер {filename} — {width} × {height} пикс.; допускается не более {max_pixel_count} пикс. по стороне.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="44"/>
        <source>{filename} has pixels of {pixel_size_m} m: at most {max_pixel_size_m} m are accepted.</source>
        <translation>Размер пикселя {filename} — {pixel_size_m} м; допускается не более {max_pixel_size_m} м.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="46"/>
        <source>{filename} has pixels of {pixel_size_m} m: it will be resampled to {resampled_m} m.</source>
        <translation>Размер пикселя {filename} — {pixel_size_m} м; снимок будет передискретизирован до {resampled_m} м.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="48"/>
        <source>The extent of {filename} is outside the valid coordinate range.</source>
        <translation>Экстент файла {filename} выходит за допустимый диапазон координат.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="49"/>
        <source>{filename} is {size}: files of at most {max_size} are accepted.</source>
        <translation>Размер {filename} — {size}; принимаются файлы не больше {max_size}.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="51"/>
        <source>Not enough storage for {filename}: it needs {size}, {free} is free. Delete some imagery first.</source>
        <translation>Недостаточно места для {filename}: нужно {size}, свободно {free}. Сначала удалите часть снимков.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="54"/>
        <source>{filename} does not fit this imagery collection: its {param_name} is {got_param}, the collection needs {expected_param}.</source>
        <translation>{filename} не подходит к этой коллекции снимков: {param_name} файла — {got_param}, а коллекции нужно {expected_param}.</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="58"/>
        <source>coordinate reference system</source>
        <translation>система координат</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="59"/>
        <source>band count</source>
        <translation>число каналов</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="60"/>
        <source>pixel size</source>
        <translation>размер пикселя</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="137"/>
        <source>{value} B</source>
        <translation>{value} Б</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="137"/>
        <source>{value} KB</source>
        <translation>{value} КБ</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="137"/>
        <source>{value} MB</source>
        <translation>{value} МБ</translation>
    </message>
    <message>
        <location filename="../core/upload_rules.py" line="137"/>
        <source>{value} GB</source>
        <translation>{value} ГБ</translation>
    </message>
    <message>
        <location filename="../integration/qgis_transport.py" line="95"/>
        <source>QGIS could not sign in to Mapflow with your Mapflow account: the sign-in in the browser was not completed, was refused or took too long. Sign in again.</source>
        <translation>QGIS не удалось войти в Mapflow с вашей учётной записью: вход в браузере не был завершён, был отклонён или занял слишком много времени. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../tasks/imagery.py" line="24"/>
        <source>Nothing was sent: {reasons}</source>
        <translation>Ничего не отправлено: {reasons}</translation>
    </message>
    <message>
        <location filename="../api/downloads.py" line="83"/>
        <source>the server sent an empty result</source>
        <translation>сервер прислал пустой результат</translation>
    </message>
    <message>
        <location filename="../api/downloads.py" line="85"/>
        <source>the result file ends in the middle of the data</source>
        <translation>файл результата обрывается посреди данных</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="108"/>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location filename="../api/errors.py" line="109"/>
        <source>waiting for the answer</source>
        <translation>ожидание ответа</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="38"/>
        <source>connection refused</source>
        <translation>соединение отклонено</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="39"/>
        <source>unknown host name</source>
        <translation>неизвестное имя хоста</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="40"/>
        <source>connection reset</source>
        <translation>соединение сброшено</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="41"/>
        <source>connection aborted</source>
        <translation>соединение прервано</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="42"/>
        <source>the server closed the connection</source>
        <translation>сервер закрыл соединение</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="43"/>
        <source>network unreachable</source>
        <translation>сеть недоступна</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="44"/>
        <source>network error</source>
        <translation>ошибка сети</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="45"/>
        <source>the secure connection failed (certificate not trusted?)</source>
        <translation>не удалось установить защищённое соединение (сертификат не признан доверенным?)</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="46"/>
        <source>too many redirects</source>
        <translation>слишком много перенаправлений</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="47"/>
        <source>an insecure redirect</source>
        <translation>небезопасное перенаправление</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="48"/>
        <source>unsupported protocol</source>
        <translation>неподдерживаемый протокол</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="49"/>
        <source>the server broke the HTTP protocol</source>
        <translation>сервер нарушил протокол HTTP</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="51"/>
        <source>the proxy {proxy} refused the connection</source>
        <translation>прокси-сервер {proxy} отклонил соединение</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="52"/>
        <source>the proxy {proxy} closed the connection</source>
        <translation>прокси-сервер {proxy} закрыл соединение</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="53"/>
        <source>the proxy host {proxy} was not found</source>
        <translation>хост прокси-сервера {proxy} не найден</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="54"/>
        <source>the proxy {proxy} did not answer</source>
        <translation>прокси-сервер {proxy} не ответил</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="55"/>
        <source>the proxy {proxy} failed</source>
        <translation>ошибка прокси-сервера {proxy}</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="56"/>
        <source>the proxy {proxy} refused or failed the connection</source>
        <translation>прокси-сервер {proxy} отклонил или прервал соединение</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="57"/>
        <source>the proxy {proxy} refused the login</source>
        <translation>прокси-сервер {proxy} не принял логин</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="58"/>
        <source>of QGIS</source>
        <translation>из настроек QGIS</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="59"/>
        <source>of this computer</source>
        <translation>этого компьютера</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="61"/>
        <source>received {received} of {expected} bytes</source>
        <translation>получено {received} из {expected} байт</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="62"/>
        <source>the connection closed in the middle of the data</source>
        <translation>соединение закрылось посреди данных</translation>
    </message>
    <message>
        <location filename="../api/http.py" line="63"/>
        <source>the connection was interrupted</source>
        <translation>соединение было прервано</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="21"/>
        <source>the token must be text</source>
        <translation>токен должен быть текстом</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="26"/>
        <source>the token is empty</source>
        <translation>токен пуст</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="37"/>
        <source>it is not valid base64 text</source>
        <translation>это некорректный текст base64</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="40"/>
        <source>it does not contain an email and a secret</source>
        <translation>в нём нет адреса эл. почты и секрета</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="42"/>
        <source>it does not start with an email address</source>
        <translation>он не начинается с адреса эл. почты</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="44"/>
        <source>its secret part is empty</source>
        <translation>его секретная часть пуста</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="56"/>
        <source>the email address is not valid</source>
        <translation>адрес эл. почты некорректен</translation>
    </message>
    <message>
        <location filename="../api/tokens.py" line="58"/>
        <source>the secret is empty</source>
        <translation>секрет пуст</translation>
    </message>
</context>
<context>
    <name>MapflowCharges</name>
    <message>
        <location filename="../core/charges.py" line="55"/>
        <source>refunded</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="59"/>
        <source>{cost} credits</source>
        <translation>{cost} кредитов</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="94"/>
        <source>{count} processings, {area} km²; this account is not billed.</source>
        <translation>Обработок: {count}, {area} км²; эта учётная запись не оплачивается.</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="96"/>
        <source>{count} processings: {credits} credits and {area} km² charged.</source>
        <translation>Обработок: {count}; списано {credits} кредитов и {area} км².</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="99"/>
        <source>{refunded} failed or refunded, not charged ({credits} credits given back).</source>
        <translation>С ошибкой или с возвратом: {refunded}, не списано (возвращено {credits} кредитов).</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="121"/>
        <source>Top up your balance</source>
        <translation>Пополнить баланс</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="124"/>
        <source>The sandbox has no top-up page: add credits with its admin command (python -m sandbox add-credits EMAIL N --data-dir DIR).</source>
        <translation>У песочницы нет страницы пополнения: добавьте кредиты её командой администратора (python -m sandbox add-credits EMAIL N --data-dir DIR).</translation>
    </message>
    <message>
        <location filename="../core/charges.py" line="127"/>
        <source>This server has no known top-up page: ask its administrator for credits.</source>
        <translation>Страница пополнения для этого сервера неизвестна: попросите кредиты у его администратора.</translation>
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
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="38"/>
        <source>Processings</source>
        <translation>Обработки</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="42"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="28"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="29"/>
        <source>Imagery search: find scenes over the area of interest</source>
        <translation>Поиск снимков: найти сцены над областью интереса</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="83"/>
        <source>Getting ready…</source>
        <translation>Подготовка…</translation>
    </message>
</context>
<context>
    <name>MapflowDuplicate</name>
    <message>
        <location filename="../core/duplicate.py" line="49"/>
        <source>Processing</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="88"/>
        <source>The model “{model}” of the original is not available in this project; choose a model.</source>
        <translation>Модель оригинала «{model}» недоступна в этом проекте; выберите модель.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="97"/>
        <source>The data provider “{provider}” of the original is not available to your account; choose the imagery.</source>
        <translation>Поставщик данных оригинала «{provider}» недоступен вашей учётной записи; выберите снимки.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="110"/>
        <source>The original read its imagery from a {kind} source the dock cannot choose; choose the imagery.</source>
        <translation>Оригинал брал снимки из источника {kind}, который нельзя выбрать в панели; выберите снимки.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="116"/>
        <source>The imagery of the original was not found among your imagery; choose the imagery.</source>
        <translation>Снимки оригинала не найдены среди ваших снимков; выберите снимки.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="124"/>
        <source>The original used {count} images of a mosaic; the copy uses the whole mosaic. Choose one image if you need fewer.</source>
        <translation>Оригинал использовал снимки мозаики ({count}); копия использует всю мозаику. Если нужно меньше, выберите один снимок.</translation>
    </message>
    <message>
        <location filename="../core/duplicate.py" line="131"/>
        <source>The imagery source of the original is not known; choose the imagery.</source>
        <translation>Источник снимков оригинала неизвестен; выберите снимки.</translation>
    </message>
</context>
<context>
    <name>MapflowErrors</name>
    <message>
        <location filename="../core/errors.py" line="41"/>
        <source>{context} failed: {reason}{where}</source>
        <translation>{context}: ошибка: {reason}{where}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="44"/>
        <source>{context} failed unexpectedly: {error}. Details are in the log panel ({tab}).</source>
        <translation>{context}: непредвиденная ошибка: {error}. Подробности — в панели журнала ({tab}).</translation>
    </message>
</context>
<context>
    <name>MapflowHelp</name>
    <message>
        <location filename="../core/help_links.py" line="49"/>
        <source>Top up your balance: sign in first, the page depends on the server.</source>
        <translation>Пополнить баланс: сначала войдите, страница зависит от сервера.</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>User guide of this plugin</source>
        <translation>Руководство пользователя модуля</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Mapflow documentation</source>
        <translation>Документация Mapflow</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Prices of models and imagery</source>
        <translation>Цены моделей и снимков</translation>
    </message>
    <message>
        <location filename="../core/help_links.py" line="51"/>
        <source>Report a problem or suggest an improvement</source>
        <translation>Сообщить о проблеме или предложить улучшение</translation>
    </message>
</context>
<context>
    <name>MapflowImagery</name>
    <message>
        <location filename="../core/my_imagery.py" line="57"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="192"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="193"/>
        <source>Images</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="194"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="195"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="145"/>
        <source>Storage: unknown</source>
        <translation>Хранилище: неизвестно</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="148"/>
        <source>Storage: {used} used, no limit</source>
        <translation>Хранилище: занято {used}, без лимита</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="151"/>
        <source>Storage: {used} of {limit} used, {free} free</source>
        <translation>Хранилище: занято {used} из {limit}, свободно {free}</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="172"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="175"/>
        <source>Uploaded</source>
        <translation>Загружено</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="177"/>
        <source>CRS</source>
        <translation>СК</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="178"/>
        <source>Pixels</source>
        <translation>Пиксели</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="180"/>
        <source>Bands</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="182"/>
        <source>Pixel size (CRS units)</source>
        <translation>Размер пикселя (в единицах СК)</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>Download</source>
        <translation>Скачивание</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>available</source>
        <translation>доступно</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="183"/>
        <source>not available (a linked image)</source>
        <translation>недоступно (связанный снимок)</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="196"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="244"/>
        <source>Select the mosaic to upload into, or make a new one.</source>
        <translation>Выберите мозаику для загрузки или создайте новую.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="247"/>
        <source>Select a mosaic or an image first.</source>
        <translation>Сначала выберите мозаику или снимок.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="251"/>
        <source>Select exactly one mosaic or image.</source>
        <translation>Выберите ровно одну мозаику или один снимок.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="254"/>
        <source>Select exactly one image.</source>
        <translation>Выберите ровно один снимок.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="256"/>
        <source>A linked image cannot be downloaded: it was not uploaded to Mapflow.</source>
        <translation>Связанный снимок нельзя скачать: он не был загружен в Mapflow.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="259"/>
        <source>This image has no footprint yet to place a preview on.</source>
        <translation>У этого снимка ещё нет контура, чтобы разместить превью.</translation>
    </message>
    <message>
        <location filename="../core/my_imagery.py" line="261"/>
        <source>The selection has no footprint yet (an empty mosaic).</source>
        <translation>У выбранного ещё нет контура (пустая мозаика).</translation>
    </message>
</context>
<context>
    <name>MapflowMessages</name>
    <message>
        <location filename="../integration/message_actions.py" line="37"/>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="40"/>
        <source>Open log</source>
        <translation>Открыть журнал</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="45"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="69"/>
        <source>Mapflow Processing: error details</source>
        <translation>Mapflow Processing: подробности ошибки</translation>
    </message>
    <message>
        <location filename="../integration/message_actions.py" line="79"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>MapflowOAuth</name>
    <message>
        <location filename="../core/oauth_setup.py" line="38"/>
        <source>This QGIS has no OAuth2 authentication method, so sign-in with your Mapflow account is not possible here; sign in with your API token.</source>
        <translation>В этой сборке QGIS нет метода аутентификации OAuth2, поэтому вход с учётной записью Mapflow здесь невозможен; войдите с API-токеном.</translation>
    </message>
    <message>
        <location filename="../core/oauth_setup.py" line="42"/>
        <source>Sign-in with your Mapflow account (OAuth2) needs QGIS 3.34 or later: older QGIS cannot do the PKCE sign-in Mapflow requires. Sign in with your API token instead.</source>
        <translation>Для входа с учётной записью Mapflow (OAuth2) нужен QGIS 3.34 или новее: более старые версии QGIS не умеют входить по PKCE, как требует Mapflow. Войдите с API-токеном.</translation>
    </message>
    <message>
        <location filename="../core/oauth_setup.py" line="76"/>
        <source>An OAuth2 configuration for {server} was created in QGIS's authentication database. Restart QGIS once, then press “Sign in with Mapflow account” again: QGIS uses a new OAuth2 configuration only after a restart.</source>
        <translation>В базе данных аутентификации QGIS создана конфигурация OAuth2 для {server}. Перезапустите QGIS один раз и снова нажмите «Войти с учётной записью Mapflow»: новую конфигурацию OAuth2 QGIS использует только после перезапуска.</translation>
    </message>
</context>
<context>
    <name>MapflowPlan</name>
    <message>
        <location filename="../core/processing_plan.py" line="131"/>
        <source>Reading the area of interest…</source>
        <translation>Чтение области интереса…</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="133"/>
        <source>Choose an area of interest.</source>
        <translation>Выберите область интереса.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="135"/>
        <source>Choose a model.</source>
        <translation>Выберите модель.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="137"/>
        <source>Choose the imagery.</source>
        <translation>Выберите снимки.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="180"/>
        <source>Choose a project.</source>
        <translation>Выберите проект.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="212"/>
        <source>The cost could not be computed ({reason}); Start waits until the server prices it.</source>
        <translation>Не удалось рассчитать стоимость ({reason}); запуск станет доступен, когда сервер её рассчитает.</translation>
    </message>
    <message>
        <location filename="../core/processing_plan.py" line="216"/>
        <source>Waiting for the server to compute the cost.</source>
        <translation>Ожидание расчёта стоимости на сервере.</translation>
    </message>
</context>
<context>
    <name>MapflowProcessings</name>
    <message>
        <location filename="../core/processing_view.py" line="52"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="53"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="54"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="62"/>
        <source>Area, km²</source>
        <translation>Площадь, км²</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="57"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="58"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="96"/>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="97"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="98"/>
        <source>Awaiting imagery</source>
        <translation>Ожидание снимков</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="99"/>
        <source>OK</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="100"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="101"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="102"/>
        <source>Refunded</source>
        <translation>Возвращена</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="106"/>
        <source>review required</source>
        <translation>требуется проверка</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="107"/>
        <source>in review</source>
        <translation>на доработке</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="108"/>
        <source>accepted</source>
        <translation>принята</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="109"/>
        <source>refunded</source>
        <translation>средства возвращены</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="434"/>
        <source>Only finished (OK) processings have results.</source>
        <translation>Результаты есть только у завершённых (Готово) обработок.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="436"/>
        <source>Only finished (OK) processings can be rated.</source>
        <translation>Оценить можно только завершённые (Готово) обработки.</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="438"/>
        <source>Only failed processings can be restarted.</source>
        <translation>Перезапустить можно только обработки с ошибкой.</translation>
    </message>
    <message>
        <location filename="../core/processings_list.py" line="73"/>
        <source>too many requests</source>
        <translation>слишком много запросов</translation>
    </message>
    <message>
        <location filename="../core/processings_list.py" line="75"/>
        <source>server error {status}</source>
        <translation>ошибка сервера {status}</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="55"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="61"/>
        <source>Progress, %</source>
        <translation>Ход выполнения, %</translation>
    </message>
    <message>
        <location filename="../core/processing_view.py" line="63"/>
        <source>Cost, credits</source>
        <translation>Стоимость, кредиты</translation>
    </message>
</context>
<context>
    <name>MapflowReview</name>
    <message>
        <location filename="../core/review.py" line="34"/>
        <source>Review required</source>
        <translation>Требуется проверка</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="35"/>
        <source>In review</source>
        <translation>На доработке</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="36"/>
        <source>Accepted</source>
        <translation>Принята</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="37"/>
        <source>Refunded</source>
        <translation>Средства возвращены</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="41"/>
        <source>“{name}” has already been accepted.</source>
        <translation>«{name}» уже принята.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="42"/>
        <source>“{name}” was sent back for review; Mapflow support is reworking it.</source>
        <translation>«{name}» возвращена на доработку; поддержка Mapflow её переделывает.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="44"/>
        <source>“{name}” was refunded; there is nothing to review.</source>
        <translation>За «{name}» возвращены средства; проверять нечего.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="80"/>
        <source>the deadline has passed</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="83"/>
        <source>{days} days left</source>
        <translation>осталось дней: {days}</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="85"/>
        <source>{hours} h {minutes} min left</source>
        <translation>осталось {hours} ч {minutes} мин</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="87"/>
        <source>{minutes} min left</source>
        <translation>осталось {minutes} мин</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="100"/>
        <source>Review required until {until} ({left}); a result not sent back by then is accepted as it is.</source>
        <translation>Проверка нужна до {until} ({left}); результат, не возвращённый на доработку к этому сроку, принимается как есть.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="111"/>
        <source>Only finished (OK) results can be reviewed.</source>
        <translation>Проверять можно только завершённые (Готово) результаты.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="112"/>
        <source>“{name}” has no review: the review workflow was off when it finished.</source>
        <translation>У «{name}» нет проверки: когда она завершилась, проверка результатов была выключена.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="122"/>
        <source>Select a result in review first.</source>
        <translation>Сначала выберите результат, ожидающий проверки.</translation>
    </message>
    <message>
        <location filename="../core/review.py" line="124"/>
        <source>Select exactly one result.</source>
        <translation>Выберите ровно один результат.</translation>
    </message>
</context>
<context>
    <name>MapflowRoles</name>
    <message>
        <location filename="../core/roles.py" line="14"/>
        <source>The default project cannot be renamed or deleted.</source>
        <translation>Проект по умолчанию нельзя переименовать или удалить.</translation>
    </message>
    <message>
        <location filename="../core/roles.py" line="15"/>
        <source>Your role in this project is {role}; this needs the {needed} role or higher.</source>
        <translation>Ваша роль в этом проекте — {role}; для этого нужна роль {needed} или выше.</translation>
    </message>
</context>
<context>
    <name>MapflowSession</name>
    <message>
        <location filename="../core/session.py" line="50"/>
        <source>The server address must be an http:// or https:// URL ending with /rest, for example {example}.</source>
        <translation>Адрес сервера должен быть URL http:// или https://, оканчивающимся на /rest, например {example}.</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="97"/>
        <source>There is no Mapflow API at {url}. Check the address: it must end with /rest, for example {example}.</source>
        <translation>По адресу {url} нет API Mapflow. Проверьте адрес: он должен оканчиваться на /rest, например {example}.</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="102"/>
        <source>Nothing answers at {host} on this computer. Is the sandbox running? Start it with “make sandbox” in the plugin's source folder, then sign in again.</source>
        <translation>На этом компьютере по адресу {host} никто не отвечает. Запущена ли песочница? Запустите её командой «make sandbox» в папке исходного кода плагина и войдите снова.</translation>
    </message>
</context>
<context>
    <name>MapflowStats</name>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Area, km²</source>
        <translation>Площадь, км²</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="22"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
</context>
<context>
    <name>MapflowToolbox</name>
    <message>
        <location filename="../core/toolbox.py" line="65"/>
        <source>This project has no models; ask Mapflow support to link one.</source>
        <translation>В этом проекте нет моделей; попросите поддержку Mapflow подключить модель.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="68"/>
        <source>Give a model: one of {models}.</source>
        <translation>Укажите модель: одну из {models}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="75"/>
        <source>There is no model “{model}” in this project. Models: {models}.</source>
        <translation>В этом проекте нет модели «{model}». Модели: {models}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="95"/>
        <source>The model “{model}” has no option {unknown}. Its options: {options}.</source>
        <translation>У модели «{model}» нет опции {unknown}. Её опции: {options}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="98"/>
        <source>The model “{model}” has no options (asked for {unknown}).</source>
        <translation>У модели «{model}» нет опций (запрошено: {unknown}).</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="112"/>
        <source>There is no project “{project}” in this account. Projects: {projects}.</source>
        <translation>В этой учётной записи нет проекта «{project}». Проекты: {projects}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="123"/>
        <source>This account has no imagery providers: give an imagery URL or a mosaic instead.</source>
        <translation>У этой учётной записи нет поставщиков снимков: укажите вместо этого URL снимков или мозаику.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="130"/>
        <source>There is no imagery provider “{provider}” for this account. Providers: {providers}.</source>
        <translation>Для этой учётной записи нет поставщика снимков «{provider}». Поставщики: {providers}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="140"/>
        <source>Give at least one processing id (several: separated by commas).</source>
        <translation>Укажите хотя бы один id обработки (несколько — через запятую).</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="144"/>
        <source>{ids} is not a processing id: ids are letters, digits and dashes.</source>
        <translation>{ids} — не id обработки: id состоят из букв, цифр и дефисов.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="207"/>
        <source>The processing “{name}” ({id}) is still {status} ({percent} %) after {minutes} min. Run again later with the same id to pick it up.</source>
        <translation>Обработка «{name}» ({id}) через {minutes} мин всё ещё в состоянии «{status}» ({percent} %). Запустите позже снова с тем же id, чтобы забрать результат.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="212"/>
        <source>The server did not say how the processing {id} is doing within {minutes} min.</source>
        <translation>За {minutes} мин сервер так и не сообщил состояние обработки {id}.</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="222"/>
        <source>The processing “{name}” ({id}) failed: {reason}</source>
        <translation>Обработка «{name}» ({id}) завершилась ошибкой: {reason}</translation>
    </message>
    <message>
        <location filename="../core/toolbox.py" line="224"/>
        <source>The processing “{name}” ({id}) ended as {status}.</source>
        <translation>Обработка «{name}» ({id}) завершилась со статусом «{status}».</translation>
    </message>
</context>
<context>
    <name>MapflowUnits</name>
    <message>
        <location filename="../core/formatting.py" line="16"/>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <location filename="../core/formatting.py" line="111"/>
        <source>%Y-%m-%d</source>
        <translation>%d.%m.%Y</translation>
    </message>
    <message>
        <location filename="../core/formatting.py" line="112"/>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <location filename="../core/formatting.py" line="113"/>
        <source>%m-%d %H:%M</source>
        <translation>%d.%m %H:%M</translation>
    </message>
</context>
<context>
    <name>MapflowVersion</name>
    <message>
        <location filename="../core/version_notice.py" line="34"/>
        <source>The Mapflow server runs a newer major version of its API ({server}) than this plugin knows ({known}): some actions may fail or show incomplete data. Update Mapflow Processing in Plugins › Manage and Install Plugins; you can keep working meanwhile.</source>
        <translation>На сервере Mapflow новая основная версия API ({server}), а модулю известна {known}: некоторые действия могут не работать или показывать неполные данные. Обновите Mapflow Processing в меню Модули › Управление модулями; пока можно продолжать работу.</translation>
    </message>
    <message>
        <location filename="../core/version_notice.py" line="40"/>
        <source>The Mapflow server has a newer version of its API ({server}; this plugin knows {known}). Everything keeps working; a plugin update may bring its new features.</source>
        <translation>На сервере Mapflow более новая версия API ({server}; модулю известна {known}). Всё продолжает работать; обновление модуля может принести новые возможности.</translation>
    </message>
</context>
<context>
    <name>ModelWidget</name>
    <message>
        <location filename="../ui/forms/model.ui" line="5"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/model_widget.py" line="30"/>
        <source>{name} — {price:g} credits/km²</source>
        <translation>{name} — {price:g} кред./км²</translation>
    </message>
    <message>
        <location filename="../ui/model_widget.py" line="71"/>
        <source>{label} (+{price:g} credits/km²)</source>
        <translation>{label} (+{price:g} кред./км²)</translation>
    </message>
</context>
<context>
    <name>MosaicDialog</name>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="30"/>
        <source>None: an empty mosaic</source>
        <translation>Нет: пустая мозаика</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_imagery.py" line="59"/>
        <source>Choose GeoTIFF files</source>
        <translation>Выбор файлов GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="5"/>
        <source>Mosaic</source>
        <translation>Мозаика</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="9"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="15"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="19"/>
        <source>Comma-separated, e.g. city, 2024</source>
        <translation>Через запятую, например: город, 2024</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="23"/>
        <source>Images</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <location filename="../ui/forms/mosaic_dialog.ui" line="34"/>
        <source>Choose GeoTIFFs…</source>
        <translation>Выбрать GeoTIFF…</translation>
    </message>
</context>
<context>
    <name>MyImageryWidget</name>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="14"/>
        <source>Filter by name or tag</source>
        <translation>Фильтр по названию или тегу</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="20"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="21"/>
        <source>List your imagery and storage again</source>
        <translation>Заново получить список снимков и состояние хранилища</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="56"/>
        <source>Select a mosaic or an image to see its details.</source>
        <translation>Выберите мозаику или снимок, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="69"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="78"/>
        <source>New mosaic…</source>
        <translation>Новая мозаика…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="79"/>
        <source>Make a mosaic, empty or with GeoTIFF files</source>
        <translation>Создать мозаику, пустую или с файлами GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="84"/>
        <source>Upload images…</source>
        <translation>Загрузить снимки…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="85"/>
        <source>Upload GeoTIFF files into the selected mosaic</source>
        <translation>Загрузить файлы GeoTIFF в выбранную мозаику</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="90"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="91"/>
        <source>Rename the selected mosaic or image; change a mosaic&apos;s tags</source>
        <translation>Переименовать выбранную мозаику или снимок; изменить теги мозаики</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="96"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="97"/>
        <source>Delete the selected mosaics and images</source>
        <translation>Удалить выбранные мозаики и снимки</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="102"/>
        <source>Preview</source>
        <translation>Превью</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="103"/>
        <source>Show a preview of the selected image on the map</source>
        <translation>Показать превью выбранного снимка на карте</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="108"/>
        <source>Size of the preview picture</source>
        <translation>Размер изображения превью</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="109"/>
        <source>Small (256 px)</source>
        <translation>Малое (256 пикс.)</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="110"/>
        <source>Large (1024 px)</source>
        <translation>Крупное (1024 пикс.)</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="115"/>
        <source>Download…</source>
        <translation>Скачать…</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="116"/>
        <source>Save the original file of the selected image</source>
        <translation>Сохранить исходный файл выбранного снимка</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="121"/>
        <source>Use as AOI</source>
        <translation>Сделать областью интереса</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="122"/>
        <source>The extent of the selection becomes the area of interest</source>
        <translation>Экстент выбранного становится областью интереса</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="127"/>
        <source>Use for processing</source>
        <translation>Использовать для обработки</translation>
    </message>
    <message>
        <location filename="../ui/forms/my_imagery.ui" line="128"/>
        <source>The selected mosaic or image becomes the imagery of the processing</source>
        <translation>Выбранная мозаика или снимок становится снимками для обработки</translation>
    </message>
</context>
<context>
    <name>PlanSearchDialog</name>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="5"/>
        <source>Plan a search</source>
        <translation>Запланировать поиск</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="9"/>
        <source>A planned search looks for scenes over its areas in the archive, then keeps looking for new ones until its end date and tells you when it finds some.</source>
        <translation>Запланированный поиск ищет сцены над своими областями в архиве, затем продолжает искать новые до даты окончания и сообщает вам, когда находит.</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="15"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="18"/>
        <source>At most 64 characters</source>
        <translation>Не более 64 символов</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="22"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="24"/>
        <source>Area name</source>
        <translation>Название области</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="25"/>
        <source>Optional; at most 64 characters</source>
        <translation>Необязательно; не более 64 символов</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="26"/>
        <source>One area per part</source>
        <translation>Отдельная область для каждой части</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="26"/>
        <source>Each part becomes an area of its own, with its own scenes and processings</source>
        <translation>Каждая часть становится отдельной областью со своими сценами и обработками</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="27"/>
        <source>Active until</source>
        <translation>Активен до</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="28"/>
        <source>It looks for new scenes until the end of this day; at most six months ahead</source>
        <translation>Ищет новые сцены до конца этого дня; не дальше чем на шесть месяцев вперёд</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="33"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="45"/>
        <source>Keep the Start tab&apos;s processing choices</source>
        <translation>Сохранить выбор обработки с вкладки «Запуск»</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="46"/>
        <source>The planned search remembers the model, its options and the zoom; its processings start with them</source>
        <translation>Запланированный поиск запоминает модель, её опции и зум; его обработки запускаются с ними</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="73"/>
        <source>One area per part ({count} parts)</source>
        <translation>Отдельная область для каждой части (частей: {count})</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="81"/>
        <source>Keep the Start tab&apos;s processing choices (no model chosen)</source>
        <translation>Сохранить выбор обработки с вкладки «Запуск» (модель не выбрана)</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="83"/>
        <source>Keep the Start tab&apos;s processing choices: {choices}</source>
        <translation>Сохранить выбор обработки с вкладки «Запуск»: {choices}</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="111"/>
        <source>{area} in {parts} part(s)</source>
        <translation>{area}, частей: {parts}</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="115"/>
        <source>It looks for scenes acquired from {day} on; the end of the date range is left out so that new scenes are found.</source>
        <translation>Ищет сцены, снятые начиная с {day}; конец диапазона дат не учитывается, чтобы находились новые сцены.</translation>
    </message>
    <message>
        <location filename="../ui/template_dialogs.py" line="118"/>
        <source>It looks for scenes of any date, new ones included.</source>
        <translation>Ищет сцены любой даты, включая новые.</translation>
    </message>
    <message>
        <location filename="../ui/forms/plan_search.ui" line="28"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>PolygonDrawTool</name>
    <message>
        <location filename="../layers/draw_tool.py" line="135"/>
        <source>A polygon needs at least 3 points; click to add points, then right-click or double-click to finish.</source>
        <translation>Для полигона нужно не менее 3 точек: щёлкайте, чтобы добавить точки, затем завершите правым или двойным щелчком.</translation>
    </message>
</context>
<context>
    <name>ProcessingExtrasWidget</name>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="12"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="22"/>
        <source>Accept…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="23"/>
        <source>Accept the selected results as they are</source>
        <translation>Принять выбранные результаты как есть</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="28"/>
        <source>Mark corrections</source>
        <translation>Отметить исправления</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="29"/>
        <source>Open a layer where you draw the wrong or missing objects, each with a remark</source>
        <translation>Открыть слой, на котором вы рисуете неверные или пропущенные объекты, каждый с замечанием</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="34"/>
        <source>Send back for review…</source>
        <translation>Вернуть на доработку…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="35"/>
        <source>Send the result back to Mapflow with a comment and the marked objects</source>
        <translation>Вернуть результат в Mapflow с комментарием и отмеченными объектами</translation>
    </message>
    <message>
        <location filename="../ui/forms/processing_extras.ui" line="45"/>
        <source>Duplicate</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../ui/processing_extras_widget.py" line="50"/>
        <source>Fill the Start tab with this processing&apos;s model, options, imagery and area, to start a copy</source>
        <translation>Заполнить вкладку «Запуск» моделью, опциями, снимками и областью этой обработки, чтобы запустить копию</translation>
    </message>
    <message>
        <location filename="../ui/processing_extras_widget.py" line="32"/>
        <source>Select one processing to duplicate.</source>
        <translation>Выберите одну обработку, чтобы создать копию.</translation>
    </message>
</context>
<context>
    <name>ProcessingsWidget</name>
    <message>
        <location filename="../ui/forms/processings.ui" line="14"/>
        <source>Filter by name</source>
        <translation>Фильтр по названию</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="20"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="21"/>
        <source>Refresh the list now</source>
        <translation>Обновить список сейчас</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="42"/>
        <source>Select a processing to see its details.</source>
        <translation>Выберите обработку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="50"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="51"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="56"/>
        <source>Page 1 of 1</source>
        <translation>Страница 1 из 1</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="63"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="64"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="87"/>
        <source>Load results</source>
        <translation>Загрузить результаты</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="92"/>
        <source>Load AOIs</source>
        <translation>Загрузить области интереса</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="97"/>
        <source>Rate…</source>
        <translation>Оценить…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="102"/>
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="107"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="112"/>
        <source>Move…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="117"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="122"/>
        <source>Load results as</source>
        <translation>Загружать как</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="127"/>
        <source>What &quot;Load results&quot; adds to the map</source>
        <translation>Что кнопка «Загрузить результаты» добавляет на карту</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="128"/>
        <source>GeoPackage and tile layers</source>
        <translation>GeoPackage и тайловые слои</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="129"/>
        <source>GeoPackage only</source>
        <translation>Только GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="130"/>
        <source>Tile layers only</source>
        <translation>Только тайловые слои</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="113"/>
        <source>Select a processing first.</source>
        <translation>Сначала выберите обработку.</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="237"/>
        <source>Page {page} of {pages} ({total} processings)</source>
        <translation>Страница {page} из {pages} (всего обработок: {total})</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="69"/>
        <source>Per page</source>
        <translation>На стр.</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="71"/>
        <source>Save results in</source>
        <translation>Сохранять в</translation>
    </message>
    <message>
        <location filename="../ui/forms/processings.ui" line="140"/>
        <source>The folder &quot;Load results&quot; saves GeoPackages in, kept with the QGIS project; empty: next to the project</source>
        <translation>Папка, в которую «Загрузить результаты» сохраняет GeoPackage; хранится в проекте QGIS; пусто — рядом с проектом</translation>
    </message>
    <message>
        <location filename="../ui/processings_widget.py" line="274"/>
        <source>Results are saved in {folder}</source>
        <translation>Результаты сохраняются в {folder}</translation>
    </message>
</context>
<context>
    <name>ProjectWidget</name>
    <message>
        <location filename="../ui/forms/project.ui" line="5"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="12"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="12"/>
        <source>Create a project</source>
        <translation>Создать проект</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="13"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="14"/>
        <source>Share</source>
        <translation>Поделиться</translation>
    </message>
    <message>
        <location filename="../ui/forms/project.ui" line="15"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/project_widget.py" line="45"/>
        <source> (default)</source>
        <translation> (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../ui/project_widget.py" line="74"/>
        <source>Sign in and choose a project first</source>
        <translation>Сначала войдите и выберите проект</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../ui/dialogs.py" line="33"/>
        <source>How good is the result of &apos;{name}&apos;?</source>
        <translation>Насколько хорош результат «{name}»?</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="5"/>
        <source>Rate the processing</source>
        <translation>Оценка обработки</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="9"/>
        <source>How good is the result?</source>
        <translation>Насколько хорош результат?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Useless</source>
        <translation>Бесполезно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Poor</source>
        <translation>Плохо</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Acceptable</source>
        <translation>Приемлемо</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="34"/>
        <source>Excellent</source>
        <translation>Отлично</translation>
    </message>
    <message>
        <location filename="../ui/forms/rate_dialog.ui" line="27"/>
        <source>What was good or wrong? (optional)</source>
        <translation>Что получилось хорошо, а что нет? (необязательно)</translation>
    </message>
</context>
<context>
    <name>SceneTableModel</name>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Cloud, %</source>
        <translation>Облачность, %</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Off-nadir, °</source>
        <translation>Отклонение от надира, °</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Resolution, m</source>
        <translation>Разрешение, м</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Sensor</source>
        <translation>Сенсор</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="81"/>
        <source>AOI cover, %</source>
        <translation>Покрытие AOI, %</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="192"/>
        <source>Mosaic</source>
        <translation>Мозаика</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="194"/>
        <source>Image</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="200"/>
        <source>Off-nadir angle {angle}° (signed as the provider gives it)</source>
        <translation>Угол отклонения от надира {angle}° (со знаком, как у поставщика)</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="203"/>
        <source>Sun elevation {angle}°</source>
        <translation>Высота Солнца {angle}°</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="205"/>
        <source>Zoom {zoom}</source>
        <translation>Масштаб {zoom}</translation>
    </message>
    <message>
        <location filename="../ui/scene_table_model.py" line="207"/>
        <source>Does not match the current filters.</source>
        <translation>Не подходит под текущие фильтры.</translation>
    </message>
</context>
<context>
    <name>SearchFiltersWidget</name>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="11"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="11"/>
        <source>Only scenes acquired on these days (your time zone), both days included</source>
        <translation>Только сцены, снятые в эти дни (в вашем часовом поясе), включая оба дня</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="15"/>
        <source>Cloud ≤</source>
        <translation>Облачность ≤</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="15"/>
        <source>Only scenes with at most this cloud cover</source>
        <translation>Только сцены с облачностью не больше этой</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="17"/>
        <source>AOI cover ≥</source>
        <translation>Покрытие AOI ≥</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="17"/>
        <source>Only scenes that cover at least this share of the area of interest</source>
        <translation>Только сцены, покрывающие не меньше этой доли области интереса</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="19"/>
        <source>Off-nadir</source>
        <translation>Отклонение от надира</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="19"/>
        <source>Only scenes taken within this off-nadir angle range (either side)</source>
        <translation>Только сцены, снятые в этом диапазоне углов отклонения от надира (в любую сторону)</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="23"/>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="23"/>
        <source>Only scenes whose pixel size lies in this range (metres)</source>
        <translation>Только сцены с размером пикселя в этом диапазоне (в метрах)</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="26"/>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="27"/>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="30"/>
        <source>Images</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="30"/>
        <source>Single satellite scenes</source>
        <translation>Отдельные спутниковые сцены</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="31"/>
        <source>Mosaics</source>
        <translation>Мозаики</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="31"/>
        <source>Seamless mosaics made of many scenes</source>
        <translation>Бесшовные мозаики из многих сцен</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="213"/>
        <source>All providers</source>
        <translation>Все поставщики</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="41"/>
        <source>The providers to search</source>
        <translation>Поставщики, по которым искать</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="168"/>
        <source>Choose images, mosaics or both.</source>
        <translation>Выберите снимки, мозаики или и то и другое.</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="170"/>
        <source>Choose at least one provider.</source>
        <translation>Выберите хотя бы одного поставщика.</translation>
    </message>
    <message>
        <location filename="../ui/search_filters_widget.py" line="215"/>
        <source>{checked} of {total} providers</source>
        <translation>Поставщиков: {checked} из {total}</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="40"/>
        <source>Providers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <location filename="../ui/forms/search_filters.ui" line="14"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>SearchRules</name>
    <message>
        <location filename="../core/search_rules.py" line="42"/>
        <source>Choose one or more scenes in the search results.</source>
        <translation>Выберите одну или несколько сцен в результатах поиска.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="105"/>
        <source>The area of interest lies outside the chosen scenes: nothing is left to process. Choose scenes that cover it, or another area.</source>
        <translation>Область интереса лежит вне выбранных сцен: обрабатывать нечего. Выберите сцены, которые её покрывают, или другую область.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="115"/>
        <source>The area of interest is cut to the chosen scenes: {lost} ({percent} %) of it lies outside them and is not processed; {kept} remain.</source>
        <translation>Область интереса обрезана по выбранным сценам: {lost} ({percent} %) лежит вне их и не обрабатывается; остаётся {kept}.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="177"/>
        <source>The search was cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="193"/>
        <source>The imagery search got no answer in time ({reason}). Search a smaller area or fewer providers, or try again later.</source>
        <translation>Поиск снимков не получил ответа вовремя ({reason}). Ищите по меньшей области или по меньшему числу поставщиков либо повторите позже.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="197"/>
        <source>The imagery search failed on the server: {reason}</source>
        <translation>Поиск снимков не удался на сервере: {reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="200"/>
        <source>The server refused the imagery search: {reason}</source>
        <translation>Сервер отклонил поиск снимков: {reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="204"/>
        <source>The imagery search could not reach the server: {reason}</source>
        <translation>Поиску снимков не удалось связаться с сервером: {reason}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="213"/>
        <source>No scenes over the area of interest match these filters ({filters}). Widen them, or search another area.</source>
        <translation>Над областью интереса нет сцен, подходящих под эти фильтры ({filters}). Расширьте их или ищите по другой области.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="216"/>
        <source>No scenes cover the area of interest.</source>
        <translation>Ни одна сцена не покрывает область интереса.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="221"/>
        <source>dates</source>
        <translation>даты</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="222"/>
        <source>resolution</source>
        <translation>разрешение</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="223"/>
        <source>cloud cover</source>
        <translation>облачность</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="224"/>
        <source>off-nadir angle</source>
        <translation>угол отклонения от надира</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="225"/>
        <source>AOI cover</source>
        <translation>покрытие AOI</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="226"/>
        <source>providers</source>
        <translation>поставщики</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="227"/>
        <source>product types</source>
        <translation>типы продуктов</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="300"/>
        <source>Search again: the area of interest changed since the last search.</source>
        <translation>Повторите поиск: область интереса изменилась после последнего поиска.</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="305"/>
        <source>Search again: the filters are wider than the last search ({filters}).</source>
        <translation>Повторите поиск: фильтры шире, чем при последнем поиске ({filters}).</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="345"/>
        <source>0 of {total}</source>
        <translation>0 из {total}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="346"/>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} из {total}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="360"/>
        <source>scene {id} of {provider}</source>
        <translation>сцена {id} поставщика {provider}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="363"/>
        <source>{count} scenes of {provider}</source>
        <translation>сцен поставщика {provider}: {count}</translation>
    </message>
    <message>
        <location filename="../core/search_rules.py" line="368"/>
        <source>, zoom {zoom}</source>
        <translation>, масштаб {zoom}</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../ui/forms/search.ui" line="12"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="26"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="26"/>
        <source>Search the imagery catalog over the area of interest with these filters</source>
        <translation>Искать в каталоге снимков над областью интереса с этими фильтрами</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="27"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="53"/>
        <source>Plan a search…</source>
        <translation>Запланировать поиск…</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="53"/>
        <source>A planned search covers a large area and keeps looking for new scenes</source>
        <translation>Запланированный поиск охватывает большую область и продолжает искать новые сцены</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="69"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="71"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="78"/>
        <source>Per page</source>
        <translation>На стр.</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="84"/>
        <source>Zoom to</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="84"/>
        <source>Zoom the map to the selected scenes</source>
        <translation>Приблизить карту к выбранным сценам</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="85"/>
        <source>Preview</source>
        <translation>Превью</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="85"/>
        <source>Show the selected scenes&apos; quick-looks on the map</source>
        <translation>Показать превью выбранных сцен на карте</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="86"/>
        <source>Use for processing</source>
        <translation>Использовать для обработки</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="86"/>
        <source>Process the selected scenes: they become the imagery of the Start tab</source>
        <translation>Обработать выбранные сцены: они станут снимками на вкладке «Запуск»</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="28"/>
        <source>Plan search…</source>
        <translation>Запланировать…</translation>
    </message>
    <message>
        <location filename="../ui/forms/search.ui" line="28"/>
        <source>Save this search as a planned search: it keeps looking for new scenes over the area of interest and tells you when it finds some</source>
        <translation>Сохранить этот поиск как запланированный: он продолжает искать новые сцены над областью интереса и сообщает, когда находит</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../integration/auth.py" line="98"/>
        <source>The API token is empty; paste the token from the Mapflow web app (Account › API).</source>
        <translation>API-токен пуст; вставьте токен из веб-приложения Mapflow (Аккаунт › API).</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="104"/>
        <source>This is not a Mapflow API token: it should be the base64 text copied from the Mapflow web app (Account › API).</source>
        <translation>Это не API-токен Mapflow: токен — это текст в base64, скопированный из веб-приложения Mapflow (Аккаунт › API).</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="109"/>
        <source>This is not a Mapflow API token: once decoded it should read “e-mail:key”. Copy it again from the Mapflow web app (Account › API).</source>
        <translation>Это не API-токен Mapflow: после декодирования он должен иметь вид «e-mail:ключ». Скопируйте его заново из веб-приложения Mapflow (Аккаунт › API).</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="166"/>
        <source>The QGIS authentication system is not available, so the token cannot be stored safely.</source>
        <translation>Система аутентификации QGIS недоступна, поэтому токен нельзя надёжно сохранить.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="175"/>
        <source>The QGIS authentication database is locked: its master password is needed to store or read the Mapflow token.</source>
        <translation>База данных аутентификации QGIS заблокирована: чтобы сохранить или прочитать токен Mapflow, нужен её мастер-пароль.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="308"/>
        <source>QGIS could not store the secret in its authentication database.</source>
        <translation>QGIS не удалось сохранить секрет в базе данных аутентификации.</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="212"/>
        <source>“{id}” is not an authentication configuration id: it is 7 letters and digits, as shown in Settings › Authentication.</source>
        <translation>«{id}» — не id конфигурации аутентификации: это 7 букв и цифр, как в «Настройки › Аутентификация».</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="217"/>
        <source>There is no authentication configuration “{id}” in this QGIS profile.</source>
        <translation>В этом профиле QGIS нет конфигурации аутентификации «{id}».</translation>
    </message>
    <message>
        <location filename="../integration/auth.py" line="226"/>
        <source>The authentication configuration “{id}” is not a Basic login with a user name and a password.</source>
        <translation>Конфигурация аутентификации «{id}» — не вход типа Basic с именем пользователя и паролем.</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../ui/dialogs_review.py" line="31"/>
        <source>Send “{name}” back to Mapflow for review: say what is wrong. Support reworks the result and it comes back to you for review.</source>
        <translation>Вернуть «{name}» в Mapflow на доработку: опишите, что не так. Поддержка переделает результат, и он снова придёт к вам на проверку.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="35"/>
        <source>Send the {count} object(s) marked in “{layer}”</source>
        <translation>Отправить объекты, отмеченные на слое «{layer}» ({count})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="41"/>
        <source>No objects are marked. To show what is wrong or missing, cancel, press “Mark corrections” and draw them on the map.</source>
        <translation>Объекты не отмечены. Чтобы показать, что неверно или пропущено, нажмите «Отмена», затем «Отметить исправления» и нарисуйте их на карте.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs_review.py" line="61"/>
        <source>At most {limit} characters ({length} now).</source>
        <translation>Не более {limit} символов (сейчас {length}).</translation>
    </message>
    <message>
        <location filename="../ui/forms/send_back_dialog.ui" line="5"/>
        <source>Send back for review</source>
        <translation>Возврат на доработку</translation>
    </message>
    <message>
        <location filename="../ui/forms/send_back_dialog.ui" line="16"/>
        <source>What is wrong with the result (required)</source>
        <translation>Что не так с результатом (обязательно)</translation>
    </message>
</context>
<context>
    <name>SourceWidget</name>
    <message>
        <location filename="../ui/forms/source.ui" line="5"/>
        <source>Imagery</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="9"/>
        <source>Data provider</source>
        <translation>Поставщик данных</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="10"/>
        <source>My URL (XYZ, TMS, Quadkey, WMS)</source>
        <translation>Мой URL (XYZ, TMS, Quadkey, WMS)</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="11"/>
        <source>My imagery (GeoTIFF)</source>
        <translation>Мои снимки (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="19"/>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="35"/>
        <source>Zoom</source>
        <translation>Зум</translation>
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
        <location filename="../ui/forms/source.ui" line="27"/>
        <source>https://example.com/tiles/{z}/{x}/{y}.png</source>
        <translation>https://example.com/tiles/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="37"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="38"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="39"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="40"/>
        <source>optional, kept in the QGIS authentication database</source>
        <translation>необязательно; хранится в базе данных аутентификации QGIS</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="46"/>
        <source>Mosaic</source>
        <translation>Мозаика</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="48"/>
        <source>Image</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="52"/>
        <source>Upload GeoTIFF…</source>
        <translation>Загрузить GeoTIFF…</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="54"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="71"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="71"/>
        <source>Add the chosen imagery to the map as a layer</source>
        <translation>Добавить выбранные снимки на карту в виде слоя</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="27"/>
        <source>— (server decides)</source>
        <translation>— (решает сервер)</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="63"/>
        <source>New mosaic…</source>
        <translation>Новая мозаика…</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="158"/>
        <source>{zoom} — {price:g} credits/km²</source>
        <translation>{zoom} — {price:g} кред./км²</translation>
    </message>
    <message>
        <location filename="../ui/source_widget.py" line="171"/>
        <source>All images of the mosaic</source>
        <translation>Все снимки мозаики</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="12"/>
        <source>Imagery search (scenes)</source>
        <translation>Поиск снимков (сцены)</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="61"/>
        <source>No scenes chosen yet.</source>
        <translation>Сцены ещё не выбраны.</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="63"/>
        <source>Search imagery…</source>
        <translation>Найти снимки…</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="63"/>
        <source>Find scenes over the area of interest in the Search tab</source>
        <translation>Найти сцены над областью интереса на вкладке «Поиск»</translation>
    </message>
    <message>
        <location filename="../ui/forms/source.ui" line="28"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <location filename="../ui/star_rating.py" line="42"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../ui/star_rating.py" line="69"/>
        <source>{rating} of {count}</source>
        <translation>{rating} из {count}</translation>
    </message>
    <message>
        <location filename="../ui/star_rating.py" line="70"/>
        <source>not rated</source>
        <translation>без оценки</translation>
    </message>
</context>
<context>
    <name>StartWidget</name>
    <message>
        <location filename="../ui/forms/start.ui" line="5"/>
        <source>Start</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="7"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="8"/>
        <source>Processing name</source>
        <translation>Название обработки</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="9"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
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
        <translation>Подтверждать запуск</translation>
    </message>
    <message>
        <location filename="../ui/forms/start.ui" line="13"/>
        <source>Start processing</source>
        <translation>Запустить обработку</translation>
    </message>
</context>
<context>
    <name>StatsWidget</name>
    <message>
        <location filename="../ui/forms/stats.ui" line="12"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="17"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="16"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="20"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="22"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="25"/>
        <source>Name, project, model or email</source>
        <translation>Название, проект, модель или эл. почта</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="33"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../ui/forms/stats.ui" line="34"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="99"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../ui/stats_widget.py" line="115"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>Начальная дата {start} позже конечной даты {end}.</translation>
    </message>
</context>
<context>
    <name>TemplateRules</name>
    <message>
        <location filename="../core/templates.py" line="46"/>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="47"/>
        <source>Watching</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="48"/>
        <source>Paused</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="49"/>
        <source>Not searching</source>
        <translation>Не ищет</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="50"/>
        <source>Ended</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="51"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="54"/>
        <source>Searching the archive over its areas.</source>
        <translation>Ищет в архиве над своими областями.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="55"/>
        <source>Keeps looking for new scenes until {until}.</source>
        <translation>Продолжает искать новые сцены до {until}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="56"/>
        <source>Paused: resumed, it also finds what was published meanwhile.</source>
        <translation>Приостановлен: после возобновления найдёт и то, что было опубликовано за это время.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="58"/>
        <source>Not searching: the limit of active planned searches was reached when it was created. Pause another one, then resume this one.</source>
        <translation>Не ищет: при его создании был достигнут лимит активных запланированных поисков. Приостановите другой, затем возобновите этот.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="61"/>
        <source>Ended on {until}; it keeps what it found. Move its end date later to resume it.</source>
        <translation>Завершён {until}; найденное сохраняется. Чтобы возобновить, перенесите дату окончания на более позднюю.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="63"/>
        <source>The search failed ({reason}); restart it.</source>
        <translation>Поиск завершился ошибкой ({reason}); перезапустите его.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="97"/>
        <source>the server gave no reason</source>
        <translation>сервер не указал причину</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="111"/>
        <source>Planned search</source>
        <translation>Запланированный поиск</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="112"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="113"/>
        <source>New scenes</source>
        <translation>Новые сцены</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="114"/>
        <source>Areas</source>
        <translation>Области</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="115"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="148"/>
        <source>{new} new of {found} scenes found; last looked {checked}.</source>
        <translation>Новых сцен: {new} из {found} найденных; последняя проверка: {checked}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="151"/>
        <source>{count} area(s), {area} in all.</source>
        <translation>Областей: {count}, всего {area}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="154"/>
        <source>Created by {email}.</source>
        <translation>Создал: {email}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="171"/>
        <source>Planned search “{name}” found {count} new scene(s).</source>
        <translation>Запланированный поиск «{name}» нашёл новые сцены: {count}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="194"/>
        <source>New scenes are waiting in planned searches: {names}.</source>
        <translation>В запланированных поисках ждут новые сцены: {names}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="233"/>
        <source>Your role in this project is {role}: you can change only the planned searches you created.</source>
        <translation>Ваша роль в этом проекте — {role}: вы можете изменять только созданные вами запланированные поиски.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="243"/>
        <source>Select a planned search first.</source>
        <translation>Сначала выберите запланированный поиск.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="256"/>
        <source>The planned search ended on {until}; move its end date later to resume it.</source>
        <translation>Запланированный поиск завершился {until}; чтобы возобновить его, перенесите дату окончания на более позднюю.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="261"/>
        <source>It is not paused.</source>
        <translation>Он не приостановлен.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="265"/>
        <source>It is not searching.</source>
        <translation>Он не ищет.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="269"/>
        <source>Only a failed planned search can be restarted.</source>
        <translation>Перезапустить можно только запланированный поиск с ошибкой.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>Give the planned search a name.</source>
        <translation>Дайте запланированному поиску название.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>The name of the planned search is {length} characters long; at most {limit} are allowed.</source>
        <translation>Длина названия запланированного поиска — {length} символов; допускается не более {limit}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="283"/>
        <source>The name of the planned search must not contain line breaks or tabs.</source>
        <translation>Название запланированного поиска не должно содержать переносов строк и табуляций.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>Give the area a name.</source>
        <translation>Дайте области название.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>The name of the area is {length} characters long; at most {limit} are allowed.</source>
        <translation>Длина названия области — {length} символов; допускается не более {limit}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="288"/>
        <source>The name of the area must not contain line breaks or tabs.</source>
        <translation>Название области не должно содержать переносов строк и табуляций.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="335"/>
        <source>The end date of the planned search must be within six months (until {date}).</source>
        <translation>Дата окончания запланированного поиска должна быть в пределах шести месяцев (до {date}).</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="348"/>
        <source>An area of interest is empty or not a valid polygon; draw or choose a polygon with an area.</source>
        <translation>Область интереса пуста или не является корректным полигоном; нарисуйте или выберите полигон ненулевой площади.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="352"/>
        <source>A planned search has at most {limit} areas ({count} given).</source>
        <translation>У запланированного поиска не более {limit} областей (задано: {count}).</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="358"/>
        <source>{reason} Its areas would cover {area}.</source>
        <translation>{reason} Его области охватили бы {area}.</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="419"/>
        <source>, zoom {zoom}</source>
        <translation>, зум {zoom}</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="470"/>
        <source>Other processings</source>
        <translation>Другие обработки</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="488"/>
        <source>planned search “{name}”, area “{aoi}”</source>
        <translation>запланированный поиск «{name}», область «{aoi}»</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="490"/>
        <source>planned search “{name}”, {count} areas</source>
        <translation>запланированный поиск «{name}», областей: {count}</translation>
    </message>
    <message>
        <location filename="../core/templates.py" line="496"/>
        <source>The planned search “{name}” no longer exists (it was deleted, perhaps by a colleague); its view is closed.</source>
        <translation>Запланированного поиска «{name}» больше нет (его удалили, возможно, коллеги); его просмотр закрыт.</translation>
    </message>
</context>
<context>
    <name>TemplateView</name>
    <message>
        <location filename="../ui/forms/template_view.ui" line="6"/>
        <source>◀ Planned searches</source>
        <translation>◀ К списку</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="6"/>
        <source>Back to the list of planned searches and processings</source>
        <translation>Назад к списку запланированных поисков и обработок</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Stop looking for new scenes until resumed</source>
        <translation>Не искать новые сцены до возобновления</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Look for new scenes again, including those published while paused</source>
        <translation>Снова искать новые сцены, включая опубликованные во время паузы</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Search again after a failure</source>
        <translation>Повторить поиск после ошибки</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>End date…</source>
        <translation>Дата окончания…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="9"/>
        <source>Change until when it looks for new scenes (at most six months ahead)</source>
        <translation>Изменить, до какого дня искать новые сцены (не дальше чем на шесть месяцев вперёд)</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="11"/>
        <source>Scenes</source>
        <translation>Сцены</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Show the scenes found over one area, or over all of them</source>
        <translation>Показать сцены, найденные над одной областью или над всеми</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Only new</source>
        <translation>Только новые</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="13"/>
        <source>Show only the scenes not marked as seen</source>
        <translation>Показывать только сцены, не отмеченные просмотренными</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="14"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="14"/>
        <source>Narrow the scenes found: the table greys what does not match at once, and asks the server again</source>
        <translation>Сузить найденные сцены: таблица сразу затеняет неподходящие и заново запрашивает сервер</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="17"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="17"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Zoom to</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Zoom the map to the selected scenes</source>
        <translation>Приблизить карту к выбранным сценам</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Preview</source>
        <translation>Превью</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Show the selected scenes&apos; quick-looks on the map</source>
        <translation>Показать превью выбранных сцен на карте</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Mark seen</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>The selected scenes are no longer new</source>
        <translation>Выбранные сцены больше не считаются новыми</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>All seen</source>
        <translation>Все просмотрены</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Every scene of this planned search is no longer new</source>
        <translation>Все сцены этого запланированного поиска больше не считаются новыми</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Process…</source>
        <translation>Обработать…</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="18"/>
        <source>Process the selected scenes over the planned search&apos;s area: the Start tab shows the cost and starts it</source>
        <translation>Обработать выбранные сцены над областью запланированного поиска: вкладка «Запуск» покажет стоимость и запустит</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="21"/>
        <source>Areas</source>
        <translation>Области</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Add an area: draw it on the map, or take the Start tab&apos;s area of interest</source>
        <translation>Добавить область: нарисовать её на карте или взять область интереса с вкладки «Запуск»</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Redraw</source>
        <translation>Перерисовать</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Draw the selected area again on the map</source>
        <translation>Заново нарисовать выбранную область на карте</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="24"/>
        <source>Zoom the map to the selected areas</source>
        <translation>Приблизить карту к выбранным областям</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>Processings</source>
        <translation>Обработки</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="29"/>
        <source>Area, km²</source>
        <translation>Площадь, км²</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Load results</source>
        <translation>Загрузить результаты</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Load the results of the selected finished processings</source>
        <translation>Загрузить результаты выбранных завершённых обработок</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/forms/template_view.ui" line="30"/>
        <source>Ask for the processings again</source>
        <translation>Заново запросить обработки</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="111"/>
        <source>New scenes</source>
        <translation>Новые сцены</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="119"/>
        <source>Draw on the map</source>
        <translation>Нарисовать на карте</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="121"/>
        <source>The Start tab&apos;s area of interest</source>
        <translation>Область интереса с вкладки «Запуск»</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="178"/>
        <source>All areas</source>
        <translation>Все области</translation>
    </message>
    <message>
        <location filename="../ui/template_view.py" line="262"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>TemplatesListWidget</name>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="5"/>
        <source>Planned searches</source>
        <translation>Запланированные поиски</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="6"/>
        <source>Saved searches that keep looking for new imagery over their areas</source>
        <translation>Сохранённые поиски, которые продолжают искать новые снимки над своими областями</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="28"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="28"/>
        <source>Show its areas, scenes and processings</source>
        <translation>Показать его области, сцены и обработки</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="29"/>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="29"/>
        <source>Stop looking for new scenes until resumed</source>
        <translation>Не искать новые сцены до возобновления</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="30"/>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="30"/>
        <source>Look for new scenes again, including those published while paused</source>
        <translation>Снова искать новые сцены, включая опубликованные во время паузы</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="31"/>
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="31"/>
        <source>Search again after a failure</source>
        <translation>Повторить поиск после ошибки</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="32"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../ui/forms/templates_list.ui" line="33"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../ui/templates_list_widget.py" line="52"/>
        <source>Select a planned search first.</source>
        <translation>Сначала выберите запланированный поиск.</translation>
    </message>
    <message>
        <location filename="../ui/templates_list_widget.py" line="64"/>
        <source>Planned searches ({count})</source>
        <translation>Запланированные поиски ({count})</translation>
    </message>
</context>
</TS>
