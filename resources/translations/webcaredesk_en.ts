<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>No connection to the platform. Webcare Desk tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not answer in time. Webcare Desk tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform asks us to slow down. Webcare Desk waits until %1 and then goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform asks us to slow down. Webcare Desk waits and then goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to this account has expired or was revoked. Reconnect the account in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not allow this account to do this. Check the account&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message no longer exists on the platform; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform already has this exact message. Change the text if it must be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has blocked this account for a while for going too fast. Wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the message as it is (too long, or a field it does not accept). Change it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has a problem of its own. Webcare Desk tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read. Nothing from it was stored; Webcare Desk tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: nothing is sent. The reply is kept for review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Loads platform JSON (an API response or an export) into the case store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform the files come from: x, mastodon, facebook or discourse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store: an SQLite file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the platform with --channel x, mastodon, facebook or discourse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported, nothing from this file was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already known, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 new, %2 already known, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>the post was deleted on the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forum action, not a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discourse returned an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Discourse posts, topic or search response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Discourse API response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of the list is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Facebook Graph API response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook returned an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of &quot;data&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Facebook post, comment or feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boost repeats another post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; notification carries no customer post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a status nor a notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Mastodon API response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon returned an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Mastodon status, notification or context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item has no valid creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item has no author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an X API v2 response: it has no &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an X API v2 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParseError</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, being checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The database %1 cannot be opened or created. Check that the folder exists and that you may write in it, or start Webcare Desk with --db and another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only. Ask your administrator for write access to the file and its folder, or start Webcare Desk with --db and another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (perhaps a second Webcare Desk). Close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Webcare Desk database. Nothing was changed. Restore it from a backup, or move it aside so that a new one can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Webcare Desk. Nothing was changed. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1. Check the network, the address and your account, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database %1 failed; it was left exactly as it was. Report this to your administrator with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item no longer exists in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item first. The view has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 reported an error. Your work so far is kept; try again, and report the details below if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The database path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address; expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Webcare Desk: read, triage and answer what customers say on social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this case store: an SQLite file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: a separate store, nothing is ever sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo store, filled with the bundled demo feed on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window once the inbox is shown, then quit (for documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webcaredesk import --channel x|mastodon|facebook|discourse FILE...: load platform JSON into the store (see webcaredesk import --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::CaseView</name>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case in the inbox to read the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>answer by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — our team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::InboxModel</name>
    <message>
        <source>The answer time has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than two hours left to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::MainWindow</name>
    <message>
        <source>About Webcare Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare Desk %1
For webcare teams in customer contact centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare Desk — TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Webcare Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — nothing you send leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo feed …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo feed loaded: %n message(s)</source>
        <translation>
            <numerusform>Demo feed loaded: %n message</numerusform>
            <numerusform>Demo feed loaded: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Many messages match: showing cases among the newest %L1. Add a word to search further back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
