<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="50" />
        <source>About Erfenis</source>
        <translation>Over Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="52" />
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="62" />
        <source>Erfenis is free software under the GNU General Public License, version 3 or later. You may use, study, share and change it.</source>
        <translation>Erfenis is vrije software onder de GNU General Public License, versie 3 of later. Je mag het gebruiken, bestuderen, delen en aanpassen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="65" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorWindow</name>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="53" />
        <source>Your Erfenis file is damaged</source>
        <translation>Je Erfenis-bestand is beschadigd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="54" />
        <source>Erfenis checked its data file and found damage, so it will not use it. This can happen after a crash, a full disk or a faulty drive.</source>
        <translation>Erfenis heeft het gegevensbestand gecontroleerd en daarin schade gevonden. Daarom gebruikt Erfenis het niet. Dit kan gebeuren na een crash, een volle schijf of een kapotte harde schijf.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="57" />
        <source>This is not an Erfenis file</source>
        <translation>Dit is geen Erfenis-bestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="58" />
        <source>The data file does not contain an Erfenis database. It may have been replaced by another file or cut short.</source>
        <translation>Het gegevensbestand bevat geen Erfenis-database. Misschien is het vervangen door een ander bestand, of is het maar half opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="61" />
        <source>This file belongs to another program</source>
        <translation>Dit bestand hoort bij een ander programma</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="62" />
        <source>The data file is a database, but not one made by Erfenis.</source>
        <translation>Het gegevensbestand is wel een database, maar niet een die Erfenis heeft gemaakt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="64" />
        <source>This file comes from a newer Erfenis</source>
        <translation>Dit bestand is gemaakt met een nieuwere versie van Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="65" />
        <source>The data file was saved by a newer version of Erfenis than this one (%1). Install the newer version to open it.</source>
        <translation>Het gegevensbestand is opgeslagen door een nieuwere versie van Erfenis dan deze (%1). Installeer de nieuwere versie om het te openen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="68" />
        <source>The file is in use</source>
        <translation>Het bestand is in gebruik</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="69" />
        <source>Another program is using the data file right now. Close it, or close the other Erfenis window, and start Erfenis again.</source>
        <translation>Een ander programma gebruikt het gegevensbestand op dit moment. Sluit dat programma of het andere Erfenis-venster en start Erfenis opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="71" />
        <source>The file cannot be opened</source>
        <translation>Het bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="72" />
        <source>Erfenis has no permission to read or write the data file, or the path is not a file.</source>
        <translation>Erfenis mag het gegevensbestand niet lezen of schrijven, of op deze plek staat geen bestand.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="77" />
        <source>Erfenis — problem with the data file</source>
        <translation>Erfenis — probleem met het gegevensbestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="80" />
        <source>Erfenis has not changed or deleted anything in this file:</source>
        <translation>Erfenis heeft niets in dit bestand veranderd of verwijderd:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="83" />
        <source>You can open one of the backups Erfenis made earlier, or start afresh in a new, empty data folder. Either way the file above stays exactly as it is, so nothing is lost.</source>
        <translation>Je kunt een reservekopie openen die Erfenis eerder heeft gemaakt, of opnieuw beginnen in een nieuwe, lege gegevensmap. In beide gevallen blijft het bestand hierboven precies zoals het is, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="85" />
        <source>Open a &amp;backup…</source>
        <translation>&amp;Reservekopie openen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="86" />
        <source>Open a backup</source>
        <translation>Reservekopie openen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="87" />
        <source>Start in a &amp;new data folder</source>
        <translation>Beginnen in een &amp;nieuwe gegevensmap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="88" />
        <source>Start in a new data folder</source>
        <translation>Beginnen in een nieuwe gegevensmap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="89" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/error_window.py" line="90" />
        <source>Quit Erfenis</source>
        <translation>Erfenis afsluiten</translation>
    </message>
</context>
<context>
    <name>Erfenis</name>
    <message>
        <location filename="../erfenis_desktop/app.py" line="61" />
        <location filename="../erfenis_desktop/app.py" line="68" />
        <location filename="../erfenis_desktop/app.py" line="86" />
        <location filename="../erfenis_desktop/app.py" line="101" />
        <source>Erfenis cannot start</source>
        <translation>Erfenis kan niet starten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="62" />
        <source>Erfenis cannot create its data folder %1 (%2).</source>
        <translation>Erfenis kan de gegevensmap %1 niet aanmaken (%2).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="69" />
        <source>Some texts of Erfenis are missing or incomplete, so it cannot start. If you edited the content files, check these points:</source>
        <translation>Sommige teksten van Erfenis ontbreken of zijn onvolledig. Daarom kan Erfenis niet starten. Heb je de inhoudsbestanden aangepast? Kijk dan naar deze punten:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="80" />
        <source>Erfenis is already open</source>
        <translation>Erfenis is al geopend</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="81" />
        <source>Erfenis is already open with this data folder:
%1

Switch to that window; only one Erfenis at a time can use a data folder.</source>
        <translation>Erfenis is al geopend met deze gegevensmap:
%1

Ga naar dat venster; een gegevensmap kan maar door één Erfenis tegelijk worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="87" />
        <source>Erfenis cannot write in its data folder:
%1

Check that the folder is yours and the disk is not read-only.</source>
        <translation>Erfenis kan niet schrijven in de gegevensmap:
%1

Controleer of de map van jou is en of de schijf niet alleen-lezen is.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="102" />
        <source>The disk is full, so Erfenis cannot prepare its data file. Make some room and start Erfenis again; nothing has been lost.</source>
        <translation>De schijf is vol, daarom kan Erfenis het gegevensbestand niet aanmaken. Maak wat ruimte vrij en start Erfenis opnieuw; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="129" />
        <source>Open a backup</source>
        <translation>Reservekopie openen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="130" />
        <source>Erfenis backups (*.db)</source>
        <translation>Erfenis-reservekopieën (*.db)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="136" />
        <source>This backup cannot be used</source>
        <translation>Deze reservekopie is niet bruikbaar</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="137" />
        <source>This file cannot be opened either. Choose another backup, or start in a new data folder.</source>
        <translation>Ook dit bestand kan niet worden geopend. Kies een andere reservekopie, of begin in een nieuwe gegevensmap.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/home_page.py" line="46" />
        <location filename="../erfenis_desktop/ui/home_page.py" line="47" />
        <source>About Erfenis and where to find help</source>
        <translation>Over Erfenis en waar je hulp vindt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="127" />
        <location filename="../erfenis_desktop/ui/main_window.py" line="128" />
        <source>Erfenis</source>
        <translation>Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="129" />
        <location filename="../erfenis_desktop/ui/main_window.py" line="137" />
        <source>&amp;Home</source>
        <translation>&amp;Startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="130" />
        <source>Home</source>
        <translation>Startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="131" />
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="132" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="133" />
        <source>Abou&amp;t</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="134" />
        <source>About Erfenis</source>
        <translation>Over Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="135" />
        <source>&amp;Erfenis</source>
        <translation>&amp;Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="136" />
        <source>He&amp;lp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="138" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="139" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="140" />
        <source>&amp;About Erfenis</source>
        <translation>&amp;Over Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="141" />
        <source>Menu bar</source>
        <translation>Menubalk</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="97" />
        <location filename="../erfenis_desktop/ui/settings_page.py" line="98" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="100" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="99" />
        <source>La&amp;nguage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="101" />
        <source>Te&amp;xt size</source>
        <translation>Tekst&amp;grootte</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="102" />
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="103" />
        <source>Text size in percent</source>
        <translation>Tekstgrootte in procenten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="104" />
        <source>&amp;Appearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="105" />
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="106" />
        <source>Follow the system</source>
        <translation>Systeeminstelling volgen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="106" />
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="106" />
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="108" />
        <source>Where your data is kept</source>
        <translation>Waar je gegevens staan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="110" />
        <source>Everything Erfenis stores is in this folder on this computer, and nowhere else.</source>
        <translation>Alles wat Erfenis bewaart, staat in deze map op deze computer, en nergens anders.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="111" />
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="112" />
        <source>&amp;Back to the start</source>
        <translation>Te&amp;rug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="113" />
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
</TS>