<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Used once to sign in; never stored</source>
        <translation>Usada uma vez para entrar; nunca é armazenada</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Save gateway</source>
        <translation>&amp;Salvar gateway</translation>
    </message>
</context>
<context>
    <name>LicensesPanel</name>
    <message>
        <source>License &amp;type:</source>
        <translation>&amp;Tipo de licença:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Login or name</source>
        <translation>Login ou nome</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>&amp;Ramal:</translation>
    </message>
    <message>
        <source>Starts with…</source>
        <translation>Começa com…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>A&amp;tribuir…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>&amp;Reatribuir…</translation>
    </message>
    <message>
        <source>U&amp;nassign</source>
        <translation>Re&amp;mover atribuição</translation>
    </message>
    <message>
        <source>&amp;Manage add-ons…</source>
        <translation>&amp;Gerenciar complementos…</translation>
    </message>
    <message>
        <source>Add-ons of the selected license:</source>
        <translation>Complementos da licença selecionada:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>License &amp;Usage</source>
        <translation>&amp;Uso de licenças</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Filter by user, device, pool or state</source>
        <translation>Filtrar por usuário, dispositivo, pool ou estado</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Somente inativas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Reload pools and sessions from the gateway</source>
        <translation>Recarregar os pools e as sessões do gateway</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Seatwise</source>
        <translation>&amp;Sobre o Seatwise</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertBanner</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
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
        <translation>Listar todos os alertas ativos com o horário em que foram gerados</translation>
    </message>
    <message>
        <source>Hide these alerts; the bar comes back when a new alert is raised or one clears and comes back</source>
        <translation>Ocultar estes alertas; a barra volta quando um novo alerta é gerado ou quando um some e volta</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 outros)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Active alerts: %1. Details lists them all.</source>
        <translation>Alertas ativos: %1. “Detalhes” lista todos.</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertRules</name>
    <message>
        <source>%1: %2 of %3 seats in use (%4 %), at or over the %5 % alert threshold.</source>
        <translation>%1: %2 de %3 assentos em uso (%4 %), no limite de alerta de %5 % ou acima dele.</translation>
    </message>
    <message>
        <source>%1: logins refused for want of a free seat, %2 since %3.</source>
        <translation>%1: logins recusados por falta de assento livre, %2 desde %3.</translation>
    </message>
    <message>
        <source>No pay-per-use minutes left: overflow logins are refused once the pools are full.</source>
        <translation>Não restam minutos de pagamento por uso: logins excedentes são recusados assim que os pools ficam cheios.</translation>
    </message>
    <message>
        <source>Pay-per-use minutes are low: %1 left, below the minimum of %2.</source>
        <translation>Os minutos de pagamento por uso estão acabando: restam %1, abaixo do mínimo de %2.</translation>
    </message>
</context>
<context>
    <name>seatwise::AlertSettingsDialog</name>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Mostrar notificações na área de &amp;trabalho</translation>
    </message>
    <message>
        <source>Alert Settings</source>
        <translation>Configurações de alertas</translation>
    </message>
    <message>
        <source>Alert when a pool&apos;s seats in use reach its threshold. The alert clears once usage is 5 points below it.</source>
        <translation>Alertar quando os assentos em uso de um pool atingirem o limite dele. O alerta some quando o uso fica 5 pontos abaixo.</translation>
    </message>
    <message>
        <source>Double-click a threshold or press F2 to change it</source>
        <translation>Clique duas vezes em um limite ou pressione F2 para alterá-lo</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Alert when fewer pay-per-use minutes than this are left for overflow sessions; 0 turns the alert off</source>
        <translation>Alertar quando restarem menos minutos de pagamento por uso do que isto para sessões excedentes; 0 desliga o alerta</translation>
    </message>
    <message>
        <source>Also announce each new alert with a desktop notification</source>
        <translation>Também anunciar cada novo alerta com uma notificação na área de trabalho</translation>
    </message>
    <message>
        <source>This desktop has no system tray: alerts show in the banner only</source>
        <translation>Esta área de trabalho não tem bandeja do sistema: os alertas aparecem apenas na barra</translation>
    </message>
    <message>
        <source>&amp;Pay-per-use minimum:</source>
        <translation>Mínimo de &amp;pagamento por uso:</translation>
    </message>
    <message>
        <source>Every pool at %1 %, pay-per-use minimum %2 minutes, notifications on</source>
        <translation>Todos os pools em %1 %, mínimo de pagamento por uso de %2 minutos, notificações ligadas</translation>
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
        <translation>Alertar quando %1 de %2 assentos estiverem em uso (clique duas vezes ou pressione F2 para alterar)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Assentos</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation>Alertar em</translation>
    </message>
</context>
<context>
    <name>seatwise::ApplyPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>The gateway assigns every row in one go: all of them, or none.</source>
        <translation>O gateway atribui todas as linhas de uma só vez: todas ou nenhuma.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>Upload of the file, then the gateway&apos;s work</source>
        <translation>Envio do arquivo e, depois, o trabalho do gateway</translation>
    </message>
    <message>
        <source>The file is already with the gateway, so the import cannot be cancelled any more. The gateway writes all rows or none; this window closes only after its answer.</source>
        <translation>O arquivo já está com o gateway, então a importação não pode mais ser cancelada. O gateway grava todas as linhas ou nenhuma; esta janela só fecha depois da resposta dele.</translation>
    </message>
    <message>
        <source>Send the file again. Rows already written are refused as duplicates, so nothing is assigned twice.</source>
        <translation>Enviar o arquivo novamente. Linhas já gravadas são recusadas como duplicadas, então nada é atribuído duas vezes.</translation>
    </message>
    <message>
        <source>The gateway is assigning the licenses…</source>
        <translation>O gateway está atribuindo as licenças…</translation>
    </message>
    <message>
        <source>The console is not connected to a gateway; nothing was written.</source>
        <translation>O console não está conectado a um gateway; nada foi gravado.</translation>
    </message>
    <message>
        <source>Sending the file (%1 rows) to the gateway…</source>
        <translation>Enviando o arquivo (%1 linhas) ao gateway…</translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation>A importação não terminou.</translation>
    </message>
    <message>
        <source>Check the Licenses view before trying again.</source>
        <translation>Confira a visão Licenças antes de tentar novamente.</translation>
    </message>
    <message>
        <source>The gateway refused the file; nothing was written.</source>
        <translation>O gateway recusou o arquivo; nada foi gravado.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
</context>
<context>
    <name>seatwise::AssignLicenseDialog</name>
    <message>
        <source>Assign License</source>
        <translation>Atribuir licença</translation>
    </message>
    <message>
        <source>Reassign License</source>
        <translation>Reatribuir licença</translation>
    </message>
    <message>
        <source>1 to 8 digits, optional</source>
        <translation>1 a 8 dígitos, opcional</translation>
    </message>
    <message>
        <source>7 to 15 digits, optional leading +</source>
        <translation>7 a 15 dígitos, + inicial opcional</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reatribuir</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Ramal:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>The license moves from %1 with its extension, number and add-ons.</source>
        <translation>A licença sai de %1 com o ramal, o número e os complementos.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Carregando usuários…</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Escolha um usuário</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An extension has 1 to 8 digits.</source>
        <translation>Um ramal tem de 1 a 8 dígitos.</translation>
    </message>
    <message>
        <source>A number has 7 to 15 digits, with an optional leading +.</source>
        <translation>Um número tem de 7 a 15 dígitos, com um + inicial opcional.</translation>
    </message>
</context>
<context>
    <name>seatwise::CacheSchema</name>
    <message>
        <source>cannot read the cache&apos;s schema version: %1</source>
        <translation>não foi possível ler a versão do esquema do cache: %1</translation>
    </message>
    <message>
        <source>the cache was written by a newer console (schema %1, this one knows %2)</source>
        <translation>o cache foi gravado por um console mais novo (esquema %1, este conhece o %2)</translation>
    </message>
</context>
<context>
    <name>seatwise::ColumnMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associar as colunas</translation>
    </message>
    <message>
        <source>The file&apos;s header differs from Ext key,Number,User,Addon license 1,… Choose which of its columns holds each value; the choice is remembered for files like this.</source>
        <translation>O cabeçalho do arquivo é diferente de Ext key,Number,User,Addon license 1,… Escolha qual coluna contém cada valor; a escolha é lembrada para arquivos parecidos.</translation>
    </message>
    <message>
        <source>The column with each row&apos;s extension (1 to 8 digits).</source>
        <translation>A coluna com o ramal de cada linha (1 a 8 dígitos).</translation>
    </message>
    <message>
        <source>The column with each row&apos;s phone number (DID).</source>
        <translation>A coluna com o número de telefone (DID) de cada linha.</translation>
    </message>
    <message>
        <source>The column with the login or the display name of the user.</source>
        <translation>A coluna com o login ou o nome de exibição do usuário.</translation>
    </message>
    <message>
        <source>Tick the columns that hold add-on codes; columns left unticked are ignored.</source>
        <translation>Marque as colunas que contêm códigos de complementos; colunas desmarcadas são ignoradas.</translation>
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
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Add-on columns:</source>
        <translation>Colunas de &amp;complementos:</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Escolha uma coluna</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (ex.: %2)</translation>
    </message>
    <message>
        <source>Choose a column for Ext key, Number and User.</source>
        <translation>Escolha uma coluna para Ext key, Number e User.</translation>
    </message>
    <message>
        <source>Each column can hold only one of Ext key, Number, User or add-ons.</source>
        <translation>Cada coluna pode conter apenas um entre Ext key, Number, User ou complementos.</translation>
    </message>
</context>
<context>
    <name>seatwise::CommandLine</name>
    <message>
        <source>Seatwise console: live seat pools and sessions of a license gateway.</source>
        <translation>Console do Seatwise: pools de assentos e sessões de um gateway de licenças, ao vivo.</translation>
    </message>
    <message>
        <source>Seed demo pools and users and run simulated agents in the embedded gateway.</source>
        <translation>Criar pools e usuários de demonstração e executar agentes simulados no gateway embutido.</translation>
    </message>
    <message>
        <source>Port of the embedded gateway on 127.0.0.1 (0: any free port).</source>
        <translation>Porta do gateway embutido em 127.0.0.1 (0: qualquer porta livre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>Folder for the embedded gateway&apos;s database and token.</source>
        <translation>Pasta do banco de dados e do token do gateway embutido.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>--gateway-port needs a number from 0 to 65535.
</source>
        <translation>--gateway-port precisa de um número de 0 a 65535.</translation>
    </message>
</context>
<context>
    <name>seatwise::ConnectionsDialog</name>
    <message>
        <source>New gateway</source>
        <translation>Novo gateway</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation>Remover gateway</translation>
    </message>
    <message>
        <source>Remove the gateway &quot;%1&quot; (%2) and forget its token?</source>
        <translation>Remover o gateway “%1” (%2) e esquecer o token dele?</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: tokens are kept in memory for this run only, and the console will ask for the password again next time.</source>
        <translation>O chaveiro do sistema não está disponível: os tokens ficam na memória apenas nesta execução, e o console pedirá a senha novamente na próxima vez.</translation>
    </message>
    <message>
        <source>Give the gateway a name.</source>
        <translation>Dê um nome ao gateway.</translation>
    </message>
    <message>
        <source>Enter the login to sign in with.</source>
        <translation>Digite o login para entrar.</translation>
    </message>
    <message>
        <source>Enter the password to sign in.</source>
        <translation>Digite a senha para entrar.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Entrando em %1…</translation>
    </message>
    <message>
        <source>Connected: signed in as %1.</source>
        <translation>Conectado: conectado como %1.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Confiar neste certificado?</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not signed by an authority this computer trusts (%1).

SHA-256 fingerprint:
%2

Trust it only if it is the fingerprint the gateway&apos;s operator gives you (seatwised prints it when it starts). Trust this certificate for this gateway?</source>
        <translation>O certificado do gateway não é assinado por uma autoridade em que este computador confia (%1).

Impressão digital SHA-256:
%2

Confie nele somente se for a impressão digital que o operador do gateway informou (o seatwised a mostra ao iniciar). Confiar neste certificado para este gateway?</translation>
    </message>
</context>
<context>
    <name>seatwise::ConsoleCache</name>
    <message>
        <source>Cannot create the folder of the cache %1.</source>
        <translation>Não foi possível criar a pasta do cache %1.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Não foi possível abrir o cache %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the cache %1: %2</source>
        <translation>Não foi possível usar o cache %1: %2</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>O cache não está aberto.</translation>
    </message>
</context>
<context>
    <name>seatwise::ConsoleStartup</name>
    <message>
        <source>Starting the embedded gateway…</source>
        <translation>Iniciando o gateway embutido…</translation>
    </message>
    <message>
        <source>The embedded gateway did not start: %1</source>
        <translation>O gateway embutido não iniciou: %1</translation>
    </message>
    <message>
        <source>Gateway listening at %1</source>
        <translation>Gateway escutando em %1</translation>
    </message>
    <message>
        <source>Seeding demo data…</source>
        <translation>Criando dados de demonstração…</translation>
    </message>
    <message>
        <source>Demo data could not be seeded: %1</source>
        <translation>Não foi possível criar os dados de demonstração: %1</translation>
    </message>
    <message>
        <source>Writing a year of demo usage history…</source>
        <translation>Gravando um ano de histórico de uso de demonstração…</translation>
    </message>
    <message>
        <source>Demo running: simulated agents are logged in.</source>
        <translation>Demonstração em execução: os agentes simulados estão conectados.</translation>
    </message>
</context>
<context>
    <name>seatwise::ErrorText</name>
    <message>
        <source>The gateway cannot be reached (%1).</source>
        <translation>O gateway não pode ser alcançado (%1).</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>O gateway não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The gateway sent an answer the console does not understand: %1</source>
        <translation>O gateway enviou uma resposta que o console não entende: %1</translation>
    </message>
    <message>
        <source>The gateway refused the console&apos;s token. Sign in again.</source>
        <translation>O gateway recusou o token do console. Entre novamente.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this gateway.</source>
        <translation>Você não tem permissão para fazer isso neste gateway.</translation>
    </message>
    <message>
        <source>No seat is free in that pool.</source>
        <translation>Não há assento livre nesse pool.</translation>
    </message>
    <message>
        <source>The gateway answered with error %1 (%2).</source>
        <translation>O gateway respondeu com o erro %1 (%2).</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not trusted. Open Gateways… and test the connection to check and trust it.</source>
        <translation>O certificado do gateway não é confiável. Abra Gateways… e teste a conexão para verificá-lo e confiar nele.</translation>
    </message>
</context>
<context>
    <name>seatwise::GatewayProfiles</name>
    <message>
        <source>This computer (embedded)</source>
        <translation>Este computador (embutido)</translation>
    </message>
</context>
<context>
    <name>seatwise::GatewayUrl</name>
    <message>
        <source>Enter the gateway&apos;s address, e.g. http://127.0.0.1:8640.</source>
        <translation>Digite o endereço do gateway, ex.: http://127.0.0.1:8640.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Este endereço não é válido.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>O endereço deve começar com http:// ou https://.</translation>
    </message>
    <message>
        <source>The address needs a host name or IP address.</source>
        <translation>O endereço precisa de um nome de host ou endereço IP.</translation>
    </message>
    <message>
        <source>The address needs a port, e.g. :8640.</source>
        <translation>O endereço precisa de uma porta, ex.: :8640.</translation>
    </message>
    <message>
        <source>The address may not carry a user, a query or a fragment.</source>
        <translation>O endereço não pode conter usuário, consulta nem fragmento.</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportErrorsModel</name>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(linha inteira)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Save sample file…</source>
        <translation>&amp;Salvar arquivo de exemplo…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Escolha um arquivo CSV</translation>
    </message>
    <message>
        <source>Each row gives a user a Phone System license with its extension, number and add-ons. Nothing is written until you press Apply at the end.</source>
        <translation>Cada linha dá a um usuário uma licença Phone System com ramal, número e complementos. Nada é gravado até você clicar em Aplicar no final.</translation>
    </message>
    <message>
        <source>The file starts with the header &lt;b&gt;Ext key,Number,User,Addon license 1,…&lt;/b&gt; (any number of add-on columns; rows may leave trailing add-ons out). Files with other column names can be matched up on the next page.</source>
        <translation>O arquivo começa com o cabeçalho &lt;b&gt;Ext key,Number,User,Addon license 1,…&lt;/b&gt; (qualquer número de colunas de complementos; as linhas podem omitir os últimos complementos). Arquivos com outros nomes de coluna podem ser associados na próxima página.</translation>
    </message>
    <message>
        <source>Save a small CSV file with the expected header and two example rows, to fill in with a spreadsheet or a text editor.</source>
        <translation>Salvar um pequeno arquivo CSV com o cabeçalho esperado e duas linhas de exemplo, para preencher em uma planilha ou em um editor de texto.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Caminho de um arquivo .csv</translation>
    </message>
    <message>
        <source>The CSV file to import; type its path or press Browse.</source>
        <translation>O arquivo CSV a importar; digite o caminho ou clique em Procurar.</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Escolha o arquivo CSV a importar.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Escolher um arquivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save Sample File</source>
        <translation>Salvar arquivo de exemplo</translation>
    </message>
    <message>
        <source>The sample file could not be saved to &quot;%1&quot;: %2</source>
        <translation>Não foi possível salvar o arquivo de exemplo em “%1”: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; choose a CSV file.</source>
        <translation>“%1” é uma pasta; escolha um arquivo CSV.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Não foi possível ler o arquivo “%1”: %2</translation>
    </message>
    <message>
        <source>Line %1 of the file cannot be read: %2</source>
        <translation>Não foi possível ler a linha %1 do arquivo: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. Save the sample file to see what it should hold.</source>
        <translation>O arquivo “%1” está vazio. Salve o arquivo de exemplo para ver o que ele deve conter.</translation>
    </message>
    <message>
        <source>The file&apos;s columns are separated by semicolons; save it as comma-separated CSV.</source>
        <translation>As colunas do arquivo estão separadas por ponto e vírgula; salve-o como CSV separado por vírgulas.</translation>
    </message>
    <message>
        <source>The file has a header but no rows; add one row per extension.</source>
        <translation>O arquivo tem cabeçalho, mas nenhuma linha; adicione uma linha por ramal.</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportRowsModel</name>
    <message>
        <source>Changed: press Validate again to check it.</source>
        <translation>Alterada: clique em Validar novamente para verificá-la.</translation>
    </message>
    <message>
        <source>Extra %1</source>
        <translation>Extra %1</translation>
    </message>
    <message>
        <source>The file has more values in this row than columns in its header; clear them or remove the row.</source>
        <translation>O arquivo tem nesta linha mais valores do que colunas no cabeçalho; apague-os ou remova a linha.</translation>
    </message>
    <message>
        <source>Row %1 of the file&apos;s data</source>
        <translation>Linha %1 dos dados do arquivo</translation>
    </message>
</context>
<context>
    <name>seatwise::ImportWizard</name>
    <message>
        <source>Import Extensions from CSV</source>
        <translation>Importar ramais de CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The gateway refused the file when applying it, and wrote nothing (the licenses changed since the check).</source>
        <translation>O gateway recusou o arquivo ao aplicá-lo e não gravou nada (as licenças mudaram desde a verificação).</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>You edited rows of the file. Close the import and lose the changes? Nothing has been written to the gateway.</source>
        <translation>Você editou linhas do arquivo. Fechar a importação e perder as alterações? Nada foi gravado no gateway.</translation>
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
        <translation>Padrão do &amp;sistema</translation>
    </message>
    <message>
        <source>Follow the language of the desktop session</source>
        <translation>Seguir o idioma da sessão da área de trabalho</translation>
    </message>
    <message>
        <source>The console follows the system language from its next start.</source>
        <translation>O console seguirá o idioma do sistema a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>The console shows %1 from its next start.</source>
        <translation>O console será exibido em %1 a partir da próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>seatwise::LicenseTableModel</name>
    <message>
        <source>Login: %1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <source>License %1</source>
        <translation>Licença %1</translation>
    </message>
    <message>
        <source>License type</source>
        <translation>Tipo de licença</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
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
        <translation>Grupo de chamadas</translation>
    </message>
    <message>
        <source>Auto Attendant</source>
        <translation>Atendimento automático</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Desenvolvedor</translation>
    </message>
    <message>
        <source>Call Recording</source>
        <translation>Gravação de chamadas</translation>
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
        <translation>Telefone IP</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Web Phone</source>
        <translation>Telefone web</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Team Chat</source>
        <translation>Chat de equipe</translation>
    </message>
    <message>
        <source>Unlimited Call Recording Storage</source>
        <translation>Armazenamento ilimitado de gravações de chamadas</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Atribuída</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Encerrada</translation>
    </message>
</context>
<context>
    <name>seatwise::LicensesPanel</name>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Select a license to see its add-ons.</source>
        <translation>Selecione uma licença para ver os complementos dela.</translation>
    </message>
    <message>
        <source>Add-ons of the selected license:</source>
        <translation>Complementos da licença selecionada:</translation>
    </message>
    <message>
        <source>No add-ons on the selected license.</source>
        <translation>A licença selecionada não tem complementos.</translation>
    </message>
    <message>
        <source>%1: %2 assigned of %3, %4 available</source>
        <translation>%1: %2 atribuídas de %3, %4 disponíveis</translation>
    </message>
    <message>
        <source>No named license pools.</source>
        <translation>Nenhum pool de licenças nomeadas.</translation>
    </message>
    <message>
        <source>Take this license from %1? Its add-ons stay with the license.</source>
        <translation>Retirar esta licença de %1? Os complementos continuam com a licença.</translation>
    </message>
    <message>
        <source>Take this license from %1? Extension %2 and its number are cleared; the add-ons stay with the license.</source>
        <translation>Retirar esta licença de %1? O ramal %2 e o número dele são apagados; os complementos continuam com a licença.</translation>
    </message>
    <message>
        <source>Unassign License</source>
        <translation>Remover atribuição da licença</translation>
    </message>
</context>
<context>
    <name>seatwise::LimitedAdminBanner</name>
    <message>
        <source>Limited admin mode: no admin license is free. Only License Usage is available until one frees up.</source>
        <translation>Modo administrador limitado: nenhuma licença de administrador está livre. Apenas Uso de licenças fica disponível até que uma seja liberada.</translation>
    </message>
    <message>
        <source>Every admin license of this gateway is in use by another console. The console tries again every few seconds and switches to full admin mode as soon as one is free; you can also ask another manager to log out.</source>
        <translation>Todas as licenças de administrador deste gateway estão em uso por outro console. O console tenta novamente a cada poucos segundos e passa para o modo administrador completo assim que uma estiver livre; você também pode pedir a outro gestor que saia.</translation>
    </message>
    <message>
        <source>Limited admin mode</source>
        <translation>Modo administrador limitado</translation>
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
        <translation>Adicionar, editar ou trocar os gateways gerenciados por este console</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Licenças</translation>
    </message>
    <message>
        <source>The local cache cannot be opened (%1); working without it.</source>
        <translation>O cache local não pode ser aberto (%1); trabalhando sem ele.</translation>
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
        <translation>Assentos em uso: %1 de %2</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sessões: %1</translation>
    </message>
    <message>
        <source>Inactive: %1</source>
        <translation>Inativas: %1</translation>
    </message>
    <message>
        <source>Sessions (%1 inactive, highlighted)</source>
        <translation>Sessões (%1 inativas, destacadas)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Conectando…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Ao vivo</translation>
    </message>
    <message>
        <source>● Connected (no live events)</source>
        <translation>● Conectado (sem eventos ao vivo)</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open Gateways… and test the connection with your password.</source>
        <translation>Nenhum login salvo para %1: abra Gateways… e teste a conexão com sua senha.</translation>
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
        <translation>● Offline — mostrando o estado de %1</translation>
    </message>
    <message>
        <source>About Seatwise</source>
        <translation>Sobre o Seatwise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seatwise %1&lt;/b&gt;&lt;p&gt;Concurrent and named seat licenses: live pools and sessions, one-click sign-out of inactive users.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Seatwise %1&lt;/b&gt;&lt;p&gt;Licenças de assentos simultâneas e nomeadas: pools e sessões ao vivo, desconexão de usuários inativos com um clique.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>seatwise::ManageAddonsDialog</name>
    <message>
        <source>Manage Add-ons</source>
        <translation>Gerenciar complementos</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sem ramal</translation>
    </message>
    <message>
        <source>Add-ons of the license held by %1 (%2). Check an add-on to attach it, clear it to remove it.</source>
        <translation>Complementos da licença de %1 (%2). Marque um complemento para adicioná-lo e desmarque-o para removê-lo.</translation>
    </message>
    <message>
        <source>%1 — attached</source>
        <translation>%1 — adicionado</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n free</source>
        <translation>
            <numerusform>%1 — %n livre</numerusform>
            <numerusform>%1 — %n livres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — none free</source>
        <translation>%1 — nenhum livre</translation>
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
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>No charge</source>
        <translation>Sem custo</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Em vigor</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Charged when the order was placed, prorated to the rest of the billing month.</source>
        <translation>Cobrado quando o pedido foi feito, proporcional ao restante do mês de faturamento.</translation>
    </message>
    <message>
        <source>Removals take effect at the start of the next billing month.</source>
        <translation>Remoções entram em vigor no início do próximo mês de faturamento.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Effective at</source>
        <translation>Em vigor a partir de</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
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
        <translation>imediatamente</translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation>em menos de um minuto</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>em 1 minuto</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>em %1 minutos</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>em %1 horas</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>em %1 dias</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 seat</source>
        <translation>1 assento</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 assentos</translation>
    </message>
    <message>
        <source>highest daily peak</source>
        <translation>maior pico diário</translation>
    </message>
    <message>
        <source>95th percentile of daily peaks</source>
        <translation>percentil 95 dos picos diários</translation>
    </message>
    <message>
        <source>99th percentile of daily peaks</source>
        <translation>percentil 99 dos picos diários</translation>
    </message>
    <message>
        <source>no usage yet</source>
        <translation>ainda sem uso</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 aqui)</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoje às %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>amanhã às %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>em %1 às %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Takes effect on %1 at %2 (%3).</source>
        <translation>Entra em vigor em %1 às %2 (%3).</translation>
    </message>
    <message>
        <source>That is %1 here.</source>
        <translation>Isso é %1 aqui.</translation>
    </message>
    <message>
        <source>No charge; running sessions are never ended.</source>
        <translation>Sem custo; sessões em andamento nunca são encerradas.</translation>
    </message>
    <message>
        <source>Removals wait for the next billing month. Until in-use drops below the new count, new logins wait; nobody is signed out.</source>
        <translation>Remoções aguardam o próximo mês de faturamento. Até que o uso fique abaixo da nova quantidade, novos logins aguardam; ninguém é desconectado.</translation>
    </message>
    <message>
        <source>Takes effect %1 (%2).</source>
        <translation>Entra em vigor %1 (%2).</translation>
    </message>
    <message>
        <source>No charge: the pool has no seat price.</source>
        <translation>Sem custo: o pool não tem preço por assento.</translation>
    </message>
    <message>
        <source>Charged now: %1 for the last day of %2.</source>
        <translation>Cobrado agora: %1 pelo último dia de %2.</translation>
    </message>
    <message>
        <source>Charged now: %1 for %2 remaining days of %3.</source>
        <translation>Cobrado agora: %1 pelos %2 dias restantes de %3.</translation>
    </message>
    <message>
        <source>%1 per seat-month × %2 × %3/%4 days (today included, in %5), rounded down to the cent.</source>
        <translation>%1 por assento/mês × %2 × %3/%4 dias (hoje incluído, em %5), arredondado para baixo ao centavo.</translation>
    </message>
</context>
<context>
    <name>seatwise::PoolTableModel</name>
    <message>
        <source>%1 of %2 seats in use</source>
        <translation>%1 de %2 assentos em uso</translation>
    </message>
    <message>
        <source>Seat orders placed but not yet in effect: %1</source>
        <translation>Pedidos de assentos feitos, mas ainda não em vigor: %1</translation>
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
        <translation>Assentos</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Pedidos pendentes</translation>
    </message>
    <message>
        <source>Idle after</source>
        <translation>Inativa após</translation>
    </message>
</context>
<context>
    <name>seatwise::PreviewPage</name>
    <message>
        <source>Preview the changes</source>
        <translation>Visualizar as alterações</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Apply assigns every row at once, or none if the gateway finds a problem.</source>
        <translation>Nada foi gravado ainda. Aplicar atribui todas as linhas de uma vez, ou nenhuma se o gateway encontrar um problema.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
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
        <translation>Ramais a atribuir: %1, cada um com uma licença Phone System, o número e os complementos.</translation>
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
        <translation>&amp;Nenhum</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>C&amp;reate Report</source>
        <translation>C&amp;riar relatório</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Usage Report</source>
        <translation>Relatório de uso</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>The pools in the report; Space ticks or clears the current one</source>
        <translation>Os pools do relatório; Espaço marca ou desmarca o atual</translation>
    </message>
    <message>
        <source>Include every pool</source>
        <translation>Incluir todos os pools</translation>
    </message>
    <message>
        <source>Include no pool, to pick a few</source>
        <translation>Não incluir nenhum pool, para escolher alguns</translation>
    </message>
    <message>
        <source>Today and This month run up to now; custom dates cover whole days</source>
        <translation>Hoje e Este mês vão até agora; datas personalizadas cobrem dias inteiros</translation>
    </message>
    <message>
        <source>First day of the report, from midnight</source>
        <translation>Primeiro dia do relatório, a partir da meia-noite</translation>
    </message>
    <message>
        <source>Last day of the report, up to the following midnight</source>
        <translation>Último dia do relatório, até a meia-noite seguinte</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (planilhas)</translation>
    </message>
    <message>
        <source>PDF (to read or print)</source>
        <translation>PDF (para ler ou imprimir)</translation>
    </message>
    <message>
        <source>Where the report is saved; an existing file is replaced</source>
        <translation>Onde o relatório é salvo; um arquivo existente é substituído</translation>
    </message>
    <message>
        <source>Choose the file (Ctrl+S)</source>
        <translation>Escolher o arquivo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fetch the usage and save the report (Ctrl+Enter)</source>
        <translation>Buscar o uso e salvar o relatório (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop fetching; no file is written</source>
        <translation>Parar a busca; nenhum arquivo é gravado</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arqu&amp;ivo:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Loading pools…</source>
        <translation>Carregando pools…</translation>
    </message>
    <message>
        <source>Could not list the pools: %1</source>
        <translation>Não foi possível listar os pools: %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Assentos: %1</translation>
    </message>
    <message>
        <source>Save Usage Report</source>
        <translation>Salvar relatório de uso</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Not connected to a gateway.</source>
        <translation>Não conectado a um gateway.</translation>
    </message>
    <message>
        <source>Choose at least one pool.</source>
        <translation>Escolha pelo menos um pool.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>O primeiro dia não pode ser depois do último dia.</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>Escolha um arquivo para salvar o relatório.</translation>
    </message>
    <message>
        <source>Reading the usage of %1…</source>
        <translation>Lendo o uso de %1…</translation>
    </message>
    <message>
        <source>Stopped; no report was written.</source>
        <translation>Parado; nenhum relatório foi gravado.</translation>
    </message>
    <message>
        <source>Could not read the usage of %1: %2</source>
        <translation>Não foi possível ler o uso de %1: %2</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Relatório salvo em %1</translation>
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
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Datas personalizadas</translation>
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
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Seat usage report</source>
        <translation>Relatório de uso de assentos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gerado em</translation>
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
        <translation>Média</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Assentos</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilização</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Recusas</translation>
    </message>
    <message>
        <source>Minutes full</source>
        <translation>Minutos lotados</translation>
    </message>
    <message>
        <source>Peak and average count seats in use per minute; the average covers the minutes the gateway recorded in the period (%1). Seats are the most owned at any minute; utilisation is the average over them. Minutes full: minutes with every seat in use. The total adds all pools up minute by minute.</source>
        <translation>Pico e média contam os assentos em uso por minuto; a média cobre os minutos que o gateway registrou no período (%1). Assentos é o máximo existente em qualquer minuto; a utilização é a média sobre eles. Minutos lotados: minutos com todos os assentos em uso. O total soma todos os pools minuto a minuto.</translation>
    </message>
    <message>
        <source>Could not make the PDF document.</source>
        <translation>Não foi possível criar o documento PDF.</translation>
    </message>
</context>
<context>
    <name>seatwise::RightSizingPanel</name>
    <message>
        <source>Choose a pool.</source>
        <translation>Escolha um pool.</translation>
    </message>
    <message>
        <source>The pool to size.</source>
        <translation>O pool a dimensionar.</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>P&amp;ool:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Lists the pools and asks the gateway again (F5).</source>
        <translation>Lista os pools e consulta o gateway novamente (F5).</translation>
    </message>
    <message>
        <source>Order seats…</source>
        <translation>Pedir assentos…</translation>
    </message>
    <message>
        <source>Seat &amp;orders…</source>
        <translation>Pedidos de &amp;assentos…</translation>
    </message>
    <message>
        <source>Lists, places and cancels the pool&apos;s seat orders.</source>
        <translation>Lista, faz e cancela os pedidos de assentos do pool.</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>E se</translation>
    </message>
    <message>
        <source>95th percentile of daily peaks</source>
        <translation>percentil 95 dos picos diários</translation>
    </message>
    <message>
        <source>99th percentile of daily peaks</source>
        <translation>percentil 99 dos picos diários</translation>
    </message>
    <message>
        <source>Highest daily peak</source>
        <translation>Maior pico diário</translation>
    </message>
    <message>
        <source>Which daily peak to plan for: percentiles ignore the rare busiest days.</source>
        <translation>Para qual pico diário planejar: os percentis ignoram os raros dias mais movimentados.</translation>
    </message>
    <message>
        <source>&amp;Peak:</source>
        <translation>&amp;Pico:</translation>
    </message>
    <message>
        <source>Head-room above the peak for unexpected days: 10 to 20 %.</source>
        <translation>Folga acima do pico para dias inesperados: 10 a 20 %.</translation>
    </message>
    <message>
        <source>&amp;Buffer:</source>
        <translation>&amp;Folga:</translation>
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
        <translation>Até onde projetar a tendência dos picos diários.</translation>
    </message>
    <message>
        <source>Growth over:</source>
        <translation>Crescimento em:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>How much usage history to look at, up to 400 days.</source>
        <translation>Quanto histórico de uso considerar, até 400 dias.</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Janela:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Peak:</source>
        <translation>Pico:</translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation>Folga:</translation>
    </message>
    <message>
        <source>Growth:</source>
        <translation>Crescimento:</translation>
    </message>
    <message>
        <source>Denials:</source>
        <translation>Recusas:</translation>
    </message>
    <message>
        <source>Utilisation:</source>
        <translation>Utilização:</translation>
    </message>
    <message>
        <source>Idle seat-hours:</source>
        <translation>Horas-assento ociosas:</translation>
    </message>
    <message>
        <source>Busiest hours:</source>
        <translation>Horas mais movimentadas:</translation>
    </message>
    <message>
        <source>Days with data:</source>
        <translation>Dias com dados:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Consultando o gateway…</translation>
    </message>
    <message>
        <source>There is no gateway to ask.</source>
        <translation>Não há gateway para consultar.</translation>
    </message>
    <message>
        <source>There are no pools to size yet.</source>
        <translation>Ainda não há pools para dimensionar.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>The numbers below may be out of date.</source>
        <translation>Os números abaixo podem estar desatualizados.</translation>
    </message>
    <message>
        <source>Recommended: …</source>
        <translation>Recomendado: …</translation>
    </message>
    <message>
        <source>Recommended: %1 (you own %2)</source>
        <translation>Recomendado: %1 (você tem %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>+%1 over %2 months</source>
        <translation>+%1 em %2 meses</translation>
    </message>
    <message>
        <source>none over %1 months</source>
        <translation>nenhum em %1 meses</translation>
    </message>
    <message>
        <source>1 login refused for lack of a seat</source>
        <translation>1 login recusado por falta de assento</translation>
    </message>
    <message>
        <source>%1 logins refused for lack of a seat</source>
        <translation>%1 logins recusados por falta de assento</translation>
    </message>
    <message>
        <source>%1 of the seats in use on average</source>
        <translation>%1 dos assentos em uso em média</translation>
    </message>
    <message>
        <source>%1 seat-hours held by inactive sessions</source>
        <translation>%1 horas-assento ocupadas por sessões inativas</translation>
    </message>
    <message>
        <source>%1 of the last %2 days</source>
        <translation>%1 dos últimos %2 dias</translation>
    </message>
    <message>
        <source>Waiting for the gateway&apos;s recommendation.</source>
        <translation>Aguardando a recomendação do gateway.</translation>
    </message>
    <message>
        <source>There is no usage in the window yet, so there is nothing to base an order on.</source>
        <translation>Ainda não há uso na janela, então não há em que basear um pedido.</translation>
    </message>
    <message>
        <source>No usage in the last %1 days yet.</source>
        <translation>Ainda sem uso nos últimos %1 dias.</translation>
    </message>
    <message>
        <source>The pool already has the recommended %1.</source>
        <translation>O pool já tem os %1 recomendados.</translation>
    </message>
    <message>
        <source>With the %1 seats on order the pool will have the recommended %2.</source>
        <translation>Com os %1 assentos pedidos, o pool terá os %2 recomendados.</translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation>Nada a pedir.</translation>
    </message>
    <message>
        <source>(%1 already on order)</source>
        <translation>(%1 já pedidos)</translation>
    </message>
    <message>
        <source>Order 1 seat…</source>
        <translation>Pedir 1 assento…</translation>
    </message>
    <message>
        <source>Order %1 seats…</source>
        <translation>Pedir %1 assentos…</translation>
    </message>
    <message>
        <source>Opens a seat order for %1 more, prefilled (Ctrl+Shift+O).</source>
        <translation>Abre um pedido de assentos já preenchido com mais %1 (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>%1 short of the recommendation.</source>
        <translation>%1 abaixo da recomendação.</translation>
    </message>
    <message>
        <source>Remove 1 seat…</source>
        <translation>Remover 1 assento…</translation>
    </message>
    <message>
        <source>Remove %1 seats…</source>
        <translation>Remover %1 assentos…</translation>
    </message>
    <message>
        <source>The pool is larger than recommended: opens a seat order removing %1 from the next billing month (Ctrl+Shift+O).</source>
        <translation>O pool é maior que o recomendado: abre um pedido de assentos que remove %1 a partir do próximo mês de faturamento (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>%1 more than recommended.</source>
        <translation>%1 a mais que o recomendado.</translation>
    </message>
</context>
<context>
    <name>seatwise::SeatOrderDialog</name>
    <message>
        <source>right after the order</source>
        <translation>logo após o pedido</translation>
    </message>
    <message>
        <source>%1 h after the order</source>
        <translation>%1 h após o pedido</translation>
    </message>
    <message>
        <source>%1 min after the order</source>
        <translation>%1 min após o pedido</translation>
    </message>
    <message>
        <source>%1 s after the order</source>
        <translation>%1 s após o pedido</translation>
    </message>
    <message>
        <source>Seat orders</source>
        <translation>Pedidos de assentos</translation>
    </message>
    <message>
        <source>Loading the pool…</source>
        <translation>Carregando o pool…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Novo pedido</translation>
    </message>
    <message>
        <source>&amp;Add seats</source>
        <translation>&amp;Adicionar assentos</translation>
    </message>
    <message>
        <source>Added seats start after the pool&apos;s activation delay and are charged now, prorated to the rest of the billing month.</source>
        <translation>Os assentos adicionados começam após o atraso de ativação do pool e são cobrados agora, proporcionalmente ao restante do mês de faturamento.</translation>
    </message>
    <message>
        <source>&amp;Remove seats</source>
        <translation>&amp;Remover assentos</translation>
    </message>
    <message>
        <source>Removed seats go at the start of the next billing month; nothing is refunded and running sessions are never ended.</source>
        <translation>Os assentos removidos saem no início do próximo mês de faturamento; nada é reembolsado e sessões em andamento nunca são encerradas.</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> assentos</translation>
    </message>
    <message>
        <source>How many seats to add or remove.</source>
        <translation>Quantos assentos adicionar ou remover.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Quantidade:</translation>
    </message>
    <message>
        <source>&amp;Place order…</source>
        <translation>&amp;Fazer pedido…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Show &amp;past orders (in effect or cancelled)</source>
        <translation>Mostrar pedidos &amp;anteriores (em vigor ou cancelados)</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>&amp;Cancelar pedido…</translation>
    </message>
    <message>
        <source>Cancels the selected pending order (Delete).</source>
        <translation>Cancela o pedido pendente selecionado (Delete).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Lists the pool&apos;s orders again (F5).</source>
        <translation>Lista os pedidos do pool novamente (F5).</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>There is no gateway to ask.</source>
        <translation>Não há gateway para consultar.</translation>
    </message>
    <message>
        <source>The pool is gone from the gateway.</source>
        <translation>O pool não existe mais no gateway.</translation>
    </message>
    <message>
        <source>The pool&apos;s details are not loaded.</source>
        <translation>Os detalhes do pool não foram carregados.</translation>
    </message>
    <message>
        <source>Seat orders — %1</source>
        <translation>Pedidos de assentos — %1</translation>
    </message>
    <message>
        <source>%1: %2 seats, %3 in use</source>
        <translation>%1: %2 assentos, %3 em uso</translation>
    </message>
    <message>
        <source>, %1 on order</source>
        <translation>, %1 pedidos</translation>
    </message>
    <message>
        <source>%1 per seat-month; added seats start %2.</source>
        <translation>%1 por assento/mês; os assentos adicionados começam %2.</translation>
    </message>
    <message>
        <source>No seat price is set; added seats start %1.</source>
        <translation>Nenhum preço por assento definido; os assentos adicionados começam %1.</translation>
    </message>
    <message>
        <source>Billing time zone: %1.</source>
        <translation>Fuso horário de faturamento: %1.</translation>
    </message>
    <message>
        <source>Choose how many seats to remove.</source>
        <translation>Escolha quantos assentos remover.</translation>
    </message>
    <message>
        <source>Choose how many seats to add.</source>
        <translation>Escolha quantos assentos adicionar.</translation>
    </message>
    <message>
        <source>Loading the pool&apos;s price and the billing time zone…</source>
        <translation>Carregando o preço do pool e o fuso horário de faturamento…</translation>
    </message>
    <message>
        <source>The preview needs the pool&apos;s price and the billing time zone.</source>
        <translation>A visualização precisa do preço do pool e do fuso horário de faturamento.</translation>
    </message>
    <message>
        <source>Waiting for the gateway.</source>
        <translation>Aguardando o gateway.</translation>
    </message>
    <message>
        <source>The pool&apos;s price and the billing time zone are not loaded.</source>
        <translation>O preço do pool e o fuso horário de faturamento não foram carregados.</translation>
    </message>
    <message>
        <source>Choose how many seats to add or remove; an order of 0 seats changes nothing.</source>
        <translation>Escolha quantos assentos adicionar ou remover; um pedido de 0 assentos não muda nada.</translation>
    </message>
    <message>
        <source>The pool will only have %1 seats.</source>
        <translation>O pool ficará com apenas %1 assentos.</translation>
    </message>
    <message>
        <source>Places the order after you confirm it (Ctrl+Enter).</source>
        <translation>Faz o pedido depois que você confirmar (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Add %1 to %2?</source>
        <translation>Adicionar %1 a %2?</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Remover %1 de %2?</translation>
    </message>
    <message>
        <source>Place seat order</source>
        <translation>Fazer pedido de assentos</translation>
    </message>
    <message>
        <source>Order placed: %1 seats, in effect %2; charged %3.</source>
        <translation>Pedido feito: %1 assentos, em vigor %2; cobrado %3.</translation>
    </message>
    <message>
        <source>Order placed: %1 seats, in effect %2; no charge.</source>
        <translation>Pedido feito: %1 assentos, em vigor %2; sem custo.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>adicionar %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>remover %1</translation>
    </message>
    <message>
        <source>Cancel the order to %1, due %2?

The pool&apos;s seats stay as they are.</source>
        <translation>Cancelar o pedido para %1, previsto %2?

Os assentos do pool continuam como estão.</translation>
    </message>
    <message>
        <source>Cancel seat order</source>
        <translation>Cancelar pedido de assentos</translation>
    </message>
    <message>
        <source>Order cancelled: %1 seats.</source>
        <translation>Pedido cancelado: %1 assentos.</translation>
    </message>
</context>
<context>
    <name>seatwise::SessionActions</name>
    <message>
        <source>Sign Out &amp;Inactive Users</source>
        <translation>Desconectar usuários &amp;inativos</translation>
    </message>
    <message>
        <source>Sign Out &amp;Selected…</source>
        <translation>Desconectar &amp;selecionadas…</translation>
    </message>
    <message>
        <source>Sign Out &amp;All…</source>
        <translation>Desconectar &amp;todos…</translation>
    </message>
    <message>
        <source>End every inactive session now and free its seat</source>
        <translation>Encerrar agora cada sessão inativa e liberar o assento dela</translation>
    </message>
    <message>
        <source>End the selected sessions after confirmation</source>
        <translation>Encerrar as sessões selecionadas após confirmação</translation>
    </message>
    <message>
        <source>End every open session after confirmation</source>
        <translation>Encerrar todas as sessões abertas após confirmação</translation>
    </message>
    <message>
        <source>Sign out this session now?</source>
        <translation>Desconectar esta sessão agora?</translation>
    </message>
    <message>
        <source>Sign out these %1 sessions now?</source>
        <translation>Desconectar estas %1 sessões agora?</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>Their users are signed out and must sign in again.</source>
        <translation>Os usuários delas são desconectados e precisam entrar novamente.</translation>
    </message>
    <message>
        <source>Sign Out Selected Sessions</source>
        <translation>Desconectar sessões selecionadas</translation>
    </message>
    <message>
        <source>%1 open sessions are listed now. </source>
        <translation>%1 sessões abertas estão listadas agora. </translation>
    </message>
    <message>
        <source>Sign out EVERY user now?

%1All sessions end at once, except your own admin sessions. Everyone signed in loses their seat and any unsaved work, and must sign in again. This cannot be undone.</source>
        <translation>Desconectar TODOS os usuários agora?

%1Todas as sessões terminam de uma vez, exceto as suas próprias sessões de administrador. Todos os conectados perdem o assento e qualquer trabalho não salvo, e precisam entrar novamente. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Sign Out All Users</source>
        <translation>Desconectar todos os usuários</translation>
    </message>
    <message>
        <source>Signed out 1 inactive user</source>
        <translation>1 usuário inativo desconectado</translation>
    </message>
    <message>
        <source>Signed out %1 inactive users</source>
        <translation>%1 usuários inativos desconectados</translation>
    </message>
    <message>
        <source>Signed out 1 session</source>
        <translation>1 sessão desconectada</translation>
    </message>
    <message>
        <source>Signed out %1 sessions</source>
        <translation>%1 sessões desconectadas</translation>
    </message>
    <message>
        <source>anonymous session on %1</source>
        <translation>sessão anônima em %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) em %3</translation>
    </message>
</context>
<context>
    <name>seatwise::SessionTableModel</name>
    <message>
        <source>(anonymous)</source>
        <translation>(anônimo)</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sessão %1</translation>
    </message>
    <message>
        <source> (overflow)</source>
        <translation> (excedente)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
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
        <translation>Conectado em</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última atividade</translation>
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
        <translation>Importação concluída</translation>
    </message>
    <message>
        <source>The gateway wrote every row of the file.</source>
        <translation>O gateway gravou todas as linhas do arquivo.</translation>
    </message>
    <message>
        <source>Save a CSV file listing every applied row and its outcome.</source>
        <translation>Salvar um arquivo CSV que lista cada linha aplicada e o resultado dela.</translation>
    </message>
    <message>
        <source>Rows applied: %1. Each user below now holds a Phone System license with its extension, number and add-ons.</source>
        <translation>Linhas aplicadas: %1. Cada usuário abaixo agora tem uma licença Phone System com ramal, número e complementos.</translation>
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
        <translation>Não foi possível salvar o resultado em “%1”: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
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
        <translation>O chaveiro não respondeu.</translation>
    </message>
</context>
<context>
    <name>seatwise::TrayNotifier</name>
    <message>
        <source>Seatwise alerts</source>
        <translation>Alertas do Seatwise</translation>
    </message>
    <message>
        <source>Seatwise: action needed</source>
        <translation>Seatwise: ação necessária</translation>
    </message>
    <message>
        <source>Seatwise: seats running out</source>
        <translation>Seatwise: assentos acabando</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageChartView</name>
    <message>
        <source>Seats in use (peak)</source>
        <translation>Assentos em uso (pico)</translation>
    </message>
    <message>
        <source>Seats owned</source>
        <translation>Assentos existentes</translation>
    </message>
    <message>
        <source>Denied logins</source>
        <translation>Logins recusados</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Assentos</translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats in use, denied logins: %4</source>
        <translation>%1: %2 de %3 assentos em uso, logins recusados: %4</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageChartsPanel</name>
    <message>
        <source>The pool to chart; all pools are summed minute by minute</source>
        <translation>O pool a exibir no gráfico; todos os pools são somados minuto a minuto</translation>
    </message>
    <message>
        <source>All pools</source>
        <translation>Todos os pools</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>The last 24 hours, minute by minute</source>
        <translation>As últimas 24 horas, minuto a minuto</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>The last 7 days, minute by minute</source>
        <translation>Os últimos 7 dias, minuto a minuto</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>The last 30 days, minute by minute</source>
        <translation>Os últimos 30 dias, minuto a minuto</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>The last 52 weeks, minute by minute (takes a few seconds)</source>
        <translation>As últimas 52 semanas, minuto a minuto (leva alguns segundos)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Redefinir zoom</translation>
    </message>
    <message>
        <source>Show the whole period again</source>
        <translation>Mostrar o período inteiro novamente</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Salvar o gráfico como imagem PNG</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save every minute of the period as CSV</source>
        <translation>Salvar cada minuto do período como CSV</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag or ←/→: move in time · Ctrl+0: whole period</source>
        <translation>Roda: zoom · arrastar ou ←/→: mover no tempo · Ctrl+0: período inteiro</translation>
    </message>
    <message>
        <source>Not connected to a gateway.</source>
        <translation>Não conectado a um gateway.</translation>
    </message>
    <message>
        <source>%1 · %2 seats</source>
        <translation>%1 · %2 assentos</translation>
    </message>
    <message>
        <source>Loading %v of %m weeks…</source>
        <translation>Carregando %v de %m semanas…</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Carregando o uso…</translation>
    </message>
    <message>
        <source>%1 – %2: no usage recorded</source>
        <translation>%1 – %2: nenhum uso registrado</translation>
    </message>
    <message>
        <source>%1 – %2 · peak %3 of %4 seats in use · denied logins: %5</source>
        <translation>%1 – %2 · pico de %3 de %4 assentos em uso · logins recusados: %5</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Exportar uso como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>seatwise::UsageHeatmapWidget</name>
    <message>
        <source>%1 %2: no usage recorded</source>
        <translation>%1 %2: nenhum uso registrado</translation>
    </message>
    <message>
        <source>%1 %2: peak %3 of %4 seats</source>
        <translation>%1 %2: pico de %3 de %4 assentos</translation>
    </message>
    <message>
        <source>Peak seats in use by weekday and hour</source>
        <translation>Pico de assentos em uso por dia da semana e hora</translation>
    </message>
    <message>
        <source>Peak seats in use by weekday and hour (%1)</source>
        <translation>Pico de assentos em uso por dia da semana e hora (%1)</translation>
    </message>
    <message>
        <source>0% of seats in use</source>
        <translation>0 % dos assentos em uso</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>every seat in use</source>
        <translation>todos os assentos em uso</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
</context>
<context>
    <name>seatwise::ValidationPage</name>
    <message>
        <source>&amp;Validate again</source>
        <translation>&amp;Validar novamente</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Remover linha</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Verificar as linhas</translation>
    </message>
    <message>
        <source>The gateway checks every row without writing anything. Fix the highlighted cells here (double-click or F2 to edit), then validate again.</source>
        <translation>O gateway verifica cada linha sem gravar nada. Corrija aqui as células destacadas (clique duas vezes ou pressione F2 para editar) e valide novamente.</translation>
    </message>
    <message>
        <source>The file&apos;s rows as they will be sent; red cells have a problem (hover for why).</source>
        <translation>As linhas do arquivo como serão enviadas; células vermelhas têm um problema (passe o mouse para ver o motivo).</translation>
    </message>
    <message>
        <source>Select a problem to jump to its cell.</source>
        <translation>Selecione um problema para ir até a célula dele.</translation>
    </message>
    <message>
        <source>Send the rows as edited to the gateway for another check (Ctrl+R).</source>
        <translation>Enviar as linhas editadas ao gateway para outra verificação (Ctrl+R).</translation>
    </message>
    <message>
        <source>Leave the selected rows out of the import.</source>
        <translation>Deixar as linhas selecionadas fora da importação.</translation>
    </message>
    <message>
        <source>The console is not connected to a gateway; connect to one and try again.</source>
        <translation>O console não está conectado a um gateway; conecte-se a um e tente novamente.</translation>
    </message>
    <message>
        <source>Checking the rows with the gateway…</source>
        <translation>Verificando as linhas com o gateway…</translation>
    </message>
    <message>
        <source>No rows are left to import.</source>
        <translation>Não resta nenhuma linha para importar.</translation>
    </message>
    <message>
        <source>Every row is correct (%1 in all). Press Next to preview the changes.</source>
        <translation>Todas as linhas estão corretas (%1 no total). Clique em Avançar para visualizar as alterações.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabeçalho</translation>
    </message>
    <message>
        <source>Rows with problems: %1. Fix the red cells (or remove those rows), then press Validate again.</source>
        <translation>Linhas com problemas: %1. Corrija as células vermelhas (ou remova essas linhas) e clique em Validar novamente.</translation>
    </message>
    <message>
        <source>Rows changed since the last check. Press Validate again.</source>
        <translation>Linhas alteradas desde a última verificação. Clique em Validar novamente.</translation>
    </message>
</context>
<context>
    <name>seatwise::WeeklyTools</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Import Licenses from CSV…</source>
        <translation>&amp;Importar licenças de CSV…</translation>
    </message>
    <message>
        <source>Assign extensions, numbers and add-ons to many users from a CSV file</source>
        <translation>Atribuir ramais, números e complementos a muitos usuários a partir de um arquivo CSV</translation>
    </message>
    <message>
        <source>Usage &amp;Report…</source>
        <translation>&amp;Relatório de uso…</translation>
    </message>
    <message>
        <source>Peak, average, denials and utilisation per pool, as CSV or PDF</source>
        <translation>Pico, média, recusas e utilização por pool, em CSV ou PDF</translation>
    </message>
    <message>
        <source>&amp;Alert Settings…</source>
        <translation>Configurações de &amp;alertas…</translation>
    </message>
    <message>
        <source>Thresholds per pool, the pay-per-use minimum and tray notifications</source>
        <translation>Limites por pool, o mínimo de pagamento por uso e as notificações na bandeja</translation>
    </message>
    <message>
        <source>Usage &amp;Charts</source>
        <translation>&amp;Gráficos de uso</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planejamento</translation>
    </message>
</context>
<context>
    <name>seatwise::WireText</name>
    <message>
        <source>Agent seats</source>
        <translation>Assentos de agente</translation>
    </message>
    <message>
        <source>Admin seats</source>
        <translation>Assentos de administrador</translation>
    </message>
    <message>
        <source>Base license</source>
        <translation>Licença base</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>Simultâneo</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nomeado</translation>
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
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativa</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Encerrando</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerrada</translation>
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
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>há %1</translation>
    </message>
</context>
</TS>
