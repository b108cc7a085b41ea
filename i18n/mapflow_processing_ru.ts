<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../integration/messages.py" line="62"/>
        <source>{context} failed: {error}. Details are in the log panel (Mapflow Processing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="44"/>
        <source>Mapflow Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="38"/>
        <source>Show or hide the Mapflow Processing panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="39"/>
        <source>Mapflow Processing help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock_controller.py" line="13"/>
        <source>Not signed in.</source>
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
        <source>My imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/dock.ui" line="36"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
