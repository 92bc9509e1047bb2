<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CouplePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/couple_page.py" line="159"/>
        <source>%n wrong password(s) were typed for the profile of %1 since %2.</source>
        <translation>
            <numerusform>%n wrong password was typed for the profile of %1 since %2.</numerusform>
            <numerusform>%n wrong passwords were typed for the profile of %1 since %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/journal_page.py" line="155"/>
        <source>%n item(s) cannot be opened: damaged, or changed outside Erfenis. They are at the end of the list; choose one to remove it. Nothing else is affected.</source>
        <translation>
            <numerusform>%n item cannot be opened: it is damaged, or it was changed outside Erfenis. It is at the end of the list; choose it to remove it. Nothing else is affected.</numerusform>
            <numerusform>%n items cannot be opened: damaged, or changed outside Erfenis. They are at the end of the list; choose one to remove it. Nothing else is affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/journal_page.py" line="249"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternCheckPage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/pattern_check_page.py" line="149"/>
        <source>With the %n person(s) you named, it takes about %1 minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileMessages</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/messages.py" line="17"/>
        <source>Your protection has been renewed. %n item(s) could not be opened, because they are damaged or were changed outside Erfenis: they were left as they were. You can remove them under Everything I wrote.</source>
        <translation>
            <numerusform>Your protection has been renewed. %n item could not be opened, because it is damaged or was changed outside Erfenis: it was left as it was. You can remove it under Everything I wrote.</numerusform>
            <numerusform>Your protection has been renewed. %n items could not be opened, because they are damaged or were changed outside Erfenis: they were left as they were. You can remove them under Everything I wrote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/messages.py" line="22"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/messages.py" line="25"/>
        <source>A name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A name can be at most %n character long.</numerusform>
            <numerusform>A name can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/messages.py" line="28"/>
        <source>A password needs at least %n character(s). A short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>A password needs at least %n character. A short sentence is easy to remember and hard to guess.</numerusform>
            <numerusform>A password needs at least %n characters. A short sentence is easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/picker.py" line="354"/>
        <source>%n wrong password(s) were typed for this profile since %1.</source>
        <translation>
            <numerusform>%n wrong password was typed for this profile since %1.</numerusform>
            <numerusform>%n wrong passwords were typed for this profile since %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/recovery_code_page.py" line="167"/>
        <source>Copied. The clipboard is emptied again in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is emptied again in %n second.</numerusform>
            <numerusform>Copied. The clipboard is emptied again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepOnePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/step1_page.py" line="201"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
</TS>
