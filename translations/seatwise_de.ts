<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Used once to sign in; never stored</source>
        <translation>Wird einmal zur Anmeldung verwendet, nie gespeichert</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save gateway</source>
        <translation>Gateway &amp;speichern</translation>
    </message>
</context>
<context>
    <name>LicensesPanel</name>
    <message>
        <source>License &amp;type:</source>
        <translation>Lizenz&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Login or name</source>
        <translation>Anmeldename oder Name</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>&amp;Nebenstelle:</translation>
    </message>
    <message>
        <source>Starts with…</source>
        <translation>Beginnt mit…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>&amp;Neu zuweisen…</translation>
    </message>
    <message>
        <source>U&amp;nassign</source>
        <translation>Zuweisung a&amp;ufheben</translation>
    </message>
    <message>
        <source>&amp;Manage add-ons…</source>
        <translation>Add-ons &amp;verwalten…</translation>
    </message>
    <message>
        <source>Add-ons of the selected license:</source>
        <translation>Add-ons der ausgewählten Lizenz:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>License &amp;Usage</source>
        <translation>Lizenz&amp;nutzung</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Filter by user, device, pool or state</source>
        <translation>Nach Benutzer, Gerät, Pool oder Zustand filtern</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload pools and sessions from the gateway</source>
        <translation>Pools und Sitzungen neu vom Gateway laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Seatwise</source>
        <translation>Ü&amp;ber Seatwise</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertBanner</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>List every active alert with the time it was raised</source>
        <translation>Alle aktiven Warnungen mit dem Zeitpunkt ihres Auftretens auflisten</translation>
    </message>
    <message>
        <source>Hide these alerts; the bar comes back when a new alert is raised or one clears and comes back</source>
        <translation>Diese Warnungen ausblenden; die Leiste erscheint wieder, sobald eine neue Warnung auftritt oder eine verschwindet und zurückkehrt</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Active alerts: %1. Details lists them all.</source>
        <translation>Aktive Warnungen: %1. „Details“ listet alle auf.</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertRules</name>
    <message>
        <source>%1: %2 of %3 seats in use (%4 %), at or over the %5 % alert threshold.</source>
        <translation>%1: %2 von %3 Plätzen belegt (%4 %), die Warnschwelle von %5 % ist erreicht oder überschritten.</translation>
    </message>
    <message>
        <source>%1: logins refused for want of a free seat, %2 since %3.</source>
        <translation>%1: Anmeldungen mangels freien Platzes abgewiesen, %2 seit %3.</translation>
    </message>
    <message>
        <source>No pay-per-use minutes left: overflow logins are refused once the pools are full.</source>
        <translation>Keine Pay-per-Use-Minuten mehr: Überlauf-Anmeldungen werden abgewiesen, sobald die Pools voll sind.</translation>
    </message>
    <message>
        <source>Pay-per-use minutes are low: %1 left, below the minimum of %2.</source>
        <translation>Pay-per-Use-Minuten werden knapp: %1 übrig, unter dem Minimum von %2.</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertSettingsDialog</name>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>&amp;Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Alert Settings</source>
        <translation>Warnungseinstellungen</translation>
    </message>
    <message>
        <source>Alert when a pool&apos;s seats in use reach its threshold. The alert clears once usage is 5 points below it.</source>
        <translation>Warnen, wenn die belegten Plätze eines Pools seine Schwelle erreichen. Die Warnung erlischt, sobald die Nutzung 5 Punkte darunter liegt.</translation>
    </message>
    <message>
        <source>Double-click a threshold or press F2 to change it</source>
        <translation>Doppelklicken Sie auf eine Schwelle oder drücken Sie F2, um sie zu ändern</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Alert when fewer pay-per-use minutes than this are left for overflow sessions; 0 turns the alert off</source>
        <translation>Warnen, wenn weniger Pay-per-Use-Minuten als hier angegeben für Überlauf-Sitzungen übrig sind; 0 schaltet die Warnung aus</translation>
    </message>
    <message>
        <source>Also announce each new alert with a desktop notification</source>
        <translation>Jede neue Warnung zusätzlich als Desktop-Benachrichtigung melden</translation>
    </message>
    <message>
        <source>This desktop has no system tray: alerts show in the banner only</source>
        <translation>Dieser Desktop hat keinen Infobereich: Warnungen erscheinen nur in der Leiste</translation>
    </message>
    <message>
        <source>&amp;Pay-per-use minimum:</source>
        <translation>&amp;Pay-per-Use-Minimum:</translation>
    </message>
    <message>
        <source>Every pool at %1 %, pay-per-use minimum %2 minutes, notifications on</source>
        <translation>Jeder Pool bei %1 %, Pay-per-Use-Minimum %2 Minuten, Benachrichtigungen an</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertThresholdModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Alert when %1 of %2 seats are in use (double-click or F2 to change)</source>
        <translation>Warnen, wenn %1 von %2 Plätzen belegt sind (zum Ändern doppelklicken oder F2 drücken)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation>Warnen bei</translation>
    </message>
</context>
<context>
    <name>seatwise::ApplyPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <source>The gateway assigns every row in one go: all of them, or none.</source>
        <translation>Das Gateway weist alle Zeilen in einem Schritt zu: alle oder keine.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Upload of the file, then the gateway&apos;s work</source>
        <translation>Hochladen der Datei, dann die Arbeit des Gateways</translation>
    </message>
    <message>
        <source>The file is already with the gateway, so the import cannot be cancelled any more. The gateway writes all rows or none; this window closes only after its answer.</source>
        <translation>Die Datei liegt bereits beim Gateway, daher kann der Import nicht mehr abgebrochen werden. Das Gateway schreibt alle Zeilen oder keine; dieses Fenster schließt sich erst nach seiner Antwort.</translation>
    </message>
    <message>
        <source>Send the file again. Rows already written are refused as duplicates, so nothing is assigned twice.</source>
        <translation>Die Datei erneut senden. Bereits geschriebene Zeilen werden als Duplikate abgewiesen, sodass nichts doppelt zugewiesen wird.</translation>
    </message>
    <message>
        <source>The gateway is assigning the licenses…</source>
        <translation>Das Gateway weist die Lizenzen zu…</translation>
    </message>
    <message>
        <source>The console is not connected to a gateway; nothing was written.</source>
        <translation>Die Konsole ist mit keinem Gateway verbunden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Sending the file (%1 rows) to the gateway…</source>
        <translation>Die Datei (%1 Zeilen) wird an das Gateway gesendet…</translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation>Der Import wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Check the Licenses view before trying again.</source>
        <translation>Prüfen Sie die Lizenzansicht, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The gateway refused the file; nothing was written.</source>
        <translation>Das Gateway hat die Datei abgelehnt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>seatwise::AssignLicenseDialog</name>
    <message>
        <source>Assign License</source>
        <translation>Lizenz zuweisen</translation>
    </message>
    <message>
        <source>Reassign License</source>
        <translation>Lizenz neu zuweisen</translation>
    </message>
    <message>
        <source>1 to 8 digits, optional</source>
        <translation>1 bis 8 Ziffern, optional</translation>
    </message>
    <message>
        <source>7 to 15 digits, optional leading +</source>
        <translation>7 bis 15 Ziffern, optional mit führendem +</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Nebenstelle:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Rufnummer:</translation>
    </message>
    <message>
        <source>The license moves from %1 with its extension, number and add-ons.</source>
        <translation>Die Lizenz wechselt von %1 mitsamt Nebenstelle, Rufnummer und Add-ons.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Benutzer auswählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An extension has 1 to 8 digits.</source>
        <translation>Eine Nebenstelle hat 1 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>A number has 7 to 15 digits, with an optional leading +.</source>
        <translation>Eine Rufnummer hat 7 bis 15 Ziffern, optional mit führendem +.</translation>
    </message>
</context>
<context>
    <name>seatwise::CacheSchema</name>
    <message>
        <source>cannot read the cache&apos;s schema version: %1</source>
        <translation>die Schemaversion des Caches kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the cache was written by a newer console (schema %1, this one knows %2)</source>
        <translation>der Cache wurde von einer neueren Konsole geschrieben (Schema %1, diese kennt %2)</translation>
    </message>
</context>
<context>
    <name>seatwise::ColumnMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>The file&apos;s header differs from Ext key,Number,User,Addon license 1,… Choose which of its columns holds each value; the choice is remembered for files like this.</source>
        <translation>Die Kopfzeile der Datei weicht von Ext key,Number,User,Addon license 1,… ab. Wählen Sie, welche ihrer Spalten welchen Wert enthält; die Auswahl wird für ähnliche Dateien gespeichert.</translation>
    </message>
    <message>
        <source>The column with each row&apos;s extension (1 to 8 digits).</source>
        <translation>Die Spalte mit der Nebenstelle jeder Zeile (1 bis 8 Ziffern).</translation>
    </message>
    <message>
        <source>The column with each row&apos;s phone number (DID).</source>
        <translation>Die Spalte mit der Rufnummer (Durchwahl) jeder Zeile.</translation>
    </message>
    <message>
        <source>The column with the login or the display name of the user.</source>
        <translation>Die Spalte mit dem Anmeldenamen oder dem Anzeigenamen des Benutzers.</translation>
    </message>
    <message>
        <source>Tick the columns that hold add-on codes; columns left unticked are ignored.</source>
        <translation>Markieren Sie die Spalten mit Add-on-Codes; nicht markierte Spalten werden ignoriert.</translation>
    </message>
    <message>
        <source>&amp;Ext key:</source>
        <translation>&amp;Ext key:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Rufnummer:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Add-on columns:</source>
        <translation>&amp;Add-on-Spalten:</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Spalte auswählen</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (z. B. %2)</translation>
    </message>
    <message>
        <source>Choose a column for Ext key, Number and User.</source>
        <translation>Wählen Sie eine Spalte für Ext key, Number und User.</translation>
    </message>
    <message>
        <source>Each column can hold only one of Ext key, Number, User or add-ons.</source>
        <translation>Jede Spalte kann nur einen der Werte Ext key, Number, User oder Add-ons enthalten.</translation>
    </message>
</context>
<context>
    <name>seatwise::CommandLine</name>
    <message>
        <source>Seatwise console: live seat pools and sessions of a license gateway.</source>
        <translation>Seatwise-Konsole: Platz-Pools und Sitzungen eines Lizenz-Gateways live.</translation>
    </message>
    <message>
        <source>Seed demo pools and users and run simulated agents in the embedded gateway.</source>
        <translation>Demo-Pools und -Benutzer anlegen und simulierte Agenten im eingebetteten Gateway ausführen.</translation>
    </message>
    <message>
        <source>Port of the embedded gateway on 127.0.0.1 (0: any free port).</source>
        <translation>Port des eingebetteten Gateways auf 127.0.0.1 (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Folder for the embedded gateway&apos;s database and token.</source>
        <translation>Ordner für Datenbank und Token des eingebetteten Gateways.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>--gateway-port needs a number from 0 to 65535.
</source>
        <translation>--gateway-port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
</context>
<context>
    <name>seatwise::ConnectionsDialog</name>
    <message>
        <source>New gateway</source>
        <translation>Neues Gateway</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation>Gateway entfernen</translation>
    </message>
    <message>
        <source>Remove the gateway &quot;%1&quot; (%2) and forget its token?</source>
        <translation>Das Gateway „%1“ (%2) entfernen und sein Token vergessen?</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: tokens are kept in memory for this run only, and the console will ask for the password again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Token werden nur für diese Sitzung im Speicher gehalten, und die Konsole fragt beim nächsten Mal erneut nach dem Passwort.</translation>
    </message>
    <message>
        <source>Give the gateway a name.</source>
        <translation>Geben Sie dem Gateway einen Namen.</translation>
    </message>
    <message>
        <source>Enter the login to sign in with.</source>
        <translation>Geben Sie den Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Enter the password to sign in.</source>
        <translation>Geben Sie das Passwort für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Connected: signed in as %1.</source>
        <translation>Verbunden: angemeldet als %1.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not signed by an authority this computer trusts (%1).

SHA-256 fingerprint:
%2

Trust it only if it is the fingerprint the gateway&apos;s operator gives you (seatwised prints it when it starts). Trust this certificate for this gateway?</source>
        <translation>Das Zertifikat des Gateways ist nicht von einer Stelle signiert, der dieser Computer vertraut (%1).

SHA-256-Fingerabdruck:
%2

Vertrauen Sie ihm nur, wenn es der Fingerabdruck ist, den Ihnen der Betreiber des Gateways nennt (seatwised zeigt ihn beim Start an). Diesem Zertifikat für dieses Gateway vertrauen?</translation>
    </message>
</context>
<context>
    <name>seatwise::ConsoleCache</name>
    <message>
        <source>Cannot create the folder of the cache %1.</source>
        <translation>Der Ordner des Caches %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot use the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>Der Cache ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>seatwise::ConsoleStartup</name>
    <message>
        <source>Starting the embedded gateway…</source>
        <translation>Das eingebettete Gateway wird gestartet…</translation>
    </message>
    <message>
        <source>The embedded gateway did not start: %1</source>
        <translation>Das eingebettete Gateway ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Gateway listening at %1</source>
        <translation>Gateway lauscht auf %1</translation>
    </message>
    <message>
        <source>Seeding demo data…</source>
        <translation>Demodaten werden angelegt…</translation>
    </message>
    <message>
        <source>Demo data could not be seeded: %1</source>
        <translation>Die Demodaten konnten nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Writing a year of demo usage history…</source>
        <translation>Ein Jahr Demo-Nutzungsverlauf wird geschrieben…</translation>
    </message>
    <message>
        <source>Demo running: simulated agents are logged in.</source>
        <translation>Demo läuft: simulierte Agenten sind angemeldet.</translation>
    </message>
</context>
<context>
    <name>seatwise::ErrorText</name>
    <message>
        <source>The gateway cannot be reached (%1).</source>
        <translation>Das Gateway ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>Das Gateway hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The gateway sent an answer the console does not understand: %1</source>
        <translation>Das Gateway hat eine Antwort gesendet, die die Konsole nicht versteht: %1</translation>
    </message>
    <message>
        <source>The gateway refused the console&apos;s token. Sign in again.</source>
        <translation>Das Gateway hat das Token der Konsole abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this gateway.</source>
        <translation>Das dürfen Sie auf diesem Gateway nicht.</translation>
    </message>
    <message>
        <source>No seat is free in that pool.</source>
        <translation>In diesem Pool ist kein Platz frei.</translation>
    </message>
    <message>
        <source>The gateway answered with error %1 (%2).</source>
        <translation>Das Gateway hat mit Fehler %1 (%2) geantwortet.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not trusted. Open Gateways… and test the connection to check and trust it.</source>
        <translation>Dem Zertifikat des Gateways wird nicht vertraut. Öffnen Sie Gateways… und testen Sie die Verbindung, um es zu prüfen und ihm zu vertrauen.</translation>
    </message>
</context>
<context>
    <name>seatwise::GatewayProfiles</name>
    <message>
        <source>This computer (embedded)</source>
        <translation>Dieser Computer (eingebettet)</translation>
    </message>
</context>
<context>
    <name>seatwise::GatewayUrl</name>
    <message>
        <source>Enter the gateway&apos;s address, e.g. http://127.0.0.1:8640.</source>
        <translation>Geben Sie die Adresse des Gateways ein, z. B. http://127.0.0.1:8640.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Das ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The address needs a host name or IP address.</source>
        <translation>Die Adresse braucht einen Hostnamen oder eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The address needs a port, e.g. :8640.</source>
        <translation>Die Adresse braucht einen Port, z. B. :8640.</translation>
    </message>
    <message>
        <source>The address may not carry a user, a query or a fragment.</source>
        <translation>Die Adresse darf weder Benutzer noch Abfrage noch Fragment enthalten.</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportErrorsModel</name>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save sample file…</source>
        <translation>Beispieldatei &amp;speichern…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>Each row gives a user a Phone System license with its extension, number and add-ons. Nothing is written until you press Apply at the end.</source>
        <translation>Jede Zeile gibt einem Benutzer eine Phone-System-Lizenz mit Nebenstelle, Rufnummer und Add-ons. Geschrieben wird erst, wenn Sie am Ende auf „Anwenden“ klicken.</translation>
    </message>
    <message>
        <source>The file starts with the header &lt;b&gt;Ext key,Number,User,Addon license 1,…&lt;/b&gt; (any number of add-on columns; rows may leave trailing add-ons out). Files with other column names can be matched up on the next page.</source>
        <translation>Die Datei beginnt mit der Kopfzeile &lt;b&gt;Ext key,Number,User,Addon license 1,…&lt;/b&gt; (beliebig viele Add-on-Spalten; hintere Add-ons dürfen in Zeilen fehlen). Dateien mit anderen Spaltennamen lassen sich auf der nächsten Seite zuordnen.</translation>
    </message>
    <message>
        <source>Save a small CSV file with the expected header and two example rows, to fill in with a spreadsheet or a text editor.</source>
        <translation>Eine kleine CSV-Datei mit der erwarteten Kopfzeile und zwei Beispielzeilen speichern, zum Ausfüllen mit einer Tabellenkalkulation oder einem Texteditor.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>The CSV file to import; type its path or press Browse.</source>
        <translation>Die zu importierende CSV-Datei; geben Sie ihren Pfad ein oder klicken Sie auf „Durchsuchen“.</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Wählen Sie die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Sample File</source>
        <translation>Beispieldatei speichern</translation>
    </message>
    <message>
        <source>The sample file could not be saved to &quot;%1&quot;: %2</source>
        <translation>Die Beispieldatei konnte nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; choose a CSV file.</source>
        <translation>„%1“ ist ein Ordner; wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1 of the file cannot be read: %2</source>
        <translation>Zeile %1 der Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. Save the sample file to see what it should hold.</source>
        <translation>Die Datei „%1“ ist leer. Speichern Sie die Beispieldatei, um zu sehen, was sie enthalten soll.</translation>
    </message>
    <message>
        <source>The file&apos;s columns are separated by semicolons; save it as comma-separated CSV.</source>
        <translation>Die Spalten der Datei sind durch Semikolons getrennt; speichern Sie sie als kommagetrennte CSV-Datei.</translation>
    </message>
    <message>
        <source>The file has a header but no rows; add one row per extension.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen; fügen Sie eine Zeile pro Nebenstelle hinzu.</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportRowsModel</name>
    <message>
        <source>Changed: press Validate again to check it.</source>
        <translation>Geändert: Klicken Sie erneut auf „Prüfen“, um die Zeile zu prüfen.</translation>
    </message>
    <message>
        <source>Extra %1</source>
        <translation>Zusätzlich %1</translation>
    </message>
    <message>
        <source>The file has more values in this row than columns in its header; clear them or remove the row.</source>
        <translation>Die Datei hat in dieser Zeile mehr Werte als Spalten in ihrer Kopfzeile; leeren Sie sie oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Row %1 of the file&apos;s data</source>
        <translation>Zeile %1 der Daten der Datei</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportWizard</name>
    <message>
        <source>Import Extensions from CSV</source>
        <translation>Nebenstellen aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The gateway refused the file when applying it, and wrote nothing (the licenses changed since the check).</source>
        <translation>Das Gateway hat die Datei beim Anwenden abgelehnt und nichts geschrieben (die Lizenzen haben sich seit der Prüfung geändert).</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>You edited rows of the file. Close the import and lose the changes? Nothing has been written to the gateway.</source>
        <translation>Sie haben Zeilen der Datei bearbeitet. Import schließen und die Änderungen verwerfen? Auf das Gateway wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>seatwise::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Follow the language of the desktop session</source>
        <translation>Der Sprache der Desktop-Sitzung folgen</translation>
    </message>
    <message>
        <source>The console follows the system language from its next start.</source>
        <translation>Die Konsole folgt ab dem nächsten Start der Systemsprache.</translation>
    </message>
    <message>
        <source>The console shows %1 from its next start.</source>
        <translation>Die Konsole erscheint ab dem nächsten Start auf %1.</translation>
    </message>
</context>
<context>
    <name>seatwise::LicenseTableModel</name>
    <message>
        <source>Login: %1</source>
        <translation>Anmeldename: %1</translation>
    </message>
    <message>
        <source>License %1</source>
        <translation>Lizenz %1</translation>
    </message>
    <message>
        <source>License type</source>
        <translation>Lizenztyp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Nebenstelle</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Add-ons</translation>
    </message>
</context>
<context>
    <name>seatwise::LicenseText</name>
    <message>
        <source>Phone System</source>
        <translation>Phone System</translation>
    </message>
    <message>
        <source>Call Group</source>
        <translation>Anrufgruppe</translation>
    </message>
    <message>
        <source>Auto Attendant</source>
        <translation>Telefonassistent</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Call Recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>DNC</source>
        <translation>DNC</translation>
    </message>
    <message>
        <source>IP Phone</source>
        <translation>IP-Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Web Phone</source>
        <translation>Web-Telefon</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Team Chat</source>
        <translation>Team-Chat</translation>
    </message>
    <message>
        <source>Unlimited Call Recording Storage</source>
        <translation>Unbegrenzter Speicher für Anrufaufzeichnungen</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
</context>
<context>
    <name>seatwise::LicensesPanel</name>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Select a license to see its add-ons.</source>
        <translation>Wählen Sie eine Lizenz, um ihre Add-ons zu sehen.</translation>
    </message>
    <message>
        <source>Add-ons of the selected license:</source>
        <translation>Add-ons der ausgewählten Lizenz:</translation>
    </message>
    <message>
        <source>No add-ons on the selected license.</source>
        <translation>Die ausgewählte Lizenz hat keine Add-ons.</translation>
    </message>
    <message>
        <source>%1: %2 assigned of %3, %4 available</source>
        <translation>%1: %2 von %3 zugewiesen, %4 verfügbar</translation>
    </message>
    <message>
        <source>No named license pools.</source>
        <translation>Keine Pools mit benannten Lizenzen.</translation>
    </message>
    <message>
        <source>Take this license from %1? Its add-ons stay with the license.</source>
        <translation>Diese Lizenz %1 wegnehmen? Ihre Add-ons bleiben bei der Lizenz.</translation>
    </message>
    <message>
        <source>Take this license from %1? Extension %2 and its number are cleared; the add-ons stay with the license.</source>
        <translation>Diese Lizenz %1 wegnehmen? Nebenstelle %2 und ihre Rufnummer werden geleert; die Add-ons bleiben bei der Lizenz.</translation>
    </message>
    <message>
        <source>Unassign License</source>
        <translation>Zuweisung aufheben</translation>
    </message>
</context>
<context>
    <name>seatwise::LimitedAdminBanner</name>
    <message>
        <source>Limited admin mode: no admin license is free. Only License Usage is available until one frees up.</source>
        <translation>Eingeschränkter Admin-Modus: Keine Admin-Lizenz ist frei. Bis eine frei wird, ist nur „Lizenznutzung“ verfügbar.</translation>
    </message>
    <message>
        <source>Every admin license of this gateway is in use by another console. The console tries again every few seconds and switches to full admin mode as soon as one is free; you can also ask another manager to log out.</source>
        <translation>Jede Admin-Lizenz dieses Gateways wird von einer anderen Konsole verwendet. Die Konsole versucht es alle paar Sekunden erneut und wechselt in den vollen Admin-Modus, sobald eine frei ist; Sie können auch einen anderen Manager bitten, sich abzumelden.</translation>
    </message>
    <message>
        <source>Limited admin mode</source>
        <translation>Eingeschränkter Admin-Modus</translation>
    </message>
</context>
<context>
    <name>seatwise::MainWindow</name>
    <message>
        <source>&amp;Gateways…</source>
        <translation>&amp;Gateways…</translation>
    </message>
    <message>
        <source>Add, edit or switch the gateways this console manages</source>
        <translation>Die von dieser Konsole verwalteten Gateways hinzufügen, bearbeiten oder wechseln</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>The local cache cannot be opened (%1); working without it.</source>
        <translation>Der lokale Cache kann nicht geöffnet werden (%1); es wird ohne ihn gearbeitet.</translation>
    </message>
    <message>
        <source>Seatwise — %1</source>
        <translation>Seatwise — %1</translation>
    </message>
    <message>
        <source>Pools: %1</source>
        <translation>Pools: %1</translation>
    </message>
    <message>
        <source>Seats in use: %1 of %2</source>
        <translation>Belegte Plätze: %1 von %2</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sitzungen: %1</translation>
    </message>
    <message>
        <source>Inactive: %1</source>
        <translation>Inaktiv: %1</translation>
    </message>
    <message>
        <source>Sessions (%1 inactive, highlighted)</source>
        <translation>Sitzungen (%1 inaktiv, hervorgehoben)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>● Connected (no live events)</source>
        <translation>● Verbunden (keine Live-Ereignisse)</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open Gateways… and test the connection with your password.</source>
        <translation>Keine gespeicherte Anmeldung für %1: Öffnen Sie „Gateways…“ und testen Sie die Verbindung mit Ihrem Passwort.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>● Offline — showing the state of %1</source>
        <translation>● Offline — Stand vom %1</translation>
    </message>
    <message>
        <source>About Seatwise</source>
        <translation>Über Seatwise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seatwise %1&lt;/b&gt;&lt;p&gt;Concurrent and named seat licenses: live pools and sessions, one-click sign-out of inactive users.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Seatwise %1&lt;/b&gt;&lt;p&gt;Gleichzeitige und benannte Platzlizenzen: Pools und Sitzungen live, inaktive Benutzer mit einem Klick abmelden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>seatwise::ManageAddonsDialog</name>
    <message>
        <source>Manage Add-ons</source>
        <translation>Add-ons verwalten</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>keine Nebenstelle</translation>
    </message>
    <message>
        <source>Add-ons of the license held by %1 (%2). Check an add-on to attach it, clear it to remove it.</source>
        <translation>Add-ons der Lizenz von %1 (%2). Markieren Sie ein Add-on, um es hinzuzufügen, entfernen Sie die Markierung, um es zu entfernen.</translation>
    </message>
    <message>
        <source>%1 — attached</source>
        <translation>%1 — hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n free</source>
        <translation>
            <numerusform>%1 — %n frei</numerusform>
            <numerusform>%1 — %n frei</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — none free</source>
        <translation>%1 — keins frei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>seatwise::PendingOrdersModel</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>No charge</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Charged when the order was placed, prorated to the rest of the billing month.</source>
        <translation>Bei der Bestellung berechnet, anteilig für den Rest des Abrechnungsmonats.</translation>
    </message>
    <message>
        <source>Removals take effect at the start of the next billing month.</source>
        <translation>Entfernungen werden zu Beginn des nächsten Abrechnungsmonats wirksam.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Effective at</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>seatwise::PlanningText</name>
    <message>
        <source>right away</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>in 1 Minute</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>in %1 Minuten</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>in %1 Stunden</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 seat</source>
        <translation>1 Platz</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 Plätze</translation>
    </message>
    <message>
        <source>highest daily peak</source>
        <translation>höchste Tagesspitze</translation>
    </message>
    <message>
        <source>95th percentile of daily peaks</source>
        <translation>95. Perzentil der Tagesspitzen</translation>
    </message>
    <message>
        <source>99th percentile of daily peaks</source>
        <translation>99. Perzentil der Tagesspitzen</translation>
    </message>
    <message>
        <source>no usage yet</source>
        <translation>noch keine Nutzung</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 hier)</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>am %1 um %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>Takes effect on %1 at %2 (%3).</source>
        <translation>Wirksam am %1 um %2 (%3).</translation>
    </message>
    <message>
        <source>That is %1 here.</source>
        <translation>Das ist hier %1.</translation>
    </message>
    <message>
        <source>No charge; running sessions are never ended.</source>
        <translation>Kostenlos; laufende Sitzungen werden nie beendet.</translation>
    </message>
    <message>
        <source>Removals wait for the next billing month. Until in-use drops below the new count, new logins wait; nobody is signed out.</source>
        <translation>Entfernungen warten auf den nächsten Abrechnungsmonat. Bis die Belegung unter die neue Anzahl fällt, warten neue Anmeldungen; niemand wird abgemeldet.</translation>
    </message>
    <message>
        <source>Takes effect %1 (%2).</source>
        <translation>Wirksam %1 (%2).</translation>
    </message>
    <message>
        <source>No charge: the pool has no seat price.</source>
        <translation>Kostenlos: Der Pool hat keinen Platzpreis.</translation>
    </message>
    <message>
        <source>Charged now: %1 for the last day of %2.</source>
        <translation>Jetzt berechnet: %1 für den letzten Tag von %2.</translation>
    </message>
    <message>
        <source>Charged now: %1 for %2 remaining days of %3.</source>
        <translation>Jetzt berechnet: %1 für %2 verbleibende Tage von %3.</translation>
    </message>
    <message>
        <source>%1 per seat-month × %2 × %3/%4 days (today included, in %5), rounded down to the cent.</source>
        <translation>%1 pro Platz und Monat × %2 × %3/%4 Tage (heute eingeschlossen, in %5), auf den Cent abgerundet.</translation>
    </message>
</context>
<context>
    <name>seatwise::PoolTableModel</name>
    <message>
        <source>%1 of %2 seats in use</source>
        <translation>%1 von %2 Plätzen belegt</translation>
    </message>
    <message>
        <source>Seat orders placed but not yet in effect: %1</source>
        <translation>Platzbestellungen, aufgegeben, aber noch nicht wirksam: %1</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Offene Bestellungen</translation>
    </message>
    <message>
        <source>Idle after</source>
        <translation>Inaktiv nach</translation>
    </message>
</context>
<context>
    <name>seatwise::PreviewPage</name>
    <message>
        <source>Preview the changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Apply assigns every row at once, or none if the gateway finds a problem.</source>
        <translation>Es wurde noch nichts geschrieben. „Anwenden“ weist alle Zeilen auf einmal zu, oder keine, falls das Gateway ein Problem findet.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Nebenstelle</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Add-ons</translation>
    </message>
    <message>
        <source>Extensions to assign: %1, each with a Phone System license, its number and add-ons.</source>
        <translation>Zuzuweisende Nebenstellen: %1, jeweils mit einer Phone-System-Lizenz, ihrer Rufnummer und Add-ons.</translation>
    </message>
</context>
<context>
    <name>seatwise::ReportDialog</name>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>C&amp;reate Report</source>
        <translation>Bericht &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Usage Report</source>
        <translation>Nutzungsbericht</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The pools in the report; Space ticks or clears the current one</source>
        <translation>Die Pools im Bericht; die Leertaste markiert den aktuellen oder hebt die Markierung auf</translation>
    </message>
    <message>
        <source>Include every pool</source>
        <translation>Alle Pools einbeziehen</translation>
    </message>
    <message>
        <source>Include no pool, to pick a few</source>
        <translation>Keinen Pool einbeziehen, um einige auszuwählen</translation>
    </message>
    <message>
        <source>Today and This month run up to now; custom dates cover whole days</source>
        <translation>„Heute“ und „Dieser Monat“ reichen bis jetzt; eigene Daten umfassen ganze Tage</translation>
    </message>
    <message>
        <source>First day of the report, from midnight</source>
        <translation>Erster Tag des Berichts, ab Mitternacht</translation>
    </message>
    <message>
        <source>Last day of the report, up to the following midnight</source>
        <translation>Letzter Tag des Berichts, bis zur folgenden Mitternacht</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>PDF (to read or print)</source>
        <translation>PDF (zum Lesen oder Drucken)</translation>
    </message>
    <message>
        <source>Where the report is saved; an existing file is replaced</source>
        <translation>Wo der Bericht gespeichert wird; eine vorhandene Datei wird ersetzt</translation>
    </message>
    <message>
        <source>Choose the file (Ctrl+S)</source>
        <translation>Datei auswählen (Strg+S)</translation>
    </message>
    <message>
        <source>Fetch the usage and save the report (Ctrl+Enter)</source>
        <translation>Nutzung abrufen und den Bericht speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop fetching; no file is written</source>
        <translation>Abruf stoppen; es wird keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Loading pools…</source>
        <translation>Pools werden geladen…</translation>
    </message>
    <message>
        <source>Could not list the pools: %1</source>
        <translation>Die Pools konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Plätze: %1</translation>
    </message>
    <message>
        <source>Save Usage Report</source>
        <translation>Nutzungsbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Not connected to a gateway.</source>
        <translation>Nicht mit einem Gateway verbunden.</translation>
    </message>
    <message>
        <source>Choose at least one pool.</source>
        <translation>Wählen Sie mindestens einen Pool.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Der erste Tag darf nicht nach dem letzten Tag liegen.</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>Wählen Sie eine Datei, in der der Bericht gespeichert wird.</translation>
    </message>
    <message>
        <source>Reading the usage of %1…</source>
        <translation>Nutzung von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Stopped; no report was written.</source>
        <translation>Gestoppt; es wurde kein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Could not read the usage of %1: %2</source>
        <translation>Die Nutzung von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>seatwise::ReportPeriod</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
</context>
<context>
    <name>seatwise::ReportWriters</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Seat usage report</source>
        <translation>Bericht zur Platznutzung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Abweisungen</translation>
    </message>
    <message>
        <source>Minutes full</source>
        <translation>Minuten voll</translation>
    </message>
    <message>
        <source>Peak and average count seats in use per minute; the average covers the minutes the gateway recorded in the period (%1). Seats are the most owned at any minute; utilisation is the average over them. Minutes full: minutes with every seat in use. The total adds all pools up minute by minute.</source>
        <translation>Spitze und Durchschnitt zählen die belegten Plätze pro Minute; der Durchschnitt umfasst die Minuten, die das Gateway im Zeitraum aufgezeichnet hat (%1). Plätze sind die meisten zu einer Minute vorhandenen; die Auslastung ist der Durchschnitt darüber. Minuten voll: Minuten, in denen jeder Platz belegt war. Die Summe addiert alle Pools Minute für Minute.</translation>
    </message>
    <message>
        <source>Could not make the PDF document.</source>
        <translation>Das PDF-Dokument konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>seatwise::RightSizingPanel</name>
    <message>
        <source>Choose a pool.</source>
        <translation>Wählen Sie einen Pool.</translation>
    </message>
    <message>
        <source>The pool to size.</source>
        <translation>Der zu bemessende Pool.</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>P&amp;ool:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Lists the pools and asks the gateway again (F5).</source>
        <translation>Listet die Pools auf und fragt das Gateway erneut (F5).</translation>
    </message>
    <message>
        <source>Order seats…</source>
        <translation>Plätze bestellen…</translation>
    </message>
    <message>
        <source>Seat &amp;orders…</source>
        <translation>Platz&amp;bestellungen…</translation>
    </message>
    <message>
        <source>Lists, places and cancels the pool&apos;s seat orders.</source>
        <translation>Listet die Platzbestellungen des Pools auf, gibt sie auf und storniert sie.</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>95th percentile of daily peaks</source>
        <translation>95. Perzentil der Tagesspitzen</translation>
    </message>
    <message>
        <source>99th percentile of daily peaks</source>
        <translation>99. Perzentil der Tagesspitzen</translation>
    </message>
    <message>
        <source>Highest daily peak</source>
        <translation>Höchste Tagesspitze</translation>
    </message>
    <message>
        <source>Which daily peak to plan for: percentiles ignore the rare busiest days.</source>
        <translation>Für welche Tagesspitze geplant wird: Perzentile übergehen die seltenen Spitzentage.</translation>
    </message>
    <message>
        <source>&amp;Peak:</source>
        <translation>&amp;Spitze:</translation>
    </message>
    <message>
        <source>Head-room above the peak for unexpected days: 10 to 20 %.</source>
        <translation>Reserve über der Spitze für unerwartete Tage: 10 bis 20 %.</translation>
    </message>
    <message>
        <source>&amp;Buffer:</source>
        <translation>&amp;Puffer:</translation>
    </message>
    <message>
        <source>&amp;6 months</source>
        <translation>&amp;6 Monate</translation>
    </message>
    <message>
        <source>&amp;12 months</source>
        <translation>&amp;12 Monate</translation>
    </message>
    <message>
        <source>How far ahead to project the trend of the daily peaks.</source>
        <translation>Wie weit der Trend der Tagesspitzen fortgeschrieben wird.</translation>
    </message>
    <message>
        <source>Growth over:</source>
        <translation>Wachstum über:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How much usage history to look at, up to 400 days.</source>
        <translation>Wie viel Nutzungsverlauf betrachtet wird, bis zu 400 Tage.</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Peak:</source>
        <translation>Spitze:</translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation>Puffer:</translation>
    </message>
    <message>
        <source>Growth:</source>
        <translation>Wachstum:</translation>
    </message>
    <message>
        <source>Denials:</source>
        <translation>Abweisungen:</translation>
    </message>
    <message>
        <source>Utilisation:</source>
        <translation>Auslastung:</translation>
    </message>
    <message>
        <source>Idle seat-hours:</source>
        <translation>Leerlauf-Platzstunden:</translation>
    </message>
    <message>
        <source>Busiest hours:</source>
        <translation>Stärkste Stunden:</translation>
    </message>
    <message>
        <source>Days with data:</source>
        <translation>Tage mit Daten:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Das Gateway wird gefragt…</translation>
    </message>
    <message>
        <source>There is no gateway to ask.</source>
        <translation>Es gibt kein Gateway, das gefragt werden kann.</translation>
    </message>
    <message>
        <source>There are no pools to size yet.</source>
        <translation>Es gibt noch keine Pools zu bemessen.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>The numbers below may be out of date.</source>
        <translation>Die folgenden Zahlen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Recommended: …</source>
        <translation>Empfohlen: …</translation>
    </message>
    <message>
        <source>Recommended: %1 (you own %2)</source>
        <translation>Empfohlen: %1 (Sie besitzen %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>+%1 over %2 months</source>
        <translation>+%1 über %2 Monate</translation>
    </message>
    <message>
        <source>none over %1 months</source>
        <translation>keins über %1 Monate</translation>
    </message>
    <message>
        <source>1 login refused for lack of a seat</source>
        <translation>1 Anmeldung mangels Platz abgewiesen</translation>
    </message>
    <message>
        <source>%1 logins refused for lack of a seat</source>
        <translation>%1 Anmeldungen mangels Platz abgewiesen</translation>
    </message>
    <message>
        <source>%1 of the seats in use on average</source>
        <translation>%1 der Plätze im Durchschnitt belegt</translation>
    </message>
    <message>
        <source>%1 seat-hours held by inactive sessions</source>
        <translation>%1 Platzstunden durch inaktive Sitzungen belegt</translation>
    </message>
    <message>
        <source>%1 of the last %2 days</source>
        <translation>%1 der letzten %2 Tage</translation>
    </message>
    <message>
        <source>Waiting for the gateway&apos;s recommendation.</source>
        <translation>Warten auf die Empfehlung des Gateways.</translation>
    </message>
    <message>
        <source>There is no usage in the window yet, so there is nothing to base an order on.</source>
        <translation>Im Fenster gibt es noch keine Nutzung, auf die sich eine Bestellung stützen könnte.</translation>
    </message>
    <message>
        <source>No usage in the last %1 days yet.</source>
        <translation>In den letzten %1 Tagen noch keine Nutzung.</translation>
    </message>
    <message>
        <source>The pool already has the recommended %1.</source>
        <translation>Der Pool hat bereits die empfohlenen %1.</translation>
    </message>
    <message>
        <source>With the %1 seats on order the pool will have the recommended %2.</source>
        <translation>Mit den %1 bestellten Plätzen hat der Pool die empfohlenen %2.</translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation>Nichts zu bestellen.</translation>
    </message>
    <message>
        <source>(%1 already on order)</source>
        <translation>(%1 bereits bestellt)</translation>
    </message>
    <message>
        <source>Order 1 seat…</source>
        <translation>1 Platz bestellen…</translation>
    </message>
    <message>
        <source>Order %1 seats…</source>
        <translation>%1 Plätze bestellen…</translation>
    </message>
    <message>
        <source>Opens a seat order for %1 more, prefilled (Ctrl+Shift+O).</source>
        <translation>Öffnet eine vorausgefüllte Platzbestellung über %1 mehr (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>%1 short of the recommendation.</source>
        <translation>%1 unter der Empfehlung.</translation>
    </message>
    <message>
        <source>Remove 1 seat…</source>
        <translation>1 Platz entfernen…</translation>
    </message>
    <message>
        <source>Remove %1 seats…</source>
        <translation>%1 Plätze entfernen…</translation>
    </message>
    <message>
        <source>The pool is larger than recommended: opens a seat order removing %1 from the next billing month (Ctrl+Shift+O).</source>
        <translation>Der Pool ist größer als empfohlen: öffnet eine Platzbestellung, die ab dem nächsten Abrechnungsmonat %1 entfernt (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>%1 more than recommended.</source>
        <translation>%1 mehr als empfohlen.</translation>
    </message>
</context>
<context>
    <name>seatwise::SeatOrderDialog</name>
    <message>
        <source>right after the order</source>
        <translation>direkt nach der Bestellung</translation>
    </message>
    <message>
        <source>%1 h after the order</source>
        <translation>%1 h nach der Bestellung</translation>
    </message>
    <message>
        <source>%1 min after the order</source>
        <translation>%1 min nach der Bestellung</translation>
    </message>
    <message>
        <source>%1 s after the order</source>
        <translation>%1 s nach der Bestellung</translation>
    </message>
    <message>
        <source>Seat orders</source>
        <translation>Platzbestellungen</translation>
    </message>
    <message>
        <source>Loading the pool…</source>
        <translation>Pool wird geladen…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <source>&amp;Add seats</source>
        <translation>Plätze &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Added seats start after the pool&apos;s activation delay and are charged now, prorated to the rest of the billing month.</source>
        <translation>Hinzugefügte Plätze beginnen nach der Aktivierungsverzögerung des Pools und werden sofort berechnet, anteilig für den Rest des Abrechnungsmonats.</translation>
    </message>
    <message>
        <source>&amp;Remove seats</source>
        <translation>Plätze &amp;entfernen</translation>
    </message>
    <message>
        <source>Removed seats go at the start of the next billing month; nothing is refunded and running sessions are never ended.</source>
        <translation>Entfernte Plätze fallen zu Beginn des nächsten Abrechnungsmonats weg; nichts wird erstattet, und laufende Sitzungen werden nie beendet.</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <source>How many seats to add or remove.</source>
        <translation>Wie viele Plätze hinzugefügt oder entfernt werden.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source>&amp;Place order…</source>
        <translation>Bestellung &amp;aufgeben…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Show &amp;past orders (in effect or cancelled)</source>
        <translation>&amp;Frühere Bestellungen anzeigen (wirksam oder storniert)</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>Bestellung &amp;stornieren…</translation>
    </message>
    <message>
        <source>Cancels the selected pending order (Delete).</source>
        <translation>Storniert die ausgewählte offene Bestellung (Entf).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Lists the pool&apos;s orders again (F5).</source>
        <translation>Listet die Bestellungen des Pools erneut auf (F5).</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>There is no gateway to ask.</source>
        <translation>Es gibt kein Gateway, das gefragt werden kann.</translation>
    </message>
    <message>
        <source>The pool is gone from the gateway.</source>
        <translation>Der Pool ist nicht mehr auf dem Gateway.</translation>
    </message>
    <message>
        <source>The pool&apos;s details are not loaded.</source>
        <translation>Die Details des Pools sind nicht geladen.</translation>
    </message>
    <message>
        <source>Seat orders — %1</source>
        <translation>Platzbestellungen — %1</translation>
    </message>
    <message>
        <source>%1: %2 seats, %3 in use</source>
        <translation>%1: %2 Plätze, %3 belegt</translation>
    </message>
    <message>
        <source>, %1 on order</source>
        <translation>, %1 bestellt</translation>
    </message>
    <message>
        <source>%1 per seat-month; added seats start %2.</source>
        <translation>%1 pro Platz und Monat; hinzugefügte Plätze beginnen %2.</translation>
    </message>
    <message>
        <source>No seat price is set; added seats start %1.</source>
        <translation>Kein Platzpreis festgelegt; hinzugefügte Plätze beginnen %1.</translation>
    </message>
    <message>
        <source>Billing time zone: %1.</source>
        <translation>Abrechnungszeitzone: %1.</translation>
    </message>
    <message>
        <source>Choose how many seats to remove.</source>
        <translation>Wählen Sie, wie viele Plätze entfernt werden.</translation>
    </message>
    <message>
        <source>Choose how many seats to add.</source>
        <translation>Wählen Sie, wie viele Plätze hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Loading the pool&apos;s price and the billing time zone…</source>
        <translation>Preis des Pools und Abrechnungszeitzone werden geladen…</translation>
    </message>
    <message>
        <source>The preview needs the pool&apos;s price and the billing time zone.</source>
        <translation>Die Vorschau braucht den Preis des Pools und die Abrechnungszeitzone.</translation>
    </message>
    <message>
        <source>Waiting for the gateway.</source>
        <translation>Warten auf das Gateway.</translation>
    </message>
    <message>
        <source>The pool&apos;s price and the billing time zone are not loaded.</source>
        <translation>Preis des Pools und Abrechnungszeitzone sind nicht geladen.</translation>
    </message>
    <message>
        <source>Choose how many seats to add or remove; an order of 0 seats changes nothing.</source>
        <translation>Wählen Sie, wie viele Plätze hinzugefügt oder entfernt werden; eine Bestellung über 0 Plätze ändert nichts.</translation>
    </message>
    <message>
        <source>The pool will only have %1 seats.</source>
        <translation>Der Pool hat dann nur noch %1 Plätze.</translation>
    </message>
    <message>
        <source>Places the order after you confirm it (Ctrl+Enter).</source>
        <translation>Gibt die Bestellung auf, nachdem Sie sie bestätigt haben (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Add %1 to %2?</source>
        <translation>%1 zu %2 hinzufügen?</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 aus %2 entfernen?</translation>
    </message>
    <message>
        <source>Place seat order</source>
        <translation>Platzbestellung aufgeben</translation>
    </message>
    <message>
        <source>Order placed: %1 seats, in effect %2; charged %3.</source>
        <translation>Bestellung aufgegeben: %1 Plätze, wirksam %2; berechnet %3.</translation>
    </message>
    <message>
        <source>Order placed: %1 seats, in effect %2; no charge.</source>
        <translation>Bestellung aufgegeben: %1 Plätze, wirksam %2; kostenlos.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Cancel the order to %1, due %2?

The pool&apos;s seats stay as they are.</source>
        <translation>Die Bestellung „%1“, fällig %2, stornieren?

Die Plätze des Pools bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Cancel seat order</source>
        <translation>Platzbestellung stornieren</translation>
    </message>
    <message>
        <source>Order cancelled: %1 seats.</source>
        <translation>Bestellung storniert: %1 Plätze.</translation>
    </message>
</context>
<context>
    <name>seatwise::SessionActions</name>
    <message>
        <source>Sign Out &amp;Inactive Users</source>
        <translation>&amp;Inaktive Benutzer abmelden</translation>
    </message>
    <message>
        <source>Sign Out &amp;Selected…</source>
        <translation>&amp;Ausgewählte abmelden…</translation>
    </message>
    <message>
        <source>Sign Out &amp;All…</source>
        <translation>A&amp;lle abmelden…</translation>
    </message>
    <message>
        <source>End every inactive session now and free its seat</source>
        <translation>Jede inaktive Sitzung jetzt beenden und ihren Platz freigeben</translation>
    </message>
    <message>
        <source>End the selected sessions after confirmation</source>
        <translation>Die ausgewählten Sitzungen nach Bestätigung beenden</translation>
    </message>
    <message>
        <source>End every open session after confirmation</source>
        <translation>Jede offene Sitzung nach Bestätigung beenden</translation>
    </message>
    <message>
        <source>Sign out this session now?</source>
        <translation>Diese Sitzung jetzt abmelden?</translation>
    </message>
    <message>
        <source>Sign out these %1 sessions now?</source>
        <translation>Diese %1 Sitzungen jetzt abmelden?</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Their users are signed out and must sign in again.</source>
        <translation>Ihre Benutzer werden abgemeldet und müssen sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign Out Selected Sessions</source>
        <translation>Ausgewählte Sitzungen abmelden</translation>
    </message>
    <message>
        <source>%1 open sessions are listed now. </source>
        <translation>Derzeit sind %1 offene Sitzungen aufgelistet. </translation>
    </message>
    <message>
        <source>Sign out EVERY user now?

%1All sessions end at once, except your own admin sessions. Everyone signed in loses their seat and any unsaved work, and must sign in again. This cannot be undone.</source>
        <translation>JEDEN Benutzer jetzt abmelden?

%1Alle Sitzungen enden sofort, außer Ihren eigenen Admin-Sitzungen. Alle Angemeldeten verlieren ihren Platz und ungespeicherte Arbeit und müssen sich erneut anmelden. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Sign Out All Users</source>
        <translation>Alle Benutzer abmelden</translation>
    </message>
    <message>
        <source>Signed out 1 inactive user</source>
        <translation>1 inaktiver Benutzer abgemeldet</translation>
    </message>
    <message>
        <source>Signed out %1 inactive users</source>
        <translation>%1 inaktive Benutzer abgemeldet</translation>
    </message>
    <message>
        <source>Signed out 1 session</source>
        <translation>1 Sitzung abgemeldet</translation>
    </message>
    <message>
        <source>Signed out %1 sessions</source>
        <translation>%1 Sitzungen abgemeldet</translation>
    </message>
    <message>
        <source>anonymous session on %1</source>
        <translation>anonyme Sitzung auf %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) auf %3</translation>
    </message>
</context>
<context>
    <name>seatwise::SessionTableModel</name>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source> (overflow)</source>
        <translation> (Überlauf)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
</context>
<context>
    <name>seatwise::SummaryPage</name>
    <message>
        <source>&amp;Export result…</source>
        <translation>Ergebnis &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>The gateway wrote every row of the file.</source>
        <translation>Das Gateway hat jede Zeile der Datei geschrieben.</translation>
    </message>
    <message>
        <source>Save a CSV file listing every applied row and its outcome.</source>
        <translation>Eine CSV-Datei mit jeder angewendeten Zeile und ihrem Ergebnis speichern.</translation>
    </message>
    <message>
        <source>Rows applied: %1. Each user below now holds a Phone System license with its extension, number and add-ons.</source>
        <translation>Angewendete Zeilen: %1. Jeder Benutzer unten hat jetzt eine Phone-System-Lizenz mit Nebenstelle, Rufnummer und Add-ons.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>The result could not be saved to &quot;%1&quot;: %2</source>
        <translation>Das Ergebnis konnte nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>seatwise::ThresholdDelegate</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>seatwise::TokenVault</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>seatwise::TrayNotifier</name>
    <message>
        <source>Seatwise alerts</source>
        <translation>Seatwise-Warnungen</translation>
    </message>
    <message>
        <source>Seatwise: action needed</source>
        <translation>Seatwise: Handlung erforderlich</translation>
    </message>
    <message>
        <source>Seatwise: seats running out</source>
        <translation>Seatwise: Plätze werden knapp</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageChartView</name>
    <message>
        <source>Seats in use (peak)</source>
        <translation>Belegte Plätze (Spitze)</translation>
    </message>
    <message>
        <source>Seats owned</source>
        <translation>Vorhandene Plätze</translation>
    </message>
    <message>
        <source>Denied logins</source>
        <translation>Abgewiesene Anmeldungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats in use, denied logins: %4</source>
        <translation>%1: %2 von %3 Plätzen belegt, abgewiesene Anmeldungen: %4</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageChartsPanel</name>
    <message>
        <source>The pool to chart; all pools are summed minute by minute</source>
        <translation>Der darzustellende Pool; alle Pools werden Minute für Minute summiert</translation>
    </message>
    <message>
        <source>All pools</source>
        <translation>Alle Pools</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The last 24 hours, minute by minute</source>
        <translation>Die letzten 24 Stunden, Minute für Minute</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>The last 7 days, minute by minute</source>
        <translation>Die letzten 7 Tage, Minute für Minute</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>The last 30 days, minute by minute</source>
        <translation>Die letzten 30 Tage, Minute für Minute</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>The last 52 weeks, minute by minute (takes a few seconds)</source>
        <translation>Die letzten 52 Wochen, Minute für Minute (dauert einige Sekunden)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole period again</source>
        <translation>Wieder den ganzen Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every minute of the period as CSV</source>
        <translation>Jede Minute des Zeitraums als CSV speichern</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag or ←/→: move in time · Ctrl+0: whole period</source>
        <translation>Mausrad: zoomen · ziehen oder ←/→: in der Zeit bewegen · Strg+0: ganzer Zeitraum</translation>
    </message>
    <message>
        <source>Not connected to a gateway.</source>
        <translation>Nicht mit einem Gateway verbunden.</translation>
    </message>
    <message>
        <source>%1 · %2 seats</source>
        <translation>%1 · %2 Plätze</translation>
    </message>
    <message>
        <source>Loading %v of %m weeks…</source>
        <translation>Lade %v von %m Wochen…</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Nutzung wird geladen…</translation>
    </message>
    <message>
        <source>%1 – %2: no usage recorded</source>
        <translation>%1 – %2: keine Nutzung aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 – %2 · peak %3 of %4 seats in use · denied logins: %5</source>
        <translation>%1 – %2 · Spitze %3 von %4 Plätzen belegt · abgewiesene Anmeldungen: %5</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Nutzung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageHeatmapWidget</name>
    <message>
        <source>%1 %2: no usage recorded</source>
        <translation>%1 %2: keine Nutzung aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 %2: peak %3 of %4 seats</source>
        <translation>%1 %2: Spitze %3 von %4 Plätzen</translation>
    </message>
    <message>
        <source>Peak seats in use by weekday and hour</source>
        <translation>Spitze belegter Plätze nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>Peak seats in use by weekday and hour (%1)</source>
        <translation>Spitze belegter Plätze nach Wochentag und Stunde (%1)</translation>
    </message>
    <message>
        <source>0% of seats in use</source>
        <translation>0 % der Plätze belegt</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>every seat in use</source>
        <translation>jeder Platz belegt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>seatwise::ValidationPage</name>
    <message>
        <source>&amp;Validate again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>The gateway checks every row without writing anything. Fix the highlighted cells here (double-click or F2 to edit), then validate again.</source>
        <translation>Das Gateway prüft jede Zeile, ohne etwas zu schreiben. Korrigieren Sie die markierten Zellen hier (zum Bearbeiten doppelklicken oder F2 drücken) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The file&apos;s rows as they will be sent; red cells have a problem (hover for why).</source>
        <translation>Die Zeilen der Datei, wie sie gesendet werden; rote Zellen haben ein Problem (Mauszeiger darüber zeigt den Grund).</translation>
    </message>
    <message>
        <source>Select a problem to jump to its cell.</source>
        <translation>Wählen Sie ein Problem, um zu seiner Zelle zu springen.</translation>
    </message>
    <message>
        <source>Send the rows as edited to the gateway for another check (Ctrl+R).</source>
        <translation>Die bearbeiteten Zeilen zur erneuten Prüfung an das Gateway senden (Strg+R).</translation>
    </message>
    <message>
        <source>Leave the selected rows out of the import.</source>
        <translation>Die ausgewählten Zeilen vom Import ausschließen.</translation>
    </message>
    <message>
        <source>The console is not connected to a gateway; connect to one and try again.</source>
        <translation>Die Konsole ist mit keinem Gateway verbunden; verbinden Sie sich mit einem und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Checking the rows with the gateway…</source>
        <translation>Die Zeilen werden mit dem Gateway geprüft…</translation>
    </message>
    <message>
        <source>No rows are left to import.</source>
        <translation>Es sind keine Zeilen zum Importieren übrig.</translation>
    </message>
    <message>
        <source>Every row is correct (%1 in all). Press Next to preview the changes.</source>
        <translation>Jede Zeile ist korrekt (%1 insgesamt). Klicken Sie auf „Weiter“, um die Änderungen zu prüfen.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Rows with problems: %1. Fix the red cells (or remove those rows), then press Validate again.</source>
        <translation>Zeilen mit Problemen: %1. Korrigieren Sie die roten Zellen (oder entfernen Sie diese Zeilen) und klicken Sie dann erneut auf „Prüfen“.</translation>
    </message>
    <message>
        <source>Rows changed since the last check. Press Validate again.</source>
        <translation>Zeilen wurden seit der letzten Prüfung geändert. Klicken Sie erneut auf „Prüfen“.</translation>
    </message>
</context>
<context>
    <name>seatwise::WeeklyTools</name>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Import Licenses from CSV…</source>
        <translation>Lizenzen aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Assign extensions, numbers and add-ons to many users from a CSV file</source>
        <translation>Vielen Benutzern per CSV-Datei Nebenstellen, Rufnummern und Add-ons zuweisen</translation>
    </message>
    <message>
        <source>Usage &amp;Report…</source>
        <translation>Nutzungs&amp;bericht…</translation>
    </message>
    <message>
        <source>Peak, average, denials and utilisation per pool, as CSV or PDF</source>
        <translation>Spitze, Durchschnitt, Abweisungen und Auslastung pro Pool, als CSV oder PDF</translation>
    </message>
    <message>
        <source>&amp;Alert Settings…</source>
        <translation>&amp;Warnungseinstellungen…</translation>
    </message>
    <message>
        <source>Thresholds per pool, the pay-per-use minimum and tray notifications</source>
        <translation>Schwellen pro Pool, das Pay-per-Use-Minimum und Benachrichtigungen im Infobereich</translation>
    </message>
    <message>
        <source>Usage &amp;Charts</source>
        <translation>Nutzungs&amp;diagramme</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planung</translation>
    </message>
</context>
<context>
    <name>seatwise::WireText</name>
    <message>
        <source>Agent seats</source>
        <translation>Agentenplätze</translation>
    </message>
    <message>
        <source>Admin seats</source>
        <translation>Admin-Plätze</translation>
    </message>
    <message>
        <source>Base license</source>
        <translation>Basislizenz</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Benannt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Limited admin</source>
        <translation>Eingeschränkter Admin</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDateTime format of a day that is not today</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
</TS>
