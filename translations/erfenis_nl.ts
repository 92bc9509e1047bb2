<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../erfenis_desktop/ui/window/about_dialog.py" line="80"/>
        <location filename="../erfenis_desktop/ui/window/about_dialog.py" line="81"/>
        <source>About Erfenis</source>
        <translation>Over Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/about_dialog.py" line="83"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/about_dialog.py" line="96"/>
        <source>Erfenis is free software under the GNU General Public License, version 3 or later. You may use, study, share and change it.</source>
        <translation>Erfenis is vrije software onder de GNU General Public License, versie 3 of later. Je mag het gebruiken, bestuderen, delen en aanpassen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/about_dialog.py" line="99"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="280"/>
        <source>Statement %1 of %2 · about %3 minutes in all</source>
        <translation>Uitspraak %1 van %2 · in totaal ongeveer %3 minuten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="286"/>
        <source>Answer %1 of 7 to statement %2 of %3</source>
        <translation>Antwoord %1 van 7 op uitspraak %2 van %3</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="287"/>
        <source>%1, for statement %2 of %3</source>
        <translation>%1, bij uitspraak %2 van %3</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="295"/>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="296"/>
        <source>&amp;Go on</source>
        <translation>&amp;Verdergaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="297"/>
        <source>Begin the intimacy check</source>
        <translation>De intimiteitscheck beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="298"/>
        <source>Ba&amp;ck</source>
        <translation>Te&amp;rug</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="299"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="300"/>
        <source>Stop for no&amp;w</source>
        <translation>Voor &amp;nu stoppen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="301"/>
        <source>Stop for now: your answers are kept, and you can go on from here later</source>
        <translation>Voor nu stoppen: je antwoorden zijn opgeslagen, en je kunt hier later verdergaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="304"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="305"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="309"/>
        <source>Keys: 1 to 7 to answer, 0 for ‘%1’, arrows to go back or on. Every answer is saved at once; you can stop and go on later.</source>
        <translation>Toetsen: 1 tot en met 7 om te antwoorden, 0 voor ‘%1’, pijltjes om terug of verder te gaan. Elk antwoord wordt meteen opgeslagen; je kunt stoppen en later verdergaan.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="312"/>
        <source>&amp;Previous</source>
        <translation>Vo&amp;rige</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="313"/>
        <source>Previous statement</source>
        <translation>Vorige uitspraak</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="314"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="315"/>
        <source>Next statement</source>
        <translation>Volgende uitspraak</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="316"/>
        <source>&amp;Finish and see the results</source>
        <translation>&amp;Afronden en de uitkomst bekijken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/answer_page.py" line="317"/>
        <source>Finish and see the results</source>
        <translation>Afronden en de uitkomst bekijken</translation>
    </message>
</context>
<context>
    <name>AreaBars</name>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/chart.py" line="34"/>
        <source>earlier (%1): %2 / 100</source>
        <translation>eerder (%1): %2 / 100</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/chart.py" line="35"/>
        <source>earlier: %1 / 100</source>
        <translation>eerder: %1 / 100</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backup_list.py" line="23"/>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backup_list.py" line="24"/>
        <source>%1, %2 · %3
damaged, cannot be restored</source>
        <translation>%1, %2 · %3
beschadigd, kan niet worden teruggezet</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="63"/>
        <source>The disk is full.</source>
        <translation>De schijf is vol.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="65"/>
        <source>Erfenis cannot write in the backups folder (%1).</source>
        <translation>Erfenis kan niet schrijven in de map met reservekopieën (%1).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="67"/>
        <source>The copy did not pass its check afterwards, so it was not kept.</source>
        <translation>De kopie kwam achteraf niet door de controle en is daarom niet bewaard.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="68"/>
        <source>The disk reported an error.</source>
        <translation>De schijf meldde een fout.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="79"/>
        <source>The last backup, on %1, failed. %2 Erfenis goes on working and nothing is lost; it tries again later.</source>
        <translation>De laatste reservekopie, op %1, is mislukt. %2 Erfenis werkt gewoon door en er gaat niets verloren; het probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="83"/>
        <source>The newest backup is from %1.</source>
        <translation>De nieuwste reservekopie is van %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="85"/>
        <source>There is no backup yet. Erfenis makes one shortly.</source>
        <translation>Er is nog geen reservekopie. Erfenis maakt er zo een.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="94"/>
        <source>Restore this backup?</source>
        <translation>Deze reservekopie terugzetten?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="95"/>
        <source>Erfenis goes back to the backup of %1.

Everything saved after that moment is lost: what was written, changed or shared since then. Your current file is first kept as a backup, so you can go back to it.

Every open profile is locked, and Erfenis opens again on the backup.</source>
        <translation>Erfenis gaat terug naar de reservekopie van %1.

Alles wat daarna is opgeslagen, raak je kwijt: wat sindsdien is geschreven, veranderd of gedeeld. Je huidige bestand wordt eerst zelf als reservekopie bewaard, zodat je ernaar terug kunt.

Elk open profiel wordt vergrendeld en Erfenis opent opnieuw met de reservekopie.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="99"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="99"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="106"/>
        <source>This backup is damaged, so Erfenis does not use it. Nothing was changed.</source>
        <translation>Deze reservekopie is beschadigd, dus Erfenis gebruikt hem niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="108"/>
        <source>Erfenis could not keep your current file as a backup first, so it did not restore anything. Nothing was changed. %1</source>
        <translation>Erfenis kon je huidige bestand niet eerst als reservekopie bewaren en heeft daarom niets teruggezet. Er is niets veranderd. %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="110"/>
        <source>The backup was not restored</source>
        <translation>De reservekopie is niet teruggezet</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="118"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="120"/>
        <source>Once a day Erfenis makes a backup of its data file, and it keeps the last seven in the folder “backups” inside the data folder. A backup is protected like the file itself: what you wrote is encrypted in it, and without a password it shows no more than the file does (names, colours, times). When you delete a text, a shared text or a profile, Erfenis removes every backup and makes a new one without it, so a backup never brings back what you deleted.</source>
        <translation>Eén keer per dag maakt Erfenis een reservekopie van zijn gegevensbestand, en de laatste zeven bewaart het in de map ‘backups’ in de gegevensmap. Een reservekopie is net zo beschermd als het bestand zelf: wat je schreef staat er versleuteld in, en zonder wachtwoord laat hij niet meer zien dan het bestand (namen, kleuren, tijden). Verwijder je een tekst, een gedeelde tekst of een profiel, dan gooit Erfenis alle reservekopieën weg en maakt een nieuwe zonder. Zo brengt een reservekopie nooit terug wat jij hebt verwijderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="126"/>
        <source>Backups, newest first</source>
        <translation>Reservekopieën, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="128"/>
        <source>&amp;Restore…</source>
        <translation>Terug&amp;zetten…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/backups_section.py" line="129"/>
        <source>Restore the chosen backup</source>
        <translation>De gekozen reservekopie terugzetten</translation>
    </message>
</context>
<context>
    <name>BusyWork</name>
    <message>
        <location filename="../erfenis_desktop/ui/common/busy.py" line="59"/>
        <source>Working… this takes a moment</source>
        <translation>Bezig… dit duurt even</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="218"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="222"/>
        <source>Nothing is filled in yet. Every question may stay empty, but fill in at least one.</source>
        <translation>Er is nog niets ingevuld. Elke vraag mag leeg blijven, maar vul er minstens één in.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="277"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="281"/>
        <source>Not filled in</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="290"/>
        <source>%1 Not filled in</source>
        <translation>%1 Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="295"/>
        <source>Sa&amp;ve</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="296"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="297"/>
        <source>Back to step &amp;2</source>
        <translation>Terug naar stap &amp;2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="298"/>
        <source>Back to step 2</source>
        <translation>Terug naar stap 2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="299"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_page.py" line="300"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/compare_page.py" line="94"/>
        <source>Parents together</source>
        <translation>Ouders samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/compare_page.py" line="99"/>
        <source>Results of %1</source>
        <translation>Uitkomsten van %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/compare_page.py" line="119"/>
        <source>&amp;Back to Together</source>
        <translation>&amp;Terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/compare_page.py" line="120"/>
        <source>Back to Together</source>
        <translation>Terug naar Samen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/compare_view.py" line="86"/>
        <source>Differences, largest first:</source>
        <translation>Verschillen, de grootste eerst:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/compare_view.py" line="87"/>
        <source>%1: %2 points apart</source>
        <translation>%1: %2 punten verschil</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/compare_view.py" line="106"/>
        <source>Afterwards, talk about this: %1</source>
        <translation>Praat daarna hierover: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/compare_view.py" line="108"/>
        <source>&amp;Answer together now</source>
        <translation>Nu samen &amp;antwoorden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/compare_view.py" line="109"/>
        <source>Answer together now, each on your own first</source>
        <translation>Nu samen antwoorden, eerst ieder voor zich</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/compare_view.py" line="114"/>
        <source>%1 unlocks their own profile next to yours first, under Together.</source>
        <translation>%1 ontgrendelt eerst het eigen profiel naast het jouwe, bij Samen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/compare_view.py" line="122"/>
        <source>&amp;Back to my results</source>
        <translation>&amp;Terug naar mijn uitkomst</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/compare_view.py" line="123"/>
        <source>Back to my results</source>
        <translation>Terug naar mijn uitkomst</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/compare_view.py" line="124"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/compare_view.py" line="125"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
</context>
<context>
    <name>ContentProblems</name>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="25"/>
        <source>The folder with the texts of Erfenis is missing: %2.</source>
        <extracomment>Values the sentences leave out on purpose (code, place in ``args``): Python&apos;s own English wording of a TOML syntax error; the line and column say where to look.</extracomment>
        <translation>De map met de teksten van Erfenis ontbreekt: %2.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="27"/>
        <source>The folder with the texts of the first language (%2) is missing.</source>
        <translation>De map met de teksten van de eerste taal (%2) ontbreekt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="29"/>
        <source>%1 is missing.</source>
        <translation>%1 ontbreekt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="31"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 is niet te lezen (%2).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="33"/>
        <source>%1 cannot be read: line %2, column %3 is not valid TOML.</source>
        <translation>%1 is niet te lezen: regel %2, kolom %3 is geen geldige TOML.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="35"/>
        <source>%1 cannot be read: it is not valid TOML (%2).</source>
        <translation>%1 is niet te lezen: het is geen geldige TOML (%2).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="37"/>
        <source>%1 cannot be read: it is not saved as UTF-8 text (line %2 holds a byte that is not UTF-8).</source>
        <translation>%1 is niet te lezen: het is niet als UTF-8-tekst bewaard (op regel %2 staat een byte die geen UTF-8 is).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="40"/>
        <source>%1 is missing, but it exists in %2/: every language needs the same files.</source>
        <translation>%1 ontbreekt, maar staat wel in %2/: elke taal heeft dezelfde bestanden nodig.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="42"/>
        <source>%1 has no twin in %2/: every language needs the same files.</source>
        <translation>%1 heeft geen tegenhanger in %2/: elke taal heeft dezelfde bestanden nodig.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="44"/>
        <source>%1: &apos;%2&apos; is missing.</source>
        <translation>%1: &apos;%2&apos; ontbreekt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="46"/>
        <source>%1: &apos;%2&apos; is empty.</source>
        <translation>%1: &apos;%2&apos; is leeg.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="48"/>
        <source>%1: &apos;%2&apos; is an empty table.</source>
        <translation>%1: &apos;%2&apos; is een lege tabel.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="50"/>
        <source>%1: &apos;%2&apos; is an empty list.</source>
        <translation>%1: &apos;%2&apos; is een lege lijst.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="52"/>
        <source>%1: &apos;%2&apos; must hold only words, none of them empty.</source>
        <translation>%1: in &apos;%2&apos; horen alleen woorden, en geen ervan mag leeg zijn.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="54"/>
        <source>%1: &apos;%2&apos; must be text, a table or a list, not %3.</source>
        <translation>%1: &apos;%2&apos; moet tekst, een tabel of een lijst zijn, niet %3.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="56"/>
        <source>%1: a value is missing or not of the kind Erfenis expects (&apos;%2&apos; is missing).</source>
        <translation>%1: een waarde ontbreekt of is niet van de soort die Erfenis verwacht (&apos;%2&apos; ontbreekt).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="58"/>
        <source>%1: a value is missing or not of the kind Erfenis expects (%2).</source>
        <translation>%1: een waarde ontbreekt of is niet van de soort die Erfenis verwacht (%2).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="60"/>
        <source>%1: &apos;%2&apos; is missing (compared with %3).</source>
        <translation>%1: &apos;%2&apos; ontbreekt (vergeleken met %3).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="62"/>
        <source>%1: &apos;%2&apos; is extra (compared with %3).</source>
        <translation>%1: &apos;%2&apos; staat er te veel in (vergeleken met %3).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="64"/>
        <source>%1: &apos;%2&apos; has %3 entries instead of %4 (compared with %5).</source>
        <translation>%1: &apos;%2&apos; heeft %3 onderdelen in plaats van %4 (vergeleken met %5).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="66"/>
        <source>%1: &apos;%2&apos; must be %3 as in the first language, not %4 (compared with %5).</source>
        <translation>%1: &apos;%2&apos; moet %3 zijn, net als in de eerste taal, niet %4 (vergeleken met %5).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="68"/>
        <source>%1: &apos;%2&apos; has a different kind of value (compared with %3).</source>
        <translation>%1: &apos;%2&apos; heeft een andere soort waarde (vergeleken met %3).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="70"/>
        <source>%1: there are no cards ([[cards]]).</source>
        <translation>%1: er staan geen kaarten in ([[cards]]).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="72"/>
        <source>%1: cards[%2] is not a table.</source>
        <translation>%1: cards[%2] is geen tabel.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="74"/>
        <source>%1: cards[%2] has no id.</source>
        <translation>%1: cards[%2] heeft geen id.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="76"/>
        <source>%1: card %2: the id is used twice.</source>
        <translation>%1: kaart %2: dit id komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="78"/>
        <source>%1: card %2 has no group (one of %3).</source>
        <translation>%1: kaart %2 heeft geen groep (een van %3).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="80"/>
        <source>%1: card %2: unknown group %3 (one of %4).</source>
        <translation>%1: kaart %2: onbekende groep %3 (kies een van %4).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="82"/>
        <source>%1: card %2: &apos;%3&apos; is empty or missing.</source>
        <translation>%1: kaart %2: &apos;%3&apos; is leeg of ontbreekt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="84"/>
        <source>%1: group &apos;%2&apos; has no cards.</source>
        <translation>%1: groep &apos;%2&apos; heeft geen kaarten.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="86"/>
        <source>%1: &apos;avoid&apos; must be a list of tables ([[avoid]]).</source>
        <translation>%1: &apos;avoid&apos; moet een lijst van tabellen zijn ([[avoid]]).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="88"/>
        <source>%1: avoid[%2] is not a table.</source>
        <translation>%1: avoid[%2] is geen tabel.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="90"/>
        <source>%1: avoid[%2]: &apos;%3&apos; is empty or missing.</source>
        <translation>%1: avoid[%2]: &apos;%3&apos; is leeg of ontbreekt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="92"/>
        <source>%1: &apos;suggest&apos; must be a table.</source>
        <translation>%1: &apos;suggest&apos; moet een tabel zijn.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="94"/>
        <source>%1: suggest: unknown tendency %2 (one of %3).</source>
        <translation>%1: suggest: onbekende neiging %2 (kies een van %3).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="96"/>
        <source>%1: suggest.%2: there is no card %3.</source>
        <translation>%1: suggest.%2: er is geen kaart %3.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="98"/>
        <source>%1: &apos;%2&apos; must be a list of ids.</source>
        <translation>%1: &apos;%2&apos; moet een lijst van id’s zijn.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="100"/>
        <source>%1: &apos;%2&apos; names %3, which is not in together.toml.</source>
        <translation>%1: &apos;%2&apos; noemt %3, maar dat staat niet in together.toml.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="102"/>
        <source>%1: %2 is claimed by %3 too.</source>
        <translation>%1: %2 wordt ook door %3 opgeëist.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="104"/>
        <source>%1: the theme has no questions.</source>
        <translation>%1: dit thema heeft geen vragen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="106"/>
        <source>%1: a question has no id.</source>
        <translation>%1: een vraag heeft geen id.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="108"/>
        <source>%1: id %2 is used in %3 too.</source>
        <translation>%1: id %2 komt ook voor in %3.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="110"/>
        <source>%1: question %2 belongs to no theme (add it to a theme’s &apos;%3&apos;).</source>
        <translation>%1: vraag %2 hoort bij geen enkel thema (zet hem in de '%3' van een thema).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="112"/>
        <source>%1: item %2: scale %3 does not belong in &apos;%4&apos;.</source>
        <translation>%1: vraag %2: schaal %3 hoort niet in &apos;%4&apos;.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="114"/>
        <source>%1: item id %2 is used twice.</source>
        <translation>%1: het id %2 komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="116"/>
        <source>%1: scale %2 has no items.</source>
        <translation>%1: schaal %2 heeft geen vragen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="118"/>
        <source>%1: the suggestion %2 is not one of names.words.</source>
        <translation>%1: de suggestie %2 staat niet in names.words.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="120"/>
        <source>%1: the areas must be %2 in that order, not %3.</source>
        <translation>%1: de gebieden moeten %2 zijn, in die volgorde, niet %3.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="122"/>
        <source>%1: item %2: reverse must be true or false.</source>
        <translation>%1: vraag %2: reverse moet true of false zijn.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="124"/>
        <source>%1: area %2 needs three or four items, not %3.</source>
        <translation>%1: gebied %2 heeft drie of vier vragen nodig, niet %3.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="126"/>
        <source>%1: area %2: band %3 needs two or three next steps.</source>
        <translation>%1: gebied %2: niveau %3 heeft twee of drie volgende stappen nodig.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="128"/>
        <source>%1: area %2: unknown link kind %3.</source>
        <translation>%1: gebied %2: onbekende soort verwijzing %3.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="130"/>
        <source>%1: area %2, %3: there is no %4 %5.</source>
        <translation>%1: gebied %2, %3: er is geen %4 %5.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="132"/>
        <source>%1: area %2: there is no together prompt %3.</source>
        <translation>%1: gebied %2: er is geen samen-vraag %3.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="134"/>
        <source>%1: &apos;%2&apos; must name at least one and at most %3 cards of step 2.</source>
        <translation>%1: &apos;%2&apos; moet minstens één en maximaal %3 kaarten van stap 2 noemen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="136"/>
        <source>%1: &apos;%2&apos; names %3, which is not a card in practice.toml.</source>
        <translation>%1: &apos;%2&apos; noemt %3, maar dat is geen kaart in practice.toml.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="138"/>
        <source>%1: &apos;%2&apos; names %3 twice.</source>
        <translation>%1: &apos;%2&apos; noemt %3 twee keer.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="140"/>
        <source>%1: &apos;%2&apos; must be a whole number from %3 to %4.</source>
        <translation>%1: &apos;%2&apos; moet een heel getal van %3 tot en met %4 zijn.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="142"/>
        <source>%1: &apos;%2&apos; names %3, which is not an area in intimacy.toml.</source>
        <translation>%1: &apos;%2&apos; noemt %3, maar dat is geen gebied in intimacy.toml.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="149"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="150"/>
        <source>true or false</source>
        <translation>waar of onwaar (true of false)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/content_problems.py" line="151"/>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
</context>
<context>
    <name>CountBars</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="51"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 van de %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>CouplePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="169"/>
        <source>%n wrong password(s) were typed for the profile of %1 since %2.</source>
        <translation>
            <numerusform>Voor het profiel van %1 is sinds %2 %n keer een verkeerd wachtwoord getypt.</numerusform>
            <numerusform>Voor het profiel van %1 is sinds %2 %n keer een verkeerd wachtwoord getypt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="175"/>
        <source>The last recovery code of %1 was never confirmed as kept. When you are done together, %1 should unlock on their own: Erfenis then shows a new one.</source>
        <translation>Van de laatste herstelcode van %1 is nooit bevestigd dat die bewaard is. Als jullie samen klaar zijn, ontgrendelt %1 het profiel het best even alleen: dan toont Erfenis een nieuwe.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="183"/>
        <source>The profile of %1 is ready, and you are both here. Read each other’s words above out loud, then link. The recovery code of %1 was not shown, because someone else is here: the first time %1 unlocks on their own, Erfenis shows it, to %1 alone. Until then, only the password opens it.</source>
        <translation>Het profiel van %1 is klaar, en jullie zijn er allebei. Lees elkaars controlewoorden hierboven hardop voor en koppel dan. De herstelcode van %1 is nog niet getoond, omdat er iemand anders bij is: de eerste keer dat %1 alleen ontgrendelt, laat Erfenis hem zien, aan %1 alleen. Tot dan opent alleen het wachtwoord het profiel.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="197"/>
        <source>Link with %1…</source>
        <translation>Koppelen met %1…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="250"/>
        <source>You are linked. Choose a question to answer together.</source>
        <translation>Jullie zijn gekoppeld. Kies een vraag om samen te beantwoorden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="263"/>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="361"/>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="263"/>
        <source>Keep us linked</source>
        <translation>Gekoppeld blijven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="275"/>
        <source>You are no longer linked. The shared space has been removed.</source>
        <translation>Jullie zijn niet meer gekoppeld. De gedeelde plek is gewist.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="283"/>
        <source>The words of %1: %2</source>
        <translation>De woorden van %1: %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="297"/>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="302"/>
        <source>Linked with %1</source>
        <translation>Gekoppeld met %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="299"/>
        <source>To answer a question together, %1 unlocks their own profile too.</source>
        <translation>Om samen een vraag te beantwoorden, ontgrendelt %1 ook het eigen profiel.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="305"/>
        <source>Your partner’s profile no longer exists</source>
        <translation>Het profiel van je partner bestaat niet meer</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="306"/>
        <source>The profile you were linked with has been deleted. Unlink to clear the shared space; then you can link with someone again.</source>
        <translation>Het profiel waarmee je gekoppeld was, is verwijderd. Ontkoppel om de gedeelde plek te wissen; daarna kun je weer met iemand koppelen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="309"/>
        <source>The shared space cannot be opened</source>
        <translation>De gedeelde plek kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="310"/>
        <source>Part of the file that belongs to your link is damaged. Your own writing is not affected. Unlink, then link again to start a new shared space.</source>
        <translation>Een deel van het bestand dat bij jullie koppeling hoort, is beschadigd. Wat je zelf schreef, is niet aangetast. Ontkoppel en koppel opnieuw om een nieuwe gedeelde plek te beginnen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="319"/>
        <source>There is no other profile here yet. Your partner can make one now, next to yours: with their own name and a password only they know. You stay unlocked, and look away while your partner types.</source>
        <translation>Er is hier nog geen ander profiel. Je partner kan er nu een maken, naast het jouwe: met een eigen naam en een wachtwoord dat alleen je partner kent. Jij blijft ontgrendeld; kijk even weg terwijl je partner typt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="321"/>
        <source>My partner &amp;makes a profile…</source>
        <translation>Mijn partner &amp;maakt een profiel…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="322"/>
        <source>My partner makes a profile next to mine</source>
        <translation>Mijn partner maakt een profiel naast het mijne</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="323"/>
        <source>%1 &amp;joins: unlock their profile</source>
        <translation>%1 doet &amp;mee: profiel ontgrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="330"/>
        <source>%1: I have seen the words of %2</source>
        <translation>%1: ik heb de woorden van %2 gezien</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="334"/>
        <source>L&amp;ink</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="334"/>
        <source>&amp;Confirm the link</source>
        <translation>Koppeling &amp;opnieuw bevestigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="336"/>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="337"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="338"/>
        <source>Side b&amp;y side</source>
        <translation>&amp;Naast elkaar</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="339"/>
        <source>Side by side</source>
        <translation>Naast elkaar</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="340"/>
        <source>Taking t&amp;urns</source>
        <translation>Om &amp;de beurt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="341"/>
        <source>Taking turns</source>
        <translation>Om de beurt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="344"/>
        <source>St&amp;art</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="345"/>
        <source>Start the question</source>
        <translation>Met de vraag beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="347"/>
        <source>Or practise together</source>
        <translation>Of oefen samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="360"/>
        <source>U&amp;nlink…</source>
        <translation>Ontkoppe&amp;len…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="362"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="363"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="364"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="365"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>CreateProfilePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="128"/>
        <source>At least 8 characters. A few words in a row work well, for example a line from a song.</source>
        <translation>Minstens 8 tekens. Een paar woorden achter elkaar werkt goed, bijvoorbeeld een regel uit een liedje.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="129"/>
        <source>Fair. Longer is stronger: a short sentence is hard to guess.</source>
        <translation>Redelijk. Langer is sterker: een korte zin is moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="130"/>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="133"/>
        <source>A new profile</source>
        <translation>Een nieuw profiel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="135"/>
        <source>Your profile keeps what you write private: it is encrypted with your password, so nobody else who uses this computer can read it. Afterwards you get a recovery code, for when you forget your password.</source>
        <translation>In je profiel blijft wat je schrijft van jou: het wordt versleuteld met je wachtwoord, zodat niemand anders die deze computer gebruikt het kan lezen. Daarna krijg je een herstelcode, voor als je je wachtwoord vergeet.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="139"/>
        <source>Your own profile, next to %1</source>
        <translation>Je eigen profiel, naast dat van %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="141"/>
        <source>Your profile keeps what you write private: it is encrypted with your password, so nobody else can read it, not even %1. %1 stays unlocked and looks away while you type. Your recovery code, for when you forget your password, is not shown now while %1 is here: you see it the first time you unlock your profile on your own.</source>
        <translation>In je profiel blijft wat je schrijft van jou: het wordt versleuteld met je wachtwoord, zodat niemand anders het kan lezen, ook %1 niet. %1 blijft ontgrendeld en kijkt even weg terwijl jij typt. Je herstelcode, voor als je je wachtwoord vergeet, zie je nu niet, omdat %1 erbij is: je krijgt hem te zien de eerste keer dat je je profiel in je eentje ontgrendelt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="145"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="146"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="147"/>
        <source>The name is not secret: everyone who uses Erfenis on this computer sees it. A first name or a nickname is enough.</source>
        <translation>De naam is niet geheim: iedereen die Erfenis op deze computer gebruikt, ziet hem. Een voornaam of bijnaam is genoeg.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="149"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="150"/>
        <source>Rust</source>
        <translation>Roest</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="150"/>
        <source>Sea blue</source>
        <translation>Zeeblauw</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="150"/>
        <source>Moss green</source>
        <translation>Mosgroen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="150"/>
        <source>Plum</source>
        <translation>Pruim</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="151"/>
        <source>Ochre</source>
        <translation>Oker</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="151"/>
        <source>Slate blue</source>
        <translation>Leiblauw</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="153"/>
        <source>Colour: %1</source>
        <translation>Kleur: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="155"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="156"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="157"/>
        <source>Re&amp;peat the password</source>
        <translation>Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="158"/>
        <source>Repeat the password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="160"/>
        <source>&amp;Make profile</source>
        <translation>Profiel &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="161"/>
        <source>Make profile</source>
        <translation>Profiel aanmaken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="162"/>
        <location filename="../erfenis_desktop/ui/profile/create_page.py" line="163"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DansExport</name>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_export.py" line="252"/>
        <source>Long texts are shortened in the drawing; every step stands in full under ‘Step by step’.</source>
        <extracomment>Document units per inch (and the PDF&apos;s resolution): widgets and fonts measure in these. The PNG&apos;s resolution. A page filled less than this (the last page: LAST_FILL) counts as nearly empty. Smaller type is tried, down to this, before a page is left nearly empty.</extracomment>
        <translation>Lange teksten zijn in de tekening ingekort; elke stap staat in zijn geheel onder ‘Stap voor stap’.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_export.py" line="284"/>
        <source>Step by step</source>
        <translation>Stap voor stap</translation>
    </message>
</context>
<context>
    <name>DansPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_export.py" line="449"/>
        <source>the image could not be written</source>
        <translation>de afbeelding kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_export.py" line="412"/>
        <location filename="../erfenis_desktop/ui/dans/dans_export.py" line="420"/>
        <location filename="../erfenis_desktop/ui/intimacy/report.py" line="99"/>
        <location filename="../erfenis_desktop/ui/intimacy/report.py" line="107"/>
        <source>the PDF could not be written</source>
        <translation>de PDF kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="213"/>
        <source>(not filled in yet)</source>
        <translation>(nog niet ingevuld)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="214"/>
        <source>What sets it off</source>
        <translation>Wat het in gang zet</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="217"/>
        <source>(not shared yet)</source>
        <translation>(nog niet gedeeld)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="241"/>
        <source>Your link with your partner needs attention (see Together), so this shows only your own side for now.</source>
        <translation>Je koppeling met je partner vraagt aandacht (zie Samen). Daarom zie je hier voorlopig alleen je eigen kant.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="244"/>
        <source>There is nothing to see here yet. Start with the pattern mirror and ‘Mapping our loop’: your own side of the dance appears here.</source>
        <translation>Hier is nog niets te zien. Begin met de patroonspiegel en ‘Onze cirkel in kaart’: dan verschijnt hier jouw kant van de dans.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="251"/>
        <source>What you brought from home</source>
        <translation>Wat je van thuis meenam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="331"/>
        <source>Your name and today’s date</source>
        <translation>Je naam en de datum van vandaag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="332"/>
        <source>Your names and today’s date</source>
        <translation>Jullie namen en de datum van vandaag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="338"/>
        <source>Your places on the axis, and the bars of what you each brought from home</source>
        <translation>Jullie plek op de lijn, en de balken van wat ieder van thuis meenam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="348"/>
        <source>It holds your own writing from this screen. This is what will be in the file:</source>
        <translation>Het bevat wat je zelf op dit scherm schreef. Dit komt erin:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="352"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="352"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="353"/>
        <source>Save the dance</source>
        <translation>De dans opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="369"/>
        <source>our-dance</source>
        <translation>onze-dans</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="363"/>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="259"/>
        <source>no score</source>
        <translation>geen score</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="328"/>
        <source>Today’s date</source>
        <translation>De datum van vandaag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="340"/>
        <source>The ways out of the loop</source>
        <translation>De uitwegen uit de cirkel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="365"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="369"/>
        <source>my-dance</source>
        <translation>mijn-dans</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="392"/>
        <source>Your side of the dance</source>
        <translation>Jouw kant van de dans</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="401"/>
        <source>Step thro&amp;ugh the loop</source>
        <translation>Stap voor stap door de &amp;cirkel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="402"/>
        <source>Step through the loop</source>
        <translation>Stap voor stap door de cirkel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="403"/>
        <source>Save as PN&amp;G…</source>
        <translation>Opslaan als &amp;afbeelding (PNG)…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="404"/>
        <source>Save as PNG</source>
        <translation>Opslaan als afbeelding (PNG)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="405"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="406"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="407"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="408"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="409"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="410"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorWindow</name>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="75"/>
        <source>Your Erfenis file is damaged</source>
        <extracomment>A backup from the list (its path): checked again, then opened in a new folder.</extracomment>
        <translation>Je Erfenis-bestand is beschadigd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="76"/>
        <source>Erfenis checked its data file and found damage, so it will not use it. This can happen after a crash, a full disk or a faulty drive.</source>
        <translation>Erfenis heeft het gegevensbestand gecontroleerd en daarin schade gevonden. Daarom gebruikt Erfenis het niet. Dit kan gebeuren na een crash, een volle schijf of een kapotte harde schijf.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="79"/>
        <source>This is not an Erfenis file</source>
        <translation>Dit is geen Erfenis-bestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="80"/>
        <source>This file is not an Erfenis data file. It may have been replaced by another file, or not saved completely.</source>
        <translation>Dit bestand is geen gegevensbestand van Erfenis. Misschien is het vervangen door een ander bestand, of is het niet helemaal opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="83"/>
        <source>This file belongs to another program</source>
        <translation>Dit bestand hoort bij een ander programma</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="84"/>
        <source>The data file is a database, but not one made by Erfenis.</source>
        <translation>Het gegevensbestand is wel een database, maar niet een die Erfenis heeft gemaakt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="86"/>
        <source>This file comes from a newer Erfenis</source>
        <translation>Dit bestand is gemaakt met een nieuwere versie van Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="87"/>
        <source>The data file was saved by a newer version of Erfenis than this one (%1). Install the newer version to open it.</source>
        <translation>Het gegevensbestand is opgeslagen door een nieuwere versie van Erfenis dan deze (%1). Installeer de nieuwere versie om het te openen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="90"/>
        <source>The file is in use</source>
        <translation>Het bestand is in gebruik</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="91"/>
        <source>Another program is using the data file right now. Close it, or close the other Erfenis window, and start Erfenis again.</source>
        <translation>Een ander programma gebruikt het gegevensbestand op dit moment. Sluit dat programma of het andere Erfenis-venster en start Erfenis opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="93"/>
        <source>The file cannot be opened</source>
        <translation>Het bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="94"/>
        <source>Erfenis has no permission to read or write the data file, or the path is not a file.</source>
        <translation>Erfenis mag het gegevensbestand niet lezen of schrijven, of op deze plek staat geen bestand.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="99"/>
        <source>Erfenis — problem with the data file</source>
        <translation>Erfenis — probleem met het gegevensbestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="102"/>
        <source>Erfenis has not changed or deleted anything in this file:</source>
        <translation>Erfenis heeft niets in dit bestand veranderd of verwijderd:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="106"/>
        <source>You can open one of the backups Erfenis made earlier (below, newest first), a copy you made yourself, or start afresh in a new, empty data folder. A restored backup opens in a new folder next to this one; the file above stays exactly as it is, so nothing is lost.</source>
        <translation>Je kunt een van de reservekopieën openen die Erfenis eerder maakte (hieronder, nieuwste eerst), een kopie die je zelf hebt gemaakt, of opnieuw beginnen in een nieuwe, lege gegevensmap. Een teruggezette reservekopie opent in een nieuwe map naast deze; het bestand hierboven blijft precies zoals het is, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="111"/>
        <source>Erfenis has no backup of this file that can be used. You can open a copy you made yourself, or start afresh in a new, empty data folder. Either way the file above stays exactly as it is, so nothing is lost.</source>
        <translation>Erfenis heeft geen bruikbare reservekopie van dit bestand. Je kunt een kopie openen die je zelf hebt gemaakt, of opnieuw beginnen in een nieuwe, lege gegevensmap. Hoe dan ook blijft het bestand hierboven precies zoals het is, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="114"/>
        <source>Backups of this file, newest first</source>
        <translation>Reservekopieën van dit bestand, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="116"/>
        <source>&amp;Restore the chosen backup</source>
        <translation>De gekozen reservekopie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="117"/>
        <source>Restore the chosen backup</source>
        <translation>De gekozen reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="118"/>
        <source>Open a copy from &amp;elsewhere…</source>
        <translation>Een kopie van &amp;elders openen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="119"/>
        <source>Open a copy from elsewhere</source>
        <translation>Een kopie van elders openen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="120"/>
        <source>Start in a &amp;new data folder</source>
        <translation>Beginnen in een &amp;nieuwe gegevensmap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="121"/>
        <source>Start in a new data folder</source>
        <translation>Beginnen in een nieuwe gegevensmap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/error_window.py" line="123"/>
        <source>Quit Erfenis</source>
        <translation>Erfenis afsluiten</translation>
    </message>
</context>
<context>
    <name>DiscomfortChart</name>
    <message>
        <location filename="../erfenis_desktop/ui/practice/chart.py" line="55"/>
        <source>Each check-in, on a scale from %1 to %2: %3.</source>
        <translation>Elke terugblik, op een schaal van %1 tot %2: %3.</translation>
    </message>
</context>
<context>
    <name>DiscomfortInput</name>
    <message>
        <location filename="../erfenis_desktop/ui/practice/checkin_fields.py" line="181"/>
        <location filename="../erfenis_desktop/ui/practice/checkin_fields.py" line="191"/>
        <location filename="../erfenis_desktop/ui/practice/checkin_fields.py" line="192"/>
        <source>Not filled in</source>
        <translation>Niet ingevuld</translation>
    </message>
</context>
<context>
    <name>Erfenis</name>
    <message>
        <location filename="../erfenis_desktop/app.py" line="110"/>
        <location filename="../erfenis_desktop/app.py" line="118"/>
        <location filename="../erfenis_desktop/app.py" line="142"/>
        <location filename="../erfenis_desktop/app.py" line="168"/>
        <location filename="../erfenis_desktop/app_folders.py" line="34"/>
        <source>Erfenis cannot start</source>
        <translation>Erfenis kan niet starten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="109"/>
        <source>Erfenis cannot create its data folder %1 (%2).</source>
        <translation>Erfenis kan de gegevensmap %1 niet aanmaken (%2).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="119"/>
        <source>Some texts of Erfenis are missing or incomplete, so it cannot start. If you edited the content files, check these points:</source>
        <translation>Sommige teksten van Erfenis ontbreken of zijn onvolledig. Daarom kan Erfenis niet starten. Heb je de inhoudsbestanden aangepast? Kijk dan naar deze punten:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="133"/>
        <source>Erfenis is already open with this data folder. Its window has been brought to the front.</source>
        <translation>Erfenis is al open met deze gegevensmap. Dat venster staat nu vooraan.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="136"/>
        <source>Erfenis is already open</source>
        <translation>Erfenis is al geopend</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="137"/>
        <source>Erfenis is already open with this data folder:
%1

Switch to that window; only one Erfenis at a time can use a data folder.</source>
        <translation>Erfenis is al geopend met deze gegevensmap:
%1

Ga naar dat venster; een gegevensmap kan maar door één Erfenis tegelijk worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="143"/>
        <source>Erfenis cannot write in its data folder:
%1

Check that the folder is yours and the disk is not read-only.</source>
        <translation>Erfenis kan niet schrijven in de gegevensmap:
%1

Controleer of de map van jou is en of de schijf niet alleen-lezen is.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="169"/>
        <source>The disk is full, so Erfenis cannot prepare its data file. Make some room and start Erfenis again; nothing has been lost.</source>
        <translation>De schijf is vol, daarom kan Erfenis het gegevensbestand niet aanmaken. Maak wat ruimte vrij en start Erfenis opnieuw; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app_folders.py" line="35"/>
        <source>This data folder holds personal profiles, so it cannot become a workshop:
%1

A workshop needs a folder of its own; start Erfenis with --workshop alone.</source>
        <translation>In deze gegevensmap staan persoonlijke profielen, dus hij kan geen workshop worden:
%1

Een workshop heeft een eigen map nodig; start Erfenis met alleen --workshop.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app_folders.py" line="62"/>
        <source>Erfenis cannot open that folder</source>
        <translation>Erfenis kan die map niet openen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app_folders.py" line="63"/>
        <source>Erfenis cannot create the folder %1 (%2).</source>
        <translation>Erfenis kan de map %1 niet maken (%2).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app_folders.py" line="82"/>
        <source>Open a backup</source>
        <translation>Reservekopie openen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app_folders.py" line="83"/>
        <source>Erfenis backups (*.db)</source>
        <translation>Erfenis-reservekopieën (*.db)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app_folders.py" line="97"/>
        <source>This backup cannot be used</source>
        <translation>Deze reservekopie is niet bruikbaar</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app_folders.py" line="98"/>
        <source>This file cannot be opened either. Choose another backup, or start in a new data folder.</source>
        <translation>Ook dit bestand kan niet worden geopend. Kies een andere reservekopie, of begin in een nieuwe gegevensmap.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app_folders.py" line="118"/>
        <source>The backup was not restored</source>
        <translation>De reservekopie is niet teruggezet</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app_folders.py" line="119"/>
        <source>Erfenis could not put the backup in place, so it opened your file as it was. Nothing was lost.</source>
        <translation>Erfenis kon de reservekopie niet terugzetten en heeft je bestand geopend zoals het was. Er is niets verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="89"/>
        <source>Your &amp;password</source>
        <translation>&amp;Je wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="89"/>
        <source>&amp;New password for the file</source>
        <translation>&amp;Nieuw wachtwoord voor het bestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="92"/>
        <source>On the other computer you open your profile with your password, as here.</source>
        <translation>Op de andere computer open je je profiel met je wachtwoord, net als hier.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="93"/>
        <source>On the other computer you open the file, and then your profile, with this new password.</source>
        <translation>Op de andere computer open je het bestand, en daarna je profiel, met dit nieuwe wachtwoord.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="111"/>
        <source>Type your own password as well: it shows that this is you.</source>
        <translation>Typ ook je eigen wachtwoord: daarmee laat je zien dat jij het bent.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="124"/>
        <source>The file is encrypted: only its password opens it. Keep it somewhere safe until you have brought it in; anyone who has the file and the password can read it.</source>
        <translation>Het bestand is versleuteld: alleen het wachtwoord opent het. Bewaar het op een veilige plek tot je het hebt geïmporteerd; wie het bestand én het wachtwoord heeft, kan het lezen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="127"/>
        <source>What the file holds</source>
        <translation>Wat er in het bestand staat</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="128"/>
        <source>Choose where to save…</source>
        <translation>Kies waar je het opslaat…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="128"/>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="193"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="133"/>
        <source>Save the take-home file</source>
        <translation>Het meeneembestand opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="175"/>
        <source>Take my work home</source>
        <translation>Mijn werk meenemen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="177"/>
        <source>Your recovery code keeps working there.</source>
        <translation>Je herstelcode blijft daar werken.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="179"/>
        <source>There, at the first unlock, Erfenis shows you a new recovery code to write down.</source>
        <translation>Daar laat Erfenis je bij het eerste ontgrendelen een nieuwe herstelcode zien om op te schrijven.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="181"/>
        <source>Save everything you wrote in Erfenis as one encrypted file, to bring into Erfenis on your own computer or a new one (in the Erfenis menu: Import from a file…). Nothing leaves this computer unless you save the file.</source>
        <translation>Sla alles wat je in Erfenis schreef op als één versleuteld bestand, om het in Erfenis op je eigen computer of een nieuwe te zetten (in het menu Erfenis: Importeren uit een bestand…). Er gaat niets van deze computer af, tenzij je het bestand opslaat.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="184"/>
        <source>At a workshop: save it on your own USB stick, or somewhere only you can reach, not on this laptop.</source>
        <translation>Op een workshop: sla het op je eigen usb-stick op, of ergens waar alleen jij bij kunt, niet op deze laptop.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="186"/>
        <source>Protect the file with &amp;my own password</source>
        <translation>Het bestand beveiligen met &amp;mijn eigen wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="187"/>
        <source>Choose a ne&amp;w password for the file</source>
        <translation>Een nieu&amp;w wachtwoord kiezen voor het bestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="188"/>
        <source>&amp;Repeat the new password</source>
        <translation>Nieuw wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="189"/>
        <source>&amp;Your own password (it shows that this is you)</source>
        <translation>Je &amp;eigen wachtwoord (zo laat je zien dat jij het bent)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="190"/>
        <source>Your own password</source>
        <translation>Je eigen wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="191"/>
        <source>Repeat the new password</source>
        <translation>Nieuw wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/export_dialog.py" line="192"/>
        <source>&amp;Save the file…</source>
        <translation>Bestand op&amp;slaan…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../erfenis_desktop/ui/common/exports.py" line="16"/>
        <source>Once the file is saved, Erfenis can no longer protect it: anyone who can open it can read it.</source>
        <translation>Zodra het bestand is opgeslagen, kan Erfenis het niet meer beschermen: wie het kan openen, kan het lezen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/exports.py" line="24"/>
        <source>Choose where to save…</source>
        <translation>Kies waar je het opslaat…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/exports.py" line="25"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>FacilitatorPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="138"/>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="272"/>
        <source>Programme and presenter</source>
        <translation>Programma en presentatie</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="139"/>
        <source>The programme and presenter are not available in this version of Erfenis.</source>
        <translation>Het programma en de presentatie zijn er niet in deze versie van Erfenis.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="158"/>
        <source>The group picture is empty again.</source>
        <translation>Het groepsbeeld is weer leeg.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="169"/>
        <source>Type your password first: it is asked again before anyone is wiped.</source>
        <translation>Typ eerst je wachtwoord: dat wordt opnieuw gevraagd voordat er iemand wordt gewist.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="173"/>
        <source>Wipe participants?</source>
        <translation>Deelnemers wissen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="174"/>
        <source>%n participant(s) and everything they wrote, shared or linked will be removed from this laptop, with every copy Erfenis keeps of the workshop folder. This cannot be undone. Your profile and your programmes stay.

Has everyone taken their work home?</source>
        <translation>
            <numerusform>%n deelnemer en alles wat die schreef, deelde of koppelde, verdwijnt van deze laptop, met elke kopie die Erfenis van de workshopmap bewaart. Dit kun je niet ongedaan maken. Je eigen profiel en je programma’s blijven.

Heeft iedereen zijn werk meegenomen?</numerusform>
            <numerusform>%n deelnemers en alles wat ze schreven, deelden of koppelden, verdwijnen van deze laptop, met elke kopie die Erfenis van de workshopmap bewaart. Dit kun je niet ongedaan maken. Je eigen profiel en je programma’s blijven.

Heeft iedereen zijn werk meegenomen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="177"/>
        <source>&amp;Wipe participants</source>
        <translation>Deelnemers &amp;wissen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="177"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="208"/>
        <source>Participants wiped</source>
        <translation>Deelnemers gewist</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="208"/>
        <source>Something of the participants is left</source>
        <translation>Er is nog iets van de deelnemers over</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="213"/>
        <source>Removed: %n participant(s) with everything of theirs.</source>
        <translation>
            <numerusform>Verwijderd: %n deelnemer met alles wat erbij hoort.</numerusform>
            <numerusform>Verwijderd: %n deelnemers met alles wat erbij hoort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="214"/>
        <source>Copies Erfenis kept of the workshop folder, removed: %n.</source>
        <translation>
            <numerusform>Verwijderde kopieën die Erfenis van de workshopmap bewaarde: %n.</numerusform>
            <numerusform>Verwijderde kopieën die Erfenis van de workshopmap bewaarde: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="215"/>
        <source>The database was compacted.</source>
        <translation>De database is compact gemaakt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="216"/>
        <source>The database could not be compacted yet (is the disk full?). Try the wipe again.</source>
        <translation>De database kon nog niet compact worden gemaakt (is de schijf vol?). Probeer het wissen opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="217"/>
        <source>Checked %n file(s) in the workshop folder:</source>
        <translation>
            <numerusform>%n bestand in de workshopmap gecontroleerd:</numerusform>
            <numerusform>%n bestanden in de workshopmap gecontroleerd:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="220"/>
        <source>Searched every file for %n participant name(s), in UTF-8 and UTF-16,</source>
        <translation>
            <numerusform>Elk bestand doorzocht op %n naam van een deelnemer, in UTF-8 en UTF-16,</numerusform>
            <numerusform>Elk bestand doorzocht op %n namen van deelnemers, in UTF-8 en UTF-16,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="222"/>
        <source>and for %n piece(s) of their encrypted writing.</source>
        <translation>
            <numerusform>en op %n stuk van hun versleutelde tekst.</numerusform>
            <numerusform>en op %n stukken van hun versleutelde tekst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="224"/>
        <source>%n name(s) of one or two letters cannot be searched for reliably; they went with their profiles.</source>
        <translation>
            <numerusform>%n naam van één of twee letters is niet betrouwbaar te zoeken; die is met het profiel verdwenen.</numerusform>
            <numerusform>%n namen van één of twee letters zijn niet betrouwbaar te zoeken; die zijn met hun profielen verdwenen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="227"/>
        <source>Result: nothing of the participants was found.</source>
        <translation>Uitkomst: er is niets van de deelnemers gevonden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="229"/>
        <source>a participant’s name</source>
        <translation>de naam van een deelnemer</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="229"/>
        <source>a participant’s encrypted writing</source>
        <translation>versleutelde tekst van een deelnemer</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="230"/>
        <source>a file that could not be read</source>
        <translation>een bestand dat niet kon worden gelezen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="231"/>
        <source>Result: not everything is gone. Found:</source>
        <translation>Uitkomst: niet alles is weg. Gevonden:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="232"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="252"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="252"/>
        <source>%n couple(s)</source>
        <translation>
            <numerusform>%n stel</numerusform>
            <numerusform>%n stellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="257"/>
        <source>Couples: %1</source>
        <translation>Stellen: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="259"/>
        <source>On their own: %1</source>
        <translation>In hun eentje: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="264"/>
        <source>Workshop: %1</source>
        <translation>Workshop: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="264"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="268"/>
        <source>&amp;Group picture</source>
        <translation>Groeps&amp;beeld</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="269"/>
        <source>Show the group picture</source>
        <translation>Het groepsbeeld laten zien</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="270"/>
        <source>&amp;Reset the group picture…</source>
        <translation>Groepsbeeld &amp;leegmaken…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="283"/>
        <source>Your passwor&amp;d, to confirm</source>
        <translation>Je &amp;wachtwoord, ter bevestiging</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="271"/>
        <source>&amp;Programme and presenter</source>
        <translation>&amp;Programma en presentatie</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="275"/>
        <source>Not available in this version of Erfenis.</source>
        <translation>Niet beschikbaar in deze versie van Erfenis.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="276"/>
        <source>Participants and couples</source>
        <translation>Deelnemers en stellen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="280"/>
        <source>No one has joined yet.</source>
        <translation>Er doet nog niemand mee.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="281"/>
        <source>End of the day: wipe participants</source>
        <translation>Einde van de dag: deelnemers wissen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="284"/>
        <source>Your password, to confirm the wipe</source>
        <translation>Je wachtwoord, om het wissen te bevestigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="285"/>
        <source>&amp;Wipe participants…</source>
        <translation>Deel&amp;nemers wissen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="286"/>
        <source>Wipe participants</source>
        <translation>Deelnemers wissen</translation>
    </message>
</context>
<context>
    <name>FeelingsButton</name>
    <message>
        <location filename="../erfenis_desktop/ui/practice/feelings.py" line="70"/>
        <source>What you may notice first</source>
        <extracomment>Inside a writing field, this opens the list at the cursor. Characters after which a word follows without a space.</extracomment>
        <translation>Wat je misschien eerst merkt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/feelings.py" line="70"/>
        <source>What may lie underneath</source>
        <translation>Wat er misschien onder ligt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/feelings.py" line="79"/>
        <location filename="../erfenis_desktop/ui/practice/feelings.py" line="115"/>
        <source>Words for feelings</source>
        <translation>Woorden voor gevoelens</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/feelings.py" line="114"/>
        <source>Words for feelings…</source>
        <translation>Woorden voor gevoelens…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/feelings.py" line="117"/>
        <source>A list of words for feelings: the one you choose is put in your text at the cursor (%1 in the text field).</source>
        <translation>Een lijst met woorden voor gevoelens: het woord dat je kiest, komt in je tekst op de plek van de cursor (%1 in het tekstveld).</translation>
    </message>
</context>
<context>
    <name>FormExercisePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="222"/>
        <source>What stood out in your pattern mirror: %1.</source>
        <translation>Wat opviel in je patroonspiegel: %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="233"/>
        <source>(choose what fits best)</source>
        <translation>(kies wat het best past)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="280"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="300"/>
        <source>No longer shared.</source>
        <translation>Niet meer gedeeld.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="303"/>
        <source>Shared with your partner. If you change it, share it again.</source>
        <translation>Gedeeld met je partner. Verander je iets, deel het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="347"/>
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="357"/>
        <source>In your own words (if you like)</source>
        <translation>In je eigen woorden (als je wilt)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="356"/>
        <source>%1 In your own words</source>
        <translation>%1 In je eigen woorden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="363"/>
        <source>%1 Other words</source>
        <translation>%1 Andere woorden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="364"/>
        <source>Other words (if you like)</source>
        <translation>Andere woorden (als je wilt)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="366"/>
        <source>Sa&amp;ve</source>
        <translation>Opsl&amp;aan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="367"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="368"/>
        <source>Stop sh&amp;aring</source>
        <translation>Niet meer &amp;delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="368"/>
        <source>Sh&amp;are with my partner</source>
        <translation>&amp;Delen met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="370"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="371"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="372"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/form_exercise_page.py" line="373"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>GenerationsPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/generations/export.py" line="78"/>
        <source>Long answers are shortened in the drawing; each stands in full below.</source>
        <translation>Lange antwoorden zijn in de tekening ingekort; hieronder staat elk antwoord in zijn geheel.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/export.py" line="89"/>
        <source>In your own words</source>
        <translation>In je eigen woorden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/export.py" line="119"/>
        <location filename="../erfenis_desktop/ui/generations/export.py" line="127"/>
        <source>the PDF could not be written</source>
        <translation>de PDF kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="204"/>
        <source>Saved. You changed what you had shared, so it is no longer shared; share it again when you want your partner to see it.</source>
        <translation>Opgeslagen. Je hebt veranderd wat je had gedeeld, dus het is niet meer gedeeld; deel het opnieuw als je wilt dat je partner het ziet.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="207"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="253"/>
        <source>What %1 shared</source>
        <translation>Wat %1 deelde</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="254"/>
        <source>Only what your partner chose to share. Their private writing stays theirs.</source>
        <translation>Alleen wat je partner wilde delen. Wat je partner voor zichzelf schreef, blijft van je partner.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="278"/>
        <source>Write something first; then you can share it.</source>
        <translation>Schrijf eerst iets; daarna kun je het delen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="283"/>
        <source>No longer shared. Your partner cannot open it any more; what they already read, they have seen.</source>
        <translation>Niet meer gedeeld. Je partner kan het niet meer openen; wat je partner al las, is wel gezien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="287"/>
        <source>Shared with your partner. If you change it, share it again.</source>
        <translation>Gedeeld met je partner. Verander je iets, deel het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="298"/>
        <source>Your name and today’s date</source>
        <translation>Je naam en de datum van vandaag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="309"/>
        <source>It holds what you wrote about the generations on this screen, in your own words, and nothing your partner wrote. This is what will be in the file:</source>
        <translation>Er staat in wat je op dit scherm over de generaties schreef, in je eigen woorden, en niets van wat je partner schreef. Dit komt in het bestand:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="311"/>
        <source>Save your generations?</source>
        <translation>Je generaties opslaan?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="313"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="313"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="314"/>
        <source>Save the generations</source>
        <translation>De generaties opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="315"/>
        <source>my-generations</source>
        <translation>mijn-generaties</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="323"/>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="325"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="333"/>
        <source>I have &amp;children</source>
        <translation>Ik heb &amp;kinderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="334"/>
        <source>I have children</source>
        <translation>Ik heb kinderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="355"/>
        <source>Sa&amp;ve</source>
        <translation>Opslaa&amp;n</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="356"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="359"/>
        <source>Stop sh&amp;aring</source>
        <translation>Niet meer &amp;delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="359"/>
        <source>Sh&amp;are with my partner</source>
        <translation>&amp;Delen met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="361"/>
        <source>Save as PN&amp;G…</source>
        <translation>Opslaan als &amp;afbeelding (PNG)…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="362"/>
        <source>Save as PNG</source>
        <translation>Opslaan als afbeelding (PNG)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="363"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="364"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="365"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="366"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="367"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/generations/page.py" line="368"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="233"/>
        <source>From your results, one is added to: %1; and to: %2.</source>
        <translation>Vanuit je uitkomst gaat er één bij: %1; en bij: %2.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="234"/>
        <source>From your results, one is added to: %1; and to: no pattern stands out strongly.</source>
        <translation>Vanuit je uitkomst gaat er één bij: %1; en bij: geen patroon springt er sterk uit.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="252"/>
        <source>Add your results to the group picture?</source>
        <translation>Je uitkomst toevoegen aan het groepsbeeld?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="253"/>
        <source>Add my results</source>
        <translation>Mijn uitkomst toevoegen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="253"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="262"/>
        <source>The group picture was emptied just now, so nothing was added. You can add your results again.</source>
        <translation>Het groepsbeeld is net leeggemaakt, dus er is niets toegevoegd. Je kunt je uitkomst opnieuw toevoegen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="264"/>
        <source>Your results could not be added. Nothing was added.</source>
        <translation>Je uitkomst kon niet worden toegevoegd. Er is niets toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="282"/>
        <source>%n more needed</source>
        <translation>
            <numerusform>Nog %n nodig</numerusform>
            <numerusform>Nog %n nodig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="299"/>
        <source>%n people added their results.</source>
        <translation>
            <numerusform>1 persoon heeft een uitkomst toegevoegd.</numerusform>
            <numerusform>%n mensen hebben hun uitkomst toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="310"/>
        <source>No pattern stands out strongly: %1</source>
        <translation>Geen patroon springt er sterk uit: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="332"/>
        <source>Group picture</source>
        <translation>Groepsbeeld</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="336"/>
        <source>Patterns from childhood</source>
        <translation>Patronen uit de kindertijd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="338"/>
        <source>Your own results</source>
        <translation>Je eigen uitkomst</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="341"/>
        <source>&amp;Add my results to the group picture</source>
        <translation>Mijn uitkomst &amp;toevoegen aan het groepsbeeld</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="342"/>
        <source>Add my results to the group picture</source>
        <translation>Mijn uitkomst toevoegen aan het groepsbeeld</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="343"/>
        <source>&amp;Back</source>
        <translation>Te&amp;rug</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="344"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="383"/>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="394"/>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="399"/>
        <source>Reset the group picture</source>
        <translation>Groepsbeeld leegmaken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="384"/>
        <source>Empty the group picture? Every count goes, for everyone, and this cannot be undone. Afterwards everyone can add their results again.</source>
        <translation>Het groepsbeeld leegmaken? Alle aantallen verdwijnen, voor iedereen, en dat kun je niet ongedaan maken. Daarna kan iedereen zijn uitkomst opnieuw toevoegen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="386"/>
        <source>Empty the picture</source>
        <translation>Beeld leegmaken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="387"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="395"/>
        <source>Only the facilitator can empty the group picture.</source>
        <translation>Alleen de begeleider kan het groepsbeeld leegmaken.</translation>
    </message>
</context>
<context>
    <name>Half</name>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="248"/>
        <source>%1 is writing now.</source>
        <translation>%1 schrijft nu.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="249"/>
        <source>%1 is writing. When it is your turn, take the keyboard:</source>
        <translation>%1 schrijft. Ben jij aan de beurt? Neem dan het toetsenbord over:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="251"/>
        <source>I am %1: I &amp;write now</source>
        <translation>Ik ben %1: ik schrijf &amp;nu</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="254"/>
        <source>F6 also switches between the two halves.</source>
        <translation>Met F6 wissel je ook tussen de twee helften.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="255"/>
        <source>The half of %1</source>
        <translation>De helft van %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="256"/>
        <source>About whom:</source>
        <translation>Over wie:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="257"/>
        <source>About whom %1 writes</source>
        <translation>Over wie %1 schrijft</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="258"/>
        <source>for example: mum, grandad</source>
        <translation>bijvoorbeeld: mama, opa</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="259"/>
        <source>The answer of %1</source>
        <translation>Het antwoord van %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="260"/>
        <source>Hidden behind dots; Ctrl+Space shows it to you, Ctrl+Enter locks it in.</source>
        <translation>Verborgen achter puntjes; Ctrl+Spatie laat het jou zien, Ctrl+Enter zet het vast.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="262"/>
        <source>Shown; Ctrl+Space hides it again.</source>
        <translation>Zichtbaar; Ctrl+Spatie verbergt het weer.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="263"/>
        <source>Hide my text</source>
        <translation>Mijn tekst verbergen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="263"/>
        <source>Show my text</source>
        <translation>Mijn tekst laten zien</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="264"/>
        <source>%1: show or hide your own text</source>
        <translation>%1: je eigen tekst laten zien of verbergen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="265"/>
        <source>Share with %1 after reading</source>
        <translation>Na het lezen delen met %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="268"/>
        <source>Lock in</source>
        <translation>Klaar, inleveren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="269"/>
        <source>%1: lock in your answer</source>
        <translation>%1: je antwoord inleveren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="270"/>
        <source>Share my answer after all</source>
        <translation>Mijn antwoord toch delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="271"/>
        <source>%1: share your answer after all</source>
        <translation>%1: je antwoord toch delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_half.py" line="273"/>
        <source>Locked in. %1 cannot see it until you both are ready.</source>
        <translation>Ingeleverd. %1 ziet het pas als jullie allebei klaar zijn.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="106"/>
        <source>I am %1: unlock</source>
        <translation>Ik ben %1: ontgrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="151"/>
        <source>Hand the laptop to …</source>
        <translation>Geef de laptop aan …</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="155"/>
        <source>Hand the laptop to %1</source>
        <translation>Geef de laptop aan %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="156"/>
        <source>Whoever gets the laptop now unlocks with their own password.</source>
        <translation>Wie de laptop nu krijgt, ontgrendelt met het eigen wachtwoord.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="158"/>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="159"/>
        <source>Search for a name</source>
        <translation>Zoek een naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="160"/>
        <source>No one by that name.</source>
        <translation>Niemand met die naam.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="162"/>
        <source>Someone new: &amp;join the workshop</source>
        <translation>Iemand nieuw: &amp;meedoen aan de workshop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="163"/>
        <source>Someone new: join the workshop</source>
        <translation>Iemand nieuw: meedoen aan de workshop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="164"/>
        <source>&amp;Choose someone else</source>
        <translation>Iemand anders &amp;kiezen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/handover.py" line="165"/>
        <source>Choose someone else</source>
        <translation>Iemand anders kiezen</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/window/help_page.py" line="55"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/help_page.py" line="56"/>
        <source>Back to where you were</source>
        <translation>Terug naar waar je was</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/home/home_page.py" line="83"/>
        <location filename="../erfenis_desktop/ui/home/home_page.py" line="84"/>
        <source>About Erfenis</source>
        <extracomment>The reading width of the page (in characters): the welcome text reads best at about 75; the cards of an open profile get more room, so two or three fit side by side.</extracomment>
        <translation>Over Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/home_page.py" line="85"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/home_page.py" line="86"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="76"/>
        <source>Choose the take-home file</source>
        <translation>Kies het meeneembestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="78"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="97"/>
        <source>First choose the file to import.</source>
        <translation>Kies eerst het bestand dat je wilt importeren.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="101"/>
        <source>Type the password of the file.</source>
        <translation>Typ het wachtwoord van het bestand.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="132"/>
        <source>Import from a file</source>
        <translation>Importeren uit een bestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="134"/>
        <source>Bring in work that was taken home from Erfenis on another computer: a file whose name ends in .erfenis. Each profile in it comes here as it was, with its link as a couple. Nothing that is here already is overwritten without Erfenis saying so.</source>
        <translation>Haal werk binnen dat uit Erfenis op een andere computer is meegenomen: een bestand waarvan de naam eindigt op .erfenis. Elk profiel erin komt hier zoals het was, met de koppeling als stel. Wat hier al staat, wordt nooit overschreven zonder dat Erfenis het zegt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="138"/>
        <source>No file chosen yet</source>
        <translation>Nog geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="139"/>
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="140"/>
        <source>Choose the file to import</source>
        <translation>Kies het bestand dat je wilt importeren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="141"/>
        <source>&amp;Password of the file</source>
        <translation>&amp;Wachtwoord van het bestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="142"/>
        <source>Password of the file</source>
        <translation>Wachtwoord van het bestand</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="143"/>
        <source>&amp;Import</source>
        <translation>I&amp;mporteren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/import_dialog.py" line="144"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>IntimacyPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/page.py" line="116"/>
        <source>Save your report as a PDF?</source>
        <translation>Je verslag opslaan als PDF?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/page.py" line="117"/>
        <source>It holds your own results, and nothing of your partner. This is what will be in the file:</source>
        <translation>Er staat je eigen uitkomst in, en niets van je partner. Dit komt in het bestand:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/page.py" line="120"/>
        <source>Save the report</source>
        <translation>Het verslag opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/page.py" line="121"/>
        <source>my-intimacy-check</source>
        <translation>mijn-intimiteitscheck</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/page.py" line="122"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/page.py" line="129"/>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/page.py" line="131"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="180"/>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="189"/>
        <source>Join the workshop</source>
        <translation>Meedoen aan de workshop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="183"/>
        <source>Everyone in the workshop sees the names. A first name is enough.</source>
        <translation>Iedereen in de workshop ziet de namen. Een voornaam is genoeg.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="184"/>
        <source>S&amp;kip the recovery code for today</source>
        <translation>Herstelcode vandaag overslaa&amp;n</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="185"/>
        <source>Skip the recovery code for today</source>
        <translation>Herstelcode vandaag overslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="188"/>
        <source>&amp;Join</source>
        <translation>&amp;Meedoen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="190"/>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="191"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="150"/>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="159"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="161"/>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="164"/>
        <source>See the pattern</source>
        <translation>Zie het patroon</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="166"/>
        <source>Check-in</source>
        <translation>Terugblik</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="174"/>
        <source>Pattern mirror results</source>
        <translation>Uitkomsten van de patroonspiegel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="176"/>
        <source>Intimacy check results</source>
        <translation>Uitkomsten van de intimiteitscheck</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="197"/>
        <source>%n item(s) cannot be opened: damaged, or changed outside Erfenis. They are at the end of the list; choose one to remove it. Nothing else is affected.</source>
        <translation>
            <numerusform>%n item kan niet worden geopend: het is beschadigd, of buiten Erfenis om veranderd. Het staat onderaan de lijst; kies het om het te verwijderen. De rest blijft zoals het is.</numerusform>
            <numerusform>%n items kunnen niet worden geopend: ze zijn beschadigd, of buiten Erfenis om veranderd. Ze staan onderaan de lijst; kies er een om het te verwijderen. De rest blijft zoals het is.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="208"/>
        <source>Missing item</source>
        <translation>Ontbrekend item</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="208"/>
        <source>Damaged item</source>
        <translation>Beschadigd item</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="217"/>
        <source>Remove this item?</source>
        <translation>Dit item verwijderen?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="218"/>
        <source>Erfenis cannot open this item, so it cannot show what was in it. Removing it takes it out of your profile for good. Your other writing stays as it is.</source>
        <translation>Erfenis kan dit item niet openen en dus ook niet laten zien wat erin stond. Als je het verwijdert, is het voorgoed uit je profiel. Wat je verder schreef, blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="220"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="220"/>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="233"/>
        <source>The damaged item has been removed.</source>
        <translation>Het beschadigde item is verwijderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="244"/>
        <source>Stop sh&amp;aring</source>
        <translation>Niet meer &amp;delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="244"/>
        <source>Sh&amp;are with my partner</source>
        <translation>&amp;Delen met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="255"/>
        <source>No longer shared. Your partner cannot open it any more; what they already read, they have seen.</source>
        <translation>Niet meer gedeeld. Je partner kan het niet meer openen; wat al gelezen is, is gezien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="259"/>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="262"/>
        <source>Shared with your partner.</source>
        <translation>Gedeeld met je partner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="284"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n onderdeel</numerusform>
            <numerusform>%n onderdelen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="293"/>
        <source>Nothing you wrote contains “%1”. Try other or fewer words, or clear the search to see everything again.</source>
        <translation>Niets van wat je schreef bevat ‘%1’. Probeer andere of minder woorden, of maak het zoekveld leeg om alles weer te zien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="296"/>
        <source>Nothing here yet. What you write in Erfenis comes here by date: your notes, your answers in the exercises, your loop map, your earlier relationships and the results of your pattern mirror. Only you can read it.</source>
        <translation>Hier staat nog niets. Wat je in Erfenis schrijft, komt hier op datum te staan: je aantekeningen, je antwoorden bij de oefeningen, je cirkel, je eerdere relaties en de uitkomsten van je patroonspiegel. Alleen jij kunt het lezen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="311"/>
        <source>This item cannot be opened: it is damaged, or it was changed outside Erfenis. Erfenis never guesses at what was in it. You can remove it with the button below.</source>
        <translation>Dit item kan niet worden geopend: het is beschadigd, of het is buiten Erfenis om veranderd. Erfenis gaat nooit raden wat erin stond. Je kunt het verwijderen met de knop hieronder.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="331"/>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="398"/>
        <source>Export to PDF</source>
        <translation>Exporteren naar PDF</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="331"/>
        <source>my-erfenis.pdf</source>
        <translation>mijn-erfenis.pdf</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="332"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="346"/>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="388"/>
        <source>Everything I wrote</source>
        <translation>Alles wat ik heb geschreven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="349"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="357"/>
        <source>Notes: %1</source>
        <translation>Aantekeningen: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="357"/>
        <source>Answers from ‘See the pattern’: %1</source>
        <translation>Antwoorden bij ‘Zie het patroon’: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="358"/>
        <source>Answers written together: %1</source>
        <translation>Antwoorden die jullie samen schreven: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="358"/>
        <source>Check-ins: %1</source>
        <translation>Terugblikken: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="362"/>
        <source>Pattern mirror results: %1</source>
        <translation>Uitkomsten van de patroonspiegel: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="363"/>
        <source>Intimacy check results: %1</source>
        <translation>Uitkomsten van de intimiteitscheck: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="366"/>
        <source>Only what your search finds: %1</source>
        <translation>Alleen wat je zoekopdracht vindt: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="367"/>
        <source>Your name, and the date and time of each text</source>
        <translation>Je naam, en de datum en tijd van elke tekst</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="368"/>
        <source>It holds your own writing, as it is listed here, and nothing your partner wrote. This is what will be in the file:</source>
        <translation>Het bevat wat je zelf schreef, zoals het hier in de lijst staat, en niets van wat je partner schreef. Dit komt erin:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="370"/>
        <source>Save what you wrote as a PDF?</source>
        <translation>Wat je schreef opslaan als PDF?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="389"/>
        <source>Everything you wrote in Erfenis, newest first: notes, answers in the exercises, your loop map, earlier relationships and the results of your pattern mirror. Only you can read it, and searching happens only on this computer.</source>
        <translation>Alles wat je in Erfenis schreef, het nieuwste eerst: aantekeningen, antwoorden bij de oefeningen, je cirkel, eerdere relaties en de uitkomsten van je patroonspiegel. Alleen jij kunt het lezen, en zoeken gebeurt alleen op deze computer.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="393"/>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="394"/>
        <source>Search in what you wrote</source>
        <translation>Zoeken in wat je schreef</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="395"/>
        <source>What you wrote</source>
        <translation>Wat je schreef</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="396"/>
        <source>The chosen text</source>
        <translation>De gekozen tekst</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="397"/>
        <source>Ex&amp;port to PDF…</source>
        <translation>Naar &amp;PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="399"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="400"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="401"/>
        <source>Re&amp;move this damaged item</source>
        <translation>Dit beschadigde item &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="402"/>
        <source>Remove this damaged item</source>
        <translation>Dit beschadigde item verwijderen</translation>
    </message>
</context>
<context>
    <name>KeyringNote</name>
    <message>
        <location filename="../erfenis_desktop/ui/profile/keyring_note.py" line="87"/>
        <source>This computer has no system keyring, so your profiles here are protected by your password alone: choose a strong one.</source>
        <translation>Deze computer heeft geen beveiligde opslag (sleutelbos) van het systeem, dus je profielen zijn hier alleen met je wachtwoord beschermd. Kies een sterk wachtwoord.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="258"/>
        <source>Your profile</source>
        <extracomment>Quick hide: F12, one key at the edge of the keyboard that no text field uses; and Ctrl+Shift+H for keyboards where F12 is a media key or is taken by a drop-down terminal. What :meth:`MainWindow.finish` makes, right after the first paint: the menus&apos; contents, the transfer items and the keeper of focus. Asking for one of them earlier finishes the window first. File &gt; &quot;Start a workshop…&quot; (True) or &quot;Leave the workshop&quot; (False): the app switches folders.</extracomment>
        <translation>Je profiel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="270"/>
        <source>Unlocked profile: %1</source>
        <translation>Ontgrendeld profiel: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="280"/>
        <source>Also unlocked: %1</source>
        <translation>Ook ontgrendeld: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="281"/>
        <source>Lock both profiles</source>
        <translation>Beide profielen vergrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="293"/>
        <source>First keep your recovery code</source>
        <translation>Bewaar eerst je herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="294"/>
        <source>The recovery code is shown only once. Copy, print or save it, then type the two groups back; after that you can go on.</source>
        <translation>De herstelcode zie je maar één keer. Kopieer, druk af of sla hem op, en typ dan de twee groepen over. Daarna kun je verder.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="435"/>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="436"/>
        <source>Erfenis</source>
        <translation>Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="437"/>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="446"/>
        <source>&amp;Home</source>
        <translation>&amp;Startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="438"/>
        <source>Home</source>
        <translation>Startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/cli.py" line="105"/>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="439"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="440"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="441"/>
        <source>&amp;Need help?</source>
        <translation>&amp;Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="442"/>
        <source>Abou&amp;t</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="443"/>
        <source>About Erfenis</source>
        <translation>Over Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="444"/>
        <source>&amp;Erfenis</source>
        <translation>&amp;Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="445"/>
        <source>He&amp;lp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="447"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="448"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="465"/>
        <source>&amp;About Erfenis</source>
        <translation>&amp;Over Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="449"/>
        <source>Menu bar</source>
        <translation>Menubalk</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="450"/>
        <source>&amp;Lock profile</source>
        <translation>Profiel &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="451"/>
        <source>Loc&amp;k</source>
        <translation>Ver&amp;grendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="453"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="454"/>
        <source>Hide everything at once</source>
        <translation>Alles meteen verbergen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="455"/>
        <source>Hide everything at once (%1): every profile locks and a plain clock fills the window.</source>
        <translation>Alles meteen verbergen (%1): elk profiel wordt vergrendeld en het venster toont alleen nog een klok.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="457"/>
        <source>H&amp;ide everything at once</source>
        <translation>Alles &amp;meteen verbergen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="467"/>
        <source>Leave the &amp;workshop</source>
        <translation>De &amp;workshop verlaten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="468"/>
        <source>Start a &amp;workshop…</source>
        <translation>Een &amp;workshop beginnen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/main_window.py" line="283"/>
        <source>Lock your profile</source>
        <translation>Je profiel vergrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="20"/>
        <source>Start a workshop?</source>
        <translation>Een workshop beginnen?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="20"/>
        <source>Every profile locks first. Erfenis then opens a workshop folder of its own on this computer, apart from your own profiles: nothing of yours is in it, and nothing of the workshop mixes with yours. ‘Leave the workshop’ in this menu brings you back.</source>
        <translation>Eerst gaat elk profiel op slot. Daarna opent Erfenis een eigen workshopmap op deze computer, los van je eigen profielen: er staat niets van jou in, en niets van de workshop raakt vermengd met het jouwe. Met ‘De workshop verlaten’ in dit menu kom je terug.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="25"/>
        <source>&amp;Start the workshop</source>
        <translation>Workshop &amp;beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="26"/>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="42"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="31"/>
        <source>Leave the workshop</source>
        <translation>De workshop verlaten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="31"/>
        <source>Only the facilitator can leave the workshop: it opens this computer’s own Erfenis. Ask the facilitator to unlock their profile first.</source>
        <translation>Alleen de begeleider kan de workshop verlaten: dan opent de eigen Erfenis van deze computer. Vraag de begeleider eerst het eigen profiel te ontgrendelen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="37"/>
        <source>Leave the workshop?</source>
        <translation>De workshop verlaten?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="37"/>
        <source>Every profile locks first, and Erfenis goes back to your own data folder. The workshop folder stays as it is, participants included, until the facilitator wipes them.</source>
        <translation>Eerst gaat elk profiel op slot, en daarna gaat Erfenis terug naar je eigen gegevensmap. De workshopmap blijft zoals hij is, met de deelnemers, tot de begeleider ze wist.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="41"/>
        <source>&amp;Leave the workshop</source>
        <translation>Workshop &amp;verlaten</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../erfenis_desktop/ui/window/neutral_screen.py" line="54"/>
        <source>Clock</source>
        <extracomment>Plain greys, not Erfenis&apos;s warm colours (light, dark).</extracomment>
        <translation>Klok</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/window/neutral_screen.py" line="88"/>
        <location filename="../erfenis_desktop/ui/window/neutral_screen.py" line="89"/>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="228"/>
        <source>You changed a note you had shared, so it is no longer shared. Share it again from Everything I wrote if you like.</source>
        <translation>Je hebt een gedeelde aantekening veranderd, dus die is niet meer gedeeld. Deel hem opnieuw vanuit ‘Alles wat ik heb geschreven’ als je wilt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="225"/>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="257"/>
        <source>Saved.</source>
        <extracomment>Why the last save failed (the note is still in the editor), or None. Set by ``clear_private`` when the profile locked with a note that could not be saved.</extracomment>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="325"/>
        <source>My notes</source>
        <translation>Mijn aantekeningen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="326"/>
        <source>Only you can read these notes: they are encrypted with your password before they are stored.</source>
        <translation>Alleen jij kunt deze aantekeningen lezen: ze worden met je wachtwoord versleuteld voordat ze worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="328"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="329"/>
        <source>Note text</source>
        <translation>Tekst van de aantekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="330"/>
        <source>Write here…</source>
        <translation>Schrijf hier…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="331"/>
        <source>&amp;New note</source>
        <translation>&amp;Nieuwe aantekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="331"/>
        <source>Sa&amp;ve</source>
        <translation>Opsl&amp;aan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="332"/>
        <source>&amp;Delete note</source>
        <translation>Aan&amp;tekening verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/notes_page.py" line="333"/>
        <source>&amp;Back to the start</source>
        <translation>Te&amp;rug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../erfenis_desktop/ui/common/fields.py" line="47"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/fields.py" line="48"/>
        <location filename="../erfenis_desktop/ui/common/fields.py" line="49"/>
        <source>Show the password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
</context>
<context>
    <name>PatternCheckPage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="88"/>
        <source>With the %n person(s) you named, it takes about %1 minutes.</source>
        <translation>
            <numerusform>Met de persoon die je noemde, duurt het ongeveer %1 minuten.</numerusform>
            <numerusform>Met de %n mensen die je noemde, duurt het ongeveer %1 minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="89"/>
        <source>Without anyone named, it takes about %1 minutes.</source>
        <translation>Zonder dat je iemand noemt, duurt het ongeveer %1 minuten.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="343"/>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="351"/>
        <source>Answer %1 of 7 to question %2 of %3</source>
        <translation>Antwoord %1 van 7 op vraag %2 van %3</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="353"/>
        <source>%1, for question %2 of %3</source>
        <translation>%1, bij vraag %2 van %3</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="124"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="125"/>
        <source>Who raised you</source>
        <translation>Wie je heeft opgevoed</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="126"/>
        <source>A name or a word, e.g. a grandparent</source>
        <translation>Een naam of een woord, bijvoorbeeld een grootouder</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="127"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="128"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="129"/>
        <source>The people who raised you</source>
        <translation>De mensen die je hebben opgevoed</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="130"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="131"/>
        <source>Remove the chosen person</source>
        <translation>De gekozen persoon verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="132"/>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="133"/>
        <source>Begin the pattern mirror</source>
        <translation>De patroonspiegel beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="134"/>
        <source>Ba&amp;ck</source>
        <translation>Te&amp;rug</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/parents_stage.py" line="135"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="360"/>
        <source>Stop for no&amp;w</source>
        <translation>Voor &amp;nu stoppen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="361"/>
        <source>Stop for now: your answers are kept, and you can go on from here later</source>
        <translation>Voor nu stoppen: je antwoorden zijn opgeslagen, en je kunt hier later verdergaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="364"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="365"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="367"/>
        <source>Answer %1 of 7</source>
        <translation>Antwoord %1 van 7</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="372"/>
        <source>Keys: 1 to 7 to answer, arrows to go back or on. Every answer is saved at once; you can stop and continue later.</source>
        <translation>Toetsen: 1 tot en met 7 om te antwoorden, pijltjes om terug of verder te gaan. Elk antwoord wordt meteen opgeslagen; je kunt stoppen en later verdergaan.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="374"/>
        <source>&amp;Previous</source>
        <translation>Vo&amp;rige</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="375"/>
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="376"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="377"/>
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="378"/>
        <source>&amp;Finish here</source>
        <translation>Hier &amp;afronden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="379"/>
        <source>Finish here and see the results</source>
        <translation>Hier afronden en de uitkomst bekijken</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="181"/>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="285"/>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="361"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="203"/>
        <source>One card stays chosen for the week. To change it, first choose the card you want instead, then untick this one.</source>
        <translation>Er blijft voor deze week één kaart gekozen. Wil je wisselen? Kies dan eerst de kaart die je liever wilt, en vink deze daarna uit.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="206"/>
        <source>Choose one or two cards at a time.</source>
        <translation>Kies één of twee kaarten tegelijk.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/reminder_settings.py" line="126"/>
        <source>Your reminder settings are not saved; they stay as they were.</source>
        <translation>Je instellingen voor herinneringen zijn niet opgeslagen; ze blijven zoals ze waren.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="258"/>
        <source>You have chosen two cards. Untick one to choose this one instead.</source>
        <translation>Je hebt twee kaarten gekozen. Vink er een uit als je deze liever wilt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="289"/>
        <source>Check in…</source>
        <translation>Terugkijken…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="290"/>
        <source>Check in: %1</source>
        <translation>Terugkijken: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="303"/>
        <source>Chosen on %1. Use them when a moment comes, and check in afterwards: about a minute, whenever you like.</source>
        <translation>Gekozen op %1. Gebruik ze als er een moment komt, en kijk daarna even terug: ongeveer een minuut, wanneer je wilt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="305"/>
        <source>Two is the most at a time: to choose another card, first untick one below.</source>
        <translation>Twee kaarten tegelijk is het meeste: wil je een andere kiezen, vink er dan hieronder eerst een uit.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="320"/>
        <source>You chose this card.</source>
        <translation>Je hebt deze kaart gekozen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="321"/>
        <source>Only a suggestion: choose what fits you.</source>
        <translation>Alleen een voorstel: kies wat bij je past.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="362"/>
        <source>Instead of: “%1”</source>
        <translation>In plaats van: ‘%1’</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="365"/>
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="366"/>
        <source>Practise this card in the coming week</source>
        <translation>Oefen deze week met deze kaart</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="367"/>
        <source>Practise “%1” in the coming week</source>
        <translation>Oefen deze week met ‘%1’</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="341"/>
        <source>Choose this card</source>
        <translation>Kies deze kaart</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="342"/>
        <source>Choose the suggested card</source>
        <translation>Kies de voorgestelde kaart</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/reminder_settings.py" line="68"/>
        <source>%1, from</source>
        <translation>%1, vanaf</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/reminder_settings.py" line="69"/>
        <source>%1, until</source>
        <translation>%1, tot</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="347"/>
        <source>On to step &amp;3: bear the discomfort of the new</source>
        <translation>Door naar stap &amp;3: verdraag het ongemak van het nieuwe</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="348"/>
        <source>On to step 3: bear the discomfort of the new</source>
        <translation>Door naar stap 3: verdraag het ongemak van het nieuwe</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="349"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="350"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="351"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/practice_page.py" line="352"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="45"/>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="78"/>
        <source>Erfenis: workshop</source>
        <translation>Erfenis: workshop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="174"/>
        <source>Presenter: control</source>
        <translation>Presentatie: bediening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="175"/>
        <source>Your notes (only on this screen):</source>
        <translation>Je aantekeningen (alleen op dit scherm):</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="176"/>
        <source>Your notes</source>
        <translation>Je aantekeningen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="177"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="178"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="179"/>
        <source>Sound at the end of a part</source>
        <translation>Geluid aan het eind van een onderdeel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="180"/>
        <source>Close the presenter</source>
        <translation>De presentatie sluiten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="181"/>
        <source>Keys: Space pauses and goes on, → next part, ← previous part, Esc closes.</source>
        <translation>Toetsen: spatie pauzeert en gaat verder, → volgend onderdeel, ← vorig onderdeel, Esc sluit.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="320"/>
        <source>Part %1 of %2</source>
        <translation>Onderdeel %1 van %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="323"/>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="325"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="337"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/presenter.py" line="338"/>
        <source>Go on</source>
        <translation>Verdergaan</translation>
    </message>
</context>
<context>
    <name>ProfileActionDialog</name>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="145"/>
        <source>Change name</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="145"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="146"/>
        <source>Check recovery code</source>
        <translation>Herstelcode controleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="146"/>
        <source>Delete profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="147"/>
        <source>Renew protection</source>
        <translation>Beveiliging vernieuwen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="149"/>
        <source>The name is not secret: everyone who uses Erfenis on this computer sees it.</source>
        <translation>De naam is niet geheim: iedereen die Erfenis op deze computer gebruikt, ziet hem.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="150"/>
        <source>Choose a new password. What you wrote stays as it is; only the lock changes. Your recovery code keeps working.</source>
        <translation>Kies een nieuw wachtwoord. Wat je hebt geschreven blijft zoals het is; alleen het slot verandert. Je herstelcode blijft werken.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="152"/>
        <source>Type your recovery code to check that the copy you kept still opens this profile. Nothing changes.</source>
        <translation>Typ je herstelcode om te controleren of het exemplaar dat je bewaart dit profiel nog opent. Er verandert niets.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="154"/>
        <source>This deletes the profile and everything written in it, for good. It cannot be undone. Type your password to confirm.</source>
        <translation>Hiermee verwijder je het profiel en alles wat erin staat, voorgoed. Dit kan niet ongedaan worden gemaakt. Typ je wachtwoord om te bevestigen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="156"/>
        <source>Do this if someone else may once have known your password and kept a copy of the data file. Everything you wrote is encrypted again under a new key, with a new password that the other person does not know, so an old copy plus your old password no longer opens anything new. You get a new recovery code; the old one stops working. If your new password ever stops working while your old one opens Erfenis again, someone has put back an old copy of the file: do not use the old password, and look at Need help?.</source>
        <translation>Doe dit als iemand anders ooit je wachtwoord kan hebben gekend en een kopie van het gegevensbestand kan hebben bewaard. Alles wat je schreef wordt opnieuw versleuteld met een nieuwe sleutel, onder een nieuw wachtwoord dat die ander niet kent: een oude kopie met je oude wachtwoord opent dan niets nieuws meer. Je krijgt een nieuwe herstelcode; de oude werkt niet meer. Werkt je nieuwe wachtwoord ooit ineens niet meer, terwijl je oude Erfenis weer opent? Dan heeft iemand een oude kopie van het bestand teruggezet. Gebruik het oude wachtwoord dan niet, en kijk bij Hulp nodig?.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="164"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="164"/>
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="165"/>
        <source>Re&amp;peat the new password</source>
        <translation>Nieuw wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="165"/>
        <source>&amp;Recovery code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="166"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="166"/>
        <source>Your &amp;current password</source>
        <translation>Je hui&amp;dige wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="173"/>
        <source>Delete for good</source>
        <translation>Voorgoed verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="173"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="174"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="174"/>
        <source>Renew</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="177"/>
        <location filename="../erfenis_desktop/ui/profile/profile_actions.py" line="178"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ProfileChip</name>
    <message>
        <location filename="../erfenis_desktop/ui/home/chip.py" line="26"/>
        <source>Your profile</source>
        <translation>Je profiel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/chip.py" line="27"/>
        <source>Opens your profile: name, password, recovery code, deleting it</source>
        <translation>Opent je profiel: naam, wachtwoord, herstelcode, verwijderen</translation>
    </message>
</context>
<context>
    <name>ProfileFlow</name>
    <message>
        <location filename="../erfenis_desktop/ui/profile/flow_locking.py" line="59"/>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="228"/>
        <source>Your writing is not saved</source>
        <extracomment>``_partner_target`` while the partner makes a profile of their own from Together. Workshop mode (ui/workshop/mode.py): a function giving the page that is home instead (the facilitator&apos;s page), or None for the usual home.</extracomment>
        <translation>Wat je schreef is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="230"/>
        <source>What you wrote last could not be saved, so it is still on the screen. Try again once it has been saved.</source>
        <translation>Wat je het laatst schreef, kon niet worden opgeslagen en staat dus nog op het scherm. Probeer het opnieuw zodra het is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="252"/>
        <source>Protection renewed</source>
        <translation>Beveiliging vernieuwd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="257"/>
        <source>Profile deleted</source>
        <translation>Profiel verwijderd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="258"/>
        <source>The profile and everything written in it have been deleted.</source>
        <translation>Het profiel en alles wat erin stond, zijn verwijderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="260"/>
        <source>Recovery code checked</source>
        <translation>Herstelcode gecontroleerd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="261"/>
        <source>This recovery code opens your profile. Keep it safe.</source>
        <translation>Deze herstelcode opent je profiel. Bewaar hem goed.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="265"/>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="266"/>
        <source>From now on, unlock your profile with the new password.</source>
        <translation>Ontgrendel je profiel voortaan met het nieuwe wachtwoord.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="279"/>
        <source>For %1</source>
        <translation>Voor %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="327"/>
        <source>No new recovery code yet</source>
        <translation>Nog geen nieuwe herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="370"/>
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/profile_flow.py" line="371"/>
        <source>Erfenis could not note that you kept your recovery code, so it shows you a new one the next time you unlock. The code you kept works until then.</source>
        <translation>Erfenis kon niet vastleggen dat je je herstelcode hebt bewaard. Daarom krijg je er de volgende keer dat je ontgrendelt een nieuwe. Tot dan werkt de code die je bewaarde.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/flow_locking.py" line="60"/>
        <source>What you wrote last could not be saved, so it is still on the screen. If you lock now, it is lost: once a profile is locked, Erfenis keeps no text that is not saved.</source>
        <translation>Wat je het laatst schreef, kon niet worden opgeslagen en staat dus nog op het scherm. Vergrendel je nu, dan ben je het kwijt: van een vergrendeld profiel houdt Erfenis geen tekst vast die niet is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/flow_locking.py" line="64"/>
        <source>&amp;Stay, keep my text</source>
        <translation>&amp;Blijven, tekst houden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/flow_locking.py" line="65"/>
        <source>&amp;Lock and lose it</source>
        <translation>&amp;Vergrendelen, tekst kwijt</translation>
    </message>
</context>
<context>
    <name>ProfileMessages</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/common/messages.py" line="22"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Je kunt het over %n seconde opnieuw proberen.</numerusform>
            <numerusform>Je kunt het over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="38"/>
        <source>Please fill in a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/common/messages.py" line="25"/>
        <source>A name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Een naam mag maximaal %n teken lang zijn.</numerusform>
            <numerusform>Een naam mag maximaal %n tekens lang zijn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="42"/>
        <source>There is already a profile with this name. Choose another name.</source>
        <translation>Er is al een profiel met deze naam. Kies een andere naam.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/common/messages.py" line="28"/>
        <source>A password needs at least %n character(s). A short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Je wachtwoord moet minstens %n teken lang zijn. Een korte zin is makkelijk te onthouden en moeilijk te raden.</numerusform>
            <numerusform>Je wachtwoord moet minstens %n tekens lang zijn. Een korte zin is makkelijk te onthouden en moeilijk te raden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/common/messages.py" line="17"/>
        <source>Your protection has been renewed. %n item(s) could not be opened, because they are damaged or were changed outside Erfenis: they were left as they were. You can remove them under Everything I wrote.</source>
        <translation>
            <numerusform>Je beveiliging is vernieuwd. %n item kon niet worden geopend, omdat het beschadigd is of buiten Erfenis om is veranderd: het is gelaten zoals het was. Je kunt het verwijderen bij Alles wat ik heb geschreven.</numerusform>
            <numerusform>Je beveiliging is vernieuwd. %n items konden niet worden geopend, omdat ze beschadigd zijn of buiten Erfenis om zijn veranderd: ze zijn gelaten zoals ze waren. Je kunt ze verwijderen bij Alles wat ik heb geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="45"/>
        <source>This name looks the same as the name of another profile. Choose a name that is easy to tell apart.</source>
        <translation>Deze naam lijkt precies op de naam van een ander profiel. Kies een naam die goed te onderscheiden is.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="49"/>
        <source>A name cannot contain control characters, such as a tab or a line break. Type the name again.</source>
        <translation>Een naam kan geen stuurtekens bevatten, zoals een tab of een regeleinde. Typ de naam opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="53"/>
        <source>A name cannot contain characters that change the writing direction. Type the name again.</source>
        <translation>Een naam kan geen tekens bevatten die de schrijfrichting veranderen. Typ de naam opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="57"/>
        <source>A name cannot contain invisible characters. Type the name again.</source>
        <translation>Een naam kan geen onzichtbare tekens bevatten. Typ de naam opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="62"/>
        <source>A password cannot be only spaces. Choose one with letters, numbers or other signs.</source>
        <translation>Een wachtwoord kan niet alleen uit spaties bestaan. Kies er een met letters, cijfers of andere tekens.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="66"/>
        <source>A password cannot contain control characters, such as a tab or a line break. Type it again.</source>
        <translation>Een wachtwoord kan geen stuurtekens bevatten, zoals een tab of een regeleinde. Typ het opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="70"/>
        <source>That password is not right.</source>
        <translation>Dat wachtwoord klopt niet.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="73"/>
        <source>Too many wrong passwords in a row.</source>
        <translation>Te veel verkeerde wachtwoorden achter elkaar.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="76"/>
        <source>That recovery code does not open this profile. Check the groups and try again.</source>
        <translation>Deze herstelcode opent dit profiel niet. Controleer de groepen en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="79"/>
        <source>This computer’s extra key for Erfenis is missing (the system keyring was reset, or the data folder was moved to another computer). Your password alone is not enough now: open the profile with your recovery code.</source>
        <translation>De extra sleutel van Erfenis op deze computer ontbreekt (de sleutelbos van het systeem is gewist, of de gegevensmap is naar een andere computer verhuisd). Je wachtwoord alleen is nu niet genoeg: open het profiel met je herstelcode.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="85"/>
        <source>The system keyring cannot be reached right now, and this profile needs the extra key kept there. Unlock your keyring (or log in to your desktop again) and try once more, or open the profile with your recovery code.</source>
        <translation>De sleutelbos van het systeem is nu niet bereikbaar, en dit profiel heeft de extra sleutel nodig die daarin staat. Ontgrendel je sleutelbos (of log opnieuw in op je bureaublad) en probeer het nog eens, of open het profiel met je herstelcode.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="91"/>
        <source>This item is damaged and cannot be opened. Nothing else is affected.</source>
        <translation>Dit onderdeel is beschadigd en kan niet worden geopend. De rest is niet aangetast.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="94"/>
        <source>The previous try is still being checked. Try again in a moment.</source>
        <translation>De vorige poging wordt nog gecontroleerd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="97"/>
        <source>Something was saved while this was running, so nothing was changed. Please try again.</source>
        <translation>Terwijl dit bezig was, is er iets opgeslagen. Daarom is er niets veranderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="101"/>
        <source>The profile is locked.</source>
        <translation>Het profiel is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="103"/>
        <source>This cannot be kept as it is. Choose from what is offered on the screen.</source>
        <translation>Zo kan het niet worden bewaard. Kies uit wat er op het scherm staat.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="106"/>
        <source>Choose a new password, not the one you have now: the point is that nobody who may have known the old one can open your profile.</source>
        <translation>Kies een nieuw wachtwoord, niet het wachtwoord dat je nu hebt: het gaat erom dat niemand die het oude misschien kende, je profiel nog kan openen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="110"/>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="112"/>
        <source>There is nothing written yet. Write something first.</source>
        <translation>Er staat nog niets. Schrijf eerst iets.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="114"/>
        <source>This cannot be shared: your profile is not linked with a partner (any more).</source>
        <translation>Dit kan niet gedeeld worden: je profiel is niet (meer) gekoppeld met een partner.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="117"/>
        <source>Your link needs to be confirmed again. Sit down together under Together and compare your words before you share anything more.</source>
        <translation>Jullie koppeling moet opnieuw worden bevestigd. Ga samen zitten bij Samen met mijn partner en vergelijk jullie woorden voordat je nog iets deelt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="130"/>
        <source>A profile cannot be linked with itself. Your partner opens their own profile to link with you.</source>
        <translation>Een profiel kan niet met zichzelf verbonden worden. Je partner opent het eigen profiel om met jou te verbinden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="134"/>
        <source>What you chose is no longer there; it may have been removed in the meantime. Nothing was changed. Go back and choose again.</source>
        <translation>Wat je koos is er niet meer; het is intussen misschien weggehaald. Er is niets veranderd. Ga terug en kies opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="138"/>
        <source>Only the facilitator of this workshop can do this, with their own profile open. Nothing was changed.</source>
        <translation>Alleen de begeleider van deze workshop kan dit doen, met het eigen profiel open. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="142"/>
        <source>As the facilitator you have no results of your own in the group picture. Nothing was added.</source>
        <translation>Als begeleider heb je geen eigen uitkomsten in het groepsbeeld. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="146"/>
        <source>This workshop already has a facilitator. Nothing was changed.</source>
        <translation>Deze workshop heeft al een begeleider. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="149"/>
        <source>Your results are already in the group picture. They are counted once.</source>
        <translation>Je uitkomsten staan al in het groepsbeeld. Ze tellen één keer mee.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="152"/>
        <source>There are no results of yours to add yet. Finish the pattern mirror first, then add them.</source>
        <translation>Er zijn nog geen uitkomsten van jou om toe te voegen. Maak eerst de patroonspiegel af en voeg ze daarna toe.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="156"/>
        <source>The group picture was emptied just now, so nothing was added. You can add your results again.</source>
        <translation>Het groepsbeeld is net leeggemaakt, dus er is niets toegevoegd. Je kunt je uitkomsten opnieuw toevoegen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="167"/>
        <source>Erfenis could not save the file there (the disk may be full, or the place read-only). Nothing was saved. Choose another place.</source>
        <translation>Erfenis kon het bestand daar niet opslaan (de schijf is misschien vol, of de plek is alleen-lezen). Er is niets opgeslagen. Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="171"/>
        <source>Erfenis cannot read this file: it is gone, or you may not open it. Nothing was imported.</source>
        <translation>Erfenis kan dit bestand niet lezen: het is weg, of je mag het niet openen. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="194"/>
        <source>Something went wrong. Nothing was changed; try again, or restart Erfenis.</source>
        <translation>Er ging iets mis. Er is niets veranderd; probeer het opnieuw, of start Erfenis opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="201"/>
        <source>Erfenis noticed that part of your data file was changed outside Erfenis, for example by putting back an older copy. Everything that could still be opened is there. A text you deleted earlier may have come back; look through Everything I wrote, and remove what you do not want to keep.</source>
        <translation>Erfenis merkte dat een deel van je gegevensbestand buiten Erfenis om is veranderd, bijvoorbeeld doordat er een oudere kopie is teruggezet. Alles wat nog te openen was, staat er. Iets wat je eerder had verwijderd, kan terug zijn; kijk bij Alles wat ik heb geschreven en verwijder wat je niet wilt houden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="207"/>
        <source>Erfenis now protects what you share in a stronger way. The next time you sit down together, confirm your link once more under Together with my partner, by comparing your words. Until then, nothing new is shared.</source>
        <translation>Erfenis beschermt wat jullie delen nu op een sterkere manier. Bevestig de volgende keer dat jullie samen zitten nog één keer jullie koppeling, bij Samen met mijn partner, door jullie woorden te vergelijken. Tot die tijd wordt er niets nieuws gedeeld.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="223"/>
        <source>This profile is protected by your password alone: it got its password while Erfenis could not use this computer’s keyring for its extra key. When the keyring works, change your password once to add the extra protection.</source>
        <translation>Dit profiel is alleen met je wachtwoord beschermd: het kreeg zijn wachtwoord terwijl Erfenis de sleutelbos van deze computer niet kon gebruiken voor zijn extra sleutel. Werkt de sleutelbos weer, wijzig dan één keer je wachtwoord om de extra bescherming toe te voegen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="240"/>
        <source>The disk is full. Make some room on it, for example by emptying the bin or removing large files you no longer need.</source>
        <translation>De schijf is vol. Maak er wat ruimte op vrij, bijvoorbeeld door de prullenbak te legen of grote bestanden weg te halen die je niet meer nodig hebt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="244"/>
        <source>Erfenis cannot write in its data folder (%1): the folder or the disk has been made read-only.</source>
        <translation>Erfenis kan niet schrijven in de gegevensmap (%1): de map of de schijf is alleen-lezen gemaakt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="248"/>
        <source>Erfenis’s data folder (%1) was moved or removed while Erfenis was open. Put it back where it was.</source>
        <translation>De gegevensmap van Erfenis (%1) is verplaatst of verwijderd terwijl Erfenis open was. Zet hem terug waar hij stond.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="251"/>
        <source>Something went wrong with the disk.</source>
        <translation>Er ging iets mis met de schijf.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="256"/>
        <source>What you wrote is not saved yet. It stays here, and Erfenis saves it as soon as it can.</source>
        <translation>Wat je schreef is nog niet opgeslagen. Het blijft hier staan, en Erfenis slaat het op zodra dat kan.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="267"/>
        <source>Nothing was changed. Try again when that is solved.</source>
        <translation>Er is niets veranderd. Probeer het opnieuw als dat is opgelost.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="121"/>
        <source>The link with your partner cannot be opened (part of the file is damaged), so the protection cannot be renewed with it. Unlink under Together first, then renew.</source>
        <translation>De koppeling met je partner kan niet worden geopend (een deel van het bestand is beschadigd), dus de beveiliging kan niet worden vernieuwd. Ontkoppel eerst onder Samen en vernieuw daarna.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="126"/>
        <source>One of these profiles is already linked with someone. A profile can be linked with one partner at a time.</source>
        <translation>Een van deze profielen is al met iemand gekoppeld. Een profiel kan met één partner tegelijk gekoppeld zijn.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="161"/>
        <source>Each of you takes your own file, with a password only you know: one file for the two of you would let each of you open the other’s profile and read what the other wrote for themselves. Your link comes back once both files are imported.</source>
        <translation>Ieder neemt een eigen bestand mee, met een wachtwoord dat alleen die persoon kent: met één bestand voor jullie tweeën zou ieder het profiel van de ander kunnen openen en lezen wat de ander voor zichzelf schreef. Jullie koppeling komt terug zodra beide bestanden zijn geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="175"/>
        <source>This is not an Erfenis take-home file. Choose the file that Erfenis saved with ‘Take my work home’; its name ends in .erfenis. Nothing was imported.</source>
        <translation>Dit is geen meeneembestand van Erfenis. Kies het bestand dat Erfenis opsloeg met ‘Mijn werk meenemen’; de naam eindigt op .erfenis. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="180"/>
        <source>This file is damaged, incomplete or was changed after Erfenis saved it (for example, it was not copied to the end). Nothing was imported. Save it again on the computer it came from, if you can.</source>
        <translation>Dit bestand is beschadigd, onvolledig of veranderd nadat Erfenis het opsloeg (het is bijvoorbeeld niet helemaal gekopieerd). Er is niets geïmporteerd. Sla het zo mogelijk opnieuw op op de computer waar het vandaan komt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="185"/>
        <source>This file was saved by a newer version of Erfenis. Install the newer version here first. Nothing was imported.</source>
        <translation>Dit bestand is opgeslagen door een nieuwere versie van Erfenis. Installeer die nieuwere versie hier eerst. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="189"/>
        <source>Part of this file is already in this Erfenis in another form, so Erfenis did not import any of it. Nothing was changed.</source>
        <translation>Een deel van dit bestand staat al in een andere vorm in deze Erfenis, dus Erfenis heeft er niets van geïmporteerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="213"/>
        <source>Your profile is protected by your password alone: Erfenis could not use this computer’s keyring for its extra key just now. Keep your password strong. When the keyring works again, change your password once (under Your profile) to add the extra protection.</source>
        <translation>Je profiel is alleen met je wachtwoord beschermd: Erfenis kon de sleutelbos van deze computer zojuist niet gebruiken voor zijn extra sleutel. Houd je wachtwoord sterk. Werkt de sleutelbos weer, wijzig dan één keer je wachtwoord (onder Je profiel) om de extra bescherming toe te voegen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/messages.py" line="270"/>
        <source>Something unexpected went wrong, so nothing was changed. Please try again.</source>
        <translation>Er ging onverwacht iets mis, daarom is er niets veranderd. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="119"/>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="120"/>
        <source>Your profile</source>
        <extracomment>What can be done here, in the order shown; &quot;delete&quot; comes last, in a frame of its own.</extracomment>
        <translation>Je profiel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="121"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="121"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="121"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="122"/>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="126"/>
        <source>Renew protection</source>
        <translation>Beveiliging vernieuwen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="122"/>
        <source>Delete this profile</source>
        <translation>Dit profiel verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="123"/>
        <source>Change &amp;name…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="123"/>
        <source>Change name</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="124"/>
        <source>Change pass&amp;word…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="124"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="125"/>
        <source>Check recovery &amp;code…</source>
        <translation>Herstel&amp;code controleren…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="125"/>
        <source>Check recovery code</source>
        <translation>Herstelcode controleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="126"/>
        <source>&amp;Renew protection…</source>
        <translation>Beveiliging ve&amp;rnieuwen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="127"/>
        <source>Delete profile for good…</source>
        <translation>Profiel voorgoed verwijderen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="127"/>
        <source>Delete profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="136"/>
        <source>Cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="138"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="139"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="151"/>
        <source>Your colour</source>
        <translation>Je kleur</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home/profile_page.py" line="156"/>
        <source>Your check words: %1. Your partner compares them when you link your profiles.</source>
        <translation>Je controlewoorden: %1. Je partner vergelijkt ze als jullie je profielen koppelen.</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="393"/>
        <source>Hello, %1</source>
        <translation>Hallo %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="394"/>
        <source>Your profile is open. Lock it (Ctrl+L) before you leave the computer.</source>
        <translation>Je profiel staat open. Vergrendel het (Ctrl+L) voordat je bij de computer weggaat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="400"/>
        <source>%n wrong password(s) were typed for this profile since %1.</source>
        <translation>
            <numerusform>Sinds %1 is er %n keer een verkeerd wachtwoord ingetypt voor dit profiel.</numerusform>
            <numerusform>Sinds %1 is er %n keer een verkeerd wachtwoord ingetypt voor dit profiel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="293"/>
        <source>&amp;Pattern mirror</source>
        <extracomment>A function that gives the exercises service (set by ProfileFlow), for where the person is on the path; without it the path shows no progress.</extracomment>
        <translation>&amp;Patroonspiegel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="293"/>
        <source>Step &amp;1: See the pattern</source>
        <translation>Stap &amp;1: Zie het patroon</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="294"/>
        <source>Step &amp;2: Learn a new language</source>
        <translation>Stap &amp;2: Leer een nieuwe taal</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="294"/>
        <source>Step &amp;3: Bear the discomfort</source>
        <translation>Stap &amp;3: Verdraag het ongemak</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="301"/>
        <source>Not started yet</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="303"/>
        <source>Done on %1</source>
        <translation>Klaar op %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="305"/>
        <source>Under way again since %1; done before on %2</source>
        <translation>Weer bezig sinds %1; eerder klaar op %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="307"/>
        <source>Under way since %1</source>
        <translation>Bezig sinds %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="308"/>
        <source>%1 of %2 questions answered</source>
        <translation>%1 van %2 vragen beantwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="309"/>
        <source>a card used on %1 of %2 days</source>
        <translation>op %1 van %2 dagen een kaart gebruikt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="310"/>
        <source>discomfort noted on %1 of %2 days</source>
        <translation>op %1 van %2 dagen het ongemak genoteerd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="333"/>
        <source>&amp;Begin with the pattern mirror</source>
        <translation>&amp;Begin met de patroonspiegel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="334"/>
        <source>&amp;Continue practising</source>
        <translation>&amp;Verder oefenen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="334"/>
        <source>&amp;Continue where I was</source>
        <translation>&amp;Verder waar ik was</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="343"/>
        <source>Your path</source>
        <translation>Jouw weg</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="354"/>
        <source>The &amp;intimacy check</source>
        <translation>De &amp;intimiteitscheck</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="358"/>
        <source>You and %1</source>
        <translation>Jij en %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="360"/>
        <source>%1 is here too</source>
        <translation>%1 is er ook</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="362"/>
        <source>Your link needs to be confirmed again, together.</source>
        <translation>Jullie koppeling moet opnieuw bevestigd worden, samen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="364"/>
        <source>Linked with %1</source>
        <translation>Gekoppeld met %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="365"/>
        <source>To&amp;gether with %1</source>
        <translation>Sa&amp;men met %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="367"/>
        <source>&amp;Answer together</source>
        <translation>Samen a&amp;ntwoorden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="368"/>
        <source>Our &amp;dance</source>
        <translation>Onze &amp;dans</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="370"/>
        <source>What we shared</source>
        <translation>Wat we deelden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="372"/>
        <source>Your side of the dance</source>
        <translation>Jouw kant van de dans</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="375"/>
        <source>Your &amp;dance</source>
        <comment>one person&apos;s own side, alone</comment>
        <translation>Jouw &amp;dans</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="377"/>
        <source>Mapping your l&amp;oop</source>
        <translation>Jouw &amp;cirkel in kaart</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="379"/>
        <source>On my own</source>
        <translation>In mijn eentje</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="382"/>
        <source>Generations</source>
        <translation>Generaties</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="383"/>
        <source>Everything I &amp;wrote</source>
        <translation>Alles wat ik heb gesch&amp;reven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="385"/>
        <source>&amp;Your profile: %1</source>
        <translation>&amp;Jouw profiel: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="373"/>
        <source>To&amp;gether with my partner</source>
        <translation>Sa&amp;men met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="369"/>
        <source>Mapping our l&amp;oop</source>
        <translation>Onze &amp;cirkel in kaart</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="381"/>
        <source>Earlier &amp;relationships</source>
        <translation>Eerdere rela&amp;ties</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="380"/>
        <source>My &amp;notes</source>
        <translation>Mijn &amp;aantekeningen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="387"/>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="388"/>
        <source>Lock and switch profile</source>
        <translation>Vergrendelen en van profiel wisselen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="407"/>
        <source>Who are you?</source>
        <translation>Wie ben je?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="412"/>
        <source>%1: what you were writing when your profile locked could not be saved, so it is lost. Erfenis keeps no text that is not saved once a profile is locked.</source>
        <translation>%1: wat je aan het schrijven was toen je profiel vergrendelde, kon niet worden opgeslagen en is dus verloren. Van een vergrendeld profiel houdt Erfenis geen tekst vast die niet is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="416"/>
        <source>Each person has their own profile with a password. What you write in it, only you can read. The names are not secret: everyone who uses this computer sees them.</source>
        <translation>Iedereen heeft een eigen profiel met een wachtwoord. Wat je daarin schrijft, kun alleen jij lezen. De namen zijn niet geheim: iedereen die deze computer gebruikt, ziet ze.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="419"/>
        <source>This is the demo: a made-up couple in a temporary folder. Each button shows that profile’s password. Everything is gone when Erfenis closes.</source>
        <translation>Dit is de demo: een verzonnen stel in een tijdelijke map. Op elke knop staat het wachtwoord van dat profiel. Als je Erfenis sluit, is alles weer weg.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="423"/>
        <source>Open the profile of %1</source>
        <translation>Het profiel van %1 openen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="425"/>
        <source>Demo password: %1</source>
        <translation>Wachtwoord van de demo: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="430"/>
        <source>New &amp;profile…</source>
        <translation>Nieuw &amp;profiel…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="431"/>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="131"/>
        <source>Workshop programme</source>
        <translation>Workshopprogramma</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="133"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="136"/>
        <source>N&amp;ame:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="139"/>
        <source>P&amp;rogramme (Ctrl+↑ and Ctrl+↓ change the order):</source>
        <translation>Pro&amp;gramma (Ctrl+↑ en Ctrl+↓ veranderen de volgorde):</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="140"/>
        <source>Move &amp;up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="141"/>
        <source>Move do&amp;wn</source>
        <translation>Naar bene&amp;den</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="143"/>
        <source>&amp;Minutes:</source>
        <translation>Min&amp;uten:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="144"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="146"/>
        <source>Your n&amp;otes (only on your screen):</source>
        <translation>Je aantekeningen (alleen op &amp;jouw scherm):</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="148"/>
        <source>Start the &amp;presenter</source>
        <translation>&amp;Presentatie starten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="149"/>
        <source>&amp;Back</source>
        <translation>Te&amp;rug</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="132"/>
        <source>Saved pro&amp;grammes:</source>
        <translation>Opges&amp;lagen programma’s:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="134"/>
        <source>Dupli&amp;cate</source>
        <translation>Dupli&amp;ceren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="135"/>
        <source>De&amp;lete…</source>
        <translation>Verw&amp;ijderen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="137"/>
        <source>E&amp;xercises of Erfenis:</source>
        <translation>Oefeningen &amp;van Erfenis:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="138"/>
        <source>Add &amp;to the programme</source>
        <translation>T&amp;oevoegen aan het programma</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="142"/>
        <source>R&amp;emove</source>
        <translation>Weg&amp;halen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="145"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="147"/>
        <source>Sa&amp;ve</source>
        <translation>Opsla&amp;an</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="150"/>
        <source>Work&amp;sheets in:</source>
        <translation>Taal van de w&amp;erkbladen:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="151"/>
        <source>Wor&amp;ksheet of this part…</source>
        <translation>Wer&amp;kblad van dit onderdeel…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="152"/>
        <source>All worksheets as one P&amp;DF…</source>
        <translation>Alle &amp;werkbladen als één PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="191"/>
        <source>%n saved programme(s) could not be read and are left out.</source>
        <translation>
            <numerusform>Eén opgeslagen programma kon niet worden gelezen en is weggelaten.</numerusform>
            <numerusform>%n opgeslagen programma’s konden niet worden gelezen en zijn weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="202"/>
        <source>This programme could not be read.</source>
        <translation>Dit programma kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="212"/>
        <source>Leave without saving</source>
        <translation>Weggaan zonder opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="212"/>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="260"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="213"/>
        <source>Your changes to this programme are not saved yet.</source>
        <translation>Je wijzigingen in dit programma zijn nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="214"/>
        <source>Leave this programme?</source>
        <translation>Dit programma verlaten?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="233"/>
        <source>The programme could not be saved. Try again.</source>
        <translation>Het programma kon niet worden opgeslagen. Probeer het nog eens.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="237"/>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="251"/>
        <source>Saved: %1.</source>
        <translation>Opgeslagen: %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="244"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="248"/>
        <source>The programme could not be copied.</source>
        <translation>Het programma kon niet worden gekopieerd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="257"/>
        <source>Delete this programme?</source>
        <translation>Dit programma verwijderen?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="258"/>
        <source>‘%1’ is deleted for good, with your notes in it.</source>
        <translation>‘%1’ wordt voorgoed verwijderd, met je aantekeningen erin.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="260"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="269"/>
        <source>Give the programme a name.</source>
        <translation>Geef het programma een naam.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="270"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>De naam is te lang (maximaal %1 tekens).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="271"/>
        <source>Add at least one part.</source>
        <translation>Voeg minstens één onderdeel toe.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="272"/>
        <source>A programme has at most %1 parts.</source>
        <translation>Een programma heeft maximaal %1 onderdelen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="273"/>
        <source>This part is not an exercise of Erfenis.</source>
        <translation>Dit onderdeel is geen oefening van Erfenis.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="274"/>
        <source>Give it %1 to %2 minutes.</source>
        <translation>Geef het %1 tot %2 minuten.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="276"/>
        <source>Give your own part a title.</source>
        <translation>Geef je eigen onderdeel een titel.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="277"/>
        <source>The title is too long (at most %1 characters).</source>
        <translation>De titel is te lang (maximaal %1 tekens).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="278"/>
        <source>Only your own part or a break can have a title.</source>
        <translation>Alleen een eigen onderdeel of een pauze kan een titel hebben.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="279"/>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>De aantekeningen zijn te lang (maximaal %1 tekens).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="280"/>
        <source>Choose a group of cards.</source>
        <translation>Kies een groep kaarten.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="281"/>
        <source>Only step 2 has groups of cards.</source>
        <translation>Alleen stap 2 heeft groepen kaarten.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="286"/>
        <source>Part %1: %2</source>
        <translation>Onderdeel %1: %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_parts.py" line="147"/>
        <source>Added: %1.</source>
        <translation>Toegevoegd: %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_parts.py" line="178"/>
        <source>%1. %2 (%3 min)</source>
        <translation>%1. %2 (%3 min)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_parts.py" line="190"/>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_parts.py" line="191"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_parts.py" line="192"/>
        <source>Total: %1 in %2 parts</source>
        <translation>Totaal: %1 in %2 onderdelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="340"/>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="343"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="216"/>
        <source>No longer shared.</source>
        <translation>Niet meer gedeeld.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="239"/>
        <source>Shared with your partner: this chart and its sentences as they are today. Share again later to show how it goes on.</source>
        <translation>Gedeeld met je partner: deze grafiek en de zinnen erbij, zoals ze vandaag zijn. Deel later opnieuw om te laten zien hoe het verdergaat.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="272"/>
        <source>You have not chosen a card yet. Choose one or two in step 2; after each check-in you see here how the discomfort goes.</source>
        <translation>Je hebt nog geen kaart gekozen. Kies er een of twee bij stap 2; na elke terugblik zie je hier hoe het ongemak verloopt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="274"/>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="275"/>
        <source>Choose a card in step 2</source>
        <translation>Kies een kaart bij stap 2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="282"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="288"/>
        <source>Discomfort over time: %1</source>
        <translation>Ongemak door de tijd: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="294"/>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="310"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="295"/>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="311"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="301"/>
        <source>Share again, as it is today</source>
        <translation>Opnieuw delen, zoals het nu is</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="302"/>
        <source>Share with my partner</source>
        <translation>Delen met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="303"/>
        <source>Share your progress with “%1” with your partner</source>
        <translation>Deel met je partner hoe het gaat met ‘%1’</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="305"/>
        <source>Stop sharing</source>
        <translation>Niet meer delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="306"/>
        <source>Stop sharing your progress with “%1”</source>
        <translation>Niet meer delen hoe het gaat met ‘%1’</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="308"/>
        <source>Back to step &amp;2</source>
        <translation>Terug naar stap &amp;2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="309"/>
        <source>Back to step 2</source>
        <translation>Terug naar stap 2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="312"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/progress_page.py" line="313"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>PromptChooser</name>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="90"/>
        <source>Any theme</source>
        <translation>Elk thema</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="97"/>
        <source>A question from each theme in turn. Questions you have answered or passed over come back only after all the others.</source>
        <translation>Om de beurt een vraag uit elk thema. Vragen die jullie al beantwoordden of oversloegen, komen pas terug na alle andere.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="100"/>
        <source>The questions of step 1 about the home you grew up in, to answer together.</source>
        <translation>De vragen van stap 1 over het gezin waarin je opgroeide, om samen te beantwoorden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="130"/>
        <source>You have set aside every question of this theme. Choose another theme.</source>
        <translation>Jullie hebben elke vraag van dit thema opzijgelegd. Kies een ander thema.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="172"/>
        <source>“%1” will not be offered to you again.</source>
        <translation>‘%1’ krijgen jullie niet meer te zien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="183"/>
        <source>The question is back.</source>
        <translation>De vraag is terug.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="197"/>
        <source>&amp;Pick a theme:</source>
        <translation>Kies een the&amp;ma:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="198"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="199"/>
        <source>The question</source>
        <translation>De vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="200"/>
        <source>Anothe&amp;r question</source>
        <translation>Een &amp;andere vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="201"/>
        <source>Another question</source>
        <translation>Een andere vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="202"/>
        <source>Not &amp;for us</source>
        <translation>Niet voo&amp;r ons</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="203"/>
        <source>Not for us: never offer this question again</source>
        <translation>Niet voor ons: deze vraag nooit meer voorstellen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="204"/>
        <source>Un&amp;do</source>
        <translation>Ongedaan ma&amp;ken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/prompts/chooser.py" line="205"/>
        <source>Undo: offer this question again</source>
        <translation>Ongedaan maken: deze vraag weer voorstellen</translation>
    </message>
</context>
<context>
    <name>PursueWithdrawAxis</name>
    <message>
        <location filename="../erfenis_desktop/ui/common/charts.py" line="119"/>
        <source>%1: %2, in the middle</source>
        <translation>%1: %2, in het midden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/charts.py" line="120"/>
        <source>%1: %2, toward %3</source>
        <translation>%1: %2, richting %3</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/charts.py" line="124"/>
        <source>From %1 (−6) on the left to %2 (+6) on the right.</source>
        <translation>Van %1 (−6) links tot %2 (+6) rechts.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="255"/>
        <source>Unlock with your recovery code</source>
        <translation>Ontgrendelen met je herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="257"/>
        <source>Type the recovery code you saved when you made this profile, and choose a new password. Spaces, dashes and small letters do not matter. Afterwards you get a new recovery code.</source>
        <translation>Typ de herstelcode die je hebt bewaard toen je dit profiel maakte, en kies een nieuw wachtwoord. Spaties, streepjes en kleine letters maken niet uit. Daarna krijg je een nieuwe herstelcode.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="259"/>
        <source>&amp;Recovery code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="260"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="261"/>
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="262"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="263"/>
        <source>Re&amp;peat the new password</source>
        <translation>Nieuw wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="264"/>
        <source>Repeat the new password</source>
        <translation>Nieuw wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="265"/>
        <source>&amp;Unlock and set password</source>
        <translation>&amp;Ontgrendelen en nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="266"/>
        <source>Unlock and set password</source>
        <translation>Ontgrendelen en nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="267"/>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="268"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="167"/>
        <source>Copied. The clipboard is emptied again in %n second(s).</source>
        <translation>
            <numerusform>Gekopieerd. Het klembord wordt over %n seconde weer leeggemaakt.</numerusform>
            <numerusform>Gekopieerd. Het klembord wordt over %n seconden weer leeggemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="217"/>
        <source>Save the recovery code</source>
        <translation>Herstelcode opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="218"/>
        <source>erfenis-recovery-code.pdf</source>
        <translation>erfenis-herstelcode.pdf</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="219"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="187"/>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="224"/>
        <source>Erfenis recovery code</source>
        <translation>Herstelcode voor Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="189"/>
        <source>With this code you can open your Erfenis profile when you have forgotten your password. Keep it somewhere safe, away from this computer, where only you can find it.</source>
        <translation>Met deze code open je je Erfenis-profiel als je je wachtwoord bent vergeten. Bewaar hem op een veilige plek, niet bij de computer, waar alleen jij hem kunt vinden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="202"/>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="256"/>
        <source>Print the recovery code</source>
        <translation>Herstelcode afdrukken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="203"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="230"/>
        <source>The PDF could not be saved there. Choose another place.</source>
        <translation>De PDF kon daar niet worden opgeslagen. Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="232"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="213"/>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="235"/>
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="129"/>
        <source>This group does not match the code above.</source>
        <translation>Deze groep komt niet overeen met de code hierboven.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="133"/>
        <source>Group %1 does not match the code above. Look at group %1 again, and type it as it is shown.</source>
        <translation>Groep %1 komt niet overeen met de code hierboven. Kijk nog eens naar groep %1 en typ hem precies zoals hij er staat.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="136"/>
        <source>Groups %1 and %2 do not match the code above. Look at them again, and type them as they are shown.</source>
        <translation>De groepen %1 en %2 komen niet overeen met de code hierboven. Kijk er nog eens naar en typ ze precies zoals ze er staan.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="187"/>
        <source>Profile: %1</source>
        <translation>Profiel: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="188"/>
        <source>Made on %1</source>
        <translation>Gemaakt op %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="210"/>
        <source>This file holds your recovery code: with it, anyone can open your profile and read everything you wrote. Save it where only you can reach it, such as a USB stick you keep, not in a folder that others who use this computer can open.</source>
        <translation>Dit bestand bevat je herstelcode: daarmee kan iedereen je profiel openen en alles lezen wat je schreef. Bewaar het waar alleen jij erbij kunt, zoals op een usb-stick die je zelf houdt, en niet in een map die anderen op deze computer kunnen openen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="213"/>
        <source>The name of your profile: %1</source>
        <translation>De naam van je profiel: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="214"/>
        <source>Today’s date</source>
        <translation>De datum van vandaag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="215"/>
        <source>Save your recovery code as a PDF?</source>
        <translation>Je herstelcode opslaan als PDF?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="235"/>
        <source>Your new recovery code</source>
        <translation>Je nieuwe herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="242"/>
        <source>Last time the profile locked before you had confirmed your recovery code, so it may be lost. That code no longer works; this is your new one.</source>
        <translation>De vorige keer ging het profiel op slot voordat je je herstelcode had bevestigd. Misschien ben je die code kwijt. Hij werkt niet meer; dit is je nieuwe.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="252"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="253"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="254"/>
        <source>Copy the recovery code</source>
        <translation>Herstelcode kopiëren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="255"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="257"/>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="258"/>
        <source>Save the recovery code as PDF</source>
        <translation>Herstelcode opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="259"/>
        <source>To be sure you have it, type two groups of the code back.</source>
        <translation>Typ twee groepen van de code over, zodat je zeker weet dat je hem hebt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="261"/>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="251"/>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="262"/>
        <source>Group %1 of the recovery code</source>
        <translation>Groep %1 van de herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="237"/>
        <source>If you ever forget your password, this code is the only way back into your profile. Nobody else can reset your password, not even Erfenis. Write the code down, print it or save it, and keep it where only you can find it. You see it only this once.</source>
        <translation>Vergeet je ooit je wachtwoord, dan kom je alleen met deze code weer in je profiel. Niemand anders kan je wachtwoord terugzetten, ook Erfenis niet. Schrijf de code op, druk hem af of sla hem op, en bewaar hem waar alleen jij hem kunt vinden. Je krijgt hem maar één keer te zien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="263"/>
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="264"/>
        <source>I have saved my code</source>
        <translation>Ik heb mijn code bewaard</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../erfenis_desktop/ui/practice/reminders.py" line="102"/>
        <source>Check in</source>
        <translation>Terugkijken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/reminders.py" line="103"/>
        <source>Check in: open step 2</source>
        <translation>Terugkijken: stap 2 openen</translation>
    </message>
</context>
<context>
    <name>RepairPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="260"/>
        <source>%1: %2</source>
        <extracomment>Keys that move through the steps when the focus is not in a writing field.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="261"/>
        <source>What %1 writes: %2</source>
        <translation>Wat %1 schrijft: %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="383"/>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="404"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="384"/>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="405"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="385"/>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="386"/>
        <source>Begin the conversation</source>
        <translation>Het gesprek beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="387"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nu niet</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="388"/>
        <source>Not now: back to Together</source>
        <translation>Nu niet: terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="392"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorige stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="393"/>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="395"/>
        <source>&amp;Finish</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="395"/>
        <source>&amp;Next step</source>
        <translation>Volgen&amp;de stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="396"/>
        <source>Finish the conversation</source>
        <translation>Het gesprek afronden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="396"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="397"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="398"/>
        <source>Stop the conversation now</source>
        <translation>Het gesprek nu stoppen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="399"/>
        <source>Stop the conversation now (Esc)</source>
        <translation>Het gesprek nu stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="408"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="422"/>
        <source>Open ‘&amp;Mapping our loop’</source>
        <translation>‘Onze &amp;cirkel in kaart’ openen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="423"/>
        <source>Open Mapping our loop</source>
        <translation>Onze cirkel in kaart openen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="424"/>
        <source>&amp;Back to Together</source>
        <translation>&amp;Terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/repair.py" line="425"/>
        <source>Back to Together</source>
        <translation>Terug naar Samen</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="164"/>
        <source>You have not finished the pattern mirror yet.</source>
        <translation>Je hebt de patroonspiegel nog niet afgerond.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="169"/>
        <source>Filled in on %1.</source>
        <translation>Ingevuld op %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="189"/>
        <source>Your parents together</source>
        <translation>Je ouders samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="191"/>
        <source>How much this fits</source>
        <translation>Hoe sterk dit past</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="216"/>
        <source>No pattern stands out strongly in your answers. Read the descriptions anyway: a softer pattern can still play a part when things get tense.</source>
        <translation>Er springt geen patroon sterk uit in je antwoorden. Lees de beschrijvingen toch eens: ook een zachter patroon kan meespelen als het spannend wordt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="223"/>
        <source>&amp;Compare with</source>
        <translation>&amp;Vergelijken met</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="224"/>
        <source>Compare with an earlier time</source>
        <translation>Vergelijken met een eerdere keer</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="229"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="229"/>
        <source>no earlier time yet</source>
        <translation>nog geen eerdere keer om mee te vergelijken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="236"/>
        <source>The dashed outline shows the earlier time.</source>
        <translation>De gestippelde omtrek laat de eerdere keer zien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="240"/>
        <source>Step &amp;1: See the pattern</source>
        <translation>Stap &amp;1: Zie het patroon</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="242"/>
        <source>To the &amp;group picture…</source>
        <translation>Naar het groeps&amp;beeld…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="243"/>
        <source>To the group picture: add my results, counts only</source>
        <translation>Naar het groepsbeeld: mijn uitkomst toevoegen, alleen als aantallen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="244"/>
        <source>&amp;Do it again</source>
        <translation>&amp;Nog een keer doen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="245"/>
        <source>Do the pattern mirror again</source>
        <translation>De patroonspiegel nog een keer doen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="246"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="247"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="248"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="249"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="258"/>
        <source>Stop sh&amp;aring</source>
        <translation>Niet meer &amp;delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="258"/>
        <source>Sh&amp;are with my partner</source>
        <translation>&amp;Delen met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="260"/>
        <source>Your partner can see these results next to theirs, under Together.</source>
        <translation>Je partner kan deze uitkomsten naast de eigen uitkomsten zien, onder Samen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern/results_page.py" line="261"/>
        <source>Share these results with your partner, so you can put them side by side under Together.</source>
        <translation>Deel deze uitkomsten met je partner, dan kunnen jullie ze onder Samen naast elkaar zetten.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/report.py" line="53"/>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="189"/>
        <source>%1 / 100 · %2</source>
        <translation>%1 / 100 · %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/report.py" line="60"/>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="211"/>
        <source>Small steps for this week</source>
        <translation>Kleine stappen voor deze week</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/report.py" line="76"/>
        <source>Your name and today’s date</source>
        <translation>Je naam en de datum van vandaag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/report.py" line="77"/>
        <source>Per area: your score, what it means and the small steps for this week</source>
        <translation>Per gebied: je score, wat die betekent en de kleine stappen voor deze week</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="120"/>
        <source>No longer shared. Your partner cannot open it any more; what they already read, they have seen.</source>
        <translation>Niet meer gedeeld. Je partner kan het niet meer openen; wat je partner al las, is wel gezien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="124"/>
        <source>Shared with your partner.</source>
        <translation>Gedeeld met je partner.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="157"/>
        <source>Step 2 card: %1</source>
        <translation>Kaart van stap 2: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="159"/>
        <source>Step 2: %1</source>
        <translation>Stap 2: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="162"/>
        <source>Answer it together</source>
        <translation>Samen beantwoorden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="169"/>
        <source>You have not finished the intimacy check yet.</source>
        <translation>Je hebt de intimiteitscheck nog niet afgerond.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="174"/>
        <source>Filled in on %1.</source>
        <translation>Ingevuld op %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="200"/>
        <source>On %1: %2</source>
        <translation>Op %1: %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="202"/>
        <source>On %1: %2 / 100</source>
        <translation>Op %1: %2 / 100</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="204"/>
        <source>On %1: %2 / 100 (%3)</source>
        <translation>Op %1: %2 / 100 (%3)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="220"/>
        <source>Open: %1</source>
        <translation>Openen: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="228"/>
        <source>the same</source>
        <translation>hetzelfde</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="229"/>
        <source>%1 points higher now</source>
        <translation>nu %1 punten hoger</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="230"/>
        <source>%1 points lower now</source>
        <translation>nu %1 punten lager</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="235"/>
        <source>&amp;Compare with</source>
        <translation>&amp;Vergelijken met</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="236"/>
        <source>Compare with an earlier time</source>
        <translation>Vergelijken met een eerdere keer</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="241"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="241"/>
        <source>no earlier time yet</source>
        <translation>nog geen eerdere keer om mee te vergelijken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="248"/>
        <source>The dashed outline shows the earlier time.</source>
        <translation>De gestippelde omtrek laat de eerdere keer zien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="254"/>
        <source>Stop sh&amp;aring</source>
        <translation>Niet meer &amp;delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="254"/>
        <source>Sh&amp;are with my partner</source>
        <translation>&amp;Delen met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="256"/>
        <source>Your partner can see these results. Side by side shows both, once your partner has shared too.</source>
        <translation>Je partner kan deze uitkomst zien. Naast elkaar laat jullie allebei zien, zodra je partner ook heeft gedeeld.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="258"/>
        <source>Only you can see these results. Share them if you want to put your areas side by side with your partner’s.</source>
        <translation>Alleen jij kunt deze uitkomst zien. Deel hem als je jullie gebieden naast elkaar wilt zien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="260"/>
        <source>S&amp;ide by side</source>
        <translation>&amp;Naast elkaar</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="261"/>
        <source>Side by side with your partner</source>
        <translation>Naast elkaar met je partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="263"/>
        <source>Save the report as P&amp;DF…</source>
        <translation>Het verslag opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="264"/>
        <source>Save the report as PDF</source>
        <translation>Het verslag opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="265"/>
        <source>Do it a&amp;gain</source>
        <translation>Nog een &amp;keer doen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="266"/>
        <source>Do the intimacy check again</source>
        <translation>De intimiteitscheck nog een keer doen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="270"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="271"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="272"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/intimacy/results_view.py" line="273"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <location filename="../erfenis_desktop/ui/common/charts.py" line="40"/>
        <source>earlier (%1): %2 / 7</source>
        <translation>eerder (%1): %2 / 7</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/common/charts.py" line="41"/>
        <source>earlier: %1 / 7</source>
        <translation>eerder: %1 / 7</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="165"/>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="172"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="166"/>
        <source>Lock a&amp;fter</source>
        <translation>&amp;Vergrendelen na</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="174"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="173"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="125"/>
        <source>This choice applies now, but it could not be saved for the next time you start Erfenis.</source>
        <translation>Deze keuze geldt nu, maar kon niet worden opgeslagen voor de volgende keer dat je Erfenis start.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="148"/>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="150"/>
        <source>Extra protection is on. This computer’s keyring holds a second key that is needed together with your password, so a copy of the data file alone is not enough.</source>
        <translation>Extra bescherming staat aan. De beveiligde opslag van deze computer (de sleutelbos) bewaart een tweede sleutel die samen met je wachtwoord nodig is. Een kopie van het gegevensbestand alleen is dus niet genoeg.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="152"/>
        <source>Extra protection is off on this computer: there is no system keyring. Your profiles are protected by your password alone, so choose a strong one.</source>
        <translation>Extra bescherming staat uit op deze computer: er is geen beveiligde opslag (sleutelbos) van het systeem. Je profielen zijn alleen met je wachtwoord beschermd, dus kies een sterk wachtwoord.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="154"/>
        <source>This computer’s extra key for Erfenis is missing. Open your profile with your recovery code and choose a new password.</source>
        <translation>De extra sleutel van Erfenis op deze computer ontbreekt. Open je profiel met je herstelcode en kies een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="156"/>
        <source>Checking the system keyring…</source>
        <translation>De sleutelbos van het systeem wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="167"/>
        <source> min. without use</source>
        <translation> min. zonder gebruik</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="168"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="169"/>
        <source>Lock an open profile after this many minutes without use</source>
        <translation>Een open profiel vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="170"/>
        <source>Protection on this computer</source>
        <translation>Bescherming op deze computer</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="175"/>
        <source>Te&amp;xt size</source>
        <translation>Te&amp;kstgrootte</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="176"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="177"/>
        <source>Text size in percent</source>
        <translation>Tekstgrootte in procenten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="178"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="179"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="180"/>
        <source>Follow the system</source>
        <translation>Systeeminstelling volgen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="180"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="180"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="181"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="183"/>
        <source>Where your data is kept</source>
        <translation>Waar je gegevens staan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="185"/>
        <source>Everything Erfenis stores is in this folder on this computer, and nowhere else.</source>
        <translation>Alles wat Erfenis bewaart, staat in deze map op deze computer, en nergens anders.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="187"/>
        <source>Data folder: %1</source>
        <translation>Gegevensmap: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="189"/>
        <source>&amp;Back to the start</source>
        <translation>Te&amp;rug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings/settings_page.py" line="190"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="132"/>
        <source>A new workshop</source>
        <translation>Een nieuwe workshop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="134"/>
        <source>&amp;Workshop</source>
        <translation>Wor&amp;kshop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="135"/>
        <source>Name of the workshop</source>
        <translation>Naam van de workshop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="136"/>
        <source>for example: Couples day, spring</source>
        <translation>bijvoorbeeld: Stellendag, voorjaar</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="137"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="138"/>
        <source>Date of the workshop</source>
        <translation>Datum van de workshop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="139"/>
        <source>You, the facilitator:</source>
        <translation>Jij, de begeleider:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="141"/>
        <source>&amp;Start the workshop</source>
        <translation>Workshop &amp;beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="142"/>
        <source>Start the workshop</source>
        <translation>Workshop beginnen</translation>
    </message>
</context>
<context>
    <name>StepOnePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="201"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n woord</numerusform>
            <numerusform>%n woorden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="242"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="245"/>
        <source>You changed an answer you had shared, so it is no longer shared. Share it again from Everything I wrote if you like.</source>
        <translation>Je hebt een gedeeld antwoord veranderd, dus het is niet meer gedeeld. Deel het opnieuw vanuit ‘Alles wat ik heb geschreven’ als je wilt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="282"/>
        <source>Vague: %1</source>
        <translation>Vaag: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="283"/>
        <source>Concrete: %1</source>
        <translation>Concreet: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="286"/>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="295"/>
        <source>On to step &amp;2</source>
        <translation>Door naar stap &amp;2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="296"/>
        <source>On to step 2: Learn a new language</source>
        <translation>Door naar stap 2: Leer een nieuwe taal</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="333"/>
        <source>About this step</source>
        <translation>Over deze stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="334"/>
        <source>About this step: what to write, and why</source>
        <translation>Over deze stap: wat je schrijft, en waarom</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="337"/>
        <source>Most questions here are about the people who raised you. Name them in the pattern mirror first; until then you see only the general questions.</source>
        <translation>De meeste vragen hier gaan over de mensen die je hebben opgevoed. Noem ze eerst in de patroonspiegel; tot die tijd zie je alleen de algemene vragen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="339"/>
        <source>Go to the pattern &amp;mirror</source>
        <translation>Naar de &amp;patroonspiegel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="340"/>
        <source>Go to the pattern mirror</source>
        <translation>Naar de patroonspiegel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="341"/>
        <source>Your answer</source>
        <translation>Je antwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="342"/>
        <source>Write what happened, what someone did or said…</source>
        <translation>Schrijf op wat er gebeurde, wat iemand deed of zei…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="343"/>
        <source>&amp;Previous</source>
        <translation>Vo&amp;rige</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="343"/>
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="295"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="297"/>
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="344"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="344"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="345"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="345"/>
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>StepThrough</name>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="88"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="108"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorige stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="109"/>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="110"/>
        <source>&amp;Next step</source>
        <translation>Volge&amp;nde stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="111"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="112"/>
        <source>Back to the pictu&amp;re</source>
        <translation>Terug naar de &amp;tekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="113"/>
        <source>Back to the picture</source>
        <translation>Terug naar de tekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="114"/>
        <source>Save this step as PN&amp;G…</source>
        <translation>Deze stap opslaan als &amp;afbeelding (PNG)…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="115"/>
        <source>Save this step as PNG</source>
        <translation>Deze stap opslaan als afbeelding (PNG)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="118"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="119"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans/dans_export.py" line="305"/>
        <location filename="../erfenis_desktop/ui/dans/dans_export.py" line="352"/>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="129"/>
        <location filename="../erfenis_desktop/ui/dans/dans_page.py" line="329"/>
        <source>The way out for %1:</source>
        <translation>De uitweg voor %1:</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="35"/>
        <source>Whose work: %1</source>
        <translation>Van wie: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="36"/>
        <source>(everything written in Erfenis, in every exercise)</source>
        <translation>(alles wat in Erfenis is geschreven, bij elke oefening)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="40"/>
        <source>the key that opens it, locked with the file’s password: without that password, nobody can read the file</source>
        <translation>de sleutel die het opent, op slot met het wachtwoord van het bestand: zonder dat wachtwoord kan niemand het bestand lezen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="52"/>
        <source>%1 is now in this Erfenis. Unlock it with the password of the file.</source>
        <translation>%1 staat nu in deze Erfenis. Ontgrendel het profiel met het wachtwoord van het bestand.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="55"/>
        <source>There already was a profile called ‘%1’ here, so this one is called ‘%2’. You can change the name under Your profile.</source>
        <translation>Er was hier al een profiel met de naam ‘%1’, dus dit heet ‘%2’. Je kunt de naam veranderen bij Je profiel.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="61"/>
        <source>At the first unlock Erfenis shows you a new recovery code: write it down or print it.</source>
        <translation>Bij het eerste ontgrendelen laat Erfenis je een nieuwe herstelcode zien: schrijf hem op of druk hem af.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="65"/>
        <source>%1 was brought up to date with the newer work in the file. The password you use on this computer stays the same.</source>
        <translation>%1 is bijgewerkt met het nieuwere werk uit het bestand. Het wachtwoord dat je op deze computer gebruikt, blijft hetzelfde.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="69"/>
        <source>%1 was already here exactly like this. Nothing was added.</source>
        <translation>%1 stond hier al precies zo. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="72"/>
        <source>%1 is here already, with newer work than in this file. The file is older, so it was not imported: nothing was changed.</source>
        <translation>%1 staat hier al, met nieuwer werk dan in dit bestand. Het bestand is ouder, dus het is niet geïmporteerd: er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="76"/>
        <source>%1 is here already, and was changed here as well as in the file. Erfenis does not mix the two or overwrite one with the other, so nothing was changed.</source>
        <translation>%1 staat hier al, en is zowel hier als in het bestand veranderd. Erfenis mengt die twee niet en overschrijft de ene niet met de andere, dus er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="80"/>
        <source>There is a profile here that Erfenis cannot tell apart from the one in this file (%1), but it is not provably the same one (for example, its protection was renewed since). Nothing was changed.</source>
        <translation>Er staat hier een profiel dat Erfenis niet kan onderscheiden van dat in dit bestand (%1), maar het is niet aantoonbaar hetzelfde (de beveiliging is bijvoorbeeld sindsdien vernieuwd). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="87"/>
        <source>The link with the partner is back, with what you shared.</source>
        <translation>De koppeling met je partner is terug, met wat jullie deelden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="90"/>
        <source>Once your partner brings their own file into this Erfenis too, your link and what you shared come back.</source>
        <translation>Zodra je partner ook het eigen bestand in deze Erfenis importeert, komen jullie koppeling en wat jullie deelden terug.</translation>
    </message>
</context>
<context>
    <name>TakeHomeTexts</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="26"/>
        <source>%n text(s) and answer(s)</source>
        <translation>
            <numerusform>%n tekst of antwoord</numerusform>
            <numerusform>%n teksten en antwoorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="29"/>
        <source>your link as a couple, and %n text(s) shared with your partner</source>
        <translation>
            <numerusform>jullie koppeling als stel, en %n tekst die je met je partner deelde</numerusform>
            <numerusform>jullie koppeling als stel, en %n teksten die je met je partner deelde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkGuide</name>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="120"/>
        <source>Time left in this turn: %1</source>
        <translation>Nog over in deze beurt: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="130"/>
        <source>%1 talks, %2 listens.</source>
        <translation>%1 praat, %2 luistert.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="134"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="134"/>
        <source>Start the cl&amp;ock</source>
        <translation>De &amp;klok starten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="136"/>
        <source>Swap t&amp;urns</source>
        <translation>Beurt &amp;wisselen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="137"/>
        <source>Swap turns</source>
        <translation>Beurt wisselen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="138"/>
        <source>&amp;Minutes per turn:</source>
        <translation>&amp;Minuten per beurt:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="139"/>
        <source>Minutes per turn</source>
        <translation>Minuten per beurt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="140"/>
        <source>%1 is talking:</source>
        <translation>%1 praat:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="141"/>
        <source>%1 is listening:</source>
        <translation>%1 luistert:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="148"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/talk_guide.py" line="149"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="122"/>
        <source>Their results of the pattern mirror.</source>
        <extracomment>Cards made at a time: the newest first, the earlier ones when asked for (five years of sharing is hundreds of cards, and making them all would take seconds).</extracomment>
        <translation>De uitkomsten van de patroonspiegel.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="127"/>
        <source>See both results side by side</source>
        <translation>Beide uitkomsten naast elkaar bekijken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="132"/>
        <source>Stop sharing</source>
        <translation>Niet meer delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="133"/>
        <source>Stop sharing: %1</source>
        <translation>Niet meer delen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="143"/>
        <source>Show earlier shared items (%n more)</source>
        <translation>
            <numerusform>Eerder gedeelde teksten tonen (nog %n)</numerusform>
            <numerusform>Eerder gedeelde teksten tonen (nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="156"/>
        <source>No longer shared. Your partner cannot open it any more; what they already read, they have seen.</source>
        <translation>Niet meer gedeeld. Je partner kan het niet meer openen; wat al gelezen is, is gezien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="166"/>
        <source>A note</source>
        <translation>Een aantekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="166"/>
        <source>Pattern mirror</source>
        <translation>Patroonspiegel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="179"/>
        <source>&amp;Back to Together</source>
        <translation>&amp;Terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="180"/>
        <source>Back to Together</source>
        <translation>Terug naar Samen</translation>
    </message>
</context>
<context>
    <name>TogetherExercisePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="334"/>
        <source>We are done: &amp;rate how it felt</source>
        <extracomment>The card groups the listener answers with (domain.practice.GROUPS).</extracomment>
        <translation>We zijn klaar: &amp;zeg hoe het voelde</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="335"/>
        <source>We are done: rate how it felt, each on your own</source>
        <translation>We zijn klaar: zeg ieder voor zich hoe het voelde</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="336"/>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="348"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="337"/>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="349"/>
        <source>Stop the exercise and go back to Together</source>
        <translation>Stop de oefening en ga terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="338"/>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="350"/>
        <source>Stop the exercise (Esc)</source>
        <translation>De oefening stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="345"/>
        <source>I am %1: I &amp;rate on my own</source>
        <translation>Ik ben %1: ik &amp;zeg het voor mezelf</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="357"/>
        <source>%1 out of 10</source>
        <translation>%1 van de 10</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="360"/>
        <source>Keep my &amp;answer, only for me</source>
        <translation>Mijn &amp;antwoord opslaan, alleen voor mij</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="361"/>
        <source>Keep my answer, only for me</source>
        <translation>Mijn antwoord opslaan, alleen voor mij</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="362"/>
        <source>Ski&amp;p</source>
        <translation>Overs&amp;laan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="363"/>
        <source>Skip rating</source>
        <translation>Niet invullen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="364"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="365"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="370"/>
        <source>Practise &amp;again</source>
        <translation>Nog een &amp;keer oefenen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="371"/>
        <source>Practise again</source>
        <translation>Nog een keer oefenen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="372"/>
        <source>&amp;Back to Together</source>
        <translation>&amp;Terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/practice/together_exercise.py" line="373"/>
        <source>Back to Together</source>
        <translation>Terug naar Samen</translation>
    </message>
</context>
<context>
    <name>TogetherPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_page.py" line="161"/>
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_page.py" line="357"/>
        <source>I am %1: I start &amp;writing</source>
        <translation>Ik ben %1: ik ga schrij&amp;ven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_page.py" line="362"/>
        <source>&amp;Yes, show what we shared</source>
        <translation>&amp;Ja, laat zien wat we deelden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_page.py" line="363"/>
        <source>Yes, show what we shared</source>
        <translation>Ja, laat zien wat we deelden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_page.py" line="364"/>
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_page.py" line="365"/>
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_page.py" line="366"/>
        <source>&amp;Back to Together</source>
        <translation>&amp;Terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_page.py" line="367"/>
        <source>Back to Together</source>
        <translation>Terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_page.py" line="368"/>
        <source>En&amp;d and lock both profiles</source>
        <translation>Af&amp;ronden en vergrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together/together_page.py" line="369"/>
        <source>End the session and lock both profiles</source>
        <translation>Afronden en beide profielen vergrendelen</translation>
    </message>
</context>
<context>
    <name>TransferMenu</name>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/menu.py" line="63"/>
        <source>Your writing is not saved</source>
        <translation>Wat je schreef is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/menu.py" line="64"/>
        <source>What you wrote last could not be saved, so it is still on the screen. Try again once it has been saved.</source>
        <translation>Wat je het laatst schreef, kon niet worden opgeslagen en staat dus nog op het scherm. Probeer het opnieuw zodra het is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/menu.py" line="75"/>
        <source>Your work is saved</source>
        <translation>Je werk is opgeslagen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/menu.py" line="76"/>
        <source>Saved as %1. On the other computer, start Erfenis and choose Import from a file… in the Erfenis menu. Until then, keep the file somewhere only you can reach.</source>
        <translation>Opgeslagen als %1. Start op de andere computer Erfenis en kies in het menu Erfenis voor Importeren uit een bestand…. Bewaar het bestand tot dan ergens waar alleen jij bij kunt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/menu.py" line="92"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/menu.py" line="92"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/menu.py" line="96"/>
        <source>&amp;Take my work home…</source>
        <translation>Mijn werk mee&amp;nemen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/transfer/menu.py" line="97"/>
        <source>Im&amp;port from a file…</source>
        <translation>Im&amp;porteren uit een bestand…</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="185"/>
        <source>Unlock %1</source>
        <translation>%1 ontgrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="186"/>
        <source>Type your password. Unlocking takes a moment. That is on purpose: it keeps anyone else from guessing your password quickly.</source>
        <translation>Typ je wachtwoord. Ontgrendelen duurt even. Dat is expres: zo kan een ander je wachtwoord niet snel raden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="188"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="189"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="190"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="191"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="192"/>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="193"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="194"/>
        <source>&amp;Forgot your password?</source>
        <translation>Wachtwoord &amp;vergeten?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile/unlock_page.py" line="195"/>
        <source>Forgot your password? Use your recovery code</source>
        <translation>Wachtwoord vergeten? Gebruik je herstelcode</translation>
    </message>
</context>
<context>
    <name>Worksheets</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/worksheets.py" line="222"/>
        <location filename="../erfenis_desktop/ui/workshop/worksheets.py" line="243"/>
        <source>the PDF could not be written</source>
        <translation>de PDF kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/worksheets.py" line="257"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/worksheets.py" line="258"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/worksheets.py" line="260"/>
        <source>In %1, on A4 paper</source>
        <translation>In het %1, op A4-papier</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/worksheets.py" line="262"/>
        <source>It holds nobody’s writing: only the exercises’ questions and texts, with room to write. This is what will be in the file:</source>
        <translation>Er staat niets in van wat iemand schreef: alleen de vragen en teksten van de oefeningen, met ruimte om te schrijven. Dit komt in het bestand:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/worksheets.py" line="265"/>
        <source>Save worksheets as a PDF?</source>
        <translation>Werkbladen opslaan als PDF?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/worksheets.py" line="268"/>
        <source>Save the worksheets</source>
        <translation>De werkbladen opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/worksheets.py" line="270"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/worksheets.py" line="288"/>
        <source>worksheets</source>
        <translation>werkbladen</translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="228"/>
        <source>Workshop mode: %1</source>
        <translation>Workshopmodus: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="228"/>
        <source>Workshop mode</source>
        <translation>Workshopmodus</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/mode.py" line="230"/>
        <source>Erfenis (workshop mode)</source>
        <translation>Erfenis (workshopmodus)</translation>
    </message>
</context>
<context>
    <name>WorkshopPicker</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="155"/>
        <source>Now it is the turn of %1</source>
        <translation>Nu is %1 aan de beurt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="156"/>
        <source>Couples and participants</source>
        <translation>Stellen en deelnemers</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="157"/>
        <source>Whose turn is it?</source>
        <translation>Wie is er aan de beurt?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="158"/>
        <source>Find your name and unlock with your own password. A couple’s names are side by side. What you write, only you can read; the names are seen by everyone here.</source>
        <translation>Zoek je naam en ontgrendel met je eigen wachtwoord. De namen van een stel staan naast elkaar. Wat je schrijft, kun alleen jij lezen; de namen ziet iedereen hier.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="161"/>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="162"/>
        <source>Search for a name</source>
        <translation>Zoek een naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="163"/>
        <source>No one by that name. Check the spelling, or join the workshop.</source>
        <translation>Niemand met die naam. Kijk of het goed gespeld is, of doe mee aan de workshop.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="164"/>
        <source>No one has joined yet. Join with your name and a password of your own.</source>
        <translation>Er doet nog niemand mee. Doe mee met je naam en een eigen wachtwoord.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="165"/>
        <source>&amp;Join the workshop…</source>
        <translation>&amp;Meedoen aan de workshop…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="166"/>
        <source>Join the workshop</source>
        <translation>Meedoen aan de workshop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="167"/>
        <source>&amp;Group picture</source>
        <translation>Groeps&amp;beeld</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="168"/>
        <source>Show the group picture</source>
        <translation>Het groepsbeeld laten zien</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="171"/>
        <source>Facilitator: %1</source>
        <translation>Begeleider: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/picker.py" line="172"/>
        <source>Open the facilitator’s profile, %1</source>
        <translation>Het profiel van de begeleider openen, %1</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="63"/>
        <source>This workshop already has a facilitator.</source>
        <translation>Deze workshop heeft al een begeleider.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="78"/>
        <source>&amp;Your name</source>
        <translation>&amp;Je naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="79"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="80"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="81"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="82"/>
        <source>Re&amp;peat the password</source>
        <translation>Wachtwoord he&amp;rhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/workshop/forms.py" line="83"/>
        <source>Repeat the password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
</context>
</TS>
