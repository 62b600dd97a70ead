<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AgentState</name>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Webcare</source>
        <translation>Webcare</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting in webcare, %1 at risk: switch to webcare?</source>
        <translation>
            <numerusform>%n zaak wacht in webcare, %1 in gevaar: overschakelen naar webcare?</numerusform>
            <numerusform>%n zaken wachten in webcare, %1 in gevaar: overschakelen naar webcare?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caller(s) waiting in the phone queue: switch to phone?</source>
        <translation>
            <numerusform>%n beller wacht in de telefoonwachtrij: overschakelen naar telefoon?</numerusform>
            <numerusform>%n bellers wachten in de telefoonwachtrij: overschakelen naar telefoon?</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>Messenger only accepts a reply within 24 hours of the customer&apos;s last message, and that time has passed. Answer the customer through another channel.</source>
        <translation>Messenger accepteert alleen een antwoord binnen 24 uur na het laatste bericht van de klant, en die tijd is voorbij. Beantwoord de klant via een ander kanaal.</translation>
    </message>
    <message>
        <source>This customer cannot receive private messages from this account right now (they may have blocked it or closed their account).</source>
        <translation>Deze klant kan nu geen privéberichten van dit account ontvangen (misschien heeft de klant het account geblokkeerd of het eigen account opgeheven).</translation>
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
    <name>CaseView</name>
    <message>
        <source>%1 is writing a reply</source>
        <translation>%1 schrijft een antwoord</translation>
    </message>
    <message>
        <source>%1 has this case open</source>
        <translation>%1 heeft deze zaak open</translation>
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
    <name>CheckCommand</name>
    <message>
        <source>Reads a reply draft on standard input and prints the tone-of-voice findings as JSON: rule, span (UTF-16 start and length), the text of the span, message and suggested fix. Exit code 0: no findings, 1: findings, 2: usage.</source>
        <translation>Leest een conceptantwoord van standaardinvoer en toont de bevindingen over de tone of voice als JSON: regel, bereik (UTF-16-begin en -lengte), de tekst van het bereik, melding en voorgestelde verbetering. Afsluitcode 0: geen bevindingen, 1: bevindingen, 2: onjuist gebruik.</translation>
    </message>
    <message>
        <source>The platform of the reply: x, mastodon, facebook or discourse.</source>
        <translation>Het platform van het antwoord: x, mastodon, facebook of discourse.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>The team&apos;s form of address: je (informal) or u (formal).</source>
        <translation>De aanspreekvorm van het team: je (informeel) of u (formeel).</translation>
    </message>
    <message>
        <source>je|u</source>
        <translation>je|u</translation>
    </message>
    <message>
        <source>The agent&apos;s signature, for example ^JB.</source>
        <translation>De ondertekening van de medewerker, bijvoorbeeld ^JB.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>ondertekening</translation>
    </message>
    <message>
        <source>The team signs on a line of its own.</source>
        <translation>Het team ondertekent op een eigen regel.</translation>
    </message>
    <message>
        <source>The customer&apos;s name, when known.</source>
        <translation>De naam van de klant, als die bekend is.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>The reply answers a complaint.</source>
        <translation>Het antwoord reageert op een klacht.</translation>
    </message>
    <message>
        <source>An approved knowledge-base link; repeat for more.</source>
        <translation>Een goedgekeurde link uit de kennisbank; herhaal voor meer links.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Do not check spelling.</source>
        <translation>Controleer de spelling niet.</translation>
    </message>
    <message>
        <source>Give the platform with --channel x, mastodon, facebook or discourse.</source>
        <translation>Geef het platform op met --channel x, mastodon, facebook of discourse.</translation>
    </message>
    <message>
        <source>Give the team&apos;s form of address with --style je or --style u.</source>
        <translation>Geef de aanspreekvorm van het team op met --style je of --style u.</translation>
    </message>
    <message>
        <source>check reads the draft on standard input and takes no file names.</source>
        <translation>check leest het concept van standaardinvoer en accepteert geen bestandsnamen.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Kan standaardinvoer niet lezen.</translation>
    </message>
    <message>
        <source>Spelling not checked in Dutch: the Hunspell dictionary nl_NL is not installed.</source>
        <translation>Spelling niet gecontroleerd in het Nederlands: het Hunspell-woordenboek nl_NL is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>Take the form of address, the signature convention and the approved sources from this case store&apos;s team configuration (the options above override).</source>
        <translation>Neem de aanspreekvorm, de ondertekeningsafspraak en de goedgekeurde bronnen uit de teamconfiguratie van deze database (de opties hierboven gaan voor).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <source>With --db: the agent whose signature the reply must carry.</source>
        <translation>Met --db: de medewerker wiens ondertekening het antwoord moet dragen.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>config export writes the team configuration (tone, agents, own accounts, triage words, knowledge base, templates) as JSON; config import FILE validates a configuration and applies it in one transaction (docs/configuration.md).</source>
        <translation>config export schrijft de teamconfiguratie (toon, medewerkers, eigen accounts, triagewoorden, kennisbank, sjablonen) als JSON; config import BESTAND controleert een configuratie en past die in één transactie toe (docs/configuration.md).</translation>
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
        <source>export: write to this file instead of standard output.</source>
        <translation>export: naar dit bestand schrijven in plaats van naar standaarduitvoer.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>import: who made the change, for the audit trail.</source>
        <translation>import: wie de wijziging maakte, voor het auditspoor.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>import: the configuration (JSON).</source>
        <translation>import: de configuratie (JSON).</translation>
    </message>
    <message>
        <source>Use config export [--out FILE] or config import FILE.</source>
        <translation>Gebruik config export [--out BESTAND] of config import BESTAND.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Er is niets gewijzigd:</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) of the team configuration changed.</source>
        <translation>
            <numerusform>%n onderdeel van de teamconfiguratie gewijzigd.</numerusform>
            <numerusform>%n onderdelen van de teamconfiguratie gewijzigd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Corpus</name>
    <message>
        <source>payload %1</source>
        <translation>payload %1</translation>
    </message>
    <message>
        <source>The demo feed file %1 cannot be read.</source>
        <translation>Het bestand %1 van de demofeed kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The demo feed holds no posts.</source>
        <translation>De demofeed bevat geen berichten.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The files hold no posts.</source>
        <translation>De bestanden bevatten geen berichten.</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (training)</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nieuwjaarsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Goede Vrijdag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Eerste Paasdag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Tweede Paasdag</translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation>Koningsdag</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Bevrijdingsdag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Hemelvaartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Eerste Pinksterdag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Tweede Pinksterdag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Eerste Kerstdag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Tweede Kerstdag</translation>
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
    <message>
        <source>not a message (%1)</source>
        <translation>geen bericht (%1)</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
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
    <name>PrivacyCommand</name>
    <message>
        <source>Privacy requests and the retention period (AVG/GDPR). Every action is recorded in the audit trail.</source>
        <translation>Privacyverzoeken en de bewaartermijn (AVG/GDPR). Elke actie wordt vastgelegd in de audittrail.</translation>
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
        <source>Anonymise everything one author wrote, and their name and handle (e.g. x:@klant).</source>
        <translation>Anonimiseer alles wat één auteur heeft geschreven, en ook diens naam en handle (bijv. x:@klant).</translation>
    </message>
    <message>
        <source>channel:handle</source>
        <translation>kanaal:handle</translation>
    </message>
    <message>
        <source>Print everything one author wrote as JSON (e.g. mastodon:klant@example.social).</source>
        <translation>Toon alles wat één auteur heeft geschreven als JSON (bijv. mastodon:klant@example.social).</translation>
    </message>
    <message>
        <source>Anonymise resolved cases without any activity for this many days.</source>
        <translation>Anonimiseer afgehandelde zaken waarin al zoveel dagen geen activiteit is geweest.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Who asks, for the audit trail (default: the login name).</source>
        <translation>Wie het verzoek doet, voor de audittrail (standaard: de inlognaam).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Give exactly one of --erase-author, --export-author or --apply-retention.</source>
        <translation>Geef precies één van --erase-author, --export-author of --apply-retention op.</translation>
    </message>
    <message>
        <source>The retention period is a whole number of days, at least 1.</source>
        <translation>De bewaartermijn is een geheel aantal dagen, minstens 1.</translation>
    </message>
    <message>
        <source>Name the author as channel:handle, e.g. x:@klant (channels: x, mastodon, facebook, discourse).</source>
        <translation>Geef de auteur op als kanaal:handle, bijv. x:@klant (kanalen: x, mastodon, facebook, discourse).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>%1 cases anonymised (%2 posts, %3 authors).</source>
        <translation>%1 zaken geanonimiseerd (%2 berichten, %3 auteurs).</translation>
    </message>
    <message>
        <source>Author erased: %1 posts in %2 cases anonymised.</source>
        <translation>Auteur gewist: %1 berichten in %2 zaken geanonimiseerd.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Case %1 has breached its SLA</source>
        <translation>Zaak %1 heeft de SLA overschreden</translation>
    </message>
    <message>
        <source>Case %1 is about to breach its SLA</source>
        <translation>Zaak %1 overschrijdt bijna de SLA</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — uiterlijk %2</translation>
    </message>
    <message>
        <source>A department is late: case %1</source>
        <translation>Een afdeling is te laat: zaak %1</translation>
    </message>
    <message>
        <source>%1 has not answered; it was due %2. Remind them.</source>
        <translation>%1 heeft niet geantwoord; dat moest uiterlijk %2. Stuur een herinnering.</translation>
    </message>
    <message>
        <source>Follow-up due: case %1</source>
        <translation>Opvolgactie te doen: zaak %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) about to breach or past their SLA</source>
        <translation>
            <numerusform>%n zaak bijna of al over de SLA</numerusform>
            <numerusform>%n zaken bijna of al over de SLA</numerusform>
        </translation>
    </message>
    <message>
        <source>See the &quot;SLA at risk&quot; queue.</source>
        <translation>Zie de wachtrij &quot;SLA in gevaar&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n department question(s) unanswered past their due time</source>
        <translation>
            <numerusform>%n vraag aan een afdeling niet op tijd beantwoord</numerusform>
            <numerusform>%n vragen aan afdelingen niet op tijd beantwoord</numerusform>
        </translation>
    </message>
    <message>
        <source>See the &quot;Waiting on department&quot; queue.</source>
        <translation>Zie de wachtrij &quot;Wacht op afdeling&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n opvolgactie te doen</numerusform>
            <numerusform>%n opvolgacties te doen</numerusform>
        </translation>
    </message>
    <message>
        <source>See Case › Follow-ups due.</source>
        <translation>Zie Zaak › Opvolgacties te doen.</translation>
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
    <message>
        <source>Kept in training, not sent</source>
        <translation>Bewaard in training, niet verzonden</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Teruggestuurd</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes the supervisors&apos; weekly report of an ISO week as PDF, CSV (one file per table) or HTML. The report holds no customer personal data; agent names only with --with-agent-names.</source>
        <translation>Schrijft het weekrapport voor teamleiders over een ISO-week als PDF, CSV (één bestand per tabel) of HTML. Het rapport bevat geen persoonsgegevens van klanten; namen van medewerkers alleen met --with-agent-names.</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W47.</source>
        <translation>De ISO-week, bijv. 2026-W47.</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>pdf, csv or html.</source>
        <translation>pdf, csv of html.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>The file to write (pdf, html) or the folder for the CSV files.</source>
        <translation>Het bestand om te schrijven (pdf, html) of de map voor de CSV-bestanden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <source>The case store: an SQLite file or a postgresql:// address.</source>
        <translation>De database: een SQLite-bestand of een postgresql://-adres.</translation>
    </message>
    <message>
        <source>Add the figures per agent, with their names.</source>
        <translation>Voeg de cijfers per medewerker toe, met hun namen.</translation>
    </message>
    <message>
        <source>The CSV field separator: one character, e.g. &apos;;&apos;.</source>
        <translation>Het scheidingsteken tussen CSV-velden: één teken, bijv. &apos;;&apos;.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>teken</translation>
    </message>
    <message>
        <source>Write decimals with a comma in CSV (1,5).</source>
        <translation>Schrijf decimalen met een komma in CSV (1,5).</translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 byte order mark (for Excel).</source>
        <translation>Begin CSV-bestanden met een UTF-8-BOM (byte order mark, voor Excel).</translation>
    </message>
    <message>
        <source>Give the week as --week YYYY-Www with a week that exists, e.g. 2026-W47.</source>
        <translation>Geef de week op als --week YYYY-Www met een week die bestaat, bijv. 2026-W47.</translation>
    </message>
    <message>
        <source>Give the format with --format pdf, csv or html.</source>
        <translation>Geef het formaat op met --format pdf, csv of html.</translation>
    </message>
    <message>
        <source>Name the file (or, for CSV, the folder) to write with --out.</source>
        <translation>Geef met --out het bestand (of, voor CSV, de map) op waarin geschreven wordt.</translation>
    </message>
    <message>
        <source>The CSV separator must be one character other than a quote, letter or digit.</source>
        <translation>Het CSV-scheidingsteken moet één teken zijn, maar geen aanhalingsteken, letter of cijfer.</translation>
    </message>
    <message>
        <source>There is no case store at %1.</source>
        <translation>Er is geen database op %1.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No sign-in is stored for this account. Reconnect the account.</source>
        <translation>Er zijn geen aanmeldgegevens opgeslagen voor dit account. Koppel het account opnieuw.</translation>
    </message>
    <message>
        <source>The system keychain is not available or is locked, so account sign-ins cannot be read or saved. Unlock the keychain (for example GNOME Keyring) and try again.</source>
        <translation>De sleutelbos van het systeem is niet beschikbaar of is vergrendeld, dus aanmeldgegevens van accounts kunnen niet worden gelezen of opgeslagen. Ontgrendel de sleutelbos (bijvoorbeeld GNOME Keyring) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow Webcare Desk to use the keychain and try again.</source>
        <translation>Toegang tot de sleutelbos van het systeem is geweigerd. Sta Webcare Desk toe de sleutelbos te gebruiken en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>De sleutelbos van het systeem meldde een fout.</translation>
    </message>
    <message>
        <source>kept for this session only</source>
        <translation>alleen voor deze sessie bewaard</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>bewaard in de sleutelbos van het systeem</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The sign-in was not completed in the browser in time. Try again.</source>
        <translation>De aanmelding is niet op tijd afgerond in de browser. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter the address of the platform&apos;s API, such as https://mastodon.social.</source>
        <translation>&quot;%1&quot; is geen webadres. Vul het adres van de API van het platform in, zoals https://mastodon.social.</translation>
    </message>
    <message>
        <source>Sign-ins are only sent over a secure connection: use an address that starts with https://.</source>
        <translation>Aanmeldgegevens worden alleen via een beveiligde verbinding verstuurd: gebruik een adres dat begint met https://.</translation>
    </message>
    <message>
        <source>A Discourse forum needs an API key and the username it acts as.</source>
        <translation>Voor een Discourse-forum zijn een API-sleutel en de bijbehorende gebruikersnaam nodig.</translation>
    </message>
    <message>
        <source>Could not open a local port for the browser to return to. Try again.</source>
        <translation>Kan geen lokale poort openen waar de browser naar kan terugkeren. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Webcare Desk has received the sign-in. You can close this window and return to the app.</source>
        <translation>Webcare Desk heeft de aanmelding ontvangen. Je kunt dit venster sluiten en teruggaan naar de app.</translation>
    </message>
    <message>
        <source>The Mastodon server did not register Webcare Desk: %1</source>
        <translation>De Mastodon-server heeft Webcare Desk niet geregistreerd: %1</translation>
    </message>
    <message>
        <source>The Mastodon server&apos;s answer could not be read.</source>
        <translation>Het antwoord van de Mastodon-server was onleesbaar.</translation>
    </message>
    <message>
        <source>Enter the client id of the team&apos;s app registration for this platform.</source>
        <translation>Vul de client-id uit de app-registratie van het team voor dit platform in.</translation>
    </message>
    <message>
        <source>Access was not granted in the browser, so the account was not connected.</source>
        <translation>Er is in de browser geen toegang gegeven, dus het account is niet gekoppeld.</translation>
    </message>
    <message>
        <source>The platform refused the sign-in (%1). Try again.</source>
        <translation>Het platform weigerde de aanmelding (%1). Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The platform could not be reached to finish the sign-in: %1</source>
        <translation>Het platform was niet bereikbaar om de aanmelding af te ronden: %1</translation>
    </message>
    <message>
        <source>The platform&apos;s answer held no access token.</source>
        <translation>Het antwoord van het platform bevatte geen toegangstoken.</translation>
    </message>
    <message>
        <source>This Facebook user manages no Pages that Webcare Desk may use.</source>
        <translation>Deze Facebook-gebruiker beheert geen pagina&apos;s die Webcare Desk mag gebruiken.</translation>
    </message>
    <message>
        <source>Enter the id of the Page to connect. This user manages: %1</source>
        <translation>Vul de id in van de pagina die je wilt koppelen. Deze gebruiker beheert: %1</translation>
    </message>
    <message>
        <source>The platform&apos;s answer about the signed-in account could not be read.</source>
        <translation>Het antwoord van het platform over het aangemelde account was onleesbaar.</translation>
    </message>
    <message>
        <source>The sign-in cannot be renewed by itself: reconnect the account.</source>
        <translation>De aanmelding kan niet vanzelf worden verlengd: koppel het account opnieuw.</translation>
    </message>
    <message>
        <source>The platform did not renew the sign-in (%1): reconnect the account.</source>
        <translation>Het platform heeft de aanmelding niet verlengd (%1): koppel het account opnieuw.</translation>
    </message>
</context>
<context>
    <name>SlaStatus</name>
    <message>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>In gevaar</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Te laat</translation>
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
    <message>
        <source>The database %1 is a training store. Nothing was changed. Start Webcare Desk with --training to practise in it, or open your team&apos;s live store.</source>
        <translation>De database %1 is een trainingsdatabase. Er is niets gewijzigd. Start Webcare Desk met --training om erin te oefenen, of open de live-database van je team.</translation>
    </message>
    <message>
        <source>The database %1 is a live store with real customers. Training never opens a live store: start the training without --db to use the training store.</source>
        <translation>De database %1 is een live-database met echte klanten. Training opent nooit een live-database: start de training zonder --db om de trainingsdatabase te gebruiken.</translation>
    </message>
    <message>
        <source>Only a supervisor other than the reply&apos;s writer may approve it or send it back.</source>
        <translation>Alleen een andere teamleider dan de schrijver van het antwoord mag het goedkeuren of terugsturen.</translation>
    </message>
    <message>
        <source>Your database login may not change this in %1. A supervisor of your team can.</source>
        <translation>Je databaselogin mag dit in %1 niet wijzigen. Een teamleider van je team kan dat wel.</translation>
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
    <name>TeamCommand</name>
    <message>
        <source>Sets an agent&apos;s role and four-eyes approval, and the team&apos;s approval rule.</source>
        <translation>Stelt de rol en het vier-ogenprincipe van een medewerker in, en de goedkeuringsregel van het team.</translation>
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
        <source>The agent&apos;s login.</source>
        <translation>De inlognaam van de medewerker.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>inlognaam</translation>
    </message>
    <message>
        <source>agent, or supervisor (approves other agents&apos; replies).</source>
        <translation>agent (medewerker), of supervisor (teamleider: keurt antwoorden van andere medewerkers goed).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>yes: every reply of this agent waits for a supervisor.</source>
        <translation>yes: elk antwoord van deze medewerker wacht op een teamleider.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>yes: replies sent with open tone-of-voice findings wait for a supervisor (the whole team).</source>
        <translation>yes: antwoorden die met openstaande bevindingen over de tone of voice worden verstuurd, wachten op een teamleider (geldt voor het hele team).</translation>
    </message>
    <message>
        <source>Give --role agent or --role supervisor.</source>
        <translation>Geef --role agent of --role supervisor op.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Antwoord met yes of no.</translation>
    </message>
    <message>
        <source>Name the agent with --agent, or set --findings-need-approval.</source>
        <translation>Geef de medewerker op met --agent, of stel --findings-need-approval in.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>teamleider</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>replies need approval</source>
        <translation>antwoorden hebben goedkeuring nodig</translation>
    </message>
    <message>
        <source>replies go straight out</source>
        <translation>antwoorden gaan direct weg</translation>
    </message>
    <message>
        <source>Replies with open findings need approval.</source>
        <translation>Antwoorden met openstaande bevindingen hebben goedkeuring nodig.</translation>
    </message>
    <message>
        <source>Replies with open findings go straight out.</source>
        <translation>Antwoorden met openstaande bevindingen gaan direct weg.</translation>
    </message>
</context>
<context>
    <name>TeamConfiguration</name>
    <message>
        <source>unknown key</source>
        <translation>onbekende sleutel</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must be a word (text, not empty)</source>
        <translation>moet een woord zijn (tekst, niet leeg)</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (x, mastodon, facebook or discourse)</source>
        <translation>onbekend kanaal &quot;%1&quot; (x, mastodon, facebook of discourse)</translation>
    </message>
    <message>
        <source>must be &quot;je&quot; or &quot;u&quot;</source>
        <translation>moet &quot;je&quot; of &quot;u&quot; zijn</translation>
    </message>
    <message>
        <source>must be &quot;agent&quot; or &quot;supervisor&quot;</source>
        <translation>moet &quot;agent&quot; of &quot;supervisor&quot; zijn</translation>
    </message>
    <message>
        <source>the login &quot;%1&quot; is used twice</source>
        <translation>de login &quot;%1&quot; komt twee keer voor</translation>
    </message>
    <message>
        <source>must be a date such as 2027-03-01</source>
        <translation>moet een datum zijn zoals 2027-03-01</translation>
    </message>
    <message>
        <source>must be a web address (http or https)</source>
        <translation>moet een webadres zijn (http of https)</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is listed twice</source>
        <translation>het adres &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>must be text, not empty</source>
        <translation>moet tekst zijn, niet leeg</translation>
    </message>
    <message>
        <source>must be &quot;nl&quot; or &quot;en&quot;</source>
        <translation>moet &quot;nl&quot; of &quot;en&quot; zijn</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>de id &quot;%1&quot; komt twee keer voor</translation>
    </message>
    <message>
        <source>$: not valid JSON at character %1: %2</source>
        <translation>$: geen geldige JSON bij teken %1: %2</translation>
    </message>
    <message>
        <source>$: must be an object</source>
        <translation>$: moet een object zijn</translation>
    </message>
</context>
<context>
    <name>TelephonyLink</name>
    <message>
        <source>Telephony: the AMI secret could not be read (%1); the queue length is typed in meanwhile.</source>
        <translation>Telefonie: het AMI-geheim kon niet worden gelezen (%1); de lengte van de wachtrij wordt voorlopig ingetypt.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>The placeholder %1 has no value yet.</source>
        <translation>Het invulveld %1 heeft nog geen waarde.</translation>
    </message>
    <message>
        <source>The template library is not valid JSON: %1</source>
        <translation>De sjabloonbibliotheek is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>The template library has no &quot;templates&quot; list.</source>
        <translation>De sjabloonbibliotheek heeft geen lijst &quot;templates&quot;.</translation>
    </message>
    <message>
        <source>Template %1 lacks an id, title or text.</source>
        <translation>Sjabloon %1 mist een id, titel of tekst.</translation>
    </message>
    <message>
        <source>Template %1 names an unknown channel &quot;%2&quot;.</source>
        <translation>Sjabloon %1 noemt een onbekend kanaal &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ToneCheck</name>
    <message>
        <source>Formal &quot;%1&quot; in a team that says &quot;je&quot;: write &quot;je&quot; or &quot;jouw&quot;.</source>
        <translation>Formeel &quot;%1&quot; in een team dat &quot;je&quot; zegt: schrijf &quot;je&quot; of &quot;jouw&quot;.</translation>
    </message>
    <message>
        <source>Formal &quot;%1&quot; in a team that says &quot;je&quot;: write &quot;jezelf&quot;.</source>
        <translation>Formeel &quot;%1&quot; in een team dat &quot;je&quot; zegt: schrijf &quot;jezelf&quot;.</translation>
    </message>
    <message>
        <source>Formal &quot;%1&quot; in a team that says &quot;je&quot;: write &quot;%2&quot;.</source>
        <translation>Formeel &quot;%1&quot; in een team dat &quot;je&quot; zegt: schrijf &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Informal &quot;%1&quot; in a team that says &quot;u&quot;: write &quot;%2&quot;.</source>
        <translation>Informeel &quot;%1&quot; in een team dat &quot;u&quot; zegt: schrijf &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Not signed: end the reply with your signature %1.</source>
        <translation>Niet ondertekend: sluit het antwoord af met je ondertekening %1.</translation>
    </message>
    <message>
        <source>Signed twice: keep only the signature at the end.</source>
        <translation>Twee keer ondertekend: houd alleen de ondertekening aan het eind.</translation>
    </message>
    <message>
        <source>Too long for %1: %2 characters, the limit is %3. Shorten it or send it as a thread.</source>
        <translation>Te lang voor %1: %2 tekens, de limiet is %3. Maak het korter of verstuur het als thread.</translation>
    </message>
    <message>
        <source>Long for %1: %2 characters in %3 sentences. Keep it short: two sentences, at most %4 characters.</source>
        <translation>Lang voor %1: %2 tekens in %3 zinnen. Houd het kort: twee zinnen, hoogstens %4 tekens.</translation>
    </message>
    <message>
        <source>Personal: address %1 by name.</source>
        <translation>Persoonlijk: spreek %1 aan bij naam.</translation>
    </message>
    <message>
        <source>Empathetic: this answers a complaint; acknowledge it first (for example &quot;Vervelend dat …&quot; or &quot;Sorry dat …&quot;).</source>
        <translation>Empathisch: dit is een reactie op een klacht; erken die eerst (bijvoorbeeld &quot;Vervelend dat …&quot; of &quot;Sorry dat …&quot;).</translation>
    </message>
    <message>
        <source>Businesslike: one question mark is enough.</source>
        <translation>Zakelijk: één vraagteken is genoeg.</translation>
    </message>
    <message>
        <source>Businesslike: one exclamation mark at most.</source>
        <translation>Zakelijk: hoogstens één uitroepteken.</translation>
    </message>
    <message>
        <source>Businesslike: many exclamation marks; end this sentence with a full stop.</source>
        <translation>Zakelijk: veel uitroeptekens; sluit deze zin af met een punt.</translation>
    </message>
    <message>
        <source>Businesslike: more than %1 emoji; leave this one out.</source>
        <translation>Zakelijk: meer dan %1 emoji; laat deze weg.</translation>
    </message>
    <message>
        <source>States policy without a source: add a link from the knowledge base.</source>
        <translation>Noemt beleid zonder bron: voeg een link uit de kennisbank toe.</translation>
    </message>
    <message>
        <source>States policy without an approved source: the link is not from the knowledge base.</source>
        <translation>Noemt beleid zonder goedgekeurde bron: de link komt niet uit de kennisbank.</translation>
    </message>
    <message>
        <source>Commercial content in a service reply: leave out offers, discounts and sales phrases.</source>
        <translation>Commerciële inhoud in een serviceantwoord: laat aanbiedingen, kortingen en verkooppraatjes weg.</translation>
    </message>
    <message>
        <source>The placeholder %1 has no value yet.</source>
        <translation>Het invulveld %1 heeft nog geen waarde.</translation>
    </message>
    <message>
        <source>Spelling: &quot;%1&quot; is not in the dictionary.</source>
        <translation>Spelling: &quot;%1&quot; staat niet in het woordenboek.</translation>
    </message>
    <message>
        <source>Spelling: &quot;%1&quot; is not in the dictionary; did you mean &quot;%2&quot;?</source>
        <translation>Spelling: &quot;%1&quot; staat niet in het woordenboek; bedoel je &quot;%2&quot;?</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>learned from the team&apos;s decisions: %1 (%2% sure); the rules alone said: %3</source>
        <translation>geleerd van de beslissingen van het team: %1 (%2% zeker); alleen op basis van de regels: %3</translation>
    </message>
    <message>
        <source>%1 (a guess from the rules; the model is not sure yet)</source>
        <translation>%1 (een gok op basis van de regels; het model is nog niet zeker)</translation>
    </message>
</context>
<context>
    <name>TriageCommand</name>
    <message>
        <source>Reads posts as JSON lines on standard input and prints, for each, the suggested decision, category, confidence and reason from the case store&apos;s rules and model. A line is {&quot;channel&quot;: &quot;x&quot;, &quot;author&quot;: &quot;handle&quot;, &quot;text&quot;: &quot;...&quot;} or {&quot;channel&quot;: &quot;x&quot;, &quot;item&quot;: {a platform payload item}}; &quot;id&quot; is optional and echoed.</source>
        <translation>Leest berichten als JSON-regels van standaardinvoer en toont voor elk bericht de voorgestelde beslissing, categorie, zekerheid en reden op basis van de regels en het model in de database. Een regel is {&quot;channel&quot;: &quot;x&quot;, &quot;author&quot;: &quot;handle&quot;, &quot;text&quot;: &quot;...&quot;} of {&quot;channel&quot;: &quot;x&quot;, &quot;item&quot;: {een payload-item van een platform}}; &quot;id&quot; is optioneel en wordt teruggegeven.</translation>
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
        <source>triage reads posts on standard input and takes no file names.</source>
        <translation>triage leest berichten van standaardinvoer en accepteert geen bestandsnamen.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Kan standaardinvoer niet lezen.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
</context>
<context>
    <name>TriageInput</name>
    <message>
        <source>not valid JSON: %1 (at character %2)</source>
        <translation>geen geldige JSON: %1 (bij teken %2)</translation>
    </message>
    <message>
        <source>a line must be one JSON object</source>
        <translation>een regel moet één JSON-object zijn</translation>
    </message>
    <message>
        <source>&quot;channel&quot; must be x, mastodon, facebook or discourse, not &quot;%1&quot;</source>
        <translation>&quot;channel&quot; moet x, mastodon, facebook of discourse zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;item&quot; must be a platform payload item (a JSON object)</source>
        <translation>&quot;item&quot; moet een payload-item van een platform zijn (een JSON-object)</translation>
    </message>
    <message>
        <source>the payload item holds no post: %1</source>
        <translation>het payload-item bevat geen bericht: %1</translation>
    </message>
    <message>
        <source>&quot;text&quot; is missing (or give a platform payload as &quot;item&quot;)</source>
        <translation>&quot;text&quot; ontbreekt (of geef een payload van een platform op als &quot;item&quot;)</translation>
    </message>
    <message>
        <source>&quot;decision&quot; must be reply or no_action</source>
        <translation>&quot;decision&quot; moet reply of no_action zijn</translation>
    </message>
    <message>
        <source>unknown &quot;category&quot;: %1</source>
        <translation>onbekende &quot;category&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;context&quot; must be mention, dm, reply_to_team, page_comment, forum_team_category, public, own or colleague, not &quot;%1&quot;</source>
        <translation>&quot;context&quot; moet mention, dm, reply_to_team, page_comment, forum_team_category, public, own of colleague zijn, niet &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TriageLabel</name>
    <message>
        <source>Reply</source>
        <translation>Beantwoorden</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Geen actie</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Opinion on a campaign</source>
        <translation>Mening over campagne</translation>
    </message>
    <message>
        <source>Employee post</source>
        <translation>Bericht van medewerker</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Our own post</source>
        <translation>Eigen bericht</translation>
    </message>
</context>
<context>
    <name>TriageRules</name>
    <message>
        <source>a bidirectional override character</source>
        <translation>een teken dat de schrijfrichting omdraait</translation>
    </message>
    <message>
        <source>a zero-width character inside a word</source>
        <translation>een onzichtbaar teken midden in een woord</translation>
    </message>
    <message>
        <source>a program file to download</source>
        <translation>een programmabestand om te downloaden</translation>
    </message>
    <message>
        <source>a prize or money offer (&apos;%1&apos;)</source>
        <translation>een prijs of geldaanbod (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>een link</translation>
    </message>
    <message>
        <source>an unrealistic percentage</source>
        <translation>een onrealistisch percentage</translation>
    </message>
    <message>
        <source>many hashtags</source>
        <translation>veel hashtags</translation>
    </message>
    <message>
        <source>a link sent to several people</source>
        <translation>een link die naar meerdere mensen is gestuurd</translation>
    </message>
    <message>
        <source>repeated emoji</source>
        <translation>herhaalde emoji</translation>
    </message>
    <message>
        <source>written by one of our own accounts (%1)</source>
        <translation>geschreven door een van onze eigen accounts (%1)</translation>
    </message>
    <message>
        <source>employee post: %1 is on the team&apos;s list of colleagues</source>
        <translation>bericht van medewerker: %1 staat op de collegalijst van het team</translation>
    </message>
    <message>
        <source>spam: %1</source>
        <translation>spam: %1</translation>
    </message>
    <message>
        <source>complaint vocabulary: &apos;%1&apos;</source>
        <translation>klachtwoorden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>contains a question to us: &apos;%1&apos;</source>
        <translation>bevat een vraag aan ons: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>check-in: location tag</source>
        <translation>check-in: locatietag</translation>
    </message>
    <message>
        <source>check-in: &apos;%1&apos;</source>
        <translation>check-in: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reports a problem: &apos;%1&apos;</source>
        <translation>meldt een probleem: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>campaign term: &apos;%1&apos;</source>
        <translation>campagneterm: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a question to other customers: &apos;%1&apos;</source>
        <translation>een vraag aan andere klanten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>contains a question: &apos;%1&apos;</source>
        <translation>bevat een vraag: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>compliment vocabulary: &apos;%1&apos;</source>
        <translation>complimentwoorden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no rule matched: a remark</source>
        <translation>geen regel van toepassing: een opmerking</translation>
    </message>
    <message>
        <source>more than one offer</source>
        <translation>meer dan één aanbieding</translation>
    </message>
    <message>
        <source>shouted offer</source>
        <translation>een geschreeuwde aanbieding</translation>
    </message>
    <message>
        <source>a direct message</source>
        <translation>een privébericht</translation>
    </message>
    <message>
        <source>an answer to our post</source>
        <translation>een reactie op ons bericht</translation>
    </message>
    <message>
        <source>on our Page</source>
        <translation>op onze pagina</translation>
    </message>
    <message>
        <source>in our forum</source>
        <translation>in ons forum</translation>
    </message>
    <message>
        <source>mentions our account</source>
        <translation>noemt ons account</translation>
    </message>
    <message>
        <source>names us</source>
        <translation>noemt ons</translation>
    </message>
    <message>
        <source>praise with a complaint behind it: &apos;%1&apos;</source>
        <translation>lof met een klacht erachter: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>urgency in capitals: &apos;%1&apos;</source>
        <translation>haast in hoofdletters: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a remark for webcare to pick up: &apos;%1&apos;</source>
        <translation>een opmerking die webcare moet oppakken: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a laugh, nothing asked: &apos;%1&apos;</source>
        <translation>een lach, er wordt niets gevraagd: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>information for other customers: &apos;%1&apos;</source>
        <translation>informatie voor andere klanten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>addressed to us (%1) and no reason to leave it</source>
        <translation>aan ons gericht (%1) en geen reden om het te laten liggen</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>Webcare weekly report %1</source>
        <translation>Weekrapport webcare %1</translation>
    </message>
    <message>
        <source>%1 to %2 (Europe/Amsterdam), made %3</source>
        <translation>%1 t/m %2 (Europe/Amsterdam), gemaakt op %3</translation>
    </message>
    <message>
        <source>Posts in</source>
        <translation>Binnengekomen berichten</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Nieuwe zaken</translation>
    </message>
    <message>
        <source>Cases needing a reply</source>
        <translation>Zaken die een antwoord nodig hebben</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>Reactiepercentage (%)</translation>
    </message>
    <message>
        <source>Replies sent</source>
        <translation>Verzonden antwoorden</translation>
    </message>
    <message>
        <source>First response, median (working hours)</source>
        <translation>Eerste reactietijd, mediaan (werkuren)</translation>
    </message>
    <message>
        <source>First response, 90th percentile (working hours)</source>
        <translation>Eerste reactietijd, 90e percentiel (werkuren)</translation>
    </message>
    <message>
        <source>Answered within the SLA (%)</source>
        <translation>Binnen de SLA beantwoord (%)</translation>
    </message>
    <message>
        <source>Handling time per case, median (working hours)</source>
        <translation>Afhandeltijd per zaak, mediaan (werkuren)</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>Afgehandelde zaken</translation>
    </message>
    <message>
        <source>Open backlog at the end of the week</source>
        <translation>Werkvoorraad aan het eind van de week</translation>
    </message>
    <message>
        <source>Escalations to departments</source>
        <translation>Escalaties naar afdelingen</translation>
    </message>
    <message>
        <source>Escalation turnaround, median (working hours)</source>
        <translation>Doorlooptijd escalaties, mediaan (werkuren)</translation>
    </message>
    <message>
        <source>Hours in webcare</source>
        <translation>Uren in webcare</translation>
    </message>
    <message>
        <source>Hours on the phone</source>
        <translation>Uren aan de telefoon</translation>
    </message>
    <message>
        <source>FTE in webcare</source>
        <translation>FTE in webcare</translation>
    </message>
    <message>
        <source>FTE on the phone</source>
        <translation>FTE aan de telefoon</translation>
    </message>
    <message>
        <source>Satisfaction scores</source>
        <translation>Tevredenheidsscores</translation>
    </message>
    <message>
        <source>Customer satisfaction, scores 4–5 (%)</source>
        <translation>Klanttevredenheid, scores 4–5 (%)</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS-antwoorden</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Figures of the week, the three weeks before and the change against last week</source>
        <translation>Cijfers van de week, de drie weken ervoor en de verandering ten opzichte van vorige week</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>Per kanaal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Per medewerker</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Escalations per department</source>
        <translation>Escalaties per afdeling</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalaties</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Op tijd beantwoord</translation>
    </message>
    <message>
        <source>Turnaround, median (working hours)</source>
        <translation>Doorlooptijd, mediaan (werkuren)</translation>
    </message>
    <message>
        <source>Top voice-of-the-customer tags</source>
        <translation>Meest gebruikte tags voor klantsignalen (VOC)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>No data this week.</source>
        <translation>Geen gegevens deze week.</translation>
    </message>
    <message>
        <source>Times are working time of the team&apos;s opening hours. Definitions: docs/reports.md. No customer personal data.</source>
        <translation>Tijden zijn werktijd binnen de openingstijden van het team. Definities: docs/reports.md. Geen persoonsgegevens van klanten.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Het rapport is geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Posts in and replies sent</source>
        <translation>Binnengekomen berichten en verzonden antwoorden</translation>
    </message>
    <message>
        <source>First response in working hours</source>
        <translation>Eerste reactietijd in werkuren</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e percentiel</translation>
    </message>
    <message>
        <source>Per channel this week</source>
        <translation>Per kanaal deze week</translation>
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
    <message>
        <source>--fake-platform takes the fake server&apos;s address on this computer, such as http://127.0.0.1:8765</source>
        <translation>--fake-platform verwacht het adres van de nepserver op deze computer, zoals http://127.0.0.1:8765</translation>
    </message>
    <message>
        <source>Connect the demo accounts to the fake platform server at this address (for trying out; see the README).</source>
        <translation>Koppel de demoaccounts aan de nepserver voor platforms op dit adres (om uit te proberen; zie de README).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>webcaredesk triage [--db PATH]: suggest a decision, category and reason for posts read as JSON lines on standard input (see webcaredesk triage --help).</source>
        <translation>webcaredesk triage [--db PAD]: stel een beslissing, categorie en reden voor bij berichten die als JSON-regels van standaardinvoer worden gelezen (zie webcaredesk triage --help).</translation>
    </message>
    <message>
        <source>webcaredesk check --channel x|mastodon|facebook|discourse --style je|u: print the tone-of-voice findings on a reply draft read from standard input as JSON (see webcaredesk check --help).</source>
        <translation>webcaredesk check --channel x|mastodon|facebook|discourse --style je|u: toon als JSON de bevindingen over de tone of voice bij een conceptantwoord dat van standaardinvoer wordt gelezen (zie webcaredesk check --help).</translation>
    </message>
    <message>
        <source>webcaredesk team --agent LOGIN --role agent|supervisor --needs-approval yes|no: four-eyes roles (see webcaredesk team --help).</source>
        <translation>webcaredesk team --agent INLOGNAAM --role agent|supervisor --needs-approval yes|no: rollen voor het vier-ogenprincipe (zie webcaredesk team --help).</translation>
    </message>
    <message>
        <source>webcaredesk report --week 2026-W47 --format pdf|csv|html --out PATH: the weekly report (see webcaredesk report --help).</source>
        <translation>webcaredesk report --week 2026-W47 --format pdf|csv|html --out PAD: het weekrapport (zie webcaredesk report --help).</translation>
    </message>
    <message>
        <source>webcaredesk privacy --erase-author|--export-author CHANNEL:HANDLE or --apply-retention DAYS: privacy requests and the retention period (see webcaredesk privacy --help).</source>
        <translation>webcaredesk privacy --erase-author|--export-author KANAAL:HANDLE of --apply-retention DAGEN: privacyverzoeken en de bewaartermijn (zie webcaredesk privacy --help).</translation>
    </message>
    <message>
        <source>Training never opens the live store %1. Start with --training alone to use the training store.</source>
        <translation>Training opent nooit de live-database %1. Start alleen met --training om de trainingsdatabase te gebruiken.</translation>
    </message>
    <message>
        <source>webcaredesk config export [--out FILE] | config import FILE: the team configuration as JSON (see webcaredesk config --help).</source>
        <translation>webcaredesk config export [--out BESTAND] | config import BESTAND: de teamconfiguratie als JSON (zie webcaredesk config --help).</translation>
    </message>
</context>
<context>
    <name>webcare::store::StoreService</name>
    <message>
        <source>The connection to the team database %1 was lost. Your drafts are kept on this workstation; Webcare Desk reconnects by itself.</source>
        <translation>De verbinding met de teamdatabase %1 is verbroken. Je concepten worden op deze werkplek bewaard; Webcare Desk maakt zelf opnieuw verbinding.</translation>
    </message>
    <message>
        <source>Another workstation is upgrading the team database. Webcare Desk continues as soon as the upgrade is done …</source>
        <translation>Een andere werkplek werkt de teamdatabase bij. Webcare Desk gaat verder zodra dat klaar is …</translation>
    </message>
</context>
<context>
    <name>webcare::telephony::AmiClient</name>
    <message>
        <source>The connection to the telephony server was closed.</source>
        <translation>De verbinding met de telefonieserver is gesloten.</translation>
    </message>
    <message>
        <source>The telephony server refused the login (%1). Check the AMI user and secret.</source>
        <translation>De telefonieserver weigerde de aanmelding (%1). Controleer de AMI-gebruiker en het AMI-geheim.</translation>
    </message>
    <message>
        <source>Not connected to the telephony server.</source>
        <translation>Geen verbinding met de telefonieserver.</translation>
    </message>
    <message>
        <source>The telephony server did not give the queue status: %1</source>
        <translation>De telefonieserver gaf de status van de wachtrij niet door: %1</translation>
    </message>
    <message>
        <source>The telephony server could not pause or unpause your phone: %1</source>
        <translation>De telefonieserver kon je toestel niet op pauze zetten of van pauze halen: %1</translation>
    </message>
    <message>
        <source>The connection to the telephony server was lost; reconnecting.</source>
        <translation>De verbinding met de telefonieserver is verbroken; er wordt opnieuw verbinding gemaakt.</translation>
    </message>
</context>
<context>
    <name>webcare::ui::AccountsDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>over %n min</numerusform>
            <numerusform>over %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect …</source>
        <translation>Opnieuw koppelen …</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Volgende synchronisatie</translation>
    </message>
    <message>
        <source>Requests left</source>
        <translation>Verzoeken over</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Laatste probleem</translation>
    </message>
    <message>
        <source>Add account …</source>
        <translation>Account toevoegen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <source>Stop syncing %1 and forget its sign-in? Its conversations stay in the inbox.</source>
        <translation>%1 niet meer synchroniseren en de aanmeldgegevens vergeten? De gesprekken blijven in de inbox.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchroniseert</translation>
    </message>
    <message>
        <source>Syncing, with problems</source>
        <translation>Synchroniseert, met problemen</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Opnieuw koppelen nodig</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>reset %1</source>
        <translation>reset %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>Sign-ins are %1; never in the case store or the settings.</source>
        <translation>Aanmeldgegevens worden %1; nooit in de database of de instellingen.</translation>
    </message>
    <message>
        <source>Search words …</source>
        <translation>Zoekwoorden …</translation>
    </message>
    <message>
        <source>Search words for %1</source>
        <translation>Zoekwoorden voor %1</translation>
    </message>
    <message>
        <source>Brand words to find in posts that do not mention the account, separated by commas (for example: the team&apos;s name, &quot;a campaign slogan&quot;):</source>
        <translation>Merkwoorden om te vinden in berichten die het account niet noemen, gescheiden door komma&apos;s (bijvoorbeeld: de naam van het team, &quot;een campagneslogan&quot;):</translation>
    </message>
</context>
<context>
    <name>webcare::ui::ApprovalDialog</name>
    <message>
        <source>&amp;Approve and send</source>
        <translation>&amp;Goedkeuren en versturen</translation>
    </message>
    <message>
        <source>Send &amp;back</source>
        <translation>&amp;Terugsturen</translation>
    </message>
    <message>
        <source>Replies awaiting approval</source>
        <translation>Antwoorden die wachten op goedkeuring</translation>
    </message>
    <message>
        <source>Comment for the agent (needed to send a reply back)</source>
        <translation>Opmerking voor de medewerker (nodig om een antwoord terug te sturen)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>zaak %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n deel</numerusform>
            <numerusform>%n delen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n bevinding</numerusform>
            <numerusform>%n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <source>No replies are waiting for approval.</source>
        <translation>Er wachten geen antwoorden op goedkeuring.</translation>
    </message>
    <message>
        <source>The post it answers (%1, %2):</source>
        <translation>Het bericht waarop het antwoord reageert (%1, %2):</translation>
    </message>
    <message numerus="yes">
        <source>Draft by %1, a thread of %n part(s):</source>
        <translation>
            <numerusform>Concept van %1, een draad van %n deel:</numerusform>
            <numerusform>Concept van %1, een draad van %n delen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft by %1:</source>
        <translation>Concept van %1:</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Geen openstaande bevindingen.</translation>
    </message>
    <message>
        <source>Open findings when it was submitted:</source>
        <translation>Openstaande bevindingen bij het indienen:</translation>
    </message>
    <message>
        <source>Only a supervisor can approve replies or send them back.</source>
        <translation>Alleen een teamleider kan antwoorden goedkeuren of terugsturen.</translation>
    </message>
    <message>
        <source>This is your own reply: another supervisor must approve it.</source>
        <translation>Dit is je eigen antwoord: een andere teamleider moet het goedkeuren.</translation>
    </message>
</context>
<context>
    <name>webcare::ui::BlendingPanel</name>
    <message>
        <source>Switch to %1 (%2)</source>
        <translation>Overschakelen naar %1 (%2)</translation>
    </message>
    <message>
        <source>Callers waiting:</source>
        <translation>Wachtende bellers:</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Overschakelen</translation>
    </message>
    <message>
        <source>Callers waiting: %1</source>
        <translation>Wachtende bellers: %1</translation>
    </message>
    <message>
        <source>Choose your state</source>
        <translation>Kies je status</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1, al %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Vandaag: %1</translation>
    </message>
</context>
<context>
    <name>webcare::ui::CaseDetailsPanel</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>Tags en notities</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K: customer number</source>
        <translation>Ctrl+Shift+K: klantnummer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: add a tag · Ctrl+Shift+N: add a note</source>
        <translation>Ctrl+Shift+T: tag toevoegen · Ctrl+Shift+N: notitie toevoegen</translation>
    </message>
    <message>
        <source>Customer &amp;number:</source>
        <translation>Klant&amp;nummer:</translation>
    </message>
    <message>
        <source>e.g. KL-4711</source>
        <translation>bijv. KL-4711</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>&amp;Earlier cases of this customer:</source>
        <translation>&amp;Eerdere zaken van deze klant:</translation>
    </message>
    <message>
        <source>Add a tag …</source>
        <translation>Tag toevoegen …</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Removes the selected tag (Del)</source>
        <translation>Verwijdert de gekozen tag (Del)</translation>
    </message>
    <message>
        <source>Internal note for colleagues, never sent to the customer (Ctrl+Enter adds)</source>
        <translation>Interne notitie voor collega&apos;s, gaat nooit naar de klant (Ctrl+Enter voegt toe)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <source>Triage decision</source>
        <translation>Beslissing bij beoordeling</translation>
    </message>
    <message>
        <source>Case taken</source>
        <translation>Zaak opgepakt</translation>
    </message>
    <message>
        <source>Case released</source>
        <translation>Zaak vrijgegeven</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>Zaak toegewezen</translation>
    </message>
    <message>
        <source>Asked a department</source>
        <translation>Doorgezet naar afdeling</translation>
    </message>
    <message>
        <source>Department answered</source>
        <translation>Afdeling heeft geantwoord</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Opvolgactie gepland</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Opvolgactie gedaan</translation>
    </message>
    <message>
        <source>Reply queued</source>
        <translation>Antwoord klaargezet om te versturen</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notitie toegevoegd</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Tag toegevoegd</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Tag verwijderd</translation>
    </message>
    <message>
        <source>Customer number changed</source>
        <translation>Klantnummer gewijzigd</translation>
    </message>
    <message>
        <source>No message of the customer yet</source>
        <translation>Nog geen bericht van de klant</translation>
    </message>
    <message>
        <source>same customer number</source>
        <translation>zelfde klantnummer</translation>
    </message>
    <message>
        <source>Enter or double-click opens case %1</source>
        <translation>Enter of dubbelklik opent zaak %1</translation>
    </message>
    <message>
        <source>No other cases</source>
        <translation>Geen andere zaken</translation>
    </message>
    <message>
        <source>%1 — voice of the customer: %2</source>
        <translation>%1 — klantsignaal (VOC): %2</translation>
    </message>
    <message>
        <source>%1 (VOC)</source>
        <translation>%1 (VOC)</translation>
    </message>
    <message>
        <source>Voice of the customer: counted in the weekly report. %1</source>
        <translation>Klantsignaal (VOC): telt mee in het weekrapport. %1</translation>
    </message>
    <message>
        <source>A customer number has 4 to 20 letters, digits or dashes, e.g. KL-4711.</source>
        <translation>Een klantnummer heeft 4 tot 20 letters, cijfers of streepjes, bijv. KL-4711.</translation>
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
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No %1 account is connected: connect one under Accounts to answer here.</source>
        <translation>Er is geen %1-account gekoppeld: koppel er een onder Accounts om hier te antwoorden.</translation>
    </message>
    <message>
        <source>Via %1 — reconnect this account first; replies wait in the outbox until then.</source>
        <translation>Via %1 — koppel dit account eerst opnieuw; tot die tijd wachten antwoorden in de outbox.</translation>
    </message>
    <message>
        <source>Via %1 — training: the reply is kept, never sent</source>
        <translation>Via %1 — training: het antwoord wordt bewaard, nooit verzonden</translation>
    </message>
    <message>
        <source>Via %1</source>
        <translation>Via %1</translation>
    </message>
    <message>
        <source>Keep reply (training)</source>
        <translation>Antwoord bewaren (training)</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwoord versturen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Sent %1 — %2</source>
        <translation>Verzonden %1 — %2</translation>
    </message>
    <message>
        <source>Not sent: %1 Edit the text below and send it again.</source>
        <translation>Niet verzonden: %1 Pas de tekst hieronder aan en verstuur het opnieuw.</translation>
    </message>
    <message>
        <source>Suggestion: %1 · %2 — %3</source>
        <translation>Suggestie: %1 · %2 — %3</translation>
    </message>
    <message>
        <source>Your category: %1</source>
        <translation>Jouw categorie: %1</translation>
    </message>
    <message>
        <source>Messenger: answer within %1 h %2 min (until %3)</source>
        <translation>Messenger: antwoord binnen %1 u %2 min (tot %3)</translation>
    </message>
    <message>
        <source>Messenger: the 24-hour reply window has closed; answer through another channel</source>
        <translation>Messenger: het antwoordvenster van 24 uur is gesloten; antwoord via een ander kanaal</translation>
    </message>
    <message>
        <source>(private message)</source>
        <translation>(privébericht)</translation>
    </message>
    <message numerus="yes">
        <source>Keep thread of %n part(s) (training)</source>
        <translation>
            <numerusform>Draad van %n deel bewaren (training)</numerusform>
            <numerusform>Draad van %n delen bewaren (training)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send thread of %n part(s)</source>
        <translation>
            <numerusform>Draad van %n deel versturen</numerusform>
            <numerusform>Draad van %n delen versturen</numerusform>
        </translation>
    </message>
    <message>
        <source>One post</source>
        <translation>Eén bericht</translation>
    </message>
    <message>
        <source>Split into a numbered thread</source>
        <translation>Splitsen in een genummerde draad</translation>
    </message>
    <message>
        <source>Back to one post (Ctrl+Shift+S)</source>
        <translation>Terug naar één bericht (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Too long for one post: send it as a numbered thread, 1/2, 2/2 … (Ctrl+Shift+S)</source>
        <translation>Te lang voor één bericht: verstuur het als genummerde draad, 1/2, 2/2 … (Ctrl+Shift+S)</translation>
    </message>
    <message numerus="yes">
        <source>Sent as a thread of %n part(s), each answering the one before:</source>
        <translation>
            <numerusform>Verzonden als draad van %n deel, elk deel als reactie op het vorige:</numerusform>
            <numerusform>Verzonden als draad van %n delen, elk deel als reactie op het vorige:</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the part before it — %1</source>
        <translation>Wacht op het vorige deel — %1</translation>
    </message>
    <message>
        <source>Awaiting a supervisor&apos;s approval — %1</source>
        <translation>Wacht op goedkeuring van een teamleider — %1</translation>
    </message>
    <message>
        <source>Sent back by %1: %2 Edit the text below and send it again.</source>
        <translation>Teruggestuurd door %1: %2 Pas de tekst hieronder aan en verstuur het opnieuw.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Shows the reply exactly as it will be posted (Ctrl+P)</source>
        <translation>Toont het antwoord precies zoals het geplaatst wordt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Via %1 — paused: replies wait in the outbox, nothing is sent.</source>
        <translation>Via %1 — gepauzeerd: antwoorden blijven in de outbox, er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>Send when connected</source>
        <translation>Versturen zodra verbonden</translation>
    </message>
    <message>
        <source>The team database cannot be reached: the reply is kept on this workstation and stored as soon as the connection is back (Ctrl+Enter)</source>
        <translation>De teamdatabase is niet bereikbaar: het antwoord blijft op deze werkplek en wordt opgeslagen zodra de verbinding terug is (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Queued on this workstation: the reply is stored as soon as the connection to the team database is back.</source>
        <translation>Klaargezet op deze werkplek: het antwoord wordt opgeslagen zodra de verbinding met de teamdatabase terug is.</translation>
    </message>
    <message>
        <source>Check this — %1</source>
        <translation>Controleer dit — %1</translation>
    </message>
    <message>
        <source>an open complaint</source>
        <translation>een openstaande klacht</translation>
    </message>
    <message>
        <source>an unanswered question</source>
        <translation>een onbeantwoorde vraag</translation>
    </message>
    <message>
        <source>a case that still needs a reply</source>
        <translation>een zaak die nog een antwoord nodig heeft</translation>
    </message>
    <message>
        <source>This customer also has %1: case %2 (%3).</source>
        <translation>Deze klant heeft ook %1: zaak %2 (%3).</translation>
    </message>
</context>
<context>
    <name>webcare::ui::CaseWorkflowPanel</name>
    <message>
        <source>Record &amp;answer</source>
        <translation>Antwoord &amp;vastleggen</translation>
    </message>
    <message>
        <source>&amp;Escalate …</source>
        <translation>&amp;Doorzetten …</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>&amp;Opvolgactie toevoegen</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolgactie</translation>
    </message>
    <message>
        <source>The department&apos;s answer</source>
        <translation>Het antwoord van de afdeling</translation>
    </message>
    <message>
        <source>e.g. payment promised, check on Friday</source>
        <translation>bijv. betaling toegezegd, vrijdag controleren</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Geen zaak gekozen</translation>
    </message>
    <message>
        <source>Case %1: departments and follow-ups</source>
        <translation>Zaak %1: afdelingen en opvolgacties</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation>Gedaan door %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>This case has no open question to a department.</source>
        <translation>Deze zaak heeft geen openstaande vraag aan een afdeling.</translation>
    </message>
</context>
<context>
    <name>webcare::ui::ComposerAssistant</name>
    <message>
        <source>[Ctrl+. fixes]</source>
        <translation>[Ctrl+. verbetert]</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Type a few letters of the template, then Enter</source>
        <translation>Typ een paar letters van het sjabloon en druk op Enter</translation>
    </message>
    <message>
        <source>The team has no templates yet (Team ▸ Templates …)</source>
        <translation>Het team heeft nog geen sjablonen (Team ▸ Sjablonen …)</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <source>The team has no approved sources yet (Team ▸ Knowledge base …)</source>
        <translation>Het team heeft nog geen goedgekeurde bronnen (Team ▸ Kennisbank …)</translation>
    </message>
    <message>
        <source>Type a few letters of the page, then Enter</source>
        <translation>Typ een paar letters van de pagina en druk op Enter</translation>
    </message>
</context>
<context>
    <name>webcare::ui::ConnectAccountDialog</name>
    <message>
        <source>Connect</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Account koppelen</translation>
    </message>
    <message>
        <source>empty: the only Page this user manages</source>
        <translation>leeg: de enige pagina die deze gebruiker beheert</translation>
    </message>
    <message>
        <source>from the team&apos;s app registration</source>
        <translation>uit de app-registratie van het team</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-adres</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-id</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <source>Page id</source>
        <translation>Pagina-id</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-gebruikersnaam</translation>
    </message>
    <message>
        <source>Webcare Desk opens the platform&apos;s own sign-in page in your browser. Your password is never entered here; the access it grants is kept in the system keychain.</source>
        <translation>Webcare Desk opent de aanmeldpagina van het platform zelf in je browser. Je wachtwoord vul je hier nooit in; de toegang die je daar geeft, wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser. If no browser opened, visit:
%1</source>
        <translation>Wachten tot je in de browser toegang geeft. Is er geen browser geopend? Ga dan naar:
%1</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 opnieuw koppelen</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Bezig met koppelen …</translation>
    </message>
</context>
<context>
    <name>webcare::ui::DepartmentsDialog</name>
    <message>
        <source>Contact person is &amp;absent (questions go to the backup)</source>
        <translation>Contactpersoon is &amp;afwezig (vragen gaan naar de vervanger)</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <source> working hours</source>
        <translation> werkuren</translation>
    </message>
    <message>
        <source>e-mail address or queue</source>
        <translation>e-mailadres of wachtrij</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>Contact a&amp;ddress:</source>
        <translation>A&amp;dres contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Vervanger:</translation>
    </message>
    <message>
        <source>Backup add&amp;ress:</source>
        <translation>Ad&amp;res vervanger:</translation>
    </message>
    <message>
        <source>Internal &amp;SLA:</source>
        <translation>Interne &amp;SLA:</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <source>&amp;New department</source>
        <translation>Nieuwe a&amp;fdeling</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>%1 (backup: %2)</source>
        <translation>%1 (vervanger: %2)</translation>
    </message>
    <message>
        <source>A new department.</source>
        <translation>Een nieuwe afdeling.</translation>
    </message>
    <message>
        <source>Questions go to %1 now.</source>
        <translation>Vragen gaan nu naar %1.</translation>
    </message>
    <message>
        <source>Name a backup first: while the contact person is absent, the backup gets the questions.</source>
        <translation>Geef eerst een vervanger op: zolang de contactpersoon afwezig is, krijgt de vervanger de vragen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>webcare::ui::EscalationDialog</name>
    <message>
        <source>Escalate case %1 to a department</source>
        <translation>Zaak %1 doorzetten naar een afdeling</translation>
    </message>
    <message>
        <source>What should the department check or decide?</source>
        <translation>Wat moet de afdeling controleren of beslissen?</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Gaat naar:</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Werktijden:</translation>
    </message>
    <message>
        <source>Answer due:</source>
        <translation>Antwoord uiterlijk:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Doorzetten</translation>
    </message>
    <message>
        <source>Loading departments …</source>
        <translation>Afdelingen worden geladen …</translation>
    </message>
    <message>
        <source>No departments yet: add them under Team › Departments.</source>
        <translation>Nog geen afdelingen: voeg ze toe onder Team › Afdelingen.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Schadeclaim</translation>
    </message>
    <message>
        <source>Complex product</source>
        <translation>Complex product</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>%1%2 — backup, while %3 is absent</source>
        <translation>%1%2 — vervanger, zolang %3 afwezig is</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working hour(s))</source>
        <translation>
            <numerusform>%1 (%n werkuur)</numerusform>
            <numerusform>%1 (%n werkuren)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>webcare::ui::FollowUpsDialog</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Opvolgacties die aan de beurt zijn</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolgactie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Zaak &amp;openen</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today or earlier</source>
        <translation>
            <numerusform>%n opvolgactie voor vandaag of eerder</numerusform>
            <numerusform>%n opvolgacties voor vandaag of eerder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>webcare::ui::InboxFilterBar</name>
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
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation>Wacht op afdeling</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA in gevaar</translation>
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
        <source>Queue (Ctrl+Shift+F: the filter bar)</source>
        <translation>Wachtrij (Ctrl+Shift+F: de filterbalk)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Agent the case is assigned to</source>
        <translation>Medewerker aan wie de zaak is toegewezen</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>Zoeken in berichten (Ctrl+F)</translation>
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
    <name>webcare::ui::LinkGuard</name>
    <message>
        <source>Shows where this link leads before opening it</source>
        <translation>Laat zien waar deze link naartoe gaat voordat hij wordt geopend</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Link openen?</translation>
    </message>
    <message>
        <source>Written in the post: %1</source>
        <translation>In het bericht staat: %1</translation>
    </message>
    <message>
        <source>This link is not opened: it is a &quot;%1:&quot; link. Only web pages (http and https) can be opened from a post.</source>
        <translation>Deze link wordt niet geopend: het is een &quot;%1:&quot;-link. Vanuit een bericht kunnen alleen webpagina&apos;s (http en https) worden geopend.</translation>
    </message>
    <message>
        <source>This link is not opened: the site&apos;s name contains invisible or direction-changing characters, a trick to make one site look like another.</source>
        <translation>Deze link wordt niet geopend: de naam van de site bevat onzichtbare tekens of tekens die de schrijfrichting veranderen, een truc om de ene site op een andere te laten lijken.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>This link is not opened: it does not lead to a web page.</source>
        <translation>Deze link wordt niet geopend: hij leidt niet naar een webpagina.</translation>
    </message>
    <message>
        <source>This link leads to %1</source>
        <translation>Deze link leidt naar %1</translation>
    </message>
    <message>
        <source>The site&apos;s name has non-Latin or accented letters; written out it is %1. Check that it is the site you expect.</source>
        <translation>De naam van de site bevat niet-Latijnse letters of letters met accenten; uitgeschreven is het %1. Controleer of dit de site is die je verwacht.</translation>
    </message>
    <message>
        <source>Careful: the part before &quot;@&quot; is not the site. The site is %1.</source>
        <translation>Let op: het deel vóór &quot;@&quot; is niet de site. De site is %1.</translation>
    </message>
    <message>
        <source>The link contains invisible or direction-changing characters (shown as ⟨U+…⟩).</source>
        <translation>De link bevat onzichtbare tekens of tekens die de schrijfrichting veranderen (getoond als ⟨U+…⟩).</translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>No scheme was written; it opens as https.</source>
        <translation>Er staat geen schema bij; de link wordt geopend als https.</translation>
    </message>
    <message>
        <source>Full address: %1</source>
        <translation>Volledig adres: %1</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
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
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to reconnect</source>
        <translation>
            <numerusform>%n opnieuw te koppelen</numerusform>
            <numerusform>%n opnieuw te koppelen</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>bijgewerkt om %1</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <source>&amp;Manage accounts …</source>
        <translation>Accounts &amp;beheren …</translation>
    </message>
    <message>
        <source>&amp;Sync all now</source>
        <translation>Alles nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Zaak</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>&amp;Volgende zaak</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>V&amp;orige zaak</translation>
    </message>
    <message>
        <source>No &amp;action (close)</source>
        <translation>Geen &amp;actie (sluiten)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Beantwoorden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) closed: no action needed</source>
        <translation>
            <numerusform>%n zaak gesloten: geen actie nodig</numerusform>
            <numerusform>%n zaken gesloten: geen actie nodig</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked for a reply</source>
        <translation>Gemarkeerd om te beantwoorden</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Volgende zaak</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Vorige zaak</translation>
    </message>
    <message>
        <source>No action: close the case (or every selected case) and go to the next</source>
        <translation>Geen actie: sluit de zaak (of alle gekozen zaken) en ga naar de volgende</translation>
    </message>
    <message>
        <source>Reply: mark the case and write the reply</source>
        <translation>Beantwoorden: markeer de zaak en schrijf het antwoord</translation>
    </message>
    <message>
        <source>Category: question, complaint, compliment, remark, check-in, campaign, employee, spam</source>
        <translation>Categorie: vraag, klacht, compliment, opmerking, check-in, campagne, medewerker, spam</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Antwoord versturen</translation>
    </message>
    <message>
        <source>Back from the reply box to the inbox</source>
        <translation>Terug van het antwoordvak naar de inbox</translation>
    </message>
    <message>
        <source>Select more cases</source>
        <translation>Meer zaken kiezen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Zoeken in berichten</translation>
    </message>
    <message>
        <source>Sync all accounts now</source>
        <translation>Alle accounts nu synchroniseren</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Dit overzicht</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation>Weer verbonden met de teamdatabase.</translation>
    </message>
    <message>
        <source>Approved: the reply is in the outbox</source>
        <translation>Goedgekeurd: het antwoord staat in de outbox</translation>
    </message>
    <message>
        <source>Sent back to the agent with your comment</source>
        <translation>Teruggestuurd naar de medewerker met je opmerking</translation>
    </message>
    <message>
        <source>Replies awaiting &amp;approval (%1) …</source>
        <translation>Antwoorden ter &amp;goedkeuring (%1) …</translation>
    </message>
    <message>
        <source>Replies awaiting &amp;approval …</source>
        <translation>Antwoorden ter &amp;goedkeuring …</translation>
    </message>
    <message>
        <source>Your reply waits for a supervisor&apos;s approval</source>
        <translation>Je antwoord wacht op goedkeuring van een teamleider</translation>
    </message>
    <message>
        <source>&amp;Filter the inbox</source>
        <translation>Inbox &amp;filteren</translation>
    </message>
    <message>
        <source>Insert satisfaction &amp;survey</source>
        <translation>&amp;Tevredenheidsenquête invoegen</translation>
    </message>
    <message>
        <source>Record satisfaction s&amp;core …</source>
        <translation>Tevredenheids&amp;score vastleggen …</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <source>&amp;Weekly report …</source>
        <translation>&amp;Weekrapport …</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Leave training mode (restart on the live store)</source>
        <translation>&amp;Trainingsmodus verlaten (herstart met de live database)</translation>
    </message>
    <message>
        <source>&amp;Switch to training mode (restart on the training store)</source>
        <translation>Overschakelen naar &amp;trainingsmodus (herstart met de trainingsdatabase)</translation>
    </message>
    <message>
        <source>&amp;Replay a corpus …</source>
        <translation>Corpus &amp;afspelen …</translation>
    </message>
    <message>
        <source>Review &amp;drafts …</source>
        <translation>&amp;Concepten beoordelen …</translation>
    </message>
    <message>
        <source>My &amp;feedback …</source>
        <translation>Mijn &amp;feedback …</translation>
    </message>
    <message>
        <source>Training store: %1</source>
        <translation>Trainingsdatabase: %1</translation>
    </message>
    <message>
        <source>Training: Training → Replay a corpus … brings posts into this store.</source>
        <translation>Training: Training → Corpus afspelen … zet berichten in deze database.</translation>
    </message>
    <message>
        <source>Preview the reply exactly as it will be posted</source>
        <translation>Het antwoord bekijken precies zoals het wordt geplaatst</translation>
    </message>
    <message>
        <source>Write an internal note on the case</source>
        <translation>Een interne notitie bij de zaak schrijven</translation>
    </message>
    <message>
        <source>Add a tag to the case</source>
        <translation>Een tag aan de zaak toevoegen</translation>
    </message>
    <message>
        <source>Link the customer number</source>
        <translation>Het klantnummer koppelen</translation>
    </message>
    <message>
        <source>Split a reply that is too long into a numbered thread</source>
        <translation>Een te lang antwoord splitsen in een genummerde draad</translation>
    </message>
    <message>
        <source>Filter the inbox: queue, channel, category, tag, agent</source>
        <translation>De inbox filteren: wachtrij, kanaal, categorie, tag, medewerker</translation>
    </message>
    <message>
        <source>Replies awaiting approval (supervisors)</source>
        <translation>Antwoorden ter goedkeuring (teamleiders)</translation>
    </message>
    <message>
        <source>Escalate the case to a department</source>
        <translation>De zaak doorzetten naar een afdeling</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Opvolgacties die aan de beurt zijn</translation>
    </message>
    <message>
        <source>Your state: phone, webcare, break, meeting, offline</source>
        <translation>Je status: telefoon, webcare, pauze, overleg, offline</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Klanttevredenheid</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation>Score (1–5):</translation>
    </message>
    <message>
        <source>Would recommend us (0–10):</source>
        <translation>Zou ons aanbevelen (0–10):</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Opmerking:</translation>
    </message>
    <message>
        <source>Satisfaction score recorded.</source>
        <translation>Tevredenheidsscore vastgelegd.</translation>
    </message>
    <message>
        <source>Departments and follow-ups</source>
        <translation>Afdelingen en opvolgacties</translation>
    </message>
    <message>
        <source>Blending</source>
        <translation>Blending</translation>
    </message>
    <message>
        <source>&amp;Escalate to department …</source>
        <translation>&amp;Doorzetten naar afdeling …</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due …</source>
        <translation>O&amp;pvolgacties die aan de beurt zijn …</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>&amp;Departments …</source>
        <translation>&amp;Afdelingen …</translation>
    </message>
    <message>
        <source>Team &amp;settings …</source>
        <translation>Team&amp;instellingen …</translation>
    </message>
    <message>
        <source>&amp;Telephony …</source>
        <translation>&amp;Telefonie …</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned to you</source>
        <translation>
            <numerusform>%n zaak aan jou toegewezen</numerusform>
            <numerusform>%n zaken aan jou toegewezen</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 is waiting on the department: %2</source>
        <translation>Zaak %1 wacht op de afdeling: %2</translation>
    </message>
    <message>
        <source>Team settings saved for the whole team</source>
        <translation>Teaminstellingen opgeslagen voor het hele team</translation>
    </message>
    <message>
        <source>Team &amp;database …</source>
        <translation>Team&amp;database …</translation>
    </message>
    <message>
        <source>Team database saved: used from the next start (unless --db is given).</source>
        <translation>Teamdatabase opgeslagen: gebruikt vanaf de volgende start (tenzij --db is opgegeven).</translation>
    </message>
    <message>
        <source>Team &amp;configuration …</source>
        <translation>Team&amp;configuratie …</translation>
    </message>
    <message>
        <source>T&amp;emplates …</source>
        <translation>Sja&amp;blonen …</translation>
    </message>
    <message>
        <source>&amp;Knowledge base …</source>
        <translation>&amp;Kennisbank …</translation>
    </message>
    <message>
        <source>My &amp;profile …</source>
        <translation>Mijn &amp;profiel …</translation>
    </message>
    <message>
        <source>Set-&amp;up wizard …</source>
        <translation>Inste&amp;lhulp …</translation>
    </message>
    <message>
        <source>Team configuration saved for the whole team</source>
        <translation>Teamconfiguratie opgeslagen voor het hele team</translation>
    </message>
    <message>
        <source>Your signature is saved</source>
        <translation>Je ondertekening is opgeslagen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Your team&apos;s desk is set up</source>
        <translation>De desk van je team is ingericht</translation>
    </message>
</context>
<context>
    <name>webcare::ui::NoticeBars</name>
    <message>
        <source>TRAINING — practice store, not live: replies are kept for review and nothing leaves this computer</source>
        <translation>TRAINING — oefendatabase, niet live: antwoorden worden bewaard voor beoordeling en er verlaat niets deze computer</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Zaak openen</translation>
    </message>
    <message>
        <source>Reconnect …</source>
        <translation>Opnieuw koppelen …</translation>
    </message>
    <message>
        <source>%1 must be reconnected: its sign-in expired or was revoked, so it is not synced.</source>
        <translation>%1 moet opnieuw worden gekoppeld: de aanmelding is verlopen of ingetrokken, daarom wordt het niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>%1 Your replies are kept on this workstation and stored as soon as the connection is back.</source>
        <translation>%1 Je antwoorden blijven op deze werkplek en worden opgeslagen zodra de verbinding terug is.</translation>
    </message>
</context>
<context>
    <name>webcare::ui::OpeningHoursEditor</name>
    <message>
        <source>closed every day</source>
        <translation>elke dag gesloten</translation>
    </message>
</context>
<context>
    <name>webcare::ui::ProfileDialog</name>
    <message>
        <source>My profile</source>
        <translation>Mijn profiel</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Ondertekening:</translation>
    </message>
    <message>
        <source>Leave empty to sign by the team&apos;s convention (%1).</source>
        <translation>Laat leeg om te ondertekenen volgens de afspraak van het team (%1).</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Voorbeeld:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Thanks for letting us know!</source>
        <translation>Bedankt voor je melding!</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Opslaan …</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>webcare::ui::ReplayDialog</name>
    <message>
        <source>Replay a corpus — training</source>
        <translation>Corpus afspelen — training</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>The bundled &amp;demo feed (Duinzicht Verzekeringen, fictional)</source>
        <translation>De meegeleverde &amp;demofeed (Duinzicht Verzekeringen, fictief)</translation>
    </message>
    <message>
        <source>An &amp;export of a real period (anonymised while loading)</source>
        <translation>Een &amp;export van een echte periode (geanonimiseerd bij het laden)</translation>
    </message>
    <message>
        <source>Add &amp;files …</source>
        <translation>&amp;Bestanden toevoegen …</translation>
    </message>
    <message>
        <source>Files of channel:</source>
        <translation>Bestanden van kanaal:</translation>
    </message>
    <message>
        <source>Platform payloads as `webcaredesk import` reads them, or JSON lines with one payload a line. Names, handles, @mentions, customer, policy, IBAN and phone numbers, e-mail addresses and street addresses are replaced by pseudonyms; raw payloads are dropped.</source>
        <translation>Payloads van platforms zoals `webcaredesk import` ze leest, of JSON-regels met één payload per regel. Namen, handles, @vermeldingen, klant-, polis-, IBAN- en telefoonnummers, e-mailadressen en straatadressen worden vervangen door pseudoniemen; de ruwe payloads worden niet bewaard.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>As it happened</source>
        <translation>Zoals het gebeurde</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Sneller</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Alles tegelijk</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>%v of %m posts</source>
        <translation>%v van %m berichten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <source>Export files</source>
        <translation>Exportbestanden</translation>
    </message>
    <message>
        <source>Platform payloads (*.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Payloads van platforms (*.json *.jsonl *.ndjson);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Loading the corpus …</source>
        <translation>Het corpus wordt geladen …</translation>
    </message>
    <message>
        <source>Replaying: posts arrive in the inbox.</source>
        <translation>Afspelen: berichten komen binnen in de inbox.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Gepauzeerd.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>Finished: every post of the corpus is in the training store.</source>
        <translation>Klaar: alle berichten van het corpus staan in de trainingsdatabase.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the corpus could not be read.</source>
        <translation>
            <numerusform>%n deel van het corpus kon niet worden gelezen.</numerusform>
            <numerusform>%n delen van het corpus konden niet worden gelezen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>webcare::ui::ReplyPreview</name>
    <message>
        <source>Your account</source>
        <translation>Je account</translation>
    </message>
    <message>
        <source>private message</source>
        <translation>privébericht</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>reactie</translation>
    </message>
    <message>
        <source>replying to @%1</source>
        <translation>antwoord aan @%1</translation>
    </message>
    <message>
        <source>replying to %1</source>
        <translation>antwoord aan %1</translation>
    </message>
    <message>
        <source>(nothing to send yet)</source>
        <translation>(nog niets om te versturen)</translation>
    </message>
    <message>
        <source>%1 / %2 as %3 counts</source>
        <translation>%1 / %2 zoals %3 telt</translation>
    </message>
    <message>
        <source>The text does not mention %1: on Mastodon a direct message is shown only to the accounts it mentions, so the customer would not see it.</source>
        <translation>De tekst noemt %1 niet: op Mastodon is een privébericht alleen zichtbaar voor de accounts die erin worden genoemd, dus de klant zou het niet zien.</translation>
    </message>
    <message>
        <source>The text does not mention %1: Mastodon notifies only the accounts a post mentions.</source>
        <translation>De tekst noemt %1 niet: Mastodon geeft alleen een melding aan de accounts die in een bericht worden genoemd.</translation>
    </message>
    <message>
        <source>The forum (Discourse) formats the text as Markdown: *, _, # and [text](link) change how it looks.</source>
        <translation>Het forum (Discourse) maakt de tekst op als Markdown: *, _, # en [tekst](link) veranderen hoe hij eruitziet.</translation>
    </message>
    <message>
        <source>The text contains invisible characters: %1</source>
        <translation>De tekst bevat onzichtbare tekens: %1</translation>
    </message>
</context>
<context>
    <name>webcare::ui::ReportDialog</name>
    <message>
        <source>Weekly report</source>
        <translation>Weekrapport</translation>
    </message>
    <message>
        <source>An ISO week as YYYY-Www, e.g. 2026-W47 (Monday to Sunday).</source>
        <translation>Een ISO-week als JJJJ-Www, bijvoorbeeld 2026-W47 (maandag tot en met zondag).</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formaten:</translation>
    </message>
    <message>
        <source>Include agent &amp;names (personal data of employees)</source>
        <translation>&amp;Namen van medewerkers opnemen (persoonsgegevens van het personeel)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Puntkomma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>CSV &amp;separator:</source>
        <translation>CSV-&amp;scheidingsteken:</translation>
    </message>
    <message>
        <source>&amp;Decimal comma (Dutch spreadsheet programs)</source>
        <translation>&amp;Decimale komma (Nederlandse spreadsheetprogramma&apos;s)</translation>
    </message>
    <message>
        <source>UTF-8 &amp;byte order mark (for Excel)</source>
        <translation>UTF-8-&amp;bytevolgordemarkering (voor Excel)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Save the report in</source>
        <translation>Rapport opslaan in</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Give the week as YYYY-Www, for example 2026-W47.</source>
        <translation>Geef de week op als JJJJ-Www, bijvoorbeeld 2026-W47.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Kies minstens één formaat.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Computing the report for %1…</source>
        <translation>Het rapport voor %1 wordt berekend…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Het rapport is geannuleerd.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>%n bestand opgeslagen in %1.</numerusform>
            <numerusform>%n bestanden opgeslagen in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>webcare::ui::ReviewDialog</name>
    <message>
        <source>&amp;Zakelijk (businesslike)</source>
        <translation>&amp;Zakelijk</translation>
    </message>
    <message>
        <source>&amp;Efficiënt (efficient)</source>
        <translation>&amp;Efficiënt</translation>
    </message>
    <message>
        <source>&amp;Kort (short)</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>Em&amp;pathisch (empathetic)</source>
        <translation>Em&amp;pathisch</translation>
    </message>
    <message>
        <source>Persoon&amp;lijk (personal)</source>
        <translation>Persoon&amp;lijk</translation>
    </message>
    <message>
        <source>Review drafts — training</source>
        <translation>Concepten beoordelen — training</translation>
    </message>
    <message>
        <source>My feedback — training</source>
        <translation>Mijn feedback — training</translation>
    </message>
    <message>
        <source>&amp;Trainee:</source>
        <translation>&amp;Trainee:</translation>
    </message>
    <message>
        <source>&amp;Unreviewed only</source>
        <translation>Alleen &amp;niet beoordeeld</translation>
    </message>
    <message>
        <source>The customer&apos;s post</source>
        <translation>Het bericht van de klant</translation>
    </message>
    <message>
        <source>The trainee&apos;s reply</source>
        <translation>Het antwoord van de trainee</translation>
    </message>
    <message>
        <source>Score (1 poor – 5 excellent)</source>
        <translation>Score (1 slecht – 5 uitstekend)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>&amp;Save review (Ctrl+Enter)</source>
        <translation>Beoordeling op&amp;slaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <source>My &amp;replies</source>
        <translation>Mijn &amp;antwoorden</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <source>All trainees</source>
        <translation>Alle trainees</translation>
    </message>
    <message>
        <source>Reviewed: %1 / 5</source>
        <translation>Beoordeeld: %1 / 5</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n antwoord</numerusform>
            <numerusform>%n antwoorden</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Nog geen feedback.</translation>
    </message>
    <message>
        <source>%1 replies, %2 reviewed</source>
        <translation>%1 antwoorden, %2 beoordeeld</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Checks that fired most often</source>
        <translation>Controles die het vaakst aansloegen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No replies written in training yet.</source>
        <translation>Nog geen antwoorden geschreven in training.</translation>
    </message>
</context>
<context>
    <name>webcare::ui::SetupWizard</name>
    <message>
        <source>Set up your team&apos;s desk</source>
        <translation>De desk van je team inrichten</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Je team</translation>
    </message>
    <message>
        <source>The name customers use for you tells the triage that a post talks to you. You can change everything later under Team ▸ Team configuration.</source>
        <translation>De naam die klanten voor jullie gebruiken, vertelt de triage dat een bericht over jullie gaat. Je kunt alles later wijzigen onder Team ▸ Teamconfiguratie.</translation>
    </message>
    <message>
        <source>e.g. Polderpolis Verzekeringen</source>
        <translation>bijv. Polderpolis Verzekeringen</translation>
    </message>
    <message>
        <source>e.g. polderpolis, mijn polderpolis</source>
        <translation>bijv. polderpolis, mijn polderpolis</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>Team&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Brand words (commas):</source>
        <translation>&amp;Merkwoorden (komma&apos;s):</translation>
    </message>
    <message>
        <source>Your own accounts</source>
        <translation>Je eigen accounts</translation>
    </message>
    <message>
        <source>The handles your team posts from. Posts to them are for you; accounts you connect later are added by themselves.</source>
        <translation>De handles waarmee je team berichten plaatst. Berichten aan deze handles zijn voor jullie; accounts die je later koppelt, worden vanzelf toegevoegd.</translation>
    </message>
    <message>
        <source>Your voice</source>
        <translation>Jullie toon</translation>
    </message>
    <message>
        <source>How your replies address customers and how agents sign them.</source>
        <translation>Hoe jullie antwoorden klanten aanspreken en hoe medewerkers ondertekenen.</translation>
    </message>
    <message>
        <source>je (informal, most webcare teams)</source>
        <translation>je (informeel, de meeste webcareteams)</translation>
    </message>
    <message>
        <source>u (formal)</source>
        <translation>u (formeel)</translation>
    </message>
    <message>
        <source>Sign on a line of its own</source>
        <translation>Ondertekenen op een eigen regel</translation>
    </message>
    <message>
        <source>Jan Bakker signs: %1</source>
        <translation>Jan Bakker ondertekent: %1</translation>
    </message>
    <message>
        <source>Form of &amp;address:</source>
        <translation>&amp;Aanspreekvorm:</translation>
    </message>
    <message>
        <source>&amp;Signature ({initials}, {first}):</source>
        <translation>&amp;Ondertekening ({initials}, {first}):</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>The answer time counts in these hours only; the holidays and SLA targets are under Team ▸ Team settings.</source>
        <translation>De antwoordtijd telt alleen binnen deze uren; de feestdagen en SLA-doelen staan onder Team ▸ Teaminstellingen.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Text modules agents insert with Ctrl+T. Edit them any time under Team ▸ Templates.</source>
        <translation>Tekstblokken die medewerkers invoegen met Ctrl+T. Je past ze altijd aan onder Team ▸ Sjablonen.</translation>
    </message>
    <message numerus="yes">
        <source>Start with the library that came with the desk (%n template(s))</source>
        <translation>
            <numerusform>Beginnen met de bibliotheek die bij de desk hoort (%n sjabloon)</numerusform>
            <numerusform>Beginnen met de bibliotheek die bij de desk hoort (%n sjablonen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import our own library (JSON, as docs/configuration.md shows):</source>
        <translation>Onze eigen bibliotheek &amp;importeren (JSON, zoals docs/configuration.md laat zien):</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
    <message>
        <source>&amp;Choose …</source>
        <translation>&amp;Kiezen …</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) will be imported.</source>
        <translation>
            <numerusform>%n sjabloon wordt geïmporteerd.</numerusform>
            <numerusform>%n sjablonen worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>Sjabloonbibliotheek</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>A first account</source>
        <translation>Een eerste account</translation>
    </message>
    <message>
        <source>Connect the account your team answers from, or skip: the Accounts window (Ctrl+Shift+A) connects one any time.</source>
        <translation>Koppel het account waarmee je team antwoordt, of sla dit over: het venster Accounts (Ctrl+Shift+A) koppelt er altijd een.</translation>
    </message>
    <message>
        <source>Open the &amp;Accounts window when I finish</source>
        <translation>Het venster &amp;Accounts openen als ik klaar ben</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>webcare::ui::TeamConfigDialog</name>
    <message>
        <source>every channel</source>
        <translation>elk kanaal</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Team configuration</source>
        <translation>Teamconfiguratie</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Toon</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>Sja&amp;blonen</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Kennisbank</translation>
    </message>
    <message>
        <source>T&amp;riage words</source>
        <translation>T&amp;riagewoorden</translation>
    </message>
    <message>
        <source>Only a supervisor changes the team configuration; you can read it here.</source>
        <translation>Alleen een teamleider wijzigt de teamconfiguratie; je kunt hem hier lezen.</translation>
    </message>
    <message>
        <source>&amp;Save for the team</source>
        <translation>&amp;Opslaan voor het team</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>E&amp;xport …</source>
        <translation>E&amp;xporteren …</translation>
    </message>
    <message>
        <source>Export the team configuration</source>
        <translation>De teamconfiguratie exporteren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import …</source>
        <translation>&amp;Importeren …</translation>
    </message>
    <message>
        <source>Import a team configuration</source>
        <translation>Een teamconfiguratie importeren</translation>
    </message>
    <message>
        <source>je (informal, most webcare teams)</source>
        <translation>je (informeel, de meeste webcareteams)</translation>
    </message>
    <message>
        <source>u (formal)</source>
        <translation>u (formeel)</translation>
    </message>
    <message>
        <source>{initials}: Jan Bakker → JB; {first}: the first name; {login}: the login</source>
        <translation>{initials}: Jan Bakker → JB; {first}: de voornaam; {login}: de login</translation>
    </message>
    <message>
        <source>Sign on a line of its own (else after the last word)</source>
        <translation>Ondertekenen op een eigen regel (anders na het laatste woord)</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>Team&amp;naam:</translation>
    </message>
    <message>
        <source>Form of &amp;address:</source>
        <translation>&amp;Aanspreekvorm:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Ondertekening:</translation>
    </message>
    <message>
        <source>An agent may set their own signature (Team ▸ My profile …); without one they sign by this convention.</source>
        <translation>Een medewerker kan een eigen ondertekening instellen (Team ▸ Mijn profiel …); zonder ondertekent die volgens deze afspraak.</translation>
    </message>
    <message>
        <source>Have a nice weekend!</source>
        <translation>Fijn weekend!</translation>
    </message>
    <message>
        <source>Jan Bakker signs: %1</source>
        <translation>Jan Bakker ondertekent: %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Four-eyes</source>
        <translation>Vier-ogen</translation>
    </message>
    <message>
        <source>Signature (empty: the convention&apos;s)</source>
        <translation>Ondertekening (leeg: die van de afspraak)</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>teamleider</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nieuw sjabloon</translation>
    </message>
    <message>
        <source>words an agent searches by, separated by commas</source>
        <translation>woorden waarop een medewerker zoekt, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Trefwoorden:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>{naam}: the customer&apos;s first name · {agent}: the agent&apos;s signature · {bron}: the knowledge-base page that fits</source>
        <translation>{naam}: de voornaam van de klant · {agent}: de ondertekening van de medewerker · {bron}: de pagina uit de kennisbank die past</translation>
    </message>
    <message>
        <source>Tone checks:</source>
        <translation>Toonchecks:</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <source>No findings: the template fits the team&apos;s voice.</source>
        <translation>Geen bevindingen: het sjabloon past bij de toon van het team.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Adres (https://…)</translation>
    </message>
    <message>
        <source>Keywords (commas)</source>
        <translation>Trefwoorden (komma&apos;s)</translation>
    </message>
    <message>
        <source>A reply about policy needs a link to one of these pages (ZEKEP: only facts from traceable sources); agents insert one with Ctrl+B, templates with {bron}.</source>
        <translation>Een antwoord over beleid heeft een link naar een van deze pagina&apos;s nodig (ZEKEP: alleen feiten uit herleidbare bronnen); medewerkers voegen er een in met Ctrl+B, sjablonen met {bron}.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>A connected account: removed with the account (Accounts …)</source>
        <translation>Een gekoppeld account: verdwijnt met het account (Accounts …)</translation>
    </message>
    <message>
        <source>Own &amp;handles (posts to them talk to us):</source>
        <translation>Eigen &amp;handles (berichten aan deze handles zijn voor ons):</translation>
    </message>
    <message>
        <source>&amp;Brand names (one per line):</source>
        <translation>&amp;Merknamen (één per regel):</translation>
    </message>
    <message>
        <source>&amp;Campaign words (&quot;#tag | 2027-03-01&quot;: until that day):</source>
        <translation>&amp;Campagnewoorden (&quot;#tag | 2027-03-01&quot;: tot die dag):</translation>
    </message>
    <message>
        <source>&amp;Colleagues&apos; handles:</source>
        <translation>&amp;Handles van collega&apos;s:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Opslaan …</translation>
    </message>
    <message>
        <source>Not exported: %1 cannot be written (%2).</source>
        <translation>Niet geëxporteerd: %1 kan niet worden geschreven (%2).</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Not imported: %1 cannot be read (%2).</source>
        <translation>Niet geïmporteerd: %1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>Not imported, nothing changed: %1</source>
        <translation>Niet geïmporteerd, er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importeren …</translation>
    </message>
</context>
<context>
    <name>webcare::ui::TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Embedded store on this workstation</source>
        <translation>Ingebouwde database op deze werkplek</translation>
    </message>
    <message>
        <source>PostgreSQL server shared by the team</source>
        <translation>PostgreSQL-server die het team deelt</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>bewaard in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>Outside the server&apos;s own host use verify-full, or at least require.</source>
        <translation>Gebruik buiten de server zelf verify-full, of minstens require.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>TLS (sslmode):</source>
        <translation>TLS (sslmode):</translation>
    </message>
    <message>
        <source>Used at the next start when no --db is given.</source>
        <translation>Gebruikt bij de volgende start als er geen --db is opgegeven.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name first.</source>
        <translation>Vul eerst de hostnaam van de server in.</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbinden met %1 …</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbonden met %1.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan geen verbinding maken met %1: %2</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>Het wachtwoord kon niet in de sleutelbos worden bewaard: %1</translation>
    </message>
</context>
<context>
    <name>webcare::ui::TeamSettingsDialog</name>
    <message>
        <source>Closed on &amp;Good Friday</source>
        <translation>Gesloten op &amp;Goede Vrijdag</translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation>Teaminstellingen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed every fifth year (2025, 2030 …)</source>
        <translation>Eens in de vijf jaar gesloten (2025, 2030 …)</translation>
    </message>
    <message>
        <source>Closed every year</source>
        <translation>Elk jaar gesloten</translation>
    </message>
    <message>
        <source> working hours</source>
        <translation> werkuren</translation>
    </message>
    <message>
        <source>one working day</source>
        <translation>één werkdag</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source> working minutes</source>
        <translation> werkminuten</translation>
    </message>
    <message>
        <source>Assign new cases &amp;round-robin to the agents working on webcare</source>
        <translation>Nieuwe zaken om de beurt toe&amp;wijzen aan de medewerkers die webcare doen</translation>
    </message>
    <message>
        <source> open cases</source>
        <translation> open zaken</translation>
    </message>
    <message>
        <source> cases waiting</source>
        <translation> wachtende zaken</translation>
    </message>
    <message>
        <source> cases at risk</source>
        <translation> zaken in gevaar</translation>
    </message>
    <message>
        <source> callers waiting</source>
        <translation> wachtende bellers</translation>
    </message>
    <message>
        <source>Liberation Day (5 May):</source>
        <translation>Bevrijdingsdag (5 mei):</translation>
    </message>
    <message>
        <source>New Year&apos;s Day, Easter, King&apos;s Day, Ascension Day, Whitsun and Christmas are always closed.</source>
        <translation>Op nieuwjaarsdag, Pasen, Koningsdag, Hemelvaartsdag, Pinksteren en Kerstmis is het team altijd gesloten.</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>&amp;Openingstijden</translation>
    </message>
    <message>
        <source>Answer within:</source>
        <translation>Antwoorden binnen:</translation>
    </message>
    <message>
        <source>team default</source>
        <translation>teamstandaard</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>channel target</source>
        <translation>norm van het kanaal</translation>
    </message>
    <message>
        <source>Category %1:</source>
        <translation>Categorie %1:</translation>
    </message>
    <message>
        <source>&quot;At risk&quot; when less than:</source>
        <translation>&quot;In gevaar&quot; bij minder dan:</translation>
    </message>
    <message>
        <source>Notify before a breach:</source>
        <translation>Waarschuwen vóór een overschrijding:</translation>
    </message>
    <message>
        <source>&amp;SLA</source>
        <translation>&amp;SLA</translation>
    </message>
    <message>
        <source>At most per agent:</source>
        <translation>Maximaal per medewerker:</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>&amp;Toewijzing</translation>
    </message>
    <message>
        <source>Suggest webcare from:</source>
        <translation>Webcare voorstellen vanaf:</translation>
    </message>
    <message>
        <source>… or from:</source>
        <translation>… of vanaf:</translation>
    </message>
    <message>
        <source>Suggest the phone from:</source>
        <translation>Telefoon voorstellen vanaf:</translation>
    </message>
    <message>
        <source>&amp;Blending</source>
        <translation>&amp;Blending</translation>
    </message>
    <message>
        <source>These settings are shared by the whole team.</source>
        <translation>Deze instellingen gelden voor het hele team.</translation>
    </message>
</context>
<context>
    <name>webcare::ui::TelephonySettingsDialog</name>
    <message>
        <source>Telephony</source>
        <translation>Telefonie</translation>
    </message>
    <message>
        <source>Manual: the queue length is typed in</source>
        <translation>Handmatig: de lengte van de wachtrij wordt ingetypt</translation>
    </message>
    <message>
        <source>Asterisk Manager Interface (AMI)</source>
        <translation>Asterisk Manager Interface (AMI)</translation>
    </message>
    <message>
        <source>unchanged (kept in %1)</source>
        <translation>ongewijzigd (%1)</translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation>geen sleutelbos van het systeem beschikbaar</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>alle wachtrijen</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>G&amp;eheim:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Wachtrij:</translation>
    </message>
    <message>
        <source>Your &amp;phone:</source>
        <translation>Je &amp;toestel:</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>Het geheim kon niet worden opgeslagen: %1</translation>
    </message>
</context>
</TS>
