<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved sign-in was found. Sign in.</source>
        <translation>No se encontró ningún inicio de sesión guardado. Inicie sesión.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the sign-in cannot be remembered. Install and unlock a keychain (for example GNOME Keyring or KWallet), or sign in each time.</source>
        <translation>No hay ningún llavero disponible en este equipo, por lo que no se puede recordar el inicio de sesión. Instale y desbloquee un llavero (por ejemplo, GNOME Keyring o KWallet) o inicie sesión cada vez.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>El llavero denegó el acceso. Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero notificó un error.</translation>
    </message>
</context>
<context>
    <name>ServerUrlPolicy</name>
    <message>
        <source>Enter the address of the server.</source>
        <translation>Introduzca la dirección del servidor.</translation>
    </message>
    <message>
        <source>This is not a valid server address. Use the form https://community.example.org.</source>
        <translation>Esta no es una dirección de servidor válida. Use el formato https://community.example.org.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported.</source>
        <translation>Solo se admiten direcciones de servidor https://.</translation>
    </message>
    <message>
        <source>Unencrypted http:// is only allowed to this computer (localhost). Use https://.</source>
        <translation>El protocolo http:// sin cifrar solo se permite hacia este equipo (localhost). Use https://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address.</source>
        <translation>No incluya el nombre de usuario ni la contraseña en la dirección del servidor.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The file ends inside a quoted cell that starts on line %1.</source>
        <translation>El archivo termina dentro de una celda entre comillas que empieza en la línea %1.</translation>
    </message>
    <message>
        <source>Signs in and remembers the server and user in the profile. The password is read from standard input. The token is kept in the system keychain, or with --token-file in a file only you can read (mode 0600) in the profile.</source>
        <translation>Inicia sesión y recuerda el servidor y el usuario en el perfil. La contraseña se lee de la entrada estándar. El token se guarda en el llavero del sistema o, con --token-file, en un archivo del perfil que solo usted puede leer (modo 0600).</translation>
    </message>
    <message>
        <source>Signs out: revokes the token on the server when it can be reached and always forgets it locally. Local records stay.</source>
        <translation>Cierra la sesión: revoca el token en el servidor si se puede acceder a él y siempre lo olvida localmente. Los registros locales se conservan.</translation>
    </message>
    <message>
        <source>Sends local edits to the server and fetches what changed there. Exits with 6 when conflicts or rejected edits remain.</source>
        <translation>Envía los cambios locales al servidor y obtiene lo que cambió allí. Termina con el código 6 si quedan conflictos o cambios rechazados.</translation>
    </message>
    <message>
        <source>Shows pending edits, conflicts, rejected edits, the last sync and the server.</source>
        <translation>Muestra los cambios pendientes, los conflictos, los cambios rechazados, la última sincronización y el servidor.</translation>
    </message>
    <message>
        <source>Full-text search over practices and posts, best match first.</source>
        <translation>Búsqueda de texto completo en prácticas y mensajes, los más relevantes primero.</translation>
    </message>
    <message>
        <source>Shows one record with all its fields.</source>
        <translation>Muestra un registro con todos sus campos.</translation>
    </message>
    <message>
        <source>Creates a record from a JSON object of fields (&quot;-&quot; reads standard input) and prints its id. Sent by the next sync.</source>
        <translation>Crea un registro a partir de un objeto JSON de campos («-» lee la entrada estándar) y muestra su identificador. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Changes fields of a record. --set values are JSON when they parse as JSON (--set &apos;pillars=[&quot;green&quot;]&apos;, --set start_year=2020) and text otherwise; --file replaces the fields it names. Sent by the next sync.</source>
        <translation>Cambia campos de un registro. Los valores de --set son JSON cuando se pueden analizar como JSON (--set &apos;pillars=[&quot;green&quot;]&apos;, --set start_year=2020) y texto en caso contrario; --file reemplaza los campos que nombra. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Submits a practice for review, after checking every field a submission needs. Sent by the next sync.</source>
        <translation>Envía una práctica a revisión tras comprobar todos los campos que requiere el envío. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Takes a submitted practice back to draft. Sent by the next sync.</source>
        <translation>Devuelve una práctica enviada a borrador. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Creates draft practices from a CSV file: a header row of field names (title, summary, country, pillars...), then one practice per row; list values are separated by &quot;;&quot;. Every row is checked first and each problem reported with its row and field; then all valid rows are saved in one transaction. --dry-run only checks.</source>
        <translation>Crea borradores de prácticas a partir de un archivo CSV: una fila de encabezado con los nombres de los campos (title, summary, country, pillars...) y después una práctica por fila; los valores de lista se separan con «;». Primero se comprueba cada fila y se informa de cada problema con su fila y su campo; después se guardan todas las filas válidas en una sola transacción. --dry-run solo comprueba.</translation>
    </message>
    <message>
        <source>Lists records changed both here and on the server, field by field.</source>
        <translation>Enumera los registros modificados aquí y en el servidor, campo por campo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«%1» no es un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>«%1» no es true ni false.</translation>
    </message>
    <message>
        <source>csv, md (Markdown) or pdf.</source>
        <translation>csv, md (Markdown) o pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Only practices of pillar P.</source>
        <translation>Solo las prácticas del pilar P.</translation>
    </message>
    <message>
        <source>Only practices of country ISO3.</source>
        <translation>Solo las prácticas del país ISO3.</translation>
    </message>
    <message>
        <source>export needs --format csv|md|pdf and --out FILE.</source>
        <translation>export necesita --format csv|md|pdf y --out ARCHIVO.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use csv, md or pdf.</source>
        <translation>Formato de exportación «%1» desconocido; use csv, md o pdf.</translation>
    </message>
    <message>
        <source>Unknown pillar &quot;%1&quot;; use one of %2.</source>
        <translation>Pilar «%1» desconocido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Unknown country code &quot;%1&quot;; use an ISO 3166-1 alpha-3 code such as KEN.</source>
        <translation>Código de país «%1» desconocido; use un código ISO 3166-1 alfa-3 como KEN.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported %1 practice(s) to %2.</source>
        <translation>Se exportaron %1 práctica(s) a %2.</translation>
    </message>
    <message>
        <source>The CSV file: a header row of field names, one practice per row.</source>
        <translation>El archivo CSV: una fila de encabezado con los nombres de los campos y una práctica por fila.</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>Comprobar cada fila e informar; no escribir nada.</translation>
    </message>
    <message>
        <source>import needs --file PRACTICES.csv.</source>
        <translation>import necesita --file PRACTICAS.csv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>%1 no es texto UTF-8; guárdelo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row of field names (title, summary, country, pillars...) and one practice per row.</source>
        <translation>%1 está vacío: necesita una fila de encabezado con los nombres de los campos (title, summary, country, pillars...) y una práctica por fila.</translation>
    </message>
    <message>
        <source>%1, line %2: column %3 &quot;%4&quot; is not a practice field that can be imported. Use the field names of the practice schema (title, summary, body, country, pillars, instrument...).</source>
        <translation>%1, línea %2: la columna %3 «%4» no es un campo de práctica que se pueda importar. Use los nombres de campo del esquema de prácticas (title, summary, body, country, pillars, instrument...).</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; appears twice.</source>
        <translation>%1: la columna «%2» aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns.</source>
        <translation>%1 celdas, pero el encabezado tiene %2 columnas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id; leave it empty.</source>
        <translation>«%1» no es un identificador de registro; déjelo vacío.</translation>
    </message>
    <message>
        <source>a record with this id already exists; change it with &quot;edit&quot; or leave the id empty.</source>
        <translation>ya existe un registro con este identificador; cámbielo con «edit» o deje el identificador vacío.</translation>
    </message>
    <message>
        <source>imported practices are drafts; leave the status empty or write draft, and submit them afterwards.</source>
        <translation>las prácticas importadas son borradores; deje el estado vacío o escriba draft y envíelas después.</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4</source>
        <translation>%1, fila %2 (línea %3): %4</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), field %4: %5</source>
        <translation>%1, fila %2 (línea %3), campo %4: %5</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 row(s) valid, %3 with problems; nothing was written.</source>
        <translation>Simulación: %1 de %2 fila(s) válida(s), %3 con problemas; no se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot write the local database</source>
        <translation>No se puede escribir en la base de datos local</translation>
    </message>
    <message>
        <source>Nothing was imported; the local database refused a row</source>
        <translation>No se importó nada; la base de datos local rechazó una fila</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s) as drafts; %3 row(s) with problems were skipped (see above). The next sync sends the drafts.</source>
        <translation>Se importaron %1 de %2 fila(s) como borradores; se omitieron %3 fila(s) con problemas (véase más arriba). La próxima sincronización enviará los borradores.</translation>
    </message>
    <message>
        <source>Imported %1 practice(s) as drafts; the next sync sends them.</source>
        <translation>Se importaron %1 práctica(s) como borradores; la próxima sincronización las enviará.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>Tipo «%1» desconocido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Cannot read the local database</source>
        <translation>No se puede leer la base de datos local</translation>
    </message>
    <message>
        <source>No record with id %1 in this profile; &quot;list&quot; and &quot;search&quot; show ids, &quot;sync&quot; fetches new records.</source>
        <translation>No hay ningún registro con el identificador %1 en este perfil; «list» y «search» muestran identificadores y «sync» obtiene registros nuevos.</translation>
    </message>
    <message>
        <source>A %1 has no field %2. Its fields are: %3.</source>
        <translation>Un registro %1 no tiene el campo %2. Sus campos son: %3.</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the fields above.</source>
        <translation>No se guardó nada; corrija los campos anteriores.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>%1 is a %2; only practices are submitted and withdrawn.</source>
        <translation>%1 es de tipo %2; solo las prácticas se envían y se retiran.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 ya está en %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 from %2 to %3: %4</source>
        <translation>No se puede pasar %1 de %2 a %3: %4</translation>
    </message>
    <message>
        <source>Submitted %1; the next sync sends it for review.</source>
        <translation>%1 enviada; la próxima sincronización la enviará a revisión.</translation>
    </message>
    <message>
        <source>Withdrew %1 to draft; the next sync sends the change.</source>
        <translation>%1 devuelta a borrador; la próxima sincronización enviará el cambio.</translation>
    </message>
    <message>
        <source>Only records of pillar P (digital, finance, green).</source>
        <translation>Solo los registros del pilar P (digital, finance, green).</translation>
    </message>
    <message>
        <source>Only records of country ISO3 (alpha-3 code, e.g. KEN).</source>
        <translation>Solo los registros del país ISO3 (código alfa-3, p. ej., KEN).</translation>
    </message>
    <message>
        <source>Only records in status S (draft, submitted, published...).</source>
        <translation>Solo los registros en el estado S (draft, submitted, published...).</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Escribir un único documento JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Error en la búsqueda</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>id:       %1</source>
        <translation>id:       %1</translation>
    </message>
    <message>
        <source>kind:     %1</source>
        <translation>tipo:     %1</translation>
    </message>
    <message>
        <source>rev:      %1</source>
        <translation>rev.:     %1</translation>
    </message>
    <message>
        <source>state:    %1</source>
        <translation>estado:   %1</translation>
    </message>
    <message>
        <source>updated:  %1</source>
        <translation>actualizado: %1</translation>
    </message>
    <message>
        <source>rejected: %1 (%2)</source>
        <translation>rechazado: %1 (%2)</translation>
    </message>
    <message>
        <source>JSON object of fields (&quot;-&quot; reads standard input).</source>
        <translation>Objeto JSON de campos («-» lee la entrada estándar).</translation>
    </message>
    <message>
        <source>create needs --file FIELDS.json.</source>
        <translation>create necesita --file CAMPOS.json.</translation>
    </message>
    <message>
        <source>Set FIELD to VALUE (JSON when it parses, else text); repeatable.</source>
        <translation>Asignar VALOR a CAMPO (JSON si se puede analizar, texto en caso contrario); se puede repetir.</translation>
    </message>
    <message>
        <source>JSON object of the fields to replace (&quot;-&quot; reads standard input).</source>
        <translation>Objeto JSON de los campos que se reemplazarán («-» lee la entrada estándar).</translation>
    </message>
    <message>
        <source>edit needs either --set FIELD=VALUE (repeatable) or --file FIELDS.json.</source>
        <translation>edit necesita --set CAMPO=VALOR (se puede repetir) o --file CAMPOS.json.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, for example --set start_year=2020; got &quot;%1&quot;.</source>
        <translation>--set espera CAMPO=VALOR, por ejemplo --set start_year=2020; se recibió «%1».</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
    <message>
        <source>Saved %1; the next sync sends it.</source>
        <translation>Se guardó %1; la próxima sincronización lo enviará.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in first: smecommunity-cli --profile %1 login --server URL --username NAME --password-stdin</source>
        <translation>No ha iniciado sesión. Inicie sesión primero: smecommunity-cli --profile %1 login --server URL --username NOMBRE --password-stdin</translation>
    </message>
    <message>
        <source>The server address of this profile cannot be used</source>
        <translation>No se puede usar la dirección del servidor de este perfil</translation>
    </message>
    <message>
        <source>Not signed in: %1 Sign in again with login.</source>
        <translation>No ha iniciado sesión: %1 Vuelva a iniciar sesión con login.</translation>
    </message>
    <message>
        <source>Cannot use the trusted CA file of this profile</source>
        <translation>No se puede usar el archivo de CA de confianza de este perfil</translation>
    </message>
    <message>
        <source>The server %1 no longer accepts this sign-in (%2). Sign in again with login.</source>
        <translation>El servidor %1 ya no acepta este inicio de sesión (%2). Vuelva a iniciar sesión con login.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). If the server uses a private certificate authority, sign in again with --ca-cert FILE.</source>
        <translation>Falló la conexión segura con %1 (%2). Si el servidor usa una autoridad de certificación privada, vuelva a iniciar sesión con --ca-cert ARCHIVO.</translation>
    </message>
    <message>
        <source>%2 (%1). Your local edits are kept; run sync again later.</source>
        <translation>%2 (%1). Sus cambios locales se conservan; vuelva a ejecutar sync más tarde.</translation>
    </message>
    <message>
        <source>The sync with %1 failed: %2</source>
        <translation>Falló la sincronización con %1: %2</translation>
    </message>
    <message>
        <source>Server address (https://..., or http:// on this computer only).</source>
        <translation>Dirección del servidor (https://..., o http:// solo en este equipo).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nombre de usuario.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Leer la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM).</source>
        <translation>Confiar también en las autoridades de certificación de ARCHIVO (PEM).</translation>
    </message>
    <message>
        <source>Keep the token in DIR/token (mode 0600) instead of the keychain.</source>
        <translation>Guardar el token en CARPETA/token (modo 0600) en lugar del llavero.</translation>
    </message>
    <message>
        <source>login needs --server URL and --username U.</source>
        <translation>login necesita --server URL y --username U.</translation>
    </message>
    <message>
        <source>login reads the password from standard input only, so that it never shows in the process list: pass --password-stdin, for example printf &apos;%s&apos; &quot;$PASSWORD&quot; | smecommunity-cli login ... --password-stdin</source>
        <translation>login solo lee la contraseña de la entrada estándar, para que nunca aparezca en la lista de procesos: pase --password-stdin, por ejemplo printf &apos;%s&apos; &quot;$PASSWORD&quot; | smecommunity-cli login ... --password-stdin</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>No se puede leer el archivo de certificado de CA %1.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>No hay contraseña en la entrada estándar.</translation>
    </message>
    <message>
        <source>The server refused the user name or password for &quot;%1&quot;. Check them and try again.</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña de «%1». Compruébelos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for &quot;%1&quot;: %2 Wait a little and try again.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión para «%1»: %2 Espere un poco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server accepted the sign-in, but the token cannot be kept in the system keychain: %1
Not signed in. To keep the token in a file only you can read (mode 0600) in the profile instead, sign in again with --token-file.</source>
        <translation>El servidor aceptó el inicio de sesión, pero el token no se puede guardar en el llavero del sistema: %1
No ha iniciado sesión. Para guardar el token en un archivo del perfil que solo usted puede leer (modo 0600), vuelva a iniciar sesión con --token-file.</translation>
    </message>
    <message>
        <source>Cannot use the server address &quot;%1&quot;</source>
        <translation>No se puede usar la dirección de servidor «%1»</translation>
    </message>
    <message>
        <source>Cannot sign in at %1: %2</source>
        <translation>No se puede iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, %4). The token is kept %5.</source>
        <translation>Sesión iniciada en %1 como %2 (%3, %4). El token se guarda %5.</translation>
    </message>
    <message>
        <source>in %1 (readable by you only)</source>
        <translation>en %1 (solo usted puede leerlo)</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>en el llavero del sistema</translation>
    </message>
    <message>
        <source>Not signed in; nothing to do.</source>
        <translation>No ha iniciado sesión; no hay nada que hacer.</translation>
    </message>
    <message>
        <source>Could not revoke the token on %1 (%2); it is forgotten here and expires on the server by itself.</source>
        <translation>No se pudo revocar el token en %1 (%2); se olvida aquí y caducará por sí solo en el servidor.</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>No se puede guardar el perfil</translation>
    </message>
    <message>
        <source>Signed out, but the token could not be removed from the keychain: %1</source>
        <translation>Sesión cerrada, pero no se pudo quitar el token del llavero: %1</translation>
    </message>
    <message>
        <source>Signed out of %1. Local records stay in the profile.</source>
        <translation>Sesión cerrada en %1. Los registros locales permanecen en el perfil.</translation>
    </message>
    <message>
        <source>Sending local edits: %1 of %2</source>
        <translation>Enviando cambios locales: %1 de %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1 of about %2</source>
        <translation>Recibiendo cambios: %1 de unos %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1</source>
        <translation>Recibiendo cambios: %1</translation>
    </message>
    <message>
        <source>Synced with %1: %2 received, %3 sent.</source>
        <translation>Sincronizado con %1: %2 recibido(s), %3 enviado(s).</translation>
    </message>
    <message>
        <source>%1 record(s) changed both here and on the server: see them with &quot;conflicts&quot; and settle each with &quot;resolve ID --take mine|theirs&quot;.</source>
        <translation>%1 registro(s) modificado(s) aquí y en el servidor: véalos con «conflicts» y resuelva cada uno con «resolve ID --take mine|theirs».</translation>
    </message>
    <message>
        <source>The server rejected %1 edit(s); &quot;status&quot; and &quot;show ID&quot; tell why. Edit the record again to send a corrected version.</source>
        <translation>El servidor rechazó %1 cambio(s); «status» y «show ID» indican el motivo. Vuelva a editar el registro para enviar una versión corregida.</translation>
    </message>
    <message>
        <source>Server:     %1 (signed in as %2)</source>
        <translation>Servidor:   %1 (sesión de %2)</translation>
    </message>
    <message>
        <source>Server:     none (not signed in)</source>
        <translation>Servidor:   ninguno (sin sesión)</translation>
    </message>
    <message>
        <source>Last sync:  %1</source>
        <translation>Última sincr.: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Pending:    %1</source>
        <translation>Pendientes: %1</translation>
    </message>
    <message>
        <source>Conflicts:  %1</source>
        <translation>Conflictos: %1</translation>
    </message>
    <message>
        <source>Rejected:   %1</source>
        <translation>Rechazados: %1</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message>
        <source>  deleted here, changed on the server</source>
        <translation>  eliminado aquí, modificado en el servidor</translation>
    </message>
    <message>
        <source>  deleted on the server, changed here</source>
        <translation>  eliminado en el servidor, modificado aquí</translation>
    </message>
    <message>
        <source>    base:   %1</source>
        <translation>    base:   %1</translation>
    </message>
    <message>
        <source>    mine:   %1</source>
        <translation>    mía:    %1</translation>
    </message>
    <message>
        <source>    theirs: %1</source>
        <translation>    servidor: %1</translation>
    </message>
    <message>
        <source>mine: your values for the conflicting fields (changes made only on the server are kept); theirs: the server&apos;s version as it is.</source>
        <translation>mine: sus valores para los campos en conflicto (se conservan los cambios hechos solo en el servidor); theirs: la versión del servidor tal cual.</translation>
    </message>
    <message>
        <source>A field to give a value of your own (repeatable).</source>
        <translation>Un campo al que dar un valor propio (se puede repetir).</translation>
    </message>
    <message>
        <source>The value of the matching --field: JSON when it parses, else text. Other fields are resolved as with --take mine.</source>
        <translation>El valor del --field correspondiente: JSON si se puede analizar, texto en caso contrario. Los demás campos se resuelven como con --take mine.</translation>
    </message>
    <message>
        <source>resolve needs either --take mine|theirs or --field F --value V.</source>
        <translation>resolve necesita --take mine|theirs o --field F --value V.</translation>
    </message>
    <message>
        <source>Give one --value for each --field.</source>
        <translation>Indique un --value por cada --field.</translation>
    </message>
    <message>
        <source>--take is either mine or theirs, not &quot;%1&quot;.</source>
        <translation>--take es mine o theirs, no «%1».</translation>
    </message>
    <message>
        <source>No conflict for %1; &quot;conflicts&quot; lists them.</source>
        <translation>No hay ningún conflicto para %1; «conflicts» los enumera.</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>No se puede resolver el conflicto</translation>
    </message>
    <message>
        <source>Took the server&apos;s version of %1; your edit is dropped.</source>
        <translation>Se tomó la versión del servidor de %1; su cambio se descarta.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>No se puede eliminar %1</translation>
    </message>
    <message>
        <source>Kept your deletion of %1; it is sent by the next sync.</source>
        <translation>Se conservó su eliminación de %1; se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>Un registro %1 no tiene el campo «%2».</translation>
    </message>
    <message>
        <source>The conflict is not resolved; fix the values above.</source>
        <translation>El conflicto no se ha resuelto; corrija los valores anteriores.</translation>
    </message>
    <message>
        <source>Kept your version of %1; it is sent by the next sync.</source>
        <translation>Se conservó su versión de %1; se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Resolved %1 with your values; it is sent by the next sync.</source>
        <translation>%1 resuelto con sus valores; se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: the desktop app&apos;s).</source>
        <translation>Usar el perfil de la carpeta DIR (por defecto: el de la aplicación de escritorio).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: smecommunity-cli [--profile DIR] %1 %2

</source>
        <translation>Uso: smecommunity-cli [--profile DIR] %1 %2

</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Opciones:
</translation>
    </message>
    <message>
        <source>Usage: smecommunity-cli [--profile DIR] COMMAND [options]

</source>
        <translation>Uso: smecommunity-cli [--profile DIR] ORDEN [opciones]

</translation>
    </message>
    <message>
        <source>Command-line client of the Global SME Ministerial Community Platform. It works on the same profile as the desktop app (replica, settings, sign-in) and offline for everything but login, logout and sync.</source>
        <translation>Cliente de línea de órdenes de la Plataforma Ministerial Mundial de las Pymes. Trabaja sobre el mismo perfil que la aplicación de escritorio (réplica, ajustes, inicio de sesión) y sin conexión para todo salvo login, logout y sync.</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Órdenes:
</translation>
    </message>
    <message>
        <source>
Global options:
  --profile DIR   Use the profile in DIR (default: %1)
  -h, --help      Show this help; &quot;help COMMAND&quot; or &quot;COMMAND --help&quot; for one command.
  --version       Show the version.

</source>
        <translation>
Opciones generales:
  --profile DIR   Usar el perfil de la carpeta DIR (por defecto: %1)
  -h, --help      Mostrar esta ayuda; «help ORDEN» u «ORDEN --help» para una orden.
  --version       Mostrar la versión.

</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage, 3 not found or invalid input, 4 server unreachable or unavailable, 5 not signed in or credentials refused, 6 sync done but conflicts or rejections remain.</source>
        <translation>Códigos de salida: 0 éxito, 2 uso, 3 no encontrado o entrada no válida, 4 servidor inaccesible o no disponible, 5 sin sesión o credenciales rechazadas, 6 sincronización hecha pero quedan conflictos o rechazos.</translation>
    </message>
    <message>
        <source>Try &quot;smecommunity-cli %1 --help&quot;.
</source>
        <translation>Pruebe «smecommunity-cli %1 --help».
</translation>
    </message>
    <message>
        <source>Try &quot;smecommunity-cli --help&quot;.
</source>
        <translation>Pruebe «smecommunity-cli --help».
</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile necesita una carpeta.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; before the command.</source>
        <translation>Opción desconocida «%1» antes de la orden.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 necesita %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>Esto es software libre: puede modificarlo y redistribuirlo. NO hay NINGUNA GARANTÍA, en la medida permitida por la ley.</translation>
    </message>
    <message>
        <source>Only commitments or threads of meeting ID.</source>
        <translation>Solo los compromisos o hilos de la reunión ID.</translation>
    </message>
    <message>
        <source>Say what to count by with --by, e.g. --by pillar.</source>
        <translation>Indique por qué contar con --by, por ejemplo --by pillar.</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>No se puede contar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 record(s) in all; one with several values counts under each.</source>
        <translation>%1 registro(s) en total; uno con varios valores cuenta en cada uno.</translation>
    </message>
    <message>
        <source>Counts records of one kind (practices, commitments...) by pillar, region, country, status, instrument, target group, evidence level, start year or meeting; the same filters give the same records as &quot;list&quot;.</source>
        <translation>Cuenta los registros de un tipo (prácticas, compromisos...) por pilar, región, país, estado, instrumento, grupo destinatario, nivel de evidencia, año de inicio o reunión; los mismos filtros dan los mismos registros que &quot;list&quot;.</translation>
    </message>
    <message>
        <source>A %1 has no status to filter on.</source>
        <translation>Un registro %1 no tiene estado por el que filtrar.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; for a %2; use one of %3.</source>
        <translation>Estado desconocido &quot;%1&quot; para %2; use uno de %3.</translation>
    </message>
    <message>
        <source>Sign in first (&quot;login&quot;): joining, declining and leaving are done for your country.</source>
        <translation>Inicie sesión primero («login»): unirse, declinar y retirarse se hacen en nombre de su país.</translation>
    </message>
    <message>
        <source>Only a country&apos;s delegates join, decline or leave initiatives for it; you are signed in as %1.</source>
        <translation>Solo los delegados de un país se unen, declinan o se retiran de iniciativas en su nombre; usted inició sesión como %1.</translation>
    </message>
    <message>
        <source>%1 is a %2; countries join, decline and leave initiatives.</source>
        <translation>%1 es de tipo %2; los países se unen, declinan y se retiran de iniciativas.</translation>
    </message>
    <message>
        <source>%1 has already joined %2.</source>
        <translation>%1 ya se unió a %2.</translation>
    </message>
    <message>
        <source>%1 is not invited to %2; its lead country or the secretariat invites partners.</source>
        <translation>%1 no está invitado a %2; el país líder o la secretaría invitan a los socios.</translation>
    </message>
    <message>
        <source>%1 joined %2; the next sync sends it.</source>
        <translation>%1 se unió a %2; la próxima sincronización lo envía.</translation>
    </message>
    <message>
        <source>%1 has joined %2; use &quot;leave&quot; to take it out.</source>
        <translation>%1 se unió a %2; use «leave» para retirarlo.</translation>
    </message>
    <message>
        <source>%1 is not invited to %2.</source>
        <translation>%1 no está invitado a %2.</translation>
    </message>
    <message>
        <source>%1 declined %2; the next sync sends it.</source>
        <translation>%1 declinó %2; la próxima sincronización lo envía.</translation>
    </message>
    <message>
        <source>%1 has not joined %2; use &quot;decline&quot; to refuse the invitation.</source>
        <translation>%1 no se ha unido a %2; use «decline» para rechazar la invitación.</translation>
    </message>
    <message>
        <source>%1 is not a partner of %2.</source>
        <translation>%1 no es socio de %2.</translation>
    </message>
    <message>
        <source>%1 left %2; the next sync sends it.</source>
        <translation>%1 se retiró de %2; la próxima sincronización lo envía.</translation>
    </message>
    <message>
        <source>Lists records of one kind (practice, thread, post, meeting, commitment, initiative), newest first, optionally filtered. For initiatives, --country matches the lead and the partner countries.</source>
        <translation>Lista los registros de un tipo (practice, thread, post, meeting, commitment, initiative), los más recientes primero, con filtros opcionales. Para las iniciativas, --country abarca el país líder y los países socios.</translation>
    </message>
    <message>
        <source>Accepts the invitation of your country to a joint initiative: your country becomes a partner and its delegates can edit the initiative. Sent by the next sync.</source>
        <translation>Acepta la invitación de su país a una iniciativa conjunta: su país pasa a ser socio y sus delegados pueden editar la iniciativa. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Declines the invitation of your country to a joint initiative. Sent by the next sync.</source>
        <translation>Rechaza la invitación de su país a una iniciativa conjunta. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>    hunk %1</source>
        <translation>    fragmento %1</translation>
    </message>
    <message>
        <source>      base:   %1</source>
        <translation>      base:   %1</translation>
    </message>
    <message>
        <source>      mine:   %1</source>
        <translation>      mío:    %1</translation>
    </message>
    <message>
        <source>      theirs: %1</source>
        <translation>      servidor: %1</translation>
    </message>
    <message>
        <source>With one --field and --take mine|theirs|both: resolves only hunk N of that text field (both: mine, then theirs). The record leaves the conflict state with its last hunk.</source>
        <translation>Con un solo --field y --take mine|theirs|both: resuelve solo el fragmento N de ese campo de texto (both: el suyo y luego el del servidor). El registro sale del conflicto con su último fragmento.</translation>
    </message>
    <message>
        <source>resolve --hunk needs one --field F, a hunk number N and --take mine|theirs|both.</source>
        <translation>resolve --hunk necesita un solo --field F, un número de fragmento N y --take mine|theirs|both.</translation>
    </message>
    <message>
        <source>%1 has no hunk %2 in field &quot;%3&quot;; &quot;conflicts&quot; lists them.</source>
        <translation>%1 no tiene el fragmento %2 en el campo «%3»; «conflicts» los enumera.</translation>
    </message>
    <message>
        <source>Resolved the last hunk of %1; it is sent by the next sync.</source>
        <translation>Último fragmento de %1 resuelto; se envía en la próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>Resolved hunk %1 of %2; %n left to resolve.</source>
        <translation>
            <numerusform>Fragmento %1 de %2 resuelto; queda %n por resolver.</numerusform>
            <numerusform>Fragmento %1 de %2 resuelto; quedan %n por resolver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolves a conflict: keep your version, take the server&apos;s, or give the value of named fields (JSON when it parses, text otherwise) and keep yours for the rest, or settle one hunk of a text field. Sent by the next sync.</source>
        <translation>Resuelve un conflicto: conservar su versión, tomar la del servidor o dar el valor de campos con nombre (JSON si se analiza como tal, texto si no) y conservar la suya para el resto, o resolver un fragmento de un campo de texto. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Takes your country out of a joint initiative it joined. Sent by the next sync.</source>
        <translation>Retira a su país de una iniciativa conjunta a la que se unió. Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Count by B: %1 (practices); %2 (commitments).</source>
        <translation>Contar por B: %1 (prácticas); %2 (compromisos).</translation>
    </message>
    <message>
        <source>The kind to export: practice (default), thread, post, meeting, commitment, initiative.</source>
        <translation>El tipo que exportar: practice (por defecto), thread, post, meeting, commitment, initiative.</translation>
    </message>
    <message>
        <source>Exported %1 record(s) of kind %2 to %3.</source>
        <translation>Se exportaron %1 registro(s) de tipo %2 a %3.</translation>
    </message>
    <message>
        <source>The server has no record %1 that you may see.</source>
        <translation>El servidor no tiene ningún registro %1 que usted pueda ver.</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached (%1); showing the history kept here from an earlier fetch, which may lack the newest revisions.</source>
        <translation>Sin conexión: no se pudo contactar con el servidor (%1); se muestra el historial guardado aquí en una consulta anterior, que puede no incluir las revisiones más recientes.</translation>
    </message>
    <message>
        <source>Offline: not signed in; showing the history kept here from an earlier fetch, which may lack the newest revisions.</source>
        <translation>Sin conexión: no ha iniciado sesión; se muestra el historial guardado aquí en una consulta anterior, que puede no incluir las revisiones más recientes.</translation>
    </message>
    <message>
        <source>--%1 needs a revision number (see &quot;history&quot;), not &quot;%2&quot;.</source>
        <translation>--%1 necesita un número de revisión (véase «history»), no «%2».</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>ningún campo cambiado</translation>
    </message>
    <message>
        <source>first listed: %1</source>
        <translation>primera revisión listada: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>cambiado: %1</translation>
    </message>
    <message>
        <source>No revision of %1 is visible to you.</source>
        <translation>Ninguna revisión de %1 es visible para usted.</translation>
    </message>
    <message>
        <source>The older revision.</source>
        <translation>La revisión más antigua.</translation>
    </message>
    <message>
        <source>The newer revision.</source>
        <translation>La revisión más reciente.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>diff needs --from REV and --to REV (see &quot;history&quot;).</source>
        <translation>diff necesita --from REV y --to REV (véase «history»).</translation>
    </message>
    <message>
        <source>%1 has no revision %2 that you may see; &quot;history %1&quot; lists them.</source>
        <translation>%1 no tiene ninguna revisión %2 que usted pueda ver; «history %1» las enumera.</translation>
    </message>
    <message>
        <source>No field differs between revisions %1 and %2.</source>
        <translation>Ningún campo difiere entre las revisiones %1 y %2.</translation>
    </message>
    <message>
        <source>The revision to restore (see &quot;history&quot;).</source>
        <translation>La revisión que restaurar (véase «history»).</translation>
    </message>
    <message>
        <source>restore needs --rev REV, a revision number from &quot;history&quot;.</source>
        <translation>restore necesita --rev REV, un número de revisión de «history».</translation>
    </message>
    <message>
        <source>%1 has no revision %2 with content that you may see; &quot;history %1&quot; lists them.</source>
        <translation>%1 no tiene ninguna revisión %2 con contenido que usted pueda ver; «history %1» las enumera.</translation>
    </message>
    <message>
        <source>%1 already has the content of revision %2; nothing to restore.</source>
        <translation>%1 ya tiene el contenido de la revisión %2; no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Restored the content of revision %1 as a local edit of %2 (its status is kept); the next sync sends it.</source>
        <translation>Se restauró el contenido de la revisión %1 como edición local de %2 (se conserva su estado); la próxima sincronización la envía.</translation>
    </message>
    <message>
        <source>Lists the revisions of a record you may see, newest first: rev, who, when, which fields changed. Asks the server and keeps the answer; offline, shows what was kept and says so.</source>
        <translation>Enumera las revisiones de un registro que usted puede ver, de la más reciente a la más antigua: revisión, autor, fecha, campos cambiados. Consulta al servidor y guarda la respuesta; sin conexión, muestra lo guardado y lo indica.</translation>
    </message>
    <message>
        <source>Shows what changed between two revisions of a record, field by field and word by word: [-deleted-] and {+inserted+}.</source>
        <translation>Muestra lo que cambió entre dos revisiones de un registro, campo por campo y palabra por palabra: [-eliminado-] y {+insertado+}.</translation>
    </message>
    <message>
        <source>Makes the content of an earlier revision the record&apos;s content again, as an ordinary local edit (its status and other workflow fields are kept). Sent by the next sync.</source>
        <translation>Vuelve a poner el contenido de una revisión anterior como contenido del registro, mediante una edición local ordinaria (se conservan su estado y los demás campos del flujo de trabajo). Se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Exports practices (or the records of another kind, --kind) to CSV, Markdown or PDF.</source>
        <translation>Exporta las prácticas (o los registros de otro tipo, --kind) a CSV, Markdown o PDF.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client of the Global SME Ministerial Community Platform.</source>
        <translation>Cliente de escritorio de la Plataforma Ministerial Mundial de la Comunidad de las Pymes.</translation>
    </message>
    <message>
        <source>Use the profile in DIR (replica, settings, sign-in).</source>
        <translation>Usar el perfil de CARPETA (réplica, ajustes, inicio de sesión).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Override the user interface language.</source>
        <translation>Imponer el idioma de la interfaz.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Fill an empty profile with demo content and work offline.</source>
        <translation>Llenar un perfil vacío con contenido de demostración y trabajar sin conexión.</translation>
    </message>
    <message>
        <source>Demo secretariat</source>
        <translation>Secretaría (demostración)</translation>
    </message>
    <message>
        <source>SME Community</source>
        <translation>Comunidad Pyme</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Open the window on VIEW: %1, country:ISO3 (a country&apos;s profile) or compare:ISO3,ISO3[,...] (two to four countries side by side).</source>
        <translation>Abrir la ventana en VISTA: %1, country:ISO3 (el perfil de un país) o compare:ISO3,ISO3[,...] (de dos a cuatro países lado a lado).</translation>
    </message>
</context>
<context>
    <name>smec::cli::Context</name>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation>No se puede abrir la base de datos local %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 no es JSON válido (en el byte %2: %3).</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object of fields, like {&quot;title&quot;: &quot;...&quot;}.</source>
        <translation>%1 debe contener un objeto JSON de campos, como {&quot;title&quot;: &quot;...&quot;}.</translation>
    </message>
</context>
<context>
    <name>smec::datagen::DemoData</name>
    <message>
        <source>The demo data set is missing from this build (%1).</source>
        <translation>Falta el conjunto de datos de demostración en esta compilación (%1).</translation>
    </message>
    <message>
        <source>The demo data is not a JSON object: %1.</source>
        <translation>Los datos de demostración no son un objeto JSON: %1.</translation>
    </message>
    <message>
        <source>Expected a list of %1.</source>
        <translation>Se esperaba una lista de %1.</translation>
    </message>
    <message>
        <source>Not a canonical record id: &quot;%1&quot;.</source>
        <translation>No es un identificador de registro canónico: «%1».</translation>
    </message>
    <message>
        <source>Duplicate record id %1.</source>
        <translation>Identificador de registro duplicado: %1.</translation>
    </message>
    <message>
        <source>Expected kind &quot;%1&quot; in the list %2.</source>
        <translation>Se esperaba el tipo «%1» en la lista %2.</translation>
    </message>
    <message>
        <source>Expected an object of fields.</source>
        <translation>Se esperaba un objeto de campos.</translation>
    </message>
    <message>
        <source>Not a demo user.</source>
        <translation>No es un usuario de demostración.</translation>
    </message>
    <message>
        <source>The thread is not in the demo data.</source>
        <translation>El hilo no figura en los datos de demostración.</translation>
    </message>
    <message>
        <source>A reply must follow the post it answers in the demo data.</source>
        <translation>En los datos de demostración, una respuesta debe ir después del mensaje al que responde.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::AboutDialog</name>
    <message>
        <source>About SME Community</source>
        <translation>Acerca de Comunidad Pyme</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SME Community %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The desktop client of the Global SME Ministerial Community Platform: document SME policy practices, learn from peers, and follow up ministerial meetings and commitments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Comunidad Pyme %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;El cliente de escritorio de la Plataforma Ministerial Mundial de la Comunidad de las Pymes: documente prácticas de políticas para las pymes, aprenda de sus homólogos y haga el seguimiento de las reuniones y los compromisos ministeriales.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SME Community is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (%2). It comes with NO WARRANTY, to the extent permitted by law.</source>
        <translation>Comunidad Pyme es software libre: puede redistribuirlo y/o modificarlo según los términos de la &lt;a href=&quot;%1&quot;&gt;Licencia Pública General de GNU&lt;/a&gt;, versión 3 o (a su elección) cualquier versión posterior (%2). Se ofrece SIN NINGUNA GARANTÍA, en la medida permitida por la ley.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Componentes de terceros</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>LGPL-3.0; Qt HTTP Server and Qt Charts: GPL-3.0</source>
        <translation>LGPL-3.0; Qt HTTP Server y Qt Charts: GPL-3.0</translation>
    </message>
    <message>
        <source>user interface, networking and databases (desktop, CLI and server)</source>
        <translation>interfaz de usuario, red y bases de datos (escritorio, CLI y servidor)</translation>
    </message>
    <message>
        <source>Markdown highlighting in the editor (desktop, where installed)</source>
        <translation>resaltado de Markdown en el editor (escritorio, donde está instalado)</translation>
    </message>
    <message>
        <source>keeping the sign-in in the system keychain (desktop and CLI)</source>
        <translation>guardar el inicio de sesión en el llavero del sistema (escritorio y CLI)</translation>
    </message>
    <message>
        <source>password hashing (server)</source>
        <translation>hash de contraseñas (servidor)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>dominio público</translation>
    </message>
    <message>
        <source>the local replica, and the server&apos;s database on a single machine</source>
        <translation>la réplica local y la base de datos del servidor en una sola máquina</translation>
    </message>
    <message>
        <source>line diffs for merging text edited on two computers (desktop and CLI)</source>
        <translation>diferencias línea a línea para fusionar texto editado en dos ordenadores (escritorio y CLI)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::Application</name>
    <message>
        <source>You (offline)</source>
        <translation>Usted (sin conexión)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln registro a %1.</numerusform>
            <numerusform>Se exportaron %Ln registros a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Guardar la búsqueda</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Nombre de la búsqueda:</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Signed in, but this computer has no keychain to keep the sign-in safely, so it was not kept. Start a keychain (for example GNOME Keyring or KWallet) and sign in again, or work offline.</source>
        <translation>Se inició sesión, pero este equipo no tiene un llavero para guardarla de forma segura, así que no se conservó. Inicie un llavero (por ejemplo, GNOME Keyring o KWallet) y vuelva a iniciar sesión, o trabaje sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) to %1</source>
        <translation>
            <numerusform>%n invitación a %1</numerusform>
            <numerusform>%n invitaciones a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::Charts</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Save the chart as .png or .pdf.</source>
        <translation>Guarde el gráfico como .png o .pdf.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ComparePage</name>
    <message>
        <source>Choose at least two different countries.</source>
        <translation>Elija al menos dos países distintos.</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>No se puede contar: %1</translation>
    </message>
    <message>
        <source>Practices per pillar</source>
        <translation>Prácticas por pilar</translation>
    </message>
    <message>
        <source>Instruments used</source>
        <translation>Instrumentos utilizados</translation>
    </message>
    <message>
        <source>Target groups reached</source>
        <translation>Grupos destinatarios alcanzados</translation>
    </message>
    <message>
        <source>Evidence levels</source>
        <translation>Niveles de evidencia</translation>
    </message>
    <message>
        <source>Practices by status</source>
        <translation>Prácticas por estado</translation>
    </message>
    <message>
        <source>Commitment statuses</source>
        <translation>Estados de los compromisos</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message numerus="yes">
        <source>%n countries compared; a practice with several pillars or target groups counts under each.</source>
        <translation>
            <numerusform>%n país comparado; una práctica con varios pilares o grupos destinatarios cuenta en cada uno.</numerusform>
            <numerusform>%n países comparados; una práctica con varios pilares o grupos destinatarios cuenta en cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Country &amp;%1</source>
        <translation>País &amp;%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copiar como CSV</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard as comma-separated values</source>
        <translation>Copiar la tabla al portapapeles como valores separados por comas</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;Guardar el gráfico...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>Guardar el gráfico como imagen PNG o documento PDF</translation>
    </message>
    <message>
        <source>Countries compared</source>
        <translation>Países comparados</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>Resolver un conflicto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted on the server while you were editing it. Keep your version to create it again, or accept the deletion.</source>
        <translation>«%1» se eliminó en el servidor mientras lo editaba. Conserve su versión para volver a crearlo o acepte la eliminación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed on the server and on this computer. For each field, keep yours, take the server&apos;s (double-click it), or edit the result.</source>
        <translation>«%1» se modificó en el servidor y en este equipo. Para cada campo, conserve el suyo, tome el del servidor (haga doble clic) o edite el resultado.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Campos en conflicto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>La del servidor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Double-click to keep yours</source>
        <translation>Haga doble clic para conservar la suya</translation>
    </message>
    <message>
        <source>Double-click to take the server&apos;s</source>
        <translation>Haga doble clic para tomar la del servidor</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Conservar mi versión</translation>
    </message>
    <message>
        <source>&amp;Resolve with the result</source>
        <translation>&amp;Resolver con el resultado</translation>
    </message>
    <message>
        <source>&amp;Accept the deletion</source>
        <translation>&amp;Aceptar la eliminación</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s version</source>
        <translation>Tomar la versión del &amp;servidor</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>No se pudo resolver: %1</translation>
    </message>
    <message>
        <source>changed here and on the server</source>
        <translation>cambiado aquí y en el servidor</translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation>cambiado en el servidor</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>cambiado aquí</translation>
    </message>
    <message>
        <source>Text changed in the same place on both sides: decide each place. Until you do, it keeps your text.</source>
        <translation>El texto cambió en el mismo lugar en ambos lados: decida en cada lugar. Mientras tanto, se conserva su texto.</translation>
    </message>
    <message>
        <source>Conflicting places in text fields</source>
        <translation>Lugares en conflicto en los campos de texto</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>%1, place %2</source>
        <translation>%1, lugar %2</translation>
    </message>
    <message>
        <source>(not decided: yours for now)</source>
        <translation>(sin decidir: el suyo por ahora)</translation>
    </message>
    <message>
        <source>Take &amp;mine</source>
        <translation>Tomar el &amp;mío</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Tomar el del o&amp;tro</translation>
    </message>
    <message>
        <source>Take &amp;both</source>
        <translation>Tomar &amp;ambos</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Merged text, conflicting places marked</source>
        <translation>Texto fusionado, lugares en conflicto marcados</translation>
    </message>
    <message>
        <source>[place %1, not decided: mine]</source>
        <translation>[lugar %1, sin decidir: el mío]</translation>
    </message>
    <message>
        <source>[place %1, theirs]</source>
        <translation>[lugar %1, el del servidor]</translation>
    </message>
    <message>
        <source>[end of place %1]</source>
        <translation>[fin del lugar %1]</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictsPage</name>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolver…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Resolve the selected conflict</source>
        <translation>Resolver el conflicto seleccionado</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1 (deleted on the server)</source>
        <translation>%1 (eliminado en el servidor)</translation>
    </message>
    <message>
        <source>No conflicts. Edits made here and on the server fitted together.</source>
        <translation>No hay conflictos. Los cambios hechos aquí y en el servidor eran compatibles.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed here and on the server need your decision.</source>
        <translation>
            <numerusform>%Ln registro modificado aquí y en el servidor necesita su decisión.</numerusform>
            <numerusform>%Ln registros modificados aquí y en el servidor necesitan su decisión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountriesPage</name>
    <message>
        <source>Country profile</source>
        <translation>Perfil del país</translation>
    </message>
    <message>
        <source>Compare countries</source>
        <translation>Comparar países</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountryProfilePage</name>
    <message>
        <source>Cannot read the country: %1</source>
        <translation>No se puede leer el país: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>%1 &amp;mdash; by status: %2; by pillar: %3</source>
        <translation>%1 &amp;mdash; por estado: %2; por pilar: %3</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>%1 &amp;mdash; %2</source>
        <translation>%1 &amp;mdash; %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>%1 hosted, %2 attended</source>
        <translation>%1 organizadas, %2 con participación</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s) started by its delegates</source>
        <translation>
            <numerusform>%Ln hilo iniciado por sus delegados</numerusform>
            <numerusform>%Ln hilos iniciados por sus delegados</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint initiatives</source>
        <translation>Iniciativas conjuntas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln led or joined</source>
        <translation>
            <numerusform>%Ln liderada o con adhesión</numerusform>
            <numerusform>%Ln lideradas o con adhesión</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Practices (%1)</source>
        <translation>Prácticas (%1)</translation>
    </message>
    <message>
        <source>Commitments (%1)</source>
        <translation>Compromisos (%1)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Reuniones (%1)</translation>
    </message>
    <message>
        <source>Recent dialogue (%1)</source>
        <translation>Diálogo reciente (%1)</translation>
    </message>
    <message>
        <source>Joint initiatives (%1)</source>
        <translation>Iniciativas conjuntas (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Practices of the country</source>
        <translation>Prácticas del país</translation>
    </message>
    <message>
        <source>Commitments of the country</source>
        <translation>Compromisos del país</translation>
    </message>
    <message>
        <source>Meetings hosted or attended</source>
        <translation>Reuniones organizadas o con participación</translation>
    </message>
    <message>
        <source>Threads started by the country&apos;s delegates</source>
        <translation>Hilos iniciados por los delegados del país</translation>
    </message>
    <message>
        <source>Joint initiatives led or joined</source>
        <translation>Iniciativas conjuntas lideradas o a las que se unió</translation>
    </message>
    <message>
        <source>What the country does</source>
        <translation>Lo que hace el país</translation>
    </message>
</context>
<context>
    <name>smec::desktop::DialoguePage</name>
    <message>
        <source>&amp;Post reply</source>
        <translation>&amp;Publicar respuesta</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citar</translation>
    </message>
    <message>
        <source>&amp;Hide post…</source>
        <translation>&amp;Ocultar mensaje…</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>Nuevo &amp;hilo…</translation>
    </message>
    <message>
        <source>Posts of the thread</source>
        <translation>Mensajes del hilo</translation>
    </message>
    <message>
        <source>Your reply, Markdown</source>
        <translation>Su respuesta, en Markdown</translation>
    </message>
    <message>
        <source>Write a reply (Markdown). It is sent at the next sync.</source>
        <translation>Escriba una respuesta (Markdown). Se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Quote the selected post</source>
        <translation>Citar el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Hide the selected post</source>
        <translation>Ocultar el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Start a new thread</source>
        <translation>Iniciar un nuevo hilo</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>Ocultar mensaje</translation>
    </message>
    <message>
        <source>Why is this post hidden? The author sees the reason.</source>
        <translation>¿Por qué se oculta este mensaje? El autor verá el motivo.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Nuevo hilo</translation>
    </message>
    <message>
        <source>What do you want to discuss?</source>
        <translation>¿De qué quiere hablar?</translation>
    </message>
    <message>
        <source>Choose a thread first.</source>
        <translation>Elija primero un hilo.</translation>
    </message>
    <message>
        <source>Post reply</source>
        <translation>Publicar respuesta</translation>
    </message>
</context>
<context>
    <name>smec::desktop::EditorDialog</name>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Saved on this computer at %1.</source>
        <translation>Guardado en este equipo a las %1.</translation>
    </message>
    <message>
        <source>Changes are saved automatically on this computer and sent at the next sync.</source>
        <translation>Los cambios se guardan automáticamente en este equipo y se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every saved version of this record, what changed and who changed it; restore an earlier one.</source>
        <translation>Cada versión guardada de este registro, qué cambió y quién lo cambió; restaurar una anterior.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::HistoryDialog</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Campos cambiados</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Select a revision to see what it changed, or two to compare them.</source>
        <translation>Seleccione una revisión para ver qué cambió, o dos para compararlas.</translation>
    </message>
    <message>
        <source>Fetching the history…</source>
        <translation>Obteniendo el historial…</translation>
    </message>
    <message>
        <source>No history of this record is kept on this computer, and the server cannot be reached. Try again when online.</source>
        <translation>En este ordenador no se guarda ningún historial de este registro y no se puede contactar con el servidor. Vuelva a intentarlo con conexión.</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>No se puede mostrar el historial: %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Offline: this is the history kept on this computer from an earlier visit; newer revisions may be missing.</source>
        <translation>Sin conexión: este es el historial guardado en este ordenador en una visita anterior; pueden faltar revisiones más recientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) you may see, newest first. Select two to compare.</source>
        <translation>
            <numerusform>%n revisión visible para usted. Seleccione dos para comparar.</numerusform>
            <numerusform>%n revisiones visibles para usted, la más reciente primero. Seleccione dos para comparar.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the country changed since changes were requested (revision %1 to %2).</source>
        <translation>Lo que el país cambió desde que se solicitaron cambios (revisión %1 a %2).</translation>
    </message>
    <message>
        <source>No request for changes is in this practice&apos;s history.</source>
        <translation>El historial de esta práctica no contiene ninguna solicitud de cambios.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Select one revision, or two to compare.</source>
        <translation>Seleccione una revisión, o dos para comparar.</translation>
    </message>
    <message>
        <source>Revision %1 compared with revision %2</source>
        <translation>Revisión %1 comparada con la revisión %2</translation>
    </message>
    <message>
        <source>Revision %1, the oldest you may see</source>
        <translation>Revisión %1, la más antigua que usted puede ver</translation>
    </message>
    <message>
        <source>No field differs.</source>
        <translation>Ningún campo difiere.</translation>
    </message>
    <message>
        <source>This record is not on this computer; sync first.</source>
        <translation>Este registro no está en este ordenador; sincronice primero.</translation>
    </message>
    <message>
        <source>The record already has the content of revision %1.</source>
        <translation>El registro ya tiene el contenido de la revisión %1.</translation>
    </message>
    <message>
        <source>Cannot restore: %1</source>
        <translation>No se puede restaurar: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>The content of revision %1 is now the record&apos;s content, saved on this computer; the next sync sends it.</source>
        <translation>El contenido de la revisión %1 es ahora el del registro, guardado en este ordenador; la próxima sincronización lo envía.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::InitiativeActionBar</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Declinar</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Retirarse</translation>
    </message>
    <message>
        <source>Join this initiative</source>
        <translation>Unirse a esta iniciativa</translation>
    </message>
    <message>
        <source>Decline the invitation</source>
        <translation>Rechazar la invitación</translation>
    </message>
    <message>
        <source>Leave this initiative</source>
        <translation>Retirarse de esta iniciativa</translation>
    </message>
    <message>
        <source>%1 leads this initiative.</source>
        <translation>%1 lidera esta iniciativa.</translation>
    </message>
    <message>
        <source>%1 is a partner of this initiative.</source>
        <translation>%1 es socio de esta iniciativa.</translation>
    </message>
    <message>
        <source>%1 is not part of this initiative.</source>
        <translation>%1 no participa en esta iniciativa.</translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation>Invitación a %1</translation>
    </message>
    <message>
        <source>%1 is invited to join this initiative. Join to take part in it, or decline the invitation.</source>
        <translation>%1 está invitado a sumarse a esta iniciativa. Súmese para participar o rechace la invitación.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::MainWindow</name>
    <message>
        <source>SME Community</source>
        <translation>Comunidad Pyme</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Nothing here yet. Sign in to a server or work offline to see %1.</source>
        <translation>Aún no hay nada. Inicie sesión en un servidor o trabaje sin conexión para ver %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New practice…</source>
        <translation>&amp;Nueva práctica…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>Como &amp;PDF…</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Como &amp;Markdown…</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>Como &amp;CSV…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;incronizar ahora</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Resolver &amp;conflictos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SME Community</source>
        <translation>&amp;Acerca de Comunidad Pyme</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Búsqueda rápida</translation>
    </message>
    <message>
        <source>Search practices, discussions and initiatives (Ctrl+F)</source>
        <translation>Buscar prácticas, debates e iniciativas (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::MarkdownEditor</name>
    <message>
        <source>Preview of %1</source>
        <translation>Vista previa de %1</translation>
    </message>
</context>
<context>
    <name>smec::desktop::OfflineSyncService</name>
    <message>
        <source>Working offline. Your changes are kept and will be sent once you sign in to a server (File &gt; Sign in).</source>
        <translation>Trabajando sin conexión. Sus cambios se conservan y se enviarán cuando inicie sesión en un servidor (Archivo &gt; Iniciar sesión).</translation>
    </message>
</context>
<context>
    <name>smec::desktop::OutboxPage</name>
    <message>
        <source>Changes to send</source>
        <translation>Cambios por enviar</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1 — refused by the server: %2</source>
        <translation>%1 — rechazado por el servidor: %2</translation>
    </message>
    <message>
        <source>%1 — deletion waiting to be sent (%2)</source>
        <translation>%1 — eliminación pendiente de envío (%2)</translation>
    </message>
    <message>
        <source>%1 — waiting to be sent (%2)</source>
        <translation>%1 — pendiente de envío (%2)</translation>
    </message>
    <message>
        <source>Everything you changed has been sent.</source>
        <translation>Se han enviado todos sus cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made on this computer, oldest first.</source>
        <translation>
            <numerusform>%Ln cambio hecho en este equipo, del más antiguo al más reciente.</numerusform>
            <numerusform>%Ln cambios hechos en este equipo, del más antiguo al más reciente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeActionBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation>Guardar el borrador ahora</translation>
    </message>
    <message>
        <source>Drafts are also saved automatically as you type.</source>
        <translation>Los borradores también se guardan automáticamente mientras escribe.</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Iniciar la re&amp;visión</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Solicitar &amp;cambios…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>Changes since &amp;request</source>
        <translation>Cambios desde la &amp;solicitud</translation>
    </message>
    <message>
        <source>Compare the practice as it was when changes were requested with the practice now.</source>
        <translation>Comparar la práctica tal como estaba cuando se solicitaron cambios con la práctica actual.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeEditorDialog</name>
    <message>
        <source>Policy or programme, Markdown</source>
        <translation>Política o programa, en Markdown</translation>
    </message>
    <message>
        <source>Results and evidence, Markdown</source>
        <translation>Resultados y evidencia, en Markdown</translation>
    </message>
    <message>
        <source>Lessons learned, Markdown</source>
        <translation>Lecciones aprendidas, en Markdown</translation>
    </message>
    <message>
        <source>Markdown sections</source>
        <translation>Secciones en Markdown</translation>
    </message>
    <message>
        <source>Policy or &amp;programme</source>
        <translation>Política o &amp;programa</translation>
    </message>
    <message>
        <source>Res&amp;ults and evidence</source>
        <translation>Res&amp;ultados y evidencia</translation>
    </message>
    <message>
        <source>&amp;Lessons learned</source>
        <translation>&amp;Lecciones aprendidas</translation>
    </message>
    <message>
        <source>This practice is no longer in your copy.</source>
        <translation>Esta práctica ya no está en su copia.</translation>
    </message>
    <message>
        <source>New practice</source>
        <translation>Nueva práctica</translation>
    </message>
    <message>
        <source>%1 – Practice</source>
        <translation>%1 – Práctica</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>title (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>Tell the country what to change before this practice can be published:</source>
        <translation>Indique al país qué debe cambiar antes de que se pueda publicar esta práctica:</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before this step.</source>
        <translation>
            <numerusform>%n campo necesita atención antes de este paso.</numerusform>
            <numerusform>%n campos necesitan atención antes de este paso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1. The change is sent at the next sync.</source>
        <translation>Ahora: %1. El cambio se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Detalles de la práctica</translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeFormWidget</name>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>A short name a peer would search for</source>
        <translation>Un nombre breve que buscaría un homólogo</translation>
    </message>
    <message>
        <source>Two or three sentences: what, for whom, with what result</source>
        <translation>Dos o tres frases: qué, para quién y con qué resultado</translation>
    </message>
    <message>
        <source>Pillar %1</source>
        <translation>Pilar %1</translation>
    </message>
    <message>
        <source>Target group %1</source>
        <translation>Grupo destinatario %1</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from year to year</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>One per line: title | https://address</source>
        <translation>Una por línea: título | https://dirección</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Separados por comas</translation>
    </message>
    <message>
        <source>e.g. en, fr, es, ar</source>
        <translation>p. ej., en, fr, es, ar</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <comment>source title | url</comment>
        <translation>%1 | %2</translation>
    </message>
</context>
<context>
    <name>smec::desktop::RecordBrowserPage</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln práctica</numerusform>
            <numerusform>%Ln prácticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Ln hilo</numerusform>
            <numerusform>%Ln hilos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln reunión</numerusform>
            <numerusform>%Ln reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln compromiso</numerusform>
            <numerusform>%Ln compromisos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;New practice</source>
        <translation>&amp;Nueva práctica</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Número de registros</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>Create a new record</source>
        <translation>Crear un registro nuevo</translation>
    </message>
    <message>
        <source>Select an item in the list to read it here.</source>
        <translation>Seleccione un elemento de la lista para leerlo aquí.</translation>
    </message>
    <message>
        <source>This record is no longer available.</source>
        <translation>Este registro ya no está disponible.</translation>
    </message>
    <message>
        <source>Open the editor (Enter)</source>
        <translation>Abrir el editor (Intro)</translation>
    </message>
    <message>
        <source>The server refused your last change: %1 Edit the record to fix it; the next save sends it again.</source>
        <translation>El servidor rechazó su último cambio: %1 Edite el registro para corregirlo; el próximo guardado lo volverá a enviar.</translation>
    </message>
    <message>
        <source>This record was changed on the server too. Open Conflicts to decide which version to keep.</source>
        <translation>Este registro también se modificó en el servidor. Abra Conflictos para decidir qué versión conservar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln iniciativa</numerusform>
            <numerusform>%Ln iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>Abrir el perfil de %1</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Perfil de %1</translation>
    </message>
    <message>
        <source>&amp;Invitations to my country</source>
        <translation>&amp;Invitaciones a mi país</translation>
    </message>
    <message>
        <source>Invitations to my country</source>
        <translation>Invitaciones a mi país</translation>
    </message>
    <message>
        <source>Only the initiatives that invite %1 to join and that it has not answered yet.</source>
        <translation>Solo las iniciativas que invitan a %1 a sumarse y a las que aún no ha respondido.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::RecordEditorDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>%1, Markdown</source>
        <translation>%1, en Markdown</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Separate values with commas</source>
        <translation>Separe los valores con comas</translation>
    </message>
    <message>
        <source>This record is no longer in your copy.</source>
        <translation>Este registro ya no está en su copia.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>title – kind</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Save on this computer now (also automatic)</source>
        <translation>Guardar ahora en este equipo (también es automático)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Country codes separated by commas (RWA, UGA); new ones are invited</source>
        <translation>Códigos de país separados por comas (RWA, UGA); los nuevos quedan invitados</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Plazo (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Quitar hito</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SearchPage</name>
    <message>
        <source>&amp;Save this search…</source>
        <translation>&amp;Guardar esta búsqueda…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Resumen de la búsqueda</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <source>Selected result</source>
        <translation>Resultado seleccionado</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>La búsqueda no está disponible: %1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s), best first</source>
        <translation>
            <numerusform>%Ln resultado, los más relevantes primero</numerusform>
            <numerusform>%Ln resultados, los más relevantes primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The search index is still being built (%Ln record(s) to go): results may be incomplete.</source>
        <translation>
            <numerusform>%1 El índice de búsqueda aún se está construyendo (queda %Ln registro): los resultados pueden estar incompletos.</numerusform>
            <numerusform>%1 El índice de búsqueda aún se está construyendo (quedan %Ln registros): los resultados pueden estar incompletos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search practices, discussions and joint initiatives.</source>
        <translation>Escriba para buscar prácticas, debates e iniciativas conjuntas.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalo de sincronización en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;incronizar cada:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>A new language applies the next time SME Community starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Comunidad Pyme.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ShowView</name>
    <message>
        <source>Unknown country &quot;%1&quot;; give an ISO 3166-1 alpha-3 code such as KEN.</source>
        <translation>País desconocido «%1»; indique un código ISO 3166-1 alfa-3 como KEN.</translation>
    </message>
    <message>
        <source>Unknown countries: %1; give ISO 3166-1 alpha-3 codes such as KEN.</source>
        <translation>Países desconocidos: %1; indique códigos ISO 3166-1 alfa-3 como KEN.</translation>
    </message>
    <message>
        <source>Compare two to four different countries, e.g. compare:KEN,RWA.</source>
        <translation>Compare de dos a cuatro países distintos, p. ej. compare:KEN,RWA.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of %2, country:ISO3 or compare:ISO3,ISO3.</source>
        <translation>Vista desconocida «%1»; use una de %2, country:ISO3 o compare:ISO3,ISO3.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SignInDialog</name>
    <message>
        <source>Advanced</source>
        <translation>Opciones avanzadas</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Trabajar &amp;sin conexión</translation>
    </message>
    <message>
        <source>Sign in to SME Community</source>
        <translation>Iniciar sesión en Comunidad Pyme</translation>
    </message>
    <message>
        <source>Sign in to your platform&apos;s server to sync practices, dialogue and meetings. You can also work offline and sign in later.</source>
        <translation>Inicie sesión en el servidor de su plataforma para sincronizar prácticas, diálogo y reuniones. También puede trabajar sin conexión e iniciar sesión más tarde.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Trusted certificate authority file</source>
        <translation>Archivo de la autoridad de certificación de confianza</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Elegir un archivo de autoridad de certificación</translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation>Archivo de &amp;CA de confianza:</translation>
    </message>
    <message>
        <source>Only for a private deployment whose certificate is issued by your organisation.</source>
        <translation>Solo para un despliegue privado cuyo certificado emite su organización.</translation>
    </message>
    <message>
        <source>Trusted certificate authority</source>
        <translation>Autoridad de certificación de confianza</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Browse and draft on this computer with the shipped reference data; sign in later from the File menu.</source>
        <translation>Consulte y redacte en este equipo con los datos de referencia incluidos; inicie sesión más tarde desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>smec::desktop::StatisticsPage</name>
    <message>
        <source>Cannot count: %1</source>
        <translation>No se puede contar: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s); one with several values counts under each.</source>
        <translation>
            <numerusform>%Ln práctica; una con varios valores cuenta en cada uno.</numerusform>
            <numerusform>%Ln prácticas; una con varios valores cuenta en cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s).</source>
        <translation>
            <numerusform>%Ln práctica.</numerusform>
            <numerusform>%Ln prácticas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices by %1</source>
        <translation>Prácticas por %1</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>&amp;Pilar</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Todos los pilares</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copiar como CSV</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard as comma-separated values</source>
        <translation>Copiar la tabla al portapapeles como valores separados por comas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>Cifras del gráfico</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;Guardar el gráfico...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>Guardar el gráfico como imagen PNG o documento PDF</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s); one with several values counts under each.</source>
        <translation>
            <numerusform>%Ln compromiso; uno con varios valores cuenta en cada uno.</numerusform>
            <numerusform>%Ln compromisos; uno con varios valores cuenta en cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s).</source>
        <translation>
            <numerusform>%Ln compromiso.</numerusform>
            <numerusform>%Ln compromisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments by %1</source>
        <translation>Compromisos por %1</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>C&amp;ontar</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>&amp;por</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncStatusWidget</name>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>No hay cambios pendientes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Connected to the server</source>
        <translation>Conectado al servidor</translation>
    </message>
    <message>
        <source>Working on this computer&apos;s copy; changes are kept and sent when the server can be reached.</source>
        <translation>Trabajando con la copia de este equipo; los cambios se conservan y se envían cuando se pueda acceder al servidor.</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln cambio por enviar</numerusform>
            <numerusform>%Ln cambios por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln rejected</source>
        <comment>pending text, rejected count</comment>
        <translation>
            <numerusform>%1, %Ln rechazado</numerusform>
            <numerusform>%1, %Ln rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %Ln record(s) received</source>
        <translation>
            <numerusform>Sincronizando: %Ln registro recibido</numerusform>
            <numerusform>Sincronizando: %Ln registros recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing for search: %1 %</source>
        <translation>Indexando para la búsqueda: %1 %</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncWorker</name>
    <message>
        <source>The server address of this profile cannot be used: %1</source>
        <translation>No se puede usar la dirección del servidor de este perfil: %1</translation>
    </message>
    <message>
        <source>You are not signed in (%1). Sign in again to sync.</source>
        <translation>No ha iniciado sesión (%1). Vuelva a iniciar sesión para sincronizar.</translation>
    </message>
    <message>
        <source>Could not open the local database: %1</source>
        <translation>No se pudo abrir la base de datos local: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; it continues where it stopped next time.</source>
        <translation>Sincronización cancelada; la próxima vez continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again.</source>
        <translation>El servidor ya no acepta su inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Working offline: %1</source>
        <translation>Trabajando sin conexión: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides: resolve them under Conflicts.</source>
        <translation>
            <numerusform>%n registro modificado en ambos lados: resuélvalo en Conflictos.</numerusform>
            <numerusform>%n registros modificados en ambos lados: resuélvalos en Conflictos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server rejected %n change(s); see the Outbox for its reasons.</source>
        <translation>
            <numerusform>El servidor rechazó %n cambio; consulte la bandeja de salida para ver el motivo.</numerusform>
            <numerusform>El servidor rechazó %n cambios; consulte la bandeja de salida para ver los motivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::TrackerPage</name>
    <message>
        <source>Open country profile</source>
        <translation>Abrir el perfil del país</translation>
    </message>
    <message>
        <source>Cannot read the commitments: %1</source>
        <translation>No se pueden leer los compromisos: %1</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due within 90 days (%1)</source>
        <translation>Vencen en 90 días (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Vencidos (%1)</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Sin pilar</translation>
    </message>
    <message>
        <source>Commitments by pillar and status</source>
        <translation>Compromisos por pilar y estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>By meeting</source>
        <translation>Por reunión</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>Por pilar</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>&amp;Pilar</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Todos los pilares</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copiar como CSV</translation>
    </message>
    <message>
        <source>Copy the commitments shown to the clipboard as comma-separated values</source>
        <translation>Copiar los compromisos mostrados al portapapeles como valores separados por comas</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;Guardar el gráfico...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>Guardar el gráfico como imagen PNG o documento PDF</translation>
    </message>
    <message>
        <source>Commitments by country</source>
        <translation>Compromisos por país</translation>
    </message>
    <message>
        <source>Commitments due within 90 days</source>
        <translation>Compromisos que vencen en 90 días</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Compromisos vencidos</translation>
    </message>
    <message>
        <source>Due within 90 days</source>
        <translation>Vencen en 90 días</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln compromiso</numerusform>
            <numerusform>%Ln compromisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Países: %1</translation>
    </message>
    <message>
        <source>Due within 90 days: %1</source>
        <translation>Vencen en 90 días: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencidos: %1</translation>
    </message>
    <message>
        <source>Commitments by pillar, due and overdue</source>
        <translation>Compromisos por pilar, por vencer y vencidos</translation>
    </message>
</context>
<context>
    <name>smec::domain::AccessPolicy</name>
    <message>
        <source>its country</source>
        <translation>su país</translation>
    </message>
    <message>
        <source>The reference code is assigned by the server.</source>
        <translation>El servidor asigna el código de referencia.</translation>
    </message>
    <message>
        <source>Only the secretariat writes review notes.</source>
        <translation>Solo la Secretaría redacta las notas de revisión.</translation>
    </message>
    <message>
        <source>Only the secretariat can hide or show posts.</source>
        <translation>Solo la Secretaría puede ocultar o mostrar mensajes.</translation>
    </message>
    <message>
        <source>Write a review note telling the delegation what to change.</source>
        <translation>Redacte una nota de revisión que indique a la delegación qué debe cambiar.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Only practices go through review.</source>
        <translation>Solo las prácticas pasan por revisión.</translation>
    </message>
    <message>
        <source>Choose the status to move the practice to.</source>
        <translation>Elija el estado al que pasar la práctica.</translation>
    </message>
    <message>
        <source>Only posts can be hidden.</source>
        <translation>Solo se pueden ocultar los mensajes.</translation>
    </message>
    <message>
        <source>The practice has an unknown status, &quot;%1&quot;.</source>
        <translation>La práctica tiene un estado desconocido: «%1».</translation>
    </message>
    <message>
        <source>The practice is already &quot;%1&quot;.</source>
        <translation>La práctica ya está en «%1».</translation>
    </message>
    <message>
        <source>A practice cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Una práctica no puede pasar de «%1» a «%2».</translation>
    </message>
    <message>
        <source>A record cannot change its kind.</source>
        <translation>Un registro no puede cambiar de tipo.</translation>
    </message>
    <message>
        <source>This record does not exist or was already deleted.</source>
        <translation>Este registro no existe o ya se eliminó.</translation>
    </message>
    <message>
        <source>Delegates can assign records only to their own country.</source>
        <translation>Los delegados solo pueden asignar registros a su propio país.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can see this practice until it is published.</source>
        <translation>Solo los delegados de %1 y la Secretaría pueden ver esta práctica hasta que se publique.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can add practices for %1.</source>
        <translation>Solo los delegados de %1 y la Secretaría pueden añadir prácticas de %1.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can edit this practice.</source>
        <translation>Solo los delegados de %1 y la Secretaría pueden editar esta práctica.</translation>
    </message>
    <message>
        <source>This practice is &quot;%2&quot;: only the secretariat can change it now.</source>
        <translation>Esta práctica está en «%2»: ahora solo la Secretaría puede modificarla.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this practice.</source>
        <translation>Solo los delegados de %1 y la Secretaría pueden eliminar esta práctica.</translation>
    </message>
    <message>
        <source>This practice is &quot;%2&quot;: delegates can delete only drafts. Ask the secretariat to delete it.</source>
        <translation>Esta práctica está en «%2»: los delegados solo pueden eliminar borradores. Pida a la Secretaría que la elimine.</translation>
    </message>
    <message>
        <source>Only the author of this thread and the secretariat can edit it.</source>
        <translation>Solo el autor de este hilo y la Secretaría pueden editarlo.</translation>
    </message>
    <message>
        <source>Only the secretariat can delete a thread.</source>
        <translation>Solo la Secretaría puede eliminar un hilo.</translation>
    </message>
    <message>
        <source>This post was hidden by the secretariat.</source>
        <translation>La Secretaría ocultó este mensaje.</translation>
    </message>
    <message>
        <source>Only the author of a post can edit it.</source>
        <translation>Solo el autor de un mensaje puede editarlo.</translation>
    </message>
    <message>
        <source>Only the author of a post and the secretariat can delete it.</source>
        <translation>Solo el autor de un mensaje y la Secretaría pueden eliminarlo.</translation>
    </message>
    <message>
        <source>Only the secretariat can add meetings.</source>
        <translation>Solo la Secretaría puede añadir reuniones.</translation>
    </message>
    <message>
        <source>Only the secretariat can edit meetings.</source>
        <translation>Solo la Secretaría puede editar reuniones.</translation>
    </message>
    <message>
        <source>Only the secretariat can delete meetings.</source>
        <translation>Solo la Secretaría puede eliminar reuniones.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can record commitments of %1.</source>
        <translation>Solo los delegados de %1 y la Secretaría pueden registrar compromisos de %1.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can update this commitment.</source>
        <translation>Solo los delegados de %1 y la Secretaría pueden actualizar este compromiso.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this commitment.</source>
        <translation>Solo los delegados de %1 y la Secretaría pueden eliminar este compromiso.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can submit this practice.</source>
        <translation>Solo los delegados de %1 y la Secretaría pueden enviar esta práctica.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can withdraw this practice.</source>
        <translation>Solo los delegados de %1 y la Secretaría pueden retirar esta práctica.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can resubmit this practice.</source>
        <translation>Solo los delegados de %1 y la Secretaría pueden volver a enviar esta práctica.</translation>
    </message>
    <message>
        <source>Only the secretariat can start the review of a practice.</source>
        <translation>Solo la Secretaría puede iniciar la revisión de una práctica.</translation>
    </message>
    <message>
        <source>Only the secretariat can request changes to a practice.</source>
        <translation>Solo la Secretaría puede solicitar cambios en una práctica.</translation>
    </message>
    <message>
        <source>Only the secretariat can publish a practice.</source>
        <translation>Solo la Secretaría puede publicar una práctica.</translation>
    </message>
    <message>
        <source>Only the secretariat can archive a practice.</source>
        <translation>Solo la Secretaría puede archivar una práctica.</translation>
    </message>
    <message>
        <source>Only the secretariat can restore an archived practice.</source>
        <translation>Solo la Secretaría puede restaurar una práctica archivada.</translation>
    </message>
    <message>
        <source>%1 has not joined this initiative: only a delegate of %1 can accept the invitation.</source>
        <translation>%1 no se ha unido a esta iniciativa: solo un delegado de %1 puede aceptar la invitación.</translation>
    </message>
    <message>
        <source>%1 was not invited to this initiative: its lead country or the secretariat invites partners first.</source>
        <translation>%1 no fue invitado a esta iniciativa: el país líder o la secretaría invitan primero a los socios.</translation>
    </message>
    <message>
        <source>Only the secretariat can hand an initiative to another lead country.</source>
        <translation>Solo la secretaría puede pasar una iniciativa a otro país líder.</translation>
    </message>
    <message>
        <source>Only the secretariat can end an initiative or reopen an ended one.</source>
        <translation>Solo la secretaría puede dar por terminada una iniciativa o reabrir una terminada.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can invite or remove partner countries.</source>
        <translation>Solo los delegados de %1 y la secretaría pueden invitar o retirar países socios.</translation>
    </message>
    <message>
        <source>Only the secretariat can end an initiative.</source>
        <translation>Solo la secretaría puede dar por terminada una iniciativa.</translation>
    </message>
    <message>
        <source>Only delegates of %1, of the countries invited to this initiative and the secretariat can see it while it is proposed.</source>
        <translation>Solo los delegados de %1, los de los países invitados a esta iniciativa y la secretaría pueden verla mientras está propuesta.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can propose initiatives led by %1.</source>
        <translation>Solo los delegados de %1 y la secretaría pueden proponer iniciativas lideradas por %1.</translation>
    </message>
    <message>
        <source>Only delegates of %1, of the partner countries that joined this initiative and the secretariat can edit it.</source>
        <translation>Solo los delegados de %1, los de los países socios que se unieron a esta iniciativa y la secretaría pueden editarla.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this initiative.</source>
        <translation>Solo los delegados de %1 y la secretaría pueden eliminar esta iniciativa.</translation>
    </message>
    <message>
        <source>This initiative is &quot;%2&quot;: only the secretariat can delete it now.</source>
        <translation>Esta iniciativa está «%2»: ahora solo la secretaría puede eliminarla.</translation>
    </message>
</context>
<context>
    <name>smec::domain::FieldSchema</name>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation>Rellene «%1».</translation>
    </message>
    <message>
        <source>Digital transformation</source>
        <translation>Transformación digital</translation>
    </message>
    <message>
        <source>Access to finance</source>
        <translation>Acceso a la financiación</translation>
    </message>
    <message>
        <source>Green transition</source>
        <translation>Transición verde</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Código de referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Give the practice a title.</source>
        <translation>Asigne un título a la práctica.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Add a summary of the practice before submitting.</source>
        <translation>Añada un resumen de la práctica antes de enviarla.</translation>
    </message>
    <message>
        <source>Policy or programme</source>
        <translation>Política o programa</translation>
    </message>
    <message>
        <source>Describe the policy or programme and how it was implemented before submitting.</source>
        <translation>Describa la política o el programa y cómo se aplicó antes de enviarla.</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>Resultados y evidencia</translation>
    </message>
    <message>
        <source>Describe the tangible results and the evidence for them before submitting.</source>
        <translation>Describa los resultados tangibles y la evidencia que los respalda antes de enviarla.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Choose the country of the practice before submitting.</source>
        <translation>Elija el país de la práctica antes de enviarla.</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <source>Choose at least one pillar before submitting.</source>
        <translation>Elija al menos un pilar antes de enviarla.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Préstamo</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Tax incentive</source>
        <translation>Incentivo fiscal</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulación</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Advisory services</source>
        <translation>Servicios de asesoramiento</translation>
    </message>
    <message>
        <source>Digital service</source>
        <translation>Servicio digital</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Public procurement</source>
        <translation>Contratación pública</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Choose the policy instrument before submitting.</source>
        <translation>Elija el instrumento de política antes de enviarla.</translation>
    </message>
    <message>
        <source>Micro enterprises</source>
        <translation>Microempresas</translation>
    </message>
    <message>
        <source>Small enterprises</source>
        <translation>Pequeñas empresas</translation>
    </message>
    <message>
        <source>Medium-sized enterprises</source>
        <translation>Medianas empresas</translation>
    </message>
    <message>
        <source>Start-ups</source>
        <translation>Empresas emergentes</translation>
    </message>
    <message>
        <source>Women-led enterprises</source>
        <translation>Empresas dirigidas por mujeres</translation>
    </message>
    <message>
        <source>Youth-led enterprises</source>
        <translation>Empresas dirigidas por jóvenes</translation>
    </message>
    <message>
        <source>Exporters</source>
        <translation>Exportadores</translation>
    </message>
    <message>
        <source>Informal enterprises</source>
        <translation>Empresas informales</translation>
    </message>
    <message>
        <source>Rural enterprises</source>
        <translation>Empresas rurales</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos destinatarios</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>Organismo de ejecución</translation>
    </message>
    <message>
        <source>Name the organisation that implemented the practice before submitting.</source>
        <translation>Indique el organismo que aplicó la práctica antes de enviarla.</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <source>Give the year the practice started before submitting.</source>
        <translation>Indique el año en que comenzó la práctica antes de enviarla.</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Año de finalización</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>Presupuesto (USD)</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Emergente</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometedora</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Probada</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>Nivel de evidencia</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>Give the thread a title.</source>
        <translation>Asigne un título al hilo.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Related practices</source>
        <translation>Prácticas relacionadas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>A post must belong to a thread.</source>
        <translation>Un mensaje debe pertenecer a un hilo.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Write a message before posting.</source>
        <translation>Escriba un mensaje antes de publicar.</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En respuesta a</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Reason for hiding</source>
        <translation>Motivo de la ocultación</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Asigne un título a la reunión.</translation>
    </message>
    <message>
        <source>Global ministerial</source>
        <translation>Ministerial mundial</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Temática</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>Elija el tipo de reunión.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Comienza el</translation>
    </message>
    <message>
        <source>Give the date the meeting starts.</source>
        <translation>Indique la fecha de inicio de la reunión.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>País anfitrión</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Participating countries</source>
        <translation>Países participantes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Choose the country that made the commitment.</source>
        <translation>Elija el país que asumió el compromiso.</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Choose the pillar of the commitment.</source>
        <translation>Elija el pilar del compromiso.</translation>
    </message>
    <message>
        <source>Give the commitment a title.</source>
        <translation>Asigne un título al compromiso.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Partially achieved</source>
        <translation>Cumplido parcialmente</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Give the initiative a title.</source>
        <translation>Dé un título a la iniciativa.</translation>
    </message>
    <message>
        <source>Lead country</source>
        <translation>País líder</translation>
    </message>
    <message>
        <source>Choose the country that leads the initiative.</source>
        <translation>Elija el país que lidera la iniciativa.</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Unido</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Países socios</translation>
    </message>
    <message>
        <source>Joint programme</source>
        <translation>Programa conjunto</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Revisión entre pares</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <source>Regional facility</source>
        <translation>Mecanismo regional</translation>
    </message>
    <message>
        <source>Coordinated policy</source>
        <translation>Política coordinada</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Launched at meeting</source>
        <translation>Lanzada en la reunión</translation>
    </message>
    <message>
        <source>Related commitments</source>
        <translation>Compromisos relacionados</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
</context>
<context>
    <name>smec::domain::PracticeStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
</context>
<context>
    <name>smec::domain::ReferenceData</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty string.</source>
        <translation>«%1» debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>The built-in reference file %1 is missing.</source>
        <translation>Falta el archivo de referencia integrado %1.</translation>
    </message>
    <message>
        <source>The built-in reference file %1 is not a JSON array.</source>
        <translation>El archivo de referencia integrado %1 no es una matriz JSON.</translation>
    </message>
    <message>
        <source>The reference data is not valid JSON: %1.</source>
        <translation>Los datos de referencia no son JSON válido: %1.</translation>
    </message>
    <message>
        <source>The reference data must be a JSON object.</source>
        <translation>Los datos de referencia deben ser un objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;countries&quot; must be an array.</source>
        <translation>«countries» debe ser una matriz.</translation>
    </message>
    <message>
        <source>&quot;pillars&quot; must be an array.</source>
        <translation>«pillars» debe ser una matriz.</translation>
    </message>
    <message>
        <source>&quot;users&quot; must be an array.</source>
        <translation>«users» debe ser una matriz.</translation>
    </message>
    <message>
        <source>Each country must be a JSON object.</source>
        <translation>Cada país debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upper-case alpha-3 code.</source>
        <translation>«%1» no es un código alfa-3 en mayúsculas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upper-case alpha-2 code.</source>
        <translation>«%1» no es un código alfa-2 en mayúsculas.</translation>
    </message>
    <message>
        <source>The country code %1 appears twice.</source>
        <translation>El código de país %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Each pillar must be a JSON object.</source>
        <translation>Cada pilar debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;description&quot; must be a string.</source>
        <translation>«description» debe ser una cadena.</translation>
    </message>
    <message>
        <source>The pillar %1 appears twice.</source>
        <translation>El pilar %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Each user needs an &quot;id&quot; and a known &quot;role&quot;.</source>
        <translation>Cada usuario necesita un «id» y un «role» conocido.</translation>
    </message>
    <message>
        <source>The user %1 appears twice.</source>
        <translation>El usuario %1 aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>smec::domain::Region</name>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Américas</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceanía</translation>
    </message>
    <message>
        <source>Australia and New Zealand</source>
        <translation>Australia y Nueva Zelandia</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Asia Central</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>Asia Oriental</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Europa Oriental</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <source>Melanesia</source>
        <translation>Melanesia</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>África Septentrional</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>América Septentrional</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>Europa Septentrional</translation>
    </message>
    <message>
        <source>Polynesia</source>
        <translation>Polinesia</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>Asia Sudoriental</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>Asia Meridional</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Europa Meridional</translation>
    </message>
    <message>
        <source>Sub-Saharan Africa</source>
        <translation>África Subsahariana</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>Asia Occidental</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>Europa Occidental</translation>
    </message>
</context>
<context>
    <name>smec::domain::User</name>
    <message>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>smec::domain::Validator</name>
    <message>
        <source>%1 must be one of the listed values.</source>
        <translation>%1 debe ser uno de los valores de la lista.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 debe ser sí o no.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1 debe ser una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be a language code such as &quot;en&quot;, &quot;fr&quot; or &quot;es-419&quot;.</source>
        <translation>%1 debe ser un código de idioma como «en», «fr» o «es-419».</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters where at most %3 are allowed. Shorten it.</source>
        <translation>%1 es demasiado largo: tiene %2 caracteres y se permiten como máximo %3. Acórtelo.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 debe ser un número entero.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 debe ser como mínimo %2.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 debe ser como máximo %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid choice for &quot;%2&quot;; choose one of: %3.</source>
        <translation>«%1» no es una opción válida para «%2»; elija una de estas: %3.</translation>
    </message>
    <message>
        <source>%1 must refer to a record by its id.</source>
        <translation>%1 debe hacer referencia a un registro por su identificador.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country of the reference list; use its three-letter ISO code, such as &quot;KEN&quot;.</source>
        <translation>«%1» no es un país de la lista de referencia; use su código ISO de tres letras, como «KEN».</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 debe ser una lista.</translation>
    </message>
    <message>
        <source>%1 has %2 entries where at most %3 are allowed.</source>
        <translation>%1 tiene %2 entradas y se permiten como máximo %3.</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation>%1 incluye «%2» dos veces.</translation>
    </message>
    <message>
        <source>Entry %1 of %2</source>
        <translation>Entrada %1 de %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>Source %1 must have a title and a web address.</source>
        <translation>La fuente %1 debe tener un título y una dirección web.</translation>
    </message>
    <message>
        <source>The title of source %1</source>
        <translation>El título de la fuente %1</translation>
    </message>
    <message>
        <source>Source %1 needs a web address starting with http:// or https://.</source>
        <translation>La fuente %1 necesita una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>The end year (%1) is before the start year (%2).</source>
        <translation>El año de finalización (%1) es anterior al de inicio (%2).</translation>
    </message>
    <message>
        <source>Write a review note telling the delegation what to change.</source>
        <translation>Redacte una nota de revisión que indique a la delegación qué debe cambiar.</translation>
    </message>
    <message>
        <source>The meeting ends (%1) before it starts (%2).</source>
        <translation>La reunión termina (%1) antes de comenzar (%2).</translation>
    </message>
    <message>
        <source>Partner %1 must have a country and a state (%2).</source>
        <translation>El socio %1 debe tener un país y un estado (%2).</translation>
    </message>
    <message>
        <source>Milestone %1 must have an id, a title, a due date and whether it is done.</source>
        <translation>El hito %1 debe tener un identificador, un título, un plazo y si está hecho.</translation>
    </message>
    <message>
        <source>Milestone %1 needs an id (a UUID) that stays the same when it is edited.</source>
        <translation>El hito %1 necesita un identificador (un UUID) que no cambie al editarlo.</translation>
    </message>
    <message>
        <source>Give milestone %1 a title.</source>
        <translation>Dé un título al hito %1.</translation>
    </message>
    <message>
        <source>The title of milestone %1</source>
        <translation>El título del hito %1</translation>
    </message>
    <message>
        <source>The due date of milestone %1 must be written as YYYY-MM-DD.</source>
        <translation>El plazo del hito %1 debe escribirse como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Whether milestone %1 is done must be yes or no.</source>
        <translation>Si el hito %1 está hecho debe ser sí o no.</translation>
    </message>
    <message>
        <source>The initiative ends (%1) before it starts (%2).</source>
        <translation>La iniciativa termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>The lead country cannot also be a partner.</source>
        <translation>El país líder no puede ser también socio.</translation>
    </message>
</context>
<context>
    <name>smec::exporting::PdfExporter</name>
    <message>
        <source>Exported on %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>section number and title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>smec::exporting::RecordExporter</name>
    <message>
        <source>SME policy practices</source>
        <translation>Prácticas de políticas para las pymes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) from the Global SME Ministerial Community Platform</source>
        <translation>
            <numerusform>%Ln registro de la Plataforma Ministerial Mundial de la Comunidad de las Pymes</numerusform>
            <numerusform>%Ln registros de la Plataforma Ministerial Mundial de la Comunidad de las Pymes</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Debates</translation>
    </message>
    <message>
        <source>Discussion posts</source>
        <translation>Mensajes de debate</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Joint initiatives</source>
        <translation>Iniciativas conjuntas</translation>
    </message>
</context>
<context>
    <name>smec::models::BackgroundReader</name>
    <message>
        <source>The replica is not open.</source>
        <translation>La réplica no está abierta.</translation>
    </message>
</context>
<context>
    <name>smec::models::CommitmentTrackerModel</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1, vence el %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Sin pilar</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Sin reunión</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln commitment(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln compromiso</numerusform>
            <numerusform>%1, %2: %Ln compromisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::models::DisplayText</name>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
</context>
<context>
    <name>smec::models::FacetModel</name>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Grupo destinatario</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <comment>facet value with its count</comment>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <comment>facet value for screen readers</comment>
        <translation>
            <numerusform>%1, %n práctica</numerusform>
            <numerusform>%1, %n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>País socio</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
</context>
<context>
    <name>smec::models::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>sidebar section with a count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <comment>sidebar section for screen readers</comment>
        <translation>
            <numerusform>%1, %n elemento</numerusform>
            <numerusform>%1, %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Mis borradores</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>sidebar section for screen readers: its name, what asks for attention</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>smec::models::RecordListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>País anfitrión</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>smec::models::RecordMarkdown</name>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Este registro se eliminó.</translation>
    </message>
    <message>
        <source>Untitled practice</source>
        <translation>Práctica sin título</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos destinatarios</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>Organismo de ejecución</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>years</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>USD %1</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Review note:</source>
        <translation>Nota de revisión:</translation>
    </message>
    <message>
        <source>The policy and how it was implemented</source>
        <translation>La política y cómo se aplicó</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>Resultados y evidencia</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <source>Hidden by the secretariat: %1</source>
        <translation>Ocultado por la Secretaría: %1</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>dates</comment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Lead country</source>
        <translation>País líder</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Comienza el</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Milestones (%1 of %2 done)</source>
        <translation>Hitos (%1 de %2 hechos)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (plazo %2)</translation>
    </message>
</context>
<context>
    <name>smec::models::SavedSearchModel</name>
    <message>
        <source>Saved search %1</source>
        <translation>Búsqueda guardada %1</translation>
    </message>
    <message>
        <source>Saved search %1: %2</source>
        <translation>Búsqueda guardada %1: %2</translation>
    </message>
</context>
<context>
    <name>smec::models::SearchResultModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Discussion post</source>
        <translation>Mensaje de debate</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Joint initiative</source>
        <translation>Iniciativa conjunta</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>search hit: kind, title and excerpt</comment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>smec::protocol</name>
    <message>
        <source>the document must be a JSON object</source>
        <translation>el documento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>not allowed in a tombstone, which is {&quot;id&quot;,&quot;kind&quot;,&quot;rev&quot;,&quot;deleted&quot;:true}</source>
        <translation>no se permite en una marca de eliminación, que es {&quot;id&quot;,&quot;kind&quot;,&quot;rev&quot;,&quot;deleted&quot;:true}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>record %1 appears twice in one page</source>
        <translation>el registro %1 aparece dos veces en una misma página</translation>
    </message>
    <message>
        <source>op</source>
        <translation>operación</translation>
    </message>
    <message>
        <source>a delete carries no fields</source>
        <translation>una eliminación no lleva campos</translation>
    </message>
    <message>
        <source>must hold at least one mutation</source>
        <translation>debe contener al menos una modificación</translation>
    </message>
    <message>
        <source>holds %1 mutations, more than the limit of %2</source>
        <translation>contiene %1 modificaciones, más que el límite de %2</translation>
    </message>
    <message>
        <source>repeats the mutation_id of mutations[%1]</source>
        <translation>repite el mutation_id de mutations[%1]</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>a rejected result carries no record</source>
        <translation>un resultado rechazado no lleva registro</translation>
    </message>
    <message>
        <source>only a rejected result carries an error</source>
        <translation>solo un resultado rechazado lleva un error</translation>
    </message>
    <message>
        <source>must be at most %1 bytes long</source>
        <translation>debe tener como máximo %1 bytes</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-3 code such as KEN, not &quot;%1&quot;</source>
        <translation>debe ser un código ISO 3166-1 alfa-3 como KEN, no «%1»</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>must hold only letters, digits and -._~+/=</source>
        <translation>solo debe contener letras, dígitos y -._~+/=</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>the document is %1 bytes, more than the limit of %2 bytes</source>
        <translation>el documento tiene %1 bytes, más que el límite de %2 bytes</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>en el byte %1: %2</translation>
    </message>
    <message>
        <source>a deleted revision carries no fields</source>
        <translation>una revisión eliminada no lleva campos</translation>
    </message>
    <message>
        <source>revisions must come newest first, each rev once</source>
        <translation>las revisiones deben venir de la más reciente a la más antigua, cada una una sola vez</translation>
    </message>
</context>
<context>
    <name>smec::protocol::ObjectReader</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 desconocido «%2»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>miembro desconocido</translation>
    </message>
    <message>
        <source>missing required member</source>
        <translation>falta un miembro obligatorio</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>debe tener entre %1 y %2 caracteres</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>must be a UUID in canonical form (lower-case, no braces), not &quot;%1&quot;</source>
        <translation>debe ser un UUID en forma canónica (minúsculas, sin llaves), no «%1»</translation>
    </message>
    <message>
        <source>must be an integer from 0 to %1</source>
        <translation>debe ser un entero de 0 a %1</translation>
    </message>
    <message>
        <source>must be a UTC time like 2026-03-01T09:30:00.000Z, not &quot;%1&quot;</source>
        <translation>debe ser una hora UTC como 2026-03-01T09:30:00.000Z, no «%1»</translation>
    </message>
    <message>
        <source>must be a snake_case code, not &quot;%1&quot;</source>
        <translation>debe ser un código en snake_case, no «%1»</translation>
    </message>
</context>
<context>
    <name>smec::protocol::Scanner</name>
    <message>
        <source>a byte order mark is not allowed</source>
        <translation>no se permite una marca de orden de bytes</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>documento vacío</translation>
    </message>
    <message>
        <source>the document must be a JSON object or array</source>
        <translation>el documento debe ser un objeto o una matriz JSON</translation>
    </message>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>datos inesperados después del valor JSON</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>en el byte %1</translation>
    </message>
    <message>
        <source>at %1 (byte %2)</source>
        <translation>en %1 (byte %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unexpected end of document, a value was expected</source>
        <translation>fin inesperado del documento; se esperaba un valor</translation>
    </message>
    <message>
        <source>unexpected character, a value was expected</source>
        <translation>carácter inesperado; se esperaba un valor</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>literal no válido</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <source>a member name in double quotes was expected</source>
        <translation>se esperaba un nombre de miembro entre comillas dobles</translation>
    </message>
    <message>
        <source>duplicate member name</source>
        <translation>nombre de miembro duplicado</translation>
    </message>
    <message>
        <source>a colon was expected after the member name</source>
        <translation>se esperaban dos puntos después del nombre del miembro</translation>
    </message>
    <message>
        <source>a comma or a closing brace was expected</source>
        <translation>se esperaba una coma o una llave de cierre</translation>
    </message>
    <message>
        <source>a comma or a closing bracket was expected</source>
        <translation>se esperaba una coma o un corchete de cierre</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>control character U+%1 must be escaped</source>
        <translation>el carácter de control U+%1 debe escaparse</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>secuencia de bytes UTF-8 no válida</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>\u debe ir seguido de cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>\u0000 is not allowed in strings</source>
        <translation>\u0000 no se permite en las cadenas</translation>
    </message>
    <message>
        <source>lone low surrogate escape</source>
        <translation>escape de suplente bajo aislado</translation>
    </message>
    <message>
        <source>lone high surrogate escape</source>
        <translation>escape de suplente alto aislado</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>member name longer than %1 bytes</source>
        <translation>nombre de miembro de más de %1 bytes</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>cadena de más de %1 bytes</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>los números no deben tener ceros a la izquierda</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>número no válido: el punto decimal debe ir seguido de dígitos</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>número no válido: el exponente debe ir seguido de dígitos</translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation>entero fuera del rango de 64 bits</translation>
    </message>
    <message>
        <source>number out of the range of a double</source>
        <translation>número fuera del rango de un double</translation>
    </message>
</context>
<context>
    <name>smec::replica</name>
    <message>
        <source>A %1 list has no year range.</source>
        <translation>Una lista de tipo %1 no tiene intervalo de años.</translation>
    </message>
    <message>
        <source>Only posts belong to a thread.</source>
        <translation>Solo las publicaciones pertenecen a un hilo.</translation>
    </message>
    <message>
        <source>A %1 list has no meeting filter.</source>
        <translation>Una lista de tipo %1 no tiene filtro por reunión.</translation>
    </message>
    <message>
        <source>Local database error (look up %1): %2</source>
        <translation>Error de la base de datos local (búsqueda de %1): %2</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>No existe el registro %1.</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>No existe la entrada %1 en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Record %1 has no conflict.</source>
        <translation>El registro %1 no tiene ningún conflicto.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not available.</source>
        <translation>El controlador SQLite de Qt no está disponible.</translation>
    </message>
    <message>
        <source>The replica %1 could not switch to write-ahead logging.</source>
        <translation>La réplica %1 no pudo pasar al registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>The replica is not open.</source>
        <translation>La réplica no está abierta.</translation>
    </message>
    <message>
        <source>Local database error (%1): %2</source>
        <translation>Error de la base de datos local (%1): %2</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Una búsqueda guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>The saved search could not be read back.</source>
        <translation>No se pudo volver a leer la búsqueda guardada.</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of SME Community (schema %1, this version knows %2). Update the application.</source>
        <translation>La base de datos local fue escrita por una versión más reciente de SME Community (esquema %1, esta versión conoce el %2). Actualice la aplicación.</translation>
    </message>
    <message>
        <source>Migrating the local database to schema %1 failed: %2</source>
        <translation>Falló la migración de la base de datos local al esquema %1: %2</translation>
    </message>
    <message>
        <source>Local database error (index queue).</source>
        <translation>Error de la base de datos local (cola de indexación).</translation>
    </message>
    <message>
        <source>A %1 list cannot be counted by &quot;%2&quot;.</source>
        <translation>Una lista de %1 no se puede contar por &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field %1 of record %2 has no conflicting hunks.</source>
        <translation>El campo %1 del registro %2 no tiene fragmentos en conflicto.</translation>
    </message>
    <message>
        <source>Field %1 of record %2 has no hunk %3 (it has hunks 0 to %4).</source>
        <translation>El campo %1 del registro %2 no tiene el fragmento %3 (tiene los fragmentos 0 a %4).</translation>
    </message>
    <message>
        <source>Full-text search is not available: %1 (%2).</source>
        <translation>La búsqueda de texto completo no está disponible: %1 (%2).</translation>
    </message>
    <message>
        <source>Only initiatives invite countries.</source>
        <translation>Solo las iniciativas invitan a países.</translation>
    </message>
</context>
<context>
    <name>smec::sync</name>
    <message>
        <source>The server answered %1 with a body that is not an API error.</source>
        <translation>El servidor respondió %1 con un contenido que no es un error de la API.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>The server&apos;s health answer is not valid: %1</source>
        <translation>La respuesta de estado del servidor no es válida: %1</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer is not valid: %1</source>
        <translation>La respuesta de inicio de sesión del servidor no es válida: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reference data is not valid: %1</source>
        <translation>Los datos de referencia del servidor no son válidos: %1</translation>
    </message>
    <message>
        <source>A change page from the server is not valid (%1).</source>
        <translation>Una página de cambios del servidor no es válida (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s mutation results are not valid: %1</source>
        <translation>Los resultados de las modificaciones devueltos por el servidor no son válidos: %1</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 mutations.</source>
        <translation>El servidor devolvió %1 resultados para %2 modificaciones.</translation>
    </message>
    <message>
        <source>The server&apos;s change page and its X-Changes-Cursor header disagree.</source>
        <translation>La página de cambios del servidor y su encabezado X-Changes-Cursor no coinciden.</translation>
    </message>
    <message>
        <source>The change feed ended without a last page.</source>
        <translation>El flujo de cambios terminó sin una última página.</translation>
    </message>
    <message>
        <source>The server answered mutation %1 where %2 was expected.</source>
        <translation>El servidor respondió a la modificación %1 cuando se esperaba %2.</translation>
    </message>
    <message>
        <source>The server applied mutation %1 to another record.</source>
        <translation>El servidor aplicó la modificación %1 a otro registro.</translation>
    </message>
    <message>
        <source>Cannot read the trusted CA file %1: %2</source>
        <translation>No se puede leer el archivo de autoridades de certificación de confianza %1: %2</translation>
    </message>
    <message>
        <source>The trusted CA file %1 holds no PEM certificate.</source>
        <translation>El archivo de autoridades de certificación de confianza %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the client accepts.</source>
        <translation>La respuesta del servidor supera el tamaño que acepta el cliente.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>No se pudo verificar el certificado del servidor: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The connection to the server broke: %1</source>
        <translation>Se interrumpió la conexión con el servidor: %1</translation>
    </message>
    <message>
        <source>The server&apos;s list of revisions is not valid: %1</source>
        <translation>La lista de revisiones del servidor no es válida: %1</translation>
    </message>
    <message>
        <source>The server said more revisions follow but sent none.</source>
        <translation>El servidor indicó que seguían más revisiones pero no envió ninguna.</translation>
    </message>
</context>
<context>
    <name>smec::sync::HistoryLoader</name>
    <message>
        <source>The server could not be reached (%1) and no history of this record is kept here.</source>
        <translation>No se pudo contactar con el servidor (%1) y aquí no se guarda ningún historial de este registro.</translation>
    </message>
    <message>
        <source>No history of this record is kept here, and there is no server to ask.</source>
        <translation>Aquí no se guarda ningún historial de este registro y no hay servidor al que preguntar.</translation>
    </message>
</context>
<context>
    <name>smec::sync::ServerConnection</name>
    <message>
        <source>The profile %1 is not signed in to a server.</source>
        <translation>El perfil %1 no tiene sesión iniciada en ningún servidor.</translation>
    </message>
    <message>
        <source>No token is stored.</source>
        <translation>No hay ningún token guardado.</translation>
    </message>
</context>
</TS>
