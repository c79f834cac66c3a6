<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveCreateCommand</name>
    <message numerus="yes">
        <source>Archived %n file(s) (%1) into %2: %3.</source>
        <translation>
            <numerusform>Archived %n file (%1) into %2: %3.</numerusform>
            <numerusform>Archived %n files (%1) into %2: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveExtractCommand</name>
    <message numerus="yes">
        <source>Extracted %n file(s) (%1) into %2.</source>
        <translation>
            <numerusform>Extracted %n file (%1) into %2.</numerusform>
            <numerusform>Extracted %n files (%1) into %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveTestCommand</name>
    <message numerus="yes">
        <source>%1: OK, %n file(s) (%2) checked.</source>
        <translation>
            <numerusform>%1: OK, %n file (%2) checked.</numerusform>
            <numerusform>%1: OK, %n files (%2) checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message numerus="yes">
        <source>%n backup(s) in %1.</source>
        <translation>
            <numerusform>%n backup in %1.</numerusform>
            <numerusform>%n backups in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coffre::BackupRun</name>
    <message numerus="yes">
        <source>The backup is done, but deleting %n old backup(s) failed: %1</source>
        <translation>
            <numerusform>The backup is done, but deleting %n old backup failed: %1</numerusform>
            <numerusform>The backup is done, but deleting %n old backups failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coffre::DesktopApp</name>
    <message numerus="yes">
        <source>“%1” was last backed up %n day(s) ago. Open Coffre to back it up now or snooze this reminder.</source>
        <translation>
            <numerusform>“%1” was last backed up %n day ago. Open Coffre to back it up now or snooze this reminder.</numerusform>
            <numerusform>“%1” was last backed up %n days ago. Open Coffre to back it up now or snooze this reminder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coffre::FichierClient</name>
    <message numerus="yes">
        <source>1fichier asked Coffre to slow down; waiting %n second(s) before the next request.</source>
        <translation>
            <numerusform>1fichier asked Coffre to slow down; waiting %n second before the next request.</numerusform>
            <numerusform>1fichier asked Coffre to slow down; waiting %n seconds before the next request.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coffre::HistoryDialog</name>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n file skipped</numerusform>
            <numerusform>%n files skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) deleted</source>
        <translation>
            <numerusform>%n old backup deleted</numerusform>
            <numerusform>%n old backups deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coffre::MainWindow</name>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n backup(s)</source>
        <translation>
            <numerusform>the last %n backup</numerusform>
            <numerusform>the last %n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one an hour for %n hour(s)</source>
        <translation>
            <numerusform>one an hour for %n hour</numerusform>
            <numerusform>one an hour for %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a day for %n day(s)</source>
        <translation>
            <numerusform>one a day for %n day</numerusform>
            <numerusform>one a day for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a week for %n week(s)</source>
        <translation>
            <numerusform>one a week for %n week</numerusform>
            <numerusform>one a week for %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a month for %n month(s)</source>
        <translation>
            <numerusform>one a month for %n month</numerusform>
            <numerusform>one a month for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a year for %n year(s)</source>
        <translation>
            <numerusform>one a year for %n year</numerusform>
            <numerusform>one a year for %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n pinned backup(s)</source>
        <translation>
            <numerusform>; and %n pinned backup</numerusform>
            <numerusform>; and %n pinned backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coffre::ProfileEditor</name>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backups in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted by the next run</source>
        <translation>
            <numerusform>%n deleted by the next run</numerusform>
            <numerusform>%n deleted by the next run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder, never touched.</source>
        <translation>
            <numerusform>%n other file in the folder, never touched.</numerusform>
            <numerusform>%n other files in the folder, never touched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coffre::RemoteBrowser</name>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pinned</source>
        <translation>
            <numerusform>%n pinned</numerusform>
            <numerusform>%n pinned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s) into %1.</source>
        <translation>
            <numerusform>Restored %n file into %1.</numerusform>
            <numerusform>Restored %n files into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coffre::TrayController</name>
    <message numerus="yes">
        <source>%n backup(s) failed</source>
        <translation>
            <numerusform>%n backup failed</numerusform>
            <numerusform>%n backups failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) overdue</source>
        <translation>
            <numerusform>%n backup overdue</numerusform>
            <numerusform>%n backups overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message numerus="yes">
        <source>Scanning: %n file(s), %1</source>
        <translation>
            <numerusform>Scanning: %n file, %1</numerusform>
            <numerusform>Scanning: %n files, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PruneCommand</name>
    <message numerus="yes">
        <source>Deleted %n old backup(s).</source>
        <translation>
            <numerusform>Deleted %n old backup.</numerusform>
            <numerusform>Deleted %n old backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrunePrinter</name>
    <message numerus="yes">
        <source>%n backup(s) kept, </source>
        <translation>
            <numerusform>%n backup kept, </numerusform>
            <numerusform>%n backups kept, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted.</source>
        <translation>
            <numerusform>%n deleted.</numerusform>
            <numerusform>%n deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder are not touched.</source>
        <translation>
            <numerusform>%n other file in the folder are not touched.</numerusform>
            <numerusform>%n other files in the folder are not touched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message numerus="yes">
        <source>Restored %n file(s)</source>
        <translation>
            <numerusform>Restored %n file</numerusform>
            <numerusform>Restored %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDuration</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message numerus="yes">
        <source>Backed up %1: %2 (%3, %n file(s)) in %4, verified.</source>
        <translation>
            <numerusform>Backed up %1: %2 (%3, %n file) in %4, verified.</numerusform>
            <numerusform>Backed up %1: %2 (%3, %n files) in %4, verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n old backup(s).</source>
        <translation>
            <numerusform>Deleted %n old backup.</numerusform>
            <numerusform>Deleted %n old backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message numerus="yes">
        <source>every %nh</source>
        <translation>
            <numerusform>every %nh</numerusform>
            <numerusform>every %nh</numerusform>
        </translation>
    </message>
</context>
</TS>
