<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgentState</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting in webcare, %1 at risk: switch to webcare?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caller(s) waiting in the phone queue: switch to phone?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>Messenger only accepts a reply within 24 hours of the customer&apos;s last message, and that time has passed. Answer the customer through another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer cannot receive private messages from this account right now (they may have blocked it or closed their account).</source>
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
    <name>CaseView</name>
    <message>
        <source>%1 is writing a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has this case open</source>
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
    <name>CheckCommand</name>
    <message>
        <source>Reads a reply draft on standard input and prints the tone-of-voice findings as JSON: rule, span (UTF-16 start and length), the text of the span, message and suggested fix. Exit code 0: no findings, 1: findings, 2: usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform of the reply: x, mastodon, facebook or discourse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s form of address: je (informal) or u (formal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>je|u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s signature, for example ^JB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team signs on a line of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name, when known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply answers a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved knowledge-base link; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not check spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the platform with --channel x, mastodon, facebook or discourse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team&apos;s form of address with --style je or --style u.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check reads the draft on standard input and takes no file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling not checked in Dutch: the Hunspell dictionary nl_NL is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the form of address, the signature convention and the approved sources from this case store&apos;s team configuration (the options above override).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --db: the agent whose signature the reply must carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>config export writes the team configuration (tone, agents, own accounts, triage words, knowledge base, templates) as JSON; config import FILE validates a configuration and applies it in one transaction (docs/configuration.md).</source>
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
        <source>export: write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: who made the change, for the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the configuration (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use config export [--out FILE] or config import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) of the team configuration changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Corpus</name>
    <message>
        <source>payload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo feed file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo feed holds no posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files hold no posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
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
    <message>
        <source>not a message (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
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
    <name>PrivacyCommand</name>
    <message>
        <source>Privacy requests and the retention period (AVG/GDPR). Every action is recorded in the audit trail.</source>
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
        <source>Anonymise everything one author wrote, and their name and handle (e.g. x:@klant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel:handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print everything one author wrote as JSON (e.g. mastodon:klant@example.social).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise resolved cases without any activity for this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asks, for the audit trail (default: the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --erase-author, --export-author or --apply-retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period is a whole number of days, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the author as channel:handle, e.g. x:@klant (channels: x, mastodon, facebook, discourse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases anonymised (%2 posts, %3 authors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author erased: %1 posts in %2 cases anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Case %1 has breached its SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is about to breach its SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department is late: case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not answered; it was due %2. Remind them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due: case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) about to breach or past their SLA</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>See the &quot;SLA at risk&quot; queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n department question(s) unanswered past their due time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>See the &quot;Waiting on department&quot; queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>See Case › Follow-ups due.</source>
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
    <message>
        <source>Kept in training, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes the supervisors&apos; weekly report of an ISO week as PDF, CSV (one file per table) or HTML. The report holds no customer personal data; agent names only with --with-agent-names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, csv or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (pdf, html) or the folder for the CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store: an SQLite file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the figures per agent, with their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV field separator: one character, e.g. &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write decimals with a comma in CSV (1,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the week as --week YYYY-Www with a week that exists, e.g. 2026-W47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the format with --format pdf, csv or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file (or, for CSV, the folder) to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV separator must be one character other than a quote, letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No sign-in is stored for this account. Reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available or is locked, so account sign-ins cannot be read or saved. Unlock the keychain (for example GNOME Keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow Webcare Desk to use the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The sign-in was not completed in the browser in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter the address of the platform&apos;s API, such as https://mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins are only sent over a secure connection: use an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Discourse forum needs an API key and the username it acts as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a local port for the browser to return to. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare Desk has received the sign-in. You can close this window and return to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mastodon server did not register Webcare Desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mastodon server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id of the team&apos;s app registration for this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted in the browser, so the account was not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the sign-in (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached to finish the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer held no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Facebook user manages no Pages that Webcare Desk may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the id of the Page to connect. This user manages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer about the signed-in account could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in cannot be renewed by itself: reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not renew the sign-in (%1): reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaStatus</name>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
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
    <message>
        <source>The database %1 is a training store. Nothing was changed. Start Webcare Desk with --training to practise in it, or open your team&apos;s live store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is a live store with real customers. Training never opens a live store: start the training without --db to use the training store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor other than the reply&apos;s writer may approve it or send it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database login may not change this in %1. A supervisor of your team can.</source>
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
    <name>TeamCommand</name>
    <message>
        <source>Sets an agent&apos;s role and four-eyes approval, and the team&apos;s approval rule.</source>
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
        <source>The agent&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent, or supervisor (approves other agents&apos; replies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: every reply of this agent waits for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: replies sent with open tone-of-voice findings wait for a supervisor (the whole team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --role agent or --role supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the agent with --agent, or set --findings-need-approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies go straight out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies with open findings need approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies with open findings go straight out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamConfiguration</name>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a word (text, not empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (x, mastodon, facebook or discourse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;je&quot; or &quot;u&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;agent&quot; or &quot;supervisor&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date such as 2027-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a web address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;nl&quot; or &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelephonyLink</name>
    <message>
        <source>Telephony: the AMI secret could not be read (%1); the queue length is typed in meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>The placeholder %1 has no value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template library is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template library has no &quot;templates&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 lacks an id, title or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 names an unknown channel &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToneCheck</name>
    <message>
        <source>Formal &quot;%1&quot; in a team that says &quot;je&quot;: write &quot;je&quot; or &quot;jouw&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal &quot;%1&quot; in a team that says &quot;je&quot;: write &quot;jezelf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal &quot;%1&quot; in a team that says &quot;je&quot;: write &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal &quot;%1&quot; in a team that says &quot;u&quot;: write &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: end the reply with your signature %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed twice: keep only the signature at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for %1: %2 characters, the limit is %3. Shorten it or send it as a thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long for %1: %2 characters in %3 sentences. Keep it short: two sentences, at most %4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal: address %1 by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empathetic: this answers a complaint; acknowledge it first (for example &quot;Vervelend dat …&quot; or &quot;Sorry dat …&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesslike: one question mark is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesslike: one exclamation mark at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesslike: many exclamation marks; end this sentence with a full stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesslike: more than %1 emoji; leave this one out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States policy without a source: add a link from the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States policy without an approved source: the link is not from the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial content in a service reply: leave out offers, discounts and sales phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholder %1 has no value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: &quot;%1&quot; is not in the dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: &quot;%1&quot; is not in the dictionary; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>learned from the team&apos;s decisions: %1 (%2% sure); the rules alone said: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a guess from the rules; the model is not sure yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageCommand</name>
    <message>
        <source>Reads posts as JSON lines on standard input and prints, for each, the suggested decision, category, confidence and reason from the case store&apos;s rules and model. A line is {&quot;channel&quot;: &quot;x&quot;, &quot;author&quot;: &quot;handle&quot;, &quot;text&quot;: &quot;...&quot;} or {&quot;channel&quot;: &quot;x&quot;, &quot;item&quot;: {a platform payload item}}; &quot;id&quot; is optional and echoed.</source>
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
        <source>triage reads posts on standard input and takes no file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageInput</name>
    <message>
        <source>not valid JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line must be one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;channel&quot; must be x, mastodon, facebook or discourse, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;item&quot; must be a platform payload item (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload item holds no post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;text&quot; is missing (or give a platform payload as &quot;item&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;decision&quot; must be reply or no_action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;category&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;context&quot; must be mention, dm, reply_to_team, page_comment, forum_team_category, public, own or colleague, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageLabel</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion on a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageRules</name>
    <message>
        <source>a bidirectional override character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zero-width character inside a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program file to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prize or money offer (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unrealistic percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link sent to several people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by one of our own accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee post: %1 is on the team&apos;s list of colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint vocabulary: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a question to us: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in: location tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports a problem: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign term: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question to other customers: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a question: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliment vocabulary: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule matched: a remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shouted offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer to our post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on our Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in our forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions our account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>praise with a complaint behind it: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgency in capitals: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remark for webcare to pick up: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a laugh, nothing asked: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information for other customers: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressed to us (%1) and no reason to leave it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>Webcare weekly report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (Europe/Amsterdam), made %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases needing a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, median (working hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, 90th percentile (working hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within the SLA (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling time per case, median (working hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backlog at the end of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations to departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation turnaround, median (working hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in webcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE in webcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction, scores 4–5 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the week, the three weeks before and the change against last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnaround, median (working hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top voice-of-the-customer tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are working time of the team&apos;s opening hours. Definitions: docs/reports.md. No customer personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts in and replies sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response in working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per channel this week</source>
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
    <message>
        <source>--fake-platform takes the fake server&apos;s address on this computer, such as http://127.0.0.1:8765</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the demo accounts to the fake platform server at this address (for trying out; see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webcaredesk triage [--db PATH]: suggest a decision, category and reason for posts read as JSON lines on standard input (see webcaredesk triage --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webcaredesk check --channel x|mastodon|facebook|discourse --style je|u: print the tone-of-voice findings on a reply draft read from standard input as JSON (see webcaredesk check --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webcaredesk team --agent LOGIN --role agent|supervisor --needs-approval yes|no: four-eyes roles (see webcaredesk team --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webcaredesk report --week 2026-W47 --format pdf|csv|html --out PATH: the weekly report (see webcaredesk report --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webcaredesk privacy --erase-author|--export-author CHANNEL:HANDLE or --apply-retention DAYS: privacy requests and the retention period (see webcaredesk privacy --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training never opens the live store %1. Start with --training alone to use the training store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webcaredesk config export [--out FILE] | config import FILE: the team configuration as JSON (see webcaredesk config --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::store::StoreService</name>
    <message>
        <source>The connection to the team database %1 was lost. Your drafts are kept on this workstation; Webcare Desk reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another workstation is upgrading the team database. Webcare Desk continues as soon as the upgrade is done …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::telephony::AmiClient</name>
    <message>
        <source>The connection to the telephony server was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telephony server refused the login (%1). Check the AMI user and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the telephony server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telephony server did not give the queue status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telephony server could not pause or unpause your phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the telephony server was lost; reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::AccountsDialog</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing %1 and forget its sign-in? Its conversations stay in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing, with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins are %1; never in the case store or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand words to find in posts that do not mention the account, separated by commas (for example: the team&apos;s name, &quot;a campaign slogan&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::ApprovalDialog</name>
    <message>
        <source>&amp;Approve and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the agent (needed to send a reply back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No replies are waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post it answers (%1, %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft by %1, a thread of %n part(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draft by %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings when it was submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can approve replies or send them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own reply: another supervisor must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::BlendingPanel</name>
    <message>
        <source>Switch to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::CaseDetailsPanel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K: customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: add a tag · Ctrl+Shift+N: add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KL-4711</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier cases of this customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected tag (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note for colleagues, never sent to the customer (Ctrl+Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message of the customer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — voice of the customer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (VOC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the customer: counted in the weekly report. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer number has 4 to 20 letters, digits or dashes, e.g. KL-4711.</source>
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
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 account is connected: connect one under Accounts to answer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via %1 — reconnect this account first; replies wait in the outbox until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via %1 — training: the reply is kept, never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reply (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 Edit the text below and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: %1 · %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger: answer within %1 h %2 min (until %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger: the 24-hour reply window has closed; answer through another channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(private message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep thread of %n part(s) (training)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send thread of %n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into a numbered thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to one post (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for one post: send it as a numbered thread, 1/2, 2/2 … (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent as a thread of %n part(s), each answering the one before:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the part before it — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a supervisor&apos;s approval — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back by %1: %2 Edit the text below and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the reply exactly as it will be posted (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via %1 — paused: replies wait in the outbox, nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send when connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database cannot be reached: the reply is kept on this workstation and stored as soon as the connection is back (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued on this workstation: the reply is stored as soon as the connection to the team database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case that still needs a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer also has %1: case %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::CaseWorkflowPanel</name>
    <message>
        <source>Record &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. payment promised, check on Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: departments and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no open question to a department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::ComposerAssistant</name>
    <message>
        <source>[Ctrl+. fixes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the template, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has no templates yet (Team ▸ Templates …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has no approved sources yet (Team ▸ Knowledge base …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the page, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::ConnectAccountDialog</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the only Page this user manages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the team&apos;s app registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare Desk opens the platform&apos;s own sign-in page in your browser. Your password is never entered here; the access it grants is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser. If no browser opened, visit:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::DepartmentsDialog</name>
    <message>
        <source>Contact person is &amp;absent (questions go to the backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address or queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;SLA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backup: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions go to %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a backup first: while the contact person is absent, the backup gets the questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::EscalationDialog</name>
    <message>
        <source>Escalate case %1 to a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the department check or decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading departments …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departments yet: add them under Team › Departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — backup, while %3 is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working hour(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>webcare::ui::FollowUpsDialog</name>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today or earlier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>webcare::ui::InboxFilterBar</name>
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
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at risk</source>
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
        <source>Queue (Ctrl+Shift+F: the filter bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent the case is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
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
    <name>webcare::ui::LinkGuard</name>
    <message>
        <source>Shows where this link leads before opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in the post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened: it is a &quot;%1:&quot; link. Only web pages (http and https) can be opened from a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened: the site&apos;s name contains invisible or direction-changing characters, a trick to make one site look like another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened: it does not lead to a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s name has non-Latin or accented letters; written out it is %1. Check that it is the site you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: the part before &quot;@&quot; is not the site. The site is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains invisible or direction-changing characters (shown as ⟨U+…⟩).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheme was written; it opens as https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
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
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to reconnect</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage accounts …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;action (close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) closed: no action needed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Marked for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action: close the case (or every selected case) and go to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: mark the case and write the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: question, complaint, compliment, remark, check-in, campaign, employee, spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from the reply box to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select more cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync all accounts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the reply is in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to the agent with your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies awaiting &amp;approval (%1) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies awaiting &amp;approval …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply waits for a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert satisfaction &amp;survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record satisfaction s&amp;core …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly report …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave training mode (restart on the live store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to training mode (restart on the training store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay a corpus …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;drafts …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;feedback …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: Training → Replay a corpus … brings posts into this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the reply exactly as it will be posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split a reply that is too long into a numbered thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the inbox: queue, channel, category, tag, agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies awaiting approval (supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate the case to a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your state: phone, webcare, break, meeting, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would recommend us (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction score recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate to department …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups due …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;settings …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephony …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned to you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 is waiting on the department: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings saved for the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;database …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database saved: used from the next start (unless --db is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;configuration …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emplates …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;profile …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-&amp;up wizard …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team configuration saved for the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signature is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s desk is set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::NoticeBars</name>
    <message>
        <source>TRAINING — practice store, not live: replies are kept for review and nothing leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be reconnected: its sign-in expired or was revoked, so it is not synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your replies are kept on this workstation and stored as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::OpeningHoursEditor</name>
    <message>
        <source>closed every day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::ProfileDialog</name>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to sign by the team&apos;s convention (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for letting us know!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::ReplayDialog</name>
    <message>
        <source>Replay a corpus — training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled &amp;demo feed (Duinzicht Verzekeringen, fictional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;export of a real period (anonymised while loading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform payloads as `webcaredesk import` reads them, or JSON lines with one payload a line. Names, handles, @mentions, customer, policy, IBAN and phone numbers, e-mail addresses and street addresses are replaced by pseudonyms; raw payloads are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform payloads (*.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the corpus …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying: posts arrive in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: every post of the corpus is in the training store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the corpus could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>webcare::ui::ReplyPreview</name>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replying to @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing to send yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 as %3 counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not mention %1: on Mastodon a direct message is shown only to the accounts it mentions, so the customer would not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not mention %1: Mastodon notifies only the accounts a post mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum (Discourse) formats the text as Markdown: *, _, # and [text](link) change how it looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains invisible characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::ReportDialog</name>
    <message>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISO week as YYYY-Www, e.g. 2026-W47 (Monday to Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include agent &amp;names (personal data of employees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimal comma (Dutch spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 &amp;byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the week as YYYY-Www, for example 2026-W47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the report for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>webcare::ui::ReviewDialog</name>
    <message>
        <source>&amp;Zakelijk (businesslike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Efficiënt (efficient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kort (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Em&amp;pathisch (empathetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon&amp;lijk (personal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review drafts — training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My feedback — training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unreviewed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainee&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1 poor – 5 excellent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save review (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: %1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replies, %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that fired most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies written in training yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::SetupWizard</name>
    <message>
        <source>Set up your team&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name customers use for you tells the triage that a post talks to you. You can change everything later under Team ▸ Team configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Polderpolis Verzekeringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. polderpolis, mijn polderpolis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand words (commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handles your team posts from. Posts to them are for you; accounts you connect later are added by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your replies address customers and how agents sign them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>je (informal, most webcare teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u (formal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign on a line of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan Bakker signs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature ({initials}, {first}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer time counts in these hours only; the holidays and SLA targets are under Team ▸ Team settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text modules agents insert with Ctrl+T. Edit them any time under Team ▸ Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start with the library that came with the desk (%n template(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import our own library (JSON, as docs/configuration.md shows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Template library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the account your team answers from, or skip: the Accounts window (Ctrl+Shift+A) connects one any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Accounts window when I finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::TeamConfigDialog</name>
    <message>
        <source>every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;riage words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor changes the team configuration; you can read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the team configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a team configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>je (informal, most webcare teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u (formal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{initials}: Jan Bakker → JB; {first}: the first name; {login}: the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign on a line of its own (else after the last word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent may set their own signature (Team ▸ My profile …); without one they sign by this convention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a nice weekend!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan Bakker signs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature (empty: the convention&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words an agent searches by, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{naam}: the customer&apos;s first name · {agent}: the agent&apos;s signature · {bron}: the knowledge-base page that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the template fits the team&apos;s voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords (commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply about policy needs a link to one of these pages (ZEKEP: only facts from traceable sources); agents insert one with Ctrl+B, templates with {bron}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connected account: removed with the account (Accounts …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;handles (posts to them talk to us):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand names (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign words (&quot;#tag | 2027-03-01&quot;: until that day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colleagues&apos; handles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1 cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported, nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded store on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server shared by the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the server&apos;s own host use verify-full, or at least require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used at the next start when no --db is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::TeamSettingsDialog</name>
    <message>
        <source>Closed on &amp;Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed every fifth year (2025, 2030 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign new cases &amp;round-robin to the agents working on webcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cases waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cases at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> callers waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberation Day (5 May):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day, Easter, King&apos;s Day, Ascension Day, Whitsun and Christmas are always closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;At risk&quot; when less than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify before a breach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most per agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest webcare from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… or from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest the phone from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are shared by the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>webcare::ui::TelephonySettingsDialog</name>
    <message>
        <source>Telephony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: the queue length is typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk Manager Interface (AMI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
