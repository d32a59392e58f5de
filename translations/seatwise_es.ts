<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Gateways</source>
        <translation>Pasarelas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Oficina central</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Used once to sign in; never stored</source>
        <translation>Se usa una vez para iniciar sesión; nunca se guarda</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Save gateway</source>
        <translation>&amp;Guardar pasarela</translation>
    </message>
</context>
<context>
    <name>LicensesPanel</name>
    <message>
        <source>License &amp;type:</source>
        <translation>&amp;Tipo de licencia:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Login or name</source>
        <translation>Usuario o nombre</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>E&amp;xtensión:</translation>
    </message>
    <message>
        <source>Starts with…</source>
        <translation>Empieza por…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>A&amp;signar…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>&amp;Reasignar…</translation>
    </message>
    <message>
        <source>U&amp;nassign</source>
        <translation>&amp;Desasignar</translation>
    </message>
    <message>
        <source>&amp;Manage add-ons…</source>
        <translation>&amp;Gestionar complementos…</translation>
    </message>
    <message>
        <source>Add-ons of the selected license:</source>
        <translation>Complementos de la licencia seleccionada:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>License &amp;Usage</source>
        <translation>&amp;Uso de licencias</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Filter by user, device, pool or state</source>
        <translation>Filtrar por usuario, dispositivo, pool o estado</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Solo inactivas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Reload pools and sessions from the gateway</source>
        <translation>Volver a cargar los pools y las sesiones desde la pasarela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Seatwise</source>
        <translation>&amp;Acerca de Seatwise</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertBanner</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>List every active alert with the time it was raised</source>
        <translation>Mostrar todas las alertas activas con la hora en que se produjeron</translation>
    </message>
    <message>
        <source>Hide these alerts; the bar comes back when a new alert is raised or one clears and comes back</source>
        <translation>Ocultar estas alertas; la barra vuelve cuando se produce una alerta nueva o una desaparece y vuelve</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 más)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Active alerts: %1. Details lists them all.</source>
        <translation>Alertas activas: %1. «Detalles» las muestra todas.</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertRules</name>
    <message>
        <source>%1: %2 of %3 seats in use (%4 %), at or over the %5 % alert threshold.</source>
        <translation>%1: %2 de %3 puestos en uso (%4 %), en el umbral de alerta del %5 % o por encima.</translation>
    </message>
    <message>
        <source>%1: logins refused for want of a free seat, %2 since %3.</source>
        <translation>%1: inicios de sesión rechazados por falta de puesto libre, %2 desde %3.</translation>
    </message>
    <message>
        <source>No pay-per-use minutes left: overflow logins are refused once the pools are full.</source>
        <translation>No quedan minutos de pago por uso: los inicios de sesión de desbordamiento se rechazan en cuanto los pools están llenos.</translation>
    </message>
    <message>
        <source>Pay-per-use minutes are low: %1 left, below the minimum of %2.</source>
        <translation>Quedan pocos minutos de pago por uso: %1, por debajo del mínimo de %2.</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertSettingsDialog</name>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Mostrar notificaciones de &amp;escritorio</translation>
    </message>
    <message>
        <source>Alert Settings</source>
        <translation>Configuración de alertas</translation>
    </message>
    <message>
        <source>Alert when a pool&apos;s seats in use reach its threshold. The alert clears once usage is 5 points below it.</source>
        <translation>Avisar cuando los puestos en uso de un pool alcanzan su umbral. La alerta desaparece cuando el uso baja 5 puntos por debajo.</translation>
    </message>
    <message>
        <source>Double-click a threshold or press F2 to change it</source>
        <translation>Haga doble clic en un umbral o pulse F2 para cambiarlo</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Alert when fewer pay-per-use minutes than this are left for overflow sessions; 0 turns the alert off</source>
        <translation>Avisar cuando queden menos minutos de pago por uso que estos para sesiones de desbordamiento; 0 desactiva la alerta</translation>
    </message>
    <message>
        <source>Also announce each new alert with a desktop notification</source>
        <translation>Anunciar también cada alerta nueva con una notificación de escritorio</translation>
    </message>
    <message>
        <source>This desktop has no system tray: alerts show in the banner only</source>
        <translation>Este escritorio no tiene bandeja del sistema: las alertas solo aparecen en la barra</translation>
    </message>
    <message>
        <source>&amp;Pay-per-use minimum:</source>
        <translation>Mínimo de &amp;pago por uso:</translation>
    </message>
    <message>
        <source>Every pool at %1 %, pay-per-use minimum %2 minutes, notifications on</source>
        <translation>Cada pool al %1 %, mínimo de pago por uso %2 minutos, notificaciones activadas</translation>
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
        <translation>Avisar cuando %1 de %2 puestos estén en uso (doble clic o F2 para cambiarlo)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation>Avisar al</translation>
    </message>
</context>
<context>
    <name>seatwise::ApplyPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>The gateway assigns every row in one go: all of them, or none.</source>
        <translation>La pasarela asigna todas las filas de una vez: todas o ninguna.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Upload of the file, then the gateway&apos;s work</source>
        <translation>Envío del archivo y, después, el trabajo de la pasarela</translation>
    </message>
    <message>
        <source>The file is already with the gateway, so the import cannot be cancelled any more. The gateway writes all rows or none; this window closes only after its answer.</source>
        <translation>El archivo ya está en la pasarela, así que la importación ya no se puede cancelar. La pasarela escribe todas las filas o ninguna; esta ventana se cierra solo tras su respuesta.</translation>
    </message>
    <message>
        <source>Send the file again. Rows already written are refused as duplicates, so nothing is assigned twice.</source>
        <translation>Enviar de nuevo el archivo. Las filas ya escritas se rechazan como duplicadas, así que nada se asigna dos veces.</translation>
    </message>
    <message>
        <source>The gateway is assigning the licenses…</source>
        <translation>La pasarela está asignando las licencias…</translation>
    </message>
    <message>
        <source>The console is not connected to a gateway; nothing was written.</source>
        <translation>La consola no está conectada a ninguna pasarela; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Sending the file (%1 rows) to the gateway…</source>
        <translation>Enviando el archivo (%1 filas) a la pasarela…</translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation>La importación no ha terminado.</translation>
    </message>
    <message>
        <source>Check the Licenses view before trying again.</source>
        <translation>Revise la vista Licencias antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The gateway refused the file; nothing was written.</source>
        <translation>La pasarela ha rechazado el archivo; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>seatwise::AssignLicenseDialog</name>
    <message>
        <source>Assign License</source>
        <translation>Asignar licencia</translation>
    </message>
    <message>
        <source>Reassign License</source>
        <translation>Reasignar licencia</translation>
    </message>
    <message>
        <source>1 to 8 digits, optional</source>
        <translation>De 1 a 8 dígitos, opcional</translation>
    </message>
    <message>
        <source>7 to 15 digits, optional leading +</source>
        <translation>De 7 a 15 dígitos, + inicial opcional</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Extensión:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>The license moves from %1 with its extension, number and add-ons.</source>
        <translation>La licencia pasa de %1 con su extensión, número y complementos.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Elija un usuario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An extension has 1 to 8 digits.</source>
        <translation>Una extensión tiene de 1 a 8 dígitos.</translation>
    </message>
    <message>
        <source>A number has 7 to 15 digits, with an optional leading +.</source>
        <translation>Un número tiene de 7 a 15 dígitos, con un + inicial opcional.</translation>
    </message>
</context>
<context>
    <name>seatwise::CacheSchema</name>
    <message>
        <source>cannot read the cache&apos;s schema version: %1</source>
        <translation>no se puede leer la versión del esquema de la caché: %1</translation>
    </message>
    <message>
        <source>the cache was written by a newer console (schema %1, this one knows %2)</source>
        <translation>la caché la escribió una consola más reciente (esquema %1; esta conoce el %2)</translation>
    </message>
</context>
<context>
    <name>seatwise::ColumnMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Relacionar las columnas</translation>
    </message>
    <message>
        <source>The file&apos;s header differs from Ext key,Number,User,Addon license 1,… Choose which of its columns holds each value; the choice is remembered for files like this.</source>
        <translation>El encabezado del archivo difiere de Ext key,Number,User,Addon license 1,… Elija qué columna contiene cada valor; la elección se recuerda para archivos similares.</translation>
    </message>
    <message>
        <source>The column with each row&apos;s extension (1 to 8 digits).</source>
        <translation>La columna con la extensión de cada fila (de 1 a 8 dígitos).</translation>
    </message>
    <message>
        <source>The column with each row&apos;s phone number (DID).</source>
        <translation>La columna con el número de teléfono (DID) de cada fila.</translation>
    </message>
    <message>
        <source>The column with the login or the display name of the user.</source>
        <translation>La columna con el usuario o el nombre visible del usuario.</translation>
    </message>
    <message>
        <source>Tick the columns that hold add-on codes; columns left unticked are ignored.</source>
        <translation>Marque las columnas que contienen códigos de complementos; las columnas sin marcar se ignoran.</translation>
    </message>
    <message>
        <source>&amp;Ext key:</source>
        <translation>&amp;Ext key:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Add-on columns:</source>
        <translation>Columnas de &amp;complementos:</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Elija una columna</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (p. ej., %2)</translation>
    </message>
    <message>
        <source>Choose a column for Ext key, Number and User.</source>
        <translation>Elija una columna para Ext key, Number y User.</translation>
    </message>
    <message>
        <source>Each column can hold only one of Ext key, Number, User or add-ons.</source>
        <translation>Cada columna solo puede contener uno de Ext key, Number, User o complementos.</translation>
    </message>
</context>
<context>
    <name>seatwise::CommandLine</name>
    <message>
        <source>Seatwise console: live seat pools and sessions of a license gateway.</source>
        <translation>Consola de Seatwise: pools de puestos y sesiones de una pasarela de licencias, en directo.</translation>
    </message>
    <message>
        <source>Seed demo pools and users and run simulated agents in the embedded gateway.</source>
        <translation>Crear pools y usuarios de demostración y ejecutar agentes simulados en la pasarela integrada.</translation>
    </message>
    <message>
        <source>Port of the embedded gateway on 127.0.0.1 (0: any free port).</source>
        <translation>Puerto de la pasarela integrada en 127.0.0.1 (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Folder for the embedded gateway&apos;s database and token.</source>
        <translation>Carpeta para la base de datos y el token de la pasarela integrada.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>--gateway-port needs a number from 0 to 65535.
</source>
        <translation>--gateway-port necesita un número de 0 a 65535.</translation>
    </message>
</context>
<context>
    <name>seatwise::ConnectionsDialog</name>
    <message>
        <source>New gateway</source>
        <translation>Nueva pasarela</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation>Quitar pasarela</translation>
    </message>
    <message>
        <source>Remove the gateway &quot;%1&quot; (%2) and forget its token?</source>
        <translation>¿Quitar la pasarela «%1» (%2) y olvidar su token?</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: tokens are kept in memory for this run only, and the console will ask for the password again next time.</source>
        <translation>El llavero del sistema no está disponible: los tokens se guardan en memoria solo durante esta ejecución y la consola volverá a pedir la contraseña la próxima vez.</translation>
    </message>
    <message>
        <source>Give the gateway a name.</source>
        <translation>Dé un nombre a la pasarela.</translation>
    </message>
    <message>
        <source>Enter the login to sign in with.</source>
        <translation>Introduzca el usuario con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>Enter the password to sign in.</source>
        <translation>Introduzca la contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Connected: signed in as %1.</source>
        <translation>Conectado: sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>¿Confiar en este certificado?</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not signed by an authority this computer trusts (%1).

SHA-256 fingerprint:
%2

Trust it only if it is the fingerprint the gateway&apos;s operator gives you (seatwised prints it when it starts). Trust this certificate for this gateway?</source>
        <translation>El certificado de la pasarela no está firmado por una autoridad en la que confíe este equipo (%1).

Huella SHA-256:
%2

Confíe en él solo si es la huella que le da el operador de la pasarela (seatwised la muestra al iniciarse). ¿Confiar en este certificado para esta pasarela?</translation>
    </message>
</context>
<context>
    <name>seatwise::ConsoleCache</name>
    <message>
        <source>Cannot create the folder of the cache %1.</source>
        <translation>No se puede crear la carpeta de la caché %1.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>No se puede abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the cache %1: %2</source>
        <translation>No se puede usar la caché %1: %2</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>La caché no está abierta.</translation>
    </message>
</context>
<context>
    <name>seatwise::ConsoleStartup</name>
    <message>
        <source>Starting the embedded gateway…</source>
        <translation>Iniciando la pasarela integrada…</translation>
    </message>
    <message>
        <source>The embedded gateway did not start: %1</source>
        <translation>La pasarela integrada no se ha iniciado: %1</translation>
    </message>
    <message>
        <source>Gateway listening at %1</source>
        <translation>Pasarela escuchando en %1</translation>
    </message>
    <message>
        <source>Seeding demo data…</source>
        <translation>Creando datos de demostración…</translation>
    </message>
    <message>
        <source>Demo data could not be seeded: %1</source>
        <translation>No se han podido crear los datos de demostración: %1</translation>
    </message>
    <message>
        <source>Writing a year of demo usage history…</source>
        <translation>Escribiendo un año de historial de uso de demostración…</translation>
    </message>
    <message>
        <source>Demo running: simulated agents are logged in.</source>
        <translation>Demostración en marcha: los agentes simulados han iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>seatwise::ErrorText</name>
    <message>
        <source>The gateway cannot be reached (%1).</source>
        <translation>No se puede contactar con la pasarela (%1).</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>La pasarela no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>The gateway sent an answer the console does not understand: %1</source>
        <translation>La pasarela ha enviado una respuesta que la consola no entiende: %1</translation>
    </message>
    <message>
        <source>The gateway refused the console&apos;s token. Sign in again.</source>
        <translation>La pasarela ha rechazado el token de la consola. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this gateway.</source>
        <translation>No tiene permiso para hacer eso en esta pasarela.</translation>
    </message>
    <message>
        <source>No seat is free in that pool.</source>
        <translation>No hay ningún puesto libre en ese pool.</translation>
    </message>
    <message>
        <source>The gateway answered with error %1 (%2).</source>
        <translation>La pasarela ha respondido con el error %1 (%2).</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not trusted. Open Gateways… and test the connection to check and trust it.</source>
        <translation>El certificado de la pasarela no es de confianza. Abra Pasarelas… y pruebe la conexión para comprobarlo y confiar en él.</translation>
    </message>
</context>
<context>
    <name>seatwise::GatewayProfiles</name>
    <message>
        <source>This computer (embedded)</source>
        <translation>Este equipo (integrada)</translation>
    </message>
</context>
<context>
    <name>seatwise::GatewayUrl</name>
    <message>
        <source>Enter the gateway&apos;s address, e.g. http://127.0.0.1:8640.</source>
        <translation>Introduzca la dirección de la pasarela, p. ej., http://127.0.0.1:8640.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Esta dirección no es válida.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>La dirección debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The address needs a host name or IP address.</source>
        <translation>La dirección necesita un nombre de host o una dirección IP.</translation>
    </message>
    <message>
        <source>The address needs a port, e.g. :8640.</source>
        <translation>La dirección necesita un puerto, p. ej., :8640.</translation>
    </message>
    <message>
        <source>The address may not carry a user, a query or a fragment.</source>
        <translation>La dirección no puede incluir usuario, consulta ni fragmento.</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportErrorsModel</name>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(fila completa)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save sample file…</source>
        <translation>&amp;Guardar archivo de ejemplo…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elija un archivo CSV</translation>
    </message>
    <message>
        <source>Each row gives a user a Phone System license with its extension, number and add-ons. Nothing is written until you press Apply at the end.</source>
        <translation>Cada fila da a un usuario una licencia Phone System con su extensión, número y complementos. No se escribe nada hasta que pulse Aplicar al final.</translation>
    </message>
    <message>
        <source>The file starts with the header &lt;b&gt;Ext key,Number,User,Addon license 1,…&lt;/b&gt; (any number of add-on columns; rows may leave trailing add-ons out). Files with other column names can be matched up on the next page.</source>
        <translation>El archivo empieza con el encabezado &lt;b&gt;Ext key,Number,User,Addon license 1,…&lt;/b&gt; (cualquier número de columnas de complementos; las filas pueden omitir los últimos complementos). Los archivos con otros nombres de columna se pueden relacionar en la página siguiente.</translation>
    </message>
    <message>
        <source>Save a small CSV file with the expected header and two example rows, to fill in with a spreadsheet or a text editor.</source>
        <translation>Guardar un pequeño archivo CSV con el encabezado esperado y dos filas de ejemplo, para rellenarlo con una hoja de cálculo o un editor de texto.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Ruta de un archivo .csv</translation>
    </message>
    <message>
        <source>The CSV file to import; type its path or press Browse.</source>
        <translation>El archivo CSV que se va a importar; escriba su ruta o pulse Examinar.</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Elija el archivo CSV que se va a importar.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Sample File</source>
        <translation>Guardar archivo de ejemplo</translation>
    </message>
    <message>
        <source>The sample file could not be saved to &quot;%1&quot;: %2</source>
        <translation>No se ha podido guardar el archivo de ejemplo en «%1»: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; choose a CSV file.</source>
        <translation>«%1» es una carpeta; elija un archivo CSV.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el archivo «%1»: %2</translation>
    </message>
    <message>
        <source>Line %1 of the file cannot be read: %2</source>
        <translation>No se puede leer la línea %1 del archivo: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. Save the sample file to see what it should hold.</source>
        <translation>El archivo «%1» está vacío. Guarde el archivo de ejemplo para ver qué debe contener.</translation>
    </message>
    <message>
        <source>The file&apos;s columns are separated by semicolons; save it as comma-separated CSV.</source>
        <translation>Las columnas del archivo están separadas por punto y coma; guárdelo como CSV separado por comas.</translation>
    </message>
    <message>
        <source>The file has a header but no rows; add one row per extension.</source>
        <translation>El archivo tiene encabezado pero ninguna fila; añada una fila por extensión.</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportRowsModel</name>
    <message>
        <source>Changed: press Validate again to check it.</source>
        <translation>Modificada: pulse Validar de nuevo para comprobarla.</translation>
    </message>
    <message>
        <source>Extra %1</source>
        <translation>Adicional %1</translation>
    </message>
    <message>
        <source>The file has more values in this row than columns in its header; clear them or remove the row.</source>
        <translation>El archivo tiene en esta fila más valores que columnas en su encabezado; bórrelos o quite la fila.</translation>
    </message>
    <message>
        <source>Row %1 of the file&apos;s data</source>
        <translation>Fila %1 de los datos del archivo</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportWizard</name>
    <message>
        <source>Import Extensions from CSV</source>
        <translation>Importar extensiones desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The gateway refused the file when applying it, and wrote nothing (the licenses changed since the check).</source>
        <translation>La pasarela rechazó el archivo al aplicarlo y no escribió nada (las licencias cambiaron desde la comprobación).</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>You edited rows of the file. Close the import and lose the changes? Nothing has been written to the gateway.</source>
        <translation>Ha editado filas del archivo. ¿Cerrar la importación y perder los cambios? No se ha escrito nada en la pasarela.</translation>
    </message>
</context>
<context>
    <name>seatwise::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Follow the language of the desktop session</source>
        <translation>Seguir el idioma de la sesión de escritorio</translation>
    </message>
    <message>
        <source>The console follows the system language from its next start.</source>
        <translation>La consola seguirá el idioma del sistema a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The console shows %1 from its next start.</source>
        <translation>La consola se mostrará en %1 a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>seatwise::LicenseTableModel</name>
    <message>
        <source>Login: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>License %1</source>
        <translation>Licencia %1</translation>
    </message>
    <message>
        <source>License type</source>
        <translation>Tipo de licencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Complementos</translation>
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
        <translation>Grupo de llamadas</translation>
    </message>
    <message>
        <source>Auto Attendant</source>
        <translation>Operadora automática</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Desarrollador</translation>
    </message>
    <message>
        <source>Call Recording</source>
        <translation>Grabación de llamadas</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>DNC</source>
        <translation>DNC</translation>
    </message>
    <message>
        <source>IP Phone</source>
        <translation>Teléfono IP</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Web Phone</source>
        <translation>Teléfono web</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Team Chat</source>
        <translation>Chat de equipo</translation>
    </message>
    <message>
        <source>Unlimited Call Recording Storage</source>
        <translation>Almacenamiento ilimitado de grabaciones de llamadas</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindida</translation>
    </message>
</context>
<context>
    <name>seatwise::LicensesPanel</name>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Select a license to see its add-ons.</source>
        <translation>Seleccione una licencia para ver sus complementos.</translation>
    </message>
    <message>
        <source>Add-ons of the selected license:</source>
        <translation>Complementos de la licencia seleccionada:</translation>
    </message>
    <message>
        <source>No add-ons on the selected license.</source>
        <translation>La licencia seleccionada no tiene complementos.</translation>
    </message>
    <message>
        <source>%1: %2 assigned of %3, %4 available</source>
        <translation>%1: %2 asignadas de %3, %4 disponibles</translation>
    </message>
    <message>
        <source>No named license pools.</source>
        <translation>No hay pools de licencias nominales.</translation>
    </message>
    <message>
        <source>Take this license from %1? Its add-ons stay with the license.</source>
        <translation>¿Quitar esta licencia a %1? Sus complementos siguen con la licencia.</translation>
    </message>
    <message>
        <source>Take this license from %1? Extension %2 and its number are cleared; the add-ons stay with the license.</source>
        <translation>¿Quitar esta licencia a %1? Se borran la extensión %2 y su número; los complementos siguen con la licencia.</translation>
    </message>
    <message>
        <source>Unassign License</source>
        <translation>Desasignar licencia</translation>
    </message>
</context>
<context>
    <name>seatwise::LimitedAdminBanner</name>
    <message>
        <source>Limited admin mode: no admin license is free. Only License Usage is available until one frees up.</source>
        <translation>Modo de administración limitado: no hay ninguna licencia de administrador libre. Solo está disponible Uso de licencias hasta que se libere una.</translation>
    </message>
    <message>
        <source>Every admin license of this gateway is in use by another console. The console tries again every few seconds and switches to full admin mode as soon as one is free; you can also ask another manager to log out.</source>
        <translation>Todas las licencias de administrador de esta pasarela están en uso por otra consola. La consola lo reintenta cada pocos segundos y pasa al modo de administración completo en cuanto queda una libre; también puede pedir a otro responsable que cierre sesión.</translation>
    </message>
    <message>
        <source>Limited admin mode</source>
        <translation>Modo de administración limitado</translation>
    </message>
</context>
<context>
    <name>seatwise::MainWindow</name>
    <message>
        <source>&amp;Gateways…</source>
        <translation>&amp;Pasarelas…</translation>
    </message>
    <message>
        <source>Add, edit or switch the gateways this console manages</source>
        <translation>Añadir, editar o cambiar las pasarelas que gestiona esta consola</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Licencias</translation>
    </message>
    <message>
        <source>The local cache cannot be opened (%1); working without it.</source>
        <translation>No se puede abrir la caché local (%1); se trabaja sin ella.</translation>
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
        <translation>Puestos en uso: %1 de %2</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sesiones: %1</translation>
    </message>
    <message>
        <source>Inactive: %1</source>
        <translation>Inactivas: %1</translation>
    </message>
    <message>
        <source>Sessions (%1 inactive, highlighted)</source>
        <translation>Sesiones (%1 inactivas, resaltadas)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Conectando…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En directo</translation>
    </message>
    <message>
        <source>● Connected (no live events)</source>
        <translation>● Conectado (sin eventos en directo)</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open Gateways… and test the connection with your password.</source>
        <translation>No hay inicio de sesión guardado para %1: abra Pasarelas… y pruebe la conexión con su contraseña.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● Reconectando…</translation>
    </message>
    <message>
        <source>● Offline — showing the state of %1</source>
        <translation>● Sin conexión — se muestra el estado de %1</translation>
    </message>
    <message>
        <source>About Seatwise</source>
        <translation>Acerca de Seatwise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seatwise %1&lt;/b&gt;&lt;p&gt;Concurrent and named seat licenses: live pools and sessions, one-click sign-out of inactive users.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Seatwise %1&lt;/b&gt;&lt;p&gt;Licencias por puesto concurrentes y nominales: pools y sesiones en directo, cierre de sesión de usuarios inactivos con un clic.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>seatwise::ManageAddonsDialog</name>
    <message>
        <source>Manage Add-ons</source>
        <translation>Gestionar complementos</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>Add-ons of the license held by %1 (%2). Check an add-on to attach it, clear it to remove it.</source>
        <translation>Complementos de la licencia de %1 (%2). Marque un complemento para añadirlo y desmárquelo para quitarlo.</translation>
    </message>
    <message>
        <source>%1 — attached</source>
        <translation>%1 — añadido</translation>
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
        <translation>%1 — ninguno libre</translation>
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
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>No charge</source>
        <translation>Sin coste</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Charged when the order was placed, prorated to the rest of the billing month.</source>
        <translation>Se cobra al hacer el pedido, prorrateado al resto del mes de facturación.</translation>
    </message>
    <message>
        <source>Removals take effect at the start of the next billing month.</source>
        <translation>Las retiradas entran en vigor al inicio del siguiente mes de facturación.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Effective at</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>seatwise::PlanningText</name>
    <message>
        <source>right away</source>
        <translation>de inmediato</translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation>en menos de un minuto</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>en 1 minuto</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>en %1 minutos</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>en %1 horas</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>en %1 días</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 seat</source>
        <translation>1 puesto</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 puestos</translation>
    </message>
    <message>
        <source>highest daily peak</source>
        <translation>pico diario más alto</translation>
    </message>
    <message>
        <source>95th percentile of daily peaks</source>
        <translation>percentil 95 de los picos diarios</translation>
    </message>
    <message>
        <source>99th percentile of daily peaks</source>
        <translation>percentil 99 de los picos diarios</translation>
    </message>
    <message>
        <source>no usage yet</source>
        <translation>aún sin uso</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 aquí)</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Takes effect on %1 at %2 (%3).</source>
        <translation>Entra en vigor el %1 a las %2 (%3).</translation>
    </message>
    <message>
        <source>That is %1 here.</source>
        <translation>Son las %1 aquí.</translation>
    </message>
    <message>
        <source>No charge; running sessions are never ended.</source>
        <translation>Sin coste; las sesiones en curso nunca se terminan.</translation>
    </message>
    <message>
        <source>Removals wait for the next billing month. Until in-use drops below the new count, new logins wait; nobody is signed out.</source>
        <translation>Las retiradas esperan al siguiente mes de facturación. Hasta que el uso baje del nuevo número, los nuevos inicios de sesión esperan; no se cierra la sesión de nadie.</translation>
    </message>
    <message>
        <source>Takes effect %1 (%2).</source>
        <translation>Entra en vigor %1 (%2).</translation>
    </message>
    <message>
        <source>No charge: the pool has no seat price.</source>
        <translation>Sin coste: el pool no tiene precio por puesto.</translation>
    </message>
    <message>
        <source>Charged now: %1 for the last day of %2.</source>
        <translation>Se cobra ahora: %1 por el último día de %2.</translation>
    </message>
    <message>
        <source>Charged now: %1 for %2 remaining days of %3.</source>
        <translation>Se cobra ahora: %1 por los %2 días restantes de %3.</translation>
    </message>
    <message>
        <source>%1 per seat-month × %2 × %3/%4 days (today included, in %5), rounded down to the cent.</source>
        <translation>%1 por puesto y mes × %2 × %3/%4 días (hoy incluido, en %5), redondeado a la baja al céntimo.</translation>
    </message>
</context>
<context>
    <name>seatwise::PoolTableModel</name>
    <message>
        <source>%1 of %2 seats in use</source>
        <translation>%1 de %2 puestos en uso</translation>
    </message>
    <message>
        <source>Seat orders placed but not yet in effect: %1</source>
        <translation>Pedidos de puestos hechos pero aún no en vigor: %1</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Pedidos pendientes</translation>
    </message>
    <message>
        <source>Idle after</source>
        <translation>Inactivo tras</translation>
    </message>
</context>
<context>
    <name>seatwise::PreviewPage</name>
    <message>
        <source>Preview the changes</source>
        <translation>Vista previa de los cambios</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Apply assigns every row at once, or none if the gateway finds a problem.</source>
        <translation>Todavía no se ha escrito nada. Aplicar asigna todas las filas a la vez, o ninguna si la pasarela encuentra un problema.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Complementos</translation>
    </message>
    <message>
        <source>Extensions to assign: %1, each with a Phone System license, its number and add-ons.</source>
        <translation>Extensiones que se van a asignar: %1, cada una con una licencia Phone System, su número y complementos.</translation>
    </message>
</context>
<context>
    <name>seatwise::ReportDialog</name>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguno</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>C&amp;reate Report</source>
        <translation>C&amp;rear informe</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Usage Report</source>
        <translation>Informe de uso</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>The pools in the report; Space ticks or clears the current one</source>
        <translation>Los pools del informe; Espacio marca o desmarca el actual</translation>
    </message>
    <message>
        <source>Include every pool</source>
        <translation>Incluir todos los pools</translation>
    </message>
    <message>
        <source>Include no pool, to pick a few</source>
        <translation>No incluir ningún pool, para elegir algunos</translation>
    </message>
    <message>
        <source>Today and This month run up to now; custom dates cover whole days</source>
        <translation>Hoy y Este mes llegan hasta ahora; las fechas personalizadas abarcan días completos</translation>
    </message>
    <message>
        <source>First day of the report, from midnight</source>
        <translation>Primer día del informe, desde la medianoche</translation>
    </message>
    <message>
        <source>Last day of the report, up to the following midnight</source>
        <translation>Último día del informe, hasta la medianoche siguiente</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <source>PDF (to read or print)</source>
        <translation>PDF (para leer o imprimir)</translation>
    </message>
    <message>
        <source>Where the report is saved; an existing file is replaced</source>
        <translation>Dónde se guarda el informe; un archivo existente se sustituye</translation>
    </message>
    <message>
        <source>Choose the file (Ctrl+S)</source>
        <translation>Elegir el archivo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fetch the usage and save the report (Ctrl+Enter)</source>
        <translation>Obtener el uso y guardar el informe (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Stop fetching; no file is written</source>
        <translation>Detener la obtención; no se escribe ningún archivo</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Loading pools…</source>
        <translation>Cargando pools…</translation>
    </message>
    <message>
        <source>Could not list the pools: %1</source>
        <translation>No se han podido listar los pools: %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Puestos: %1</translation>
    </message>
    <message>
        <source>Save Usage Report</source>
        <translation>Guardar informe de uso</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Not connected to a gateway.</source>
        <translation>No hay conexión con ninguna pasarela.</translation>
    </message>
    <message>
        <source>Choose at least one pool.</source>
        <translation>Elija al menos un pool.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>El primer día no puede ser posterior al último.</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>Elija un archivo en el que guardar el informe.</translation>
    </message>
    <message>
        <source>Reading the usage of %1…</source>
        <translation>Leyendo el uso de %1…</translation>
    </message>
    <message>
        <source>Stopped; no report was written.</source>
        <translation>Detenido; no se ha escrito ningún informe.</translation>
    </message>
    <message>
        <source>Could not read the usage of %1: %2</source>
        <translation>No se ha podido leer el uso de %1: %2</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Informe guardado en %1</translation>
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
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
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
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Seat usage report</source>
        <translation>Informe de uso de puestos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Minutes full</source>
        <translation>Minutos llenos</translation>
    </message>
    <message>
        <source>Peak and average count seats in use per minute; the average covers the minutes the gateway recorded in the period (%1). Seats are the most owned at any minute; utilisation is the average over them. Minutes full: minutes with every seat in use. The total adds all pools up minute by minute.</source>
        <translation>El pico y la media cuentan los puestos en uso por minuto; la media abarca los minutos que la pasarela registró en el periodo (%1). Los puestos son el máximo disponible en cualquier minuto; la utilización es la media sobre ellos. Minutos llenos: minutos con todos los puestos en uso. El total suma todos los pools minuto a minuto.</translation>
    </message>
    <message>
        <source>Could not make the PDF document.</source>
        <translation>No se ha podido crear el documento PDF.</translation>
    </message>
</context>
<context>
    <name>seatwise::RightSizingPanel</name>
    <message>
        <source>Choose a pool.</source>
        <translation>Elija un pool.</translation>
    </message>
    <message>
        <source>The pool to size.</source>
        <translation>El pool que se va a dimensionar.</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>P&amp;ool:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Lists the pools and asks the gateway again (F5).</source>
        <translation>Lista los pools y vuelve a consultar la pasarela (F5).</translation>
    </message>
    <message>
        <source>Order seats…</source>
        <translation>Pedir puestos…</translation>
    </message>
    <message>
        <source>Seat &amp;orders…</source>
        <translation>Pedidos de &amp;puestos…</translation>
    </message>
    <message>
        <source>Lists, places and cancels the pool&apos;s seat orders.</source>
        <translation>Lista, hace y cancela los pedidos de puestos del pool.</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Y si…</translation>
    </message>
    <message>
        <source>95th percentile of daily peaks</source>
        <translation>percentil 95 de los picos diarios</translation>
    </message>
    <message>
        <source>99th percentile of daily peaks</source>
        <translation>percentil 99 de los picos diarios</translation>
    </message>
    <message>
        <source>Highest daily peak</source>
        <translation>Pico diario más alto</translation>
    </message>
    <message>
        <source>Which daily peak to plan for: percentiles ignore the rare busiest days.</source>
        <translation>Para qué pico diario planificar: los percentiles ignoran los raros días de más actividad.</translation>
    </message>
    <message>
        <source>&amp;Peak:</source>
        <translation>&amp;Pico:</translation>
    </message>
    <message>
        <source>Head-room above the peak for unexpected days: 10 to 20 %.</source>
        <translation>Margen sobre el pico para días imprevistos: del 10 al 20 %.</translation>
    </message>
    <message>
        <source>&amp;Buffer:</source>
        <translation>&amp;Margen:</translation>
    </message>
    <message>
        <source>&amp;6 months</source>
        <translation>&amp;6 meses</translation>
    </message>
    <message>
        <source>&amp;12 months</source>
        <translation>&amp;12 meses</translation>
    </message>
    <message>
        <source>How far ahead to project the trend of the daily peaks.</source>
        <translation>Hasta dónde proyectar la tendencia de los picos diarios.</translation>
    </message>
    <message>
        <source>Growth over:</source>
        <translation>Crecimiento en:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>How much usage history to look at, up to 400 days.</source>
        <translation>Cuánto historial de uso examinar, hasta 400 días.</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Peak:</source>
        <translation>Pico:</translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation>Margen:</translation>
    </message>
    <message>
        <source>Growth:</source>
        <translation>Crecimiento:</translation>
    </message>
    <message>
        <source>Denials:</source>
        <translation>Rechazos:</translation>
    </message>
    <message>
        <source>Utilisation:</source>
        <translation>Utilización:</translation>
    </message>
    <message>
        <source>Idle seat-hours:</source>
        <translation>Horas-puesto inactivas:</translation>
    </message>
    <message>
        <source>Busiest hours:</source>
        <translation>Horas de más actividad:</translation>
    </message>
    <message>
        <source>Days with data:</source>
        <translation>Días con datos:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Consultando la pasarela…</translation>
    </message>
    <message>
        <source>There is no gateway to ask.</source>
        <translation>No hay ninguna pasarela a la que consultar.</translation>
    </message>
    <message>
        <source>There are no pools to size yet.</source>
        <translation>Todavía no hay pools que dimensionar.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>The numbers below may be out of date.</source>
        <translation>Puede que las cifras de abajo no estén actualizadas.</translation>
    </message>
    <message>
        <source>Recommended: …</source>
        <translation>Recomendado: …</translation>
    </message>
    <message>
        <source>Recommended: %1 (you own %2)</source>
        <translation>Recomendado: %1 (tiene %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>+%1 over %2 months</source>
        <translation>+%1 en %2 meses</translation>
    </message>
    <message>
        <source>none over %1 months</source>
        <translation>ninguno en %1 meses</translation>
    </message>
    <message>
        <source>1 login refused for lack of a seat</source>
        <translation>1 inicio de sesión rechazado por falta de puesto</translation>
    </message>
    <message>
        <source>%1 logins refused for lack of a seat</source>
        <translation>%1 inicios de sesión rechazados por falta de puesto</translation>
    </message>
    <message>
        <source>%1 of the seats in use on average</source>
        <translation>%1 de los puestos en uso de media</translation>
    </message>
    <message>
        <source>%1 seat-hours held by inactive sessions</source>
        <translation>%1 horas-puesto ocupadas por sesiones inactivas</translation>
    </message>
    <message>
        <source>%1 of the last %2 days</source>
        <translation>%1 de los últimos %2 días</translation>
    </message>
    <message>
        <source>Waiting for the gateway&apos;s recommendation.</source>
        <translation>Esperando la recomendación de la pasarela.</translation>
    </message>
    <message>
        <source>There is no usage in the window yet, so there is nothing to base an order on.</source>
        <translation>Todavía no hay uso en la ventana, así que no hay nada en lo que basar un pedido.</translation>
    </message>
    <message>
        <source>No usage in the last %1 days yet.</source>
        <translation>Aún sin uso en los últimos %1 días.</translation>
    </message>
    <message>
        <source>The pool already has the recommended %1.</source>
        <translation>El pool ya tiene los %1 recomendados.</translation>
    </message>
    <message>
        <source>With the %1 seats on order the pool will have the recommended %2.</source>
        <translation>Con los %1 puestos pedidos, el pool tendrá los %2 recomendados.</translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation>Nada que pedir.</translation>
    </message>
    <message>
        <source>(%1 already on order)</source>
        <translation>(%1 ya pedidos)</translation>
    </message>
    <message>
        <source>Order 1 seat…</source>
        <translation>Pedir 1 puesto…</translation>
    </message>
    <message>
        <source>Order %1 seats…</source>
        <translation>Pedir %1 puestos…</translation>
    </message>
    <message>
        <source>Opens a seat order for %1 more, prefilled (Ctrl+Shift+O).</source>
        <translation>Abre un pedido de puestos rellenado de antemano por %1 más (Ctrl+Mayús+O).</translation>
    </message>
    <message>
        <source>%1 short of the recommendation.</source>
        <translation>%1 por debajo de la recomendación.</translation>
    </message>
    <message>
        <source>Remove 1 seat…</source>
        <translation>Quitar 1 puesto…</translation>
    </message>
    <message>
        <source>Remove %1 seats…</source>
        <translation>Quitar %1 puestos…</translation>
    </message>
    <message>
        <source>The pool is larger than recommended: opens a seat order removing %1 from the next billing month (Ctrl+Shift+O).</source>
        <translation>El pool es mayor de lo recomendado: abre un pedido de puestos que quita %1 a partir del siguiente mes de facturación (Ctrl+Mayús+O).</translation>
    </message>
    <message>
        <source>%1 more than recommended.</source>
        <translation>%1 más de lo recomendado.</translation>
    </message>
</context>
<context>
    <name>seatwise::SeatOrderDialog</name>
    <message>
        <source>right after the order</source>
        <translation>justo después del pedido</translation>
    </message>
    <message>
        <source>%1 h after the order</source>
        <translation>%1 h después del pedido</translation>
    </message>
    <message>
        <source>%1 min after the order</source>
        <translation>%1 min después del pedido</translation>
    </message>
    <message>
        <source>%1 s after the order</source>
        <translation>%1 s después del pedido</translation>
    </message>
    <message>
        <source>Seat orders</source>
        <translation>Pedidos de puestos</translation>
    </message>
    <message>
        <source>Loading the pool…</source>
        <translation>Cargando el pool…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <source>&amp;Add seats</source>
        <translation>&amp;Añadir puestos</translation>
    </message>
    <message>
        <source>Added seats start after the pool&apos;s activation delay and are charged now, prorated to the rest of the billing month.</source>
        <translation>Los puestos añadidos empiezan tras el retraso de activación del pool y se cobran ahora, prorrateados al resto del mes de facturación.</translation>
    </message>
    <message>
        <source>&amp;Remove seats</source>
        <translation>&amp;Quitar puestos</translation>
    </message>
    <message>
        <source>Removed seats go at the start of the next billing month; nothing is refunded and running sessions are never ended.</source>
        <translation>Los puestos quitados desaparecen al inicio del siguiente mes de facturación; no se reembolsa nada y las sesiones en curso nunca se terminan.</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> puestos</translation>
    </message>
    <message>
        <source>How many seats to add or remove.</source>
        <translation>Cuántos puestos añadir o quitar.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>&amp;Place order…</source>
        <translation>&amp;Hacer pedido…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Show &amp;past orders (in effect or cancelled)</source>
        <translation>Mostrar pedidos &amp;anteriores (en vigor o cancelados)</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>&amp;Cancelar pedido…</translation>
    </message>
    <message>
        <source>Cancels the selected pending order (Delete).</source>
        <translation>Cancela el pedido pendiente seleccionado (Supr).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Lists the pool&apos;s orders again (F5).</source>
        <translation>Vuelve a listar los pedidos del pool (F5).</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>There is no gateway to ask.</source>
        <translation>No hay ninguna pasarela a la que consultar.</translation>
    </message>
    <message>
        <source>The pool is gone from the gateway.</source>
        <translation>El pool ya no existe en la pasarela.</translation>
    </message>
    <message>
        <source>The pool&apos;s details are not loaded.</source>
        <translation>Los detalles del pool no están cargados.</translation>
    </message>
    <message>
        <source>Seat orders — %1</source>
        <translation>Pedidos de puestos — %1</translation>
    </message>
    <message>
        <source>%1: %2 seats, %3 in use</source>
        <translation>%1: %2 puestos, %3 en uso</translation>
    </message>
    <message>
        <source>, %1 on order</source>
        <translation>, %1 pedidos</translation>
    </message>
    <message>
        <source>%1 per seat-month; added seats start %2.</source>
        <translation>%1 por puesto y mes; los puestos añadidos empiezan %2.</translation>
    </message>
    <message>
        <source>No seat price is set; added seats start %1.</source>
        <translation>No hay precio por puesto; los puestos añadidos empiezan %1.</translation>
    </message>
    <message>
        <source>Billing time zone: %1.</source>
        <translation>Zona horaria de facturación: %1.</translation>
    </message>
    <message>
        <source>Choose how many seats to remove.</source>
        <translation>Elija cuántos puestos quitar.</translation>
    </message>
    <message>
        <source>Choose how many seats to add.</source>
        <translation>Elija cuántos puestos añadir.</translation>
    </message>
    <message>
        <source>Loading the pool&apos;s price and the billing time zone…</source>
        <translation>Cargando el precio del pool y la zona horaria de facturación…</translation>
    </message>
    <message>
        <source>The preview needs the pool&apos;s price and the billing time zone.</source>
        <translation>La vista previa necesita el precio del pool y la zona horaria de facturación.</translation>
    </message>
    <message>
        <source>Waiting for the gateway.</source>
        <translation>Esperando a la pasarela.</translation>
    </message>
    <message>
        <source>The pool&apos;s price and the billing time zone are not loaded.</source>
        <translation>El precio del pool y la zona horaria de facturación no están cargados.</translation>
    </message>
    <message>
        <source>Choose how many seats to add or remove; an order of 0 seats changes nothing.</source>
        <translation>Elija cuántos puestos añadir o quitar; un pedido de 0 puestos no cambia nada.</translation>
    </message>
    <message>
        <source>The pool will only have %1 seats.</source>
        <translation>El pool solo tendrá %1 puestos.</translation>
    </message>
    <message>
        <source>Places the order after you confirm it (Ctrl+Enter).</source>
        <translation>Hace el pedido después de que lo confirme (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>Add %1 to %2?</source>
        <translation>¿Añadir %1 a %2?</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>¿Quitar %1 de %2?</translation>
    </message>
    <message>
        <source>Place seat order</source>
        <translation>Hacer pedido de puestos</translation>
    </message>
    <message>
        <source>Order placed: %1 seats, in effect %2; charged %3.</source>
        <translation>Pedido hecho: %1 puestos, en vigor %2; cobrado %3.</translation>
    </message>
    <message>
        <source>Order placed: %1 seats, in effect %2; no charge.</source>
        <translation>Pedido hecho: %1 puestos, en vigor %2; sin coste.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>quitar %1</translation>
    </message>
    <message>
        <source>Cancel the order to %1, due %2?

The pool&apos;s seats stay as they are.</source>
        <translation>¿Cancelar el pedido de %1, previsto %2?

Los puestos del pool se quedan como están.</translation>
    </message>
    <message>
        <source>Cancel seat order</source>
        <translation>Cancelar pedido de puestos</translation>
    </message>
    <message>
        <source>Order cancelled: %1 seats.</source>
        <translation>Pedido cancelado: %1 puestos.</translation>
    </message>
</context>
<context>
    <name>seatwise::SessionActions</name>
    <message>
        <source>Sign Out &amp;Inactive Users</source>
        <translation>Cerrar sesión de usuarios &amp;inactivos</translation>
    </message>
    <message>
        <source>Sign Out &amp;Selected…</source>
        <translation>Cerrar sesiones &amp;seleccionadas…</translation>
    </message>
    <message>
        <source>Sign Out &amp;All…</source>
        <translation>Cerrar &amp;todas las sesiones…</translation>
    </message>
    <message>
        <source>End every inactive session now and free its seat</source>
        <translation>Terminar ahora cada sesión inactiva y liberar su puesto</translation>
    </message>
    <message>
        <source>End the selected sessions after confirmation</source>
        <translation>Terminar las sesiones seleccionadas tras confirmarlo</translation>
    </message>
    <message>
        <source>End every open session after confirmation</source>
        <translation>Terminar cada sesión abierta tras confirmarlo</translation>
    </message>
    <message>
        <source>Sign out this session now?</source>
        <translation>¿Cerrar esta sesión ahora?</translation>
    </message>
    <message>
        <source>Sign out these %1 sessions now?</source>
        <translation>¿Cerrar estas %1 sesiones ahora?</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Their users are signed out and must sign in again.</source>
        <translation>Se cierra la sesión de sus usuarios, que deben volver a iniciarla.</translation>
    </message>
    <message>
        <source>Sign Out Selected Sessions</source>
        <translation>Cerrar las sesiones seleccionadas</translation>
    </message>
    <message>
        <source>%1 open sessions are listed now. </source>
        <translation>Ahora se muestran %1 sesiones abiertas. </translation>
    </message>
    <message>
        <source>Sign out EVERY user now?

%1All sessions end at once, except your own admin sessions. Everyone signed in loses their seat and any unsaved work, and must sign in again. This cannot be undone.</source>
        <translation>¿Cerrar ahora la sesión de TODOS los usuarios?

%1Todas las sesiones terminan a la vez, salvo sus propias sesiones de administrador. Todos los conectados pierden su puesto y el trabajo sin guardar, y deben volver a iniciar sesión. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Sign Out All Users</source>
        <translation>Cerrar la sesión de todos los usuarios</translation>
    </message>
    <message>
        <source>Signed out 1 inactive user</source>
        <translation>Se cerró la sesión de 1 usuario inactivo</translation>
    </message>
    <message>
        <source>Signed out %1 inactive users</source>
        <translation>Se cerró la sesión de %1 usuarios inactivos</translation>
    </message>
    <message>
        <source>Signed out 1 session</source>
        <translation>Se cerró 1 sesión</translation>
    </message>
    <message>
        <source>Signed out %1 sessions</source>
        <translation>Se cerraron %1 sesiones</translation>
    </message>
    <message>
        <source>anonymous session on %1</source>
        <translation>sesión anónima en %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) en %3</translation>
    </message>
</context>
<context>
    <name>seatwise::SessionTableModel</name>
    <message>
        <source>(anonymous)</source>
        <translation>(anónima)</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source> (overflow)</source>
        <translation> (desbordamiento)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
</context>
<context>
    <name>seatwise::SummaryPage</name>
    <message>
        <source>&amp;Export result…</source>
        <translation>&amp;Exportar resultado…</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Importación completada</translation>
    </message>
    <message>
        <source>The gateway wrote every row of the file.</source>
        <translation>La pasarela escribió todas las filas del archivo.</translation>
    </message>
    <message>
        <source>Save a CSV file listing every applied row and its outcome.</source>
        <translation>Guardar un archivo CSV con cada fila aplicada y su resultado.</translation>
    </message>
    <message>
        <source>Rows applied: %1. Each user below now holds a Phone System license with its extension, number and add-ons.</source>
        <translation>Filas aplicadas: %1. Cada usuario de abajo tiene ahora una licencia Phone System con su extensión, número y complementos.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>Exportar resultado</translation>
    </message>
    <message>
        <source>The result could not be saved to &quot;%1&quot;: %2</source>
        <translation>No se ha podido guardar el resultado en «%1»: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
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
        <translation>El llavero no ha respondido.</translation>
    </message>
</context>
<context>
    <name>seatwise::TrayNotifier</name>
    <message>
        <source>Seatwise alerts</source>
        <translation>Alertas de Seatwise</translation>
    </message>
    <message>
        <source>Seatwise: action needed</source>
        <translation>Seatwise: se requiere una acción</translation>
    </message>
    <message>
        <source>Seatwise: seats running out</source>
        <translation>Seatwise: se agotan los puestos</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageChartView</name>
    <message>
        <source>Seats in use (peak)</source>
        <translation>Puestos en uso (pico)</translation>
    </message>
    <message>
        <source>Seats owned</source>
        <translation>Puestos disponibles</translation>
    </message>
    <message>
        <source>Denied logins</source>
        <translation>Inicios de sesión rechazados</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats in use, denied logins: %4</source>
        <translation>%1: %2 de %3 puestos en uso, inicios de sesión rechazados: %4</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageChartsPanel</name>
    <message>
        <source>The pool to chart; all pools are summed minute by minute</source>
        <translation>El pool que se representa; todos los pools se suman minuto a minuto</translation>
    </message>
    <message>
        <source>All pools</source>
        <translation>Todos los pools</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>The last 24 hours, minute by minute</source>
        <translation>Las últimas 24 horas, minuto a minuto</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>The last 7 days, minute by minute</source>
        <translation>Los últimos 7 días, minuto a minuto</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>The last 30 days, minute by minute</source>
        <translation>Los últimos 30 días, minuto a minuto</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>The last 52 weeks, minute by minute (takes a few seconds)</source>
        <translation>Las últimas 52 semanas, minuto a minuto (tarda unos segundos)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Show the whole period again</source>
        <translation>Volver a mostrar todo el periodo</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Guardar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save every minute of the period as CSV</source>
        <translation>Guardar cada minuto del periodo como CSV</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag or ←/→: move in time · Ctrl+0: whole period</source>
        <translation>Rueda: zoom · arrastrar o ←/→: moverse en el tiempo · Ctrl+0: todo el periodo</translation>
    </message>
    <message>
        <source>Not connected to a gateway.</source>
        <translation>No hay conexión con ninguna pasarela.</translation>
    </message>
    <message>
        <source>%1 · %2 seats</source>
        <translation>%1 · %2 puestos</translation>
    </message>
    <message>
        <source>Loading %v of %m weeks…</source>
        <translation>Cargando %v de %m semanas…</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Cargando el uso…</translation>
    </message>
    <message>
        <source>%1 – %2: no usage recorded</source>
        <translation>%1 – %2: no hay uso registrado</translation>
    </message>
    <message>
        <source>%1 – %2 · peak %3 of %4 seats in use · denied logins: %5</source>
        <translation>%1 – %2 · pico de %3 de %4 puestos en uso · inicios de sesión rechazados: %5</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Exportar uso como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageHeatmapWidget</name>
    <message>
        <source>%1 %2: no usage recorded</source>
        <translation>%1 %2: no hay uso registrado</translation>
    </message>
    <message>
        <source>%1 %2: peak %3 of %4 seats</source>
        <translation>%1 %2: pico de %3 de %4 puestos</translation>
    </message>
    <message>
        <source>Peak seats in use by weekday and hour</source>
        <translation>Pico de puestos en uso por día de la semana y hora</translation>
    </message>
    <message>
        <source>Peak seats in use by weekday and hour (%1)</source>
        <translation>Pico de puestos en uso por día de la semana y hora (%1)</translation>
    </message>
    <message>
        <source>0% of seats in use</source>
        <translation>0 % de los puestos en uso</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>every seat in use</source>
        <translation>todos los puestos en uso</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>seatwise::ValidationPage</name>
    <message>
        <source>&amp;Validate again</source>
        <translation>&amp;Validar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Comprobar las filas</translation>
    </message>
    <message>
        <source>The gateway checks every row without writing anything. Fix the highlighted cells here (double-click or F2 to edit), then validate again.</source>
        <translation>La pasarela comprueba cada fila sin escribir nada. Corrija aquí las celdas resaltadas (doble clic o F2 para editar) y vuelva a validar.</translation>
    </message>
    <message>
        <source>The file&apos;s rows as they will be sent; red cells have a problem (hover for why).</source>
        <translation>Las filas del archivo tal como se enviarán; las celdas rojas tienen un problema (pase el puntero por encima para ver el motivo).</translation>
    </message>
    <message>
        <source>Select a problem to jump to its cell.</source>
        <translation>Seleccione un problema para ir a su celda.</translation>
    </message>
    <message>
        <source>Send the rows as edited to the gateway for another check (Ctrl+R).</source>
        <translation>Enviar las filas editadas a la pasarela para otra comprobación (Ctrl+R).</translation>
    </message>
    <message>
        <source>Leave the selected rows out of the import.</source>
        <translation>Excluir de la importación las filas seleccionadas.</translation>
    </message>
    <message>
        <source>The console is not connected to a gateway; connect to one and try again.</source>
        <translation>La consola no está conectada a ninguna pasarela; conéctese a una y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Checking the rows with the gateway…</source>
        <translation>Comprobando las filas con la pasarela…</translation>
    </message>
    <message>
        <source>No rows are left to import.</source>
        <translation>No queda ninguna fila que importar.</translation>
    </message>
    <message>
        <source>Every row is correct (%1 in all). Press Next to preview the changes.</source>
        <translation>Todas las filas son correctas (%1 en total). Pulse Siguiente para ver la vista previa de los cambios.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>Rows with problems: %1. Fix the red cells (or remove those rows), then press Validate again.</source>
        <translation>Filas con problemas: %1. Corrija las celdas rojas (o quite esas filas) y pulse Validar de nuevo.</translation>
    </message>
    <message>
        <source>Rows changed since the last check. Press Validate again.</source>
        <translation>Hay filas modificadas desde la última comprobación. Pulse Validar de nuevo.</translation>
    </message>
</context>
<context>
    <name>seatwise::WeeklyTools</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Import Licenses from CSV…</source>
        <translation>&amp;Importar licencias desde CSV…</translation>
    </message>
    <message>
        <source>Assign extensions, numbers and add-ons to many users from a CSV file</source>
        <translation>Asignar extensiones, números y complementos a muchos usuarios desde un archivo CSV</translation>
    </message>
    <message>
        <source>Usage &amp;Report…</source>
        <translation>&amp;Informe de uso…</translation>
    </message>
    <message>
        <source>Peak, average, denials and utilisation per pool, as CSV or PDF</source>
        <translation>Pico, media, rechazos y utilización por pool, en CSV o PDF</translation>
    </message>
    <message>
        <source>&amp;Alert Settings…</source>
        <translation>Configuración de &amp;alertas…</translation>
    </message>
    <message>
        <source>Thresholds per pool, the pay-per-use minimum and tray notifications</source>
        <translation>Umbrales por pool, el mínimo de pago por uso y las notificaciones de la bandeja</translation>
    </message>
    <message>
        <source>Usage &amp;Charts</source>
        <translation>&amp;Gráficos de uso</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planificación</translation>
    </message>
</context>
<context>
    <name>seatwise::WireText</name>
    <message>
        <source>Agent seats</source>
        <translation>Puestos de agente</translation>
    </message>
    <message>
        <source>Admin seats</source>
        <translation>Puestos de administrador</translation>
    </message>
    <message>
        <source>Base license</source>
        <translation>Licencia base</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>Concurrente</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Limited admin</source>
        <translation>Administrador limitado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Terminando</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
</context>
</TS>
