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
        <source>Brand words to find in posts that do not mention the account, separated by commas (for example: duinzicht, &quot;zeker van je zaak&quot;):</source>
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
    <message>
        <source>%1 must be reconnected: its sign-in expired or was revoked, so it is not synced.</source>
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
        <source>Reconnect …</source>
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
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at risk</source>
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
</context>
</TS>
