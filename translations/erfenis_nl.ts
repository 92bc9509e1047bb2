<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="44" />
        <source>About Erfenis</source>
        <translation>Over Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="46" />
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="56" />
        <source>Erfenis is free software under the GNU General Public License, version 3 or later. You may use, study, share and change it.</source>
        <translation>Erfenis is vrije software onder de GNU General Public License, versie 3 of later. Je mag het gebruiken, bestuderen, delen en aanpassen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/about_dialog.py" line="59" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>BusyWork</name>
    <message>
        <location filename="../erfenis_desktop/ui/busy.py" line="59" />
        <source>Working… this takes a moment</source>
        <translation>Bezig… dit duurt even</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/compare_page.py" line="100" />
        <source>Parents together</source>
        <translation>Ouders samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/compare_page.py" line="105" />
        <source>Results of %1</source>
        <translation>Uitkomsten van %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/compare_page.py" line="125" />
        <source>&amp;Back to Together</source>
        <translation>&amp;Terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/compare_page.py" line="126" />
        <source>Back to Together</source>
        <translation>Terug naar Samen</translation>
    </message>
</context>
<context>
    <name>CouplePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/couple_page.py" line="133" />
        <source>%n wrong password(s) were typed for the profile of %1 since %2.</source>
        <translation>
            <numerusform>Voor het profiel van %1 is sinds %2 %n keer een verkeerd wachtwoord getypt.</numerusform><numerusform>Voor het profiel van %1 is sinds %2 %n keer een verkeerd wachtwoord getypt.</numerusform></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="139" />
        <source>The last recovery code of %1 was never confirmed as kept. When you are done together, %1 should unlock on their own: Erfenis then shows a new one.</source>
        <translation>Van de laatste herstelcode van %1 is nooit bevestigd dat die bewaard is. Als jullie samen klaar zijn, ontgrendelt %1 het profiel het best even alleen: dan toont Erfenis een nieuwe.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="153" />
        <source>Link with %1…</source>
        <translation>Koppelen met %1…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="165" />
        <source>(a parent of your choice)</source>
        <translation>(een ouder naar keuze)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="206" />
        <source>You are linked. Choose a question to answer together.</source>
        <translation>Jullie zijn gekoppeld. Kies een vraag om samen te beantwoorden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="217" />
        <location filename="../erfenis_desktop/ui/couple_page.py" line="297" />
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="217" />
        <source>Keep us linked</source>
        <translation>Gekoppeld blijven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="226" />
        <source>You are no longer linked. The shared space has been removed.</source>
        <translation>Jullie zijn niet meer gekoppeld. De gedeelde plek is gewist.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="234" />
        <source>The words of %1: %2</source>
        <translation>De woorden van %1: %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="248" />
        <location filename="../erfenis_desktop/ui/couple_page.py" line="253" />
        <source>Linked with %1</source>
        <translation>Gekoppeld met %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="250" />
        <source>To answer a question together, %1 unlocks their own profile too.</source>
        <translation>Om samen een vraag te beantwoorden, ontgrendelt %1 ook het eigen profiel.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="256" />
        <source>Your partner's profile no longer exists</source>
        <translation>Het profiel van je partner bestaat niet meer</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="257" />
        <source>The profile you were linked with has been deleted. Unlink to clear the shared space; then you can link with someone again.</source>
        <translation>Het profiel waarmee je gekoppeld was, is verwijderd. Ontkoppel om de gedeelde plek te wissen; daarna kun je weer met iemand koppelen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="260" />
        <source>The shared space cannot be opened</source>
        <translation>De gedeelde plek kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="261" />
        <source>Part of the file that belongs to your link is damaged. Your own writing is not affected. Unlink, then link again to start a new shared space.</source>
        <translation>Een deel van het bestand dat bij jullie koppeling hoort, is beschadigd. Wat je zelf schreef, is niet aangetast. Ontkoppel en koppel opnieuw om een nieuwe gedeelde plek te beginnen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="269" />
        <source>%1 &amp;joins: unlock their profile</source>
        <translation>%1 doet &amp;mee: profiel ontgrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="275" />
        <source>%1: I have seen the words of %2</source>
        <translation>%1: ik heb de woorden van %2 gezien</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="278" />
        <source>Confirm the new &amp;words</source>
        <translation>De nieuwe &amp;woorden bevestigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="278" />
        <source>L&amp;ink</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="280" />
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="281" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="282" />
        <source>Side b&amp;y side</source>
        <translation>&amp;Naast elkaar</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="283" />
        <source>Side by side</source>
        <translation>Naast elkaar</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="284" />
        <source>Taking t&amp;urns</source>
        <translation>Om &amp;de beurt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="285" />
        <source>Taking turns</source>
        <translation>Om de beurt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="288" />
        <source>St&amp;art</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="289" />
        <source>Start the question</source>
        <translation>Met de vraag beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="296" />
        <source>U&amp;nlink…</source>
        <translation>Ontkoppe&amp;len…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="298" />
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="299" />
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="300" />
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/couple_page.py" line="301" />
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>CreateProfilePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="124" />
        <source>At least 8 characters. A few words in a row work well, for example a line from a song.</source>
        <translation>Minstens 8 tekens. Een paar woorden achter elkaar werkt goed, bijvoorbeeld een regel uit een liedje.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="125" />
        <source>Fair. Longer is stronger: a short sentence is hard to guess.</source>
        <translation>Redelijk. Langer is sterker: een korte zin is moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="126" />
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="129" />
        <source>A new profile</source>
        <translation>Een nieuw profiel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="131" />
        <source>Your profile keeps what you write private: it is encrypted with your password, so nobody else who uses this computer can read it. Afterwards you get a recovery code, for when you forget your password.</source>
        <translation>In je profiel blijft wat je schrijft van jou: het wordt versleuteld met je wachtwoord, zodat niemand anders die deze computer gebruikt het kan lezen. Daarna krijg je een herstelcode, voor als je je wachtwoord vergeet.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="134" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="135" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="136" />
        <source>The name is not secret: everyone who uses Erfenis on this computer sees it. A first name or a nickname is enough.</source>
        <translation>De naam is niet geheim: iedereen die Erfenis op deze computer gebruikt, ziet hem. Een voornaam of bijnaam is genoeg.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="138" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="139" />
        <source>Rust</source>
        <translation>Roest</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="139" />
        <source>Sea blue</source>
        <translation>Zeeblauw</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="139" />
        <source>Moss green</source>
        <translation>Mosgroen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="139" />
        <source>Plum</source>
        <translation>Pruim</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="140" />
        <source>Ochre</source>
        <translation>Oker</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="140" />
        <source>Slate blue</source>
        <translation>Leiblauw</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="142" />
        <source>Colour: %1</source>
        <translation>Kleur: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="144" />
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="145" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="146" />
        <source>Re&amp;peat the password</source>
        <translation>Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="147" />
        <source>Repeat the password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="149" />
        <source>&amp;Make profile</source>
        <translation>Profiel &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="150" />
        <source>Make profile</source>
        <translation>Profiel aanmaken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/create_page.py" line="151" />
        <location filename="../erfenis_desktop/ui/create_page.py" line="152" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DansPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/dans_export.py" line="24" />
        <source>the image could not be written</source>
        <extracomment>The drawings are made at this width (in screen pixels) and scaled to the page.</extracomment>
        <translation>de afbeelding kon niet worden weggeschreven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_export.py" line="88" />
        <source>the PDF could not be written</source>
        <translation>de pdf kon niet worden weggeschreven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="191" />
        <source>(not filled in yet)</source>
        <translation>(nog niet ingevuld)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="192" />
        <source>What sets it off</source>
        <translation>Wat het in gang zet</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="195" />
        <source>(not shared yet)</source>
        <translation>(nog niet gedeeld)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="219" />
        <source>Your link with your partner needs attention (see Together), so this shows only your own side for now.</source>
        <translation>Je koppeling met je partner vraagt aandacht (zie Samen). Daarom zie je hier voorlopig alleen je eigen kant.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="222" />
        <source>There is nothing to see here yet. Start with the pattern check and ‘Mapping our loop’: your own side of the dance appears here.</source>
        <translation>Hier is nog niets te zien. Begin met de patrooncheck en ‘Onze kringloop in kaart’: dan verschijnt hier jouw kant van de dans.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="229" />
        <source>What you brought from home</source>
        <translation>Wat je van thuis meenam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="291" />
        <source>Your places on the axis, and the bars of what you each brought from home</source>
        <translation>Jullie plek op de lijn, en de balken van wat ieder van thuis meenam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="298" />
        <source>Once the file is saved, Erfenis can no longer protect it: anyone who can open it can read it. It holds your own writing from this screen. This is what will be in the file:</source>
        <translation>Zodra het bestand is bewaard, kan Erfenis het niet meer beschermen: iedereen die het kan openen, kan het lezen. Er staat je eigen tekst van dit scherm in. Dit komt in het bestand te staan:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="304" />
        <source>Choose where to save…</source>
        <translation>Kies waar je het bewaart…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="304" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="308" />
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="308" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="309" />
        <source>Save the dance</source>
        <translation>De dans bewaren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="310" />
        <source>our-dance</source>
        <translation>onze-dans</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="319" />
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="321" />
        <source>Saved as %1.</source>
        <translation>Bewaard als %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="343" />
        <source>Your side of the dance</source>
        <translation>Jouw kant van de dans</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="352" />
        <source>Step thro&amp;ugh the loop</source>
        <translation>Stap voor stap door de &amp;kringloop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="353" />
        <source>Step through the loop</source>
        <translation>Stap voor stap door de kringloop</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="354" />
        <source>Save as PN&amp;G…</source>
        <translation>Bewaren als &amp;afbeelding (PNG)…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="355" />
        <source>Save as PNG</source>
        <translation>Bewaren als afbeelding (PNG)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="356" />
        <source>Save as P&amp;DF…</source>
        <translation>Bewaren als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="357" />
        <source>Save as PDF</source>
        <translation>Bewaren als PDF</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="358" />
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="359" />
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="360" />
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="361" />
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
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
        <source>This file is not an Erfenis data file. It may have been replaced by another file, or not saved completely.</source>
        <translation>Dit bestand is geen gegevensbestand van Erfenis. Misschien is het vervangen door een ander bestand, of is het niet helemaal opgeslagen.</translation>
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
        <location filename="../erfenis_desktop/app.py" line="74" />
        <location filename="../erfenis_desktop/app.py" line="81" />
        <location filename="../erfenis_desktop/app.py" line="99" />
        <location filename="../erfenis_desktop/app.py" line="114" />
        <source>Erfenis cannot start</source>
        <translation>Erfenis kan niet starten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="75" />
        <source>Erfenis cannot create its data folder %1 (%2).</source>
        <translation>Erfenis kan de gegevensmap %1 niet aanmaken (%2).</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="82" />
        <source>Some texts of Erfenis are missing or incomplete, so it cannot start. If you edited the content files, check these points:</source>
        <translation>Sommige teksten van Erfenis ontbreken of zijn onvolledig. Daarom kan Erfenis niet starten. Heb je de inhoudsbestanden aangepast? Kijk dan naar deze punten:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="93" />
        <source>Erfenis is already open</source>
        <translation>Erfenis is al geopend</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="94" />
        <source>Erfenis is already open with this data folder:
%1

Switch to that window; only one Erfenis at a time can use a data folder.</source>
        <translation>Erfenis is al geopend met deze gegevensmap:
%1

Ga naar dat venster; een gegevensmap kan maar door één Erfenis tegelijk worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="100" />
        <source>Erfenis cannot write in its data folder:
%1

Check that the folder is yours and the disk is not read-only.</source>
        <translation>Erfenis kan niet schrijven in de gegevensmap:
%1

Controleer of de map van jou is en of de schijf niet alleen-lezen is.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="115" />
        <source>The disk is full, so Erfenis cannot prepare its data file. Make some room and start Erfenis again; nothing has been lost.</source>
        <translation>De schijf is vol, daarom kan Erfenis het gegevensbestand niet aanmaken. Maak wat ruimte vrij en start Erfenis opnieuw; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="180" />
        <source>Open a backup</source>
        <translation>Reservekopie openen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="181" />
        <source>Erfenis backups (*.db)</source>
        <translation>Erfenis-reservekopieën (*.db)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="187" />
        <source>This backup cannot be used</source>
        <translation>Deze reservekopie is niet bruikbaar</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/app.py" line="188" />
        <source>This file cannot be opened either. Choose another backup, or start in a new data folder.</source>
        <translation>Ook dit bestand kan niet worden geopend. Kies een andere reservekopie, of begin in een nieuwe gegevensmap.</translation>
    </message>
</context>
<context>
    <name>FormExercisePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="211" />
        <source>What stood out in your pattern check: %1.</source>
        <translation>Wat opviel in je patrooncheck: %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="222" />
        <source>(choose what fits best)</source>
        <translation>(kies wat het best past)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="254" />
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="274" />
        <source>No longer shared.</source>
        <translation>Niet meer gedeeld.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="277" />
        <source>Shared with your partner. If you change it, share it again.</source>
        <translation>Gedeeld met je partner. Verander je iets, deel het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="310" />
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="317" />
        <source>In your own words</source>
        <translation>In je eigen woorden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="318" />
        <source>In your own words (if you like)</source>
        <translation>In je eigen woorden (als je wilt)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="323" />
        <source>Other words</source>
        <translation>Andere woorden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="324" />
        <source>Other words (if you like)</source>
        <translation>Andere woorden (als je wilt)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="326" />
        <source>Sa&amp;ve</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="327" />
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="328" />
        <source>Stop sh&amp;aring</source>
        <translation>Niet meer &amp;delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="328" />
        <source>Sh&amp;are with my partner</source>
        <translation>&amp;Delen met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="330" />
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="331" />
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="332" />
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/form_exercise_page.py" line="333" />
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>Half</name>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="151" />
        <source>The half of %1</source>
        <translation>De helft van %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="152" />
        <source>About whom:</source>
        <translation>Over wie:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="153" />
        <source>About whom %1 writes</source>
        <translation>Over wie %1 schrijft</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="154" />
        <source>for example: mum, grandad</source>
        <translation>bijvoorbeeld: mama, opa</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="155" />
        <source>The answer of %1</source>
        <translation>Het antwoord van %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="156" />
        <source>Hidden behind dots; Ctrl+Space shows it to you, Ctrl+Enter locks it in.</source>
        <translation>Verborgen achter puntjes; Ctrl+Spatie laat het jou zien, Ctrl+Enter zet het vast.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="158" />
        <source>Shown; Ctrl+Space hides it again.</source>
        <translation>Zichtbaar; Ctrl+Spatie verbergt het weer.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="159" />
        <source>Hide my text</source>
        <translation>Mijn tekst verbergen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="159" />
        <source>Show my text</source>
        <translation>Mijn tekst laten zien</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="160" />
        <source>%1: show or hide your own text</source>
        <translation>%1: je eigen tekst laten zien of verbergen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="161" />
        <source>Share with %1 after reading</source>
        <translation>Na het lezen delen met %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="163" />
        <source>Lock in</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="164" />
        <source>%1: lock in your answer</source>
        <translation>%1: je antwoord vastzetten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="165" />
        <source>Share my answer after all</source>
        <translation>Mijn antwoord toch delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="166" />
        <source>%1: share your answer after all</source>
        <translation>%1: je antwoord toch delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_half.py" line="168" />
        <source>Locked in. %1 cannot see it until you both are ready.</source>
        <translation>Vastgezet. %1 ziet het pas als jullie allebei klaar zijn.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/help_page.py" line="37" />
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/help_page.py" line="38" />
        <source>Back to where you were</source>
        <translation>Terug naar waar je was</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/home_page.py" line="55" />
        <location filename="../erfenis_desktop/ui/home_page.py" line="56" />
        <source>About Erfenis and where to find help</source>
        <translation>Over Erfenis en waar je hulp vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home_page.py" line="57" />
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/home_page.py" line="58" />
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="88" />
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="93" />
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="95" />
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="98" />
        <source>See the pattern</source>
        <translation>Zie het patroon</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="121" />
        <source>Stop sh&amp;aring</source>
        <translation>Niet meer &amp;delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="121" />
        <source>Sh&amp;are with my partner</source>
        <translation>&amp;Delen met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="132" />
        <source>No longer shared. Your partner cannot open it any more; what they already read, they have seen.</source>
        <translation>Niet meer gedeeld. Je partner kan het niet meer openen; wat al gelezen is, is gezien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="136" />
        <source>Shared with your partner.</source>
        <translation>Gedeeld met je partner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/journal_page.py" line="160" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n onderdeel</numerusform><numerusform>%n onderdelen</numerusform></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="183" />
        <location filename="../erfenis_desktop/ui/journal_page.py" line="224" />
        <source>Export to PDF</source>
        <translation>Exporteren naar PDF</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="183" />
        <source>my-erfenis.pdf</source>
        <translation>mijn-erfenis.pdf</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="184" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="198" />
        <location filename="../erfenis_desktop/ui/journal_page.py" line="216" />
        <source>Everything I wrote</source>
        <translation>Alles wat ik heb geschreven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="201" />
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="217" />
        <source>Your notes and your answers in the exercises, newest first. Only you can read them, and searching happens only on this computer.</source>
        <translation>Je aantekeningen en je antwoorden in de oefeningen, de nieuwste eerst. Alleen jij kunt ze lezen, en zoeken gebeurt alleen op deze computer.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="219" />
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="220" />
        <source>Search in what you wrote</source>
        <translation>Zoeken in wat je schreef</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="221" />
        <source>What you wrote</source>
        <translation>Wat je schreef</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="222" />
        <source>The chosen text</source>
        <translation>De gekozen tekst</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="223" />
        <source>Ex&amp;port to PDF…</source>
        <translation>Naar &amp;PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="225" />
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/journal_page.py" line="226" />
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="134" />
        <source>Unlocked profile: %1</source>
        <translation>Ontgrendeld profiel: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="142" />
        <source>Also unlocked: %1</source>
        <translation>Ook ontgrendeld: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="143" />
        <source>Lock both profiles</source>
        <translation>Beide profielen vergrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="155" />
        <source>First keep your recovery code</source>
        <translation>Bewaar eerst je herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="156" />
        <source>The recovery code is shown only once. Copy, print or save it, then type the two groups back; after that you can go on.</source>
        <translation>De herstelcode zie je maar één keer. Kopieer, druk af of sla hem op, en typ dan de twee groepen over. Daarna kun je verder.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="218" />
        <location filename="../erfenis_desktop/ui/main_window.py" line="219" />
        <source>Erfenis</source>
        <translation>Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="220" />
        <location filename="../erfenis_desktop/ui/main_window.py" line="229" />
        <source>&amp;Home</source>
        <translation>&amp;Startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="221" />
        <source>Home</source>
        <translation>Startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="222" />
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="223" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="224" />
        <source>&amp;Need help?</source>
        <translation>&amp;Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="225" />
        <source>Abou&amp;t</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="226" />
        <source>About Erfenis</source>
        <translation>Over Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="227" />
        <source>&amp;Erfenis</source>
        <translation>&amp;Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="228" />
        <source>He&amp;lp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="230" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="231" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="232" />
        <source>&amp;About Erfenis</source>
        <translation>&amp;Over Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="233" />
        <source>Menu bar</source>
        <translation>Menubalk</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="234" />
        <source>&amp;Lock profile</source>
        <translation>Profiel &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="235" />
        <source>Loc&amp;k</source>
        <translation>Ver&amp;grendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/main_window.py" line="145" />
        <source>Lock your profile</source>
        <translation>Je profiel vergrendelen</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="130" />
        <source>The disk is full, so this note could not be saved. It is still here: make some room and save again.</source>
        <translation>De schijf is vol, daarom kon deze aantekening niet worden opgeslagen. Ze staat hier nog: maak wat ruimte vrij en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="135" />
        <source>You changed a note you had shared, so it is no longer shared. Share it again from Everything I wrote if you like.</source>
        <translation>Je hebt een gedeelde aantekening veranderd, dus die is niet meer gedeeld. Deel hem opnieuw vanuit ‘Alles wat ik heb geschreven’ als je wilt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="151" />
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="184" />
        <source>My notes</source>
        <translation>Mijn aantekeningen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="185" />
        <source>Only you can read these notes: they are encrypted with your password before they are stored.</source>
        <translation>Alleen jij kunt deze aantekeningen lezen: ze worden met je wachtwoord versleuteld voordat ze worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="187" />
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="188" />
        <source>Note text</source>
        <translation>Tekst van de aantekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="189" />
        <source>Write here…</source>
        <translation>Schrijf hier…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="190" />
        <source>&amp;New note</source>
        <translation>&amp;Nieuwe aantekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="190" />
        <source>Sa&amp;ve</source>
        <translation>Opsl&amp;aan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="191" />
        <source>&amp;Delete note</source>
        <translation>Aan&amp;tekening verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/notes_page.py" line="192" />
        <source>&amp;Back to the start</source>
        <translation>Te&amp;rug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../erfenis_desktop/ui/fields.py" line="45" />
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/fields.py" line="46" />
        <location filename="../erfenis_desktop/ui/fields.py" line="47" />
        <source>Show the password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
</context>
<context>
    <name>PatternCheckPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="297" />
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="319" />
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="320" />
        <source>Who raised you</source>
        <translation>Wie je heeft opgevoed</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="321" />
        <source>A name or a word, e.g. a grandparent</source>
        <translation>Een naam of een woord, bijvoorbeeld een grootouder</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="322" />
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="323" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="324" />
        <source>The people who raised you</source>
        <translation>De mensen die je hebben opgevoed</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="325" />
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="326" />
        <source>Remove the chosen person</source>
        <translation>De gekozen persoon verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="327" />
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="328" />
        <source>Begin the pattern check</source>
        <translation>De patrooncheck beginnen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="330" />
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="331" />
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="333" />
        <source>Answer %1 of 7</source>
        <translation>Antwoord %1 van 7</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="338" />
        <source>Keys: 1 to 7 to answer, arrows to go back or on. Every answer is saved at once; you can stop and continue later.</source>
        <translation>Toetsen: 1 tot en met 7 om te antwoorden, pijltjes om terug of verder te gaan. Elk antwoord wordt meteen bewaard; je kunt stoppen en later verdergaan.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="340" />
        <source>&amp;Previous</source>
        <translation>Vo&amp;rige</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="341" />
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="342" />
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="343" />
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="344" />
        <source>&amp;Finish here</source>
        <translation>Hier &amp;afronden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="345" />
        <source>Finish here and see the results</source>
        <translation>Hier afronden en de uitkomst bekijken</translation>
    </message>
</context>
<context>
    <name>ProfileActionDialog</name>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="104" />
        <source>Change name</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="104" />
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="105" />
        <source>Check recovery code</source>
        <translation>Herstelcode controleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="105" />
        <source>Delete profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="106" />
        <source>Renew protection</source>
        <translation>Beveiliging vernieuwen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="108" />
        <source>The name is not secret: everyone who uses Erfenis on this computer sees it.</source>
        <translation>De naam is niet geheim: iedereen die Erfenis op deze computer gebruikt, ziet hem.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="109" />
        <source>Choose a new password. What you wrote stays as it is; only the lock changes. Your recovery code keeps working.</source>
        <translation>Kies een nieuw wachtwoord. Wat je hebt geschreven blijft zoals het is; alleen het slot verandert. Je herstelcode blijft werken.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="111" />
        <source>Type your recovery code to check that the copy you kept still opens this profile. Nothing changes.</source>
        <translation>Typ je herstelcode om te controleren of het exemplaar dat je bewaart dit profiel nog opent. Er verandert niets.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="113" />
        <source>This deletes the profile and everything written in it, for good. It cannot be undone. Type your password to confirm.</source>
        <translation>Hiermee verwijder je het profiel en alles wat erin staat, voorgoed. Dit kan niet ongedaan worden gemaakt. Typ je wachtwoord om te bevestigen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="115" />
        <source>Do this if someone else may once have known your password and kept a copy of the data file. Everything you wrote is encrypted again under a new key, so an old copy plus your old password no longer opens anything new. You get a new recovery code; the old one stops working. Type your password to start.</source>
        <translation>Doe dit als iemand anders ooit je wachtwoord kan hebben gekend en een kopie van het gegevensbestand kan hebben bewaard. Alles wat je hebt geschreven wordt opnieuw versleuteld met een nieuwe sleutel, zodat een oude kopie met je oude wachtwoord niets nieuws meer opent. Je krijgt een nieuwe herstelcode; de oude werkt dan niet meer. Typ je wachtwoord om te beginnen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="120" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="120" />
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="121" />
        <source>Re&amp;peat the new password</source>
        <translation>Nieuw wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="121" />
        <source>&amp;Recovery code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="122" />
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="129" />
        <source>Delete for good</source>
        <translation>Voorgoed verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="129" />
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="130" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="130" />
        <source>Renew</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_actions.py" line="133" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ProfileFlow</name>
    <message>
        <location filename="../erfenis_desktop/ui/profile_flow.py" line="221" />
        <source>Profile deleted</source>
        <extracomment>Screens that show a profile's private writing: cleared on lock, after saving what was typed.</extracomment>
        <translation>Profiel verwijderd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_flow.py" line="222" />
        <source>The profile and everything written in it have been deleted.</source>
        <translation>Het profiel en alles wat erin stond, zijn verwijderd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_flow.py" line="224" />
        <source>Recovery code checked</source>
        <translation>Herstelcode gecontroleerd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_flow.py" line="225" />
        <source>This recovery code opens your profile. Keep it safe.</source>
        <translation>Deze herstelcode opent je profiel. Bewaar hem goed.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_flow.py" line="229" />
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/profile_flow.py" line="230" />
        <source>From now on, unlock your profile with the new password.</source>
        <translation>Ontgrendel je profiel voortaan met het nieuwe wachtwoord.</translation>
    </message>
</context>
<context>
    <name>ProfileMessages</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/messages.py" line="17" />
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Je kunt het over %n seconde opnieuw proberen.</numerusform><numerusform>Je kunt het over %n seconden opnieuw proberen.</numerusform></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="33" />
        <source>Please fill in a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/messages.py" line="20" />
        <source>A name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Een naam mag hoogstens %n teken lang zijn.</numerusform><numerusform>Een naam mag hoogstens %n tekens lang zijn.</numerusform></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="37" />
        <source>There is already a profile with this name. Choose another name.</source>
        <translation>Er is al een profiel met deze naam. Kies een andere naam.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/messages.py" line="23" />
        <source>A password needs at least %n character(s). A short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Je wachtwoord moet minstens %n teken lang zijn. Een korte zin is makkelijk te onthouden en moeilijk te raden.</numerusform><numerusform>Je wachtwoord moet minstens %n tekens lang zijn. Een korte zin is makkelijk te onthouden en moeilijk te raden.</numerusform></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="42" />
        <source>That password is not right.</source>
        <translation>Dat wachtwoord klopt niet.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="45" />
        <source>Too many wrong passwords in a row.</source>
        <translation>Te veel verkeerde wachtwoorden achter elkaar.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="48" />
        <source>That recovery code does not open this profile. Check the groups and try again.</source>
        <translation>Deze herstelcode opent dit profiel niet. Controleer de groepen en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="51" />
        <source>This computer's extra key for Erfenis is missing (the system keyring was reset, or the data folder was moved to another computer). Your password alone is not enough now: open the profile with your recovery code.</source>
        <translation>De extra sleutel van Erfenis op deze computer ontbreekt (de sleutelbos van het systeem is gewist, of de gegevensmap is naar een andere computer verhuisd). Je wachtwoord alleen is nu niet genoeg: open het profiel met je herstelcode.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="57" />
        <source>The system keyring cannot be reached right now, and this profile needs the extra key kept there. Unlock your keyring (or log in to your desktop again) and try once more, or open the profile with your recovery code.</source>
        <translation>De sleutelbos van het systeem is nu niet bereikbaar, en dit profiel heeft de extra sleutel nodig die daarin staat. Ontgrendel je sleutelbos (of log opnieuw in op je bureaublad) en probeer het nog eens, of open het profiel met je herstelcode.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="63" />
        <source>This item is damaged and cannot be opened. Nothing else is affected.</source>
        <translation>Dit onderdeel is beschadigd en kan niet worden geopend. De rest is niet aangetast.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="66" />
        <source>The previous try is still being checked. Try again in a moment.</source>
        <translation>De vorige poging wordt nog gecontroleerd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="69" />
        <source>Something was saved while this was running, so nothing was changed. Please try again.</source>
        <translation>Terwijl dit bezig was, is er iets opgeslagen. Daarom is er niets veranderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="73" />
        <source>The profile is locked.</source>
        <translation>Het profiel is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="75" />
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="77" />
        <source>There is nothing written yet. Write something first.</source>
        <translation>Er staat nog niets. Schrijf eerst iets.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="79" />
        <source>This cannot be shared: your profile is not linked with a partner (any more).</source>
        <translation>Dit kan niet gedeeld worden: je profiel is niet (meer) gekoppeld met een partner.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="82" />
        <source>Your partner's words have changed. Sit down together and compare the new words before you share anything more.</source>
        <translation>De woorden van je partner zijn veranderd. Ga samen zitten en vergelijk de nieuwe woorden voordat je nog iets deelt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="86" />
        <source>The link with your partner cannot be opened (part of the file is damaged), so the protection cannot be renewed with it. Unlink under Together first, then renew.</source>
        <translation>De koppeling met je partner kan niet worden geopend (een deel van het bestand is beschadigd), dus de beveiliging kan niet worden vernieuwd. Ontkoppel eerst onder Samen en vernieuw daarna.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="91" />
        <source>One of these profiles is already linked with someone. A profile can be linked with one partner at a time.</source>
        <translation>Een van deze profielen is al met iemand gekoppeld. Een profiel kan met één partner tegelijk gekoppeld zijn.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="94" />
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="104" />
        <source>The disk is full, so nothing was changed. Make some room and try again.</source>
        <translation>De schijf is vol, daarom is er niets veranderd. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/messages.py" line="107" />
        <source>Something unexpected went wrong, so nothing was changed. Please try again.</source>
        <translation>Er ging onverwacht iets mis, daarom is er niets veranderd. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="145" />
        <source>Hello, %1</source>
        <translation>Hallo %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="146" />
        <source>Your profile is open. Lock it (Ctrl+L) before you leave the computer.</source>
        <translation>Je profiel staat open. Vergrendel het (Ctrl+L) voordat je bij de computer weggaat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/picker.py" line="152" />
        <source>%n wrong password(s) were typed for this profile since %1.</source>
        <translation>
            <numerusform>Sinds %1 is er %n keer een verkeerd wachtwoord ingetypt voor dit profiel.</numerusform><numerusform>Sinds %1 is er %n keer een verkeerd wachtwoord ingetypt voor dit profiel.</numerusform></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="157" />
        <source>Your profile</source>
        <translation>Je profiel</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="160" />
        <source>The words of your lock: %1. Your partner compares them when you link your profiles.</source>
        <translation>De woorden van je slot: %1. Je partner vergelijkt ze als jullie je profielen koppelen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="162" />
        <source>&amp;Pattern check</source>
        <translation>&amp;Patrooncheck</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="162" />
        <source>Step &amp;1: See the pattern</source>
        <translation>Stap &amp;1: Zie het patroon</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="163" />
        <source>Everything I &amp;wrote</source>
        <translation>Alles wat ik heb gesch&amp;reven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="164" />
        <source>To&amp;gether with my partner</source>
        <translation>Sa&amp;men met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="165" />
        <source>Mapping our l&amp;oop</source>
        <translation>Onze &amp;kringloop in kaart</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="165" />
        <source>Your &amp;dance</source>
        <translation>Jullie &amp;dans</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="166" />
        <source>Earlier &amp;relationships</source>
        <translation>Eerdere rela&amp;ties</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="169" />
        <source>My &amp;notes</source>
        <translation>Mijn &amp;aantekeningen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="170" />
        <source>My notes</source>
        <translation>Mijn aantekeningen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="171" />
        <source>Change name</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="171" />
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="172" />
        <source>Check recovery code</source>
        <translation>Herstelcode controleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="172" />
        <source>Renew protection</source>
        <translation>Beveiliging vernieuwen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="173" />
        <source>Delete profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="177" />
        <location filename="../erfenis_desktop/ui/picker.py" line="178" />
        <source>Lock and switch profile</source>
        <translation>Vergrendelen en van profiel wisselen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="180" />
        <source>Who are you?</source>
        <translation>Wie ben je?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="182" />
        <source>Each person has their own profile with a password. What you write in it, only you can read. The names are not secret: everyone who uses this computer sees them.</source>
        <translation>Iedereen heeft een eigen profiel met een wachtwoord. Wat je daarin schrijft, kun alleen jij lezen. De namen zijn niet geheim: iedereen die deze computer gebruikt, ziet ze.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="185" />
        <source>This is the demo: a made-up couple in a temporary folder. Each button shows that profile's password. Everything is gone when Erfenis closes.</source>
        <translation>Dit is de demo: een verzonnen stel in een tijdelijke map. Op elke knop staat het wachtwoord van dat profiel. Als je Erfenis sluit, is alles weer weg.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="189" />
        <source>Open the profile of %1</source>
        <translation>Het profiel van %1 openen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="191" />
        <source>Demo password: %1</source>
        <translation>Wachtwoord van de demo: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="193" />
        <source>New &amp;profile…</source>
        <translation>Nieuw &amp;profiel…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/picker.py" line="194" />
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="227" />
        <source>Unlock with your recovery code</source>
        <translation>Ontgrendelen met je herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="229" />
        <source>Type the recovery code you saved when you made this profile, and choose a new password. Spaces, dashes and small letters do not matter. Afterwards you get a new recovery code.</source>
        <translation>Typ de herstelcode die je hebt bewaard toen je dit profiel maakte, en kies een nieuw wachtwoord. Spaties, streepjes en kleine letters maken niet uit. Daarna krijg je een nieuwe herstelcode.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="231" />
        <source>&amp;Recovery code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="232" />
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="233" />
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="234" />
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="235" />
        <source>Re&amp;peat the new password</source>
        <translation>Nieuw wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="236" />
        <source>Repeat the new password</source>
        <translation>Nieuw wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="237" />
        <source>&amp;Unlock and set password</source>
        <translation>&amp;Ontgrendelen en nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="238" />
        <source>Unlock and set password</source>
        <translation>Ontgrendelen en nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="239" />
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="240" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="136" />
        <source>Copied. The clipboard is emptied again in %n second(s).</source>
        <translation>
            <numerusform>Gekopieerd. Het klembord wordt over %n seconde weer leeggemaakt.</numerusform><numerusform>Gekopieerd. Het klembord wordt over %n seconden weer leeggemaakt.</numerusform></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="161" />
        <source>Save the recovery code</source>
        <translation>Herstelcode opslaan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="162" />
        <source>erfenis-recovery-code.pdf</source>
        <translation>erfenis-herstelcode.pdf</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="163" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="145" />
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="168" />
        <source>Erfenis recovery code</source>
        <translation>Herstelcode voor Erfenis</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="147" />
        <source>With this code you can open your Erfenis profile when you have forgotten your password. Keep it somewhere safe, away from this computer, where only you can find it.</source>
        <translation>Met deze code open je je Erfenis-profiel als je je wachtwoord bent vergeten. Bewaar hem op een veilige plek, niet bij de computer, waar alleen jij hem kunt vinden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="155" />
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="200" />
        <source>Print the recovery code</source>
        <translation>Herstelcode afdrukken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="156" />
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="174" />
        <source>The PDF could not be saved there. Choose another place.</source>
        <translation>De PDF kon daar niet worden opgeslagen. Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="176" />
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="179" />
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="179" />
        <source>Your new recovery code</source>
        <translation>Je nieuwe herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="186" />
        <source>Last time the profile locked before you had confirmed your recovery code, so it may be lost. That code no longer works; this is your new one.</source>
        <translation>De vorige keer ging het profiel op slot voordat je je herstelcode had bevestigd. Misschien ben je die code kwijt. Hij werkt niet meer; dit is je nieuwe.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="196" />
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="197" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="198" />
        <source>Copy the recovery code</source>
        <translation>Herstelcode kopiëren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="199" />
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="201" />
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="202" />
        <source>Save the recovery code as PDF</source>
        <translation>Herstelcode opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="203" />
        <source>To be sure you have it, type two groups of the code back.</source>
        <translation>Typ twee groepen van de code over, zodat je zeker weet dat je hem hebt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="205" />
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="195" />
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="206" />
        <source>Group %1 of the recovery code</source>
        <translation>Groep %1 van de herstelcode</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="181" />
        <source>If you ever forget your password, this code is the only way back into your profile. Nobody else can reset your password, not even Erfenis. Write the code down, print it or save it, and keep it where only you can find it. You see it only this once.</source>
        <translation>Vergeet je ooit je wachtwoord, dan kom je alleen met deze code weer in je profiel. Niemand anders kan je wachtwoord terugzetten, ook Erfenis niet. Schrijf de code op, druk hem af of sla hem op, en bewaar hem waar alleen jij hem kunt vinden. Je krijgt hem maar één keer te zien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="207" />
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="208" />
        <source>I have saved my code</source>
        <translation>Ik heb mijn code bewaard</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="129" />
        <source>You have not finished the pattern check yet.</source>
        <translation>Je hebt de patrooncheck nog niet afgerond.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="134" />
        <source>Filled in on %1.</source>
        <translation>Ingevuld op %1.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="154" />
        <source>Your parents together</source>
        <translation>Je ouders samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="156" />
        <source>How much this fits</source>
        <translation>Hoe sterk dit past</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="181" />
        <source>No pattern stands out strongly in your answers. Read the descriptions anyway: a softer pattern can still play a part when things get tense.</source>
        <translation>Er springt geen patroon sterk uit in je antwoorden. Lees de beschrijvingen toch eens: ook een zachter patroon kan meespelen als het spannend wordt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="188" />
        <source>&amp;Compare with</source>
        <translation>&amp;Vergelijken met</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="189" />
        <source>Compare with an earlier time</source>
        <translation>Vergelijken met een eerdere keer</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="194" />
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="194" />
        <source>no earlier time yet</source>
        <translation>nog geen eerdere keer om mee te vergelijken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="201" />
        <source>The dashed outline shows the earlier time.</source>
        <translation>De gestippelde omtrek laat de eerdere keer zien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="205" />
        <source>Step &amp;1: See the pattern</source>
        <translation>Stap &amp;1: Zie het patroon</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="207" />
        <source>&amp;Do it again</source>
        <translation>&amp;Nog een keer doen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="208" />
        <source>Do the pattern check again</source>
        <translation>De patrooncheck nog een keer doen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="209" />
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="210" />
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="211" />
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="212" />
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="216" />
        <source>Stop sh&amp;aring</source>
        <translation>Niet meer &amp;delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="216" />
        <source>Sh&amp;are with my partner</source>
        <translation>&amp;Delen met mijn partner</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="218" />
        <source>Your partner can see these results next to theirs, under Together.</source>
        <translation>Je partner kan deze uitkomsten naast de eigen uitkomsten zien, onder Samen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/results_page.py" line="219" />
        <source>Share these results with your partner, so you can put them side by side under Together.</source>
        <translation>Deel deze uitkomsten met je partner, dan kunnen jullie ze onder Samen naast elkaar zetten.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="135" />
        <location filename="../erfenis_desktop/ui/settings_page.py" line="142" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="136" />
        <source>Lock a&amp;fter</source>
        <translation>&amp;Vergrendelen na</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="144" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="143" />
        <source>La&amp;nguage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="124" />
        <location filename="../erfenis_desktop/ui/settings_page.py" line="126" />
        <source>Extra protection is on. This computer's keyring holds a second key that is needed together with your password, so a copy of the data file alone is not enough.</source>
        <translation>Extra bescherming staat aan. De beveiligde opslag van deze computer (de sleutelbos) bewaart een tweede sleutel die samen met je wachtwoord nodig is. Een kopie van het gegevensbestand alleen is dus niet genoeg.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="128" />
        <source>Extra protection is off on this computer: there is no system keyring. Your profiles are protected by your password alone, so choose a strong one.</source>
        <translation>Extra bescherming staat uit op deze computer: er is geen beveiligde opslag (sleutelbos) van het systeem. Je profielen zijn alleen met je wachtwoord beschermd, dus kies een sterk wachtwoord.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="130" />
        <source>This computer's extra key for Erfenis is missing. Open your profile with your recovery code and choose a new password.</source>
        <translation>De extra sleutel van Erfenis op deze computer ontbreekt. Open je profiel met je herstelcode en kies een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="132" />
        <source>Checking the system keyring…</source>
        <translation>De sleutelbos van het systeem wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="137" />
        <source> min. without use</source>
        <translation> min. zonder gebruik</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="138" />
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="139" />
        <source>Lock an open profile after this many minutes without use</source>
        <translation>Een open profiel vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="140" />
        <source>Protection on this computer</source>
        <translation>Bescherming op deze computer</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="145" />
        <source>Te&amp;xt size</source>
        <translation>Te&amp;kstgrootte</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="146" />
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="147" />
        <source>Text size in percent</source>
        <translation>Tekstgrootte in procenten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="148" />
        <source>&amp;Appearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="149" />
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="150" />
        <source>Follow the system</source>
        <translation>Systeeminstelling volgen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="150" />
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="150" />
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="152" />
        <source>Where your data is kept</source>
        <translation>Waar je gegevens staan</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="154" />
        <source>Everything Erfenis stores is in this folder on this computer, and nowhere else.</source>
        <translation>Alles wat Erfenis bewaart, staat in deze map op deze computer, en nergens anders.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="155" />
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="156" />
        <source>&amp;Back to the start</source>
        <translation>Te&amp;rug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/settings_page.py" line="157" />
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>StepOnePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/step1_page.py" line="152" />
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n woord</numerusform><numerusform>%n woorden</numerusform></translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="168" />
        <source>You changed an answer you had shared, so it is no longer shared. Share it again from Everything I wrote if you like.</source>
        <translation>Je hebt een gedeeld antwoord veranderd, dus het is niet meer gedeeld. Deel het opnieuw vanuit ‘Alles wat ik heb geschreven’ als je wilt.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="199" />
        <source>Vague: %1</source>
        <translation>Vaag: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="200" />
        <source>Concrete: %1</source>
        <translation>Concreet: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="203" />
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="214" />
        <source>Most questions here are about the people who raised you. Name them in the pattern check first; until then you see only the general questions.</source>
        <translation>De meeste vragen hier gaan over de mensen die je hebben opgevoed. Noem ze eerst in de patrooncheck; tot die tijd zie je alleen de algemene vragen.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="216" />
        <source>Go to the pattern &amp;check</source>
        <translation>Naar de &amp;patrooncheck</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="217" />
        <source>Go to the pattern check</source>
        <translation>Naar de patrooncheck</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="218" />
        <source>Your answer</source>
        <translation>Je antwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="219" />
        <source>Write what happened, what someone did or said…</source>
        <translation>Schrijf op wat er gebeurde, wat iemand deed of zei…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="220" />
        <source>&amp;Previous</source>
        <translation>Vo&amp;rige</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="220" />
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="221" />
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="221" />
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="222" />
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="222" />
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="223" />
        <source>&amp;Back to the start</source>
        <translation>&amp;Terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/step1_page.py" line="223" />
        <source>Back to the start</source>
        <translation>Terug naar het startscherm</translation>
    </message>
</context>
<context>
    <name>StepThrough</name>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="71" />
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="91" />
        <source>&amp;Previous step</source>
        <translation>&amp;Vorige stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="92" />
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="93" />
        <source>&amp;Next step</source>
        <translation>Volge&amp;nde stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="94" />
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="95" />
        <source>Back to the pictu&amp;re</source>
        <translation>Terug naar de &amp;tekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="96" />
        <source>Back to the picture</source>
        <translation>Terug naar de tekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="97" />
        <source>Save this step as PN&amp;G…</source>
        <translation>Deze stap bewaren als &amp;afbeelding (PNG)…</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="98" />
        <source>Save this step as PNG</source>
        <translation>Deze stap bewaren als afbeelding (PNG)</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/dans_page.py" line="109" />
        <source>The way out for %1:</source>
        <translation>De uitweg voor %1:</translation>
    </message>
</context>
<context>
    <name>TalkGuide</name>
    <message>
        <location filename="../erfenis_desktop/ui/talk_guide.py" line="109" />
        <source>Time left in this turn: %1</source>
        <translation>Nog over in deze beurt: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/talk_guide.py" line="119" />
        <source>%1 talks, %2 listens.</source>
        <translation>%1 praat, %2 luistert.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/talk_guide.py" line="123" />
        <source>&amp;Pause</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/talk_guide.py" line="123" />
        <source>Start the cl&amp;ock</source>
        <translation>De &amp;klok starten</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/talk_guide.py" line="125" />
        <source>Swap t&amp;urns</source>
        <translation>Beurt &amp;wisselen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/talk_guide.py" line="126" />
        <source>Swap turns</source>
        <translation>Beurt wisselen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/talk_guide.py" line="127" />
        <source>&amp;Minutes per turn:</source>
        <translation>&amp;Minuten per beurt:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/talk_guide.py" line="128" />
        <source>Minutes per turn</source>
        <translation>Minuten per beurt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/talk_guide.py" line="129" />
        <source>For %1, talking:</source>
        <translation>Voor %1, die praat:</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/talk_guide.py" line="130" />
        <source>For %1, listening:</source>
        <translation>Voor %1, die luistert:</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../erfenis_desktop/ui/timeline_page.py" line="88" />
        <source>Their results of the pattern check.</source>
        <translation>De uitkomsten van de patrooncheck.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/timeline_page.py" line="93" />
        <source>See both results side by side</source>
        <translation>Beide uitkomsten naast elkaar bekijken</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/timeline_page.py" line="98" />
        <source>Stop sharing</source>
        <translation>Niet meer delen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/timeline_page.py" line="99" />
        <source>Stop sharing: %1</source>
        <translation>Niet meer delen: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/timeline_page.py" line="114" />
        <source>No longer shared. Your partner cannot open it any more; what they already read, they have seen.</source>
        <translation>Niet meer gedeeld. Je partner kan het niet meer openen; wat al gelezen is, is gezien.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/timeline_page.py" line="122" />
        <source>A note</source>
        <translation>Een aantekening</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/timeline_page.py" line="122" />
        <source>Pattern check</source>
        <translation>Patrooncheck</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/timeline_page.py" line="133" />
        <source>&amp;Back to Together</source>
        <translation>&amp;Terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/timeline_page.py" line="134" />
        <source>Back to Together</source>
        <translation>Terug naar Samen</translation>
    </message>
</context>
<context>
    <name>TogetherPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="144" />
        <source>a parent</source>
        <translation>een ouder</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="148" />
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="277" />
        <source>I am %1: I start &amp;writing</source>
        <translation>Ik ben %1: ik ga schrij&amp;ven</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="281" />
        <source>&amp;Yes, show what we shared</source>
        <translation>&amp;Ja, laat zien wat we deelden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="282" />
        <source>Yes, show what we shared</source>
        <translation>Ja, laat zien wat we deelden</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="283" />
        <source>Need help?</source>
        <translation>Hulp nodig?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="284" />
        <source>Need help? Where to find support</source>
        <translation>Hulp nodig? Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="285" />
        <source>&amp;Back to Together</source>
        <translation>&amp;Terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="286" />
        <source>Back to Together</source>
        <translation>Terug naar Samen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="287" />
        <source>En&amp;d and lock both profiles</source>
        <translation>Af&amp;ronden en vergrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/together_page.py" line="288" />
        <source>End the session and lock both profiles</source>
        <translation>Afronden en beide profielen vergrendelen</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="161" />
        <source>Unlock %1</source>
        <translation>%1 ontgrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="162" />
        <source>Type your password. Unlocking takes a moment. That is on purpose: it keeps anyone else from guessing your password quickly.</source>
        <translation>Typ je wachtwoord. Ontgrendelen duurt even. Dat is expres: zo kan een ander je wachtwoord niet snel raden.</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="164" />
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="165" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="166" />
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="167" />
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="168" />
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="169" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="170" />
        <source>&amp;Forgot your password?</source>
        <translation>Wachtwoord &amp;vergeten?</translation>
    </message>
    <message>
        <location filename="../erfenis_desktop/ui/unlock_page.py" line="171" />
        <source>Forgot your password? Use your recovery code</source>
        <translation>Wachtwoord vergeten? Gebruik je herstelcode</translation>
    </message>
</context>
</TS>