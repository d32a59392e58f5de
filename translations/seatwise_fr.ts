<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Siège social</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Used once to sign in; never stored</source>
        <translation>Utilisé une seule fois pour se connecter ; jamais enregistré</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>&amp;Save gateway</source>
        <translation>&amp;Enregistrer la passerelle</translation>
    </message>
</context>
<context>
    <name>LicensesPanel</name>
    <message>
        <source>License &amp;type:</source>
        <translation>&amp;Type de licence :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Login or name</source>
        <translation>Identifiant ou nom</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>Starts with…</source>
        <translation>Commence par…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>A&amp;ttribuer…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>&amp;Réattribuer…</translation>
    </message>
    <message>
        <source>U&amp;nassign</source>
        <translation>&amp;Retirer l’attribution</translation>
    </message>
    <message>
        <source>&amp;Manage add-ons…</source>
        <translation>&amp;Gérer les compléments…</translation>
    </message>
    <message>
        <source>Add-ons of the selected license:</source>
        <translation>Compléments de la licence sélectionnée :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>License &amp;Usage</source>
        <translation>&amp;Utilisation des licences</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Filter by user, device, pool or state</source>
        <translation>Filtrer par utilisateur, appareil, pool ou état</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactives uniquement</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload pools and sessions from the gateway</source>
        <translation>Recharger les pools et les sessions depuis la passerelle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Seatwise</source>
        <translation>À &amp;propos de Seatwise</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertBanner</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>List every active alert with the time it was raised</source>
        <translation>Lister toutes les alertes actives avec l’heure de leur déclenchement</translation>
    </message>
    <message>
        <source>Hide these alerts; the bar comes back when a new alert is raised or one clears and comes back</source>
        <translation>Masquer ces alertes ; la barre revient lorsqu’une nouvelle alerte se déclenche ou qu’une alerte disparaît puis revient</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 autres)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Active alerts: %1. Details lists them all.</source>
        <translation>Alertes actives : %1. « Détails » les liste toutes.</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertRules</name>
    <message>
        <source>%1: %2 of %3 seats in use (%4 %), at or over the %5 % alert threshold.</source>
        <translation>%1 : %2 sièges sur %3 utilisés (%4 %), au niveau ou au-delà du seuil d’alerte de %5 %.</translation>
    </message>
    <message>
        <source>%1: logins refused for want of a free seat, %2 since %3.</source>
        <translation>%1 : connexions refusées faute de siège libre, %2 depuis %3.</translation>
    </message>
    <message>
        <source>No pay-per-use minutes left: overflow logins are refused once the pools are full.</source>
        <translation>Plus aucune minute de paiement à l’usage : les connexions en débordement sont refusées dès que les pools sont pleins.</translation>
    </message>
    <message>
        <source>Pay-per-use minutes are low: %1 left, below the minimum of %2.</source>
        <translation>Les minutes de paiement à l’usage s’épuisent : il en reste %1, sous le minimum de %2.</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertSettingsDialog</name>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Afficher les notifications du &amp;bureau</translation>
    </message>
    <message>
        <source>Alert Settings</source>
        <translation>Paramètres des alertes</translation>
    </message>
    <message>
        <source>Alert when a pool&apos;s seats in use reach its threshold. The alert clears once usage is 5 points below it.</source>
        <translation>Alerter lorsque les sièges utilisés d’un pool atteignent son seuil. L’alerte disparaît lorsque l’utilisation est 5 points en dessous.</translation>
    </message>
    <message>
        <source>Double-click a threshold or press F2 to change it</source>
        <translation>Double-cliquez sur un seuil ou appuyez sur F2 pour le modifier</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Alert when fewer pay-per-use minutes than this are left for overflow sessions; 0 turns the alert off</source>
        <translation>Alerter lorsqu’il reste moins de minutes de paiement à l’usage que ceci pour les sessions en débordement ; 0 désactive l’alerte</translation>
    </message>
    <message>
        <source>Also announce each new alert with a desktop notification</source>
        <translation>Annoncer aussi chaque nouvelle alerte par une notification du bureau</translation>
    </message>
    <message>
        <source>This desktop has no system tray: alerts show in the banner only</source>
        <translation>Ce bureau n’a pas de zone de notification : les alertes s’affichent uniquement dans la barre</translation>
    </message>
    <message>
        <source>&amp;Pay-per-use minimum:</source>
        <translation>Minimum de &amp;paiement à l’usage :</translation>
    </message>
    <message>
        <source>Every pool at %1 %, pay-per-use minimum %2 minutes, notifications on</source>
        <translation>Chaque pool à %1 %, minimum de paiement à l’usage %2 minutes, notifications activées</translation>
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
        <translation>Alerter lorsque %1 sièges sur %2 sont utilisés (double-cliquez ou appuyez sur F2 pour modifier)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation>Alerte à</translation>
    </message>
</context>
<context>
    <name>seatwise::ApplyPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>The gateway assigns every row in one go: all of them, or none.</source>
        <translation>La passerelle attribue toutes les lignes en une fois : toutes, ou aucune.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Upload of the file, then the gateway&apos;s work</source>
        <translation>Envoi du fichier, puis le travail de la passerelle</translation>
    </message>
    <message>
        <source>The file is already with the gateway, so the import cannot be cancelled any more. The gateway writes all rows or none; this window closes only after its answer.</source>
        <translation>Le fichier est déjà sur la passerelle, l’importation ne peut donc plus être annulée. La passerelle écrit toutes les lignes ou aucune ; cette fenêtre ne se ferme qu’après sa réponse.</translation>
    </message>
    <message>
        <source>Send the file again. Rows already written are refused as duplicates, so nothing is assigned twice.</source>
        <translation>Renvoyer le fichier. Les lignes déjà écrites sont refusées comme doublons, rien n’est donc attribué deux fois.</translation>
    </message>
    <message>
        <source>The gateway is assigning the licenses…</source>
        <translation>La passerelle attribue les licences…</translation>
    </message>
    <message>
        <source>The console is not connected to a gateway; nothing was written.</source>
        <translation>La console n’est connectée à aucune passerelle ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Sending the file (%1 rows) to the gateway…</source>
        <translation>Envoi du fichier (%1 lignes) à la passerelle…</translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation>L’importation ne s’est pas terminée.</translation>
    </message>
    <message>
        <source>Check the Licenses view before trying again.</source>
        <translation>Vérifiez la vue Licences avant de réessayer.</translation>
    </message>
    <message>
        <source>The gateway refused the file; nothing was written.</source>
        <translation>La passerelle a refusé le fichier ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>seatwise::AssignLicenseDialog</name>
    <message>
        <source>Assign License</source>
        <translation>Attribuer une licence</translation>
    </message>
    <message>
        <source>Reassign License</source>
        <translation>Réattribuer une licence</translation>
    </message>
    <message>
        <source>1 to 8 digits, optional</source>
        <translation>1 à 8 chiffres, facultatif</translation>
    </message>
    <message>
        <source>7 to 15 digits, optional leading +</source>
        <translation>7 à 15 chiffres, + initial facultatif</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>The license moves from %1 with its extension, number and add-ons.</source>
        <translation>La licence quitte %1 avec son poste, son numéro et ses compléments.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Choisissez un utilisateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An extension has 1 to 8 digits.</source>
        <translation>Un poste comporte 1 à 8 chiffres.</translation>
    </message>
    <message>
        <source>A number has 7 to 15 digits, with an optional leading +.</source>
        <translation>Un numéro comporte 7 à 15 chiffres, avec un + initial facultatif.</translation>
    </message>
</context>
<context>
    <name>seatwise::CacheSchema</name>
    <message>
        <source>cannot read the cache&apos;s schema version: %1</source>
        <translation>impossible de lire la version du schéma du cache : %1</translation>
    </message>
    <message>
        <source>the cache was written by a newer console (schema %1, this one knows %2)</source>
        <translation>le cache a été écrit par une console plus récente (schéma %1, celle-ci connaît le %2)</translation>
    </message>
</context>
<context>
    <name>seatwise::ColumnMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>The file&apos;s header differs from Ext key,Number,User,Addon license 1,… Choose which of its columns holds each value; the choice is remembered for files like this.</source>
        <translation>L’en-tête du fichier diffère de Ext key,Number,User,Addon license 1,… Choisissez quelle colonne contient chaque valeur ; le choix est mémorisé pour les fichiers semblables.</translation>
    </message>
    <message>
        <source>The column with each row&apos;s extension (1 to 8 digits).</source>
        <translation>La colonne contenant le poste de chaque ligne (1 à 8 chiffres).</translation>
    </message>
    <message>
        <source>The column with each row&apos;s phone number (DID).</source>
        <translation>La colonne contenant le numéro de téléphone (SDA) de chaque ligne.</translation>
    </message>
    <message>
        <source>The column with the login or the display name of the user.</source>
        <translation>La colonne contenant l’identifiant ou le nom affiché de l’utilisateur.</translation>
    </message>
    <message>
        <source>Tick the columns that hold add-on codes; columns left unticked are ignored.</source>
        <translation>Cochez les colonnes contenant des codes de compléments ; les colonnes non cochées sont ignorées.</translation>
    </message>
    <message>
        <source>&amp;Ext key:</source>
        <translation>&amp;Ext key :</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Add-on columns:</source>
        <translation>Colonnes de &amp;compléments :</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Choisissez une colonne</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (p. ex. %2)</translation>
    </message>
    <message>
        <source>Choose a column for Ext key, Number and User.</source>
        <translation>Choisissez une colonne pour Ext key, Number et User.</translation>
    </message>
    <message>
        <source>Each column can hold only one of Ext key, Number, User or add-ons.</source>
        <translation>Chaque colonne ne peut contenir qu’une seule valeur parmi Ext key, Number, User ou les compléments.</translation>
    </message>
</context>
<context>
    <name>seatwise::CommandLine</name>
    <message>
        <source>Seatwise console: live seat pools and sessions of a license gateway.</source>
        <translation>Console Seatwise : pools de sièges et sessions d’une passerelle de licences, en direct.</translation>
    </message>
    <message>
        <source>Seed demo pools and users and run simulated agents in the embedded gateway.</source>
        <translation>Créer des pools et des utilisateurs de démonstration et lancer des agents simulés dans la passerelle intégrée.</translation>
    </message>
    <message>
        <source>Port of the embedded gateway on 127.0.0.1 (0: any free port).</source>
        <translation>Port de la passerelle intégrée sur 127.0.0.1 (0 : n’importe quel port libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Folder for the embedded gateway&apos;s database and token.</source>
        <translation>Dossier de la base de données et du jeton de la passerelle intégrée.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--gateway-port needs a number from 0 to 65535.
</source>
        <translation>--gateway-port attend un nombre de 0 à 65535.</translation>
    </message>
</context>
<context>
    <name>seatwise::ConnectionsDialog</name>
    <message>
        <source>New gateway</source>
        <translation>Nouvelle passerelle</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation>Supprimer la passerelle</translation>
    </message>
    <message>
        <source>Remove the gateway &quot;%1&quot; (%2) and forget its token?</source>
        <translation>Supprimer la passerelle « %1 » (%2) et oublier son jeton ?</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: tokens are kept in memory for this run only, and the console will ask for the password again next time.</source>
        <translation>Le trousseau du système n’est pas disponible : les jetons sont conservés en mémoire pour cette exécution seulement, et la console redemandera le mot de passe la prochaine fois.</translation>
    </message>
    <message>
        <source>Give the gateway a name.</source>
        <translation>Donnez un nom à la passerelle.</translation>
    </message>
    <message>
        <source>Enter the login to sign in with.</source>
        <translation>Saisissez l’identifiant de connexion.</translation>
    </message>
    <message>
        <source>Enter the password to sign in.</source>
        <translation>Saisissez le mot de passe de connexion.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: signed in as %1.</source>
        <translation>Connecté : identifié en tant que %1.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Faire confiance à ce certificat ?</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not signed by an authority this computer trusts (%1).

SHA-256 fingerprint:
%2

Trust it only if it is the fingerprint the gateway&apos;s operator gives you (seatwised prints it when it starts). Trust this certificate for this gateway?</source>
        <translation>Le certificat de la passerelle n’est pas signé par une autorité reconnue par cet ordinateur (%1).

Empreinte SHA-256 :
%2

Ne lui faites confiance que s’il s’agit de l’empreinte que vous a communiquée l’exploitant de la passerelle (seatwised l’affiche au démarrage). Faire confiance à ce certificat pour cette passerelle ?</translation>
    </message>
</context>
<context>
    <name>seatwise::ConsoleCache</name>
    <message>
        <source>Cannot create the folder of the cache %1.</source>
        <translation>Impossible de créer le dossier du cache %1.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Impossible d’ouvrir le cache %1 : %2</translation>
    </message>
    <message>
        <source>Cannot use the cache %1: %2</source>
        <translation>Impossible d’utiliser le cache %1 : %2</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>Le cache n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>seatwise::ConsoleStartup</name>
    <message>
        <source>Starting the embedded gateway…</source>
        <translation>Démarrage de la passerelle intégrée…</translation>
    </message>
    <message>
        <source>The embedded gateway did not start: %1</source>
        <translation>La passerelle intégrée n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Gateway listening at %1</source>
        <translation>Passerelle à l’écoute sur %1</translation>
    </message>
    <message>
        <source>Seeding demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <source>Demo data could not be seeded: %1</source>
        <translation>Les données de démonstration n’ont pas pu être créées : %1</translation>
    </message>
    <message>
        <source>Writing a year of demo usage history…</source>
        <translation>Écriture d’un an d’historique d’utilisation de démonstration…</translation>
    </message>
    <message>
        <source>Demo running: simulated agents are logged in.</source>
        <translation>Démonstration en cours : les agents simulés sont connectés.</translation>
    </message>
</context>
<context>
    <name>seatwise::ErrorText</name>
    <message>
        <source>The gateway cannot be reached (%1).</source>
        <translation>La passerelle est injoignable (%1).</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>La passerelle n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The gateway sent an answer the console does not understand: %1</source>
        <translation>La passerelle a envoyé une réponse que la console ne comprend pas : %1</translation>
    </message>
    <message>
        <source>The gateway refused the console&apos;s token. Sign in again.</source>
        <translation>La passerelle a refusé le jeton de la console. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this gateway.</source>
        <translation>Vous n’êtes pas autorisé à faire cela sur cette passerelle.</translation>
    </message>
    <message>
        <source>No seat is free in that pool.</source>
        <translation>Aucun siège n’est libre dans ce pool.</translation>
    </message>
    <message>
        <source>The gateway answered with error %1 (%2).</source>
        <translation>La passerelle a répondu avec l’erreur %1 (%2).</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not trusted. Open Gateways… and test the connection to check and trust it.</source>
        <translation>Le certificat de la passerelle n’est pas reconnu. Ouvrez Passerelles… et testez la connexion pour le vérifier et lui faire confiance.</translation>
    </message>
</context>
<context>
    <name>seatwise::GatewayProfiles</name>
    <message>
        <source>This computer (embedded)</source>
        <translation>Cet ordinateur (intégrée)</translation>
    </message>
</context>
<context>
    <name>seatwise::GatewayUrl</name>
    <message>
        <source>Enter the gateway&apos;s address, e.g. http://127.0.0.1:8640.</source>
        <translation>Saisissez l’adresse de la passerelle, p. ex. http://127.0.0.1:8640.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Cette adresse n’est pas valide.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>L’adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The address needs a host name or IP address.</source>
        <translation>L’adresse doit comporter un nom d’hôte ou une adresse IP.</translation>
    </message>
    <message>
        <source>The address needs a port, e.g. :8640.</source>
        <translation>L’adresse doit comporter un port, p. ex. :8640.</translation>
    </message>
    <message>
        <source>The address may not carry a user, a query or a fragment.</source>
        <translation>L’adresse ne peut comporter ni utilisateur, ni requête, ni fragment.</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportErrorsModel</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ligne entière)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save sample file…</source>
        <translation>&amp;Enregistrer un fichier d’exemple…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisissez un fichier CSV</translation>
    </message>
    <message>
        <source>Each row gives a user a Phone System license with its extension, number and add-ons. Nothing is written until you press Apply at the end.</source>
        <translation>Chaque ligne donne à un utilisateur une licence Phone System avec son poste, son numéro et ses compléments. Rien n’est écrit avant que vous cliquiez sur Appliquer à la fin.</translation>
    </message>
    <message>
        <source>The file starts with the header &lt;b&gt;Ext key,Number,User,Addon license 1,…&lt;/b&gt; (any number of add-on columns; rows may leave trailing add-ons out). Files with other column names can be matched up on the next page.</source>
        <translation>Le fichier commence par l’en-tête &lt;b&gt;Ext key,Number,User,Addon license 1,…&lt;/b&gt; (autant de colonnes de compléments que voulu ; les lignes peuvent omettre les derniers compléments). Les fichiers aux noms de colonnes différents peuvent être associés à la page suivante.</translation>
    </message>
    <message>
        <source>Save a small CSV file with the expected header and two example rows, to fill in with a spreadsheet or a text editor.</source>
        <translation>Enregistrer un petit fichier CSV avec l’en-tête attendu et deux lignes d’exemple, à remplir avec un tableur ou un éditeur de texte.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Chemin d’un fichier .csv</translation>
    </message>
    <message>
        <source>The CSV file to import; type its path or press Browse.</source>
        <translation>Le fichier CSV à importer ; saisissez son chemin ou cliquez sur Parcourir.</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Choisissez le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Sample File</source>
        <translation>Enregistrer le fichier d’exemple</translation>
    </message>
    <message>
        <source>The sample file could not be saved to &quot;%1&quot;: %2</source>
        <translation>Le fichier d’exemple n’a pas pu être enregistré dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; choose a CSV file.</source>
        <translation>« %1 » est un dossier ; choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Le fichier « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Line %1 of the file cannot be read: %2</source>
        <translation>La ligne %1 du fichier ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. Save the sample file to see what it should hold.</source>
        <translation>Le fichier « %1 » est vide. Enregistrez le fichier d’exemple pour voir ce qu’il doit contenir.</translation>
    </message>
    <message>
        <source>The file&apos;s columns are separated by semicolons; save it as comma-separated CSV.</source>
        <translation>Les colonnes du fichier sont séparées par des points-virgules ; enregistrez-le au format CSV séparé par des virgules.</translation>
    </message>
    <message>
        <source>The file has a header but no rows; add one row per extension.</source>
        <translation>Le fichier a un en-tête mais aucune ligne ; ajoutez une ligne par poste.</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportRowsModel</name>
    <message>
        <source>Changed: press Validate again to check it.</source>
        <translation>Modifiée : cliquez de nouveau sur Valider pour la vérifier.</translation>
    </message>
    <message>
        <source>Extra %1</source>
        <translation>Supplémentaire %1</translation>
    </message>
    <message>
        <source>The file has more values in this row than columns in its header; clear them or remove the row.</source>
        <translation>Cette ligne du fichier contient plus de valeurs que son en-tête n’a de colonnes ; effacez-les ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Row %1 of the file&apos;s data</source>
        <translation>Ligne %1 des données du fichier</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportWizard</name>
    <message>
        <source>Import Extensions from CSV</source>
        <translation>Importer des postes depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The gateway refused the file when applying it, and wrote nothing (the licenses changed since the check).</source>
        <translation>La passerelle a refusé le fichier lors de l’application et n’a rien écrit (les licences ont changé depuis la vérification).</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>You edited rows of the file. Close the import and lose the changes? Nothing has been written to the gateway.</source>
        <translation>Vous avez modifié des lignes du fichier. Fermer l’importation et perdre les modifications ? Rien n’a été écrit sur la passerelle.</translation>
    </message>
</context>
<context>
    <name>seatwise::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Follow the language of the desktop session</source>
        <translation>Suivre la langue de la session de bureau</translation>
    </message>
    <message>
        <source>The console follows the system language from its next start.</source>
        <translation>La console suivra la langue du système à son prochain démarrage.</translation>
    </message>
    <message>
        <source>The console shows %1 from its next start.</source>
        <translation>La console s’affichera en %1 à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>seatwise::LicenseTableModel</name>
    <message>
        <source>Login: %1</source>
        <translation>Identifiant : %1</translation>
    </message>
    <message>
        <source>License %1</source>
        <translation>Licence %1</translation>
    </message>
    <message>
        <source>License type</source>
        <translation>Type de licence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Compléments</translation>
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
        <translation>Groupe d’appels</translation>
    </message>
    <message>
        <source>Auto Attendant</source>
        <translation>Standard automatique</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Call Recording</source>
        <translation>Enregistrement des appels</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>DNC</source>
        <translation>DNC</translation>
    </message>
    <message>
        <source>IP Phone</source>
        <translation>Téléphone IP</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Web Phone</source>
        <translation>Téléphone web</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Team Chat</source>
        <translation>Messagerie d’équipe</translation>
    </message>
    <message>
        <source>Unlimited Call Recording Storage</source>
        <translation>Stockage illimité des enregistrements d’appels</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résiliée</translation>
    </message>
</context>
<context>
    <name>seatwise::LicensesPanel</name>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Select a license to see its add-ons.</source>
        <translation>Sélectionnez une licence pour voir ses compléments.</translation>
    </message>
    <message>
        <source>Add-ons of the selected license:</source>
        <translation>Compléments de la licence sélectionnée :</translation>
    </message>
    <message>
        <source>No add-ons on the selected license.</source>
        <translation>La licence sélectionnée n’a aucun complément.</translation>
    </message>
    <message>
        <source>%1: %2 assigned of %3, %4 available</source>
        <translation>%1 : %2 attribuées sur %3, %4 disponibles</translation>
    </message>
    <message>
        <source>No named license pools.</source>
        <translation>Aucun pool de licences nominatives.</translation>
    </message>
    <message>
        <source>Take this license from %1? Its add-ons stay with the license.</source>
        <translation>Retirer cette licence à %1 ? Ses compléments restent attachés à la licence.</translation>
    </message>
    <message>
        <source>Take this license from %1? Extension %2 and its number are cleared; the add-ons stay with the license.</source>
        <translation>Retirer cette licence à %1 ? Le poste %2 et son numéro sont effacés ; les compléments restent attachés à la licence.</translation>
    </message>
    <message>
        <source>Unassign License</source>
        <translation>Retirer l’attribution de la licence</translation>
    </message>
</context>
<context>
    <name>seatwise::LimitedAdminBanner</name>
    <message>
        <source>Limited admin mode: no admin license is free. Only License Usage is available until one frees up.</source>
        <translation>Mode administrateur limité : aucune licence d’administrateur n’est libre. Seule l’utilisation des licences est disponible jusqu’à ce qu’une se libère.</translation>
    </message>
    <message>
        <source>Every admin license of this gateway is in use by another console. The console tries again every few seconds and switches to full admin mode as soon as one is free; you can also ask another manager to log out.</source>
        <translation>Chaque licence d’administrateur de cette passerelle est utilisée par une autre console. La console réessaie toutes les quelques secondes et passe en mode administrateur complet dès qu’une licence se libère ; vous pouvez aussi demander à un autre responsable de se déconnecter.</translation>
    </message>
    <message>
        <source>Limited admin mode</source>
        <translation>Mode administrateur limité</translation>
    </message>
</context>
<context>
    <name>seatwise::MainWindow</name>
    <message>
        <source>&amp;Gateways…</source>
        <translation>&amp;Passerelles…</translation>
    </message>
    <message>
        <source>Add, edit or switch the gateways this console manages</source>
        <translation>Ajouter, modifier ou changer les passerelles gérées par cette console</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>The local cache cannot be opened (%1); working without it.</source>
        <translation>Le cache local ne peut pas être ouvert (%1) ; la console fonctionne sans.</translation>
    </message>
    <message>
        <source>Seatwise — %1</source>
        <translation>Seatwise — %1</translation>
    </message>
    <message>
        <source>Pools: %1</source>
        <translation>Pools : %1</translation>
    </message>
    <message>
        <source>Seats in use: %1 of %2</source>
        <translation>Sièges utilisés : %1 sur %2</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sessions : %1</translation>
    </message>
    <message>
        <source>Inactive: %1</source>
        <translation>Inactives : %1</translation>
    </message>
    <message>
        <source>Sessions (%1 inactive, highlighted)</source>
        <translation>Sessions (%1 inactives, en surbrillance)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <source>● Connected (no live events)</source>
        <translation>● Connecté (pas d’événements en direct)</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open Gateways… and test the connection with your password.</source>
        <translation>Aucune connexion enregistrée pour %1 : ouvrez Passerelles… et testez la connexion avec votre mot de passe.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● Reconnexion…</translation>
    </message>
    <message>
        <source>● Offline — showing the state of %1</source>
        <translation>● Hors ligne — état au %1</translation>
    </message>
    <message>
        <source>About Seatwise</source>
        <translation>À propos de Seatwise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seatwise %1&lt;/b&gt;&lt;p&gt;Concurrent and named seat licenses: live pools and sessions, one-click sign-out of inactive users.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Seatwise %1&lt;/b&gt;&lt;p&gt;Licences par siège simultanées et nominatives : pools et sessions en direct, déconnexion en un clic des utilisateurs inactifs.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>seatwise::ManageAddonsDialog</name>
    <message>
        <source>Manage Add-ons</source>
        <translation>Gérer les compléments</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>aucun poste</translation>
    </message>
    <message>
        <source>Add-ons of the license held by %1 (%2). Check an add-on to attach it, clear it to remove it.</source>
        <translation>Compléments de la licence détenue par %1 (%2). Cochez un complément pour l’ajouter, décochez-le pour le retirer.</translation>
    </message>
    <message>
        <source>%1 — attached</source>
        <translation>%1 — ajouté</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n free</source>
        <translation>
            <numerusform>%1 — %n libre</numerusform>
            <numerusform>%1 — %n libres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — none free</source>
        <translation>%1 — aucun libre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>seatwise::PendingOrdersModel</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>No charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Charged when the order was placed, prorated to the rest of the billing month.</source>
        <translation>Facturé lors de la commande, au prorata du reste du mois de facturation.</translation>
    </message>
    <message>
        <source>Removals take effect at the start of the next billing month.</source>
        <translation>Les retraits prennent effet au début du mois de facturation suivant.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Effective at</source>
        <translation>En vigueur le</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>seatwise::PlanningText</name>
    <message>
        <source>right away</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation>dans moins d’une minute</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>dans 1 minute</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>dans %1 minutes</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>dans %1 heures</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 seat</source>
        <translation>1 siège</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 sièges</translation>
    </message>
    <message>
        <source>highest daily peak</source>
        <translation>pic journalier le plus élevé</translation>
    </message>
    <message>
        <source>95th percentile of daily peaks</source>
        <translation>95e centile des pics journaliers</translation>
    </message>
    <message>
        <source>99th percentile of daily peaks</source>
        <translation>99e centile des pics journaliers</translation>
    </message>
    <message>
        <source>no usage yet</source>
        <translation>aucune utilisation pour l’instant</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 ici)</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>Takes effect on %1 at %2 (%3).</source>
        <translation>Prend effet le %1 à %2 (%3).</translation>
    </message>
    <message>
        <source>That is %1 here.</source>
        <translation>Soit %1 ici.</translation>
    </message>
    <message>
        <source>No charge; running sessions are never ended.</source>
        <translation>Gratuit ; les sessions en cours ne sont jamais interrompues.</translation>
    </message>
    <message>
        <source>Removals wait for the next billing month. Until in-use drops below the new count, new logins wait; nobody is signed out.</source>
        <translation>Les retraits attendent le mois de facturation suivant. Tant que l’utilisation ne descend pas sous le nouveau nombre, les nouvelles connexions attendent ; personne n’est déconnecté.</translation>
    </message>
    <message>
        <source>Takes effect %1 (%2).</source>
        <translation>Prend effet %1 (%2).</translation>
    </message>
    <message>
        <source>No charge: the pool has no seat price.</source>
        <translation>Gratuit : le pool n’a pas de prix par siège.</translation>
    </message>
    <message>
        <source>Charged now: %1 for the last day of %2.</source>
        <translation>Facturé maintenant : %1 pour le dernier jour de %2.</translation>
    </message>
    <message>
        <source>Charged now: %1 for %2 remaining days of %3.</source>
        <translation>Facturé maintenant : %1 pour les %2 jours restants de %3.</translation>
    </message>
    <message>
        <source>%1 per seat-month × %2 × %3/%4 days (today included, in %5), rounded down to the cent.</source>
        <translation>%1 par siège et par mois × %2 × %3/%4 jours (aujourd’hui inclus, en %5), arrondi au centime inférieur.</translation>
    </message>
</context>
<context>
    <name>seatwise::PoolTableModel</name>
    <message>
        <source>%1 of %2 seats in use</source>
        <translation>%1 sièges sur %2 utilisés</translation>
    </message>
    <message>
        <source>Seat orders placed but not yet in effect: %1</source>
        <translation>Commandes de sièges passées mais pas encore en vigueur : %1</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Commandes en attente</translation>
    </message>
    <message>
        <source>Idle after</source>
        <translation>Inactif après</translation>
    </message>
</context>
<context>
    <name>seatwise::PreviewPage</name>
    <message>
        <source>Preview the changes</source>
        <translation>Aperçu des modifications</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Apply assigns every row at once, or none if the gateway finds a problem.</source>
        <translation>Rien n’a encore été écrit. Appliquer attribue toutes les lignes d’un coup, ou aucune si la passerelle détecte un problème.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Compléments</translation>
    </message>
    <message>
        <source>Extensions to assign: %1, each with a Phone System license, its number and add-ons.</source>
        <translation>Postes à attribuer : %1, chacun avec une licence Phone System, son numéro et ses compléments.</translation>
    </message>
</context>
<context>
    <name>seatwise::ReportDialog</name>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;reate Report</source>
        <translation>&amp;Créer le rapport</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Usage Report</source>
        <translation>Rapport d’utilisation</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>The pools in the report; Space ticks or clears the current one</source>
        <translation>Les pools du rapport ; Espace coche ou décoche le pool courant</translation>
    </message>
    <message>
        <source>Include every pool</source>
        <translation>Inclure tous les pools</translation>
    </message>
    <message>
        <source>Include no pool, to pick a few</source>
        <translation>N’inclure aucun pool, pour en choisir quelques-uns</translation>
    </message>
    <message>
        <source>Today and This month run up to now; custom dates cover whole days</source>
        <translation>Aujourd’hui et Ce mois-ci vont jusqu’à maintenant ; les dates personnalisées couvrent des journées entières</translation>
    </message>
    <message>
        <source>First day of the report, from midnight</source>
        <translation>Premier jour du rapport, à partir de minuit</translation>
    </message>
    <message>
        <source>Last day of the report, up to the following midnight</source>
        <translation>Dernier jour du rapport, jusqu’au minuit suivant</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>PDF (to read or print)</source>
        <translation>PDF (à lire ou à imprimer)</translation>
    </message>
    <message>
        <source>Where the report is saved; an existing file is replaced</source>
        <translation>Emplacement d’enregistrement du rapport ; un fichier existant est remplacé</translation>
    </message>
    <message>
        <source>Choose the file (Ctrl+S)</source>
        <translation>Choisir le fichier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fetch the usage and save the report (Ctrl+Enter)</source>
        <translation>Récupérer l’utilisation et enregistrer le rapport (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop fetching; no file is written</source>
        <translation>Arrêter la récupération ; aucun fichier n’est écrit</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Loading pools…</source>
        <translation>Chargement des pools…</translation>
    </message>
    <message>
        <source>Could not list the pools: %1</source>
        <translation>Impossible de lister les pools : %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Sièges : %1</translation>
    </message>
    <message>
        <source>Save Usage Report</source>
        <translation>Enregistrer le rapport d’utilisation</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Not connected to a gateway.</source>
        <translation>Non connecté à une passerelle.</translation>
    </message>
    <message>
        <source>Choose at least one pool.</source>
        <translation>Choisissez au moins un pool.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Le premier jour ne doit pas être postérieur au dernier.</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>Choisissez un fichier où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Reading the usage of %1…</source>
        <translation>Lecture de l’utilisation de %1…</translation>
    </message>
    <message>
        <source>Stopped; no report was written.</source>
        <translation>Arrêté ; aucun rapport n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not read the usage of %1: %2</source>
        <translation>Impossible de lire l’utilisation de %1 : %2</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Rapport enregistré dans %1</translation>
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
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
</context>
<context>
    <name>seatwise::ReportWriters</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Seat usage report</source>
        <translation>Rapport d’utilisation des sièges</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Taux d’utilisation</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Minutes full</source>
        <translation>Minutes à plein</translation>
    </message>
    <message>
        <source>Peak and average count seats in use per minute; the average covers the minutes the gateway recorded in the period (%1). Seats are the most owned at any minute; utilisation is the average over them. Minutes full: minutes with every seat in use. The total adds all pools up minute by minute.</source>
        <translation>Le pic et la moyenne comptent les sièges utilisés par minute ; la moyenne couvre les minutes enregistrées par la passerelle sur la période (%1). Les sièges sont le maximum détenu à une minute donnée ; le taux d’utilisation est la moyenne rapportée à ce nombre. Minutes à plein : minutes où tous les sièges étaient utilisés. Le total additionne tous les pools minute par minute.</translation>
    </message>
    <message>
        <source>Could not make the PDF document.</source>
        <translation>Impossible de créer le document PDF.</translation>
    </message>
</context>
<context>
    <name>seatwise::RightSizingPanel</name>
    <message>
        <source>Choose a pool.</source>
        <translation>Choisissez un pool.</translation>
    </message>
    <message>
        <source>The pool to size.</source>
        <translation>Le pool à dimensionner.</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>P&amp;ool :</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Lists the pools and asks the gateway again (F5).</source>
        <translation>Liste les pools et interroge de nouveau la passerelle (F5).</translation>
    </message>
    <message>
        <source>Order seats…</source>
        <translation>Commander des sièges…</translation>
    </message>
    <message>
        <source>Seat &amp;orders…</source>
        <translation>C&amp;ommandes de sièges…</translation>
    </message>
    <message>
        <source>Lists, places and cancels the pool&apos;s seat orders.</source>
        <translation>Liste, passe et annule les commandes de sièges du pool.</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Et si</translation>
    </message>
    <message>
        <source>95th percentile of daily peaks</source>
        <translation>95e centile des pics journaliers</translation>
    </message>
    <message>
        <source>99th percentile of daily peaks</source>
        <translation>99e centile des pics journaliers</translation>
    </message>
    <message>
        <source>Highest daily peak</source>
        <translation>Pic journalier le plus élevé</translation>
    </message>
    <message>
        <source>Which daily peak to plan for: percentiles ignore the rare busiest days.</source>
        <translation>Le pic journalier sur lequel se baser : les centiles ignorent les rares journées les plus chargées.</translation>
    </message>
    <message>
        <source>&amp;Peak:</source>
        <translation>&amp;Pic :</translation>
    </message>
    <message>
        <source>Head-room above the peak for unexpected days: 10 to 20 %.</source>
        <translation>Marge au-dessus du pic pour les journées imprévues : 10 à 20 %.</translation>
    </message>
    <message>
        <source>&amp;Buffer:</source>
        <translation>&amp;Marge :</translation>
    </message>
    <message>
        <source>&amp;6 months</source>
        <translation>&amp;6 mois</translation>
    </message>
    <message>
        <source>&amp;12 months</source>
        <translation>&amp;12 mois</translation>
    </message>
    <message>
        <source>How far ahead to project the trend of the daily peaks.</source>
        <translation>Jusqu’où prolonger la tendance des pics journaliers.</translation>
    </message>
    <message>
        <source>Growth over:</source>
        <translation>Croissance sur :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How much usage history to look at, up to 400 days.</source>
        <translation>Quelle durée d’historique d’utilisation examiner, jusqu’à 400 jours.</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Peak:</source>
        <translation>Pic :</translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation>Marge :</translation>
    </message>
    <message>
        <source>Growth:</source>
        <translation>Croissance :</translation>
    </message>
    <message>
        <source>Denials:</source>
        <translation>Refus :</translation>
    </message>
    <message>
        <source>Utilisation:</source>
        <translation>Taux d’utilisation :</translation>
    </message>
    <message>
        <source>Idle seat-hours:</source>
        <translation>Heures-sièges inactives :</translation>
    </message>
    <message>
        <source>Busiest hours:</source>
        <translation>Heures les plus chargées :</translation>
    </message>
    <message>
        <source>Days with data:</source>
        <translation>Jours avec données :</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Interrogation de la passerelle…</translation>
    </message>
    <message>
        <source>There is no gateway to ask.</source>
        <translation>Il n’y a aucune passerelle à interroger.</translation>
    </message>
    <message>
        <source>There are no pools to size yet.</source>
        <translation>Il n’y a encore aucun pool à dimensionner.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>The numbers below may be out of date.</source>
        <translation>Les chiffres ci-dessous ne sont peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Recommended: …</source>
        <translation>Recommandé : …</translation>
    </message>
    <message>
        <source>Recommended: %1 (you own %2)</source>
        <translation>Recommandé : %1 (vous en possédez %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>+%1 over %2 months</source>
        <translation>+%1 sur %2 mois</translation>
    </message>
    <message>
        <source>none over %1 months</source>
        <translation>aucune sur %1 mois</translation>
    </message>
    <message>
        <source>1 login refused for lack of a seat</source>
        <translation>1 connexion refusée faute de siège</translation>
    </message>
    <message>
        <source>%1 logins refused for lack of a seat</source>
        <translation>%1 connexions refusées faute de siège</translation>
    </message>
    <message>
        <source>%1 of the seats in use on average</source>
        <translation>%1 des sièges utilisés en moyenne</translation>
    </message>
    <message>
        <source>%1 seat-hours held by inactive sessions</source>
        <translation>%1 heures-sièges occupées par des sessions inactives</translation>
    </message>
    <message>
        <source>%1 of the last %2 days</source>
        <translation>%1 des %2 derniers jours</translation>
    </message>
    <message>
        <source>Waiting for the gateway&apos;s recommendation.</source>
        <translation>En attente de la recommandation de la passerelle.</translation>
    </message>
    <message>
        <source>There is no usage in the window yet, so there is nothing to base an order on.</source>
        <translation>La fenêtre ne contient encore aucune utilisation, il n’y a donc rien sur quoi fonder une commande.</translation>
    </message>
    <message>
        <source>No usage in the last %1 days yet.</source>
        <translation>Aucune utilisation sur les %1 derniers jours pour l’instant.</translation>
    </message>
    <message>
        <source>The pool already has the recommended %1.</source>
        <translation>Le pool a déjà les %1 recommandés.</translation>
    </message>
    <message>
        <source>With the %1 seats on order the pool will have the recommended %2.</source>
        <translation>Avec les %1 sièges commandés, le pool aura les %2 recommandés.</translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation>Rien à commander.</translation>
    </message>
    <message>
        <source>(%1 already on order)</source>
        <translation>(%1 déjà commandés)</translation>
    </message>
    <message>
        <source>Order 1 seat…</source>
        <translation>Commander 1 siège…</translation>
    </message>
    <message>
        <source>Order %1 seats…</source>
        <translation>Commander %1 sièges…</translation>
    </message>
    <message>
        <source>Opens a seat order for %1 more, prefilled (Ctrl+Shift+O).</source>
        <translation>Ouvre une commande de sièges préremplie pour %1 de plus (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>%1 short of the recommendation.</source>
        <translation>%1 de moins que la recommandation.</translation>
    </message>
    <message>
        <source>Remove 1 seat…</source>
        <translation>Retirer 1 siège…</translation>
    </message>
    <message>
        <source>Remove %1 seats…</source>
        <translation>Retirer %1 sièges…</translation>
    </message>
    <message>
        <source>The pool is larger than recommended: opens a seat order removing %1 from the next billing month (Ctrl+Shift+O).</source>
        <translation>Le pool est plus grand que recommandé : ouvre une commande de sièges retirant %1 à partir du mois de facturation suivant (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>%1 more than recommended.</source>
        <translation>%1 de plus que recommandé.</translation>
    </message>
</context>
<context>
    <name>seatwise::SeatOrderDialog</name>
    <message>
        <source>right after the order</source>
        <translation>juste après la commande</translation>
    </message>
    <message>
        <source>%1 h after the order</source>
        <translation>%1 h après la commande</translation>
    </message>
    <message>
        <source>%1 min after the order</source>
        <translation>%1 min après la commande</translation>
    </message>
    <message>
        <source>%1 s after the order</source>
        <translation>%1 s après la commande</translation>
    </message>
    <message>
        <source>Seat orders</source>
        <translation>Commandes de sièges</translation>
    </message>
    <message>
        <source>Loading the pool…</source>
        <translation>Chargement du pool…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>&amp;Add seats</source>
        <translation>&amp;Ajouter des sièges</translation>
    </message>
    <message>
        <source>Added seats start after the pool&apos;s activation delay and are charged now, prorated to the rest of the billing month.</source>
        <translation>Les sièges ajoutés démarrent après le délai d’activation du pool et sont facturés immédiatement, au prorata du reste du mois de facturation.</translation>
    </message>
    <message>
        <source>&amp;Remove seats</source>
        <translation>&amp;Retirer des sièges</translation>
    </message>
    <message>
        <source>Removed seats go at the start of the next billing month; nothing is refunded and running sessions are never ended.</source>
        <translation>Les sièges retirés disparaissent au début du mois de facturation suivant ; rien n’est remboursé et les sessions en cours ne sont jamais interrompues.</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> sièges</translation>
    </message>
    <message>
        <source>How many seats to add or remove.</source>
        <translation>Combien de sièges ajouter ou retirer.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre :</translation>
    </message>
    <message>
        <source>&amp;Place order…</source>
        <translation>&amp;Passer la commande…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Show &amp;past orders (in effect or cancelled)</source>
        <translation>Afficher les commandes &amp;passées (en vigueur ou annulées)</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>A&amp;nnuler la commande…</translation>
    </message>
    <message>
        <source>Cancels the selected pending order (Delete).</source>
        <translation>Annule la commande en attente sélectionnée (Suppr).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Lists the pool&apos;s orders again (F5).</source>
        <translation>Liste de nouveau les commandes du pool (F5).</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>There is no gateway to ask.</source>
        <translation>Il n’y a aucune passerelle à interroger.</translation>
    </message>
    <message>
        <source>The pool is gone from the gateway.</source>
        <translation>Le pool n’existe plus sur la passerelle.</translation>
    </message>
    <message>
        <source>The pool&apos;s details are not loaded.</source>
        <translation>Les détails du pool ne sont pas chargés.</translation>
    </message>
    <message>
        <source>Seat orders — %1</source>
        <translation>Commandes de sièges — %1</translation>
    </message>
    <message>
        <source>%1: %2 seats, %3 in use</source>
        <translation>%1 : %2 sièges, %3 utilisés</translation>
    </message>
    <message>
        <source>, %1 on order</source>
        <translation>, %1 commandés</translation>
    </message>
    <message>
        <source>%1 per seat-month; added seats start %2.</source>
        <translation>%1 par siège et par mois ; les sièges ajoutés démarrent %2.</translation>
    </message>
    <message>
        <source>No seat price is set; added seats start %1.</source>
        <translation>Aucun prix par siège n’est défini ; les sièges ajoutés démarrent %1.</translation>
    </message>
    <message>
        <source>Billing time zone: %1.</source>
        <translation>Fuseau horaire de facturation : %1.</translation>
    </message>
    <message>
        <source>Choose how many seats to remove.</source>
        <translation>Choisissez combien de sièges retirer.</translation>
    </message>
    <message>
        <source>Choose how many seats to add.</source>
        <translation>Choisissez combien de sièges ajouter.</translation>
    </message>
    <message>
        <source>Loading the pool&apos;s price and the billing time zone…</source>
        <translation>Chargement du prix du pool et du fuseau horaire de facturation…</translation>
    </message>
    <message>
        <source>The preview needs the pool&apos;s price and the billing time zone.</source>
        <translation>L’aperçu a besoin du prix du pool et du fuseau horaire de facturation.</translation>
    </message>
    <message>
        <source>Waiting for the gateway.</source>
        <translation>En attente de la passerelle.</translation>
    </message>
    <message>
        <source>The pool&apos;s price and the billing time zone are not loaded.</source>
        <translation>Le prix du pool et le fuseau horaire de facturation ne sont pas chargés.</translation>
    </message>
    <message>
        <source>Choose how many seats to add or remove; an order of 0 seats changes nothing.</source>
        <translation>Choisissez combien de sièges ajouter ou retirer ; une commande de 0 siège ne change rien.</translation>
    </message>
    <message>
        <source>The pool will only have %1 seats.</source>
        <translation>Le pool n’aura plus que %1 sièges.</translation>
    </message>
    <message>
        <source>Places the order after you confirm it (Ctrl+Enter).</source>
        <translation>Passe la commande après votre confirmation (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Add %1 to %2?</source>
        <translation>Ajouter %1 à %2 ?</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Retirer %1 de %2 ?</translation>
    </message>
    <message>
        <source>Place seat order</source>
        <translation>Passer une commande de sièges</translation>
    </message>
    <message>
        <source>Order placed: %1 seats, in effect %2; charged %3.</source>
        <translation>Commande passée : %1 sièges, en vigueur %2 ; facturé %3.</translation>
    </message>
    <message>
        <source>Order placed: %1 seats, in effect %2; no charge.</source>
        <translation>Commande passée : %1 sièges, en vigueur %2 ; gratuit.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>retirer %1</translation>
    </message>
    <message>
        <source>Cancel the order to %1, due %2?

The pool&apos;s seats stay as they are.</source>
        <translation>Annuler la commande « %1 », prévue %2 ?

Les sièges du pool restent inchangés.</translation>
    </message>
    <message>
        <source>Cancel seat order</source>
        <translation>Annuler la commande de sièges</translation>
    </message>
    <message>
        <source>Order cancelled: %1 seats.</source>
        <translation>Commande annulée : %1 sièges.</translation>
    </message>
</context>
<context>
    <name>seatwise::SessionActions</name>
    <message>
        <source>Sign Out &amp;Inactive Users</source>
        <translation>Déconnecter les utilisateurs &amp;inactifs</translation>
    </message>
    <message>
        <source>Sign Out &amp;Selected…</source>
        <translation>Déconnecter la &amp;sélection…</translation>
    </message>
    <message>
        <source>Sign Out &amp;All…</source>
        <translation>Déconnecter &amp;tout le monde…</translation>
    </message>
    <message>
        <source>End every inactive session now and free its seat</source>
        <translation>Mettre fin à chaque session inactive maintenant et libérer son siège</translation>
    </message>
    <message>
        <source>End the selected sessions after confirmation</source>
        <translation>Mettre fin aux sessions sélectionnées après confirmation</translation>
    </message>
    <message>
        <source>End every open session after confirmation</source>
        <translation>Mettre fin à chaque session ouverte après confirmation</translation>
    </message>
    <message>
        <source>Sign out this session now?</source>
        <translation>Déconnecter cette session maintenant ?</translation>
    </message>
    <message>
        <source>Sign out these %1 sessions now?</source>
        <translation>Déconnecter ces %1 sessions maintenant ?</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>Their users are signed out and must sign in again.</source>
        <translation>Leurs utilisateurs sont déconnectés et doivent se reconnecter.</translation>
    </message>
    <message>
        <source>Sign Out Selected Sessions</source>
        <translation>Déconnecter les sessions sélectionnées</translation>
    </message>
    <message>
        <source>%1 open sessions are listed now. </source>
        <translation>%1 sessions ouvertes sont actuellement listées. </translation>
    </message>
    <message>
        <source>Sign out EVERY user now?

%1All sessions end at once, except your own admin sessions. Everyone signed in loses their seat and any unsaved work, and must sign in again. This cannot be undone.</source>
        <translation>Déconnecter TOUS les utilisateurs maintenant ?

%1Toutes les sessions prennent fin immédiatement, sauf vos propres sessions d’administrateur. Toute personne connectée perd son siège et son travail non enregistré, et doit se reconnecter. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Sign Out All Users</source>
        <translation>Déconnecter tous les utilisateurs</translation>
    </message>
    <message>
        <source>Signed out 1 inactive user</source>
        <translation>1 utilisateur inactif déconnecté</translation>
    </message>
    <message>
        <source>Signed out %1 inactive users</source>
        <translation>%1 utilisateurs inactifs déconnectés</translation>
    </message>
    <message>
        <source>Signed out 1 session</source>
        <translation>1 session déconnectée</translation>
    </message>
    <message>
        <source>Signed out %1 sessions</source>
        <translation>%1 sessions déconnectées</translation>
    </message>
    <message>
        <source>anonymous session on %1</source>
        <translation>session anonyme sur %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) sur %3</translation>
    </message>
</context>
<context>
    <name>seatwise::SessionTableModel</name>
    <message>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source> (overflow)</source>
        <translation> (débordement)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connecté à</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>seatwise::SummaryPage</name>
    <message>
        <source>&amp;Export result…</source>
        <translation>&amp;Exporter le résultat…</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>The gateway wrote every row of the file.</source>
        <translation>La passerelle a écrit toutes les lignes du fichier.</translation>
    </message>
    <message>
        <source>Save a CSV file listing every applied row and its outcome.</source>
        <translation>Enregistrer un fichier CSV listant chaque ligne appliquée et son résultat.</translation>
    </message>
    <message>
        <source>Rows applied: %1. Each user below now holds a Phone System license with its extension, number and add-ons.</source>
        <translation>Lignes appliquées : %1. Chaque utilisateur ci-dessous détient désormais une licence Phone System avec son poste, son numéro et ses compléments.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <source>The result could not be saved to &quot;%1&quot;: %2</source>
        <translation>Le résultat n’a pas pu être enregistré dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
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
        <translation>Le trousseau n’a pas répondu.</translation>
    </message>
</context>
<context>
    <name>seatwise::TrayNotifier</name>
    <message>
        <source>Seatwise alerts</source>
        <translation>Alertes Seatwise</translation>
    </message>
    <message>
        <source>Seatwise: action needed</source>
        <translation>Seatwise : action requise</translation>
    </message>
    <message>
        <source>Seatwise: seats running out</source>
        <translation>Seatwise : les sièges s’épuisent</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageChartView</name>
    <message>
        <source>Seats in use (peak)</source>
        <translation>Sièges utilisés (pic)</translation>
    </message>
    <message>
        <source>Seats owned</source>
        <translation>Sièges détenus</translation>
    </message>
    <message>
        <source>Denied logins</source>
        <translation>Connexions refusées</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats in use, denied logins: %4</source>
        <translation>%1 : %2 sièges sur %3 utilisés, connexions refusées : %4</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageChartsPanel</name>
    <message>
        <source>The pool to chart; all pools are summed minute by minute</source>
        <translation>Le pool à représenter ; tous les pools sont additionnés minute par minute</translation>
    </message>
    <message>
        <source>All pools</source>
        <translation>Tous les pools</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool :</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>The last 24 hours, minute by minute</source>
        <translation>Les dernières 24 heures, minute par minute</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>The last 7 days, minute by minute</source>
        <translation>Les 7 derniers jours, minute par minute</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>The last 30 days, minute by minute</source>
        <translation>Les 30 derniers jours, minute par minute</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>The last 52 weeks, minute by minute (takes a few seconds)</source>
        <translation>Les 52 dernières semaines, minute par minute (prend quelques secondes)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole period again</source>
        <translation>Afficher de nouveau toute la période</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save every minute of the period as CSV</source>
        <translation>Enregistrer chaque minute de la période en CSV</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag or ←/→: move in time · Ctrl+0: whole period</source>
        <translation>Molette : zoom · glisser ou ←/→ : se déplacer dans le temps · Ctrl+0 : toute la période</translation>
    </message>
    <message>
        <source>Not connected to a gateway.</source>
        <translation>Non connecté à une passerelle.</translation>
    </message>
    <message>
        <source>%1 · %2 seats</source>
        <translation>%1 · %2 sièges</translation>
    </message>
    <message>
        <source>Loading %v of %m weeks…</source>
        <translation>Chargement de %v semaines sur %m…</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Chargement de l’utilisation…</translation>
    </message>
    <message>
        <source>%1 – %2: no usage recorded</source>
        <translation>%1 – %2 : aucune utilisation enregistrée</translation>
    </message>
    <message>
        <source>%1 – %2 · peak %3 of %4 seats in use · denied logins: %5</source>
        <translation>%1 – %2 · pic de %3 sièges sur %4 utilisés · connexions refusées : %5</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Exporter l’utilisation en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageHeatmapWidget</name>
    <message>
        <source>%1 %2: no usage recorded</source>
        <translation>%1 %2 : aucune utilisation enregistrée</translation>
    </message>
    <message>
        <source>%1 %2: peak %3 of %4 seats</source>
        <translation>%1 %2 : pic de %3 sièges sur %4</translation>
    </message>
    <message>
        <source>Peak seats in use by weekday and hour</source>
        <translation>Pic de sièges utilisés par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>Peak seats in use by weekday and hour (%1)</source>
        <translation>Pic de sièges utilisés par jour de la semaine et par heure (%1)</translation>
    </message>
    <message>
        <source>0% of seats in use</source>
        <translation>0 % des sièges utilisés</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>every seat in use</source>
        <translation>tous les sièges utilisés</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
</context>
<context>
    <name>seatwise::ValidationPage</name>
    <message>
        <source>&amp;Validate again</source>
        <translation>&amp;Valider de nouveau</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <source>The gateway checks every row without writing anything. Fix the highlighted cells here (double-click or F2 to edit), then validate again.</source>
        <translation>La passerelle vérifie chaque ligne sans rien écrire. Corrigez ici les cellules en surbrillance (double-cliquez ou appuyez sur F2 pour modifier), puis validez de nouveau.</translation>
    </message>
    <message>
        <source>The file&apos;s rows as they will be sent; red cells have a problem (hover for why).</source>
        <translation>Les lignes du fichier telles qu’elles seront envoyées ; les cellules rouges posent problème (survolez-les pour savoir pourquoi).</translation>
    </message>
    <message>
        <source>Select a problem to jump to its cell.</source>
        <translation>Sélectionnez un problème pour aller à sa cellule.</translation>
    </message>
    <message>
        <source>Send the rows as edited to the gateway for another check (Ctrl+R).</source>
        <translation>Envoyer les lignes modifiées à la passerelle pour une nouvelle vérification (Ctrl+R).</translation>
    </message>
    <message>
        <source>Leave the selected rows out of the import.</source>
        <translation>Exclure les lignes sélectionnées de l’importation.</translation>
    </message>
    <message>
        <source>The console is not connected to a gateway; connect to one and try again.</source>
        <translation>La console n’est connectée à aucune passerelle ; connectez-vous à l’une d’elles et réessayez.</translation>
    </message>
    <message>
        <source>Checking the rows with the gateway…</source>
        <translation>Vérification des lignes auprès de la passerelle…</translation>
    </message>
    <message>
        <source>No rows are left to import.</source>
        <translation>Il ne reste aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Every row is correct (%1 in all). Press Next to preview the changes.</source>
        <translation>Toutes les lignes sont correctes (%1 au total). Cliquez sur Suivant pour voir l’aperçu des modifications.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>Rows with problems: %1. Fix the red cells (or remove those rows), then press Validate again.</source>
        <translation>Lignes posant problème : %1. Corrigez les cellules rouges (ou supprimez ces lignes), puis cliquez de nouveau sur Valider.</translation>
    </message>
    <message>
        <source>Rows changed since the last check. Press Validate again.</source>
        <translation>Des lignes ont changé depuis la dernière vérification. Cliquez de nouveau sur Valider.</translation>
    </message>
</context>
<context>
    <name>seatwise::WeeklyTools</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Import Licenses from CSV…</source>
        <translation>&amp;Importer des licences depuis un CSV…</translation>
    </message>
    <message>
        <source>Assign extensions, numbers and add-ons to many users from a CSV file</source>
        <translation>Attribuer des postes, des numéros et des compléments à de nombreux utilisateurs depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Usage &amp;Report…</source>
        <translation>&amp;Rapport d’utilisation…</translation>
    </message>
    <message>
        <source>Peak, average, denials and utilisation per pool, as CSV or PDF</source>
        <translation>Pic, moyenne, refus et taux d’utilisation par pool, en CSV ou PDF</translation>
    </message>
    <message>
        <source>&amp;Alert Settings…</source>
        <translation>Paramètres des &amp;alertes…</translation>
    </message>
    <message>
        <source>Thresholds per pool, the pay-per-use minimum and tray notifications</source>
        <translation>Seuils par pool, minimum de paiement à l’usage et notifications dans la zone de notification</translation>
    </message>
    <message>
        <source>Usage &amp;Charts</source>
        <translation>&amp;Graphiques d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planification</translation>
    </message>
</context>
<context>
    <name>seatwise::WireText</name>
    <message>
        <source>Agent seats</source>
        <translation>Sièges d’agents</translation>
    </message>
    <message>
        <source>Admin seats</source>
        <translation>Sièges d’administrateurs</translation>
    </message>
    <message>
        <source>Base license</source>
        <translation>Licence de base</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Complément</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>Simultané</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nominatif</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Limited admin</source>
        <translation>Administrateur limité</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>En cours d’arrêt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
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
        <translation>d MMM</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
</TS>
