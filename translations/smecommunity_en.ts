<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Resolved hunk %1 of %2; %n left to resolve.</source>
        <translation>
            <numerusform>Resolved hunk %1 of %2; %n left to resolve.</numerusform>
            <numerusform>Resolved hunk %1 of %2; %n left to resolve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::Application</name>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln record to %1.</numerusform>
            <numerusform>Exported %Ln records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) to %1</source>
        <translation>
            <numerusform>%n invitation to %1</numerusform>
            <numerusform>%n invitations to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::ComparePage</name>
    <message numerus="yes">
        <source>%n countries compared; a practice with several pillars or target groups counts under each.</source>
        <translation>
            <numerusform>%n country compared; a practice with several pillars or target groups counts under each.</numerusform>
            <numerusform>%n countries compared; a practice with several pillars or target groups counts under each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictsPage</name>
    <message numerus="yes">
        <source>%Ln record(s) changed here and on the server need your decision.</source>
        <translation>
            <numerusform>%Ln record changed here and on the server needs your decision.</numerusform>
            <numerusform>%Ln records changed here and on the server need your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountryProfilePage</name>
    <message numerus="yes">
        <source>%Ln thread(s) started by its delegates</source>
        <translation>
            <numerusform>%Ln thread started by its delegates</numerusform>
            <numerusform>%Ln threads started by its delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln led or joined</source>
        <translation>
            <numerusform>%Ln led or joined</numerusform>
            <numerusform>%Ln led or joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::HistoryDialog</name>
    <message numerus="yes">
        <source>%n revision(s) you may see, newest first. Select two to compare.</source>
        <translation>
            <numerusform>%n revision you may see. Select two to compare.</numerusform>
            <numerusform>%n revisions you may see, newest first. Select two to compare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::OutboxPage</name>
    <message numerus="yes">
        <source>%Ln change(s) made on this computer, oldest first.</source>
        <translation>
            <numerusform>%Ln change made on this computer, oldest first.</numerusform>
            <numerusform>%Ln changes made on this computer, oldest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeEditorDialog</name>
    <message numerus="yes">
        <source>%n field(s) need attention before this step.</source>
        <translation>
            <numerusform>%n field needs attention before this step.</numerusform>
            <numerusform>%n fields need attention before this step.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::RecordBrowserPage</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Ln thread</numerusform>
            <numerusform>%Ln threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln commitment</numerusform>
            <numerusform>%Ln commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::SearchPage</name>
    <message numerus="yes">
        <source>%Ln result(s), best first</source>
        <translation>
            <numerusform>%Ln result, best first</numerusform>
            <numerusform>%Ln results, best first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The search index is still being built (%Ln record(s) to go): results may be incomplete.</source>
        <translation>
            <numerusform>%1 The search index is still being built (%Ln record to go): results may be incomplete.</numerusform>
            <numerusform>%1 The search index is still being built (%Ln records to go): results may be incomplete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::StatisticsPage</name>
    <message numerus="yes">
        <source>%Ln practice(s); one with several values counts under each.</source>
        <translation>
            <numerusform>%Ln practice; one with several values counts under each.</numerusform>
            <numerusform>%Ln practices; one with several values counts under each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s).</source>
        <translation>
            <numerusform>%Ln practice.</numerusform>
            <numerusform>%Ln practices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s); one with several values counts under each.</source>
        <translation>
            <numerusform>%Ln commitment; one with several values counts under each.</numerusform>
            <numerusform>%Ln commitments; one with several values counts under each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s).</source>
        <translation>
            <numerusform>%Ln commitment.</numerusform>
            <numerusform>%Ln commitments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln change to send</numerusform>
            <numerusform>%Ln changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln rejected</source>
        <comment>pending text, rejected count</comment>
        <translation>
            <numerusform>%1, %Ln rejected</numerusform>
            <numerusform>%1, %Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %Ln record(s) received</source>
        <translation>
            <numerusform>Syncing: %Ln record received</numerusform>
            <numerusform>Syncing: %Ln records received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncWorker</name>
    <message numerus="yes">
        <source>%n record(s) changed on both sides: resolve them under Conflicts.</source>
        <translation>
            <numerusform>%n record changed on both sides: resolve them under Conflicts.</numerusform>
            <numerusform>%n records changed on both sides: resolve them under Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server rejected %n change(s); see the Outbox for its reasons.</source>
        <translation>
            <numerusform>The server rejected %n change; see the Outbox for its reasons.</numerusform>
            <numerusform>The server rejected %n changes; see the Outbox for its reasons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::TrackerPage</name>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln commitment</numerusform>
            <numerusform>%Ln commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::exporting::RecordExporter</name>
    <message numerus="yes">
        <source>%Ln record(s) from the Global SME Ministerial Community Platform</source>
        <translation>
            <numerusform>%Ln record from the Global SME Ministerial Community Platform</numerusform>
            <numerusform>%Ln records from the Global SME Ministerial Community Platform</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::models::CommitmentTrackerModel</name>
    <message numerus="yes">
        <source>%1, %2: %Ln commitment(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln commitment</numerusform>
            <numerusform>%1, %2: %Ln commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::models::FacetModel</name>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <comment>facet value for screen readers</comment>
        <translation>
            <numerusform>%1, %n practice</numerusform>
            <numerusform>%1, %n practices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::models::NavigationModel</name>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <comment>sidebar section for screen readers</comment>
        <translation>
            <numerusform>%1, %n item</numerusform>
            <numerusform>%1, %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
