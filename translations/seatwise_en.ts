<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used once to sign in; never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesPanel</name>
    <message>
        <source>License &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage add-ons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons of the selected license:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>License &amp;Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user, device, pool or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload pools and sessions from the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Seatwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::AlertBanner</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every active alert with the time it was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide these alerts; the bar comes back when a new alert is raised or one clears and comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active alerts: %1. Details lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::AlertRules</name>
    <message>
        <source>%1: %2 of %3 seats in use (%4 %), at or over the %5 % alert threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: logins refused for want of a free seat, %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pay-per-use minutes left: overflow logins are refused once the pools are full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-per-use minutes are low: %1 left, below the minimum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::AlertSettingsDialog</name>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when a pool&apos;s seats in use reach its threshold. The alert clears once usage is 5 points below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a threshold or press F2 to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when fewer pay-per-use minutes than this are left for overflow sessions; 0 turns the alert off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also announce each new alert with a desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: alerts show in the banner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay-per-use minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pool at %1 %, pay-per-use minimum %2 minutes, notifications on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::AlertThresholdModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when %1 of %2 seats are in use (double-click or F2 to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ApplyPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway assigns every row in one go: all of them, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of the file, then the gateway&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is already with the gateway, so the import cannot be cancelled any more. The gateway writes all rows or none; this window closes only after its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the file again. Rows already written are refused as duplicates, so nothing is assigned twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is assigning the licenses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not connected to a gateway; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the file (%1 rows) to the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Licenses view before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the file; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::AssignLicenseDialog</name>
    <message>
        <source>Assign License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 8 digits, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 to 15 digits, optional leading +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license moves from %1 with its extension, number and add-ons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension has 1 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number has 7 to 15 digits, with an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::CacheSchema</name>
    <message>
        <source>cannot read the cache&apos;s schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache was written by a newer console (schema %1, this one knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ColumnMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s header differs from Ext key,Number,User,Addon license 1,… Choose which of its columns holds each value; the choice is remembered for files like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column with each row&apos;s extension (1 to 8 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column with each row&apos;s phone number (DID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column with the login or the display name of the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns that hold add-on codes; columns left unticked are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ext key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add-on columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for Ext key, Number and User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column can hold only one of Ext key, Number, User or add-ons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::CommandLine</name>
    <message>
        <source>Seatwise console: live seat pools and sessions of a license gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed demo pools and users and run simulated agents in the embedded gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the embedded gateway on 127.0.0.1 (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the embedded gateway&apos;s database and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gateway-port needs a number from 0 to 65535.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ConnectionsDialog</name>
    <message>
        <source>New gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the gateway &quot;%1&quot; (%2) and forget its token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable: tokens are kept in memory for this run only, and the console will ask for the password again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the gateway a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not signed by an authority this computer trusts (%1).

SHA-256 fingerprint:
%2

Trust it only if it is the fingerprint the gateway&apos;s operator gives you (seatwised prints it when it starts). Trust this certificate for this gateway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ConsoleCache</name>
    <message>
        <source>Cannot create the folder of the cache %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ConsoleStartup</name>
    <message>
        <source>Starting the embedded gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded gateway did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway listening at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data could not be seeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a year of demo usage history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo running: simulated agents are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ErrorText</name>
    <message>
        <source>The gateway cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway sent an answer the console does not understand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the console&apos;s token. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do that on this gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seat is free in that pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered with error %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not trusted. Open Gateways… and test the connection to check and trust it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::GatewayProfiles</name>
    <message>
        <source>This computer (embedded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::GatewayUrl</name>
    <message>
        <source>Enter the gateway&apos;s address, e.g. http://127.0.0.1:8640.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs a host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs a port, e.g. :8640.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address may not carry a user, a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ImportErrorsModel</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save sample file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row gives a user a Phone System license with its extension, number and add-ons. Nothing is written until you press Apply at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with the header &lt;b&gt;Ext key,Number,User,Addon license 1,…&lt;/b&gt; (any number of add-on columns; rows may leave trailing add-ons out). Files with other column names can be matched up on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a small CSV file with the expected header and two example rows, to fill in with a spreadsheet or a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import; type its path or press Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Sample File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample file could not be saved to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. Save the sample file to see what it should hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s columns are separated by semicolons; save it as comma-separated CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows; add one row per extension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ImportRowsModel</name>
    <message>
        <source>Changed: press Validate again to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more values in this row than columns in its header; clear them or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the file&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ImportWizard</name>
    <message>
        <source>Import Extensions from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the file when applying it, and wrote nothing (the licenses changed since the check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited rows of the file. Close the import and lose the changes? Nothing has been written to the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the language of the desktop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console follows the system language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console shows %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::LicenseTableModel</name>
    <message>
        <source>Login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::LicenseText</name>
    <message>
        <source>Phone System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited Call Recording Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::LicensesPanel</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a license to see its add-ons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons of the selected license:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No add-ons on the selected license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 assigned of %3, %4 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No named license pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this license from %1? Its add-ons stay with the license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this license from %1? Extension %2 and its number are cleared; the add-ons stay with the license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign License</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::LimitedAdminBanner</name>
    <message>
        <source>Limited admin mode: no admin license is free. Only License Usage is available until one frees up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every admin license of this gateway is in use by another console. The console tries again every few seconds and switches to full admin mode as soon as one is free; you can also ask another manager to log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited admin mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::MainWindow</name>
    <message>
        <source>&amp;Gateways…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or switch the gateways this console manages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache cannot be opened (%1); working without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seatwise — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats in use: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (%1 inactive, highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected (no live events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open Gateways… and test the connection with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline — showing the state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Seatwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Seatwise %1&lt;/b&gt;&lt;p&gt;Concurrent and named seat licenses: live pools and sessions, one-click sign-out of inactive users.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ManageAddonsDialog</name>
    <message>
        <source>Manage Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons of the license held by %1 (%2). Check an add-on to attach it, clear it to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n free</source>
        <translation>
            <numerusform>%1 — %n free</numerusform>
            <numerusform>%1 — %n free</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — none free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::PendingOrdersModel</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged when the order was placed, prorated to the rest of the billing month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removals take effect at the start of the next billing month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::PlanningText</name>
    <message>
        <source>right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest daily peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile of daily peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99th percentile of daily peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usage yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on %1 at %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charge; running sessions are never ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removals wait for the next billing month. Until in-use drops below the new count, new logins wait; nobody is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charge: the pool has no seat price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged now: %1 for the last day of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged now: %1 for %2 remaining days of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per seat-month × %2 × %3/%4 days (today included, in %5), rounded down to the cent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::PoolTableModel</name>
    <message>
        <source>%1 of %2 seats in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat orders placed but not yet in effect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::PreviewPage</name>
    <message>
        <source>Preview the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Apply assigns every row at once, or none if the gateway finds a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions to assign: %1, each with a Phone System license, its number and add-ons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ReportDialog</name>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pools in the report; Space ticks or clears the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include every pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include no pool, to pick a few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today and This month run up to now; custom dates cover whole days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the report, from midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the report, up to the following midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (to read or print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the report is saved; an existing file is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the usage and save the report (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop fetching; no file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading pools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the pools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Usage Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the usage of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; no report was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the usage of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ReportPeriod</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ReportWriters</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat usage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak and average count seats in use per minute; the average covers the minutes the gateway recorded in the period (%1). Seats are the most owned at any minute; utilisation is the average over them. Minutes full: minutes with every seat in use. The total adds all pools up minute by minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::RightSizingPanel</name>
    <message>
        <source>Choose a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool to size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the pools and asks the gateway again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat &amp;orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, places and cancels the pool&apos;s seat orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile of daily peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99th percentile of daily peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest daily peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which daily peak to plan for: percentiles ignore the rare busiest days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-room above the peak for unexpected days: 10 to 20 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ahead to project the trend of the daily peaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much usage history to look at, up to 400 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle seat-hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no gateway to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pools to size yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers below may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1 (you own %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 over %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none over %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 login refused for lack of a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logins refused for lack of a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the seats in use on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seat-hours held by inactive sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the gateway&apos;s recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usage in the window yet, so there is nothing to base an order on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage in the last %1 days yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool already has the recommended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the %1 seats on order the pool will have the recommended %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 already on order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order 1 seat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a seat order for %1 more, prefilled (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short of the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove 1 seat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is larger than recommended: opens a seat order removing %1 from the next billing month (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than recommended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::SeatOrderDialog</name>
    <message>
        <source>right after the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h after the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min after the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s after the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added seats start after the pool&apos;s activation delay and are charged now, prorated to the rest of the billing month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed seats go at the start of the next billing month; nothing is refunded and running sessions are never ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many seats to add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;past orders (in effect or cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels the selected pending order (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the pool&apos;s orders again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no gateway to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is gone from the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool&apos;s details are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat orders — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 seats, %3 in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 on order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per seat-month; added seats start %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seat price is set; added seats start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing time zone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many seats to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many seats to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pool&apos;s price and the billing time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview needs the pool&apos;s price and the billing time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool&apos;s price and the billing time zone are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many seats to add or remove; an order of 0 seats changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool will only have %1 seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places the order after you confirm it (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place seat order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order placed: %1 seats, in effect %2; charged %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order placed: %1 seats, in effect %2; no charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the order to %1, due %2?

The pool&apos;s seats stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel seat order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled: %1 seats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::SessionActions</name>
    <message>
        <source>Sign Out &amp;Inactive Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out &amp;Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End every inactive session now and free its seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected sessions after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End every open session after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out this session now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out these %1 sessions now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their users are signed out and must sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out Selected Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open sessions are listed now. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out EVERY user now?

%1All sessions end at once, except your own admin sessions. Everyone signed in loses their seat and any unsaved work, and must sign in again. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out All Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out 1 inactive user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out %1 inactive users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out 1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out %1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::SessionTableModel</name>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::SummaryPage</name>
    <message>
        <source>&amp;Export result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway wrote every row of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a CSV file listing every applied row and its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows applied: %1. Each user below now holds a Phone System license with its extension, number and add-ons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be saved to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ThresholdDelegate</name>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::TokenVault</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::TrayNotifier</name>
    <message>
        <source>Seatwise alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seatwise: action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seatwise: seats running out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::UsageChartView</name>
    <message>
        <source>Seats in use (peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats in use, denied logins: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::UsageChartsPanel</name>
    <message>
        <source>The pool to chart; all pools are summed minute by minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 24 hours, minute by minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days, minute by minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 30 days, minute by minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 52 weeks, minute by minute (takes a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole period again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every minute of the period as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · drag or ←/→: move in time · Ctrl+0: whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %v of %m weeks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: no usage recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · peak %3 of %4 seats in use · denied logins: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::UsageExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::UsageHeatmapWidget</name>
    <message>
        <source>%1 %2: no usage recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: peak %3 of %4 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak seats in use by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak seats in use by weekday and hour (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0% of seats in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every seat in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::ValidationPage</name>
    <message>
        <source>&amp;Validate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway checks every row without writing anything. Fix the highlighted cells here (double-click or F2 to edit), then validate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s rows as they will be sent; red cells have a problem (hover for why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a problem to jump to its cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the rows as edited to the gateway for another check (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected rows out of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not connected to a gateway; connect to one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows with the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows are left to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is correct (%1 in all). Press Next to preview the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems: %1. Fix the red cells (or remove those rows), then press Validate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows changed since the last check. Press Validate again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::WeeklyTools</name>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Licenses from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign extensions, numbers and add-ons to many users from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak, average, denials and utilisation per pool, as CSV or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alert Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds per pool, the pay-per-use minimum and tray notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage &amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seatwise::WireText</name>
    <message>
        <source>Agent seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDateTime format of a day that is not today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
