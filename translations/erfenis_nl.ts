<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="50"/>
        <source>About Erfenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="52"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="62"/>
        <source>Erfenis is free software under the GNU General Public License, version 3 or later. You may use, study, share and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="65"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseErrorWindow</name>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="53"/>
        <source>Your Erfenis file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="54"/>
        <source>Erfenis checked its data file and found damage, so it will not use it. This can happen after a crash, a full disk or a faulty drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="57"/>
        <source>This is not an Erfenis file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="58"/>
        <source>The data file does not contain an Erfenis database. It may have been replaced by another file or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="61"/>
        <source>This file belongs to another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="62"/>
        <source>The data file is a database, but not one made by Erfenis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="64"/>
        <source>This file comes from a newer Erfenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="65"/>
        <source>The data file was saved by a newer version of Erfenis than this one (%1). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="68"/>
        <source>The file is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="69"/>
        <source>Another program is using the data file right now. Close it, or close the other Erfenis window, and start Erfenis again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="71"/>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="72"/>
        <source>Erfenis has no permission to read or write the data file, or the path is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="77"/>
        <source>Erfenis — problem with the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="80"/>
        <source>Erfenis has not changed or deleted anything in this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="83"/>
        <source>You can open one of the backups Erfenis made earlier, or start afresh in a new, empty data folder. Either way the file above stays exactly as it is, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="85"/>
        <source>Open a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="86"/>
        <source>Open a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="87"/>
        <source>Start in a &amp;new data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="88"/>
        <source>Start in a new data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="89"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="90"/>
        <source>Quit Erfenis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erfenis</name>
    <message>
        <location filename="../erfenis_desktop/app.py" line="62"/>
        <location filename="../erfenis_desktop/app.py" line="69"/>
        <location filename="../erfenis_desktop/app.py" line="96"/>
        <source>Erfenis cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="63"/>
        <source>Erfenis cannot create its data folder %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="70"/>
        <source>Some texts of Erfenis are missing or incomplete, so it cannot start. If you edited the content files, check these points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="81"/>
        <source>Erfenis is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="82"/>
        <source>Erfenis is already open with this data folder:
%1

Switch to that window; only one Erfenis at a time can use a data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="97"/>
        <source>The disk is full, so Erfenis cannot prepare its data file. Make some room and start Erfenis again; nothing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="122"/>
        <source>Open a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="123"/>
        <source>Erfenis backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="129"/>
        <source>This backup cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="130"/>
        <source>This file cannot be opened either. Choose another backup, or start in a new data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/home_page.py" line="45"/>
        <location filename="../erfenis_desktop/ui/home_page.py" line="46"/>
        <source>About Erfenis and where to find help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="112"/>
        <location filename="../erfenis_desktop/ui/main_window.py" line="113"/>
        <source>Erfenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="114"/>
        <location filename="../erfenis_desktop/ui/main_window.py" line="122"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="115"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="116"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="117"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="118"/>
        <source>Abou&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="119"/>
        <source>About Erfenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="120"/>
        <source>&amp;Erfenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="121"/>
        <source>He&amp;lp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="125"/>
        <source>&amp;About Erfenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="126"/>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="97"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="98"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="99"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="100"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="101"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="102"/>
        <source>Text size in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="103"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="104"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="105"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="105"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="105"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="107"/>
        <source>Where your data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="109"/>
        <source>Everything Erfenis stores is in this folder on this computer, and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="110"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="111"/>
        <source>&amp;Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="112"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
