<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ApiError</name>
    <message>
        <source>No connection to the platform. Webcare Desk tries again by itself.</source>
        <translation>Geen verbinding met het platform. Webcare Desk probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. Webcare Desk tries again by itself.</source>
        <translation>Het platform antwoordde niet op tijd. Webcare Desk probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>The platform asks us to slow down. Webcare Desk waits until %1 and then goes on.</source>
        <translation>Het platform vraagt om het rustiger aan te doen. Webcare Desk wacht tot %1 en gaat dan verder.</translation>
    </message>
    <message>
        <source>The platform asks us to slow down. Webcare Desk waits and then goes on.</source>
        <translation>Het platform vraagt om het rustiger aan te doen. Webcare Desk wacht even en gaat dan verder.</translation>
    </message>
    <message>
        <source>The connection to this account has expired or was revoked. Reconnect the account in the settings.</source>
        <translation>De koppeling met dit account is verlopen of ingetrokken. Koppel het account opnieuw in de instellingen.</translation>
    </message>
    <message>
        <source>The platform does not allow this account to do this. Check the account&apos;s permissions.</source>
        <translation>Het platform staat dit account dit niet toe. Controleer de rechten van het account.</translation>
    </message>
    <message>
        <source>The message no longer exists on the platform; it may have been deleted.</source>
        <translation>Het bericht bestaat niet meer op het platform; misschien is het verwijderd.</translation>
    </message>
    <message>
        <source>The platform already has this exact message. Change the text if it must be sent again.</source>
        <translation>Het platform heeft precies dit bericht al. Pas de tekst aan als het nog een keer weg moet.</translation>
    </message>
    <message>
        <source>The platform has blocked this account for a while for going too fast. Wait before trying again.</source>
        <translation>Het platform heeft dit account tijdelijk geblokkeerd omdat het te snel ging. Wacht even voor je het opnieuw probeert.</translation>
    </message>
    <message>
        <source>The platform refused the message as it is (too long, or a field it does not accept). Change it and try again.</source>
        <translation>Het platform weigerde het bericht zoals het is (te lang, of een veld dat het niet accepteert). Pas het aan en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The platform has a problem of its own. Webcare Desk tries again by itself.</source>
        <translation>Het platform heeft zelf een storing. Webcare Desk probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read. Nothing from it was stored; Webcare Desk tries again by itself.</source>
        <translation>Het antwoord van het platform was onleesbaar. Er is niets van opgeslagen; Webcare Desk probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>Training mode: nothing is sent. The reply is kept for review.</source>
        <translation>Trainingsmodus: er wordt niets verstuurd. Het antwoord wordt bewaard voor de beoordeling.</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Antwoord nodig</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Geen actie</translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation>Wacht op afdeling</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Loads platform JSON (an API response or an export) into the case store.</source>
        <translation>Laadt JSON van een platform (een API-antwoord of een export) in de database.</translation>
    </message>
    <message>
        <source>The platform the files come from: x, mastodon, facebook or discourse.</source>
        <translation>Het platform waar de bestanden vandaan komen: x, mastodon, facebook of discourse.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>The case store: an SQLite file or a postgresql:// address.</source>
        <translation>De database: een SQLite-bestand of een postgresql://-adres.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <source>JSON files to import.</source>
        <translation>JSON-bestanden om te importeren.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>BESTAND...</translation>
    </message>
    <message>
        <source>Give the platform with --channel x, mastodon, facebook or discourse.</source>
        <translation>Geef het platform op met --channel x, mastodon, facebook of discourse.</translation>
    </message>
    <message>
        <source>Name at least one JSON file to import.</source>
        <translation>Geef minstens één JSON-bestand op om te importeren.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>%1: not imported, nothing from this file was stored.</source>
        <translation>%1: niet geïmporteerd, er is niets uit dit bestand opgeslagen.</translation>
    </message>
    <message>
        <source>%1: not imported.</source>
        <translation>%1: niet geïmporteerd.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already known, %4 rejected</source>
        <translation>%1: %2 nieuw, %3 al bekend, %4 geweigerd</translation>
    </message>
    <message>
        <source>rejected %1: %2</source>
        <translation>geweigerd %1: %2</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(geen id)</translation>
    </message>
    <message>
        <source>Total: %1 new, %2 already known, %3 rejected</source>
        <translation>Totaal: %1 nieuw, %2 al bekend, %3 geweigerd</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>the post was deleted on the forum</source>
        <translation>het bericht is op het forum verwijderd</translation>
    </message>
    <message>
        <source>a forum action, not a message</source>
        <translation>een forumactie, geen bericht</translation>
    </message>
    <message>
        <source>Discourse returned an error: %1</source>
        <translation>Discourse gaf een fout: %1</translation>
    </message>
    <message>
        <source>this is not a Discourse posts, topic or search response</source>
        <translation>dit is geen Discourse-antwoord met berichten, een topic of zoekresultaten</translation>
    </message>
    <message>
        <source>this is not a Discourse API response</source>
        <translation>dit is geen antwoord van de Discourse-API</translation>
    </message>
    <message>
        <source>an item of the list is not an object</source>
        <translation>een item in de lijst is geen object</translation>
    </message>
    <message>
        <source>this is not a Facebook Graph API response</source>
        <translation>dit is geen antwoord van de Facebook Graph API</translation>
    </message>
    <message>
        <source>Facebook returned an error: %1</source>
        <translation>Facebook gaf een fout: %1</translation>
    </message>
    <message>
        <source>an item of &quot;data&quot; is not an object</source>
        <translation>een item in &quot;data&quot; is geen object</translation>
    </message>
    <message>
        <source>this is not a Facebook post, comment or feed</source>
        <translation>dit is geen Facebook-bericht, -reactie of -feed</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>kan het bestand niet lezen (%1)</translation>
    </message>
    <message>
        <source>a boost repeats another post</source>
        <translation>een boost herhaalt een ander bericht</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; notification carries no customer post</source>
        <translation>een &quot;%1&quot;-melding bevat geen bericht van een klant</translation>
    </message>
    <message>
        <source>the notification has no status</source>
        <translation>de melding heeft geen status</translation>
    </message>
    <message>
        <source>neither a status nor a notification</source>
        <translation>geen status en geen melding</translation>
    </message>
    <message>
        <source>this is not a Mastodon API response</source>
        <translation>dit is geen antwoord van de Mastodon-API</translation>
    </message>
    <message>
        <source>Mastodon returned an error: %1</source>
        <translation>Mastodon gaf een fout: %1</translation>
    </message>
    <message>
        <source>this is not a Mastodon status, notification or context</source>
        <translation>dit is geen Mastodon-status, -melding of -context</translation>
    </message>
    <message>
        <source>the item has no id</source>
        <translation>het item heeft geen id</translation>
    </message>
    <message>
        <source>the item has no valid creation time</source>
        <translation>het item heeft geen geldig aanmaaktijdstip</translation>
    </message>
    <message>
        <source>the item has no author</source>
        <translation>het item heeft geen auteur</translation>
    </message>
    <message>
        <source>this is not an X API v2 response: it has no &quot;data&quot;</source>
        <translation>dit is geen antwoord van X API v2: &quot;data&quot; ontbreekt</translation>
    </message>
    <message>
        <source>this is not an X API v2 response</source>
        <translation>dit is geen antwoord van X API v2</translation>
    </message>
    <message>
        <source>X reported: %1</source>
        <translation>X meldde: %1</translation>
    </message>
</context>
<context>
    <name>ParseError</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, regel %2, kolom %3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>geen geldige JSON (%1)</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
</context>
<context>
    <name>ReplyState</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wordt verzonden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Unknown, being checked</source>
        <translation>Onbekend, wordt gecontroleerd</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The database %1 cannot be opened or created. Check that the folder exists and that you may write in it, or start Webcare Desk with --db and another location.</source>
        <translation>De database %1 kan niet worden geopend of aangemaakt. Controleer of de map bestaat en of je erin mag schrijven, of start Webcare Desk met --db en een andere locatie.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Ask your administrator for write access to the file and its folder, or start Webcare Desk with --db and another location.</source>
        <translation>De database %1 is alleen-lezen. Vraag je beheerder om schrijfrechten op het bestand en de map ervan, of start Webcare Desk met --db en een andere locatie.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (perhaps a second Webcare Desk). Close that program and try again.</source>
        <translation>De database %1 is in gebruik bij een ander programma (misschien een tweede Webcare Desk). Sluit dat programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Webcare Desk database. Nothing was changed. Restore it from a backup, or move it aside so that a new one can be made.</source>
        <translation>De database %1 is beschadigd of is geen Webcare Desk-database. Er is niets gewijzigd. Zet een back-up terug, of verplaats het bestand zodat er een nieuwe database kan worden gemaakt.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Webcare Desk. Nothing was changed. Install the newer version to open it.</source>
        <translation>De database %1 is geschreven door een nieuwere versie van Webcare Desk. Er is niets gewijzigd. Installeer die nieuwere versie om de database te openen.</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1. Check the network, the address and your account, then try again.</source>
        <translation>Kan geen verbinding maken met de teamdatabase %1. Controleer het netwerk, het adres en je account en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Upgrading the database %1 failed; it was left exactly as it was. Report this to your administrator with the details below.</source>
        <translation>Het bijwerken van de database %1 is mislukt; de database is precies gebleven zoals hij was. Meld dit bij je beheerder, met de details hieronder.</translation>
    </message>
    <message>
        <source>The requested item no longer exists in %1.</source>
        <translation>Het gevraagde item bestaat niet meer in %1.</translation>
    </message>
    <message>
        <source>Someone else changed this item first. The view has been refreshed.</source>
        <translation>Iemand anders heeft dit item al gewijzigd. De weergave is vernieuwd.</translation>
    </message>
    <message>
        <source>The database %1 reported an error. Your work so far is kept; try again, and report the details below if it happens again.</source>
        <translation>De database %1 meldde een fout. Je werk tot nu toe is bewaard; probeer het opnieuw en meld de details hieronder als het nog eens gebeurt.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The database path is empty.</source>
        <translation>Het pad naar de database is leeg.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address; expected postgresql://user@host:port/database.</source>
        <translation>“%1” is geen geldig PostgreSQL-adres; verwacht: postgresql://gebruiker@host:poort/database.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Webcare Desk: read, triage and answer what customers say on social media.</source>
        <translation>Webcare Desk: lees, beoordeel en beantwoord wat klanten op sociale media zeggen.</translation>
    </message>
    <message>
        <source>Open this case store: an SQLite file or a postgresql:// address.</source>
        <translation>Open deze database: een SQLite-bestand of een postgresql://-adres.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <source>Training mode: a separate store, nothing is ever sent.</source>
        <translation>Trainingsmodus: een aparte database, er wordt nooit iets verzonden.</translation>
    </message>
    <message>
        <source>Open the demo store, filled with the bundled demo feed on first use.</source>
        <translation>Open de demodatabase; bij het eerste gebruik wordt die gevuld met de meegeleverde demofeed.</translation>
    </message>
    <message>
        <source>Interface language: nl or en.</source>
        <translation>Taal van de interface: nl of en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>Save a picture of the main window once the inbox is shown, then quit (for documentation).</source>
        <translation>Sla een afbeelding van het hoofdvenster op zodra de inbox wordt getoond en sluit dan af (voor documentatie).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>webcaredesk import --channel x|mastodon|facebook|discourse FILE...: load platform JSON into the store (see webcaredesk import --help).</source>
        <translation>webcaredesk import --channel x|mastodon|facebook|discourse BESTAND...: laad JSON van een platform in de database (zie webcaredesk import --help).</translation>
    </message>
    <message>
        <source>Webcare Desk</source>
        <translation>Webcare Desk</translation>
    </message>
</context>
<context>
    <name>webcare::ui::CaseView</name>
    <message>
        <source>No case selected</source>
        <translation>Geen zaak gekozen</translation>
    </message>
    <message>
        <source>Choose a case in the inbox to read the conversation.</source>
        <translation>Kies een zaak in de inbox om het gesprek te lezen.</translation>
    </message>
    <message>
        <source>This case cannot be shown</source>
        <translation>Deze zaak kan niet worden getoond</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Zaak %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>answer by %1</source>
        <translation>antwoorden vóór %1</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>medewerker: %1</translation>
    </message>
    <message>
        <source>%1 — our team</source>
        <translation>%1 — ons team</translation>
    </message>
</context>
<context>
    <name>webcare::ui::InboxModel</name>
    <message>
        <source>The answer time has passed</source>
        <translation>De antwoordtermijn is verstreken</translation>
    </message>
    <message>
        <source>Less than two hours left to answer</source>
        <translation>Nog minder dan twee uur om te antwoorden</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Antwoorden vóór</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
</context>
<context>
    <name>webcare::ui::MainWindow</name>
    <message>
        <source>About Webcare Desk</source>
        <translation>Over Webcare Desk</translation>
    </message>
    <message>
        <source>Webcare Desk %1
For webcare teams in customer contact centres.</source>
        <translation>Webcare Desk %1
Voor webcareteams in klantcontactcentra.</translation>
    </message>
    <message>
        <source>Webcare Desk — TRAINING</source>
        <translation>Webcare Desk — TRAINING</translation>
    </message>
    <message>
        <source>Webcare Desk</source>
        <translation>Webcare Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation>&amp;Zoeken in berichten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Webcare Desk</source>
        <translation>&amp;Over Webcare Desk</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>Zoeken in berichten (Ctrl+F)</translation>
    </message>
    <message>
        <source>TRAINING — nothing you send leaves this computer</source>
        <translation>TRAINING — niets wat je verstuurt verlaat deze computer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>To triage</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Antwoord nodig</translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation>Wacht op afdeling</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Geen actie</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>%1 wordt geopend …</translation>
    </message>
    <message>
        <source>Loading the demo feed …</source>
        <translation>De demofeed wordt geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Demo feed loaded: %n message(s)</source>
        <translation>
            <numerusform>Demofeed geladen: %n bericht</numerusform>
            <numerusform>Demofeed geladen: %n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message>
        <source>Many messages match: showing cases among the newest %L1. Add a word to search further back.</source>
        <translation>Veel berichten komen overeen: je ziet zaken uit de nieuwste %L1. Voeg een woord toe om verder terug te zoeken.</translation>
    </message>
</context>
</TS>
