<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CouplePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/together/couple_page.py" line="169"/>
        <source>%n wrong password(s) were typed for the profile of %1 since %2.</source>
        <translation>
            <numerusform>%n wrong password was typed for the profile of %1 since %2.</numerusform>
            <numerusform>%n wrong passwords were typed for the profile of %1 since %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacilitatorPage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="174"/>
        <source>%n participant(s) and everything they wrote, shared or linked will be removed from this laptop, with every copy Erfenis keeps of the workshop folder. This cannot be undone. Your profile and your programmes stay.

Has everyone taken their work home?</source>
        <translation>
            <numerusform>%n participant and everything they wrote, shared or linked will be removed from this laptop, with every copy Erfenis keeps of the workshop folder. This cannot be undone. Your profile and your programmes stay.

Has everyone taken their work home?</numerusform>
            <numerusform>%n participants and everything they wrote, shared or linked will be removed from this laptop, with every copy Erfenis keeps of the workshop folder. This cannot be undone. Your profile and your programmes stay.

Has everyone taken their work home?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="213"/>
        <source>Removed: %n participant(s) with everything of theirs.</source>
        <translation>
            <numerusform>Removed: %n participant with everything of theirs.</numerusform>
            <numerusform>Removed: %n participants with everything of theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="214"/>
        <source>Copies Erfenis kept of the workshop folder, removed: %n.</source>
        <translation>
            <numerusform>Copies Erfenis kept of the workshop folder, removed: %n.</numerusform>
            <numerusform>Copies Erfenis kept of the workshop folder, removed: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="217"/>
        <source>Checked %n file(s) in the workshop folder:</source>
        <translation>
            <numerusform>Checked %n file in the workshop folder:</numerusform>
            <numerusform>Checked %n files in the workshop folder:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="220"/>
        <source>Searched every file for %n participant name(s), in UTF-8 and UTF-16,</source>
        <translation>
            <numerusform>Searched every file for %n participant name, in UTF-8 and UTF-16,</numerusform>
            <numerusform>Searched every file for %n participant names, in UTF-8 and UTF-16,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="222"/>
        <source>and for %n piece(s) of their encrypted writing.</source>
        <translation>
            <numerusform>and for %n piece of their encrypted writing.</numerusform>
            <numerusform>and for %n pieces of their encrypted writing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="224"/>
        <source>%n name(s) of one or two letters cannot be searched for reliably; they went with their profiles.</source>
        <translation>
            <numerusform>%n name of one or two letters cannot be searched for reliably; it went with its profile.</numerusform>
            <numerusform>%n names of one or two letters cannot be searched for reliably; they went with their profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="252"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/facilitator_page.py" line="252"/>
        <source>%n couple(s)</source>
        <translation>
            <numerusform>%n couple</numerusform>
            <numerusform>%n couples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="282"/>
        <source>%n more needed</source>
        <translation>
            <numerusform>%n more needed</numerusform>
            <numerusform>%n more needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/group_page.py" line="299"/>
        <source>%n people added their results.</source>
        <translation>
            <numerusform>1 person added their results.</numerusform>
            <numerusform>%n people added their results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="197"/>
        <source>%n item(s) cannot be opened: damaged, or changed outside Erfenis. They are at the end of the list; choose one to remove it. Nothing else is affected.</source>
        <translation>
            <numerusform>%n item cannot be opened: it is damaged, or it was changed outside Erfenis. It is at the end of the list; choose it to remove it. Nothing else is affected.</numerusform>
            <numerusform>%n items cannot be opened: damaged, or changed outside Erfenis. They are at the end of the list; choose one to remove it. Nothing else is affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/journal/journal_page.py" line="284"/>
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
        <location filename="../erfenis_desktop/ui/pattern/pattern_check_page.py" line="88"/>
        <source>With the %n person(s) you named, it takes about %1 minutes.</source>
        <translation>
            <numerusform>With the person you named, it takes about %1 minutes.</numerusform>
            <numerusform>With the %n people you named, it takes about %1 minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileMessages</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/common/messages.py" line="17"/>
        <source>Your protection has been renewed. %n item(s) could not be opened, because they are damaged or were changed outside Erfenis: they were left as they were. You can remove them under Everything I wrote.</source>
        <translation>
            <numerusform>Your protection has been renewed. %n item could not be opened, because it is damaged or was changed outside Erfenis: it was left as it was. You can remove it under Everything I wrote.</numerusform>
            <numerusform>Your protection has been renewed. %n items could not be opened, because they are damaged or were changed outside Erfenis: they were left as they were. You can remove them under Everything I wrote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/common/messages.py" line="22"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/common/messages.py" line="25"/>
        <source>A name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A name can be at most %n character long.</numerusform>
            <numerusform>A name can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/common/messages.py" line="28"/>
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
        <location filename="../erfenis_desktop/ui/profile/picker.py" line="400"/>
        <source>%n wrong password(s) were typed for this profile since %1.</source>
        <translation>
            <numerusform>%n wrong password was typed for this profile since %1.</numerusform>
            <numerusform>%n wrong passwords were typed for this profile since %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/workshop/programme_page.py" line="191"/>
        <source>%n saved programme(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n saved programme could not be read and is left out.</numerusform>
            <numerusform>%n saved programmes could not be read and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/profile/recovery_code_page.py" line="167"/>
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
        <location filename="../erfenis_desktop/ui/steps/step1_page.py" line="201"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeHomeTexts</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="26"/>
        <source>%n text(s) and answer(s)</source>
        <translation>
            <numerusform>%n text or answer</numerusform>
            <numerusform>%n texts and answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/transfer/texts.py" line="29"/>
        <source>your link as a couple, and %n text(s) shared with your partner</source>
        <translation>
            <numerusform>your link as a couple, and %n text shared with your partner</numerusform>
            <numerusform>your link as a couple, and %n texts shared with your partner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <location filename="../erfenis_desktop/ui/journal/timeline_page.py" line="143"/>
        <source>Show earlier shared items (%n more)</source>
        <translation>
            <numerusform>Show earlier shared items (%n more)</numerusform>
            <numerusform>Show earlier shared items (%n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
